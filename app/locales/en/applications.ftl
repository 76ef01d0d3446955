## Applications: the applicant confirms their address

applications-confirm-title = Confirm your application
applications-confirm-text = One click confirms your address, and your application goes to the team.
applications-confirm-button = Confirm and send my application
applications-sent-title = Application sent
applications-sent-heading = Thank you: your application is with the team
applications-sent-text = We will email you when they have decided. Once approved, you sign in with the address and password you gave.
applications-home = Back to the home page

## The admins' queue of applications

applications-title = Applications
applications-heading = Applications to join
# The hint is cut around its link: "People apply when the community joins by approval (who may join). Approving…"
applications-hint-before = People apply when the community joins by approval (
applications-hint-link = who may join
applications-hint-after = ). Approving makes their account and emails them; declining emails them your note.
applications-tab-waiting = Waiting ({ $count })
applications-tab-unconfirmed = Address not confirmed ({ $count })
applications-approved = Approved
applications-declined = Declined
applications-status-unconfirmed = Address not confirmed yet
applications-status-pending = Waiting for review
applications-no-questions = No questions were asked.
# Before the date of the decision: "Approved by Ada Okafor, 3 March".
applications-decided-by = { $status } by { $admin },
applications-decided-by-former = { $status } by a former admin,
applications-note-sent = Note sent: { $note }
# Before the date the application came in.
applications-applied = applied
applications-approve = Approve
applications-decline = Decline
applications-approve-named = Approve { $name }
applications-decline-named = Decline { $name }
applications-note-label = Note to the applicant (optional)
applications-note-too-long = The note can be at most { $max } characters.
applications-note-control = The note cannot contain control characters.

## Refusals

applications-link-invalid = This link is not valid. Check that you copied all of it from the email.
applications-link-expired = This link has expired. Apply again from the sign-up page to get a new one.
applications-link-used = This application was confirmed already: the team will email you their decision.
# $value is what the address asked for, in quotes; the four words are the addresses' values.
applications-status-unknown = { $value } is not a status; choose pending, unconfirmed, approved or declined.
applications-email-taken = An account with this address exists already (it joined another way): decline the application.
applications-not-confirmed-yet = The applicant has not confirmed their address yet; decide once they have.
# $status is approved, declined or pending.
applications-decided-already = That application was { $status } already.

## Labels given to shared widgets (tabs, queues, pickers)

applications-queue-status = Status
applications-empty-pending = No applications wait for review.
applications-empty-unconfirmed = Nobody is waiting to confirm their address.
applications-empty-approved = No applications approved yet.
applications-empty-declined = No applications declined.
