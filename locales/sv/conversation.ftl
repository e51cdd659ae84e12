### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Statusuppdatering
# An item's kind.
kind-blog-post = Blogginlägg
# An item's kind: a forum topic.
kind-topic = Ämne
# An item's kind: a reply to a forum topic.
kind-reply = Svar
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Kommentar

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Visa
# Stream filter: everything.
stream-kind-all = Allt
# Stream filter: status updates only.
stream-kind-status = Statusuppdateringar
# Stream filter: blog posts only.
stream-kind-blog = Bloggar
# Stream filter: forum topics and replies only.
stream-kind-forum = Forum
# Link to the next (older) page of a list.
stream-older = Äldre inlägg
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Inga gillamarkeringar
    [one] { $count } gillamarkering
   *[other] { $count } gillamarkeringar
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Inga svar
    [one] { $count } svar
   *[other] { $count } svar
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Inga kommentarer
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
# The home stream is empty.
stream-empty-home = Här finns inget ännu. Gå med i grupper och följ kollegor eller taggar, så visas det de publicerar här.
# A community's stream is empty.
stream-empty-community = Inget har publicerats här ännu.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Inget att visa ännu.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Vad arbetar du med?
# Label of the status box in a community.
status-composer-community = Dela något med gruppen
# Button that posts a status update.
status-submit = Publicera
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Din uppdatering har publicerats.
# Label of the language menu of a composer.
post-lang-label = Textens språk
# Language menu entry for a text in another or no particular language.
post-lang-und = Annat eller blandat
# Help under every text box.
post-markdown-help = Markdown fungerar: **fetstil**, _kursiv_, listor, [länkar](https://…). Skriv @ och ett namn för att nämna någon.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Personer som har åtkomst hit
# Button that shows how the text will look.
post-preview = Förhandsgranska
# Heading above the preview.
post-preview-heading = Förhandsgranskning
# Label of a title field.
post-title-label = Titel
# Label of a main text field.
post-body-label = Text
# Label of the tags field.
post-tags-label = Taggar
# Help under the tags field.
post-tags-help = Skilj taggarna åt med kommatecken, till exempel: vpn, introduktion
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } har inte åtkomst hit och har därför inte fått någon avisering.
   *[other] { $name } har inte åtkomst hit och har därför inte fått någon avisering.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Statusuppdatering från { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Du är här
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Redigerat { $date } av { $name }
# Short marker on an edited item in lists.
post-edited-short = redigerat
# Like button.
post-like = Gilla
# Like button when the reader likes it already.
post-unlike = Sluta gilla
# Opens the comment box.
post-comment = Kommentera
# Label of the comment box.
post-comment-label = Din kommentar
# Button that posts a comment.
post-comment-submit = Publicera kommentar
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Din kommentar har publicerats.
# Hidden heading of the comments.
post-comments-heading = Kommentarer
# Opens the edit form.
post-edit = Redigera
# Saves an edit.
post-save = Spara ändringar
# Opens the delete form.
post-delete = Radera
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Ja, radera kommentaren
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Ja, radera inlägget med alla svar och kommentarer
# Button that deletes.
post-delete-submit = Radera permanent
# A thread that does not exist or is not visible.
post-not-found = Inlägget finns inte, eller så har du inte åtkomst till det.
# Link back to the home page.
post-back-home = Tillbaka till startsidan
# The thread is longer than one page shows.
post-thread-truncated = Tråden är mycket lång; bara den första delen visas.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blogg
# Heading of a community's stream on its home page.
community-stream-heading = Senaste
# Opens the new-topic form.
forum-new-topic = Nytt ämne
# Submits a new topic.
forum-new-topic-submit = Skapa ämne
# Checkbox: the topic is a question.
forum-is-question = Det här är en fråga (ett av svaren kan godkännas som svaret på frågan)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Gå med i gruppen för att skapa ämnen och skriva inlägg.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Gå med i gruppen för att svara.
# Label of the forum filter tabs.
forum-filter-label = Ämnen
# Forum filter: all topics.
forum-filter-all = Alla
# Forum filter: questions.
forum-filter-questions = Frågor
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Obesvarade
# Forum filter: questions with an accepted answer.
forum-filter-answered = Besvarade
# The forum (or the filtered part) is empty.
forum-empty = Inga ämnen här ännu.
# Badge of a question with an accepted answer.
forum-answered = Besvarad
# Badge of a question without one.
forum-unanswered = Obesvarad
# Badge of a pinned topic.
forum-pinned = Fäst
# Badge of a locked topic.
forum-locked = Låst
# Badge on the accepted reply.
forum-accepted-answer = Godkänt svar
# Button: accept this reply as the answer.
forum-accept = Godkänn som svar
# Button: withdraw the acceptance.
forum-unaccept = Ta tillbaka godkännandet
# Moderator buttons.
forum-pin = Fäst
forum-unpin = Lossa
forum-lock = Lås
forum-unlock = Lås upp
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Inga svar ännu
    [one] { $count } svar
   *[other] { $count } svar
}
# Heading of the reply form.
forum-reply-heading = Ditt svar
# Submits a reply.
forum-reply-submit = Publicera svar
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Ditt svar har publicerats.
# Shown under a locked topic.
forum-locked-notice = Ämnet är låst och tar inte emot fler svar.

## Blogs.

# Opens the new blog post form.
blog-new-post = Skriv ett blogginlägg
# Publishes a blog post.
blog-publish = Publicera
# Keeps a blog post as a draft.
blog-save-draft = Spara som utkast
# Badge of a draft.
blog-draft = Utkast
# Heading of one's drafts.
blog-drafts-heading = Dina utkast
# A blog with no posts.
blog-empty = Inga blogginlägg ännu.
# Title of a personal blog. Variables: $name.
blog-personal-title = { $name } – blogg
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profil
# Link from a profile to the person's blog.
profile-blog-link = Blogg
# Heading of a person's stream on their profile.
profile-stream-heading = Inlägg

## Following and tags.

# Follow button.
follow-start = Följ
# Unfollow button.
follow-stop = Följer ✓ (sluta följa)
# A tag page with nothing the reader may see.
tag-empty = Inget har den här taggen ännu.

## Notifications.

# Main navigation: notifications.
nav-notifications = Aviseringar
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } oläst avisering
   *[other] { $count } olästa aviseringar
}
# Notifications page title.
notifications-title = Aviseringar
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Inga olästa.
    [one] { $count } oläst
   *[other] { $count } olästa
}
# Button: mark every notification read.
notifications-mark-all = Markera alla som lästa
# Button: mark one notification read.
notifications-mark-read = Markera som läst
# No notifications.
notifications-empty = Inga aviseringar ännu.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } nämnde dig i ”{ $title }”
notification-reply = { $name } svarade på ”{ $title }”
notification-comment = { $name } kommenterade ”{ $title }”
notification-like = { $count ->
    [0] { $name } gillade ”{ $title }”
    [one] { $name } och { $count } annan gillade ”{ $title }”
   *[other] { $name } och { $count } andra gillade ”{ $title }”
}
notification-accepted = { $name } godkände ditt svar i ”{ $title }”
notification-join-request = { $name } ansöker om medlemskap i { $community }
notification-approved = { $name } godkände din ansökan om medlemskap i { $community }
notification-added = { $name } lade till dig i { $community }
