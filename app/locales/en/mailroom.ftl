## The admins' mail page (/admin/mail): the outbox

mailroom-title = Mail
mailroom-delivers = Every node sends queued emails over SMTP; a failed try is retried with growing waits.
mailroom-keeps = No SMTP server is configured (--smtp-url), so emails are kept here instead of sent. Open one to read it.
mailroom-by-status = Mail by status
mailroom-all = All ({ $count })
# A tab: a status and how many emails have it, "Sent (12)".
mailroom-status-count = { $status } ({ $count })
mailroom-status-queued = Queued
mailroom-status-sending = Sending
mailroom-status-sent = Sent
mailroom-status-failed = Failed
mailroom-status-kept = Kept (not sent)
mailroom-status-invalid = { $value } is not a mail status: use queued, sending, sent, failed or kept.
mailroom-empty = No emails here.
mailroom-caption = Emails, newest first
mailroom-written = Written
mailroom-to = To
mailroom-subject = Subject
mailroom-kind = Kind
mailroom-status = Status
mailroom-tries = Tries
mailroom-last-error = Last error
mailroom-sent = Sent
mailroom-server-answer = Server's answer
mailroom-plain-text = Plain text
mailroom-html-part = HTML part (source)
mailroom-send-again = Send again
mailroom-back = Back to all mail
mailroom-that-email = That email
mailroom-retry-no-smtp = No SMTP server is configured (--smtp-url), so emails are kept here, not sent.
mailroom-retry-refused = Only a failed or kept email can be sent again.

## Sending a test email

mailroom-test-heading = Send a test email
mailroom-test-intro = Checks that mail from this portal arrives. Leave the address empty to send it to yourself.
mailroom-test-to = Send to
mailroom-test-send = Send test email
