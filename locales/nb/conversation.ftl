### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Statusoppdatering
# An item's kind.
kind-blog-post = Blogginnlegg
# An item's kind: a forum topic.
kind-topic = Emne
# An item's kind: a reply to a forum topic.
kind-reply = Svar
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Kommentar

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Vis
# Stream filter: everything.
stream-kind-all = Alt
# Stream filter: status updates only.
stream-kind-status = Statusoppdateringer
# Stream filter: blog posts only.
stream-kind-blog = Blogger
# Stream filter: forum topics and replies only.
stream-kind-forum = Forum
# Link to the next (older) page of a list.
stream-older = Eldre innlegg
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Ingen likerklikk
    [one] { $count } likerklikk
   *[other] { $count } likerklikk
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Ingen svar
    [one] { $count } svar
   *[other] { $count } svar
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Ingen kommentarer
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}
# The home stream is empty.
stream-empty-home = Ingenting her ennå. Bli medlem i grupper og følg kolleger eller stikkord, så vises det de publiserer her.
# A community's stream is empty.
stream-empty-community = Ingenting er publisert her ennå.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Ingenting å vise ennå.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Hva jobber du med?
# Label of the status box in a community.
status-composer-community = Del noe med gruppen
# Button that posts a status update.
status-submit = Publiser
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Oppdateringen din er publisert.
# Label of the language menu of a composer.
post-lang-label = Tekstens språk
# Language menu entry for a text in another or no particular language.
post-lang-und = Annet eller blandet
# Help under every text box.
post-markdown-help = Markdown fungerer: **fet**, _kursiv_, lister, [lenker](https://…). Skriv @ og et navn for å nevne noen.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Personer som har tilgang her
# Button that shows how the text will look.
post-preview = Forhåndsvis
# Heading above the preview.
post-preview-heading = Forhåndsvisning
# Label of a title field.
post-title-label = Tittel
# Label of a main text field.
post-body-label = Tekst
# Label of the tags field.
post-tags-label = Stikkord
# Help under the tags field.
post-tags-help = Skill stikkordene med komma, for eksempel: vpn, onboarding
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } har ikke tilgang her og har derfor ikke fått noe varsel.
   *[other] { $name } har ikke tilgang her og har derfor ikke fått noe varsel.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Statusoppdatering fra { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Du er her
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Redigert { $date } av { $name }
# Short marker on an edited item in lists.
post-edited-short = redigert
# Like button.
post-like = Lik
# Like button when the reader likes it already.
post-unlike = Fjern likerklikk
# Opens the comment box.
post-comment = Kommenter
# Label of the comment box.
post-comment-label = Kommentaren din
# Button that posts a comment.
post-comment-submit = Publiser kommentar
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Kommentaren din er publisert.
# Hidden heading of the comments.
post-comments-heading = Kommentarer
# Opens the edit form.
post-edit = Rediger
# Saves an edit.
post-save = Lagre endringer
# Opens the delete form.
post-delete = Slett
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Ja, slett denne kommentaren
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Ja, slett dette innlegget med alle svar og kommentarer
# Button that deletes.
post-delete-submit = Slett permanent
# A thread that does not exist or is not visible.
post-not-found = Dette innlegget finnes ikke, eller du har ikke tilgang til det.
# Link back to the home page.
post-back-home = Tilbake til forsiden
# The thread is longer than one page shows.
post-thread-truncated = Tråden er svært lang; bare den første delen vises.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blogg
# Heading of a community's stream on its home page.
community-stream-heading = Siste
# Opens the new-topic form.
forum-new-topic = Nytt emne
# Submits a new topic.
forum-new-topic-submit = Opprett emne
# Checkbox: the topic is a question.
forum-is-question = Dette er et spørsmål (ett av svarene kan godkjennes som svaret på spørsmålet)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Bli medlem av gruppen for å opprette emner og skrive innlegg.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Bli medlem av gruppen for å svare.
# Label of the forum filter tabs.
forum-filter-label = Emner
# Forum filter: all topics.
forum-filter-all = Alle
# Forum filter: questions.
forum-filter-questions = Spørsmål
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Ubesvarte
# Forum filter: questions with an accepted answer.
forum-filter-answered = Besvarte
# The forum (or the filtered part) is empty.
forum-empty = Ingen emner her ennå.
# Badge of a question with an accepted answer.
forum-answered = Besvart
# Badge of a question without one.
forum-unanswered = Ubesvart
# Badge of a pinned topic.
forum-pinned = Festet
# Badge of a locked topic.
forum-locked = Låst
# Badge on the accepted reply.
forum-accepted-answer = Godkjent svar
# Button: accept this reply as the answer.
forum-accept = Godkjenn som svar
# Button: withdraw the acceptance.
forum-unaccept = Trekk tilbake godkjenningen
# Moderator buttons.
forum-pin = Fest
forum-unpin = Løsne
forum-lock = Lås
forum-unlock = Lås opp
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Ingen svar ennå
    [one] { $count } svar
   *[other] { $count } svar
}
# Heading of the reply form.
forum-reply-heading = Svaret ditt
# Submits a reply.
forum-reply-submit = Publiser svar
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Svaret ditt er publisert.
# Shown under a locked topic.
forum-locked-notice = Emnet er låst og tar ikke imot flere svar.

## Blogs.

# Opens the new blog post form.
blog-new-post = Skriv et blogginnlegg
# Publishes a blog post.
blog-publish = Publiser
# Keeps a blog post as a draft.
blog-save-draft = Lagre som utkast
# Badge of a draft.
blog-draft = Utkast
# Heading of one's drafts.
blog-drafts-heading = Utkastene dine
# A blog with no posts.
blog-empty = Ingen blogginnlegg ennå.
# Title of a personal blog. Variables: $name.
blog-personal-title = Bloggen til { $name }
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profil
# Link from a profile to the person's blog.
profile-blog-link = Blogg
# Heading of a person's stream on their profile.
profile-stream-heading = Innlegg

## Following and tags.

# Follow button.
follow-start = Følg
# Unfollow button.
follow-stop = Følger ✓ (slutt å følge)
# A tag page with nothing the reader may see.
tag-empty = Ingenting har dette stikkordet ennå.

## Notifications.

# Main navigation: notifications.
nav-notifications = Varsler
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } ulest varsel
   *[other] { $count } uleste varsler
}
# Notifications page title.
notifications-title = Varsler
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Ingenting ulest.
    [one] { $count } ulest
   *[other] { $count } uleste
}
# Button: mark every notification read.
notifications-mark-all = Merk alle som lest
# Button: mark one notification read.
notifications-mark-read = Merk som lest
# No notifications.
notifications-empty = Ingen varsler ennå.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } nevnte deg i «{ $title }»
notification-reply = { $name } svarte på «{ $title }»
notification-comment = { $name } kommenterte «{ $title }»
notification-like = { $count ->
    [0] { $name } likte «{ $title }»
    [one] { $name } og { $count } annen likte «{ $title }»
   *[other] { $name } og { $count } andre likte «{ $title }»
}
notification-accepted = { $name } godkjente svaret ditt i «{ $title }»
notification-join-request = { $name } ber om å bli med i { $community }
notification-approved = { $name } godkjente forespørselen din om å bli med i { $community }
notification-added = { $name } la deg til i { $community }
