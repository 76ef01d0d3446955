## The Markdown editor

markdown-hint = Markdown works: **bold**, _italic_, `code`, > quotes, - lists, tables and [links](https://example.com). Mention someone with @handle. Pictures uploaded here are shown; pictures from other sites show as links.
markdown-preview = Preview
markdown-rendering = Rendering…
markdown-add-picture = Add picture
# Read by screen readers after "Add picture": the editor's label, such as "Reply".
markdown-add-picture-to = to { $field }
markdown-drop-or-paste = or drop or paste one into the text
markdown-uploading = { $count ->
    [one] Uploading { $count } picture…
   *[other] Uploading { $count } pictures…
}
# Without JavaScript: a link, then how it works.
markdown-add-a-picture = Add a picture
markdown-add-a-picture-how = (opens a new tab: upload it there, then copy its line into your text)
# The description put in the text for a picture whose file name has no words.
markdown-picture-alt = picture
# Why an upload failed, after the file's name: "team.jpg: the file is larger than 15 MB".
markdown-upload-unreachable = the server could not be reached; check your connection and try again
markdown-upload-unreadable = the server's answer could not be read
markdown-upload-too-large = the file is larger than { $megabytes } MB
markdown-upload-failed = the upload failed ({ $status })

## What is checked

markdown-body-missing = Write something before posting.
# Starts common-too-long: "A post can be at most 50000 characters."
markdown-body-what = A post
markdown-too-complex = This text is too complex to show. Use fewer nested quotes and lists.
