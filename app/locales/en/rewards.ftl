## Rewards

rewards-title = Rewards
rewards-description = The rewards members can spend their points on: discounts, early access and more.
rewards-your-points = Your points
rewards-yours = Your rewards
rewards-history = Points history
rewards-empty = No rewards on offer right now. Check back soon.
reward-unlimited = Unlimited
reward-out-of-stock = Out of stock
reward-left = { $count } left
reward-until = Until
reward-min-level = { $level } level and above
reward-group-only = Only for the group { $group }
reward-confirm-question = { $points ->
    [one] Spend { $points } point on { $reward }?
   *[other] Spend { $points } points on { $reward }?
}
reward-redeem = Redeem
reward-confirm = Confirm
reward-kind-discount = Discount code
reward-kind-physical = Physical item
reward-kind-early-access = Early access
reward-kind-experience = Experience

## Why a reward cannot be redeemed

rewards-sign-in-to-redeem = Sign in to redeem.
rewards-locked-inactive = This reward is not available any more.
rewards-locked-not-yet = This reward is not available yet.
rewards-locked-ended = This reward is no longer available: its time has ended.
rewards-locked-out-of-stock = Out of stock.
rewards-locked-limit = You have redeemed this reward as often as one member may ({ $limit }).
rewards-locked-level = Reach the { $level } level to unlock this reward.
rewards-locked-points = You need { $points } more points.

## Your rewards

rewards-mine-empty = You have not redeemed anything yet.
rewards-mine-browse = See what your points buy
# Before the discount code of a fulfilled redemption.
rewards-your-code = Your code:

## A redemption's status

rewards-status-pending = Pending
rewards-status-fulfilled = Fulfilled
rewards-status-cancelled = Cancelled

## Redemptions (admins)

rewards-redemptions-title = Redemptions
rewards-redemptions-export = Export all as CSV
# The name of the row of status tabs, for screen readers.
rewards-redemptions-status = Status
# The status tabs.
rewards-tab-pending = pending
rewards-tab-fulfilled = fulfilled
rewards-tab-cancelled = cancelled
rewards-tab-all = all
rewards-code = Code:
rewards-decision-note = Note for the member (tracking, instructions; required to cancel)
rewards-fulfil = Fulfil
rewards-cancel-refund = Cancel and refund

## Rewards catalogue (admins)

rewards-admin-title = Rewards catalogue
rewards-admin-to-fulfil = Redemptions to fulfil
rewards-admin-empty = No rewards yet: create the first below.
rewards-admin-new = New reward
# In a reward's summary line: its stock.
rewards-admin-unlimited = unlimited
rewards-admin-in-stock = { $count } in stock
rewards-admin-redeemed = { $count } redeemed
rewards-admin-inactive = inactive
rewards-admin-codes = Add codes, one per line ({ $count } unused)
rewards-admin-add-codes = Add codes

## The reward form

rewards-field-title = Title
rewards-field-description = Description
rewards-field-kind = Kind
rewards-field-cost = Cost in points
rewards-field-stock = Stock (empty: unlimited)
rewards-field-per-member = Per member (empty: no limit)
rewards-field-level = Minimum level
rewards-field-level-anyone = Anyone
rewards-field-starts = First day (UTC, optional)
rewards-field-ends = Last day (UTC, optional)
rewards-field-active = On offer
rewards-create = Create reward
rewards-save = Save

## A reward's picture

rewards-picture = Picture
rewards-picture-legacy = This reward had an image address ({ $url }) that browsers never showed: the site shows only pictures uploaded to it. Upload the picture here instead; saving the reward clears the old address.
rewards-picture-alt = The picture of { $reward }
rewards-picture-remove = Remove picture
rewards-picture-replace = Replace the picture
rewards-picture-upload = Upload a picture
rewards-picture-help = JPEG, PNG, GIF or WebP; shown within 800 × 800 pixels, transparency kept.
rewards-picture-send = Upload

## What is checked in the forms

rewards-title-missing = Give the reward a title.
rewards-title-too-long = The title can be at most { $max } characters.
rewards-description-too-long = The description can be at most { $max } characters.
rewards-kind-missing = Choose what kind of reward this is.
# The next three start rewards-whole-number.
rewards-cost-what = The cost
rewards-stock-what = The stock
rewards-limit-what = The limit per member
rewards-whole-number = { $what } must be a whole number, 0 or more (empty for none).
rewards-cost-invalid = The cost must be a whole number of points, more than zero.
rewards-limit-zero = Leave the limit empty for none, or make it 1 or more.
rewards-level-unknown = Choose a level from the list.
rewards-ends-before-start = The last day must be on or after the first day.
rewards-codes-missing = Paste at least one code, one per line.
rewards-codes-too-many = Add at most { $max } codes at a time.
# $start is the code's first 20 characters.
rewards-code-too-long = The code { $start }… is longer than { $max } characters.
rewards-code-twice = The code { $code } is listed twice.
rewards-cancel-note-missing = Say why it is cancelled; the member reads it.
rewards-note-too-long = The note can be at most { $max } characters.

## Refusals

rewards-key-reused = That request key was used for another reward; reload the page and try again.
rewards-group-redeemed-outside = { $count ->
    [one] { $count } member outside that group redeemed this reward: limiting it now would hide what they have. Make a new reward for the group instead.
   *[other] { $count } members outside that group redeemed this reward: limiting it now would hide what they have. Make a new reward for the group instead.
}
rewards-reload = Reload the page and try again.
rewards-stock-moved = Members redeemed this reward while the form was open: the stock is now { $stock }. Reload and try again.
rewards-stock-moved-unlimited = Members redeemed this reward while the form was open: the stock is now unlimited. Reload and try again.
rewards-codes-wrong-kind = Codes can only be loaded into discount-code rewards.
rewards-status-unknown = Choose pending, fulfilled, cancelled or all.
rewards-decision-unknown = Choose fulfil or cancel.
# $status is the redemption's status as stored: fulfilled or cancelled.
rewards-fulfil-refused = This redemption is { $status } already; only pending ones can be fulfilled.
rewards-cancel-refused = This redemption is { $status } already; only pending ones can be cancelled.
rewards-not-pending = That redemption is not pending: it may have been settled already.

## Labels given to shared widgets (tabs, queues, pickers)

rewards-who-sees = Who sees it
rewards-everyone = Everyone
rewards-group-hint = A reward limited to a group is shown to, and redeemed by, its members only.
