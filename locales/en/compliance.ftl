### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = This text names a client, and it may not be written here. Change the marked words (or write it in the client's restricted community); your text is still in the form.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = This text names a client, so it waits for a compliance officer to release or reject it; nothing is published until then. Your text is still in the form.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: “{ $name }”, characters { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Other names and abbreviations
field-legal-form = Legal form
field-strictness = When a name that is also an ordinary word counts
field-allowed-communities = Restricted communities where the client may be named
field-guard-mode = When a text names a client
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = give the addresses of restricted communities only
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = another compliance officer is deciding this right now; reload the queue
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = save the file as CSV in UTF-8 and upload it again

# The audit trail as CSV: column headings.
audit-csv-seq = Number
audit-csv-time = Time (UTC)
audit-csv-actor-id = Person id
audit-csv-actor = Person
audit-csv-action = What happened
audit-csv-community = Community
audit-csv-subject = About
audit-csv-detail = Details
audit-csv-hash = Hash (SHA-256)
