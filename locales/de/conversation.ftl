### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Statusmeldung
# An item's kind.
kind-blog-post = Blogbeitrag
# An item's kind: a forum topic.
kind-topic = Thema
# An item's kind: a reply to a forum topic.
kind-reply = Antwort
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Kommentar

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Anzeigen
# Stream filter: everything.
stream-kind-all = Alles
# Stream filter: status updates only.
stream-kind-status = Statusmeldungen
# Stream filter: blog posts only.
stream-kind-blog = Blogs
# Stream filter: forum topics and replies only.
stream-kind-forum = Foren
# Link to the next (older) page of a list.
stream-older = Ältere Beiträge
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Keine „Gefällt mir“-Angaben
    [one] { $count } „Gefällt mir“-Angabe
   *[other] { $count } „Gefällt mir“-Angaben
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Keine Antworten
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Keine Kommentare
    [one] { $count } Kommentar
   *[other] { $count } Kommentare
}
# The home stream is empty.
stream-empty-home = Hier ist noch nichts. Treten Sie Communities bei und folgen Sie Kolleginnen und Kollegen oder Schlagwörtern – deren Beiträge erscheinen dann hier.
# A community's stream is empty.
stream-empty-community = Hier wurde noch nichts veröffentlicht.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Noch nichts anzuzeigen.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Woran arbeiten Sie gerade?
# Label of the status box in a community.
status-composer-community = Teilen Sie etwas mit dieser Community
# Button that posts a status update.
status-submit = Veröffentlichen
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Ihre Statusmeldung wurde veröffentlicht.
# Label of the language menu of a composer.
post-lang-label = Sprache des Textes
# Language menu entry for a text in another or no particular language.
post-lang-und = Andere oder gemischt
# Help under every text box.
post-markdown-help = Markdown wird unterstützt: **fett**, _kursiv_, Listen, [Links](https://…). Geben Sie @ und einen Namen ein, um jemanden zu erwähnen.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Personen mit Zugriff auf diesen Bereich
# Button that shows how the text will look.
post-preview = Vorschau
# Heading above the preview.
post-preview-heading = Vorschau
# Label of a title field.
post-title-label = Titel
# Label of a main text field.
post-body-label = Text
# Label of the tags field.
post-tags-label = Schlagwörter
# Help under the tags field.
post-tags-help = Trennen Sie Schlagwörter durch Kommas, zum Beispiel: vpn, onboarding
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } hat keinen Zugriff auf diesen Bereich und wurde daher nicht benachrichtigt.
   *[other] { $name } haben keinen Zugriff auf diesen Bereich und wurden daher nicht benachrichtigt.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Statusmeldung von { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Sie sind hier
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Bearbeitet am { $date } von { $name }
# Short marker on an edited item in lists.
post-edited-short = bearbeitet
# Like button.
post-like = Gefällt mir
# Like button when the reader likes it already.
post-unlike = Gefällt mir nicht mehr
# Opens the comment box.
post-comment = Kommentieren
# Label of the comment box.
post-comment-label = Ihr Kommentar
# Button that posts a comment.
post-comment-submit = Kommentar veröffentlichen
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Ihr Kommentar wurde veröffentlicht.
# Hidden heading of the comments.
post-comments-heading = Kommentare
# Opens the edit form.
post-edit = Bearbeiten
# Saves an edit.
post-save = Änderungen speichern
# Opens the delete form.
post-delete = Löschen
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Ja, diesen Kommentar löschen
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Ja, diesen Beitrag mit allen Antworten und Kommentaren löschen
# Button that deletes.
post-delete-submit = Endgültig löschen
# A thread that does not exist or is not visible.
post-not-found = Dieser Beitrag existiert nicht, oder Sie haben keinen Zugriff darauf.
# Link back to the home page.
post-back-home = Zurück zur Startseite
# The thread is longer than one page shows.
post-thread-truncated = Diese Diskussion ist sehr lang; nur ihr erster Teil wird angezeigt.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blog
# Heading of a community's stream on its home page.
community-stream-heading = Neueste Beiträge
# Opens the new-topic form.
forum-new-topic = Neues Thema
# Submits a new topic.
forum-new-topic-submit = Thema erstellen
# Checkbox: the topic is a question.
forum-is-question = Dies ist eine Frage (eine Antwort kann als Lösung akzeptiert werden)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Treten Sie dieser Community bei, um Themen zu erstellen und Beiträge zu schreiben.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Treten Sie dieser Community bei, um zu antworten.
# Label of the forum filter tabs.
forum-filter-label = Themen
# Forum filter: all topics.
forum-filter-all = Alle
# Forum filter: questions.
forum-filter-questions = Fragen
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Unbeantwortet
# Forum filter: questions with an accepted answer.
forum-filter-answered = Beantwortet
# The forum (or the filtered part) is empty.
forum-empty = Hier gibt es noch keine Themen.
# Badge of a question with an accepted answer.
forum-answered = Beantwortet
# Badge of a question without one.
forum-unanswered = Unbeantwortet
# Badge of a pinned topic.
forum-pinned = Angeheftet
# Badge of a locked topic.
forum-locked = Gesperrt
# Badge on the accepted reply.
forum-accepted-answer = Akzeptierte Antwort
# Button: accept this reply as the answer.
forum-accept = Als Antwort akzeptieren
# Button: withdraw the acceptance.
forum-unaccept = Akzeptanz zurücknehmen
# Moderator buttons.
forum-pin = Anheften
forum-unpin = Lösen
forum-lock = Sperren
forum-unlock = Entsperren
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Noch keine Antworten
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
# Heading of the reply form.
forum-reply-heading = Ihre Antwort
# Submits a reply.
forum-reply-submit = Antwort veröffentlichen
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Ihre Antwort wurde veröffentlicht.
# Shown under a locked topic.
forum-locked-notice = Dieses Thema ist gesperrt und nimmt keine Antworten mehr an.

## Blogs.

# Opens the new blog post form.
blog-new-post = Blogbeitrag schreiben
# Publishes a blog post.
blog-publish = Veröffentlichen
# Keeps a blog post as a draft.
blog-save-draft = Als Entwurf speichern
# Badge of a draft.
blog-draft = Entwurf
# Heading of one's drafts.
blog-drafts-heading = Ihre Entwürfe
# A blog with no posts.
blog-empty = Noch keine Blogbeiträge.
# Title of a personal blog. Variables: $name.
blog-personal-title = Blog von { $name }
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profil
# Link from a profile to the person's blog.
profile-blog-link = Blog
# Heading of a person's stream on their profile.
profile-stream-heading = Beiträge

## Following and tags.

# Follow button.
follow-start = Folgen
# Unfollow button.
follow-stop = Sie folgen ✓ (beenden)
# A tag page with nothing the reader may see.
tag-empty = Mit diesem Schlagwort ist noch nichts versehen.

## Notifications.

# Main navigation: notifications.
nav-notifications = Benachrichtigungen
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}
# Notifications page title.
notifications-title = Benachrichtigungen
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Nichts ungelesen.
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}
# Button: mark every notification read.
notifications-mark-all = Alle als gelesen markieren
# Button: mark one notification read.
notifications-mark-read = Als gelesen markieren
# No notifications.
notifications-empty = Noch keine Benachrichtigungen.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } hat Sie in „{ $title }“ erwähnt
notification-reply = { $name } hat auf „{ $title }“ geantwortet
notification-comment = { $name } hat „{ $title }“ kommentiert
notification-like = { $count ->
    [0] { $name } gefällt „{ $title }“
    [one] { $name } und { $count } weiteren Person gefällt „{ $title }“
   *[other] { $name } und { $count } weiteren Personen gefällt „{ $title }“
}
notification-accepted = { $name } hat Ihre Antwort in „{ $title }“ akzeptiert
notification-join-request = { $name } möchte { $community } beitreten
notification-approved = { $name } hat Ihre Beitrittsanfrage für { $community } genehmigt
notification-added = { $name } hat Sie zu { $community } hinzugefügt
