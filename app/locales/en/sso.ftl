# Single sign-on: the admins' providers and password policy, a member's sign-in and security page, and linking
# a provider to an account.

## Admins: single sign-on (/admin/sso)

sso-title = Single sign-on
sso-intro = Members sign in with the identity they already have: any OpenID Connect provider (Okta, Entra ID, Google, Keycloak, your customer portal). Register Chorus at the provider as a confidential web client using the authorization code flow; Chorus uses PKCE, state and nonce, and checks every ID token's signature, issuer, audience, expiry and nonce.
sso-loading-providers = Loading providers…
sso-new-provider = New provider
sso-provider-saved = Saved. Try it from the sign-in page in a private window before relying on it.
sso-no-providers = No providers yet: members sign in with their password. Add one below.
# "At the provider, allow the callback address https://…/sso/<short name>/callback and, for single logout, the address https://…/ after sign-out."
sso-callback-hint = At the provider, allow the callback address
# Stands for a provider's short name in the callback address shown above.
sso-slug-placeholder = short name
sso-logout-hint = and, for single logout, the address
sso-logout-hint-end = after sign-out.
sso-members-linked = { $count ->
    [one] { $count } member linked
   *[other] { $count } members linked
}
# What a provider does, listed after how many members linked it, separated by semicolons.
sso-rule-creates = creates accounts
sso-rule-auto-link = links verified addresses without a password
sso-rule-claim = roles and groups from “{ $claim }”
# Before the provider's issuer address.
sso-issuer = Issuer
# Between the issuer address and the callback address.
sso-callback = ; callback
sso-change = Change { $provider }
sso-remove = Remove { $provider }
sso-passwords = Passwords
sso-saved = Saved.
sso-policy-legend = Who may sign in with a password
# Before the command "chorus create-admin": "Locked out? chorus create-admin on the server turns passwords back on for everyone."
sso-policy-hint = Link a provider to your own account first. Locked out?
sso-policy-hint-end = on the server turns passwords back on for everyone.
sso-save = Save
sso-two-factor = Two-factor sign-in
sso-staff-two-factor-required = Require a second factor of moderators and admins (they set it up before any staff page opens)
sso-reset-title = A member lost their phone and recovery codes
sso-reset-done = Turned off; the member was emailed and can set it up again.
sso-reset-email = Their email address
sso-reset-button = Turn off their second factor

## Admins: a provider's form

sso-field-name = Name on the button
sso-field-name-hint = Members read “Sign in with …”.
sso-field-slug = Short name for addresses
sso-field-slug-hint = Lower-case letters, digits and dashes: the callback address ends /sso/<short name>/callback.
sso-field-issuer = Issuer
sso-field-issuer-hint = https://…, as the provider's discovery document names it.
sso-field-client-id = Client id
sso-field-secret = Client secret
sso-secret-hint-new = From the provider's client settings. Kept on the server; never shown again.
sso-secret-hint-keep = Leave empty to keep the stored secret.
sso-field-scopes = Scopes
sso-field-scopes-hint = openid is always asked for; add the one that carries your groups claim, if any.
sso-field-claim = Claim with groups (optional)
sso-field-claim-hint = A claim in the ID token, like “groups”: its values below make members admins or moderators, and a value equal to a group's short name puts them in that group.
sso-field-admin-values = Values that make an admin
sso-field-admin-values-hint = One per line. With values here or below, every sign-in sets the member's role from the claim.
sso-field-moderator-values = Values that make a moderator
sso-field-create-accounts = Create an account at a first sign-in (when the provider says the address is verified), whatever the joining rules
sso-field-auto-link = Link to the account that has the same verified address without asking for its password (only for a provider you trust to verify addresses)
sso-add-provider = Add provider
sso-save-changes = Save changes

## Members: sign-in and security (/me/security)

sso-security-title = Sign-in and security
sso-linked = Linked: you can sign in with it now.
sso-unlinked = Unlinked: it no longer signs you in.
sso-password = Password
sso-has-password = You can sign in with your password. Change it from your account page.
sso-no-password = You have no password here: you sign in through a provider. “Forgot your password?” on the sign-in page sets one.
sso-providers = Sign-in providers
sso-none-here = This community has no sign-in providers.
# After the provider's name, before the date it was linked: "Okta — linked as ada@example.com on 5 Mar 2026, 14:07 UTC".
sso-linked-as = — linked as { $email } on
# Before the date the provider last signed the member in.
sso-last-used = , last used
sso-unlink = Unlink { $provider }
# After the provider's name.
sso-not-linked = — not linked.
sso-link = Link { $provider }

## Members: two-factor sign-in (on the same page)

sso-codes-title = Your recovery codes.
sso-codes-text = Each works once, instead of a code from the app. Keep them somewhere safe: they are not shown again.
sso-two-factor-required-note = The admins require two-factor sign-in of moderators and admins: set it up to reach the staff pages.
sso-two-factor-on = On. Signing in asks for a code from your authenticator app. { $count } recovery codes left.
sso-code-renew = Code from your app, to make new recovery codes
sso-renew-codes = Make new recovery codes
sso-code-disable = Code from your app (or a recovery code), to turn it off
sso-turn-off = Turn off two-factor sign-in
sso-scan = Scan this with your authenticator app (or type the key), then type the code it shows.
# Before the secret key, for typing it into the app.
sso-key = Key:
sso-code-confirm = Code from your app
sso-turn-on = Turn on
sso-two-factor-off = Off. With it on, signing in also asks for a code from an authenticator app on your phone.
sso-set-up = Set up two-factor sign-in

## Linking a provider with the account's password (/sso/link)

sso-link-title = Link your sign-in
# Before the link "Sign in".
sso-nothing-waiting = Nothing is waiting to be linked.
sso-sign-in = Sign in
# Before the address (in bold): "An account here already uses ada@example.com. Enter its password to link Okta to it: …"
sso-link-uses = An account here already uses
# After the address, with its full stop.
sso-link-enter-password = . Enter its password to link { $provider } to it: from then on, { $provider } signs you in directly.
sso-link-and-sign-in = Link and sign in
sso-forgot-password = Forgot your password?

## What the provider form checks

sso-slug-invalid = Give a short name for addresses: lower-case letters, digits and dashes, at most { $max }.
sso-name-missing = Give the name members see on the button, like “Okta”.
# Starts the sentence "… can be at most 60 characters."
sso-name-what = The name
sso-client-id-invalid = Give the client id the provider issued (at most { $max } characters).
sso-secret-missing = Give the client secret the provider issued.
sso-secret-too-long = The secret is at most { $max } characters.
sso-claim-invalid = A claim name is one word (like “groups”), at most { $max } characters.
sso-claim-missing = Name the claim whose values make members admins or moderators.
# $why is one of the sso-issuer-… sentences below.
sso-issuer-wrong = { $why } The issuer is the address the provider's discovery document names, like https://login.example.com/realms/customers.
sso-issuer-too-long = That address is longer than { $max } characters.
sso-issuer-not-web = That is not a web address.
sso-issuer-not-plain = That is not a plain web address (no user, query or fragment).
sso-issuer-not-https = Sign-in must go over https (http only for a provider on this machine).
sso-scope-invalid = “{ $scope }” is not a scope name.
sso-scopes-too-many = Ask for at most { $max } scopes.
# $start is the value's first 20 characters.
sso-value-too-long = “{ $start }…” is longer than { $max } characters.
sso-values-too-many = Give at most { $max } values.

## What the server answers

sso-slug-taken = Another provider uses “{ $slug }”: choose another.
sso-policy-missing = Choose who may sign in with a password.
sso-policy-link-first = Link a sign-in provider to your own account first (at /me/security), or you could not sign in again.
sso-two-factor-on-already = Two-factor sign-in is on already.
sso-two-factor-start-again = Start again: scan a new code first.
sso-two-factor-no-match = That code does not match. Check the app's clock and type the newest code.
sso-two-factor-wrong-code = That code is not right, or was used already.
sso-two-factor-required = The admins require two-factor sign-in of moderators and admins.
sso-two-factor-yourself-first = Set up two-factor sign-in for yourself first (at /me/security).
sso-no-such-account = No account uses that address.
sso-no-second-factor = That member has no second factor to turn off.
sso-link-expired = This link has waited too long. Sign in through the provider again.
sso-link-wrong-password = That is not this account's password. Never set one? Use “Forgot your password?” on the sign-in page first.
sso-unlink-only-way = This is your only way to sign in. Set a password first (“Forgot your password?” sends you a link), then unlink it.
