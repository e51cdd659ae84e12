### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wikisida
# An item's kind: a file.
kind-file = Fil
# Stream filter: new wiki pages only.
stream-kind-wiki = Wikisidor
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } redigerade ”{ $title }”
    [one] { $name } och { $count } annan redigerade ”{ $title }”
   *[other] { $name } och { $count } andra redigerade ”{ $title }”
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Någon sparade sidan efter att du började redigera, så dina ändringar sparades inte. Texten finns kvar: redigeringssidan visar den sammanfogad med sidan som den ser ut nu, så att du kan granska den och spara igen.

# Field names in error messages.
field-parent-id = Överordnad sida
field-position = Placering
field-summary = Sammanfattning av ändringen
field-wiki-editors = Vem som får redigera wikin
field-version = Version
field-original-id = Original
# Field problems.
error-field-taken = en annan sida har redan den här titeln
error-field-inside-itself = en sida kan inte placeras under sig själv eller någon av sina undersidor
error-field-front-page = startsidan ligger alltid överst i wikin
error-field-not-found = hittades inte
error-field-too-many-pages = { $limit ->
    [one] en wiki får ha högst { $limit } sida
   *[other] en wiki får ha högst { $limit } sidor
}
error-field-wiki-page = en wikisida redigeras i sin wiki
error-field-invalid = värdet är ogiltigt

# Community settings: who may edit the wiki.
community-wiki-editors-members = Alla medlemmar
community-wiki-editors-moderators = Bara ägare och moderatorer

## The wiki's pages.

wiki-pages-heading = Sidor
wiki-new-page = Ny sida
wiki-empty = Wikin har inga sidor ännu. Den första sidan blir dess startsida.
# Badge on the wiki's front page.
wiki-front-page = Startsida
wiki-breadcrumbs-label = Sidans plats
# Who changed the page last. Variables: $name.
wiki-updated-by = Uppdaterad av { $name }
# A version number. Variables: $version.
wiki-version = Version { $version }
wiki-languages = Sidan finns på:
# On a page made from a forum question.
wiki-from-question = Från frågan:
wiki-toc-label = Innehåll
wiki-children-heading = Undersidor
wiki-follow = Följ sidan
wiki-unfollow = Sluta följa
wiki-edit = Redigera
wiki-add-child = Lägg till en undersida
wiki-delete = Radera sidan
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentarer
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}

## Writing a page.

wiki-title-label = Titel
wiki-body-label = Text
wiki-link-help = Länka till en annan sida i wikin med [[Sidans titel]]; en sida som inte finns ännu kan skapas från länken.
wiki-create-submit = Skapa sidan
# Variables: $title.
wiki-editing = Redigerar ”{ $title }”
# Variables: $version.
wiki-editing-version = Du redigerar version { $version }.
wiki-open-current = Öppna den aktuella versionen i en ny flik
wiki-summary-label = Sammanfattning av ändringen (valfritt)
wiki-save = Spara
wiki-cancel = Avbryt
wiki-may-not-edit = Du kan inte redigera den här sidan.
wiki-back-to-page = Tillbaka till sidan

## History and differences.

wiki-history-heading = Historik
wiki-compare-from = Från
wiki-compare-to = Till
wiki-version-column = Version
wiki-compare = Jämför
wiki-revert = Återställ den här versionen
# Variables: $version.
wiki-reverted-from = återställer version { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } ord tillagt
   *[other] { $inserted } ord tillagda
}, { $deleted ->
    [one] { $deleted } ord borttaget
   *[other] { $deleted } ord borttagna
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } oförändrat ord …
   *[other] … { $count } oförändrade ord …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Vanliga frågor
# The text of that section's own page.
wiki-faq-body = Svar på frågor som har ställts i forumet, samlade här så att alla kan hitta dem.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Svar
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Besvarad av { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] besökt { $count } gång via forumet
   *[other] besökt { $count } gånger via forumet
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Svaret finns sparat i wikin.
forum-open-in-wiki = Öppna wikisidan
forum-keep-in-wiki = Spara svaret i wikin
# Error: a question without an accepted answer.
error-not-answered = Frågan har inget godkänt svar ännu, så det finns inget att spara i wikin.
error-field-title-taken = alla titlar som sidan skulle kunna få är redan upptagna i wikin

# Moving a page in the tree.
wiki-move = Flytta sidan
wiki-move-parent = Under
wiki-move-top = Wikins översta nivå
wiki-move-position = Plats bland sidorna där
wiki-move-last = Sist
wiki-move-first = Först
wiki-move-submit = Flytta
wiki-moved = Flyttad.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = { $names } sparade sidan (nu version { $version }) medan du redigerade version { $base }. Inget av det du skrev har gått förlorat.
wiki-merge-clean = Dina och deras ändringar finns på olika ställen och har sammanfogats i formuläret nedan: läs igenom och spara.
wiki-merge-conflicts = { $count ->
    [one] Ni har båda ändrat samma rader på ett ställe.
   *[other] Ni har båda ändrat samma rader på { $count } ställen.
} Där ändringarna krockar kommer sidans rader först och sedan dina, mellan rader med <<<<<<<, ======= och >>>>>>>: behåll det som ska stå kvar, ta bort resten, markeringarna också, och spara sedan.
wiki-merge-title = Sidans titel är nu ”{ $title }”; formuläret har din.
wiki-merge-diff = Så skiljer sig din text från sidan nu
wiki-merge-yours = Din text som du skrev den
wiki-merge-discard = Kasta min text och behåll sidan som den är
