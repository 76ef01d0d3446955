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
