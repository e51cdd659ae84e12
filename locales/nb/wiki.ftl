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
    [0] { $name } redigerte «{ $title }»
    [one] { $name } og { $count } annen redigerte «{ $title }»
   *[other] { $name } og { $count } andre redigerte «{ $title }»
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Noen lagret denne siden etter at du begynte å redigere, så endringene dine ble ikke lagret. Teksten din er tatt vare på: redigeringssiden viser den flettet sammen med siden slik den er nå, så du kan se over og lagre på nytt.

# Field names in error messages.
field-parent-id = Overordnet side
field-position = Plassering
field-summary = Sammendrag av endringen
field-wiki-editors = Hvem som kan redigere wikien
field-version = Versjon
field-original-id = Original
# Field problems.
error-field-taken = en annen side har allerede denne tittelen
error-field-inside-itself = en side kan ikke plasseres under seg selv eller en av sine egne undersider
error-field-front-page = forsiden ligger alltid øverst i wikien
error-field-not-found = ble ikke funnet
error-field-too-many-pages = { $limit ->
    [one] en wiki kan ha høyst { $limit } side
   *[other] en wiki kan ha høyst { $limit } sider
}
error-field-wiki-page = en wikiside redigeres i wikien sin
error-field-invalid = verdien er ugyldig

# Community settings: who may edit the wiki.
community-wiki-editors-members = Alle medlemmer
community-wiki-editors-moderators = Bare eiere og moderatorer

## The wiki's pages.

wiki-pages-heading = Sider
wiki-new-page = Ny side
wiki-empty = Denne wikien har ingen sider ennå. Den første siden blir forsiden.
# Badge on the wiki's front page.
wiki-front-page = Forside
wiki-breadcrumbs-label = Sidens plassering
# Who changed the page last. Variables: $name.
wiki-updated-by = Oppdatert av { $name }
# A version number. Variables: $version.
wiki-version = Versjon { $version }
wiki-languages = Denne siden finnes på:
# On a page made from a forum question.
wiki-from-question = Fra spørsmålet:
wiki-toc-label = Innhold
wiki-children-heading = Undersider
wiki-follow = Følg denne siden
wiki-unfollow = Slutt å følge
wiki-edit = Rediger
wiki-add-child = Legg til en underside
wiki-delete = Slett siden
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentarer
    [one] { $count } kommentar
   *[other] { $count } kommentarer
}

## Writing a page.

wiki-title-label = Tittel
wiki-body-label = Tekst
wiki-link-help = Lenk til en annen side i denne wikien med [[Sidetittel]]; en side som ikke finnes ennå, kan opprettes fra lenken.
wiki-create-submit = Opprett siden
# Variables: $title.
wiki-editing = Redigerer «{ $title }»
# Variables: $version.
wiki-editing-version = Du redigerer versjon { $version }.
wiki-open-current = Åpne den gjeldende versjonen i en ny fane
wiki-summary-label = Sammendrag av endringen (valgfritt)
wiki-save = Lagre
wiki-cancel = Avbryt
wiki-may-not-edit = Du kan ikke redigere denne siden.
wiki-back-to-page = Tilbake til siden

## History and differences.

wiki-history-heading = Historikk
wiki-compare-from = Fra
wiki-compare-to = Til
wiki-version-column = Versjon
wiki-compare = Sammenlign
wiki-revert = Gjenopprett denne versjonen
# Variables: $version.
wiki-reverted-from = gjenoppretter versjon { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } ord lagt til
   *[other] { $inserted } ord lagt til
}, { $deleted ->
    [one] { $deleted } ord fjernet
   *[other] { $deleted } ord fjernet
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } uendret ord …
   *[other] … { $count } uendrede ord …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Ofte stilte spørsmål
# The text of that section's own page.
wiki-faq-body = Svar på spørsmål som er stilt i forumet, samlet her så alle kan finne dem.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Svar
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Besvart av { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] besøkt { $count } gang via forumet
   *[other] besøkt { $count } ganger via forumet
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Dette svaret er lagret i wikien.
forum-open-in-wiki = Åpne wikisiden
forum-keep-in-wiki = Lagre dette svaret i wikien
# Error: a question without an accepted answer.
error-not-answered = Dette spørsmålet har ikke noe godkjent svar ennå, så det er ingenting å lagre i wikien.
error-field-title-taken = alle titlene denne siden kunne fått, er allerede i bruk i wikien

# Moving a page in the tree.
wiki-move = Flytt siden
wiki-move-parent = Under
wiki-move-top = Øverste nivå i wikien
wiki-move-position = Plass blant sidene der
wiki-move-last = Sist
wiki-move-first = Først
wiki-move-submit = Flytt
wiki-moved = Flyttet.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = { $names } lagret siden (nå versjon { $version }) mens du redigerte versjon { $base }. Ingenting av det du skrev, er tapt.
wiki-merge-clean = Endringene dine og deres er på forskjellige steder og er slått sammen i skjemaet nedenfor: les gjennom og lagre.
wiki-merge-conflicts = { $count ->
    [one] Dere har begge endret de samme linjene på ett sted.
   *[other] Dere har begge endret de samme linjene på { $count } steder.
} Der endringene kolliderer, kommer sidens linjer først og deretter dine, mellom linjer med <<<<<<<, ======= og >>>>>>>: behold det som skal stå, slett resten, også markørene, og lagre.
wiki-merge-title = Sidens tittel er nå «{ $title }»; skjemaet har din.
wiki-merge-diff = Slik skiller teksten din seg fra siden nå
wiki-merge-yours = Teksten din slik du skrev den
wiki-merge-discard = Forkast teksten min og behold siden slik den er
