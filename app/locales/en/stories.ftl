## Customer stories: the wall (/stories)

stories-wall-title = Customer stories
stories-wall-description = Stories from our customers: how they use the product, in their own words.
stories-share-yours = Share your story
stories-filter = Filter stories
stories-product = Product
stories-all-products = All products
stories-rating = Rating
stories-any-rating = Any rating
# The rating filter's choices and the story form's stars.
stories-stars = { $count ->
    [one] { $count } star
   *[other] { $count } stars
}
# The rating filter: 2, 3 or 4 stars and up.
stories-stars-and-up = { $count } stars and up
stories-filter-button = Filter
stories-count = { $count ->
    [one] { $count } story
   *[other] { $count } stories
}
# Heading of the list, read by screen readers only.
stories-wall-list = Stories
# Followed by the link "Be the first to share yours".
stories-wall-none = No stories have been published yet.
stories-wall-none-filtered = No stories match these filters yet.
stories-wall-be-first = Be the first to share yours

## A story's card, and the home page's featured stories

stories-featured = Featured
stories-rated = Rated { $rating } out of 5
stories-anonymous = Anonymous customer
# A company logo's alternative text.
stories-logo-of = { $company } logo
stories-company-logo = Company logo
stories-featured-title = Featured customer stories
stories-read-all = Read all customer stories →

## A story's page

stories-back-to-all = ← All stories
stories-featured-story = Featured story
# Before the author's name: "… · by Ada Okafor, Head of Support, Acme · 5 Mar 2026".
stories-by = by
stories-photo-alt = Photo accompanying “{ $title }”
# The text of share links.
stories-share-title = { $title } — a story by { $author }

## Writing a story (/stories/new) and changing a draft

stories-new-lead = Tell other customers how you use the product: the problem, what you did, what changed. A moderator reads every story before it is published, and you choose whether your name goes with it.
stories-new-pictures-hint = A photo and your company's logo can be added once the draft is saved: choose “Save draft”, then edit it from your stories.
stories-edit-title = Edit your story
stories-edit-request = The moderator's request
# Followed by the moderator's message.
stories-edit-request-intro = A moderator asked for changes:
stories-picture-saved = The picture is saved with your draft.
stories-field-title = Title
stories-field-title-hint = What happened, in a few words: “How we cut onboarding from a week to a day”.
stories-field-product = Product or area
stories-field-product-hint = Which product, feature or part of the service the story is about.
stories-field-rating = Your rating
stories-field-quote = A one-line quote to highlight (optional)
stories-field-quote-hint = Shown on the wall and in embeds; without one, the opening of your story is.
stories-field-company = Company (optional)
stories-field-role = Your role (optional)
stories-field-consent = May we publish your story?
stories-consent-named = Publish with my name
stories-consent-named-hint = Your name, company and role appear with the story.
stories-consent-anonymous = Publish anonymously
stories-consent-anonymous-hint = Published without your name, company, role or profile link.
stories-consent-internal = Do not publish publicly (internal use only)
stories-consent-internal-hint = Only the community team reads it.
stories-field-consent-hint = You can withdraw your consent or delete the story at any time.
stories-save-draft = Save draft
stories-submit = Submit for review

## A draft's photo and logo ($which is photo or logo)

stories-pictures-title = Photo and logo (optional)
stories-pictures-hint = Shown on the wall, on the story's page (and when it is shared) and in embeds, only if you publish the story with your name.
stories-picture-heading = { $which ->
    [photo] Photo
   *[logo] Company logo
}
stories-picture-alt = { $which ->
    [photo] The story's photo
   *[logo] The story's company logo
}
stories-picture-remove = { $which ->
    [photo] Remove photo
   *[logo] Remove company logo
}
# The file field's label when the story has the picture already.
stories-picture-replace = { $which ->
    [photo] Replace the photo
   *[logo] Replace the company logo
}
# The file field's label when it has none yet.
stories-picture-choose = { $which ->
    [photo] Upload a photo
   *[logo] Upload a company logo
}
stories-picture-help = { $which ->
    [photo] A photo of you or your team: JPEG, PNG, GIF or WebP; shown up to 1600 pixels wide.
   *[logo] Your company's logo: shown within 400 × 200 pixels, transparency kept.
}
# The upload button.
stories-picture-upload = { $which ->
    [photo] Upload photo
   *[logo] Upload company logo
}

## Your stories (/stories/mine)

stories-mine-title = Your stories
stories-share-a-story = Share a story
# Followed by the link "Share how you use the product".
stories-mine-empty = You have not written a story yet.
stories-mine-share-how = Share how you use the product
stories-moderator-note = Moderator: { $note }
stories-edit = Edit
# After the status and consent: "Approved · Publish with my name · Public".
stories-public = Public
stories-history = History
# A line of the story's history: "Approved by Sam Lee".
stories-event = { $action } by { $name }
stories-event-message = { $action } by { $name }: “{ $message }”
stories-withdraw = Withdraw consent
stories-withdraw-warning = The story disappears from every public page, embed and feed at once, and the points it earned are taken back. Moderators keep it for internal use.
stories-withdraw-confirm = Yes, withdraw consent
stories-delete = Delete
stories-delete-warning = The story is erased for good and the points it earned are taken back.
stories-delete-confirm = Yes, delete

## Where a story stands, and what happened to it

stories-status-draft = Draft
stories-status-submitted = In review
stories-status-approved = Approved
stories-status-rejected = Rejected
stories-status-archived = Archived
stories-status-deleted = Deleted
stories-done-submit = Submitted for review
stories-done-approve = Approved
stories-done-request-changes = Changes requested
stories-done-reject = Rejected
stories-done-feature = Featured
stories-done-unfeature = No longer featured
stories-done-archive = Archived
stories-done-withdraw-consent = Consent withdrawn
stories-done-delete = Deleted

## Story review (/mod/stories, moderators)

stories-review-title = Story review
# The queue's tabs.
stories-tab-submitted = Waiting for review
stories-tab-approved = Approved
stories-tab-featured = Featured
stories-tab-rejected = Rejected
stories-tab-archived = Archived
stories-last-message = Last message: { $message }
# Before the date and time the story was submitted.
stories-submitted-at = submitted
stories-message-label = Message to the author (required to request changes or reject)
stories-approve = Approve
stories-request-changes = Request changes
stories-reject = Reject
stories-feature = Feature
stories-unfeature = Unfeature
stories-archive = Archive
stories-about-author = About { $name }
stories-author-level = Level
stories-author-points = Lifetime points
stories-author-since = Member since
stories-author-posts = Posts
stories-author-approved = Stories approved

## Embed testimonials (/admin/embed, admins)

stories-embed-title = Embed testimonials
stories-embed-options = Embed options
stories-embed-theme = Theme
stories-embed-light = Light
stories-embed-dark = Dark
stories-embed-language = Language
stories-embed-language-visitor = Each visitor’s own
stories-embed-limit = How many (1–20)
stories-embed-update = Update snippets
stories-embed-widget = Widget (iframe)
stories-embed-widget-text = Paste this where the testimonials should appear. Stories leave it the moment their author withdraws consent.
stories-embed-iframe-snippet = Iframe snippet
stories-embed-preview = Preview
stories-embed-preview-title = Preview of the testimonials widget
stories-embed-json-text = The same testimonials as data, for your own design:
stories-embed-json-snippet = JSON snippet

## The embed itself (/embed/testimonials, framed by other sites)

stories-embed-page-title = Customer testimonials · { $community }
stories-embed-list = Customer testimonials
stories-embed-empty = No testimonials to show yet.
# A testimonial's quote, in the language's quotation marks.
stories-embed-quoted = “{ $quote }”
# $community becomes a link to the community's stories.
stories-embed-source = Stories from the { $community } community

## Checking a story's fields

stories-title-missing = Give your story a title.
# The start of "… can be at most 120 characters." (and the like) for each field.
stories-what-title = A title
stories-product-missing = Say which product or area the story is about.
stories-what-product = A product
stories-what-quote = A quote
stories-what-company = A company name
stories-what-role = A role
stories-body-missing = Tell your story: the text is missing.
stories-body-too-long = A story can be at most { $max } characters.
stories-rating-missing = Choose a rating from 1 to 5 stars.
stories-consent-missing = Choose whether and how your story may be published.
stories-what-message = A message
stories-message-reject = Say why the story is rejected; the author will read it.
stories-message-changes = Say what should change; the author will read it.

## Moves a story's state does not allow ($status and $action name the state and the move)

stories-refused-deleted = This story was deleted by its author.
stories-refused-submit = Only a draft can be submitted for review; this story is { $status ->
        [draft] a draft
        [submitted] waiting for review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.
stories-refused-review = Only a story waiting for review can be { $action ->
        [approve] approved
        [request_changes] sent back for changes
       *[reject] rejected
    }; this one is { $status ->
        [draft] a draft
        [submitted] waiting for review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.
stories-refused-feature = Only an approved story can be featured; this one is { $status ->
        [draft] a draft
        [submitted] waiting for review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.
stories-refused-feature-private = The author has not agreed to publish this story, so it cannot be featured.
stories-refused-already-featured = This story is already featured.
stories-refused-not-featured = This story is not featured.
stories-refused-archive = Only an approved or rejected story can be archived; this one is { $status ->
        [draft] a draft
        [submitted] waiting for review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.
stories-refused-no-consent = This story is already for internal use only; there is no consent to withdraw.
stories-only-drafts-change = Only a draft can be changed; this story is { $status ->
        [draft] draft
        [submitted] in review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.
stories-only-drafts-pictures = Only a draft's pictures can change; this story is { $status ->
        [draft] draft
        [submitted] in review
        [approved] approved
        [rejected] rejected
        [archived] archived
       *[deleted] deleted
    }.

## Server answers

# The subject of "… was not found."
stories-that-story = That story
stories-that-draft = That draft
# The subject of "… is no longer available."
stories-this-story = This story
stories-author-action-missing = Choose submit, withdraw consent or delete.
stories-moderator-action-missing = Choose approve, request changes, reject, feature, unfeature or archive.
stories-picture-missing = Choose the photo or the logo.
stories-own-story = You cannot review your own story; another moderator will.

## Labels given to shared widgets (tabs, queues, pickers)

stories-review-status = Story status
stories-review-empty = No stories are waiting for review.
stories-review-nothing = Nothing here.
stories-body-label = Your story
