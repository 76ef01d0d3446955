### Recognition: points, levels, leaderboards and badges.

## Your points (/me/points)

recognition-points-title = Your points
# The panel with the member's balance, lifetime points and level (screen readers).
recognition-standing = Standing
recognition-listed = You are listed on leaderboards.
recognition-not-listed = You are not listed on leaderboards.
recognition-hide-me = Hide me from leaderboards
recognition-list-me = List me again
recognition-spend-points = Spend points on rewards
recognition-leaderboard = Leaderboard
recognition-badges = Badges
recognition-ways-to-earn = Ways to earn
recognition-history = History
recognition-history-empty = No points yet. Start a topic, reply, or share your story to earn your first.
recognition-history-caption = Points history, newest first
recognition-col-when = When
recognition-col-what = What
# Page title of /admin/points, and the column of amounts in tables.
recognition-points = Points
# Beside a history line that a later line took back.
recognition-reversed = reversed

## Why a line of the points history exists

recognition-reason-topic = Started a topic
recognition-reason-reply = Replied in a topic
recognition-reason-like-received = Your post was liked
recognition-reason-story-approved = Story approved
recognition-reason-story-featured = Story featured
recognition-reason-referral = Referred a friend
recognition-reason-challenge = Completed a challenge
recognition-reason-adjustment = Adjusted by an admin
recognition-reason-redemption = Redeemed a reward
recognition-reason-refund = Redemption cancelled, points returned
recognition-reason-reversal = Award reversed
recognition-reason-welcome = Welcome bonus
recognition-reason-survey = Answered a survey

## Leaderboard (/leaderboard)

recognition-period-week = This week
recognition-period-month = This month
recognition-period-all-time = All time
recognition-choose-period = Choose this week, this month or all time.
recognition-leaderboard-empty = Nobody has earned points in this period yet.
recognition-leaderboard-caption = Top members by points
recognition-col-rank = Rank
recognition-col-member = Member
recognition-col-level = Level
# Followed by the link "Change that".
recognition-chose-not-listed = You chose not to be listed.
recognition-change-that = Change that
recognition-own-rank = { $points ->
    [one] You are #{ $rank } with { $points } point.
   *[other] You are #{ $rank } with { $points } points.
}

## Advocate of the month (home page)

recognition-spotlight-title = Advocate of the month

## Badges (/badges) and a badge's card

# After the badge's description, on a badge moderators give by hand.
recognition-badge-manual-note = Awarded by moderators.
recognition-rarity-none = Nobody holds it yet
recognition-rarity-rare = Rare: fewer than 1% of members
recognition-rarity-held = Held by { $percent }% of members

## Badges for admins (/admin/badges)

recognition-badges-members-page = The members' badge page
recognition-badge-saved = Badge saved.
recognition-badge-form-new = A new badge
recognition-badge-form-change = Change the badge
recognition-name = Name
recognition-badge-description = What it is for
recognition-badge-description-hint = Members read it on the badge page and their profile.
recognition-badge-icon = Icon
recognition-icon-chat = chat
recognition-icon-chats = chats
recognition-icon-heart = heart
recognition-icon-star = star
recognition-icon-book = book
recognition-icon-handshake = handshake
recognition-icon-cake = cake
recognition-icon-shield = shield
recognition-icon-rocket = rocket
recognition-badge-rule = Earned by
recognition-badge-rule-hint = Automatic badges are given when the member's count reaches the threshold (at their next post, like, story or referral); manual ones are awarded by moderators from a profile.
# The choice for a badge given by hand, and what the list of badges says of one.
recognition-awarded-by-moderators = Awarded by moderators
recognition-badge-rule-posts = Forum posts written
recognition-badge-rule-likes = Likes received on posts
recognition-badge-rule-stories-approved = Stories approved
recognition-badge-rule-stories-featured = Stories featured
recognition-badge-rule-referrals = Referred friends who joined
recognition-badge-rule-member-days = Days since joining
recognition-badge-threshold = Threshold
recognition-badge-threshold-hint = How many it takes, for an automatic badge.
recognition-badge-make = Make the badge
recognition-badge-save = Save the badge
recognition-cancel = Cancel
recognition-badge-list = Every badge
# What an automatic badge counts and from how many: "Forum posts written: 50".
recognition-badge-counts = { $rule }: { $threshold }
recognition-badge-retired-note = Retired: holders keep it, nobody earns it
recognition-badge-change = Change
recognition-badge-change-named = Change { $name }
recognition-badge-retire = Retire
recognition-badge-retire-named = Retire { $name }
recognition-badge-restore = Bring back
recognition-badge-restore-named = Bring back { $name }
recognition-badge-picture = Picture
recognition-badge-picture-upload = Upload a picture
recognition-badge-picture-new = A picture for { $name }
recognition-badge-picture-replace = Replace the picture for { $name }
recognition-badge-picture-help = JPEG, PNG, GIF or WebP; shown at 32 × 32 pixels in place of the icon, transparency kept. A square picture looks best.
recognition-badge-picture-send = Upload
recognition-badge-picture-remove = Use the bundled icon again
recognition-badge-name-length = Give the badge a name of 1 to { $max } characters.
recognition-badge-description-length = Say what the badge is for in 1 to { $max } characters.
recognition-badge-control-characters = The name and description cannot contain control characters.
recognition-badge-choose-icon = Choose one of the icons.
# $rule is what was sent, in quotes.
recognition-badge-unknown-rule = { $rule } is not something a badge can count; choose one of the list.
recognition-badge-threshold-range = An automatic badge needs a threshold from 1 to { $max }.
# Completes "… was not found."
recognition-that-badge = That badge
recognition-badge-retired-already = That badge is retired already.
recognition-badge-not-retired = That badge is not retired.

## Awarding a badge and the advocate of the month (moderators, on a profile)

recognition-badge-no-reason = Give a reason; the member sees it.
recognition-reason-too-long = The reason can be at most { $max } characters.
recognition-no-such-handle = No member has that handle.
recognition-badge-own = You cannot award or revoke your own badges.
recognition-badge-choose = Choose a badge from the list.
recognition-badge-award-retired = That badge is retired: nobody is awarded it any more.
recognition-badge-award-automatic = That badge is earned automatically; it cannot be awarded by hand.
recognition-badge-held-already = The member already holds that badge.
recognition-badge-not-held = The member does not hold that badge.
recognition-citation-length = Write a citation of 1 to 500 characters: why this member?
recognition-spotlight-own = You cannot put yourself in the spotlight.

## Points for admins (/admin/points)

recognition-adjusted = { $count ->
    [one] Adjusted by { $amount } point.
   *[other] Adjusted by { $amount } points.
}
recognition-rules-title = Earning rules
recognition-rules-intro = Each award is written with the event that earns it; a daily cap counts from 00:00 UTC. Turning a rule off stops new awards only.
recognition-col-contribution = Contribution
recognition-col-daily-cap = Daily cap
# Column and checkbox: whether the rule is switched on.
recognition-col-on = On
recognition-save = Save
recognition-daily-cap-input = Daily cap (empty for none)
recognition-rule-welcome = Welcome bonus for joining through a friend's referral
recognition-rule-joined = Welcome bonus for every new member (once, when the address is confirmed)
recognition-rule-checklist = Each step of a new member's welcome checklist (once per step)
recognition-rule-challenge-hint = each challenge gives its own points; this amount is not used
recognition-levels-title = Levels
recognition-levels-intro = Members reach a level by lifetime points; the lowest starts at 0. Rewards can require a level.
recognition-level-add-title = Add a level
recognition-level-from = From points
recognition-add = Add
recognition-adjust-title = Adjust a member's points
recognition-adjust-intro = The member sees the reason in their history; the change is in the audit log.
recognition-adjust-member = Member (handle or email)
recognition-adjust-amount = Points (negative to take away)
recognition-adjust-reason = Reason
recognition-adjust = Adjust
# $rule is what was sent, in quotes.
recognition-not-a-rule = { $rule } is not a rule.
# Starts the sentences below ($what).
recognition-the-amount = The amount
recognition-the-daily-cap = The daily cap
recognition-points-not-whole = { $what } must be a whole number of points, such as 10.
recognition-points-not-positive = { $what } must be more than zero.
recognition-points-too-many = { $what } can be at most { $max } points.
recognition-cap-below-amount = The daily cap is smaller than one award; leave it empty for no cap, or make it at least the amount.
# Completes "… was not found."
recognition-that-rule = That rule
recognition-level-name-length = Give the level a name of 1 to 40 characters.
recognition-level-threshold-invalid = The threshold must be a whole number of points, 0 or more.
recognition-level-missing = There is no such level.
recognition-level-name-taken = Another level already has that name.
recognition-level-threshold-taken = Another level already starts at that many points.
recognition-level-lowest-moves = The lowest level starts at 0 points, so every member has a level; its threshold stays 0.
recognition-adjust-not-whole = The amount must be a whole number of points: 50 adds, -50 takes away.
recognition-adjust-zero = The amount cannot be zero.
recognition-adjust-too-many = An adjustment moves at most { $max } points.
recognition-adjust-no-reason = Give a reason; the member sees it in their history.
recognition-bad-request-key = The request key is missing or malformed; reload the page and try again.
recognition-no-such-member = No member has that handle or email.
recognition-adjust-own = You cannot adjust your own points; ask another admin.
recognition-adjust-form-used = This form was already used for another adjustment; reload the page.
recognition-adjust-below-zero = That would take the member's balance below zero.

## Labels given to shared widgets (tabs, queues, pickers)

recognition-period = Period
