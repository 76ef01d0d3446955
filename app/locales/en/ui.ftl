## Widgets on many pages

# The buttons of a staff decision (a referral, a challenge completion, a held post).
ui-approve = Approve
ui-reject = Reject

## The pager under a list

# The pager's name, for screen readers.
ui-pages = Pages
ui-previous = ← Previous
ui-page-of = Page { $page } of { $last }
ui-next = Next →

## A page that could not be shown

ui-problem-not-found = Not found
ui-problem-gone = No longer available
ui-problem-sign-in = Please sign in
ui-problem-forbidden = Not allowed
ui-problem-unconfirmed = Confirm your email address
ui-problem-restricted = Not while restricted
ui-problem-other = Something went wrong
ui-back-to-forum = Back to the forum

## A moderation queue

ui-nothing-here = Nothing here.

## The lines of an upload that were refused

ui-refused-lines = Refused lines
# Column heads: the line's number, then (another column) what the line was about, then why it was refused.
ui-refused-line = Line
ui-refused-why = Why
# In the line column, for a refusal of the whole file.
ui-refused-the-file = The file
ui-refused-more = …and { $count } more refused lines.

## Sharing a link

ui-share-story = Share this story
ui-share-link = Link
ui-copy-link = Copy link
ui-link-copied = Link copied.
ui-share-x = Share on X (Twitter)
ui-share-linkedin = Share on LinkedIn
ui-share-email = Share by email

## A member's points standing

ui-balance = Balance
# Points earned over all time.
ui-lifetime = Lifetime
ui-level = Level
ui-points-to-level = { $points } points to { $level }
