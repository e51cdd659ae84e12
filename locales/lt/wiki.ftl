### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wiki puslapis
# An item's kind: a file.
kind-file = Failas
# Stream filter: new wiki pages only.
stream-kind-wiki = Wiki puslapiai
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } redagavo „{ $title }“
    [one] { $name } ir dar { $count } kolega redagavo „{ $title }“
    [few] { $name } ir dar { $count } kolegos redagavo „{ $title }“
    [many] { $name } ir dar { $count } kolegos redagavo „{ $title }“
   *[other] { $name } ir dar { $count } kolegų redagavo „{ $title }“
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Kažkas išsaugojo šį puslapį jums jau pradėjus jį redaguoti, todėl jūsų pakeitimai neišsaugoti. Jūsų tekstas nedingo: redagavimo puslapyje jis sujungtas su dabartine puslapio versija, kad galėtumėte jį peržiūrėti ir išsaugoti dar kartą.

# Field names in error messages.
field-parent-id = Aukštesnio lygio puslapis
field-position = Vieta
field-summary = Pakeitimo santrauka
field-wiki-editors = Kas gali redaguoti wiki
field-version = Versija
field-original-id = Originalas
# Field problems.
error-field-taken = kitas puslapis jau turi tokį pavadinimą
error-field-inside-itself = puslapio negalima perkelti po juo pačiu ar po vienu iš jo puslapių
error-field-front-page = pradinis puslapis visada lieka wiki viršuje
error-field-not-found = nerasta
error-field-too-many-pages = { $limit ->
    [one] wiki gali būti ne daugiau kaip { $limit } puslapis
    [few] wiki gali būti ne daugiau kaip { $limit } puslapiai
    [many] wiki gali būti ne daugiau kaip { $limit } puslapio
   *[other] wiki gali būti ne daugiau kaip { $limit } puslapių
}
error-field-wiki-page = wiki puslapis redaguojamas savo wiki
error-field-invalid = ši reikšmė netinkama

# Community settings: who may edit the wiki.
community-wiki-editors-members = Visi nariai
community-wiki-editors-moderators = Tik savininkai ir moderatoriai

## The wiki's pages.

wiki-pages-heading = Puslapiai
wiki-new-page = Naujas puslapis
wiki-empty = Šiame wiki dar nėra puslapių. Pirmasis puslapis taps jo pradiniu puslapiu.
# Badge on the wiki's front page.
wiki-front-page = Pradinis puslapis
wiki-breadcrumbs-label = Kur yra šis puslapis
# Who changed the page last. Variables: $name.
wiki-updated-by = Atnaujino { $name }
# A version number. Variables: $version.
wiki-version = Versija { $version }
wiki-languages = Šis puslapis kalbomis:
# On a page made from a forum question.
wiki-from-question = Iš klausimo:
wiki-toc-label = Turinys
wiki-children-heading = Puslapiai po šiuo
wiki-follow = Sekti šį puslapį
wiki-unfollow = Nebesekti
wiki-edit = Redaguoti
wiki-add-child = Pridėti puslapį po šiuo
wiki-delete = Ištrinti puslapį
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Komentarai
    [one] { $count } komentaras
    [few] { $count } komentarai
    [many] { $count } komentaro
   *[other] { $count } komentarų
}

## Writing a page.

wiki-title-label = Pavadinimas
wiki-body-label = Tekstas
wiki-link-help = Nuorodą į kitą šio wiki puslapį rašykite taip: [[Puslapio pavadinimas]]; dar neesantį puslapį galima sukurti iš nuorodos.
wiki-create-submit = Sukurti puslapį
# Variables: $title.
wiki-editing = Redaguojamas puslapis „{ $title }“
# Variables: $version.
wiki-editing-version = Redaguojate versiją { $version }.
wiki-open-current = Atidaryti dabartinę versiją naujoje kortelėje
wiki-summary-label = Pakeitimo santrauka (neprivaloma)
wiki-save = Išsaugoti
wiki-cancel = Atšaukti
wiki-may-not-edit = Negalite redaguoti šio puslapio.
wiki-back-to-page = Grįžti į puslapį

## History and differences.

wiki-history-heading = Istorija
wiki-compare-from = Nuo
wiki-compare-to = Iki
wiki-version-column = Versija
wiki-compare = Palyginti
wiki-revert = Atkurti šią versiją
# Variables: $version.
wiki-reverted-from = atkuria versiją { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] { $inserted } žodis pridėtas
    [few] { $inserted } žodžiai pridėti
    [many] { $inserted } žodžio pridėta
   *[other] { $inserted } žodžių pridėta
}, { $deleted ->
    [one] { $deleted } žodis pašalintas
    [few] { $deleted } žodžiai pašalinti
    [many] { $deleted } žodžio pašalinta
   *[other] { $deleted } žodžių pašalinta
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } nepakeistas žodis …
    [few] … { $count } nepakeisti žodžiai …
    [many] … { $count } nepakeisto žodžio …
   *[other] … { $count } nepakeistų žodžių …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Dažnai užduodami klausimai
# The text of that section's own page.
wiki-faq-body = Atsakymai į forume užduotus klausimus, surinkti čia, kad visi galėtų juos rasti.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Atsakymas
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Atsakė { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] iš forumo atidarytas { $count } kartą
    [few] iš forumo atidarytas { $count } kartus
    [many] iš forumo atidarytas { $count } karto
   *[other] iš forumo atidarytas { $count } kartų
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Šis atsakymas išsaugotas wiki.
forum-open-in-wiki = Atidaryti wiki puslapį
forum-keep-in-wiki = Išsaugoti šį atsakymą wiki
# Error: a question without an accepted answer.
error-not-answered = Šis klausimas dar neturi priimto atsakymo, todėl į wiki nėra ką išsaugoti.
error-field-title-taken = visi pavadinimai, kuriuos galėtų turėti šis puslapis, wiki jau užimti

# Moving a page in the tree.
wiki-move = Perkelti puslapį
wiki-move-parent = Po
wiki-move-top = Wiki viršutinis lygis
wiki-move-position = Vieta tarp ten esančių puslapių
wiki-move-last = Paskutinis
wiki-move-first = Pirmas
wiki-move-submit = Perkelti
wiki-moved = Perkelta.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Kol redagavote versiją { $base }, { $names } išsaugojo puslapį (dabar tai versija { $version }). Niekas, ką parašėte, neprarasta.
wiki-merge-clean = Jūsų ir kitų pakeitimai yra skirtingose vietose ir sujungti toliau esančioje formoje: peržiūrėkite ją ir išsaugokite.
wiki-merge-conflicts = { $count ->
    [one] Abu pakeitimai keičia tas pačias eilutes { $count } vietoje.
    [few] Abu pakeitimai keičia tas pačias eilutes { $count } vietose.
    [many] Abu pakeitimai keičia tas pačias eilutes { $count } vietos.
   *[other] Abu pakeitimai keičia tas pačias eilutes { $count } vietų.
} Ten pirmiausia eina puslapio eilutės, paskui jūsų, tarp eilučių <<<<<<<, ======= ir >>>>>>>: palikite tai, kas turi likti, ištrinkite likusį tekstą kartu su žymėmis ir išsaugokite.
wiki-merge-title = Puslapio pavadinimas dabar yra „{ $title }“; formoje – jūsų.
wiki-merge-diff = Kuo jūsų tekstas skiriasi nuo dabartinio puslapio
wiki-merge-yours = Jūsų tekstas toks, kokį parašėte
wiki-merge-discard = Atmesti mano tekstą ir palikti puslapį tokį, koks yra
