### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Teksten nevner en kunde og kan ikke skrives her. Endre de markerte ordene (eller skriv den i kundens begrensede gruppe); teksten står fortsatt i skjemaet.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Teksten nevner en kunde og venter derfor på at en complianceansvarlig godkjenner eller avslår den; ingenting blir publisert før da. Teksten står fortsatt i skjemaet.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: «{ $name }», tegn { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Andre navn og forkortelser
field-legal-form = Organisasjonsform
field-strictness = Når et navn som også er et vanlig ord, skal telle
field-allowed-communities = Begrensede grupper der kunden kan nevnes
field-guard-mode = Når en tekst nevner en kunde
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = oppgi bare adresser til begrensede grupper
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = en annen complianceansvarlig behandler denne teksten akkurat nå; last inn køen på nytt
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = lagre filen som CSV i UTF-8 og last den opp på nytt

# The audit trail as CSV: column headings.
audit-csv-seq = Løpenummer
audit-csv-time = Tidspunkt (UTC)
audit-csv-actor-id = Person-ID
audit-csv-actor = Person
audit-csv-action = Hendelse
audit-csv-community = Gruppe
audit-csv-subject = Gjelder
audit-csv-detail = Detaljer
audit-csv-hash = Hashverdi (SHA-256)
