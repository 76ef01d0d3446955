## Groups: the list of groups

groups-title = Groups
groups-lede = Groups bring members together, and some have their own spaces in the forum that only their members see.
groups-deleted = Group deleted.
groups-empty = There are no groups yet.
groups-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
groups-hidden-note = Hidden: only its members see it
groups-you-are-member = You are a member
groups-you-asked = You asked to join
groups-join = Join
groups-ask-to-join = Ask to join
# Read by screen readers: the button's words and the group's name.
groups-join-named = Join: { $group }
groups-ask-to-join-named = Ask to join: { $group }
groups-new = A new group
groups-make = Make the group

## How members get in (a group's setting)

groups-joining-open = Anyone may join
groups-joining-request = Members ask; an admin approves
groups-joining-admins = Admins add members

## A group's page

groups-saved = Saved.
# The page's title when the group cannot be shown.
groups-group = Group
groups-all = Every group
groups-you-asked-pending = You asked to join; an admin will decide
groups-leave = Leave the group
groups-withdraw = Withdraw my request
groups-join-the-group = Join the group
groups-spaces = Private spaces
groups-members = Members
groups-members-empty = Nobody is in this group yet.
groups-col-member = Member
groups-col-how = How
groups-col-since = Since
groups-remove = Remove
groups-remove-named = Remove { $name }

## How a member came to be in a group (the "How" column)

groups-how-admin = Added by an admin
groups-how-joined = Joined
groups-how-request = Request approved
groups-how-invitation = Invitation
groups-how-domain = Email domain
groups-how-level = Level reached

## A group's page, for admins

groups-requests = Asking to join
groups-approve = Approve
groups-decline = Decline
groups-approve-named = Approve { $name }
groups-decline-named = Decline { $name }
groups-add = Add members
groups-add-hint = One member per line, by email address or handle; a pasted CSV works too (the first column that names someone is used). Up to { $max } at once. To bring in people who are not members yet, send them an invitation to this group from Invitations.
groups-field-people = People
groups-add-them = Add them
groups-add-report = { $added } added, { $already } already in.
groups-add-unknown = { $count } not found (no member has that address or handle): { $entries }
groups-rules = Automatic members
groups-rules-hint = Members whose confirmed address is at one of these domains, or who reach the level, are put in the group (now, and within a minute from then on); they leave when the rule stops matching.
groups-field-domains = Email domains
groups-field-domains-hint = One per line, like example.com
groups-field-level = Level
groups-no-level = No level rule
groups-level-option = { $level } ({ $points } points or more)
groups-save-rules = Save the rules
groups-settings = Settings
groups-save = Save the group
groups-delete = Delete the group

## A group's form

groups-field-name = Name
groups-field-slug = Address
groups-field-slug-hint = Lower-case letters, digits and dashes: /groups/advisory-board
groups-field-description = Description
groups-visibility-legend = Who sees the group
groups-visibility-visible = Every member (listed here)
groups-visibility-hidden = Only its members and the admins
groups-joining-legend = How members get in

## "Who sees it" in the admins' forms of categories, rewards, challenges and surveys

groups-only-group = Only the group { $group }

## Checking a group's form

groups-slug-missing = Give the group a short address, like "advisory-board".
groups-slug-too-long = An address can be at most { $max } characters.
groups-slug-malformed = Use only lower-case letters, digits and single dashes, like "advisory-board".
groups-name-missing = Give the group a name.
groups-name-too-long = A name can be at most { $max } characters.
groups-description-too-long = A description can be at most { $max } characters.
groups-control-characters = Remove the control characters.
# $value is what the form sent, in quotes; visible and hidden are the form's values.
groups-visibility-unknown = { $value } is not a choice; choose visible or hidden.
groups-joining-unknown = { $value } is not a choice; choose open, request or admins.
groups-hidden-needs-admins = Nobody can join or ask to join a hidden group they cannot see: choose "Admins add members".
groups-level-unknown = { $value } is not one of the levels; choose one from the list.
groups-people-missing = Name at least one member: an email address or a handle per line.
groups-people-too-many = Add at most { $max } people at once; there are { $count }.

## Refusals

groups-no-such-group = There is no group { $value }; choose one from the list.
groups-slug-taken = Another group has that address; choose another.
groups-level-gone = That level no longer exists; choose one from the list.
groups-delete-has-spaces = { $count ->
    [one] { $count } category is limited to “{ $group }”: give it another audience or archive it first.
   *[other] { $count } categories are limited to “{ $group }”: give them another audience or archive them first.
}
# $rule is level or domain: the rule that put the member in.
groups-remove-automatic = This member is in “{ $group }” by its { $rule ->
    [level] level
   *[domain] email-domain
} rule: change the rule to take them out.
groups-leave-automatic = You are in “{ $group }” by its { $rule ->
    [level] level
   *[domain] email-domain
} rule, so you stay in it.
groups-already-in = You are in “{ $group }” already.
groups-admins-only = Only admins add members to “{ $group }”.
groups-not-in = You are not in “{ $group }”.
