### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Statusa atjauninājums
# An item's kind.
kind-blog-post = Bloga ieraksts
# An item's kind: a forum topic.
kind-topic = Tēma
# An item's kind: a reply to a forum topic.
kind-reply = Atbilde
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Komentārs

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Rādīt
# Stream filter: everything.
stream-kind-all = Viss
# Stream filter: status updates only.
stream-kind-status = Statusa atjauninājumi
# Stream filter: blog posts only.
stream-kind-blog = Blogi
# Stream filter: forum topics and replies only.
stream-kind-forum = Forumi
# Link to the next (older) page of a list.
stream-older = Vecāki ieraksti
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Nav atzīmju „Patīk“
    [zero] { $count } atzīmju „Patīk“
    [one] { $count } atzīme „Patīk“
   *[other] { $count } atzīmes „Patīk“
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Nav atbilžu
    [zero] { $count } atbilžu
    [one] { $count } atbilde
   *[other] { $count } atbildes
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Nav komentāru
    [zero] { $count } komentāru
    [one] { $count } komentārs
   *[other] { $count } komentāri
}
# The home stream is empty.
stream-empty-home = Šeit vēl nekā nav. Pievienojieties kopienām un sekojiet kolēģiem vai birkām – tad viņu ieraksti parādīsies šeit.
# A community's stream is empty.
stream-empty-community = Šeit vēl nekas nav publicēts.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Vēl nav ko rādīt.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Pie kā jūs strādājat?
# Label of the status box in a community.
status-composer-community = Dalieties ar jaunumiem šajā kopienā
# Button that posts a status update.
status-submit = Publicēt
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Jūsu atjauninājums ir publicēts.
# Label of the language menu of a composer.
post-lang-label = Teksta valoda
# Language menu entry for a text in another or no particular language.
post-lang-und = Cita vai jaukta
# Help under every text box.
post-markdown-help = Var izmantot Markdown: **treknraksts**, _slīpraksts_, saraksti, [saites](https://…). Lai kādu pieminētu, ierakstiet @ un vārdu.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Kolēģi, kuriem šeit ir piekļuve
# Button that shows how the text will look.
post-preview = Priekšskatīt
# Heading above the preview.
post-preview-heading = Priekšskatījums
# Label of a title field.
post-title-label = Virsraksts
# Label of a main text field.
post-body-label = Teksts
# Label of the tags field.
post-tags-label = Birkas
# Help under the tags field.
post-tags-help = Atdaliet birkas ar komatiem, piemēram: vpn, ievadapmācība
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [1] { $name } nevar redzēt šo saturu, tāpēc paziņojums netika nosūtīts.
    [zero] { $name } nevar redzēt šo saturu, tāpēc paziņojumi netika nosūtīti.
    [one] { $name } nevar redzēt šo saturu, tāpēc paziņojumi netika nosūtīti.
   *[other] { $name } nevar redzēt šo saturu, tāpēc paziņojumi netika nosūtīti.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Statusa atjauninājums: { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Jūs atrodaties šeit
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Rediģēts { $date } (rediģēja: { $name })
# Short marker on an edited item in lists.
post-edited-short = rediģēts
# Like button.
post-like = Patīk
# Like button when the reader likes it already.
post-unlike = Vairs nepatīk
# Opens the comment box.
post-comment = Komentēt
# Label of the comment box.
post-comment-label = Jūsu komentārs
# Button that posts a comment.
post-comment-submit = Publicēt komentāru
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Jūsu komentārs ir publicēts.
# Hidden heading of the comments.
post-comments-heading = Komentāri
# Opens the edit form.
post-edit = Rediģēt
# Saves an edit.
post-save = Saglabāt izmaiņas
# Opens the delete form.
post-delete = Dzēst
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Jā, dzēst šo komentāru
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Jā, dzēst šo ierakstu kopā ar visām atbildēm un komentāriem
# Button that deletes.
post-delete-submit = Dzēst neatgriezeniski
# A thread that does not exist or is not visible.
post-not-found = Šis ieraksts neeksistē, vai arī jums nav piekļuves tam.
# Link back to the home page.
post-back-home = Atpakaļ uz sākumlapu
# The thread is longer than one page shows.
post-thread-truncated = Šī diskusija ir ļoti gara, tāpēc tiek rādīta tikai tās sākuma daļa.

## Forums.

# Community tab: the forum.
community-tab-forum = Forums
# Community tab: the blog.
community-tab-blog = Blogs
# Heading of a community's stream on its home page.
community-stream-heading = Jaunākie ieraksti
# Opens the new-topic form.
forum-new-topic = Jauna tēma
# Submits a new topic.
forum-new-topic-submit = Izveidot tēmu
# Checkbox: the topic is a question.
forum-is-question = Šis ir jautājums (vienu atbildi var pieņemt kā pareizo)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Pievienojieties šai kopienai, lai veidotu tēmas un rakstītu ierakstus.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Pievienojieties šai kopienai, lai atbildētu.
# Label of the forum filter tabs.
forum-filter-label = Tēmas
# Forum filter: all topics.
forum-filter-all = Visas
# Forum filter: questions.
forum-filter-questions = Jautājumi
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Neatbildētie
# Forum filter: questions with an accepted answer.
forum-filter-answered = Atbildētie
# The forum (or the filtered part) is empty.
forum-empty = Šeit vēl nav tēmu.
# Badge of a question with an accepted answer.
forum-answered = Atbildēts
# Badge of a question without one.
forum-unanswered = Neatbildēts
# Badge of a pinned topic.
forum-pinned = Piesprausta
# Badge of a locked topic.
forum-locked = Slēgta
# Badge on the accepted reply.
forum-accepted-answer = Pieņemtā atbilde
# Button: accept this reply as the answer.
forum-accept = Pieņemt kā atbildi
# Button: withdraw the acceptance.
forum-unaccept = Atsaukt pieņemšanu
# Moderator buttons.
forum-pin = Piespraust
forum-unpin = Atspraust
forum-lock = Slēgt
forum-unlock = Atvērt
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Atbilžu vēl nav
    [zero] { $count } atbilžu
    [one] { $count } atbilde
   *[other] { $count } atbildes
}
# Heading of the reply form.
forum-reply-heading = Jūsu atbilde
# Submits a reply.
forum-reply-submit = Publicēt atbildi
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Jūsu atbilde ir publicēta.
# Shown under a locked topic.
forum-locked-notice = Šī tēma ir slēgta, un uz to vairs nevar atbildēt.

## Blogs.

# Opens the new blog post form.
blog-new-post = Rakstīt bloga ierakstu
# Publishes a blog post.
blog-publish = Publicēt
# Keeps a blog post as a draft.
blog-save-draft = Saglabāt kā melnrakstu
# Badge of a draft.
blog-draft = Melnraksts
# Heading of one's drafts.
blog-drafts-heading = Jūsu melnraksti
# A blog with no posts.
blog-empty = Bloga ierakstu vēl nav.
# Title of a personal blog. Variables: $name.
blog-personal-title = Blogs: { $name }
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profils
# Link from a profile to the person's blog.
profile-blog-link = Blogs
# Heading of a person's stream on their profile.
profile-stream-heading = Ieraksti

## Following and tags.

# Follow button.
follow-start = Sekot
# Unfollow button.
follow-stop = Jūs sekojat ✓ (pārtraukt)
# A tag page with nothing the reader may see.
tag-empty = Ar šo birku vēl nekas nav atzīmēts.

## Notifications.

# Main navigation: notifications.
nav-notifications = Paziņojumi
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [zero] { $count } nelasītu paziņojumu
    [one] { $count } nelasīts paziņojums
   *[other] { $count } nelasīti paziņojumi
}
# Notifications page title.
notifications-title = Paziņojumi
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Nav nelasītu paziņojumu.
    [zero] { $count } nelasītu
    [one] { $count } nelasīts
   *[other] { $count } nelasīti
}
# Button: mark every notification read.
notifications-mark-all = Atzīmēt visus kā izlasītus
# Button: mark one notification read.
notifications-mark-read = Atzīmēt kā izlasītu
# No notifications.
notifications-empty = Paziņojumu vēl nav.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } pieminēja jūs ierakstā „{ $title }“
notification-reply = { $name } atbildēja uz „{ $title }“
notification-comment = { $name } komentēja „{ $title }“
notification-like = { $count ->
    [0] { $name } atzīmēja „{ $title }“ ar „Patīk“
    [zero] { $name } un vēl { $count } kolēģu atzīmēja „{ $title }“ ar „Patīk“
    [one] { $name } un vēl { $count } kolēģis atzīmēja „{ $title }“ ar „Patīk“
   *[other] { $name } un vēl { $count } kolēģi atzīmēja „{ $title }“ ar „Patīk“
}
notification-accepted = { $name } pieņēma jūsu atbildi tēmā „{ $title }“
notification-join-request = { $name } piesakās dalībai kopienā { $community }
notification-approved = { $name } apstiprināja jūsu pieteikumu dalībai kopienā { $community }
notification-added = { $name } pievienoja jūs kopienai { $community }
