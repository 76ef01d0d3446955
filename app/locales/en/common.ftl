## What is checked in forms

# $what names the field, capitalised: "A title", "Your bio".
common-too-long = { $what } can be at most { $max } characters.
common-address-characters = { $what } cannot contain spaces, quotes or angle brackets.
common-address-scheme = { $what } must start with https:// or http://; a “{ $scheme }:” link is not allowed.
common-address-credentials = { $what } cannot contain a user name or password.
common-address-host = { $what } needs a web address such as https://example.com.
common-date-format = Give the day as YYYY-MM-DD.

## Who someone is at work

# "Head of Support at Acme".
common-role-at = { $title } at { $company }

## Uploaded CSV files

# $nothing ends the refusal of a whole file ("Nobody was invited.").
common-upload-not-utf8 = The file is not UTF-8 text: save it as “CSV UTF-8” and upload it again. { $nothing }
# $needs says which columns a file needs.
common-upload-no-rows = The file has no rows. { $needs }
# $error is the CSV reader's own words.
common-upload-line-unreadable = This line could not be read: { $error }.
# $what names the rows ("rows", "orders").
common-upload-too-many-rows = The file has more than { $max } { $what }; split it and upload each part. { $nothing }
# $tip ends the sentence (", and write amounts without …"), or is empty.
common-upload-too-many-cells = This line has { $cells } cells but the header names { $named }: quote a cell that holds a comma{ $tip }.
common-upload-no-data = The file has a header but no { $what }: put them under it, one per line.

## Downloads

common-export-failed = the export could not be built
