### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Šajā tekstā ir minēts klients, tāpēc to šeit rakstīt nedrīkst. Mainiet atzīmētos vārdus (vai rakstiet tekstu klienta ierobežotajā kopienā); jūsu teksts joprojām ir veidlapā.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Šajā tekstā ir minēts klients, tāpēc tas gaida, kamēr atbilstības kontroles speciālists to apstiprinās vai noraidīs; līdz tam nekas netiks publicēts. Jūsu teksts joprojām ir veidlapā.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, rakstzīmes { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Citi nosaukumi un saīsinājumi
field-legal-form = Juridiskā forma
field-strictness = Kad ņemt vērā nosaukumu, kas ir arī parasts vārds
field-allowed-communities = Ierobežotās kopienas, kurās klientu drīkst minēt
field-guard-mode = Kad tekstā ir minēts klients
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = norādiet tikai ierobežotu kopienu adreses
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = cits atbilstības kontroles speciālists pašlaik pieņem lēmumu par šo tekstu; pārlādējiet rindu
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = saglabājiet failu CSV formātā ar UTF-8 kodējumu un augšupielādējiet to vēlreiz

# The audit trail as CSV: column headings.
audit-csv-seq = Kārtas numurs
audit-csv-time = Laiks (UTC)
audit-csv-actor-id = Personas ID
audit-csv-actor = Persona
audit-csv-action = Notikums
audit-csv-community = Kopiena
audit-csv-subject = Objekts
audit-csv-detail = Sīkāka informācija
audit-csv-hash = Jaucējvērtība (SHA-256)
