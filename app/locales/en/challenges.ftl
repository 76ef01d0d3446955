### Challenges: what members complete for points, and how moderators and admins run them.

## Challenges (/challenges)

challenges-title = Challenges
challenges-lead = Small things that help the community, each worth points: finish one and the points are yours.
challenges-empty = No challenges are running right now. Check back soon.
challenges-places-left = { $count ->
    [one] { $count } place left
   *[other] { $count } places left
}
# Before the challenge's last day: "ends 12 Mar 2026".
challenges-ends = ends
challenges-status-pending = Waiting for review
challenges-status-approved = Completed
challenges-status-rejected = Not accepted
challenges-sign-in = Sign in to take part.
challenges-closed-inactive = This challenge is not running.
challenges-closed-not-yet = This challenge has not started yet.
challenges-closed-ended = This challenge has ended.
challenges-closed-full = Every place in this challenge is taken.
challenges-closed-done = You completed this challenge already.
challenges-closed-waiting = Your completion is waiting for a moderator.
challenges-evidence-label = What you did (with a link if there is one)
challenges-submit-review = Submit for review
challenges-your-answer = Your answer
# The button that sends the answer.
challenges-answer = Answer
challenges-open-link = Open the link and complete

## Completing a challenge: what the server says

challenges-say-how = Say how you complete it.
# Starts "… can be at most N characters."
challenges-an-answer = An answer
challenges-what-you-did = What you did
challenges-evidence-missing = Say what you did, with a link if there is one; a moderator reads it.
challenges-wrong-answer = That is not the answer. Try again.
challenges-wrong-kind = This challenge is completed another way; reload the page.
# Completes "… was not found."
challenges-that-challenge = That challenge

## Challenges for admins (/admin/challenges)

challenges-saved = Saved.
challenges-publish-new = Publish a new challenge
challenges-none-yet = No challenges yet.
# Whether a challenge is switched on, in the summary line below.
challenges-running = running
challenges-off = off
# One challenge in the admins' list: "Release-notes quiz · 60 points · running · 4 completed, 5 places taken".
challenges-admin-summary = { $title } · { $points } points · { $running } · { $completed } completed, { $taken ->
    [one] { $taken } place taken
   *[other] { $taken } places taken
}
challenges-field-title = Title
challenges-field-description = What to do
challenges-field-points = Points
challenges-field-places = Places (empty: no limit)
challenges-field-first-day = First day (UTC, optional)
challenges-field-last-day = Last day (UTC, optional)
challenges-field-mode = How it is completed
challenges-mode-review = A moderator reviews what the member did
challenges-mode-link = Completed by visiting a link
challenges-mode-answer = Completed by answering a question
challenges-field-link = Link to visit (link challenges, https://)
challenges-field-answer = Expected answer (answer challenges; case and spacing do not count)
challenges-field-running = Running
challenges-publish = Publish challenge
challenges-save = Save
challenges-title-missing = Give the challenge a title.
# These start "… can be at most N characters." or "… must be a whole number, 0 or more (empty for none)."
challenges-a-title = A title
challenges-a-description = A description
challenges-the-points = The points
challenges-the-completions = The number of completions
challenges-the-answer = The answer
challenges-points-range = The points must be a whole number from 1 to { $max }.
challenges-ends-before-start = The last day must be on or after the first day.
challenges-places-zero = Leave it empty for no limit, or make it 1 or more.
challenges-choose-mode = Choose how the challenge is completed.
challenges-link-needed = A link challenge needs an https:// address to visit.
challenges-answer-needed = An answer challenge needs its answer.
challenges-places-taken = { $count ->
    [one] { $count } place is taken already; the limit cannot be lower.
   *[other] { $count } places are taken already; the limit cannot be lower.
}

## Completions for moderators (/mod/challenges)

challenges-completions-title = Challenge completions
challenges-tab-pending = Waiting
challenges-tab-approved = Approved
challenges-tab-rejected = Rejected
challenges-choose-decision = Choose approve or reject.
# Starts "… can be at most N characters."
challenges-a-note = A note
challenges-note-missing = Say why the completion is not accepted; the member will read it.
challenges-decided-approved = This completion was already decided: completed.
challenges-decided-rejected = This completion was already decided: not accepted.
challenges-own-completion = You cannot approve your own completion; another moderator will.
# Completes "… was not found."
challenges-that-completion = That completion

## Labels given to shared widgets (tabs, queues, pickers)

challenges-queue-status = Status
challenges-note-label = Note for the member (required to reject)
challenges-who-sees = Who sees it
challenges-everyone = Everyone
challenges-group-hint = A challenge limited to a group is shown to, and completed by, its members only.
