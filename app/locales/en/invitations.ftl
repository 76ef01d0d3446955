# Invitations: the admins' page to invite one person or a CSV of many and follow each invitation, and what an
# invitation link says when it cannot be used.

## Admins: invitations (/admin/invitations)

invitations-title = Invitations
invitations-intro = { $days ->
    [one] Invite customers by email. The link in the email opens a sign-up form with their address filled in and confirmed; it is valid for { $days } day.
   *[other] Invite customers by email. The link in the email opens a sign-up form with their address filled in and confirmed; it is valid for { $days } days.
}
invitations-loading-forms = Loading the forms…

## Invite someone

invitations-invite-one = Invite someone
invitations-email = Email
invitations-name-optional = Name (optional)
invitations-name-hint = Suggested on their sign-up form; they can change it.
invitations-role = Role
invitations-group = Group
# The empty choice of the group select.
invitations-no-group = No group
invitations-group-hint = They join it with their account.
invitations-send = Send invitation
invitations-sending = Sending…

## Invite many

invitations-invite-many = Invite many
# "email, name, role" and "member" are what the file holds, so they stay as they are.
invitations-csv-format = { $days ->
    [one] One person per line: email, name, role. Name and role may be left out (the role is then member); a header row naming the columns is fine. Up to { $max } people at once. Each link is valid for { $days } day. Lines that cannot be invited are listed with their reason; the others are invited.
   *[other] One person per line: email, name, role. Name and role may be left out (the role is then member); a header row naming the columns is fine. Up to { $max } people at once. Each link is valid for { $days } days. Lines that cannot be invited are listed with their reason; the others are invited.
}
invitations-paste-rows = Paste rows
invitations-choose-file = Or choose a CSV file
invitations-put-everyone-in = Put everyone in { $group }
invitations-bulk-group-hint = Everyone invited joins this group with their account.
invitations-invite-everyone = Invite everyone

## Sent invitations

invitations-sent-title = Sent invitations
invitations-loading = Loading invitations…
# The first tab, followed by the number of invitations.
invitations-all = All
invitations-by-status = Invitations by status
invitations-none-yet = No invitations yet. Invite someone above.
invitations-none-with-status = No invitations with this status.
invitations-table-caption = Invitations, most recently sent first
invitations-name = Name
invitations-status = Status
# Column header: when the invitation was sent.
invitations-sent = Sent
invitations-expires = Expires
invitations-actions = Actions
# After the date it was sent: who sent it, and how many times.
invitations-sent-by = { $count ->
    [one] by { $inviter }
   *[other] by { $inviter }, { $count } times
}
invitations-resend = Send again
invitations-resend-label = Send again to { $address }
invitations-withdraw = Withdraw
invitations-withdraw-label = Withdraw the invitation to { $address }

## An invitation's status

invitations-status-sent = Sent
invitations-status-opened = Opened
invitations-status-joined = Joined
invitations-status-expired = Expired
invitations-status-revoked = Revoked

## An upload's report

# Before the date and time of the upload.
invitations-batch-title = Upload of
invitations-batch-summary = { $rows } rows read: { $invited } invited, { $refused } refused.
# Heads the column of addresses in the table of refused lines.
invitations-address = Address

## What the server answers

invitations-sent-to = Invitation sent to { $address }.
invitations-has-account = { $address } has an account already.
invitations-open-already = { $address } has an open invitation already: send it again from the list of invitations.
invitations-cannot-resend = That invitation was used or withdrawn, so it cannot be sent again.
invitations-sent-again = Sent again to { $address }.
invitations-cannot-withdraw = That invitation was used or withdrawn already.
invitations-withdrawn-done = Withdrawn: the link sent to { $address } no longer works.
# $role is what was written, in quotes; member, moderator and admin are the words the form and the file take.
invitations-role-invalid = { $role } is not a role: use member, moderator or admin.
# $status is what was asked for, in quotes; the statuses are the words the address takes.
invitations-status-invalid = { $status } is not an invitation status: use sent, opened, joined, expired or revoked.

## An invitation link that cannot be used

invitations-used = This invitation was used already: sign in with the account it made.
invitations-expired = This invitation has expired. Ask the person who invited you to send it again.
invitations-withdrawn = This invitation was withdrawn. Ask the community's admins if you think that is a mistake.
invitations-link-invalid = This invitation link is not valid: check that you copied all of it, or use the newest email if it was sent again.
