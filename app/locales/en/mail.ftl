## Emails: what every email shares (app/src/mail/templates/layout.*, button.html)

mail-hello = Hello { $name },
# The footer of every email, followed by the community's address.
mail-footer-account = You received this email because of your account at { $community }
mail-unsubscribe = Unsubscribe from these emails
mail-button-fallback = If the button does not work, copy this address into your browser:

## Password reset (reset.*)

mail-reset-subject = Reset your password
mail-reset-asked = Someone (we hope you) asked to reset the password of your account at { $community }.
mail-reset-choose = Choose a new password here; the link works once, for one hour:
mail-reset-once = The link works once, for one hour.
mail-reset-action = Choose a new password
mail-reset-ignore = If you did not ask, ignore this email: your password stays as it is.

## A notification sent at once (notification.*); the sentence itself comes from the notifications part

mail-notification-code = Your code
mail-notification-open = Open it
# { $topic } is the kind of notification as named on the notification settings page ("Replies").
mail-notification-why = You get this email because “{ $topic }” is set to “Email at once” for your account at { $community }.
mail-notification-choose = Choose what you get by email

## Said in several emails

mail-hello-anonymous = Hello,
# In brackets after a sentence with a link: "(the link is valid for 48 hours)".
mail-link-valid = the link is valid for { $valid }
mail-lifetime-hour = one hour
mail-lifetime-hours = { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}
mail-confirm-action = Confirm my address
mail-not-you-reset = If this was not you, reset your password now and tell us

## Password changed (password_changed.*)

mail-password-changed-subject = Your password was changed
mail-password-changed-text = The password of your account at { $community } was just changed, and every device that was signed in has been signed out.

## How a member signs in changed (sign_in_changed.*)

mail-sign-in-changed-subject = How you sign in changed
mail-sign-in-changed-see = See how you sign in
mail-sign-in-linked = { $provider } was linked to your account: you can sign in with it.
mail-sign-in-unlinked = { $provider } was unlinked from your account: it no longer signs you in.
mail-sign-in-two-factor-on = Two-factor sign-in was turned on for your account.
mail-sign-in-two-factor-off = Two-factor sign-in was turned off for your account.
mail-sign-in-new-codes = New recovery codes were made for your account; the old ones no longer work.
mail-sign-in-two-factor-reset = An admin turned off two-factor sign-in for your account. Set it up again at your security page.

## Confirming the address of a new account (verify.*)

mail-verify-subject = Confirm your email address
mail-verify-welcome = Welcome to { $community }.
mail-verify-confirm = Confirm that this is your address to start posting, sharing your story and redeeming rewards
mail-verify-ignore = If you did not create an account, ignore this email and nothing more will happen.

## Someone signed up with an address that has an account (already_registered.*)

mail-already-registered-subject = Someone tried to use your address
mail-already-registered-join-subject = Someone tried to join with your address
mail-already-registered-text = Someone tried to create an account at { $community } with this address, which already has one.
mail-already-registered-sign-in = If it was you, sign in
mail-already-registered-forgot = Forgot your password? Choose a new one
mail-already-registered-ignore = If it was not you, you can ignore this email: nothing changed.

## A member's address changed (email_changed.*, email_change.*, email_change_requested.*)

mail-email-changed-subject = Your email address was changed
mail-email-changed-text = Your account at { $community } now uses the address { $address }; emails go there from now on.
mail-email-changed-not-you = If you did not ask for this, reply to this email or contact the community's team at once.
mail-email-change-subject = Confirm your new email address
mail-email-change-text = To move your account at { $community } to this address, open this link
mail-email-change-action = Use this address
mail-email-change-ignore = If you did not ask for this, ignore this email: nothing changes.
mail-email-change-requested-subject = A change of your email address was asked for
mail-email-change-requested-text = Someone signed in to your account at { $community } asked to move it to { $address }. Nothing changes until the link sent to that address is opened.
mail-email-change-requested-not-you = If this was not you, change your password now

## An invitation to join (invitation.*)

mail-invitation-subject = You are invited to join
mail-invitation-text = { $inviter } invited you to join { $community }, our customer community: ask and answer questions in the forums, share your story, and earn points for rewards.
mail-invitation-accept = { $days ->
    [one] Accept the invitation and choose your password here (the link is valid for { $days } day, and your address is confirmed by opening it)
   *[other] Accept the invitation and choose your password here (the link is valid for { $days } days, and your address is confirmed by opening it)
}
mail-invitation-action = Accept the invitation
mail-invitation-ignore = If you do not want to join, ignore this email and nothing more will happen.

## Applications to join (application_*)

mail-application-confirm-subject = Confirm your address to send your application
mail-application-confirm-text = Thank you for applying to join { $community }. Confirm that this is your address and your application goes to the team
mail-application-confirm-next = We will email you when they have decided. If you did not apply, ignore this email and nothing more will happen.
mail-application-approved-subject = Welcome: your application was approved
mail-application-approved-text = Good news: your application to join { $community } was approved. Sign in with the address and password you applied with:
mail-application-approved-action = Sign in
mail-application-approved-welcome = Welcome aboard.
mail-application-declined-subject = About your application to join
mail-application-declined-text = Thank you for your interest in { $community }. The team has looked at your application and cannot accept it this time.
mail-application-declined-note = Their note:
mail-application-declined-end = No account was made; nothing more will happen.

## A member suspended or silenced (restricted.*); { $until } is a date and time

mail-restricted-suspended-subject = Your account is suspended
mail-restricted-silenced-subject = You cannot post for a while
mail-restricted-suspended = Your account at { $community } is suspended until { $until } (UTC): you cannot sign in until then.
mail-restricted-silenced = You cannot post at { $community } until { $until } (UTC). You can still sign in and read.
mail-restricted-reason = The team's reason:
mail-restricted-mistake = If you think this is a mistake, reply to this email.

## A referred friend's welcome gift (friend_gift.*)

mail-friend-gift-subject = Your welcome gift
mail-friend-gift-text = Welcome to { $community }. As a friend of the member who invited you, here is your welcome gift, { $gift }:
mail-friend-gift-again = You can find it again on your referral page
mail-friend-gift-action = See it on your referral page

## An account moved from another programme (imported_welcome.*)

mail-imported-subject = Your account is ready
mail-imported-text = Your account at { $community } is ready: the programme you took part in has moved here, with your points and your stories. Your email address is your sign-in; choose a password here:
mail-imported-action = Choose your password
mail-imported-next = Enter this address there and we will send you a link to set your password.

## The admins' test email (test.*)

mail-test-subject = Test email
mail-test-text = This is a test email sent by { $sender } from the mail page of { $community }.
mail-test-reaches = If you can read it, mail from { $origin } reaches this address.

## The digest (digest.*); { $period } is "day" or "week"

mail-digest-subject = { $period ->
    [day] Your daily digest
   *[week] Your weekly digest
}
mail-digest-intro = { $period ->
    [day] Here is what happened for you today
   *[week] Here is what happened for you this week
}
mail-digest-heading = { $period ->
    [day] For you today
   *[week] For you this week
}
mail-digest-popular = Popular in the community
mail-digest-topic = { $posts ->
    [one] { $title } ({ $posts } new post)
   *[other] { $title } ({ $posts } new posts)
}
mail-digest-stories = Newly featured stories
mail-digest-why = You get this digest for your account at { $community }.
