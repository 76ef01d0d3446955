# Getting back in: a forgotten password, a new one, confirming an address, and the page after signing up.

## Forgot your password?

recovery-forgot-title = Forgot your password?
recovery-forgot-intro = Enter the address you joined with and we will email you a link to choose a new password.
recovery-email = Email
recovery-email-me = Email me a link
recovery-reset-sent = If an account uses that address, a link to choose a new password is on its way. It works once, for one hour.
recovery-reset-nothing = Nothing after a few minutes? Check your spam folder, or try again.
# Before the link "Sign in".
recovery-remembered = Remembered it?
recovery-sign-in = Sign in

## Choose a new password

recovery-reset-title = Choose a new password
recovery-ask-new-link = Ask for a new link
recovery-new-password = New password
recovery-new-password-hint = At least 10 characters. Every device signed in to your account will be signed out.
recovery-set-password = Set my new password

## Confirm your email address

recovery-confirm-title = Confirm your email address
recovery-confirm-intro = One click and your address is confirmed; you will be signed in.
recovery-confirm-button = Confirm my address
# Before the link "Sign in": "Link expired? Sign in and send a new one from your account page."
recovery-link-expired = Link expired?
# The link in the middle of that sentence.
recovery-link-expired-link = Sign in
# After the link "Sign in".
recovery-link-expired-after = and send a new one from your account page.

## Check your email (after signing up)

recovery-check-title = Check your email
recovery-check-applied = We have sent a link to the address you gave. Open it to confirm your address: your application then goes to the team, and we email you their decision.
recovery-check-joined = We have sent a link to the address you gave. Open it to confirm your address and sign in; then you can post, share your story and redeem rewards.
recovery-check-nothing = Nothing after a few minutes? Check your spam folder. You can also sign in and send the link again.

## What the server answers

recovery-account-removed = This link is not valid any more: the account was removed.
recovery-old-address = This link was for an address your account no longer uses.
recovery-address-taken = Another account uses that address now, so yours cannot move to it.
