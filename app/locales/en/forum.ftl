## Forum index

forum-title = Forum
forum-heading = Community forum
forum-lead = Ask questions, share what works, and help each other get more out of the product.
forum-search = Search the forum
forum-feed-link = Atom feed of new topics
# The title of the forum's Atom feed, and of the link to it in the page head.
forum-feed-latest = Latest topics
# The feed's title: "Acme forum: Latest topics" or "Acme forum: Product ideas".
forum-feed-title = { $community } forum: { $title }
forum-loading-categories = Loading categories…
forum-no-categories = There are no categories yet. An admin can create them under Admin → Categories.
forum-private-space = Private: only the group { $group } sees it
forum-stat-topics = Topics
forum-stat-posts = Posts
# A category's most recent activity.
forum-stat-latest = Latest
# The button, the page title, and the label of a held opening post in the approval queue.
forum-new-topic = New topic

## A category's topics

forum-loading-topics = Loading topics…
# The title of a category's Atom feed.
forum-category-feed = { $category }: new topics
# The name of the "Forum › Category" trail, for screen readers.
forum-breadcrumb = Breadcrumb
forum-category-archived-notice = This category is archived: you can read it, but it takes no new topics.
forum-no-topics = No topics yet. Start the first conversation!
forum-topics-caption = Topics, pinned first, then by latest activity
forum-col-topic = Topic
forum-col-replies = Replies
forum-col-latest = Latest activity
forum-pinned = Pinned
forum-locked = Locked
# Under a topic's title: who started it, or who wrote last.
forum-by = by { $name }

## A topic

forum-loading-topic = Loading the topic…
# The summary search engines show.
forum-topic-description = { $title } — a discussion in { $category } with { $posts } posts.
# The follow button while the member follows the topic.
forum-following-stop = Following: stop
forum-follow = Follow
forum-following-note = You are notified of new replies.
forum-follow-note = Get notified of new replies.
forum-flag-thanks = Thank you for the flag: a moderator will look at the post.

## The moderators' bar above a topic

forum-moderation = Moderation
forum-pin = Pin
forum-unpin = Unpin
forum-lock = Lock
forum-unlock = Unlock
forum-move-to = Move to
forum-move = Move
forum-rename-to = Rename to
forum-rename = Rename
forum-hide-title = Hide title

## A post

forum-post-removed = This post was removed by its author.
forum-hidden-placeholder = This post was hidden by a moderator.
forum-held-placeholder = A post waiting for a moderator's approval.
forum-held-note = Waiting for a moderator's approval: only its author and moderators can see it until then.
forum-rejected-note = Not approved by a moderator: { $reason }. Only its author and moderators can see it.
forum-hidden-note = Hidden by a moderator: { $reason }. Only its author and moderators can see it.
# The tooltip of a post's time, which links to the post.
forum-post-link = Link to this post
# Before the time of the last edit.
forum-edited = edited
forum-edited-by-moderator = edited by a moderator
forum-quote = Quote
forum-likes = { $count ->
    [one] { $count } like
   *[other] { $count } likes
}
# The like button's name; $likes is forum-likes.
forum-like = Like ({ $likes })

## The tools under a post

forum-edit = Edit
forum-edit-label = Edit your post
forum-save-changes = Save changes
forum-delete = Delete
forum-delete-question = Remove this post? It will show as removed.
forum-delete-confirm = Remove post
forum-approval-queue = Approval queue
forum-show-again = Show again
forum-staff-edit = Edit as moderator
forum-staff-edit-label = Edit this post (to redact, replace what must go)
forum-staff-edit-why = Reason (for the log)
forum-staff-edit-save = Save as moderator
forum-hide = Hide
forum-hide-why = Reason (the author sees it)
forum-hide-post = Hide post
forum-earlier-versions = Earlier versions

## Flagging a post

forum-flag = Flag
forum-flag-question = What is wrong with this post?
forum-flag-spam = Spam
forum-flag-abuse = Abusive or harassing
forum-flag-off-topic = Off-topic
forum-flag-other = Something else
forum-flag-note = Note for the moderators (needed for “something else”)
forum-flag-send = Send flag

## Replying

# A link, followed by forum-reply-sign-in-after.
forum-reply-sign-in = Sign in
forum-reply-sign-in-after = {" "}to reply.
forum-topic-locked = This topic is locked: it takes no new replies.
forum-your-reply = Your reply
# The reply box's label, and the label of a held reply in the approval queue.
forum-reply = Reply
forum-posting = Posting…
forum-post-reply = Post reply
# Ends a quoted post in a new reply's text.
forum-quote-source = — post #{ $number }

## Starting a topic

forum-no-open-categories = There are no open categories to post in yet.
forum-start-topic = Start a topic
forum-category = Category
forum-choose-category = Choose a category…
forum-topic-title = Title
forum-topic-title-hint = A question or a short summary, up to { $max } characters.
forum-message = Message
forum-post-topic = Post topic

## Search

# The page's title and the search button.
forum-search-title = Search
forum-search-words = Search words
forum-search-placeholder = e.g. onboarding checklist
forum-searching = Searching…
forum-search-prompt = Type a few words to find topics and posts.
forum-search-no-more = No more results.
forum-search-nothing = Nothing matches those words. Try fewer or different words.
forum-search-results = Results
# Under a result: the post's number and its author, then the time.
forum-search-hit = #{ $number } by { $name }
forum-search-page = Page { $page }

## A post's earlier versions (moderators)

forum-history-title = Post history
forum-history-heading = Earlier versions of this post
forum-history-empty = This post was never edited.
# Before the time a version was written.
forum-history-written = Written

## Flagged posts (moderators)

forum-flags-title = Flags
forum-flags-heading = Flagged posts
forum-flags-intro = Hide a post to take it out of sight (its author sees why), or dismiss the flags to keep it. Every decision goes to the audit log.
forum-loading-queue = Loading the queue…
forum-flags-empty = No open flags. All clear!
forum-flags-post = { $topic } · post #{ $number }
forum-written-by = Written by { $name }
# After a flag's reason: the note the member added.
forum-flags-note = : “{ $note }”
forum-flags-dismiss = Dismiss flags

## Posts awaiting approval (moderators)

forum-held-title = Posts awaiting approval
# The introduction is in three parts; the middle one is a link to the registration settings.
forum-held-intro-before = New members' first posts wait here (the number is set under{" "}
forum-held-intro-link = Who may join
forum-held-intro-after = ). Approve to publish, or reject with a reason the author sees. Every decision goes to the audit log.
forum-held-empty = Nothing is waiting for approval.
forum-held-waiting = { $count ->
    [one] { $count } post waiting.
   *[other] { $count } posts waiting.
}
forum-held-waiting-some = { $count } posts waiting; the oldest { $shown } are shown.
# $what is forum-new-topic or forum-reply.
forum-held-post = { $what }: { $topic } · post #{ $number }
# Before the author's name.
forum-held-by = By
forum-held-why = Why (the author sees it)
forum-held-reject = Reject the post

## Forum categories (admins)

forum-categories-title = Categories
forum-categories-heading = Forum categories
forum-categories-intro = Lower positions come first. Archived categories keep their topics readable but take no new ones.
forum-categories-empty = No categories yet: create the first below.
forum-categories-new = New category
forum-categories-archived = (archived)
forum-categories-private = (private: { $group })
forum-categories-topics = { $count ->
    [one] { $count } topic
   *[other] { $count } topics
}
forum-categories-restore = Restore
forum-categories-archive = Archive
forum-categories-name = Name
forum-categories-address = Address
forum-categories-address-hint = Lower-case letters, digits and dashes; it appears in links.
forum-categories-description = Description
forum-categories-position = Position
forum-categories-create = Create category
forum-categories-save = Save

## What is checked in forms

forum-title-missing = Give your topic a title.
# Starts common-too-long: "A title can be at most 150 characters."
forum-title-what = A title
forum-slug-missing = Give the category a short address, like "product-ideas".
forum-slug-what = An address
forum-slug-invalid = Use only lower-case letters, digits and single dashes, like "product-ideas".
forum-category-name-missing = Give the category a name.
forum-category-name-what = A name
forum-description-what = A description
forum-reason-what = A reason
forum-hide-reason-missing = Say why the post is hidden; the author will see it.
forum-reject-reason-missing = Say why the post is not approved; its author will see it.
# $value is what was sent, in quotes.
forum-flag-reason-unknown = { $value } is not a reason; choose spam, abuse, off-topic or other.
forum-flag-note-too-long = A note can be at most { $max } characters.
forum-flag-note-missing = Say what is wrong with the post, so moderators know what to look for.
forum-resolution-unknown = { $value } is not an action; choose hide or dismiss.
forum-decision-unknown = { $value } is not a decision; approve or reject.
forum-search-empty-query = Type at least one word or number to search for.

## Posting limits for new members

# $when is one of the four messages below.
forum-in-a-second = in a second
forum-in-seconds = in { $count } seconds
forum-in-minutes = in { $count } minutes
forum-in-hours = in { $count } hours
forum-limit-topic-gap = You can start one topic every { $seconds } seconds; try again { $when }.
forum-limit-new-topics = New members can start { $count } topics in their first day. This limit lifts { $when }.
forum-limit-new-replies = New members can post { $count } replies in their first day. This limit lifts { $when }.
forum-limit-reply-gap = New members can reply once every { $seconds } seconds; try again { $when }.
forum-limit-links = New members can include at most { $max } links in a post (this one has { $links }). This limit lifts { $when }.

## Refusals

forum-category-choose = Choose one of the open categories.
forum-category-archived = That category was archived; choose another.
forum-category-keeps-group = “{ $category }” holds { $count ->
        [one] { $count } topic
       *[other] { $count } topics
    } written for the group { $group }: it stays theirs. Move its topics to another space of that group first, or start a new category.
forum-slug-taken = Another category already uses the address "{ $slug }".
forum-edit-not-visible = This post was removed or hidden and can no longer be changed.
forum-like-not-visible = This post can no longer be liked.
forum-like-own = You cannot like your own post.
forum-already-liked = You already like this post.
forum-not-liked = You had not liked this post.
forum-already-following = You already follow this topic.
forum-not-following = You were not following this topic.
forum-flag-own-post = You cannot flag your own post; edit or remove it instead.
forum-flag-not-visible = This post is already hidden or removed.
forum-flag-twice = You already flagged this post; a moderator will look at it.
forum-flags-settled = This post has no open flags; another moderator may have settled them.
forum-not-waiting = That post is not waiting for approval.
forum-not-own-post = You cannot moderate your own post; another moderator has to.
forum-post-not-hidden = That post is not hidden.
forum-unhide-author-removed = Its author was removed as spam: an admin shows their posts again by reinstating the account.
forum-unhide-admin-only = An admin hid this post; only an admin can show it again.
forum-hide-unchanged = That post does not exist or is already hidden.
forum-staff-edit-reason = Give a reason of 1 to { $max } characters for the log.
forum-staff-edit-own = Edit your own post with Edit, like everyone.
# $role is the author's role: moderator or admin.
forum-staff-edit-higher = Only an admin can edit a { $role }'s post.
forum-staff-edit-not-visible = This post was removed or hidden; show it again before editing it.
forum-topic-flag-unchanged = That topic does not exist or already is as you asked.
forum-move-same-category = The topic is already in that category.
forum-move-keeps-group = This topic was written in a private space of the group { $group }: move it only to another space of that group.
forum-move-raced = Someone moved this topic just now.
forum-rename-own = You cannot rename your own topic; another moderator has to.
forum-rename-same = The topic already has that title.

## Labels given to shared widgets (tabs, queues, pickers)

forum-categories-who-sees = Who sees it
forum-categories-everyone = Everyone
forum-categories-group-hint = A category limited to a group is a private space: only the group's members and staff see it or anything in it.
