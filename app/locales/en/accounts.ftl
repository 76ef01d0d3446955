# Accounts: signing in and out, the account page, roles, and what the account forms and the server check.

## Sign-in page

accounts-sign-in = Sign in
accounts-forgot-password = Forgot your password?
# Before the link "Create an account".
accounts-new-here = New here?
accounts-create-account = Create an account
accounts-signed-out-provider = You are signed out of this community. You may still be signed in at { $provider }: sign out there too on a shared computer.
# Read by screen readers: the list of sign-in providers' buttons.
accounts-sign-in-with-list = Sign in with
accounts-sign-in-with = Sign in with { $provider }
accounts-password-off = Signing in with a password is turned off here.
# Between the providers' buttons and the password form.
accounts-or-members-password = or, for members, with your password
accounts-or-password = or with your password
accounts-email = Email
accounts-password = Password
accounts-signing-in = Signing in…
accounts-sign-out = Sign out

## Second step of signing in

accounts-two-factor-title = Two-factor sign-in
# Before the link "Sign in".
accounts-no-code-waiting = No sign-in is waiting for a code.
accounts-code-intro = Type the 6-digit code your authenticator app shows now, or one of your recovery codes.
accounts-code = Code
accounts-remember-device = Remember this device for 30 days
accounts-lost-phone = Lost your phone and your recovery codes? The community's admins can turn two-factor sign-in off for you.
# The QR code's name for screen readers, on the security page.
accounts-qr-label = QR code for your authenticator app

## Account page

accounts-your-account = Your account
accounts-loading-account = Loading your account…
accounts-note-confirmed = Your email address is confirmed. Welcome!
accounts-note-joined = Welcome! Your account is ready and your address is confirmed.
accounts-note-reset = Your new password is set, and every other device has been signed out.
accounts-role = Role
accounts-member-since = Member since
accounts-email-settings = Choose what you get by email
accounts-profile-link = Your profile and picture
accounts-security-link = Sign-in and security
accounts-display-name = Display name
accounts-save-name = Save name
accounts-name-saved = Saved. You now appear as { $name }.
accounts-unconfirmed-title = Confirm your email address
accounts-unconfirmed-text = Open the link we emailed you to start posting, sharing your story, redeeming rewards and answering surveys. Until then you can read everything.
accounts-send-link-again = Send the link again
accounts-link-sent-again = A new link is on its way. It works for 48 hours.
accounts-email-address = Email address
# Before the member's address (in bold): "Emails go to ada@example.com. To use another address, …".
accounts-emails-go-to = Emails go to
# After the member's address, with its full stop.
accounts-emails-go-to-after = . To use another address, confirm it from there.
accounts-new-email = New email address
accounts-current-password = Current password
accounts-change-address = Change address
accounts-email-link-sent = We sent a link to { $address }. Your address changes when you open it.
accounts-new-password = New password
accounts-new-password-hint = At least 10 characters. Other devices will be signed out.
accounts-change-password = Change password
accounts-password-changed = Password changed. Other devices have been signed out.

## A page for staff only

accounts-checking-access = Checking your access…
accounts-forbidden-title = You do not have access to this page
accounts-forbidden-text = This page is for community staff. If you think you should have access, ask an admin.
accounts-forbidden-home = Go to the home page

## Roles

accounts-role-member = Advocate
accounts-role-moderator = Moderator
accounts-role-admin = Admin

## Who may sign in with a password (the admins' choice)

accounts-password-policy-everyone = Everyone may sign in with a password
accounts-password-policy-members = Members only: moderators and admins sign in through a provider
accounts-password-policy-nobody = Nobody: everyone signs in through a provider
accounts-password-refused-off = Signing in with a password is turned off here: use one of the sign-in providers.
accounts-password-refused-staff = Moderators and admins sign in through a sign-in provider here, not with a password.

## What the forms check

accounts-email-missing = Enter your email address.
accounts-email-too-long = An email address can be at most { $max } characters.
accounts-email-invalid = Enter an email address like name@example.com.
accounts-name-missing = Enter a display name.
accounts-name-too-long = A display name can be at most { $max } characters.
accounts-name-invisible = A display name cannot contain invisible or control characters.
accounts-password-too-short = Use at least { $min } characters (you have { $length }).
accounts-password-too-long = Use at most { $max } characters (you have { $length }).
accounts-password-common = That password is one of the most common ones. Choose something less guessable.
accounts-password-personal = Your password cannot be your email address or your name.
accounts-password-missing = Enter your password.
accounts-current-password-missing = Enter your current password.

## What the server answers

# The same words for an unknown address and a wrong password, so that nobody learns who has an account.
accounts-sign-in-refused = That email and password do not match an account.
accounts-application-waiting = Your application to join is waiting: confirm your address from the email we sent, and the team will email you their decision.
accounts-current-password-wrong = Your current password is not correct.
accounts-password-changed-elsewhere = Your password was changed somewhere else just now. Sign in again.
accounts-already-confirmed = Your address is already confirmed.
accounts-same-address = That is already your address.
accounts-second-factor-due = Set up two-factor sign-in at /me/security first: the admins require it of moderators and admins.
accounts-second-factor-expired = This sign-in has waited too long. Sign in again.
accounts-second-factor-wrong = That code is not right, or was used already. Try the newest code.
accounts-link-used = This link was already used, or a newer one was sent since. Use the newest email, or ask for a new link.
accounts-link-expired = This link has expired. Ask for a new one.
accounts-link-invalid = This link is not valid. Check that you copied all of it from the email.
# $until is a date; $reason is the team's own words.
accounts-suspended = Your account is suspended until { $until } (UTC). The team's reason: { $reason }
accounts-silenced = You cannot post until { $until } (UTC); you can still read. The team's reason: { $reason }

## Why a sign-in through a provider ended without one

accounts-sso-provider = That sign-in provider is not available right now. Try again in a moment, or sign in another way.
accounts-sso-state = That sign-in was not started from this browser, or it took too long. Start again.
accounts-sso-denied = The provider did not sign you in. Start again if you meant to.
accounts-sso-token = The provider's answer failed our checks, so you were not signed in. Start again; if it keeps failing, tell the community's admins.
accounts-sso-no-email = The provider did not tell us your email address, so we cannot find or create your account.
accounts-sso-unverified = The provider does not confirm that you own that email address, so we cannot use it to find or create an account. Sign in with your password and link the provider from your security page.
accounts-sso-no-account = No account here uses that email address, and this provider cannot create one. Join first, or ask the community's admins.
accounts-sso-closed = That account cannot sign in: it is suspended or was removed.
accounts-sso-taken = That identity is already linked to another account here.
