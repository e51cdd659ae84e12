### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Olekuvärskendus
# An item's kind.
kind-blog-post = Blogipostitus
# An item's kind: a forum topic.
kind-topic = Teema
# An item's kind: a reply to a forum topic.
kind-reply = Vastus
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Kommentaar

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Näita
# Stream filter: everything.
stream-kind-all = Kõik
# Stream filter: status updates only.
stream-kind-status = Olekuvärskendused
# Stream filter: blog posts only.
stream-kind-blog = Blogid
# Stream filter: forum topics and replies only.
stream-kind-forum = Foorumid
# Link to the next (older) page of a list.
stream-older = Vanemad postitused
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Meeldimisi pole
    [one] { $count } meeldimine
   *[other] { $count } meeldimist
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Vastuseid pole
    [one] { $count } vastus
   *[other] { $count } vastust
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Kommentaare pole
    [one] { $count } kommentaar
   *[other] { $count } kommentaari
}
# The home stream is empty.
stream-empty-home = Siin pole veel midagi. Liituge kogukondadega ning jälgige kolleege või märksõnu – nende postitused ilmuvad siia.
# A community's stream is empty.
stream-empty-community = Siia pole veel midagi postitatud.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Veel pole midagi näidata.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Millega te praegu tegelete?
# Label of the status box in a community.
status-composer-community = Jagage midagi selle kogukonnaga
# Button that posts a status update.
status-submit = Postita
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Teie värskendus on postitatud.
# Label of the language menu of a composer.
post-lang-label = Teksti keel
# Language menu entry for a text in another or no particular language.
post-lang-und = Muu või segakeelne
# Help under every text box.
post-markdown-help = Markdown töötab: **paks kiri**, _kaldkiri_, loendid, [lingid](https://…). Kellegi mainimiseks sisestage @ ja nimi.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Inimesed, kellel on siia juurdepääs
# Button that shows how the text will look.
post-preview = Eelvaade
# Heading above the preview.
post-preview-heading = Eelvaade
# Label of a title field.
post-title-label = Pealkiri
# Label of a main text field.
post-body-label = Tekst
# Label of the tags field.
post-tags-label = Märksõnad
# Help under the tags field.
post-tags-help = Eraldage märksõnad komadega, näiteks: vpn, sisseelamine
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } ei näe seda sisu, seetõttu teda ei teavitatud.
   *[other] { $name } ei näe seda sisu, seetõttu neid ei teavitatud.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Olekuvärskendus: { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Te olete siin
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Muudetud { $date } (muutja: { $name })
# Short marker on an edited item in lists.
post-edited-short = muudetud
# Like button.
post-like = Meeldib
# Like button when the reader likes it already.
post-unlike = Eemalda meeldimine
# Opens the comment box.
post-comment = Kommenteeri
# Label of the comment box.
post-comment-label = Teie kommentaar
# Button that posts a comment.
post-comment-submit = Postita kommentaar
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Teie kommentaar on postitatud.
# Hidden heading of the comments.
post-comments-heading = Kommentaarid
# Opens the edit form.
post-edit = Muuda
# Saves an edit.
post-save = Salvesta muudatused
# Opens the delete form.
post-delete = Kustuta
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Jah, kustuta see kommentaar
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Jah, kustuta see koos kõigi vastuste ja kommentaaridega
# Button that deletes.
post-delete-submit = Kustuta jäädavalt
# A thread that does not exist or is not visible.
post-not-found = Seda postitust ei ole olemas või teil puudub sellele juurdepääs.
# Link back to the home page.
post-back-home = Tagasi avalehele
# The thread is longer than one page shows.
post-thread-truncated = See arutelu on väga pikk, seetõttu näidatakse ainult selle algust.

## Forums.

# Community tab: the forum.
community-tab-forum = Foorum
# Community tab: the blog.
community-tab-blog = Blogi
# Heading of a community's stream on its home page.
community-stream-heading = Viimased postitused
# Opens the new-topic form.
forum-new-topic = Uus teema
# Submits a new topic.
forum-new-topic-submit = Alusta teemat
# Checkbox: the topic is a question.
forum-is-question = See on küsimus (ühe vastuse saab õigeks vastuseks kinnitada)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Teemade alustamiseks ja postitamiseks liituge selle kogukonnaga.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Vastamiseks liituge selle kogukonnaga.
# Label of the forum filter tabs.
forum-filter-label = Teemad
# Forum filter: all topics.
forum-filter-all = Kõik
# Forum filter: questions.
forum-filter-questions = Küsimused
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Vastamata
# Forum filter: questions with an accepted answer.
forum-filter-answered = Vastatud
# The forum (or the filtered part) is empty.
forum-empty = Siin pole veel teemasid.
# Badge of a question with an accepted answer.
forum-answered = Vastatud
# Badge of a question without one.
forum-unanswered = Vastamata
# Badge of a pinned topic.
forum-pinned = Esile tõstetud
# Badge of a locked topic.
forum-locked = Lukustatud
# Badge on the accepted reply.
forum-accepted-answer = Kinnitatud vastus
# Button: accept this reply as the answer.
forum-accept = Kinnita vastuseks
# Button: withdraw the acceptance.
forum-unaccept = Võta kinnitus tagasi
# Moderator buttons.
forum-pin = Tõsta esile
forum-unpin = Eemalda esiletõst
forum-lock = Lukusta
forum-unlock = Eemalda lukustus
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Vastuseid veel pole
    [one] { $count } vastus
   *[other] { $count } vastust
}
# Heading of the reply form.
forum-reply-heading = Teie vastus
# Submits a reply.
forum-reply-submit = Postita vastus
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Teie vastus on postitatud.
# Shown under a locked topic.
forum-locked-notice = See teema on lukustatud ja sellele ei saa enam vastata.

## Blogs.

# Opens the new blog post form.
blog-new-post = Kirjuta blogipostitus
# Publishes a blog post.
blog-publish = Avalda
# Keeps a blog post as a draft.
blog-save-draft = Salvesta mustandina
# Badge of a draft.
blog-draft = Mustand
# Heading of one's drafts.
blog-drafts-heading = Teie mustandid
# A blog with no posts.
blog-empty = Blogipostitusi veel pole.
# Title of a personal blog. Variables: $name.
blog-personal-title = Kasutaja { $name } blogi
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profiil
# Link from a profile to the person's blog.
profile-blog-link = Blogi
# Heading of a person's stream on their profile.
profile-stream-heading = Postitused

## Following and tags.

# Follow button.
follow-start = Jälgi
# Unfollow button.
follow-stop = Jälgite ✓ (lõpeta jälgimine)
# A tag page with nothing the reader may see.
tag-empty = Selle märksõnaga pole veel midagi.

## Notifications.

# Main navigation: notifications.
nav-notifications = Teavitused
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } lugemata teavitus
   *[other] { $count } lugemata teavitust
}
# Notifications page title.
notifications-title = Teavitused
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Lugemata teavitusi pole.
    [one] { $count } lugemata
   *[other] { $count } lugemata
}
# Button: mark every notification read.
notifications-mark-all = Märgi kõik loetuks
# Button: mark one notification read.
notifications-mark-read = Märgi loetuks
# No notifications.
notifications-empty = Teavitusi veel pole.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } mainis teid postituses „{ $title }“
notification-reply = { $name } vastas postitusele „{ $title }“
notification-comment = { $name } kommenteeris postitust „{ $title }“
notification-like = { $count ->
    [0] { $name } märkis postituse „{ $title }“ meeldivaks
    [one] { $name } ja veel { $count } inimene märkisid postituse „{ $title }“ meeldivaks
   *[other] { $name } ja veel { $count } inimest märkisid postituse „{ $title }“ meeldivaks
}
notification-accepted = { $name } kinnitas teie vastuse teemas „{ $title }“
notification-join-request = { $name } soovib liituda kogukonnaga { $community }
notification-approved = { $name } kinnitas teie taotluse liituda kogukonnaga { $community }
notification-added = { $name } lisas teid kogukonda { $community }
