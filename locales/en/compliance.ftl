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

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Held for review

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = This text names a client, so it cannot be saved here. Change these words:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = This text names a client: if you save it, it waits for a compliance officer before anyone sees it. The words:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = “{ $found }” ({ $name })
guard-warning-show-label = Select “{ $found }” in the text

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Only compliance officers can see this page.
compliance-watchlist-title = Watchlist of client names
compliance-watchlist-help = A name on this list cannot be written anywhere but in the restricted communities allowed for it: it is refused (or held, as the administrators choose) everywhere else. Every change to the list is recorded in the audit trail.
compliance-watchlist-search = Find a name
compliance-watchlist-search-submit = Find
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] One name
   *[other] { $count } names
}
compliance-watchlist-empty = No names on the watchlist.
compliance-watchlist-add = Add a client
compliance-watchlist-add-submit = Add to the watchlist
compliance-watchlist-added = Added to the watchlist.
compliance-watchlist-aliases-help = Separate them with commas, for example: NH, Nordhav.
compliance-watchlist-communities-help = The restricted communities' addresses (the last part of their link), separated by commas.
compliance-watchlist-nowhere = Nowhere
compliance-watchlist-actions = Actions
# Variables: $name (the client).
compliance-watchlist-edit = Change { $name }
compliance-watchlist-edit-short = Change
compliance-watchlist-save = Save
compliance-watchlist-saved = Saved.
compliance-watchlist-delete = Remove { $name } from the watchlist
compliance-watchlist-delete-short = Remove
compliance-watchlist-next-page = More names
compliance-watchlist-back = Back to the watchlist
compliance-strictness-always = Always
compliance-strictness-capitalised = Only with a capital letter
compliance-strictness-with-legal-form = Only with the legal form
compliance-transfer-heading = Import and export
compliance-import-help = A CSV file with the columns name, aliases, legal_form, strictness and allowed_communities, as the export writes it. Names already on the list are changed, new ones added. An import is all or nothing: when one line has a problem, nothing is saved.
compliance-import-file = CSV file
compliance-import-submit = Import
compliance-export = Download the watchlist (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Imported: { $created ->
    [one] one name added
   *[other] { $created } names added
}, { $updated ->
    [one] one changed
   *[other] { $updated } changed
}.
compliance-import-failed = Nothing was imported. Correct these lines and import the file again:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Line { $line }: { $problem }
compliance-import-duplicate = the name is on another line too
compliance-import-too-many-lines = the file has too many lines
compliance-import-other = this line cannot be read

## The queue of held texts.
compliance-queue-title = Held for review
compliance-queue-help-officer = Texts that name a client wait here until a compliance officer releases or rejects them. Releasing publishes the text as its author's. You cannot decide on your own texts.
compliance-queue-help-author = Your texts that named a client and wait for a compliance officer, and what was decided.
compliance-queue-waiting = Waiting only
compliance-queue-everything = Everything
compliance-queue-empty = Nothing here.
compliance-queue-by = By
compliance-queue-in = In
compliance-queue-kind = What
compliance-queue-found = Names found
compliance-queue-status = Status
compliance-queue-status-held = Waiting
compliance-queue-status-released = Released
compliance-queue-status-rejected = Rejected
# Variables: $name (the officer), $date.
compliance-queue-decided = by { $name }, { $date }
compliance-queue-reason = Reason
compliance-queue-release = Release
compliance-queue-reject = Reject
compliance-queue-decision-saved = Decided.
compliance-queue-decision = Decision
compliance-queue-decide = Decide
compliance-queue-open = Open the published text
compliance-queue-next-page = More
compliance-kind-status = Status update
compliance-kind-blog-post = Blog post
compliance-kind-topic = Forum topic
compliance-kind-reply = Reply
compliance-kind-comment = Comment
compliance-kind-edit = Edit
compliance-kind-translation = Translation
compliance-kind-wiki-page = Wiki page
compliance-kind-wiki-edit = Wiki page edit

## The audit trail.
compliance-audit-title = Audit trail
compliance-audit-help = Reads, downloads, searches and exports in restricted communities and their membership changes; everywhere, names stopped by the guard, review decisions, watchlist, role and setting changes. Each entry holds the hash of the one before it, so a changed or removed entry is found by the command gemenskap audit verify.
compliance-audit-community = Community address
compliance-audit-person = Person (number)
compliance-audit-from = From
compliance-audit-to = To
compliance-audit-filter = Show
compliance-audit-csv = Download these entries (CSV)
compliance-audit-empty = No entries.
compliance-audit-next-page = Later entries
compliance-audit-when = When
compliance-audit-who = Who
compliance-audit-what = What
compliance-audit-where = Where
compliance-audit-detail = Details
compliance-audit-nobody = The system
audit-action-item-read = Read an item
audit-action-file-read = Opened a file
audit-action-file-download = Downloaded a file
audit-action-inbox-read = Read a conversation of the shared inbox
audit-action-inbox-attachment-download = Downloaded a mail's attachment
audit-action-search-hits = Search showing its items
audit-action-similar-hits = Similar questions showing its items
audit-action-suggest-hits = Suggestions while typing showing its items
audit-action-stream-read = Stream showing its items
audit-action-export = Export
audit-action-membership = Membership change
audit-action-guard-hit = Client name stopped
audit-action-held-released = Held text released
audit-action-held-rejected = Held text rejected
audit-action-watchlist-create = Watchlist: name added
audit-action-watchlist-update = Watchlist: name changed
audit-action-watchlist-delete = Watchlist: name removed
audit-action-role-change = Role change
audit-action-setting-change = Setting change
audit-action-audit-head = Daily head hash
