## Site settings (/admin/settings): name and look

settings-title = Site settings
# Shown after saving, by what was saved.
settings-saved = Settings saved: every page shows them now.
settings-picture-removed = Picture taken off.
settings-logo-saved = Logo saved.
settings-favicon-saved = Favicon saved.
settings-language-saved = Default language saved: visitors whose browser asks for none of ours get it now.
# Before the date and time of the change: "Last changed by Ada Okafor, 5 Mar 2026, 14:07 UTC".
settings-last-changed = Last changed by { $name },
settings-identity = Name and look
settings-name = Community name
settings-name-hint = Shown in the header, page titles, shared links, feeds, the embed and emails.
settings-tagline = Tagline
settings-tagline-hint = One line under the name in the footer (optional).
settings-colour = Brand colour
settings-colour-hint = A hex code such as #4338ca, for links and buttons. It needs a contrast of 4.5:1 with the page (WCAG AA); the dark theme uses a lighter shade of it, worked out to pass too.
# The colour swatch's name for screen readers; the shades are hex codes.
settings-colour-shades = Light shade { $light }, dark shade { $dark }
# $light and $dark are contrast ratios ("4.5"), $dark_shade the dark theme's hex code.
settings-colour-contrast = Saved colour: { $light }:1 on the light theme; { $dark_shade } ({ $dark }:1) on the dark theme.
settings-headline = Home page headline
settings-intro = Home page introduction
settings-intro-hint = Markdown: **bold**, *italic*, links, lists. At most { $max } characters.
settings-footer-links = Footer links
# "label | address" is the format of each line; keep the | and the example addresses.
settings-footer-links-hint = One per line, label | address: Blog | https://example.com/blog, or a page here such as Guidelines | /forum/c/guidelines. At most { $max }; only https://, http:// and / addresses.
settings-save-settings = Save settings

## Site settings: default language

settings-language = Language
settings-language-label = Community language
settings-language-hint = For visitors whose browser asks for none of these languages, and for emails to members who chose none. Members pick their own in the footer.
# After a language whose translation is not finished.
settings-language-partial = (partial)
settings-save-language = Save language

## Site settings: logo and favicon
# $which is logo or favicon.

settings-pictures = Logo and favicon
settings-logo = Logo
settings-logo-hint = Shown in the header instead of the name (the name stays its text alternative): JPEG, PNG, GIF or WebP, fitted within 400 × 200 pixels, transparency kept.
settings-favicon = Favicon
settings-favicon-hint = The icon in browser tabs and bookmarks: cut to a square from the centre and made 64 pixels a side.
# The current picture's text alternative.
settings-picture-current = { $which ->
    [logo] The current logo
   *[favicon] The current favicon
}
settings-picture-remove = { $which ->
    [logo] Remove the logo
   *[favicon] Remove the favicon
}
# The file field's label when there is a picture already.
settings-picture-replace = { $which ->
    [logo] Replace the logo
   *[favicon] Replace the favicon
}
# The file field's label when there is none yet.
settings-picture-choose = { $which ->
    [logo] Upload a logo
   *[favicon] Upload a favicon
}
settings-picture-upload = { $which ->
    [logo] Upload the logo
   *[favicon] Upload the favicon
}

## Terms, privacy and guidelines (/admin/settings/legal)
# $kind is terms, privacy or guidelines.

settings-legal-title = Terms, privacy and guidelines
settings-legal-back = Back to site settings
settings-legal-lead = Each publication is a new version; earlier ones stay readable. Members accept the terms when they join, and are asked to accept a new version on their next visit.
settings-legal-done = { $kind ->
    [privacy] Privacy notice published.
    [guidelines] Community guidelines published.
   *[terms] Terms of service published.
}
settings-legal-nothing-yet = Nothing published yet.
# The versions table's caption, read by screen readers.
settings-legal-versions-of = { $kind ->
    [privacy] Versions of the privacy notice
    [guidelines] Versions of the community guidelines
   *[terms] Versions of the terms of service
}
settings-legal-version-column = Version
settings-legal-published-column = Published
settings-legal-by = By
settings-legal-what-changed = What changed
settings-legal-accepted-by = Accepted by
settings-legal-accepted = { $count } members
settings-legal-text = Text of version { $version }
settings-legal-text-hint = Markdown: headings (##), lists, links. At most { $max } characters.
settings-legal-changes = What changed (optional)
settings-legal-changes-hint = Shown with the version, e.g. “Added the rules on rewards”.
settings-legal-publish = Publish version { $version }

## Who may join (/admin/registration)

settings-join-title = Who may join
settings-join-applications = Applications
settings-join-saved = Saved: the sign-up page follows it now.
settings-join-how = How people join
# "Invitations (at <link>Invitations</link>) work in every mode.": the words before the link, the link, the rest.
settings-join-invitations-before = Invitations (at
settings-join-invitations-link = Invitations
settings-join-invitations-after = ) work in every mode.
settings-join-questions = Questions for applicants
settings-join-questions-hint = One per line, at most { $questions }, each up to { $characters } characters. Asked only when joining is by approval; every question needs an answer.
settings-join-domains = Email domains that join directly
settings-join-domains-hint = One per line, such as example.com (at most { $max }). Addresses at exactly these domains join without an invitation or approval, after confirming their address; subdomains are not included.
settings-join-held = New members' first posts held for approval
settings-join-held-hint = 0 to { $max }. A member's first posts (topics and replies) wait in the moderators' approval queue; only the member and staff see them until one is approved. 0 holds none. Moderators and admins are never held.
settings-save = Save

## The public terms, privacy notice and guidelines (/terms, /privacy, /guidelines)

settings-legal-none = Nothing has been published here yet.
# Before the date: "Version 3, published 5 Mar 2026, 14:07 UTC".
settings-legal-published = Version { $version }, published
settings-legal-earlier = This is an earlier version.
settings-legal-current = Read the current version ({ $version })
settings-legal-versions = Versions
settings-legal-version = Version { $version }

## The banner asking a member to accept new terms
# "Please read <link>version 3 of the terms</link> and accept them. We will ask…": before the link, the link, after it.

settings-terms-changed = Our terms of service have changed
settings-terms-accept-title = Please accept our terms of service
settings-terms-read = Please read
settings-terms-version = version { $version } of the terms
settings-terms-ask = and accept them. We will ask on every page until you do.
settings-terms-accept = I accept the terms

## Refusals

settings-language-unknown = Choose one of the languages listed.
settings-picture-unknown = Say which picture: logo or favicon.
settings-publish-unchanged = This is the text of version { $version } already: change it before publishing.
