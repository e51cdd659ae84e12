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

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Til gennemgang

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Teksten nævner en kunde og kan derfor ikke gemmes her. Ret disse ord:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Teksten nævner en kunde: Hvis du gemmer den, venter den på en complianceansvarlig, før nogen kan se den. Ordene:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = »{ $found }« ({ $name })
guard-warning-show-label = Markér »{ $found }« i teksten

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Kun complianceansvarlige kan se denne side.
compliance-watchlist-title = Overvågningsliste over kundenavne
compliance-watchlist-help = Et navn på denne liste må kun skrives i de begrænsede grupper, der er tilladt for det: Alle andre steder bliver teksten afvist (eller tilbageholdt, alt efter administratorernes valg). Alle ændringer af listen registreres i revisionssporet.
compliance-watchlist-search = Find et navn
compliance-watchlist-search-submit = Søg
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Ét navn
   *[other] { $count } navne
}
compliance-watchlist-empty = Der er ingen navne på overvågningslisten.
compliance-watchlist-add = Tilføj en kunde
compliance-watchlist-add-submit = Føj til overvågningslisten
compliance-watchlist-added = Føjet til overvågningslisten.
compliance-watchlist-aliases-help = Adskil dem med kommaer, for eksempel: NH, Nordhav.
compliance-watchlist-communities-help = De begrænsede gruppers adresser (den sidste del af deres link), adskilt med kommaer.
compliance-watchlist-nowhere = Ingen steder
compliance-watchlist-actions = Handlinger
# Variables: $name (the client).
compliance-watchlist-edit = Ret { $name }
compliance-watchlist-edit-short = Ret
compliance-watchlist-save = Gem
compliance-watchlist-saved = Gemt.
compliance-watchlist-delete = Fjern { $name } fra overvågningslisten
compliance-watchlist-delete-short = Fjern
compliance-watchlist-next-page = Flere navne
compliance-watchlist-back = Tilbage til overvågningslisten
compliance-strictness-always = Altid
compliance-strictness-capitalised = Kun med stort begyndelsesbogstav
compliance-strictness-with-legal-form = Kun sammen med virksomhedsformen
compliance-transfer-heading = Import og eksport
compliance-import-help = En CSV-fil med kolonnerne name, aliases, legal_form, strictness og allowed_communities, sådan som eksporten skriver den. Navne, der allerede står på listen, ændres, og nye tilføjes. En import gennemføres helt eller slet ikke: Har én linje en fejl, gemmes intet.
compliance-import-file = CSV-fil
compliance-import-submit = Importér
compliance-export = Hent overvågningslisten (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importeret: { $created ->
    [one] ét navn tilføjet
   *[other] { $created } navne tilføjet
}, { $updated ->
    [one] ét ændret
   *[other] { $updated } ændret
}.
compliance-import-failed = Intet blev importeret. Ret disse linjer, og importér filen igen:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Linje { $line }: { $problem }
compliance-import-duplicate = navnet står også på en anden linje
compliance-import-too-many-lines = filen har for mange linjer
compliance-import-other = linjen kan ikke læses

## The queue of held texts.
compliance-queue-title = Til gennemgang
compliance-queue-help-officer = Tekster, der nævner en kunde, venter her, indtil en complianceansvarlig godkender eller afviser dem. En godkendt tekst offentliggøres i forfatterens navn. Du kan ikke træffe afgørelse om dine egne tekster.
compliance-queue-help-author = Dine tekster, der nævnte en kunde og venter på en complianceansvarlig, og hvad der blev besluttet.
compliance-queue-waiting = Kun ventende
compliance-queue-everything = Alt
compliance-queue-empty = Her er intet.
compliance-queue-by = Af
compliance-queue-in = I
compliance-queue-kind = Hvad
compliance-queue-found = Fundne navne
compliance-queue-status = Status
compliance-queue-status-held = Afventer
compliance-queue-status-released = Godkendt
compliance-queue-status-rejected = Afvist
# Variables: $name (the officer), $date.
compliance-queue-decided = af { $name }, { $date }
compliance-queue-reason = Begrundelse
compliance-queue-release = Godkend
compliance-queue-reject = Afvis
compliance-queue-decision-saved = Afgørelsen er gemt.
compliance-queue-decision = Afgørelse
compliance-queue-decide = Træf afgørelse
compliance-queue-open = Åbn den offentliggjorte tekst
compliance-queue-next-page = Flere
compliance-kind-status = Statusopdatering
compliance-kind-blog-post = Blogindlæg
compliance-kind-topic = Forumemne
compliance-kind-reply = Svar
compliance-kind-comment = Kommentar
compliance-kind-edit = Redigering
compliance-kind-translation = Oversættelse
compliance-kind-wiki-page = Wikiside
compliance-kind-wiki-edit = Redigering af wikiside

## The audit trail.
compliance-audit-title = Revisionsspor
compliance-audit-help = Visninger, downloads, søgninger og eksporter i begrænsede grupper og ændringer i deres medlemskab; overalt: navne, som navnekontrollen har stoppet, afgørelser om tilbageholdte tekster og ændringer af overvågningslisten, roller og indstillinger. Hver post indeholder hashværdien af den foregående, så en ændret eller fjernet post findes med kommandoen gemenskap audit verify.
compliance-audit-community = Gruppens adresse
compliance-audit-person = Person (nummer)
compliance-audit-from = Fra
compliance-audit-to = Til
compliance-audit-filter = Vis
compliance-audit-csv = Hent disse poster (CSV)
compliance-audit-empty = Ingen poster.
compliance-audit-next-page = Senere poster
compliance-audit-when = Hvornår
compliance-audit-who = Hvem
compliance-audit-what = Hvad
compliance-audit-where = Hvor
compliance-audit-detail = Detaljer
compliance-audit-nobody = Systemet
audit-action-item-read = Læste et opslag
audit-action-file-read = Åbnede en fil
audit-action-file-download = Hentede en fil
audit-action-inbox-read = Læste en samtale i den delte indbakke
audit-action-inbox-attachment-download = Hentede en vedhæftet fil fra en e-mail
audit-action-search-hits = Søgning, der viste gruppens indhold
audit-action-similar-hits = Lignende spørgsmål, der viste gruppens indhold
audit-action-suggest-hits = Forslag under indtastning, der viste gruppens indhold
audit-action-stream-read = Nyhedsstrøm, der viste gruppens indhold
audit-action-export = Eksport
audit-action-membership = Ændring af medlemskab
audit-action-guard-hit = Kundenavn stoppet
audit-action-held-released = Tilbageholdt tekst godkendt
audit-action-held-rejected = Tilbageholdt tekst afvist
audit-action-watchlist-create = Overvågningsliste: navn tilføjet
audit-action-watchlist-update = Overvågningsliste: navn ændret
audit-action-watchlist-delete = Overvågningsliste: navn fjernet
audit-action-role-change = Ændring af rolle
audit-action-setting-change = Ændring af indstilling
audit-action-audit-head = Daglig hashværdi for kædens seneste post
