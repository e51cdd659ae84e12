### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Būsenos atnaujinimas
# An item's kind.
kind-blog-post = Tinklaraščio įrašas
# An item's kind: a forum topic.
kind-topic = Tema
# An item's kind: a reply to a forum topic.
kind-reply = Atsakymas
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Komentaras

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Rodyti
# Stream filter: everything.
stream-kind-all = Viskas
# Stream filter: status updates only.
stream-kind-status = Būsenos atnaujinimai
# Stream filter: blog posts only.
stream-kind-blog = Tinklaraščiai
# Stream filter: forum topics and replies only.
stream-kind-forum = Forumai
# Link to the next (older) page of a list.
stream-older = Senesni įrašai
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Patiktukų nėra
    [one] { $count } patiktukas
    [few] { $count } patiktukai
    [many] { $count } patiktuko
   *[other] { $count } patiktukų
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Atsakymų nėra
    [one] { $count } atsakymas
    [few] { $count } atsakymai
    [many] { $count } atsakymo
   *[other] { $count } atsakymų
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Komentarų nėra
    [one] { $count } komentaras
    [few] { $count } komentarai
    [many] { $count } komentaro
   *[other] { $count } komentarų
}
# The home stream is empty.
stream-empty-home = Čia dar nieko nėra. Prisijunkite prie bendruomenių, sekite kolegas ar žymas – ir čia matysite jų įrašus.
# A community's stream is empty.
stream-empty-community = Čia dar nieko nepaskelbta.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Kol kas nėra ką rodyti.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Prie ko šiuo metu dirbate?
# Label of the status box in a community.
status-composer-community = Pasidalykite kuo nors su šia bendruomene
# Button that posts a status update.
status-submit = Paskelbti
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Jūsų atnaujinimas paskelbtas.
# Label of the language menu of a composer.
post-lang-label = Teksto kalba
# Language menu entry for a text in another or no particular language.
post-lang-und = Kita ar kelios kalbos
# Help under every text box.
post-markdown-help = Galima naudoti Markdown: **paryškintas**, _pasviręs_, sąrašai, [nuorodos](https://…). Norėdami ką nors paminėti, įveskite @ ir vardą.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Kolegos, turintys čia prieigą
# Button that shows how the text will look.
post-preview = Peržiūrėti
# Heading above the preview.
post-preview-heading = Peržiūra
# Label of a title field.
post-title-label = Pavadinimas
# Label of a main text field.
post-body-label = Tekstas
# Label of the tags field.
post-tags-label = Žymos
# Help under the tags field.
post-tags-help = Žymas atskirkite kableliais, pavyzdžiui: vpn, adaptacija
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [1] { $name } nemato šio turinio, todėl pranešimas neišsiųstas.
    [one] { $name } nemato šio turinio, todėl pranešimai neišsiųsti.
    [few] { $name } nemato šio turinio, todėl pranešimai neišsiųsti.
    [many] { $name } nemato šio turinio, todėl pranešimai neišsiųsti.
   *[other] { $name } nemato šio turinio, todėl pranešimai neišsiųsti.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Būsenos naujinys: { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Jūs esate čia
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Redaguota { $date } (redagavo { $name })
# Short marker on an edited item in lists.
post-edited-short = redaguota
# Like button.
post-like = Patinka
# Like button when the reader likes it already.
post-unlike = Nebepatinka
# Opens the comment box.
post-comment = Komentuoti
# Label of the comment box.
post-comment-label = Jūsų komentaras
# Button that posts a comment.
post-comment-submit = Paskelbti komentarą
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Jūsų komentaras paskelbtas.
# Hidden heading of the comments.
post-comments-heading = Komentarai
# Opens the edit form.
post-edit = Redaguoti
# Saves an edit.
post-save = Išsaugoti pakeitimus
# Opens the delete form.
post-delete = Ištrinti
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Taip, ištrinti šį komentarą
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Taip, ištrinti šį įrašą su visais atsakymais ir komentarais
# Button that deletes.
post-delete-submit = Ištrinti visam laikui
# A thread that does not exist or is not visible.
post-not-found = Šio įrašo nėra arba neturite prieigos prie jo.
# Link back to the home page.
post-back-home = Grįžti į pradžios puslapį
# The thread is longer than one page shows.
post-thread-truncated = Ši diskusija labai ilga, todėl rodoma tik jos pradžia.

## Forums.

# Community tab: the forum.
community-tab-forum = Forumas
# Community tab: the blog.
community-tab-blog = Tinklaraštis
# Heading of a community's stream on its home page.
community-stream-heading = Naujausi įrašai
# Opens the new-topic form.
forum-new-topic = Nauja tema
# Submits a new topic.
forum-new-topic-submit = Sukurti temą
# Checkbox: the topic is a question.
forum-is-question = Tai klausimas (vieną atsakymą galima pažymėti kaip priimtą)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Prisijunkite prie šios bendruomenės, kad galėtumėte kurti temas ir rašyti įrašus.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Prisijunkite prie šios bendruomenės, kad galėtumėte atsakyti.
# Label of the forum filter tabs.
forum-filter-label = Temos
# Forum filter: all topics.
forum-filter-all = Visos
# Forum filter: questions.
forum-filter-questions = Klausimai
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Neatsakyti
# Forum filter: questions with an accepted answer.
forum-filter-answered = Atsakyti
# The forum (or the filtered part) is empty.
forum-empty = Čia dar nėra temų.
# Badge of a question with an accepted answer.
forum-answered = Atsakyta
# Badge of a question without one.
forum-unanswered = Neatsakyta
# Badge of a pinned topic.
forum-pinned = Prisegta
# Badge of a locked topic.
forum-locked = Užrakinta
# Badge on the accepted reply.
forum-accepted-answer = Priimtas atsakymas
# Button: accept this reply as the answer.
forum-accept = Priimti kaip atsakymą
# Button: withdraw the acceptance.
forum-unaccept = Atšaukti priėmimą
# Moderator buttons.
forum-pin = Prisegti
forum-unpin = Atsegti
forum-lock = Užrakinti
forum-unlock = Atrakinti
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Atsakymų dar nėra
    [one] { $count } atsakymas
    [few] { $count } atsakymai
    [many] { $count } atsakymo
   *[other] { $count } atsakymų
}
# Heading of the reply form.
forum-reply-heading = Jūsų atsakymas
# Submits a reply.
forum-reply-submit = Paskelbti atsakymą
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Jūsų atsakymas paskelbtas.
# Shown under a locked topic.
forum-locked-notice = Ši tema užrakinta – į ją nebegalima atsakyti.

## Blogs.

# Opens the new blog post form.
blog-new-post = Rašyti tinklaraščio įrašą
# Publishes a blog post.
blog-publish = Paskelbti
# Keeps a blog post as a draft.
blog-save-draft = Išsaugoti kaip juodraštį
# Badge of a draft.
blog-draft = Juodraštis
# Heading of one's drafts.
blog-drafts-heading = Jūsų juodraščiai
# A blog with no posts.
blog-empty = Tinklaraščio įrašų dar nėra.
# Title of a personal blog. Variables: $name.
blog-personal-title = Tinklaraštis: { $name }
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profilis
# Link from a profile to the person's blog.
profile-blog-link = Tinklaraštis
# Heading of a person's stream on their profile.
profile-stream-heading = Įrašai

## Following and tags.

# Follow button.
follow-start = Sekti
# Unfollow button.
follow-stop = Sekate ✓ (nebesekti)
# A tag page with nothing the reader may see.
tag-empty = Šia žyma dar niekas nepažymėta.

## Notifications.

# Main navigation: notifications.
nav-notifications = Pranešimai
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } neperskaitytas pranešimas
    [few] { $count } neperskaityti pranešimai
    [many] { $count } neperskaityto pranešimo
   *[other] { $count } neperskaitytų pranešimų
}
# Notifications page title.
notifications-title = Pranešimai
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Neperskaitytų nėra.
    [one] { $count } neperskaitytas
    [few] { $count } neperskaityti
    [many] { $count } neperskaityto
   *[other] { $count } neperskaitytų
}
# Button: mark every notification read.
notifications-mark-all = Pažymėti visus kaip perskaitytus
# Button: mark one notification read.
notifications-mark-read = Pažymėti kaip perskaitytą
# No notifications.
notifications-empty = Pranešimų dar nėra.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } paminėjo jus įraše „{ $title }“
notification-reply = { $name } atsakė į „{ $title }“
notification-comment = { $name } pakomentavo „{ $title }“
notification-like = { $count ->
    [0] { $name } paspaudė „Patinka“ prie „{ $title }“
    [one] { $name } ir dar { $count } kolega paspaudė „Patinka“ prie „{ $title }“
    [few] { $name } ir dar { $count } kolegos paspaudė „Patinka“ prie „{ $title }“
    [many] { $name } ir dar { $count } kolegos paspaudė „Patinka“ prie „{ $title }“
   *[other] { $name } ir dar { $count } kolegų paspaudė „Patinka“ prie „{ $title }“
}
notification-accepted = { $name } priėmė jūsų atsakymą temoje „{ $title }“
notification-join-request = { $name } prašo leisti prisijungti prie bendruomenės { $community }
notification-approved = { $name } patvirtino jūsų prašymą prisijungti prie bendruomenės { $community }
notification-added = { $name } pridėjo jus prie bendruomenės { $community }
