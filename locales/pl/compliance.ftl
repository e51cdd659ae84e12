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
