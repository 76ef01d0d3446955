## Notifications: what each one says (on /me/notifications, in emails and digests)

notifications-reply = { $actor } replied in “{ $title }”
notifications-mention = { $actor } mentioned you in “{ $title }”
notifications-like = { $actor } liked your post in “{ $title }”
notifications-redemption-fulfilled = Your reward “{ $title }” is fulfilled
notifications-redemption-cancelled = Your redemption of “{ $title }” was cancelled and the points returned
notifications-badge = You earned the badge “{ $title }”
# In place of the title of a story that was deleted since.
notifications-story-deleted = (deleted)
notifications-story-approved = Your story “{ $title }” was approved
notifications-story-changes = A moderator asked for changes to your story “{ $title }”
notifications-story-rejected = Your story “{ $title }” was not accepted
notifications-story-featured = Your story “{ $title }” is featured
notifications-story-unfeatured = Your story “{ $title }” is no longer featured
notifications-story-archived = Your story “{ $title }” was archived
notifications-challenge-approved = Your completion of the challenge “{ $title }” was approved
notifications-challenge-rejected = Your completion of the challenge “{ $title }” was not accepted
notifications-referral-customer = A customer you referred placed an order, and its reward is in your points
notifications-referral-joined = { $actor } joined through your referral, and its reward is in your points

## The notifications page (/notifications)

notifications-title = Notifications
notifications-choose-email = Choose what you get by email
notifications-empty = Nothing yet. Replies in topics you follow, mentions of you and likes of your posts show up here.
# A marker before an unread notification.
notifications-new = New
notifications-pages = Pages
notifications-newer = ← Newer
notifications-older = Older →

## Email settings (/me/notifications/settings): a kind of notification, and how it comes

notifications-settings-title = Email settings
notifications-settings-heading = What you get by email
notifications-settings-intro = Everything also shows on your notifications page. Every email has a link to stop that kind.
notifications-settings-caption = Email for each kind of notification
notifications-settings-when = When
notifications-settings-by-email = By email
notifications-topic-reply = Replies in topics I follow
notifications-topic-mention = Someone mentions me
notifications-topic-story = A decision on my story
notifications-topic-challenge = A decision on my challenge entry
notifications-topic-reward = My reward is fulfilled or cancelled
notifications-topic-badge = I earn a badge
notifications-topic-referral = Someone I referred earns me a reward
notifications-delivery-off = No email
notifications-delivery-now = Email at once
notifications-delivery-digest = In my digest
notifications-settings-digest = Digest
notifications-settings-daily = Daily
notifications-settings-weekly = Weekly
notifications-settings-save = Save
notifications-settings-saved = Saved.
# { $value } is what was sent, in quotes.
notifications-delivery-invalid = { $value } is not a choice for “{ $topic }”: use now, digest or off.
notifications-digest-every-invalid = Choose a daily or a weekly digest.

## Unsubscribing from a link in an email (/unsubscribe)

notifications-list-digest = The digest
notifications-unsubscribe = Unsubscribe
notifications-unsubscribe-question = Stop emails for “{ $topic }”?
notifications-unsubscribe-incomplete = This unsubscribe link is not complete.
notifications-unsubscribe-done = Done: no more emails for “{ $topic }”.
notifications-unsubscribe-invalid = This unsubscribe link is not valid. Change your email settings on your account instead.
