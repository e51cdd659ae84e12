### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Selles tekstis mainitakse klienti ja seda ei tohi siia kirjutada. Muutke märgitud sõnu (või kirjutage tekst kliendi piiratud kogukonda); teie tekst on vormil alles.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Selles tekstis mainitakse klienti, seetõttu ootab see, kuni vastavuskontrolli spetsialist selle heaks kiidab või tagasi lükkab; seni ei avaldata midagi. Teie tekst on vormil alles.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, märgid { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Muud nimed ja lühendid
field-legal-form = Õiguslik vorm
field-strictness = Millal loetakse mainimiseks nimi, mis on ka tavaline sõna
field-allowed-communities = Piiratud kogukonnad, kus klienti tohib mainida
field-guard-mode = Kui tekstis mainitakse klienti
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = sisestage ainult piiratud kogukondade aadressid
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = teine vastavuskontrolli spetsialist teeb selle teksti kohta parasjagu otsust; värskendage järjekorda
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = salvestage fail UTF-8 kodeeringus CSV-failina ja laadige see uuesti üles

# The audit trail as CSV: column headings.
audit-csv-seq = Järjekorranumber
audit-csv-time = Aeg (UTC)
audit-csv-actor-id = Isiku ID
audit-csv-actor = Isik
audit-csv-action = Sündmus
audit-csv-community = Kogukond
audit-csv-subject = Objekt
audit-csv-detail = Üksikasjad
audit-csv-hash = Räsi (SHA-256)
