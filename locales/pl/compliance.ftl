### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = W tym tekście pojawia się nazwa klienta, więc nie można go tu zamieścić. Zmień zaznaczone słowa (albo napisz go w społeczności zastrzeżonej tego klienta); tekst nadal jest w formularzu.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = W tym tekście pojawia się nazwa klienta, więc czeka on, aż specjalista ds. zgodności go zatwierdzi lub odrzuci; do tego czasu nic nie zostanie opublikowane. Tekst nadal jest w formularzu.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }”, znaki { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Inne nazwy i skróty
field-legal-form = Forma prawna
field-strictness = Kiedy liczy się nazwa, która jest też zwykłym słowem
field-allowed-communities = Społeczności zastrzeżone, w których można wymieniać nazwę klienta
field-guard-mode = Gdy tekst zawiera nazwę klienta
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = podaj tylko adresy społeczności zastrzeżonych
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = inny specjalista ds. zgodności właśnie podejmuje decyzję w sprawie tego tekstu; odśwież kolejkę
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = zapisz plik jako CSV w kodowaniu UTF-8 i prześlij go ponownie

# The audit trail as CSV: column headings.
audit-csv-seq = Numer porządkowy
audit-csv-time = Czas (UTC)
audit-csv-actor-id = ID osoby
audit-csv-actor = Osoba
audit-csv-action = Zdarzenie
audit-csv-community = Społeczność
audit-csv-subject = Dotyczy
audit-csv-detail = Szczegóły
audit-csv-hash = Skrót (SHA-256)

## Navigation.
nav-compliance = Zgodność
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Wstrzymane do weryfikacji

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = W tym tekście pojawia się nazwa klienta, więc nie można go tu zapisać. Zmień te słowa:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = W tym tekście pojawia się nazwa klienta: jeśli go zapiszesz, będzie czekać na decyzję specjalisty ds. zgodności, zanim ktokolwiek go zobaczy. Słowa:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = „{ $found }” ({ $name })
guard-warning-show-label = Zaznacz „{ $found }” w tekście

## The compliance officer's pages.
compliance-title = Zgodność
compliance-not-officer = Tę stronę widzą tylko specjaliści ds. zgodności.
compliance-watchlist-title = Lista obserwacyjna nazw klientów
compliance-watchlist-help = Nazwę z tej listy można wpisywać tylko w dozwolonych dla niej społecznościach zastrzeżonych: wszędzie indziej tekst jest odrzucany (lub wstrzymywany, zależnie od ustawień administratorów). Każda zmiana listy jest zapisywana w ścieżce audytu.
compliance-watchlist-search = Znajdź nazwę
compliance-watchlist-search-submit = Szukaj
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Jedna nazwa
    [few] { $count } nazwy
    [many] { $count } nazw
   *[other] { $count } nazwy
}
compliance-watchlist-empty = Lista obserwacyjna jest pusta.
compliance-watchlist-add = Dodaj klienta
compliance-watchlist-add-submit = Dodaj do listy obserwacyjnej
compliance-watchlist-added = Dodano do listy obserwacyjnej.
compliance-watchlist-aliases-help = Oddziel je przecinkami, na przykład: NH, Nordhav.
compliance-watchlist-communities-help = Adresy społeczności zastrzeżonych (ostatnia część ich linku), oddzielone przecinkami.
compliance-watchlist-nowhere = Nigdzie
compliance-watchlist-actions = Działania
# Variables: $name (the client).
compliance-watchlist-edit = Edytuj: { $name }
compliance-watchlist-edit-short = Edytuj
compliance-watchlist-save = Zapisz
compliance-watchlist-saved = Zapisano.
compliance-watchlist-delete = Usuń z listy obserwacyjnej: { $name }
compliance-watchlist-delete-short = Usuń
compliance-watchlist-next-page = Więcej nazw
compliance-watchlist-back = Wróć do listy obserwacyjnej
compliance-strictness-always = Zawsze
compliance-strictness-capitalised = Tylko pisana wielką literą
compliance-strictness-with-legal-form = Tylko z formą prawną
compliance-transfer-heading = Import i eksport
compliance-import-help = Plik CSV z kolumnami name, aliases, legal_form, strictness i allowed_communities, w takim formacie, w jakim zapisuje go eksport. Nazwy, które już są na liście, zostaną zmienione, a nowe – dodane. Import jest wykonywany w całości albo wcale: jeśli choć jeden wiersz zawiera błąd, nic nie zostanie zapisane.
compliance-import-file = Plik CSV
compliance-import-submit = Importuj
compliance-export = Pobierz listę obserwacyjną (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Zaimportowano: dodano { $created ->
    [one] jedną nazwę
    [few] { $created } nazwy
    [many] { $created } nazw
   *[other] { $created } nazwy
}, zmieniono { $updated ->
    [one] jedną
    [few] { $updated }
    [many] { $updated }
   *[other] { $updated }
}.
compliance-import-failed = Nic nie zostało zaimportowane. Popraw te wiersze i zaimportuj plik ponownie:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Wiersz { $line }: { $problem }
compliance-import-duplicate = ta nazwa występuje też w innym wierszu
compliance-import-too-many-lines = plik ma za dużo wierszy
compliance-import-other = nie można odczytać tego wiersza

## The queue of held texts.
compliance-queue-title = Wstrzymane do weryfikacji
compliance-queue-help-officer = Teksty z nazwą klienta czekają tutaj, aż specjalista ds. zgodności je zatwierdzi lub odrzuci. Zatwierdzony tekst zostaje opublikowany jako tekst jego autora. Nie możesz decydować o własnych tekstach.
compliance-queue-help-author = Twoje teksty z nazwą klienta, które czekają na decyzję specjalisty ds. zgodności, oraz podjęte decyzje.
compliance-queue-waiting = Tylko oczekujące
compliance-queue-everything = Wszystko
compliance-queue-empty = Nic tu nie ma.
compliance-queue-by = Autor
compliance-queue-in = Miejsce
compliance-queue-kind = Rodzaj
compliance-queue-found = Znalezione nazwy
compliance-queue-status = Status
compliance-queue-status-held = Oczekuje
compliance-queue-status-released = Zatwierdzony
compliance-queue-status-rejected = Odrzucony
# Variables: $name (the officer), $date.
compliance-queue-decided = decyzja: { $name }, { $date }
compliance-queue-reason = Powód
compliance-queue-release = Zatwierdź
compliance-queue-reject = Odrzuć
compliance-queue-decision-saved = Decyzja została zapisana.
compliance-queue-decision = Decyzja
compliance-queue-decide = Zdecyduj
compliance-queue-open = Otwórz opublikowany tekst
compliance-queue-next-page = Więcej
compliance-kind-status = Aktualizacja statusu
compliance-kind-blog-post = Wpis na blogu
compliance-kind-topic = Wątek na forum
compliance-kind-reply = Odpowiedź
compliance-kind-comment = Komentarz
compliance-kind-edit = Edycja
compliance-kind-translation = Tłumaczenie
compliance-kind-wiki-page = Strona wiki
compliance-kind-wiki-edit = Edycja strony wiki

## The audit trail.
compliance-audit-title = Ścieżka audytu
compliance-audit-help = Odczyty, pobrania, wyszukiwania i eksporty w społecznościach zastrzeżonych oraz zmiany ich członkostwa; wszędzie: nazwy zatrzymane przez filtr nazw klientów, decyzje w sprawie wstrzymanych tekstów oraz zmiany listy obserwacyjnej, ról i ustawień. Każdy wpis zawiera skrót poprzedniego, więc zmieniony lub usunięty wpis można wykryć poleceniem gemenskap audit verify.
compliance-audit-community = Adres społeczności
compliance-audit-person = Osoba (numer)
compliance-audit-from = Od
compliance-audit-to = Do
compliance-audit-filter = Pokaż
compliance-audit-csv = Pobierz te wpisy (CSV)
compliance-audit-empty = Brak wpisów.
compliance-audit-next-page = Późniejsze wpisy
compliance-audit-when = Kiedy
compliance-audit-who = Kto
compliance-audit-what = Co
compliance-audit-where = Gdzie
compliance-audit-detail = Szczegóły
compliance-audit-nobody = System
audit-action-item-read = Odczytanie wpisu
audit-action-file-read = Otwarcie pliku
audit-action-file-download = Pobranie pliku
audit-action-inbox-read = Odczyt rozmowy we wspólnej skrzynce
audit-action-inbox-attachment-download = Pobranie załącznika wiadomości
audit-action-search-hits = Wyniki wyszukiwania z treściami społeczności
audit-action-similar-hits = Podobne pytania z treściami społeczności
audit-action-suggest-hits = Podpowiedzi podczas pisania z treściami społeczności
audit-action-stream-read = Strumień z treściami społeczności
audit-action-export = Eksport
audit-action-membership = Zmiana członkostwa
audit-action-guard-hit = Zatrzymanie nazwy klienta
audit-action-held-released = Zatwierdzenie wstrzymanego tekstu
audit-action-held-rejected = Odrzucenie wstrzymanego tekstu
audit-action-watchlist-create = Lista obserwacyjna: dodanie nazwy
audit-action-watchlist-update = Lista obserwacyjna: edycja nazwy
audit-action-watchlist-delete = Lista obserwacyjna: usunięcie nazwy
audit-action-role-change = Zmiana roli
audit-action-setting-change = Zmiana ustawienia
audit-action-audit-head = Dzienny skrót ostatniego wpisu łańcucha
