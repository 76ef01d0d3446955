## Your picture (profile)

media-avatar-yours = Your picture, shown beside your name.
media-avatar-initials = Your initials are shown until you upload a picture.
media-avatar-new = New picture
media-avatar-help = JPEG, PNG, GIF or WebP, up to { $megabytes } MB. The middle of it is cut to a square; location and camera details are removed.
media-avatar-upload = Upload picture
media-avatar-remove = Remove picture

## Your pictures

media-mine-title = Your pictures
media-mine-upload-label = Upload a picture
media-mine-help = JPEG, PNG, GIF or WebP, up to { $megabytes } MB; location and camera details are removed. Copy its line into a post or story, and describe the picture between the brackets.
media-upload = Upload
media-mine-uploaded = Uploaded: its line is first in the list below.
media-mine-empty = You have not uploaded any pictures yet.
media-mine-line = Line for your text
# What the picture is for (media-kind), then its size in pixels.
media-mine-meta = { $kind } · { $width } × { $height }
# Put between the brackets of a picture's Markdown line, for the member to replace.
media-describe-picture = Describe the picture

## Pictures (moderators)

media-pictures-title = Pictures
media-pictures-intro = Every picture members uploaded, newest first. Hiding one stops it being shown anywhere; an avatar hidden gives its member their initials back.
media-pictures-empty = No pictures have been uploaded yet.
# Who uploaded a picture whose member is gone.
media-removed-member = a removed member
# $kind is what the picture is for: avatar, post, story, logo or reward.
media-picture-alt = { $kind } picture uploaded by { $who }
media-picture-meta = { $kind } · { $width } × { $height } · { $kb } KB · { $who }
media-hidden = hidden
media-show = Show
media-hide = Hide
# What a picture is for, as stored: avatar, post, story, logo or reward.
media-kind = { $kind }

## Refused uploads

media-kind-unknown = say what the picture is for: avatar, post, story, logo or reward
media-quota = You have sent { $count } pictures today, the most a member may in a day. Try again tomorrow.
media-refused-empty = The file is empty: choose a picture.
media-refused-too-large = The file is larger than { $megabytes } MB: make it smaller and try again.
# $what is one of the media-file messages below.
media-refused-not-a-picture = This file is { $what }, not a picture: upload a JPEG, PNG, GIF or WebP image.
media-refused-too-many-pixels = The picture is { $width } × { $height } pixels; the largest accepted is { $side } pixels a side and { $megapixels } megapixels.
media-refused-too-big-to-decode = The picture needs more memory to open than this site allows ({ $side } pixels a side, { $megapixels } megapixels, one frame): save it smaller or as a single-frame JPEG or PNG.
media-refused-damaged = The picture could not be read: the file is damaged or cut short.
media-file-svg = an SVG drawing
media-file-html = an HTML page
media-file-pdf = a PDF document
media-file-markup = an XML or HTML document
media-file-zip = a ZIP archive
media-file-variant = in a variant of its format this site does not take
media-file-unknown = in a format this site does not take
# After an upload is refused without JavaScript.
media-go-back = Go back and choose another picture.
