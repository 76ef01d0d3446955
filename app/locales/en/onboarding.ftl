## Ways to earn (/earn)

onboarding-title = Ways to earn
# "Points add up to levels and can be spent on [rewards]. Here is …": the words before the link, the link, the
# words after it.
onboarding-lead-before = Points add up to levels and can be spent on
onboarding-lead-rewards = rewards
onboarding-lead-after = . Here is everything that earns them, as the programme is set up today.
onboarding-points = Points for taking part
onboarding-no-rules = No activity earns points at the moment.
onboarding-what-you-do = What you do
onboarding-what-you-earn = What you earn
onboarding-challenges = Challenges
onboarding-no-challenges = No challenges are running right now.
# Before the date and time a challenge ends.
onboarding-ends = ends
onboarding-take-part = Take part in a challenge
onboarding-badges = Badges
onboarding-no-badges = There are no badges yet.
onboarding-all-badges = See every badge and who holds it

## What earns points (the table's first column)

onboarding-rule-topic = Start a topic in the forum
onboarding-rule-reply = Reply in a topic
onboarding-rule-like = Get a like on one of your posts
onboarding-rule-story-approved = Have your customer story approved
onboarding-rule-story-featured = Have your story featured on the wall
onboarding-rule-referral = Refer a friend who joins and takes part
onboarding-rule-challenge = Complete a challenge
onboarding-rule-welcome = Join through a member's referral link (a welcome bonus)
onboarding-rule-survey = Answer a survey
onboarding-rule-joined = Join the community (once, when you confirm your email address)
onboarding-rule-checklist = Complete a step of the welcome checklist (each step once)
# The second column, for a rule with a daily limit.
onboarding-reward-capped = { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, up to { $cap } a day

## How each badge is earned

onboarding-badge-manual = Given by the community team for something they noticed
onboarding-badge-posts = Write { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }
onboarding-badge-likes = Receive { $count ->
        [one] { $count } like
       *[other] { $count } likes
    } on your posts
onboarding-badge-stories-approved = Have { $count ->
        [one] { $count } story
       *[other] { $count } stories
    } approved
onboarding-badge-stories-featured = Have { $count ->
        [one] { $count } story
       *[other] { $count } stories
    } featured
onboarding-badge-referrals = { $count ->
        [one] Refer a friend who joins
       *[other] Refer { $count } friends who join
    }
onboarding-badge-days = Be a member for { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
