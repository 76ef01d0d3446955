# Chorus's interface in English: the source every other catalogue translates.
# Project Fluent syntax (https://projectfluent.org): { $name } is a placeholder, and a selector such as
# { $count -> [one] … *[other] … } picks a plural form by the language's rules.
# One file per part of the app (app/locales/<language>/<module>.ftl), each key named after its part; a key
# lives in one file only. The catalogue check (app/src/i18n/catalogue_tests.rs) keeps the files and the code
# in step.

## Shared

loading = Loading…
switch-current = (current)
points-amount = { $points ->
    [one] { $points } point
   *[other] { $points } points
}

## Errors any page can show (app/src/error.rs)

error-unauthorized = Please sign in to continue.
error-forbidden = You do not have permission to do that.
error-unconfirmed = Confirm your email address first: open the link we sent you, or send a new one from your account page.
# { $what } names the thing, as "That topic" or "The member".
error-not-found = { $what } was not found.
error-gone = { $what } is no longer available.
# { $wait } is one of the error-wait messages below.
error-rate-limited = Too many attempts. Please wait { $wait } and try again.
error-wait-second = a second
error-wait-seconds = { $seconds } seconds
error-wait-minutes = { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}
error-internal = Something went wrong on our side. Please try again in a moment.
error-transport = Could not reach the server ({ $why }). Check your connection and try again.
error-form-unreadable = The form could not be read: { $why }

## The things an error can say were not found (before error-not-found)

error-that-active-token = That active token
error-that-application = That application
error-that-category = That category
error-that-endpoint = That endpoint
error-that-group = That group
error-that-group-member = That member of the group
error-that-link = That link
error-that-member = That member
error-that-picture = That picture
error-that-post = That post
error-that-provider = That provider
error-that-request = That request
error-that-reward = That reward
error-that-survey = That survey
error-that-topic = That topic
error-that-upload = That upload
error-that-page = Page { $page } (the last page is { $last })
error-that-legal-version = Version { $version } of the { $kind ->
    [terms] terms of service
    [privacy] privacy notice
   *[guidelines] community guidelines
}
