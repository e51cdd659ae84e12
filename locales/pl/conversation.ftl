### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Aktualizacja statusu
# An item's kind.
kind-blog-post = Wpis na blogu
# An item's kind: a forum topic.
kind-topic = Wątek
# An item's kind: a reply to a forum topic.
kind-reply = Odpowiedź
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Komentarz

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Pokaż
# Stream filter: everything.
stream-kind-all = Wszystko
# Stream filter: status updates only.
stream-kind-status = Aktualizacje statusu
# Stream filter: blog posts only.
stream-kind-blog = Blogi
# Stream filter: forum topics and replies only.
stream-kind-forum = Fora
# Link to the next (older) page of a list.
stream-older = Starsze wpisy
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Brak polubień
    [one] { $count } polubienie
    [few] { $count } polubienia
    [many] { $count } polubień
   *[other] { $count } polubienia
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Brak odpowiedzi
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Brak komentarzy
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}
# The home stream is empty.
stream-empty-home = Na razie nic tu nie ma. Dołącz do społeczności, obserwuj współpracowników lub tagi, a ich wpisy pojawią się tutaj.
# A community's stream is empty.
stream-empty-community = Nic tu jeszcze nie opublikowano.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Na razie nie ma nic do pokazania.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Nad czym pracujesz?
# Label of the status box in a community.
status-composer-community = Podziel się czymś z tą społecznością
# Button that posts a status update.
status-submit = Opublikuj
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Twoja aktualizacja została opublikowana.
# Label of the language menu of a composer.
post-lang-label = Język tekstu
# Language menu entry for a text in another or no particular language.
post-lang-und = Inny lub mieszany
# Help under every text box.
post-markdown-help = Możesz używać Markdown: **pogrubienie**, _kursywa_, listy, [linki](https://…). Wpisz @ i imię, aby wspomnieć o kimś.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Osoby z dostępem do tego miejsca
# Button that shows how the text will look.
post-preview = Podgląd
# Heading above the preview.
post-preview-heading = Podgląd
# Label of a title field.
post-title-label = Tytuł
# Label of a main text field.
post-body-label = Treść
# Label of the tags field.
post-tags-label = Tagi
# Help under the tags field.
post-tags-help = Oddzielaj tagi przecinkami, np. vpn, onboarding
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } nie ma dostępu do tego miejsca, dlatego nie wysłano powiadomienia.
    [few] { $name } nie mają dostępu do tego miejsca, dlatego nie wysłano im powiadomień.
    [many] { $name } nie mają dostępu do tego miejsca, dlatego nie wysłano im powiadomień.
   *[other] { $name } nie mają dostępu do tego miejsca, dlatego nie wysłano im powiadomień.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Aktualizacja statusu: { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Jesteś tutaj
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Edytowano { $date } (edycja: { $name })
# Short marker on an edited item in lists.
post-edited-short = edytowano
# Like button.
post-like = Lubię to
# Like button when the reader likes it already.
post-unlike = Cofnij polubienie
# Opens the comment box.
post-comment = Skomentuj
# Label of the comment box.
post-comment-label = Twój komentarz
# Button that posts a comment.
post-comment-submit = Opublikuj komentarz
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Twój komentarz został opublikowany.
# Hidden heading of the comments.
post-comments-heading = Komentarze
# Opens the edit form.
post-edit = Edytuj
# Saves an edit.
post-save = Zapisz zmiany
# Opens the delete form.
post-delete = Usuń
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Tak, usuń ten komentarz
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Tak, usuń ten wpis wraz z odpowiedziami i komentarzami
# Button that deletes.
post-delete-submit = Usuń trwale
# A thread that does not exist or is not visible.
post-not-found = Ten wpis nie istnieje albo nie masz do niego dostępu.
# Link back to the home page.
post-back-home = Wróć do strony głównej
# The thread is longer than one page shows.
post-thread-truncated = Ten wątek jest bardzo długi, dlatego wyświetlono tylko jego początek.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blog
# Heading of a community's stream on its home page.
community-stream-heading = Najnowsze
# Opens the new-topic form.
forum-new-topic = Nowy wątek
# Submits a new topic.
forum-new-topic-submit = Utwórz wątek
# Checkbox: the topic is a question.
forum-is-question = To jest pytanie (jedną odpowiedź można zaakceptować jako rozwiązanie)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Dołącz do tej społeczności, aby zakładać wątki i publikować wpisy.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Dołącz do tej społeczności, aby odpowiadać.
# Label of the forum filter tabs.
forum-filter-label = Wątki
# Forum filter: all topics.
forum-filter-all = Wszystkie
# Forum filter: questions.
forum-filter-questions = Pytania
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Bez odpowiedzi
# Forum filter: questions with an accepted answer.
forum-filter-answered = Z odpowiedzią
# The forum (or the filtered part) is empty.
forum-empty = Nie ma tu jeszcze wątków.
# Badge of a question with an accepted answer.
forum-answered = Z odpowiedzią
# Badge of a question without one.
forum-unanswered = Bez odpowiedzi
# Badge of a pinned topic.
forum-pinned = Przypięty
# Badge of a locked topic.
forum-locked = Zamknięty
# Badge on the accepted reply.
forum-accepted-answer = Zaakceptowana odpowiedź
# Button: accept this reply as the answer.
forum-accept = Zaakceptuj jako odpowiedź
# Button: withdraw the acceptance.
forum-unaccept = Cofnij akceptację
# Moderator buttons.
forum-pin = Przypnij
forum-unpin = Odepnij
forum-lock = Zamknij
forum-unlock = Otwórz ponownie
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Brak odpowiedzi
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
# Heading of the reply form.
forum-reply-heading = Twoja odpowiedź
# Submits a reply.
forum-reply-submit = Opublikuj odpowiedź
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Twoja odpowiedź została opublikowana.
# Shown under a locked topic.
forum-locked-notice = Ten wątek jest zamknięty i nie można już na niego odpowiadać.

## Blogs.

# Opens the new blog post form.
blog-new-post = Napisz wpis na blogu
# Publishes a blog post.
blog-publish = Opublikuj
# Keeps a blog post as a draft.
blog-save-draft = Zapisz jako wersję roboczą
# Badge of a draft.
blog-draft = Wersja robocza
# Heading of one's drafts.
blog-drafts-heading = Twoje wersje robocze
# A blog with no posts.
blog-empty = Na blogu nie ma jeszcze wpisów.
# Title of a personal blog. Variables: $name.
blog-personal-title = Blog: { $name }
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profil
# Link from a profile to the person's blog.
profile-blog-link = Blog
# Heading of a person's stream on their profile.
profile-stream-heading = Wpisy

## Following and tags.

# Follow button.
follow-start = Obserwuj
# Unfollow button.
follow-stop = Obserwujesz ✓ (przestań)
# A tag page with nothing the reader may see.
tag-empty = Nic nie jest jeszcze oznaczone tym tagiem.

## Notifications.

# Main navigation: notifications.
nav-notifications = Powiadomienia
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } nieprzeczytane powiadomienie
    [few] { $count } nieprzeczytane powiadomienia
    [many] { $count } nieprzeczytanych powiadomień
   *[other] { $count } nieprzeczytanego powiadomienia
}
# Notifications page title.
notifications-title = Powiadomienia
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Brak nieprzeczytanych.
    [one] { $count } nieprzeczytane
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanego
}
# Button: mark every notification read.
notifications-mark-all = Oznacz wszystkie jako przeczytane
# Button: mark one notification read.
notifications-mark-read = Oznacz jako przeczytane
# No notifications.
notifications-empty = Nie masz jeszcze powiadomień.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } wspomina o tobie w „{ $title }”
notification-reply = { $name } odpowiada na „{ $title }”
notification-comment = { $name } komentuje „{ $title }”
notification-like = { $count ->
    [0] { $name } lubi „{ $title }”
    [one] { $name } i { $count } inna osoba lubią „{ $title }”
    [few] { $name } i { $count } inne osoby lubią „{ $title }”
    [many] { $name } i { $count } innych osób lubią „{ $title }”
   *[other] { $name } i { $count } innej osoby lubią „{ $title }”
}
notification-accepted = { $name } akceptuje twoją odpowiedź w „{ $title }”
notification-join-request = { $name } prosi o dołączenie do społeczności { $community }
notification-approved = { $name } zatwierdza twoją prośbę o dołączenie do społeczności { $community }
notification-added = { $name } dodaje cię do społeczności { $community }
