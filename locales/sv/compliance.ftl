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

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Till granskning

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Texten nämner en kund och kan därför inte sparas här. Ändra de här orden:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Texten nämner en kund: om du sparar den väntar den på en complianceansvarig innan någon kan se den. Orden:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = ”{ $found }” ({ $name })
guard-warning-show-label = Markera ”{ $found }” i texten

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Bara complianceansvariga kan se den här sidan.
compliance-watchlist-title = Bevakningslista över kundnamn
compliance-watchlist-help = Ett namn på den här listan får bara skrivas i de begränsade grupper som är tillåtna för det: på alla andra ställen avvisas texten (eller hålls kvar, beroende på vad administratörerna har valt). Varje ändring av listan registreras i granskningsloggen.
compliance-watchlist-search = Hitta ett namn
compliance-watchlist-search-submit = Sök
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Ett namn
   *[other] { $count } namn
}
compliance-watchlist-empty = Det finns inga namn på bevakningslistan.
compliance-watchlist-add = Lägg till en kund
compliance-watchlist-add-submit = Lägg till på bevakningslistan
compliance-watchlist-added = Tillagt på bevakningslistan.
compliance-watchlist-aliases-help = Skilj dem åt med kommatecken, till exempel: NH, Nordhav.
compliance-watchlist-communities-help = De begränsade gruppernas adresser (sista delen av deras länk), åtskilda med kommatecken.
compliance-watchlist-nowhere = Ingenstans
compliance-watchlist-actions = Åtgärder
# Variables: $name (the client).
compliance-watchlist-edit = Ändra { $name }
compliance-watchlist-edit-short = Ändra
compliance-watchlist-save = Spara
compliance-watchlist-saved = Sparat.
compliance-watchlist-delete = Ta bort { $name } från bevakningslistan
compliance-watchlist-delete-short = Ta bort
compliance-watchlist-next-page = Fler namn
compliance-watchlist-back = Tillbaka till bevakningslistan
compliance-strictness-always = Alltid
compliance-strictness-capitalised = Bara med stor begynnelsebokstav
compliance-strictness-with-legal-form = Bara tillsammans med den juridiska formen
compliance-transfer-heading = Import och export
compliance-import-help = En CSV-fil med kolumnerna name, aliases, legal_form, strictness och allowed_communities, så som exporten skriver den. Namn som redan finns på listan ändras och nya läggs till. En import sparas helt eller inte alls: om en rad har ett fel sparas ingenting.
compliance-import-file = CSV-fil
compliance-import-submit = Importera
compliance-export = Ladda ner bevakningslistan (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importerat: { $created ->
    [one] ett namn tillagt
   *[other] { $created } namn tillagda
}, { $updated ->
    [one] ett ändrat
   *[other] { $updated } ändrade
}.
compliance-import-failed = Ingenting importerades. Rätta de här raderna och importera filen igen:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Rad { $line }: { $problem }
compliance-import-duplicate = namnet finns också på en annan rad
compliance-import-too-many-lines = filen har för många rader
compliance-import-other = raden kan inte läsas

## The queue of held texts.
compliance-queue-title = Till granskning
compliance-queue-help-officer = Texter som nämner en kund väntar här tills en complianceansvarig godkänner eller avslår dem. En godkänd text publiceras i författarens namn. Du kan inte fatta beslut om dina egna texter.
compliance-queue-help-author = Dina texter som nämnde en kund och väntar på en complianceansvarig, och vad som beslutades.
compliance-queue-waiting = Bara väntande
compliance-queue-everything = Allt
compliance-queue-empty = Här finns ingenting.
compliance-queue-by = Av
compliance-queue-in = I
compliance-queue-kind = Vad
compliance-queue-found = Hittade namn
compliance-queue-status = Status
compliance-queue-status-held = Väntar
compliance-queue-status-released = Godkänd
compliance-queue-status-rejected = Avslagen
# Variables: $name (the officer), $date.
compliance-queue-decided = av { $name }, { $date }
compliance-queue-reason = Skäl
compliance-queue-release = Godkänn
compliance-queue-reject = Avslå
compliance-queue-decision-saved = Beslutet är sparat.
compliance-queue-decision = Beslut
compliance-queue-decide = Fatta beslut
compliance-queue-open = Öppna den publicerade texten
compliance-queue-next-page = Fler
compliance-kind-status = Statusuppdatering
compliance-kind-blog-post = Blogginlägg
compliance-kind-topic = Forumämne
compliance-kind-reply = Svar
compliance-kind-comment = Kommentar
compliance-kind-edit = Redigering
compliance-kind-translation = Översättning
compliance-kind-wiki-page = Wikisida
compliance-kind-wiki-edit = Redigering av wikisida

## The audit trail.
compliance-audit-title = Granskningslogg
compliance-audit-help = Läsningar, nedladdningar, sökningar och exporter i begränsade grupper och ändringar av deras medlemskap; överallt: namn som stoppats av namnkontrollen, granskningsbeslut samt ändringar av bevakningslistan, roller och inställningar. Varje post innehåller hashvärdet för den föregående, så en ändrad eller borttagen post upptäcks med kommandot gemenskap audit verify.
compliance-audit-community = Gruppens adress
compliance-audit-person = Person (nummer)
compliance-audit-from = Från
compliance-audit-to = Till
compliance-audit-filter = Visa
compliance-audit-csv = Ladda ner de här posterna (CSV)
compliance-audit-empty = Inga poster.
compliance-audit-next-page = Senare poster
compliance-audit-when = När
compliance-audit-who = Vem
compliance-audit-what = Vad
compliance-audit-where = Var
compliance-audit-detail = Detaljer
compliance-audit-nobody = Systemet
audit-action-item-read = Läste ett inlägg
audit-action-file-read = Öppnade en fil
audit-action-file-download = Laddade ner en fil
audit-action-inbox-read = Läste en konversation i den delade inkorgen
audit-action-inbox-attachment-download = Laddade ner en bilaga till ett mejl
audit-action-search-hits = Sökning som visade gruppens innehåll
audit-action-similar-hits = Liknande frågor som visade gruppens innehåll
audit-action-suggest-hits = Förslag medan man skriver som visade gruppens innehåll
audit-action-stream-read = Flöde som visade gruppens innehåll
audit-action-export = Export
audit-action-membership = Ändrat medlemskap
audit-action-guard-hit = Kundnamn stoppat
audit-action-held-released = Kvarhållen text godkänd
audit-action-held-rejected = Kvarhållen text avslagen
audit-action-watchlist-create = Bevakningslista: namn tillagt
audit-action-watchlist-update = Bevakningslista: namn ändrat
audit-action-watchlist-delete = Bevakningslista: namn borttaget
audit-action-role-change = Ändrad roll
audit-action-setting-change = Ändrad inställning
audit-action-audit-head = Dagligt hashvärde för kedjans senaste post
