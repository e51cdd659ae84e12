### Conversation: streams, status updates, blogs, forums, comments, likes, follows,
### mentions and notifications.

## Kinds of items.

# An item's kind: a short post on a profile or in a community.
kind-status = Tilapäivitys
# An item's kind.
kind-blog-post = Blogikirjoitus
# An item's kind: a forum topic.
kind-topic = Aihe
# An item's kind: a reply to a forum topic.
kind-reply = Vastaus
# An item's kind: a comment under a status update, blog post or reply.
kind-comment = Kommentti

## Streams and lists.

# Label of the tabs that filter a stream by kind.
stream-kind-label = Näytä
# Stream filter: everything.
stream-kind-all = Kaikki
# Stream filter: status updates only.
stream-kind-status = Tilapäivitykset
# Stream filter: blog posts only.
stream-kind-blog = Blogit
# Stream filter: forum topics and replies only.
stream-kind-forum = Keskustelupalstat
# Link to the next (older) page of a list.
stream-older = Vanhemmat julkaisut
# Like count on an item. Variables: $count.
stream-likes = { $count ->
    [0] Ei tykkäyksiä
    [one] { $count } tykkäys
   *[other] { $count } tykkäystä
}
# Reply count of a topic. Variables: $count.
stream-replies = { $count ->
    [0] Ei vastauksia
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
# Comment count of an item. Variables: $count.
stream-comments = { $count ->
    [0] Ei kommentteja
    [one] { $count } kommentti
   *[other] { $count } kommenttia
}
# The home stream is empty.
stream-empty-home = Täällä ei ole vielä mitään. Liity yhteisöihin ja seuraa kollegoita tai tunnisteita, niin uudet julkaisut näkyvät täällä.
# A community's stream is empty.
stream-empty-community = Täällä ei ole vielä julkaisuja.
# A person's stream is empty (or nothing of it is visible to the reader).
stream-empty-person = Ei vielä näytettävää.

## Writing.

# Label of the status box on the home page and one's profile.
status-composer = Minkä parissa työskentelet?
# Label of the status box in a community.
status-composer-community = Jaa jotain tämän yhteisön kanssa
# Button that posts a status update.
status-submit = Julkaise
# Shown, and focused, after a status update is posted and the page has loaded again.
status-posted = Päivityksesi on julkaistu.
# Label of the language menu of a composer.
post-lang-label = Tekstin kieli
# Language menu entry for a text in another or no particular language.
post-lang-und = Muu tai useita kieliä
# Help under every text box.
post-markdown-help = Markdown toimii: **lihavointi**, _kursivointi_, luettelot, [linkit](https://…). Mainitse joku kirjoittamalla @ ja nimi.
# Label of the list of people offered while typing @name.
post-mention-suggestions = Henkilöt, joilla on pääsy tänne
# Button that shows how the text will look.
post-preview = Esikatsele
# Heading above the preview.
post-preview-heading = Esikatselu
# Label of a title field.
post-title-label = Otsikko
# Label of a main text field.
post-body-label = Teksti
# Label of the tags field.
post-tags-label = Tunnisteet
# Help under the tags field.
post-tags-help = Erota tunnisteet pilkuilla, esimerkiksi: vpn, perehdytys
# Shown after saving when some mentioned people cannot see the place. Variables: $name (their names, comma-separated), $count.
post-not-notified = { $count ->
    [one] Ilmoitusta ei lähetetty: { $name } ei näe tätä sisältöä.
   *[other] Ilmoitusta ei lähetetty: { $name } eivät näe tätä sisältöä.
}

## One item and its thread.

# Heading of a status update's own page (it has no title). Variables: $name (its author).
post-untitled-heading = Tilapäivitys: { $name }
# Breadcrumb navigation label on a thread page.
post-breadcrumb = Olet tässä
# Shown under an edited item. Variables: $date, $name (who edited).
post-edited = Muokattu { $date } (muokkaaja: { $name })
# Short marker on an edited item in lists.
post-edited-short = muokattu
# Like button.
post-like = Tykkää
# Like button when the reader likes it already.
post-unlike = Peru tykkäys
# Opens the comment box.
post-comment = Kommentoi
# Label of the comment box.
post-comment-label = Kommenttisi
# Button that posts a comment.
post-comment-submit = Lähetä kommentti
# Shown after a comment is posted and the page has loaded again.
post-comment-posted = Kommenttisi on julkaistu.
# Hidden heading of the comments.
post-comments-heading = Kommentit
# Opens the edit form.
post-edit = Muokkaa
# Saves an edit.
post-save = Tallenna muutokset
# Opens the delete form.
post-delete = Poista
# Confirmation checkbox when deleting a comment.
post-delete-confirm = Kyllä, poista tämä kommentti
# Confirmation checkbox when deleting an item with what hangs under it.
post-delete-confirm-all = Kyllä, poista tämä sekä sen vastaukset ja kommentit
# Button that deletes.
post-delete-submit = Poista pysyvästi
# A thread that does not exist or is not visible.
post-not-found = Julkaisua ei ole olemassa, tai sinulla ei ole siihen käyttöoikeutta.
# Link back to the home page.
post-back-home = Takaisin etusivulle
# The thread is longer than one page shows.
post-thread-truncated = Keskustelu on hyvin pitkä, joten siitä näytetään vain alkuosa.

## Forums.

# Community tab: the forum.
community-tab-forum = Keskustelupalsta
# Community tab: the blog.
community-tab-blog = Blogi
# Heading of a community's stream on its home page.
community-stream-heading = Uusimmat
# Opens the new-topic form.
forum-new-topic = Uusi aihe
# Submits a new topic.
forum-new-topic-submit = Julkaise aihe
# Checkbox: the topic is a question.
forum-is-question = Tämä on kysymys (yksi vastauksista voidaan hyväksyä ratkaisuksi)
# Shown to non-members where they cannot start topics.
forum-join-to-post = Liity yhteisöön, niin voit aloittaa aiheita ja kirjoittaa viestejä.
# Shown under a topic to people who may not reply.
forum-join-to-reply = Liity yhteisöön, niin voit vastata.
# Label of the forum filter tabs.
forum-filter-label = Aiheet
# Forum filter: all topics.
forum-filter-all = Kaikki
# Forum filter: questions.
forum-filter-questions = Kysymykset
# Forum filter: questions without an accepted answer.
forum-filter-unanswered = Vastaamattomat
# Forum filter: questions with an accepted answer.
forum-filter-answered = Vastatut
# The forum (or the filtered part) is empty.
forum-empty = Täällä ei ole vielä aiheita.
# Badge of a question with an accepted answer.
forum-answered = Vastattu
# Badge of a question without one.
forum-unanswered = Vastaamaton
# Badge of a pinned topic.
forum-pinned = Kiinnitetty
# Badge of a locked topic.
forum-locked = Lukittu
# Badge on the accepted reply.
forum-accepted-answer = Hyväksytty vastaus
# Button: accept this reply as the answer.
forum-accept = Hyväksy vastaukseksi
# Button: withdraw the acceptance.
forum-unaccept = Peru hyväksyntä
# Moderator buttons.
forum-pin = Kiinnitä
forum-unpin = Irrota
forum-lock = Lukitse
forum-unlock = Avaa lukitus
# Heading of the replies. Variables: $count.
forum-replies-heading = { $count ->
    [0] Ei vielä vastauksia
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
# Heading of the reply form.
forum-reply-heading = Vastauksesi
# Submits a reply.
forum-reply-submit = Lähetä vastaus
# Shown after a reply is posted and the page has loaded again.
forum-reply-posted = Vastauksesi on julkaistu.
# Shown under a locked topic.
forum-locked-notice = Aihe on lukittu, eikä siihen voi enää vastata.

## Blogs.

# Opens the new blog post form.
blog-new-post = Kirjoita blogikirjoitus
# Publishes a blog post.
blog-publish = Julkaise
# Keeps a blog post as a draft.
blog-save-draft = Tallenna luonnoksena
# Badge of a draft.
blog-draft = Luonnos
# Heading of one's drafts.
blog-drafts-heading = Luonnoksesi
# A blog with no posts.
blog-empty = Ei vielä blogikirjoituksia.
# Title of a personal blog. Variables: $name.
blog-personal-title = Käyttäjän { $name } blogi
# Link from a personal blog to the person's profile.
blog-back-to-profile = Profiili
# Link from a profile to the person's blog.
profile-blog-link = Blogi
# Heading of a person's stream on their profile.
profile-stream-heading = Julkaisut

## Following and tags.

# Follow button.
follow-start = Seuraa
# Unfollow button.
follow-stop = Seuraat ✓ (lopeta seuraaminen)
# A tag page with nothing the reader may see.
tag-empty = Tällä tunnisteella ei ole vielä mitään.

## Notifications.

# Main navigation: notifications.
nav-notifications = Ilmoitukset
# Accessible label of the unread count. Variables: $count.
nav-unread = { $count ->
    [one] { $count } lukematon ilmoitus
   *[other] { $count } lukematonta ilmoitusta
}
# Notifications page title.
notifications-title = Ilmoitukset
# Unread count on the notifications page. Variables: $count.
notifications-unread = { $count ->
    [0] Ei lukemattomia.
    [one] { $count } lukematon
   *[other] { $count } lukematonta
}
# Button: mark every notification read.
notifications-mark-all = Merkitse kaikki luetuiksi
# Button: mark one notification read.
notifications-mark-read = Merkitse luetuksi
# No notifications.
notifications-empty = Ei vielä ilmoituksia.
# Variables for every notification: $name (who), $title (the post), $community, $count (others in a group).
notification-mention = { $name } mainitsi sinut kohteessa ”{ $title }”
notification-reply = { $name } vastasi kohteeseen ”{ $title }”
notification-comment = { $name } kommentoi kohdetta ”{ $title }”
notification-like = { $count ->
    [0] { $name } tykkäsi kohteesta ”{ $title }”
    [one] { $name } ja { $count } muu tykkäsivät kohteesta ”{ $title }”
   *[other] { $name } ja { $count } muuta tykkäsivät kohteesta ”{ $title }”
}
notification-accepted = { $name } hyväksyi vastauksesi kohteessa ”{ $title }”
notification-join-request = { $name } pyytää liittymistä yhteisöön { $community }
notification-approved = { $name } hyväksyi liittymispyyntösi yhteisöön { $community }
notification-added = { $name } lisäsi sinut yhteisöön { $community }
