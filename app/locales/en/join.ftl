# Joining: the sign-up page, applying to join, and accepting an admin's invitation.

## Sign-up page

join-title = Join the community
join-apply-title = Apply to join
join-how-approval = The team reviews every application; we email you their decision.
join-how-approval-domains = The team reviews every application; we email you their decision. Addresses at { $domains } join at once, without the questions.
# $domains: one or more domains, separated by commas.
join-how-invite = Addresses at { $domains } can join here; everyone else needs an invitation.
join-email = Email
join-email-hint = We never show it to other members.
join-questions = A few questions for the team
join-create-button = Create account
join-creating = Creating your account…
join-apply-button = Send my application
join-applying = Sending…
# Before the link "Sign in".
join-already-member = Already a member?
join-sign-in = Sign in

## The fields both ways of joining ask for

join-display-name = Display name
join-display-name-hint = Shown next to everything you post.
join-password = Password
join-password-hint = At least 10 characters. A few unrelated words make a strong one.
# The terms box: "I accept the [terms of service (version 3)] and have read the [privacy notice]." (links in brackets)
join-terms-accept = I accept the
join-terms-link = terms of service (version { $version })
join-terms-privacy = and have read the
join-terms-privacy-link = privacy notice
# Ends the sentence after the privacy notice's link.
join-terms-privacy-end = .
# Ends the sentence after the terms' link when there is no privacy notice.
join-terms-end = .

## Joining by invitation only

join-by-invitation-title = Joining is by invitation
join-by-invitation-text = This community is open by invitation only. If someone on the team invited you, open the link in their email to join.

## Accepting an invitation

join-invitation-title = Accept your invitation
join-opening-invitation = Opening your invitation…
join-without-invitation = Join without an invitation
# $role is the role the invitation gives: member, moderator or admin.
join-invited-as = { $role ->
    [moderator] { $inviter } invited you to join the community as a moderator.
    [admin] { $inviter } invited you to join the community as an admin.
   *[member] { $inviter } invited you to join the community as an advocate.
}
# Before the invited address (in bold).
join-your-address = Your address:
# After the invited address, before the date and time the invitation ends.
join-address-confirmed = . Opening this link confirmed it. The invitation is valid until

## What the server answers

join-invitation-only = This community is open by invitation only: ask the team for an invitation.
join-domains-only = Only addresses at { $domains } can join without an invitation: use yours, or ask the team for an invitation.
join-account-exists = An account with this address exists already: sign in, or reset its password.
