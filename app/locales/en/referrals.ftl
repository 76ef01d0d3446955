### Referrals: a member's invitation link, the admins' review, reported orders and the programme's rules.

## Invite friends (/me/referrals)

referrals-invite-title = Invite friends
# $when is one of the referrals-qualify-… texts below.
referrals-how = { $points ->
    [one] You earn { $points } point when a friend you invited joins and qualifies ({ $when }).
   *[other] You earn { $points } points when a friend you invited joins and qualifies ({ $when }).
}
referrals-qualify-sign-up = when they sign up
referrals-qualify-first-post = after their first forum post
referrals-qualify-first-story = after their first approved story
referrals-qualify-conversion = when they become a customer
referrals-how-off = Referral points are switched off at the moment, but your friends still join through your link.
referrals-how-hold = { $days ->
    [one] Points arrive { $days } day after they qualify.
   *[other] Points arrive { $days } days after they qualify.
}
referrals-welcome-bonus = { $points ->
    [one] Your friend gets a welcome bonus of { $points } point.
   *[other] Your friend gets a welcome bonus of { $points } points.
}
referrals-gift-title = Your welcome gift
# Followed by the code.
referrals-gift-received = As a referred friend you received { $reward }:
# The text a shared link suggests.
referrals-share-title = Join me in our customer community
referrals-stats = Your referrals
referrals-stat-clicks = Link visits
referrals-stat-signed-up = Signed up
referrals-stat-customers = Became customers
referrals-stat-qualified = Qualified
referrals-stat-points = Points earned
referrals-people = People you referred
referrals-people-empty = Nobody has joined through your link yet. Share it with a colleague who would like the community.
referrals-col-friend = Friend
# Column: the day the friend was referred.
referrals-col-referred = Referred
referrals-col-customer = Customer
referrals-col-status = Status
# Before a date.
referrals-became-customer-on = Became a customer
referrals-not-yet = Not yet
# Before a date: when a qualified referral's points are paid.
referrals-points-on = points on
# Stands in for the name of a friend who bought but never joined.
referrals-customer-not-member = A customer (not a member)
referrals-status-signed-up = Signed up
referrals-status-held = Under review
referrals-status-qualified = Qualified
referrals-status-rewarded = Rewarded
referrals-status-rejected = Not eligible
referrals-status-reversed = Reward reversed

## The invitation on the sign-up form

referrals-invited-by = You were invited by { $name }.
referrals-invitation-unknown = That invitation link is not valid, so nobody will be credited. You can still join.
referrals-invitation-gone = The member who invited you is no longer part of the community, so nobody will be credited. You can still join.

## Referrals for admins (/admin/referrals)

referrals-title = Referrals
referrals-tab-held = Held for review ({ $count })
referrals-tab-flagged = Flagged
referrals-tab-customers = Customers
referrals-tab-all = All
# Before the referrer's name.
referrals-referred-by = Referred by
# Before a date.
referrals-signed-up-on = signed up
referrals-from-ip = from { $ip }
# Before a date.
referrals-qualified-on = qualified
referrals-became-customer = became a customer
# The fraud control that held or refused a referral.
referrals-flag-self = Self-referral
referrals-flag-ip-burst = Several sign-ups from one address
referrals-flag-daily-cap = Daily cap reached
referrals-flag-spam = Removed as spam
referrals-choose-decision = Choose approve or reject.
# Starts "… can be at most N characters."
referrals-the-note = The note
referrals-note-missing = Say why the referral is rejected; the admins after you will read it.
referrals-not-held = That referral is not waiting for a decision any more.

## Reporting orders (/admin/referrals?tab=customers)

referrals-report-title = Report orders
# The hint is built around the column names (email, code, order_ref, amount), which stay as they are.
referrals-report-format = A header row naming the columns, then one order per line:
referrals-report-email = (the friend's)
referrals-report-code = (the referral code they used)
referrals-report-order = (required: an order counts once however often it is sent)
referrals-report-amount = (in { $currency }, like 49.90, optional). Give the email, the code, or both.
referrals-report-max = Up to { $count } orders at once.
referrals-report-preview = Preview tries every line and records nothing; orders recorded before are skipped, so an interrupted upload can simply be sent again.
referrals-report-paste = Paste rows
referrals-report-file = Or choose a CSV file
referrals-report-preview-button = Preview
referrals-report-record = Record orders
referrals-upload-preview-title = Preview: nothing was recorded
referrals-upload-title = Orders recorded
referrals-upload-preview-summary = { $read ->
    [one] { $read } order read: { $recorded } would be recorded, { $already } recorded before, { $refused } refused.
   *[other] { $read } orders read: { $recorded } would be recorded, { $already } recorded before, { $refused } refused.
}
referrals-upload-summary = { $read ->
    [one] { $read } order read: { $recorded } recorded, { $already } recorded before, { $refused } refused.
   *[other] { $read } orders read: { $recorded } recorded, { $already } recorded before, { $refused } refused.
}
referrals-upload-rewarded = Referrers rewarded: { $count }.
referrals-upload-preview-caption = The first orders that would be recorded
referrals-upload-caption = The first orders recorded
referrals-col-line = Line
referrals-col-email = Email
referrals-col-code = Code
referrals-col-order = Order
referrals-col-amount = Amount
# Used in the upload's refusals: "The file has more than 10,000 orders; …", "… a header but no orders: …".
referrals-sheet-orders = orders
referrals-sheet-nothing = Nothing was recorded.
referrals-sheet-needs = The first line names the columns: email, code, order_ref, amount.
# Ends "This line has 5 cells but the header names 4: quote a cell that holds a comma…".
referrals-sheet-tip = , and write amounts without thousands separators
referrals-sheet-no-header = The first line must name the columns: order_ref, and email or code (amount and currency may follow). Nothing was recorded.
referrals-sheet-duplicate = This order is on line { $line } already.
referrals-code-invalid = “{ $code }” cannot be a referral code (6 to 16 letters and digits).
referrals-email-or-code = Give the friend's email or the referral code (or both).
referrals-order-missing = Give the order's reference, so a report sent twice counts once.
referrals-order-too-long = The order reference must be one line of at most { $max } characters.
referrals-currency-differs = This programme counts revenue in { $currency }; convert the amount or leave the currency out.
referrals-amount-invalid = “{ $amount }” is not an amount: write it with a dot for decimals and no thousands separator, like 1250.50.
referrals-amount-too-large = { $amount } is more than any one order: the most is { $max }.
referrals-no-referral = Nobody referred that email: give the referral code the friend used as well.
referrals-unknown-code = No member has the referral code “{ $code }”.
referrals-code-gone = The member whose code is “{ $code }” is no longer part of the community.
referrals-order-differs = Order “{ $order }” was reported already with another email, code or amount; it counts once.

## Referral rules (/admin/referrals)

referrals-rules-title = Referral rules
referrals-rules-saved = Referral rules saved.
referrals-field-qualify = A referral qualifies
referrals-reward-on-sign-up = Reward the referrer when they sign up
referrals-reward-on-first-post = Reward the referrer after their first forum post
referrals-reward-on-first-story = Reward the referrer after their first approved story
referrals-reward-on-conversion = Reward the referrer when they become a customer
referrals-field-hold = Hold before paying (days)
referrals-field-hold-hint = 0 to { $max }. Time to spot a fake account before the points are paid.
referrals-field-daily-cap = Rewarded referrals per referrer per day
referrals-field-daily-cap-hint = More wait for the next day.
referrals-field-ip-burst = Hold from this many sign-ups per address per hour
referrals-field-ip-burst-hint = Held for review, never refused: offices and campuses share addresses.
referrals-field-landing = Referral links land on
referrals-field-landing-hint = Empty: the community's sign-up page. Or a page of your site (https://…), which gets the code as a query parameter to apply at checkout.
referrals-field-param = Code parameter name
referrals-field-param-hint = The landing page receives ?ref=<code> by default.
referrals-field-currency = Currency of reported orders
referrals-field-currency-hint = Three letters (USD, EUR, GBP): revenue from referrals is counted in it.
referrals-field-gift = The referred friend's gift
referrals-no-gift = No gift (one-sided referrals)
referrals-gift-no-codes = No code is left in the chosen reward's pool: friends get none until you add codes.
referrals-gift-codes-left = { $count ->
    [one] { $count } code left. A friend gets one when they confirm their address, by email and on their referral page.
   *[other] { $count } codes left. A friend gets one when they confirm their address, by email and on their referral page.
}
referrals-gift-hint = A code from a discount-code reward's pool, emailed to a referred friend when they confirm their address. Keep a reward for this (it can be inactive, so members do not spend points on it).
# A sentence around a link to the points rules: "… are the [Referral and Welcome point rules]."
referrals-rules-points-before = The referrer's reward and the newcomer's welcome bonus are the
referrals-rules-points-link = Referral and Welcome point rules
referrals-rules-points-after = .
referrals-rules-save = Save referral rules
referrals-choose-qualify = Choose when a referral qualifies.
referrals-hold-range = The hold must be a whole number of days from { $min } to { $max }.
referrals-daily-cap-range = The daily cap must be a whole number of referrals from { $min } to { $max }.
referrals-ip-burst-range = The sign-up limit per address must be a whole number of sign-ups from { $min } to { $max }.
referrals-param-invalid = The parameter name may have letters, digits, '_', '-' and '.', up to 40 of them.
referrals-landing-invalid = The landing page must be a full address starting with https:// (or http://), without spaces.
referrals-landing-too-long = The landing page address is longer than { $max } characters.
referrals-currency-invalid = The currency must be a three-letter code such as USD, EUR or GBP.
referrals-choose-gift = Choose one of the discount-code rewards.

## Labels given to shared widgets (tabs, queues, pickers)

referrals-refused-order = Order
referrals-note-label = Note (required to reject)
referrals-queue-label = Referrals
referrals-queue-empty-held = No referral is waiting for a decision.
referrals-queue-empty-flagged = No fraud control has flagged a referral.
referrals-queue-empty-customers = No referred friend has become a customer yet. Report orders below or through the API.
referrals-queue-empty-all = Nobody has joined through a referral link yet.
referrals-your-link = Your invitation link
