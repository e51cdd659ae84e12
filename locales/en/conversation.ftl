### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Status update
# An item's kind.
kind-blog-post = Blog post
# An item's kind: a forum topic.
kind-topic = Topic
# An item's kind: a reply to a forum topic.
kind-reply = Reply
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Comment

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Show
# Stream filter: everything.
stream-kind-all = Everything
# Stream filter: status updates only.
stream-kind-status = Status updates
# Stream filter: blog posts only.
stream-kind-blog = Blogs
# Stream filter: forum topics and replies only.
stream-kind-forum = Forums
# Link to the next (older) page of a list.
stream-older = Older posts
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] No likes
    [one] { $count } like
   *[other] { $count } likes
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] No replies
    [one] { $count } reply
   *[other] { $count } replies
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] No comments
    [one] { $count } comment
   *[other] { $count } comments
}
# The home stream is empty.
stream-empty-home = Nothing here yet. Join communities, follow colleagues or tags, and what they post appears here.
# A community's stream is empty.
stream-empty-community = Nothing has been posted here yet.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Nothing to show yet.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = What are you working on?
# Label of the status box in a community.
status-composer-community = Share something with this community
# Button that posts a status update.
status-submit = Post
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Your update is posted.
# Label of the language menu of a composer.
post-lang-label = Language of the text
# Language menu entry for a text in another or no particular language.
post-lang-und = Other or mixed
# Help under every text box.
post-markdown-help = Markdown works: **bold**, _italic_, lists, [links](https://…). Type @ and a name to mention someone.
# Label of the list of people offered while typing @name.
post-mention-suggestions = People who can see this place
# Button that shows how the text will look.
post-preview = Preview
# Heading above the preview.
post-preview-heading = Preview
# Label of a title field.
post-title-label = Title
# Label of a main text field.
post-body-label = Text
# Label of the tags field.
post-tags-label = Tags
# Help under the tags field.
post-tags-help = Separate tags with commas, for example: vpn, onboarding
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } cannot see this place, so they were not notified.
   *[other] { $name } cannot see this place, so they were not notified.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Status update from { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Where this is
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Edited { $date } by { $name }
# Short marker on an edited item in lists.
post-edited-short = edited
# Like button.
post-like = Like
# Like button when the reader likes it already.
post-unlike = Unlike
# Opens the comment box.
post-comment = Comment
# Label of the comment box.
post-comment-label = Your comment
# Button that posts a comment.
post-comment-submit = Post comment
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Your comment is posted.
# Hidden heading of the comments.
post-comments-heading = Comments
# Opens the edit form.
post-edit = Edit
# Saves an edit.
post-save = Save changes
# Opens the delete form.
post-delete = Delete
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Yes, delete this comment
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Yes, delete this and its replies and comments
# Button that deletes.
post-delete-submit = Delete for good
# A thread that does not exist or is not visible.
post-not-found = This post does not exist, or you cannot see it.
# Link back to the home page.
post-back-home = Back to the home page
# The thread is longer than one page shows.
post-thread-truncated = This thread is very long; only its first part is shown.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blog
# Heading of a community's stream on its home page.
community-stream-heading = Latest
# Opens the new-topic form.
forum-new-topic = New topic
# Submits a new topic.
forum-new-topic-submit = Start topic
# Checkbox: the topic is a question.
forum-is-question = This is a question (one reply can be accepted as the answer)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Join this community to start topics and write posts.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Join this community to reply.
# Label of the forum filter tabs.
forum-filter-label = Topics
# Forum filter: all topics.
forum-filter-all = All
# Forum filter: questions.
forum-filter-questions = Questions
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Unanswered
# Forum filter: questions with an accepted answer.
forum-filter-answered = Answered
# The forum (or the filtered part) is empty.
forum-empty = No topics here yet.
# Badge of a question with an accepted answer.
forum-answered = Answered
# Badge of a question without one.
forum-unanswered = Unanswered
# Badge of a pinned topic.
forum-pinned = Pinned
# Badge of a locked topic.
forum-locked = Locked
# Badge on the accepted reply.
forum-accepted-answer = Accepted answer
# Button: accept this reply as the answer.
forum-accept = Accept as answer
# Button: withdraw the acceptance.
forum-unaccept = Withdraw acceptance
# Moderator buttons.
forum-pin = Pin
forum-unpin = Unpin
forum-lock = Lock
forum-unlock = Unlock
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] No replies yet
    [one] { $count } reply
   *[other] { $count } replies
}
# Heading of the reply form.
forum-reply-heading = Your reply
# Submits a reply.
forum-reply-submit = Post reply
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Your reply is posted.
# Shown under a locked topic.
forum-locked-notice = This topic is locked: it takes no more replies.

## Blogs.

# Opens the new blog post form.
blog-new-post = Write a blog post
# Publishes a blog post.
blog-publish = Publish
# Keeps a blog post as a draft.
blog-save-draft = Save as draft
# Badge of a draft.
blog-draft = Draft
# Heading of one's drafts.
blog-drafts-heading = Your drafts
# A blog with no posts.
blog-empty = No blog posts yet.
# Title of a personal blog. Variables: $name.
blog-personal-title = { $name }'s blog
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profile
# Link from a profile to the person's blog.
profile-blog-link = Blog
# Heading of a person's stream on their profile.
profile-stream-heading = Posts

## Following and tags.

# Follow button.
follow-start = Follow
# Unfollow button.
follow-stop = Following ✓ (stop)
# A tag page with nothing the reader may see.
tag-empty = Nothing carries this tag yet.

## Notifications.

# Main navigation: notifications.
nav-notifications = Notifications
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
# Notifications page title.
notifications-title = Notifications
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Nothing unread.
    [one] { $count } unread
   *[other] { $count } unread
}
# Button: mark every notification read.
notifications-mark-all = Mark all as read
# Button: mark one notification read.
notifications-mark-read = Mark as read
# No notifications.
notifications-empty = No notifications yet.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } mentioned you in “{ $title }”
notification-reply = { $name } replied to “{ $title }”
notification-comment = { $name } commented on “{ $title }”
notification-like = { $count ->
    [0] { $name } liked “{ $title }”
    [one] { $name } and { $count } other liked “{ $title }”
   *[other] { $name } and { $count } others liked “{ $title }”
}
notification-accepted = { $name } accepted your answer in “{ $title }”
notification-join-request = { $name } asks to join { $community }
notification-approved = { $name } approved your request to join { $community }
notification-added = { $name } added you to { $community }
