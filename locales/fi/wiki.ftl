### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wikisivu
# An item's kind: a file.
kind-file = Tiedosto
# Stream filter: new wiki pages only.
stream-kind-wiki = Wikisivut
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } muokkasi sivua ”{ $title }”
    [one] { $name } ja { $count } muu muokkasivat sivua ”{ $title }”
   *[other] { $name } ja { $count } muuta muokkasivat sivua ”{ $title }”
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Joku tallensi tämän sivun sen jälkeen, kun aloitit muokkaamisen, joten tallennustasi ei tehty. Tekstisi on tallessa: muokkaussivu näyttää sen yhdistettynä sivun nykyiseen versioon, jotta voit tarkistaa sen ja tallentaa uudelleen.

# Field names in error messages.
field-parent-id = Yläsivu
field-position = Sijainti
field-summary = Muutoksen yhteenveto
field-wiki-editors = Ketkä saavat muokata wikiä
field-version = Versio
field-original-id = Alkuperäinen
# Field problems.
error-field-taken = toisella sivulla on jo tämä otsikko
error-field-inside-itself = sivua ei voi sijoittaa itsensä tai omien alasivujensa alle
error-field-front-page = etusivu pysyy wikin ylimpänä
error-field-not-found = ei löytynyt
error-field-too-many-pages = { $limit ->
    [one] wikissä voi olla enintään { $limit } sivu
   *[other] wikissä voi olla enintään { $limit } sivua
}
error-field-wiki-page = wikisivua muokataan sen omassa wikissä
error-field-invalid = arvo ei kelpaa

# Community settings: who may edit the wiki.
community-wiki-editors-members = Kaikki jäsenet
community-wiki-editors-moderators = Vain omistajat ja moderaattorit

## The wiki's pages.

wiki-pages-heading = Sivut
wiki-new-page = Uusi sivu
wiki-empty = Tässä wikissä ei ole vielä sivuja. Ensimmäisestä sivusta tulee sen etusivu.
# Badge on the wiki's front page.
wiki-front-page = Etusivu
wiki-breadcrumbs-label = Sivun sijainti
# Who changed the page last. Variables: $name.
wiki-updated-by = Viimeksi muokannut: { $name }
# A version number. Variables: $version.
wiki-version = Versio { $version }
wiki-languages = Tämä sivu kielillä:
# On a page made from a forum question.
wiki-from-question = Kysymyksestä:
wiki-toc-label = Sisällys
wiki-children-heading = Alasivut
wiki-follow = Seuraa tätä sivua
wiki-unfollow = Lopeta seuraaminen
wiki-edit = Muokkaa
wiki-add-child = Lisää alasivu
wiki-delete = Poista sivu
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentit
    [one] { $count } kommentti
   *[other] { $count } kommenttia
}

## Writing a page.

wiki-title-label = Otsikko
wiki-body-label = Teksti
wiki-link-help = Linkitä tämän wikin toiseen sivuun kirjoittamalla [[Sivun otsikko]]; sivun, jota ei vielä ole, voi luoda linkistä.
wiki-create-submit = Luo sivu
# Variables: $title.
wiki-editing = Muokkaat sivua ”{ $title }”
# Variables: $version.
wiki-editing-version = Muokkaat versiota { $version }.
wiki-open-current = Avaa nykyinen versio uudessa välilehdessä
wiki-summary-label = Muutoksen yhteenveto (valinnainen)
wiki-save = Tallenna
wiki-cancel = Peruuta
wiki-may-not-edit = Et voi muokata tätä sivua.
wiki-back-to-page = Takaisin sivulle

## History and differences.

wiki-history-heading = Historia
wiki-compare-from = Mistä
wiki-compare-to = Mihin
wiki-version-column = Versio
wiki-compare = Vertaa
wiki-revert = Palauta tämä versio
# Variables: $version.
wiki-reverted-from = palauttaa version { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } sana lisätty
   *[other] { $inserted } sanaa lisätty
}, { $deleted ->
    [one] { $deleted } sana poistettu
   *[other] { $deleted } sanaa poistettu
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } muuttumaton sana …
   *[other] … { $count } muuttumatonta sanaa …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Usein kysytyt kysymykset
# The text of that section's own page.
wiki-faq-body = Vastauksia keskustelupalstalla esitettyihin kysymyksiin, koottuina tänne kaikkien löydettäviksi.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Vastaus
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Vastannut: { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] avattu keskustelupalstalta { $count } kerran
   *[other] avattu keskustelupalstalta { $count } kertaa
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Tämä vastaus on tallennettu wikiin.
forum-open-in-wiki = Avaa wikisivu
forum-keep-in-wiki = Tallenna vastaus wikiin
# Error: a question without an accepted answer.
error-not-answered = Tällä kysymyksellä ei ole vielä hyväksyttyä vastausta, joten wikiin ei ole mitään tallennettavaa.
error-field-title-taken = kaikki otsikot, jotka tämä sivu voisi saada, ovat wikissä jo käytössä

# Moving a page in the tree.
wiki-move = Siirrä sivu
wiki-move-parent = Minkä alle
wiki-move-top = Wikin ylin taso
wiki-move-position = Paikka siellä olevien sivujen joukossa
wiki-move-last = Viimeiseksi
wiki-move-first = Ensimmäiseksi
wiki-move-submit = Siirrä
wiki-moved = Siirretty.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Kun muokkasit versiota { $base }, sivun tallensi sillä välin { $names } (nyt versio { $version }). Mitään kirjoittamaasi ei ole menetetty.
wiki-merge-clean = Sinun ja muiden muutokset ovat eri kohdissa, ja ne on yhdistetty alla olevaan lomakkeeseen: lue se läpi ja tallenna.
wiki-merge-conflicts = { $count ->
    [one] Molemmat muutokset koskevat samoja rivejä yhdessä kohdassa.
   *[other] Molemmat muutokset koskevat samoja rivejä { $count } kohdassa.
} Ristiriitakohdissa sivun rivit ovat ensin ja sinun rivisi sitten, rivien <<<<<<<, ======= ja >>>>>>> välissä: säilytä se, mikä jää, poista loput merkkirivejä myöten ja tallenna.
wiki-merge-title = Sivun otsikko on nyt ”{ $title }”; lomakkeessa on sinun otsikkosi.
wiki-merge-diff = Miten tekstisi eroaa nykyisestä sivusta
wiki-merge-yours = Tekstisi sellaisena kuin kirjoitit sen
wiki-merge-discard = Hylkää tekstini ja jätä sivu ennalleen
