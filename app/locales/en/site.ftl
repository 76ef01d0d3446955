## The community's settings: name, look, home page and footer (checking the admins' form)

site-name-missing = Give the community a name: it is shown on every page.
site-name-control = The community's name cannot contain control characters.
site-name-too-long = The community's name can be at most { $max } characters.
site-tagline-control = The tagline cannot contain control characters.
site-tagline-too-long = The tagline can be at most { $max } characters.
site-headline-missing = Give the home page a headline.
site-headline-control = The home page's headline cannot contain control characters.
site-headline-too-long = The home page's headline can be at most { $max } characters.
site-intro-too-long = The introduction can be at most { $max } characters.

## The brand colour

site-colour-not-hex = Give the brand colour as a hex code such as #4338ca (six digits after the #).
# $contrast is a ratio such as 2.3; $darker is a hex code the page suggests.
site-colour-contrast = { $colour } has a contrast of { $contrast }:1 against the page background; links and button labels need at least 4.5:1 (WCAG AA). A darker shade such as { $darker } passes.

## Footer links (one per line: Label | address; $n is the line's number)

site-footer-link-unsplit = Footer link { $n } needs a label and an address separated by “|”, e.g. Blog | https://example.com/blog.
site-footer-label-control = Footer link { $n }'s label cannot contain control characters.
site-footer-label-too-long = Footer link { $n }'s label can be at most { $max } characters.
site-footer-label-missing = Footer link { $n } needs a label before the “|”.
site-footer-address-missing = Footer link { $n } (“{ $label }”) needs an address after the “|”.
# Names the link at the start of the messages about its web address: "Footer link 2 (“Blog”) must start with https://…".
site-footer-link-named = Footer link { $n } (“{ $label }”)
site-footer-address-too-long = Footer link { $n } (“{ $label }”) can be at most { $max } characters.
site-footer-address-characters = Footer link { $n } (“{ $label }”) cannot contain spaces, quotes, backslashes or angle brackets.
site-footer-too-many = The footer holds at most { $max } links; there are { $count }.

## Terms of service, privacy notice, guidelines

site-legal-terms = Terms of service
site-legal-privacy = Privacy notice
site-legal-guidelines = Community guidelines
site-legal-kind-unknown = Say which document: terms, privacy or guidelines.
site-legal-body-missing = Write the text to publish.
site-legal-body-too-long = The text is at most { $max } characters; this one has { $count }.
site-legal-changes-too-long = Say what changed in at most { $max } characters.
site-accept-terms = Accept the terms of service to join.
site-terms-changed = The terms changed while you were signing up (now version { $version }): read them and tick the box again.
site-no-terms = No terms have been published yet.
site-terms-newest = Version { $version } of the terms is the newest: read it and accept that one.

## Who may join

site-join-open = Open: anyone may join
site-join-invite = Invitation only: people join through an invitation link
site-join-approval = By approval: anyone may apply, and an admin approves or declines
# $value is what the form sent, in quotes; open, invite and approval are the form's values.
site-join-mode-unknown = { $value } is not a way of joining; choose open, invite or approval.
site-held-posts-invalid = { $value } is not a number of posts to hold; give a whole number from 0 to { $max }.
site-question-control = Question { $n } cannot contain control characters.
site-question-too-long = Question { $n } can be at most { $max } characters.
site-questions-too-many = Ask at most { $max } questions; there are { $count }.
site-domain-invalid = “{ $domain }” is not an email domain; write domains like example.com, one per line.
site-domains-too-many = List at most { $max } domains; there are { $count }.

## An applicant's answers

site-answer-missing = Answer question { $n }: “{ $question }”
site-answer-too-long = The answer to question { $n } can be at most { $max } characters.
site-answer-control = The answer to question { $n } cannot contain control characters.
