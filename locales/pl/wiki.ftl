### Wikis: a community's tree of pages, writing them, their history and differences.

# Community tab: the wiki.
community-tab-wiki = Wiki
# An item's kind: a wiki page.
kind-wiki-page = Strona wiki
# An item's kind: a file.
kind-file = Plik
# Stream filter: new wiki pages only.
stream-kind-wiki = Strony wiki
# Notification: pages the reader follows were edited. Variables: $name (the latest editor), $title (the page), $count (how many others edited too).
notification-page-edited = { $count ->
    [0] { $name } edytuje „{ $title }”
    [one] { $name } i { $count } inna osoba edytują „{ $title }”
    [few] { $name } i { $count } inne osoby edytują „{ $title }”
    [many] { $name } i { $count } innych osób edytują „{ $title }”
   *[other] { $name } i { $count } innej osoby edytują „{ $title }”
}
# Error: the page was saved by someone else after the editor opened it.
error-edit-conflict = Ktoś zapisał tę stronę, gdy była otwarta w twoim edytorze, więc twoje zmiany nie zostały zapisane. Twój tekst jest zachowany: na stronie edycji jest scalony z aktualną wersją strony, do sprawdzenia i ponownego zapisania.

# Field names in error messages.
field-parent-id = Strona nadrzędna
field-position = Pozycja
field-summary = Opis zmian
field-wiki-editors = Kto może edytować wiki
field-version = Wersja
field-original-id = Oryginał
# Field problems.
error-field-taken = inna strona ma już ten tytuł
error-field-inside-itself = strony nie można umieścić pod nią samą ani pod żadną z jej podstron
error-field-front-page = strona główna pozostaje na początku wiki
error-field-not-found = nie znaleziono
error-field-too-many-pages = { $limit ->
    [one] wiki może mieć maksymalnie { $limit } stronę
    [few] wiki może mieć maksymalnie { $limit } strony
    [many] wiki może mieć maksymalnie { $limit } stron
   *[other] wiki może mieć maksymalnie { $limit } strony
}
error-field-wiki-page = stronę wiki edytuje się w jej wiki
error-field-invalid = ta wartość jest nieprawidłowa

# Community settings: who may edit the wiki.
community-wiki-editors-members = Wszyscy członkowie
community-wiki-editors-moderators = Tylko właściciele i moderatorzy

## The wiki's pages.

wiki-pages-heading = Strony
wiki-new-page = Nowa strona
wiki-empty = Ta wiki nie ma jeszcze stron. Pierwsza strona stanie się jej stroną główną.
# Badge on the wiki's front page.
wiki-front-page = Strona główna
wiki-breadcrumbs-label = Położenie tej strony
# Who changed the page last. Variables: $name.
wiki-updated-by = Ostatnia zmiana: { $name }
# A version number. Variables: $version.
wiki-version = Wersja { $version }
wiki-languages = Ta strona w językach:
# On a page made from a forum question.
wiki-from-question = Z pytania:
wiki-toc-label = Spis treści
wiki-children-heading = Podstrony
wiki-follow = Obserwuj tę stronę
wiki-unfollow = Przestań obserwować
wiki-edit = Edytuj
wiki-add-child = Dodaj podstronę
wiki-delete = Usuń stronę
# Heading over a page's comments. Variables: $count.
wiki-comments-heading = { $count ->
    [0] Komentarze
    [one] { $count } komentarz
    [few] { $count } komentarze
    [many] { $count } komentarzy
   *[other] { $count } komentarza
}

## Writing a page.

wiki-title-label = Tytuł
wiki-body-label = Treść
wiki-link-help = Aby dodać link do innej strony tej wiki, wpisz [[Tytuł strony]]; stronę, która jeszcze nie istnieje, można utworzyć z linku.
wiki-create-submit = Utwórz stronę
# Variables: $title.
wiki-editing = Edycja „{ $title }”
# Variables: $version.
wiki-editing-version = Edytujesz wersję { $version }.
wiki-open-current = Otwórz aktualną wersję w nowej karcie
wiki-summary-label = Opis zmian (opcjonalnie)
wiki-save = Zapisz
wiki-cancel = Anuluj
wiki-may-not-edit = Nie możesz edytować tej strony.
wiki-back-to-page = Wróć do strony

## History and differences.

wiki-history-heading = Historia
wiki-compare-from = Od
wiki-compare-to = Do
wiki-version-column = Wersja
wiki-compare = Porównaj
wiki-revert = Przywróć tę wersję
# Variables: $version.
wiki-reverted-from = przywraca wersję { $version }
# Variables: $inserted, $deleted (numbers of words).
wiki-diff-counts = { $inserted ->
    [one] Dodano { $inserted } słowo
    [few] Dodano { $inserted } słowa
    [many] Dodano { $inserted } słów
   *[other] Dodano { $inserted } słowa
}, { $deleted ->
    [one] usunięto { $deleted } słowo
    [few] usunięto { $deleted } słowa
    [many] usunięto { $deleted } słów
   *[other] usunięto { $deleted } słowa
}
# Unchanged text left out of a difference. Variables: $count (words).
wiki-diff-skipped = { $count ->
    [one] … { $count } niezmienione słowo …
    [few] … { $count } niezmienione słowa …
    [many] … { $count } niezmienionych słów …
   *[other] … { $count } niezmienionego słowa …
}

## The helpdesk loop: an answered question kept in the wiki.

# The title of the wiki's section for answered questions.
wiki-faq-title = Najczęściej zadawane pytania
# The text of that section's own page.
wiki-faq-body = Odpowiedzi na pytania zadane na forum, zebrane tutaj, aby każdy mógł je znaleźć.
# Heading over the accepted answer on a page made from a question.
wiki-faq-answer-heading = Odpowiedź
# Under the answer. Variables: $name (who answered).
wiki-faq-answered-by = Autor odpowiedzi: { $name }
# How often people came to the page from its question. Variables: $count.
wiki-forum-visits = { $count ->
    [one] { $count } wejście z forum
    [few] { $count } wejścia z forum
    [many] { $count } wejść z forum
   *[other] { $count } wejścia z forum
}
# On a question whose answer is kept in the wiki.
forum-kept-in-wiki = Ta odpowiedź jest zachowana w wiki.
forum-open-in-wiki = Otwórz stronę wiki
forum-keep-in-wiki = Zachowaj tę odpowiedź w wiki
# Error: a question without an accepted answer.
error-not-answered = To pytanie nie ma jeszcze zaakceptowanej odpowiedzi, więc nie ma czego zachować w wiki.
error-field-title-taken = wszystkie tytuły, które mogłaby mieć ta strona, są już zajęte w wiki

# Moving a page in the tree.
wiki-move = Przenieś stronę
wiki-move-parent = Pod
wiki-move-top = Najwyższy poziom wiki
wiki-move-position = Miejsce wśród tamtejszych stron
wiki-move-last = Na końcu
wiki-move-first = Na początku
wiki-move-submit = Przenieś
wiki-moved = Przeniesiono.

# After a save was refused because someone saved the page first: the edit page shows the
# refused text merged with the page as it is now. $names: who saved meanwhile; $version: the
# page's version now; $base: the version the editor started from.
wiki-merge-notice = Podczas twojej edycji wersji { $base } strona została zapisana przez { $names } (teraz wersja { $version }). Nic z twojego tekstu nie przepadło.
wiki-merge-clean = Twoje zmiany i zmiany innych dotyczą różnych miejsc i zostały scalone w formularzu poniżej: przeczytaj całość i zapisz.
wiki-merge-conflicts = { $count ->
    [one] Obie edycje zmieniły te same wiersze w jednym miejscu.
    [few] Obie edycje zmieniły te same wiersze w { $count } miejscach.
    [many] Obie edycje zmieniły te same wiersze w { $count } miejscach.
   *[other] Obie edycje zmieniły te same wiersze w { $count } miejsca.
} W takich miejscach najpierw są wiersze strony, a potem twoje, między wierszami <<<<<<<, ======= i >>>>>>>: zostaw to, co ma zostać, usuń resztę razem ze znacznikami i zapisz.
wiki-merge-title = Tytuł strony to teraz „{ $title }”; w formularzu jest twój.
wiki-merge-diff = Czym twój tekst różni się od obecnej strony
wiki-merge-yours = Twój tekst w oryginalnej postaci
wiki-merge-discard = Odrzuć mój tekst i zostaw stronę bez zmian
