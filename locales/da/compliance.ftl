### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Teksten nævner en kunde og må ikke skrives her. Ret de markerede ord (eller skriv den i kundens begrænsede gruppe); din tekst står stadig i formularen.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Teksten nævner en kunde og venter derfor på, at en complianceansvarlig godkender eller afviser den; intet offentliggøres før da. Din tekst står stadig i formularen.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: »{ $name }«, tegn { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Andre navne og forkortelser
field-legal-form = Virksomhedsform
field-strictness = Hvornår et navn, der også er et almindeligt ord, tæller med
field-allowed-communities = Begrænsede grupper, hvor kunden må nævnes
field-guard-mode = Når en tekst nævner en kunde
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = angiv kun adresser på begrænsede grupper
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = en anden complianceansvarlig er ved at træffe afgørelse om denne tekst lige nu; genindlæs køen
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = gem filen som CSV i UTF-8, og upload den igen

# The audit trail as CSV: column headings.
audit-csv-seq = Løbenummer
audit-csv-time = Tidspunkt (UTC)
audit-csv-actor-id = Person-id
audit-csv-actor = Person
audit-csv-action = Hændelse
audit-csv-community = Gruppe
audit-csv-subject = Vedrører
audit-csv-detail = Detaljer
audit-csv-hash = Hashværdi (SHA-256)
