### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Texten nämner en kund och får inte skrivas här. Ändra de markerade orden (eller skriv den i kundens begränsade grupp); texten finns kvar i formuläret.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Texten nämner en kund och väntar därför på att en complianceansvarig godkänner eller avslår den; inget publiceras förrän dess. Texten finns kvar i formuläret.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: ”{ $name }”, tecken { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Andra namn och förkortningar
field-legal-form = Juridisk form
field-strictness = När ett namn som också är ett vanligt ord ska räknas
field-allowed-communities = Begränsade grupper där kunden får nämnas
field-guard-mode = När en text nämner en kund
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = ange bara adresser till begränsade grupper
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = en annan complianceansvarig fattar beslut om den här texten just nu; ladda om kön
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = spara filen som CSV i UTF-8 och ladda upp den igen

# The audit trail as CSV: column headings.
audit-csv-seq = Löpnummer
audit-csv-time = Tid (UTC)
audit-csv-actor-id = Person-id
audit-csv-actor = Person
audit-csv-action = Händelse
audit-csv-community = Grupp
audit-csv-subject = Gäller
audit-csv-detail = Detaljer
audit-csv-hash = Hashvärde (SHA-256)
