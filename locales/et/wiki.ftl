### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Viki
# An item's kind: a wiki page.
kind-wiki-page = Vikileht
# An item's kind: a file.
kind-file = Fail
# Stream filter: new wiki pages only.
stream-kind-wiki = Vikilehed
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } muutis lehte „{ $title }“
    [one] { $name } ja veel { $count } inimene muutsid lehte „{ $title }“
   *[other] { $name } ja veel { $count } inimest muutsid lehte „{ $title }“
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Keegi salvestas selle lehe pärast seda, kui te muutmist alustasite, seega teie salvestust ei tehtud. Teie tekst on alles: muutmislehel on see ühendatud lehe praeguse sisuga, et saaksite selle üle vaadata ja uuesti salvestada.

# Field names in error messages.
field-parent-id = Ülemleht
field-position = Asukoht
field-summary = Muudatuse kokkuvõte
field-wiki-editors = Kes võivad vikit muuta
field-version = Versioon
field-original-id = Originaal
# Field problems.
error-field-taken = mõnel teisel lehel on juba see pealkiri
error-field-inside-itself = lehte ei saa paigutada iseenda ega oma alamlehe alla
error-field-front-page = esileht jääb alati viki tippu
error-field-not-found = ei leitud
error-field-too-many-pages = { $limit ->
    [one] vikis võib olla kõige rohkem { $limit } leht
   *[other] vikis võib olla kõige rohkem { $limit } lehte
}
error-field-wiki-page = vikilehte muudetakse selle enda vikis
error-field-invalid = see väärtus ei ole sobiv

# Community settings: who may edit the wiki.
community-wiki-editors-members = Kõik liikmed
community-wiki-editors-moderators = Ainult omanikud ja moderaatorid

## The wiki's pages.

wiki-pages-heading = Lehed
wiki-new-page = Uus leht
wiki-empty = Selles vikis pole veel lehti. Esimesest lehest saab selle esileht.
# Badge on the wiki's front page.
wiki-front-page = Esileht
wiki-breadcrumbs-label = Lehe asukoht
# Who changed the page last. Variables: $name.
wiki-updated-by = Viimati muutis { $name }
# A version number. Variables: $version.
wiki-version = Versioon { $version }
wiki-languages = See leht keeltes:
# On a page made from a forum question.
wiki-from-question = Küsimusest:
wiki-toc-label = Sisukord
wiki-children-heading = Alamlehed
wiki-follow = Jälgi seda lehte
wiki-unfollow = Lõpeta jälgimine
wiki-edit = Muuda
wiki-add-child = Lisa alamleht
wiki-delete = Kustuta leht
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Kommentaarid
    [one] { $count } kommentaar
   *[other] { $count } kommentaari
}

## Writing a page.

wiki-title-label = Pealkiri
wiki-body-label = Tekst
wiki-link-help = Selle viki teisele lehele saate viidata kujul [[Lehe pealkiri]]; lehe, mida veel ei ole, saab luua lingi kaudu.
wiki-create-submit = Loo leht
# Variables: $title.
wiki-editing = Lehe „{ $title }“ muutmine
# Variables: $version.
wiki-editing-version = Te muudate versiooni { $version }.
wiki-open-current = Ava praegune versioon uuel vahekaardil
wiki-summary-label = Muudatuse kokkuvõte (valikuline)
wiki-save = Salvesta
wiki-cancel = Tühista
wiki-may-not-edit = Te ei saa seda lehte muuta.
wiki-back-to-page = Tagasi lehele

## History and differences.

wiki-history-heading = Ajalugu
wiki-compare-from = Alates
wiki-compare-to = Kuni
wiki-version-column = Versioon
wiki-compare = Võrdle
wiki-revert = Taasta see versioon
# Variables: $version.
wiki-reverted-from = taastab versiooni { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } sõna lisatud
   *[other] { $inserted } sõna lisatud
}, { $deleted ->
    [one] { $deleted } sõna eemaldatud
   *[other] { $deleted } sõna eemaldatud
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } muutmata sõna …
   *[other] … { $count } muutmata sõna …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Korduma kippuvad küsimused
# The text of that section's own page.
wiki-faq-body = Vastused foorumis esitatud küsimustele, kogutud siia, et kõik need üles leiaksid.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Vastus
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Vastas { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] foorumist avatud { $count } kord
   *[other] foorumist avatud { $count } korda
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = See vastus on vikis talletatud.
forum-open-in-wiki = Ava vikileht
forum-keep-in-wiki = Talleta see vastus vikisse
# Error: a question without an accepted answer.
error-not-answered = Sellel küsimusel pole veel kinnitatud vastust, seega pole midagi vikisse talletada.
error-field-title-taken = kõik pealkirjad, mis sellel lehel võiksid olla, on vikis juba kasutusel

# Moving a page in the tree.
wiki-move = Teisalda leht
wiki-move-parent = Mille alla
wiki-move-top = Viki ülemine tase
wiki-move-position = Koht sealsete lehtede seas
wiki-move-last = Viimaseks
wiki-move-first = Esimeseks
wiki-move-submit = Teisalda
wiki-moved = Teisaldatud.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Sel ajal, kui te versiooni { $base } muutsite, salvestas lehe { $names } (nüüd versioon { $version }). Midagi teie kirjutatust ei ole kadunud.
wiki-merge-clean = Teie ja teiste muudatused on eri kohtades ning need on allolevas vormis ühendatud: lugege see läbi ja salvestage.
wiki-merge-conflicts = { $count ->
    [one] Mõlemad muudatused puudutavad samu ridu ühes kohas.
   *[other] Mõlemad muudatused puudutavad samu ridu { $count } kohas.
} Sellistes kohtades on kõigepealt lehe read ja siis teie omad, ridade <<<<<<<, ======= ja >>>>>>> vahel: jätke alles see, mis peab jääma, kustutage ülejäänu koos märgenditega ja salvestage.
wiki-merge-title = Lehe pealkiri on nüüd „{ $title }“; vormis on teie oma.
wiki-merge-diff = Kuidas teie tekst praegusest lehest erineb
wiki-merge-yours = Teie tekst nii, nagu te selle kirjutasite
wiki-merge-discard = Loobu minu tekstist ja jäta leht nii, nagu see on
