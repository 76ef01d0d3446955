## API tokens: the admins' page

api-tokens-title = API tokens
# The introduction is cut around its link ("REST API") and the header it shows (Authorization: Bearer …).
api-tokens-intro-before = A token lets another system (your CRM, your shop) use the{" "}
api-tokens-intro-middle = {" "}with your authority, limited to what you allow it. Send it as{" "}
api-tokens-intro-after = . Everything done with a token is in the audit log under its name.
api-tokens-tokens = Tokens
api-tokens-loading = Loading tokens…
api-tokens-ready = “{ $name }” is ready.
api-tokens-copy-now = Copy its secret now: it is not shown again.
api-tokens-secret = Secret

## A new token

api-tokens-new = New token
api-tokens-field-name = Name
api-tokens-field-name-hint = The system that will use it, such as “CRM sync”.
api-tokens-scopes = What it may do
api-tokens-field-expires = Expires after (days, 1–{ $max }; empty: never)
api-tokens-field-rate = Requests a minute (1–{ $max })
api-tokens-create = Create token

## What a token may do (beside each scope's name)

api-tokens-scope-challenges-write = Complete a challenge for a member (its points are awarded)
api-tokens-scope-members-read = Read members: names, handles, emails, roles, groups, levels and points
api-tokens-scope-members-write = Invite people (an email with a link to join) and set a member's groups
api-tokens-scope-points-read = Read a member's balance and points history
api-tokens-scope-points-write = Award or deduct points
api-tokens-scope-redemptions-read = Read reward redemptions
api-tokens-scope-redemptions-write = Fulfil or cancel redemptions (a cancellation refunds the points)
api-tokens-scope-referrals-read = Read referral conversions (orders of referred friends)
api-tokens-scope-referrals-write = Report that a referred friend became a customer (an order)
api-tokens-scope-stories-read = Read published stories, as the public pages show them
api-tokens-scope-webhooks-manage = List, register and delete webhook endpoints

## The list of tokens

api-tokens-empty = No tokens yet. Make one above when another system needs the API.
api-tokens-caption = API tokens, active ones first
api-tokens-col-name = Name
api-tokens-col-prefix = Starts with
api-tokens-col-scopes = May
api-tokens-col-made = Made
api-tokens-col-expires = Expires
api-tokens-col-last-used = Last used
api-tokens-col-status = Status
api-tokens-col-actions = Actions
api-tokens-rate = { $rate } a minute
api-tokens-made-by = by { $name }
api-tokens-never = Never
api-tokens-not-yet = Not yet
api-tokens-status-active = Active
api-tokens-status-expired = Expired
api-tokens-status-revoked = Revoked
api-tokens-revoke = Revoke
api-tokens-revoke-named = Revoke the token { $name }
api-tokens-revoked = “{ $name }” is revoked: requests with it are refused from now on.

## Checking a new token

api-tokens-name-missing = Name the token after the system that will use it, such as “CRM sync”.
api-tokens-name-too-long = Use at most { $max } characters, on one line.
api-tokens-scope-unknown = “{ $scope }” is not a scope this API knows.
api-tokens-scopes-missing = Choose at least one thing the token may do.
api-tokens-expires-invalid = Give a whole number of days from 1 to { $max }, or leave it empty for a token that does not expire.
api-tokens-rate-invalid = Give a whole number of requests a minute from 1 to { $max }.
