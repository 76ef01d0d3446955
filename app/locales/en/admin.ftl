## The member list (/admin/members): search form, summary, table

admin-members-title = Members
admin-members-loading = Loading members…
admin-search-label = Name, email or handle
admin-role = Role
admin-status = Status
admin-level = Level
admin-group = Group
admin-nps = NPS
admin-order = Order
# The first choice of each filter: no narrowing.
admin-any = Any
admin-search = Search
admin-status-active = Active
admin-status-unconfirmed = Address not confirmed
admin-status-suspended = Suspended
admin-status-silenced = Silenced
admin-status-removed = Removed as spam
admin-status-deleted = Deleted
admin-nps-promoter = Promoter (9-10)
admin-nps-passive = Passive (7-8)
admin-nps-detractor = Detractor (0-6)
admin-nps-unanswered = Not answered
admin-sort-newest = Newest first
admin-sort-oldest = Oldest first
admin-sort-name = Name
admin-sort-points = Most points
admin-sort-seen = Last seen
admin-members-found = { $count ->
    [one] { $count } member found
   *[other] { $count } members found
}
admin-members-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
admin-members-csv = Download these as CSV
admin-members-clear = Clear the search
admin-members-none-found = Nobody matches this search.
admin-members-none-here = No members on this page.
# The table's caption, read by screen readers: the list and its order.
admin-members-caption = Members, { $sort ->
    [oldest] oldest first
    [name] name
    [points] most points
    [seen] last seen
   *[newest] newest first
}
admin-member = Member
admin-email = Email
admin-points = Points
admin-groups = Groups
admin-referred-by = Referred by
admin-joined = Joined
admin-last-seen = Last seen
admin-standing = Standing
admin-account = Account
# A cell's link to the member's standing, for screen readers: "Standing of Ada Okafor: Suspended".
admin-standing-of = Standing of { $name }: { $standing }
# After the score in the NPS column: "9 · promoter".
admin-nps-promoter-name = promoter
admin-nps-passive-name = passive
admin-nps-detractor-name = detractor
admin-never = Never

## The member list: each row's role, address and spam forms

# Read by screen readers only, before the role menu.
admin-role-of = Role of { $name }
admin-role-save = Save
admin-role-saved = Saved.
admin-email-confirmed = Confirmed
admin-email-not-confirmed = Not confirmed
admin-confirm-address = Confirm address
# In the Account column instead of the spam button: admins cannot be removed.
admin-spam-admin = Admin
admin-spam-remove = Remove as spam
admin-delete-account = Delete account…
admin-reinstate = Reinstate
# The Reinstate button's name for screen readers.
admin-reinstate-label = Reinstate { $name }
# What a spam removal did, as a phrase inside admin-spam-removed.
admin-spam-posts = { $count ->
    [0] no posts to hide
    [one] { $count } post hidden
   *[other] { $count } posts hidden
}
admin-spam-removed = Removed; { $posts }.
admin-spam-removed-points = Removed; { $posts }, { $points } referral points taken back.
admin-reinstated = { $count ->
    [0] Reinstated; no posts to show again.
    [one] Reinstated; { $count } post shown again with its points.
   *[other] Reinstated; { $count } posts shown again with their points.
}

## One member (/admin/members/:id)

admin-member-loading = Loading the member…
admin-member-page-title = { $name } · Members
admin-breadcrumb = Breadcrumb
admin-public-profile = Public profile
admin-suspend-or-silence = Suspend or silence
admin-delete-the-account = Delete the account
# After the email address.
admin-email-confirmed-note = (confirmed)
admin-email-not-confirmed-note = (not confirmed)
admin-suspended-because = Suspended: { $reason }
admin-silenced-because = Silenced: { $reason }
admin-points-summary = { $balance } to spend · { $lifetime } earned in all
admin-groups-none = None
admin-latest-nps = Latest NPS answer
# No one referred this member.
admin-nobody = Nobody
admin-activity = Activity
# After a number in bold in the activity list: "12 topics", "3 hidden".
admin-count-topics = { $count ->
   *[other] topics
}
admin-count-posts = { $count ->
   *[other] posts
}
admin-count-hidden = { $count ->
   *[other] hidden
}
admin-count-likes = { $count ->
   *[other] likes received
}
admin-count-stories = { $count ->
   *[other] stories
}
admin-count-redemptions = { $count ->
   *[other] redemptions
}
admin-badges = Badges
admin-badges-none = No badges yet.
admin-newest-posts = Newest posts
admin-posts-none = No posts yet.
# A tag after a post in the list.
admin-post-hidden = Hidden
admin-post-removed = Removed
admin-ledger = Points ledger
admin-ledger-none = No points yet.
admin-when = When
admin-what = What
admin-note = Note
# After a ledger line's reason when it was taken back.
admin-ledger-reversed = (reversed)
admin-redemptions = Redemptions ({ $count })
admin-redemptions-none = No rewards redeemed.
admin-reward = Reward
admin-cost = Cost
admin-referrals = Referrals
admin-referrals-summary = { $people } people referred · { $visits } visits to their link · { $points } points from referrals
admin-referrals-none = Nobody referred yet.
admin-friend = Friend
admin-flags = Flags
admin-flags-on = On their posts ({ $count })
admin-flagged-by = Flagged by
admin-flags-on-none = Nobody has flagged their posts.
admin-flags-by = Raised by them ({ $count })
# Column of the flags the member raised: whose post they flagged.
admin-post-by = Post by
admin-flags-by-none = They have not flagged anything.
admin-post = Post
admin-reason = Reason
admin-outcome = Outcome
admin-flag-hidden = Post hidden
admin-flag-dismissed = Dismissed
admin-flag-open = Open
admin-flag-reason-other = Something else
admin-nps-answers = NPS answers
admin-nps-answers-none = No answers to an NPS survey.
admin-survey = Survey
admin-score = Score
admin-why = Why
admin-audit-entries = Audit entries ({ $count })
admin-audit-hint = Staff actions on this account and its posts, and what they did as staff; newest first.
admin-audit-none = Nothing recorded.
admin-who = Who
admin-action = Action
# Column: what the action was done on ("user 12").
admin-on = On
admin-detail = Detail

## A member's standing (/mod/members/:id): suspend or silence

admin-standing-title = Member standing
admin-profile = Profile
# Before the date the member joined: "@ada · Moderator · joined 5 Mar 2026".
admin-standing-meta = @{ $handle } · { $role } · joined
admin-standing-removed = Removed as spam: cannot sign in.
admin-standing-good = In good standing
admin-suspended-until = Suspended until { $until } (UTC). Reason: { $reason }
admin-silenced-until = Silenced until { $until } (UTC). Reason: { $reason }
admin-lift-suspension = Lift the suspension
admin-lift-silence = Lift the silence
admin-restrict-hint = Suspended members cannot sign in; silenced members can read but not post, reply, edit or submit a story. Both end by themselves; the member is emailed the period and your reason.
# The legend of the choice between silencing and suspending.
admin-restrict-what = What
admin-restrict-silence = Silence: can read, cannot post
admin-restrict-suspend = Suspend: cannot sign in
# The label of the period menu: "For 1 week".
admin-restrict-for = For
admin-period-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
admin-period-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
admin-period-year = 1 year
admin-restrict-reason = Reason (the member is shown it)
admin-restrict = Restrict
admin-cannot-restrict-admin = Admins cannot be suspended or silenced: give them another role first.
admin-cannot-restrict-moderator = Only an admin can suspend or silence a moderator.
admin-cannot-restrict-self = You cannot suspend or silence yourself.

## Refusals
# { $value } is what was sent, in quotation marks; suspend, silence, member, moderator and admin are the values
# the form sends, so they stay as they are.

admin-search-too-long = The search can be at most { $max } characters.
admin-search-control = The search cannot contain control characters.
admin-role-unknown = { $value } is not a role; choose member, moderator or admin.
admin-filter-bad-status = { $value } is not a status; choose one of the list.
admin-filter-bad-level = { $value } is not a level; choose one of the list.
admin-filter-bad-group = { $value } is not a group; choose one of the list.
admin-filter-bad-nps = { $value } is not an NPS group; choose one of the list.
admin-filter-bad-sort = { $value } is not an order; choose one of the list.
admin-role-own = You cannot change your own role; ask another admin. This keeps at least one admin in charge.
admin-last-admin = This is the last admin: make someone else an admin first.
admin-already-confirmed = That address is already confirmed.
admin-spam-own-account = You cannot remove your own account.
admin-spam-already = That account was removed already.
admin-spam-is-admin = Give an admin another role before removing the account.
admin-not-removed = That account is not removed.
admin-restrict-unknown = { $value } is not something staff can do; choose suspend or silence.
admin-restrict-self-suspend = You cannot suspend yourself.
admin-restrict-self-silence = You cannot silence yourself.
admin-restrict-admin-suspend = An admin cannot be suspended: give them another role first.
admin-restrict-admin-silence = An admin cannot be silenced: give them another role first.
# Staff may restrict only roles below their own; $role is the target's (member is shown as "advocate").
admin-restrict-only-admin-suspend = Only an admin can suspend { $role ->
    [member] an advocate
   *[moderator] a moderator
}.
admin-restrict-only-admin-silence = Only an admin can silence { $role ->
    [member] an advocate
   *[moderator] a moderator
}.
admin-restrict-period = Choose one of the periods offered.
admin-restrict-reason-missing = Give a reason: the member is shown it.
admin-restrict-reason-too-long = The reason can be at most { $max } characters.
admin-restrict-reason-control = The reason cannot contain control characters.
admin-lift-unknown = { $value } is not something staff can lift; choose suspend or silence.
admin-not-suspended = That member is not suspended.
admin-not-silenced = That member is not silenced.
