### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Šiame tekste minimas klientas, todėl jo čia rašyti negalima. Pakeiskite pažymėtus žodžius (arba parašykite tekstą ribotoje kliento bendruomenėje); jūsų tekstas vis dar yra formoje.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Šiame tekste minimas klientas, todėl jis laukia, kol atitikties pareigūnas jį patvirtins arba atmes; iki tol nieko nebus paskelbta. Jūsų tekstas vis dar yra formoje.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, simboliai { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Kiti pavadinimai ir santrumpos
field-legal-form = Teisinė forma
field-strictness = Kada įskaitomas pavadinimas, kuris yra ir įprastas žodis
field-allowed-communities = Ribotos bendruomenės, kuriose klientą galima minėti
field-guard-mode = Kai tekste minimas klientas
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = nurodykite tik ribotų bendruomenių adresus
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = kitas atitikties pareigūnas kaip tik dabar priima sprendimą dėl šio teksto; įkelkite eilę iš naujo
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = išsaugokite failą CSV formatu UTF-8 koduote ir įkelkite jį dar kartą

# The audit trail as CSV: column headings.
audit-csv-seq = Eilės numeris
audit-csv-time = Laikas (UTC)
audit-csv-actor-id = Asmens ID
audit-csv-actor = Asmuo
audit-csv-action = Įvykis
audit-csv-community = Bendruomenė
audit-csv-subject = Objektas
audit-csv-detail = Išsami informacija
audit-csv-hash = Maišos reikšmė (SHA-256)
