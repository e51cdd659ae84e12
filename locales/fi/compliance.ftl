### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Tekstissä mainitaan asiakas, eikä sitä saa kirjoittaa tähän. Muuta merkityt sanat (tai kirjoita teksti asiakkaan rajattuun yhteisöön); tekstisi on yhä lomakkeessa.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Tekstissä mainitaan asiakas, joten se odottaa, että compliance-vastaava hyväksyy tai hylkää sen; mitään ei julkaista sitä ennen. Tekstisi on yhä lomakkeessa.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: ”{ $name }”, merkit { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Muut nimet ja lyhenteet
field-legal-form = Yritysmuoto
field-strictness = Milloin nimi, joka on myös tavallinen sana, lasketaan maininnaksi
field-allowed-communities = Rajatut yhteisöt, joissa asiakkaan saa mainita
field-guard-mode = Kun tekstissä mainitaan asiakas
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = anna vain rajattujen yhteisöjen osoitteita
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = toinen compliance-vastaava käsittelee tätä tekstiä parhaillaan; päivitä jono
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = tallenna tiedosto UTF-8-koodattuna CSV-tiedostona ja lähetä se uudelleen

# The audit trail as CSV: column headings.
audit-csv-seq = Järjestysnumero
audit-csv-time = Aika (UTC)
audit-csv-actor-id = Henkilön tunniste
audit-csv-actor = Henkilö
audit-csv-action = Tapahtuma
audit-csv-community = Yhteisö
audit-csv-subject = Kohde
audit-csv-detail = Lisätiedot
audit-csv-hash = Tiiviste (SHA-256)
