## Imports: the admins' import page

imports-title = Import
imports-intro = Bring a programme in from spreadsheets (CSV, first line naming the columns). Import the members first: balances and testimonials find their member by email address. Preview tries every line and changes nothing; lines imported before are skipped, so an import that stopped part-way is finished by sending the file again.

## The four kinds of import (tabs and headings)

imports-kind-members = Members
imports-kind-balances = Opening points balances
imports-kind-testimonials = Testimonials
imports-kind-codes = Reward codes

## The columns of each kind

imports-columns = Columns
imports-col-column = Column
imports-col-needed = Needed
imports-col-holds = What it holds
imports-yes = yes
imports-no = no
# “Member” is the name a member is given when the name is empty.
imports-col-members-email = the member's address, which they sign in with
imports-col-members-name = shown beside their posts; “Member” when empty (the address is never shown)
imports-col-members-groups = group slugs or names, separated by ;
imports-col-balances-email = a member's address (import the members first)
imports-col-balances-points = a whole number above zero
# “Opening balance” is the reason a balance is given when the reason is empty.
imports-col-balances-reason = what the member reads in their points history; “Opening balance” when empty
imports-col-balances-key = unique per row, so a re-run adds nothing twice; the address when empty (one opening balance each)
imports-col-testimonials-email = the author's address: a member (import the members first)
imports-col-testimonials-title = up to 120 characters
imports-col-testimonials-body = the story, in Markdown
imports-col-testimonials-product = the product or area it is about
imports-col-testimonials-rating = 1 to 5
# named, anonymous and internal are the values the column holds.
imports-col-testimonials-consent = what the author agreed to: named, anonymous or internal (never published)
imports-col-testimonials-quote = a short line for the wall
imports-col-testimonials-company = the author's company
imports-col-testimonials-job-title = the author's role
# yes is the value the column holds.
imports-col-testimonials-featured = yes to feature it on the wall (not an internal one)
imports-col-testimonials-key = unique per row, so a re-run adds nothing twice; made from the author, title and text when empty
imports-col-codes-reward = a discount-code reward's title or number
imports-col-codes-code = one code; codes already in the reward's pool are skipped

## Hints under the columns

imports-hint-no-groups = There are no groups yet: rows that name a group are refused until it exists.
imports-hint-groups = Groups: { $groups }.
imports-hint-no-code-rewards = There is no discount-code reward yet: create one under Rewards first.
imports-hint-code-rewards = Discount-code rewards: { $rewards }.
imports-hint-balances = Each balance is one row in the member's points history, with its reason; it counts towards levels like points earned.
imports-hint-testimonials = Each becomes the author's story, approved (and featured when the row says so) as it was where it comes from; the consent decides where it shows. No points are paid.

## The upload form

imports-format = Up to { $max } rows at once; columns in any order. A cell holding a comma is quoted.
imports-paste = Paste rows
# Example values in the paste box's placeholder, after the columns' names; no commas.
imports-example-balance-reason = Balance from our old programme
imports-example-testimonial-title = Launch in a week
imports-example-testimonial-body = We moved our launches…
imports-example-testimonial-product = Boards
imports-example-code-reward = 10% off your next order
imports-file = Or choose a CSV file
imports-welcome = Email each new member that their account is ready, with a link to choose a password
imports-preview = Preview
imports-import-members = Import members
imports-import-balances = Import balances
imports-import-testimonials = Import testimonials
imports-import-codes = Import codes

## The report of a run

imports-refused-whole = The file was refused: nothing was imported
# $kind is members, balances, testimonials or codes.
imports-preview-heading = Preview of { $kind ->
    [balances] opening points balances
    [testimonials] testimonials
    [codes] reward codes
   *[members] members
}: nothing was imported
# $title is the kind's title, such as "Members".
imports-stopped-heading = { $title }: the import stopped part-way
imports-done-heading = { $title } imported
# One sentence: "12 rows read: 10 members imported, 1 had an account already…, 1 refused." $preview is yes for a preview.
imports-summary = { $read } rows read: { $imported } { $kind ->
    [balances] balances
    [testimonials] testimonials
    [codes] codes
   *[members] members
} { $preview ->
    [yes] would be imported
   *[no] imported
}, { $already } { $kind ->
    [balances] imported before
    [testimonials] imported before
    [codes] in the pool already
   *[members] had an account already (put in the groups their line names)
}, { $refused } refused.
imports-would-email = Welcome emails that would be sent: { $count }.
imports-emailed = Welcome emails sent: { $count }.
imports-first-rows-preview = The first rows that would be imported
imports-first-rows = The first rows imported
imports-line = Line
imports-head-email = Email
imports-head-name = Name
imports-head-groups = Groups
imports-head-points = Points
imports-head-reason = Reason
imports-head-key = Key
imports-head-author = Author
imports-head-title = Title
imports-head-rating = Rating
imports-head-consent = Consent
imports-head-featured = Featured
imports-head-reward = Reward
imports-head-code = Code

## Refusing a file or a line

imports-nothing-imported = Nothing was imported.
imports-column-missing = The first line must name the columns; “{ $column }” is missing. { $needs }
# $kind is members, balances, testimonials or codes; $columns and $optional list the columns' names.
imports-needs = A { $kind ->
    [balances] opening points balances
    [testimonials] testimonials
    [codes] reward codes
   *[members] members
} file names { $columns }. Nothing was imported.
imports-needs-optional = A { $kind ->
    [balances] opening points balances
    [testimonials] testimonials
    [codes] reward codes
   *[members] members
} file names { $columns } ({ $optional } may follow). Nothing was imported.
imports-too-many-groups = A member can be put in at most { $max } groups by one line.
imports-balance-zero = An opening balance cannot be zero points.
imports-points-invalid = Points must be a whole number above zero, like 1200, not “{ $value }”.
imports-balance-negative = An opening balance is a number of points above zero.
imports-consent-invalid = The consent must be named, anonymous or internal.
imports-internal-featured = An internal testimonial cannot be featured: its author did not agree to publishing it.
imports-reward-missing = Name the reward the code is for (its title or number).
imports-code-empty = The code is empty.
imports-code-too-long = A code can be at most { $max } characters.
imports-repeat-address = The address { $address } is on line { $line } already.
imports-repeat-key = The key { $key } is on line { $line } already (one opening balance per key).
imports-repeat-testimonial = This testimonial is on line { $line } already.
imports-repeat-code = The code { $code } is on line { $line } already.
imports-key-too-long = A key can be at most { $max } characters.
imports-key-control = A key cannot contain control characters.
imports-featured-invalid = Featured must be yes or no, not “{ $value }”.
imports-no-such-group = There is no group “{ $group }”: create it under Groups first, or correct the name.
imports-account-removed = The address { $address } belongs to a removed account.
imports-account-unconfirmed = The account with the address { $address } has not confirmed it: confirm it on the member's page (or remove the account) first.
imports-no-member = No member has the address { $address }: import the members first.
imports-key-used = The key { $key } was used before for another member or amount: give this line its own key.
imports-no-such-reward = There is no reward “{ $reward }”.
imports-not-code-reward = “{ $reward }” is not a discount-code reward, so it has no pool of codes.
imports-stopped-here = The import stopped here: the database refused this part (the server's log says why). The lines before it were imported; send the file again to finish.

## Labels given to shared widgets (tabs, queues, pickers)

imports-what-tabs = What to import
imports-refused-row = Row
