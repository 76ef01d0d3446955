## A member's public page (/u/<handle>)

# Under the member's name: "@ada · 1,250 points · member since 5 Mar 2026".
profiles-meta = @{ $handle } · { $points ->
        [one] { $points } point
       *[other] { $points } points
    } · member since
# The list of where the member is and links they gave, read by screen readers.
profiles-facts = About
profiles-based-in = Based in { $location }
profiles-advocate = Advocate of the month
profiles-badges = Badges
profiles-no-badges = No badges yet.
profiles-featured-stories = Featured stories
profiles-recent-posts = Recent posts
profiles-no-posts = No posts yet.

## Moderator tools on a member's page

profiles-mod-tools = Moderator tools
profiles-mod-restrict = Suspend or silence…
profiles-award-badge = Award a badge
profiles-award-reason = Reason (the member sees it)
profiles-award = Award
profiles-revoke-badge = Revoke a badge
profiles-revoke-reason = Reason
profiles-revoke = Revoke
profiles-spotlight-citation = Make advocate of the month: citation
profiles-spotlight = Put in the spotlight

## Your profile (/me/profile)

profiles-mine-title = Your profile
profiles-picture-saved = Your new picture is saved.
profiles-details-saved = Your details are saved.
profiles-handle-saved = Your handle is changed. Your old address keeps leading here for a year.
profiles-picture = Picture
profiles-public-page = See your public page
profiles-your-pictures = Your pictures
profiles-your-data = Your data
profiles-download-data = Download your data
# After the link "Download your data".
profiles-download-data-what = — everything this community holds about you, in one file.
profiles-delete-account = Delete your account

## What you say about yourself

profiles-about-you = About you
profiles-bio = Bio
profiles-bio-hint = A few lines about you. Markdown works: **bold**, *italic*, links. At most { $max } characters.
profiles-job-title = Job title
profiles-company = Company
profiles-location = Location
profiles-location-hint = A city or region, if you like.
profiles-website = Website
profiles-website-hint = https://… (other kinds of link are refused).
profiles-linkedin-hint = https://www.linkedin.com/in/your-name
profiles-save-details = Save details

## Your handle

profiles-handle = Handle
profiles-handle-hint = Your address is /u/{ $handle } and people mention you as @{ $handle }. After a change the old address keeps leading here for a year, and nobody else can take it meanwhile. Letters a–z, digits and underscores, at most { $max }.
profiles-change-handle = Change handle

## Checking what you say about yourself and your handle

# The start of "… can be at most 80 characters." (and the like) for each field.
profiles-what-bio = Your bio
profiles-what-company = A company name
profiles-what-job-title = A job title
profiles-what-location = A location
profiles-what-website = Your website
profiles-what-linkedin = Your LinkedIn link
profiles-control-characters = { $what } cannot contain control characters.
profiles-linkedin-shape = Your LinkedIn link should look like https://www.linkedin.com/in/your-name.
profiles-handle-missing = Enter a handle.
profiles-handle-length = A handle has { $min } to { $max } characters; this one has { $count }.
profiles-handle-characters = A handle can use only letters a–z, digits and underscores.
profiles-handle-start = A handle starts with a letter or a digit.
profiles-handle-reserved = @{ $handle } is reserved; choose another handle.
profiles-handle-taken = @{ $handle } is taken; choose another handle.

## Server answers

# The subject of "… was not found."
profiles-that-member = That member
