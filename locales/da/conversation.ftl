### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Statusopdatering
# An item's kind.
kind-blog-post = Blogindlæg
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
stream-kind-status = Statusopdateringer
# Stream filter: blog posts only.
stream-kind-blog = Blogs
# Stream filter: forum topics and replies only.
stream-kind-forum = Fora
# Link to the next (older) page of a list.
stream-older = Ældre opslag
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Ingen synes godt om
    [one] { $count } synes godt om
   *[other] { $count } synes godt om
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
stream-empty-home = Her er intet endnu. Bliv medlem af grupper, og følg kolleger eller tags, så vises det, de slår op, her.
# A community's stream is empty.
stream-empty-community = Der er ikke slået noget op her endnu.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Intet at vise endnu.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Hvad arbejder du med?
# Label of the status box in a community.
status-composer-community = Del noget med gruppen
# Button that posts a status update.
status-submit = Slå op
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Din opdatering er slået op.
# Label of the language menu of a composer.
post-lang-label = Tekstens sprog
# Language menu entry for a text in another or no particular language.
post-lang-und = Andet eller blandet
# Help under every text box.
post-markdown-help = Markdown virker: **fed**, _kursiv_, lister, [links](https://…). Skriv @ og et navn for at nævne nogen.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Personer med adgang her
# Button that shows how the text will look.
post-preview = Vis eksempel
# Heading above the preview.
post-preview-heading = Eksempel
# Label of a title field.
post-title-label = Titel
# Label of a main text field.
post-body-label = Tekst
# Label of the tags field.
post-tags-label = Tags
# Help under the tags field.
post-tags-help = Adskil tags med komma, for eksempel: vpn, onboarding
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] { $name } har ikke adgang her og har derfor ikke fået nogen notifikation.
   *[other] { $name } har ikke adgang her og har derfor ikke fået nogen notifikation.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Statusopdatering fra { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Du er her
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Redigeret { $date } af { $name }
# Short marker on an edited item in lists.
post-edited-short = redigeret
# Like button.
post-like = Synes godt om
# Like button when the reader likes it already.
post-unlike = Synes ikke længere godt om
# Opens the comment box.
post-comment = Kommentér
# Label of the comment box.
post-comment-label = Din kommentar
# Button that posts a comment.
post-comment-submit = Send kommentar
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Din kommentar er sendt.
# Hidden heading of the comments.
post-comments-heading = Kommentarer
# Opens the edit form.
post-edit = Rediger
# Saves an edit.
post-save = Gem ændringer
# Opens the delete form.
post-delete = Slet
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Ja, slet denne kommentar
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Ja, slet dette opslag med alle svar og kommentarer
# Button that deletes.
post-delete-submit = Slet permanent
# A thread that does not exist or is not visible.
post-not-found = Dette opslag findes ikke, eller du har ikke adgang til det.
# Link back to the home page.
post-back-home = Tilbage til forsiden
# The thread is longer than one page shows.
post-thread-truncated = Tråden er meget lang; kun den første del vises.

## Forums.

# Community tab: the forum.
community-tab-forum = Forum
# Community tab: the blog.
community-tab-blog = Blog
# Heading of a community's stream on its home page.
community-stream-heading = Seneste
# Opens the new-topic form.
forum-new-topic = Nyt emne
# Submits a new topic.
forum-new-topic-submit = Opret emne
# Checkbox: the topic is a question.
forum-is-question = Dette er et spørgsmål (et af svarene kan accepteres som svaret)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Bliv medlem af gruppen for at oprette emner og skrive opslag.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Bliv medlem af gruppen for at svare.
# Label of the forum filter tabs.
forum-filter-label = Emner
# Forum filter: all topics.
forum-filter-all = Alle
# Forum filter: questions.
forum-filter-questions = Spørgsmål
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Ubesvarede
# Forum filter: questions with an accepted answer.
forum-filter-answered = Besvarede
# The forum (or the filtered part) is empty.
forum-empty = Ingen emner her endnu.
# Badge of a question with an accepted answer.
forum-answered = Besvaret
# Badge of a question without one.
forum-unanswered = Ubesvaret
# Badge of a pinned topic.
forum-pinned = Fastgjort
# Badge of a locked topic.
forum-locked = Låst
# Badge on the accepted reply.
forum-accepted-answer = Accepteret svar
# Button: accept this reply as the answer.
forum-accept = Acceptér som svar
# Button: withdraw the acceptance.
forum-unaccept = Fortryd accept
# Moderator buttons.
forum-pin = Fastgør
forum-unpin = Frigør
forum-lock = Lås
forum-unlock = Lås op
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Ingen svar endnu
    [one] { $count } svar
   *[other] { $count } svar
}
# Heading of the reply form.
forum-reply-heading = Dit svar
# Submits a reply.
forum-reply-submit = Send svar
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Dit svar er sendt.
# Shown under a locked topic.
forum-locked-notice = Emnet er låst og modtager ikke flere svar.

## Blogs.

# Opens the new blog post form.
blog-new-post = Skriv et blogindlæg
# Publishes a blog post.
blog-publish = Udgiv
# Keeps a blog post as a draft.
blog-save-draft = Gem som kladde
# Badge of a draft.
blog-draft = Kladde
# Heading of one's drafts.
blog-drafts-heading = Dine kladder
# A blog with no posts.
blog-empty = Ingen blogindlæg endnu.
# Title of a personal blog. Variables: $name.
blog-personal-title = { $name } – blog
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profil
# Link from a profile to the person's blog.
profile-blog-link = Blog
# Heading of a person's stream on their profile.
profile-stream-heading = Opslag

## Following and tags.

# Follow button.
follow-start = Følg
# Unfollow button.
follow-stop = Følger ✓ (stop med at følge)
# A tag page with nothing the reader may see.
tag-empty = Intet har dette tag endnu.

## Notifications.

# Main navigation: notifications.
nav-notifications = Notifikationer
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } ulæst notifikation
   *[other] { $count } ulæste notifikationer
}
# Notifications page title.
notifications-title = Notifikationer
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Intet ulæst.
    [one] { $count } ulæst
   *[other] { $count } ulæste
}
# Button: mark every notification read.
notifications-mark-all = Markér alle som læst
# Button: mark one notification read.
notifications-mark-read = Markér som læst
# No notifications.
notifications-empty = Ingen notifikationer endnu.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } nævnte dig i »{ $title }«
notification-reply = { $name } svarede på »{ $title }«
notification-comment = { $name } kommenterede »{ $title }«
notification-like = { $count ->
    [0] { $name } synes godt om »{ $title }«
    [one] { $name } og { $count } anden synes godt om »{ $title }«
   *[other] { $name } og { $count } andre synes godt om »{ $title }«
}
notification-accepted = { $name } accepterede dit svar i »{ $title }«
notification-join-request = { $name } anmoder om medlemskab af { $community }
notification-approved = { $name } godkendte din anmodning om medlemskab af { $community }
notification-added = { $name } tilføjede dig til { $community }
