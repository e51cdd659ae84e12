### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Dieser Text nennt einen Kunden und darf hier nicht stehen. Ändern Sie die markierten Wörter (oder schreiben Sie ihn in der eingeschränkten Community des Kunden); Ihr Text steht noch im Formular.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Dieser Text nennt einen Kunden und wartet deshalb darauf, dass ein Compliance-Beauftragter ihn freigibt oder ablehnt; bis dahin wird nichts veröffentlicht. Ihr Text steht noch im Formular.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, Zeichen { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Weitere Namen und Abkürzungen
field-legal-form = Rechtsform
field-strictness = Wann ein Name zählt, der auch ein gewöhnliches Wort ist
field-allowed-communities = Eingeschränkte Communities, in denen der Kunde genannt werden darf
field-guard-mode = Wenn ein Text einen Kunden nennt
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = geben Sie nur Adressen eingeschränkter Communities an
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = ein anderer Compliance-Beauftragter entscheidet gerade über diesen Text; laden Sie die Warteschlange neu
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = speichern Sie die Datei als CSV in UTF-8 und laden Sie sie erneut hoch

# The audit trail as CSV: column headings.
audit-csv-seq = Laufende Nummer
audit-csv-time = Zeitpunkt (UTC)
audit-csv-actor-id = Personen-ID
audit-csv-actor = Person
audit-csv-action = Ereignis
audit-csv-community = Community
audit-csv-subject = Betrifft
audit-csv-detail = Details
audit-csv-hash = Hashwert (SHA-256)
