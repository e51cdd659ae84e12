### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wikiside
# An item's kind: a file.
kind-file = Fil
# Stream filter: new wiki pages only.
stream-kind-wiki = Wikisider
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } redigerede »{ $title }«
    [one] { $name } og { $count } anden redigerede »{ $title }«
   *[other] { $name } og { $count } andre redigerede »{ $title }«
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Nogen gemte denne side, efter at du begyndte at redigere, så dine ændringer blev ikke gemt. Din tekst er bevaret: redigeringssiden viser den flettet sammen med siden, som den er nu, så du kan tjekke den og gemme igen.

# Field names in error messages.
field-parent-id = Overordnet side
field-position = Placering
field-summary = Resumé af ændringen
field-wiki-editors = Hvem der må redigere wikien
field-version = Version
field-original-id = Original
# Field problems.
error-field-taken = en anden side har allerede denne titel
error-field-inside-itself = en side kan ikke placeres under sig selv eller en af sine egne undersider
error-field-front-page = forsiden forbliver øverst i wikien
error-field-not-found = blev ikke fundet
error-field-too-many-pages = { $limit ->
    [one] en wiki kan højst have { $limit } side
   *[other] en wiki kan højst have { $limit } sider
}
error-field-wiki-page = en wikiside redigeres i sin wiki
error-field-invalid = værdien er ugyldig

# Community settings: who may edit the wiki.
community-wiki-editors-members = Alle medlemmer
community-wiki-editors-moderators = Kun ejere og moderatorer

## The wiki's pages.

wiki-pages-heading = Sider
wiki-new-page = Ny side
wiki-empty = Denne wiki har ingen sider endnu. Den første side bliver dens forside.
# Badge on the wiki's front page.
wiki-front-page = Forside
wiki-breadcrumbs-label = Sidens placering
# Who changed the page last. Variables: $name.
wiki-updated-by = Opdateret af { $name }
# A version number. Variables: $version.
wiki-version = Version { $version }
wiki-languages = Denne side findes på:
# On a page made from a forum question.
wiki-from-question = Fra spørgsmålet:
wiki-toc-label = Indhold
wiki-children-heading = Undersider
wiki-follow = Følg denne side
wiki-unfollow = Stop med at følge
wiki-edit = Rediger
wiki-add-child = Tilføj en underside
wiki-delete = Slet siden
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentarer
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}

## Writing a page.

wiki-title-label = Titel
wiki-body-label = Tekst
wiki-link-help = Link til en anden side i denne wiki med [[Sidens titel]]; en side, der ikke findes endnu, kan oprettes fra linket.
wiki-create-submit = Opret side
# Variables: $title.
wiki-editing = Redigerer »{ $title }«
# Variables: $version.
wiki-editing-version = Du redigerer version { $version }.
wiki-open-current = Åbn den aktuelle version i en ny fane
wiki-summary-label = Resumé af ændringen (valgfrit)
wiki-save = Gem
wiki-cancel = Annuller
wiki-may-not-edit = Du kan ikke redigere denne side.
wiki-back-to-page = Tilbage til siden

## History and differences.

wiki-history-heading = Historik
wiki-compare-from = Fra
wiki-compare-to = Til
wiki-version-column = Version
wiki-compare = Sammenlign
wiki-revert = Gendan denne version
# Variables: $version.
wiki-reverted-from = gendanner version { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } ord tilføjet
   *[other] { $inserted } ord tilføjet
}, { $deleted ->
    [one] { $deleted } ord fjernet
   *[other] { $deleted } ord fjernet
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } uændret ord …
   *[other] … { $count } uændrede ord …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Ofte stillede spørgsmål
# The text of that section's own page.
wiki-faq-body = Svar på spørgsmål, der er stillet i forummet, samlet her, så alle kan finde dem.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Svar
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Besvaret af { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] besøgt { $count } gang fra forummet
   *[other] besøgt { $count } gange fra forummet
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Dette svar er gemt i wikien.
forum-open-in-wiki = Åbn wikisiden
forum-keep-in-wiki = Gem dette svar i wikien
# Error: a question without an accepted answer.
error-not-answered = Dette spørgsmål har endnu ikke et accepteret svar, så der er intet at gemme i wikien.
error-field-title-taken = alle de titler, siden kunne få, er allerede i brug i wikien

# Moving a page in the tree.
wiki-move = Flyt siden
wiki-move-parent = Under
wiki-move-top = Wikiens øverste niveau
wiki-move-position = Plads blandt siderne dér
wiki-move-last = Sidst
wiki-move-first = Først
wiki-move-submit = Flyt
wiki-moved = Flyttet.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = { $names } gemte siden (nu version { $version }), mens du redigerede version { $base }. Intet af det, du skrev, er gået tabt.
wiki-merge-clean = Dine og deres ændringer står forskellige steder og er flettet sammen i formularen nedenfor: læs den igennem, og gem.
wiki-merge-conflicts = { $count ->
    [one] I har begge ændret de samme linjer ét sted.
   *[other] I har begge ændret de samme linjer { $count } steder.
} Hvor ændringerne støder sammen, står sidens linjer først og dine bagefter, mellem linjer med <<<<<<<, ======= og >>>>>>>: behold det, der skal stå, slet resten, også markeringerne, og gem så.
wiki-merge-title = Sidens titel er nu »{ $title }«; formularen har din.
wiki-merge-diff = Sådan adskiller din tekst sig fra siden nu
wiki-merge-yours = Din tekst, som du skrev den
wiki-merge-discard = Kassér min tekst, og behold siden, som den er
