### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Wiki lapa
# An item's kind: a file.
kind-file = Fails
# Stream filter: new wiki pages only.
stream-kind-wiki = Wiki lapas
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } rediģēja „{ $title }“
    [zero] { $name } un vēl { $count } kolēģu rediģēja „{ $title }“
    [one] { $name } un vēl { $count } kolēģis rediģēja „{ $title }“
   *[other] { $name } un vēl { $count } kolēģi rediģēja „{ $title }“
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Kāds saglabāja šo lapu pēc tam, kad jūs sākāt to rediģēt, tāpēc jūsu izmaiņas netika saglabātas. Jūsu teksts nav zudis: rediģēšanas lapā tas ir apvienots ar pašreizējo lapas versiju, lai jūs to varētu pārbaudīt un saglabāt vēlreiz.

# Field names in error messages.
field-parent-id = Virslapa
field-position = Pozīcija
field-summary = Izmaiņu kopsavilkums
field-wiki-editors = Kas var rediģēt wiki
field-version = Versija
field-original-id = Oriģināls
# Field problems.
error-field-taken = citai lapai jau ir šāds nosaukums
error-field-inside-itself = lapu nevar novietot zem tās pašas vai kādas no tās apakšlapām
error-field-front-page = sākumlapa vienmēr paliek wiki augšā
error-field-not-found = nav atrasts
error-field-too-many-pages = { $limit ->
    [zero] vienā wiki var būt ne vairāk kā { $limit } lapu
    [one] vienā wiki var būt ne vairāk kā { $limit } lapa
   *[other] vienā wiki var būt ne vairāk kā { $limit } lapas
}
error-field-wiki-page = wiki lapu rediģē tās wiki
error-field-invalid = šī vērtība nav derīga

# Community settings: who may edit the wiki.
community-wiki-editors-members = Visi dalībnieki
community-wiki-editors-moderators = Tikai īpašnieki un moderatori

## The wiki's pages.

wiki-pages-heading = Lapas
wiki-new-page = Jauna lapa
wiki-empty = Šajā wiki vēl nav lapu. Pirmā lapa kļūs par tās sākumlapu.
# Badge on the wiki's front page.
wiki-front-page = Sākumlapa
wiki-breadcrumbs-label = Lapas atrašanās vieta
# Who changed the page last. Variables: $name.
wiki-updated-by = Atjaunināja: { $name }
# A version number. Variables: $version.
wiki-version = Versija { $version }
wiki-languages = Šī lapa valodās:
# On a page made from a forum question.
wiki-from-question = No jautājuma:
wiki-toc-label = Saturs
wiki-children-heading = Apakšlapas
wiki-follow = Sekot šai lapai
wiki-unfollow = Pārtraukt sekošanu
wiki-edit = Rediģēt
wiki-add-child = Pievienot apakšlapu
wiki-delete = Dzēst lapu
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Komentāri
    [zero] { $count } komentāru
    [one] { $count } komentārs
   *[other] { $count } komentāri
}

## Writing a page.

wiki-title-label = Virsraksts
wiki-body-label = Teksts
wiki-link-help = Saiti uz citu šīs wiki lapu veido ar [[Lapas virsraksts]]; lapu, kuras vēl nav, var izveidot no saites.
wiki-create-submit = Izveidot lapu
# Variables: $title.
wiki-editing = Lapas „{ $title }“ rediģēšana
# Variables: $version.
wiki-editing-version = Jūs rediģējat versiju { $version }.
wiki-open-current = Atvērt pašreizējo versiju jaunā cilnē
wiki-summary-label = Izmaiņu kopsavilkums (nav obligāts)
wiki-save = Saglabāt
wiki-cancel = Atcelt
wiki-may-not-edit = Jūs nevarat rediģēt šo lapu.
wiki-back-to-page = Atpakaļ uz lapu

## History and differences.

wiki-history-heading = Vēsture
wiki-compare-from = No
wiki-compare-to = Līdz
wiki-version-column = Versija
wiki-compare = Salīdzināt
wiki-revert = Atjaunot šo versiju
# Variables: $version.
wiki-reverted-from = atjauno versiju { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [zero] Pievienots { $inserted } vārdu
    [one] Pievienots { $inserted } vārds
   *[other] Pievienoti { $inserted } vārdi
}, { $deleted ->
    [zero] dzēsts { $deleted } vārdu
    [one] dzēsts { $deleted } vārds
   *[other] dzēsti { $deleted } vārdi
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [zero] … { $count } nemainītu vārdu …
    [one] … { $count } nemainīts vārds …
   *[other] … { $count } nemainīti vārdi …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Biežāk uzdotie jautājumi
# The text of that section's own page.
wiki-faq-body = Atbildes uz forumā uzdotajiem jautājumiem, apkopotas šeit, lai ikviens tās varētu atrast.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Atbilde
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Atbildēja: { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [zero] no foruma atvērta { $count } reižu
    [one] no foruma atvērta { $count } reizi
   *[other] no foruma atvērta { $count } reizes
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Šī atbilde ir saglabāta wiki.
forum-open-in-wiki = Atvērt wiki lapu
forum-keep-in-wiki = Saglabāt šo atbildi wiki
# Error: a question without an accepted answer.
error-not-answered = Šim jautājumam vēl nav pieņemtas atbildes, tāpēc wiki nav ko saglabāt.
error-field-title-taken = visi nosaukumi, kas šai lapai varētu būt, wiki jau ir aizņemti

# Moving a page in the tree.
wiki-move = Pārvietot lapu
wiki-move-parent = Zem
wiki-move-top = Wiki augšējais līmenis
wiki-move-position = Vieta starp turienes lapām
wiki-move-last = Pēdējā
wiki-move-first = Pirmā
wiki-move-submit = Pārvietot
wiki-moved = Pārvietots.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Kamēr jūs rediģējāt versiju { $base }, { $names } saglabāja lapu (tagad versija { $version }). Nekas no jūsu rakstītā nav zudis.
wiki-merge-clean = Jūsu un citu izmaiņas ir dažādās vietās un ir apvienotas veidlapā zemāk: izlasiet to un saglabājiet.
wiki-merge-conflicts = { $count ->
    [zero] Abas izmaiņas skar tās pašas rindas { $count } vietās.
    [one] Abas izmaiņas skar tās pašas rindas { $count } vietā.
   *[other] Abas izmaiņas skar tās pašas rindas { $count } vietās.
} Tur vispirms ir lapas rindas, pēc tam jūsējās, starp rindām <<<<<<<, ======= un >>>>>>>: paturiet to, kam jāpaliek, izdzēsiet pārējo kopā ar atzīmēm un saglabājiet.
wiki-merge-title = Lapas virsraksts tagad ir „{ $title }“; veidlapā ir jūsējais.
wiki-merge-diff = Kā jūsu teksts atšķiras no pašreizējās lapas
wiki-merge-yours = Jūsu teksts tāds, kādu jūs to uzrakstījāt
wiki-merge-discard = Atmest manu tekstu un atstāt lapu tādu, kāda tā ir
