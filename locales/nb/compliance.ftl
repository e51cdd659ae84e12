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

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Til gjennomgang

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Teksten nevner en kunde og kan derfor ikke lagres her. Endre disse ordene:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Teksten nevner en kunde: Hvis du lagrer den, venter den på en complianceansvarlig før noen kan se den. Ordene:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = «{ $found }» ({ $name })
guard-warning-show-label = Marker «{ $found }» i teksten

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Bare complianceansvarlige kan se denne siden.
compliance-watchlist-title = Overvåkningsliste over kundenavn
compliance-watchlist-help = Et navn på denne listen kan bare skrives i de begrensede gruppene som er tillatt for det: Alle andre steder blir teksten avvist (eller holdt tilbake, etter administratorenes valg). Alle endringer i listen registreres i revisjonsloggen.
compliance-watchlist-search = Finn et navn
compliance-watchlist-search-submit = Søk
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Ett navn
   *[other] { $count } navn
}
compliance-watchlist-empty = Det er ingen navn på overvåkningslisten.
compliance-watchlist-add = Legg til en kunde
compliance-watchlist-add-submit = Legg til på overvåkningslisten
compliance-watchlist-added = Lagt til på overvåkningslisten.
compliance-watchlist-aliases-help = Skill dem med komma, for eksempel: NH, Nordhav.
compliance-watchlist-communities-help = Adressene til de begrensede gruppene (den siste delen av lenken), atskilt med komma.
compliance-watchlist-nowhere = Ingen steder
compliance-watchlist-actions = Handlinger
# Variables: $name (the client).
compliance-watchlist-edit = Endre { $name }
compliance-watchlist-edit-short = Endre
compliance-watchlist-save = Lagre
compliance-watchlist-saved = Lagret.
compliance-watchlist-delete = Fjern { $name } fra overvåkningslisten
compliance-watchlist-delete-short = Fjern
compliance-watchlist-next-page = Flere navn
compliance-watchlist-back = Tilbake til overvåkningslisten
compliance-strictness-always = Alltid
compliance-strictness-capitalised = Bare med stor forbokstav
compliance-strictness-with-legal-form = Bare sammen med organisasjonsformen
compliance-transfer-heading = Import og eksport
compliance-import-help = En CSV-fil med kolonnene name, aliases, legal_form, strictness og allowed_communities, slik eksporten skriver den. Navn som allerede står på listen, endres, og nye legges til. En import lagres helt eller ikke i det hele tatt: Har én linje en feil, lagres ingenting.
compliance-import-file = CSV-fil
compliance-import-submit = Importer
compliance-export = Last ned overvåkningslisten (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importert: { $created ->
    [one] ett navn lagt til
   *[other] { $created } navn lagt til
}, { $updated ->
    [one] ett endret
   *[other] { $updated } endret
}.
compliance-import-failed = Ingenting ble importert. Rett disse linjene og importer filen på nytt:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Linje { $line }: { $problem }
compliance-import-duplicate = navnet står også på en annen linje
compliance-import-too-many-lines = filen har for mange linjer
compliance-import-other = linjen kan ikke leses

## The queue of held texts.
compliance-queue-title = Til gjennomgang
compliance-queue-help-officer = Tekster som nevner en kunde, venter her til en complianceansvarlig godkjenner eller avslår dem. En godkjent tekst publiseres i forfatterens navn. Du kan ikke avgjøre dine egne tekster.
compliance-queue-help-author = Tekstene dine som nevnte en kunde og venter på en complianceansvarlig, og hva som ble avgjort.
compliance-queue-waiting = Bare ventende
compliance-queue-everything = Alt
compliance-queue-empty = Ingenting her.
compliance-queue-by = Av
compliance-queue-in = I
compliance-queue-kind = Hva
compliance-queue-found = Funne navn
compliance-queue-status = Status
compliance-queue-status-held = Venter
compliance-queue-status-released = Godkjent
compliance-queue-status-rejected = Avslått
# Variables: $name (the officer), $date.
compliance-queue-decided = av { $name }, { $date }
compliance-queue-reason = Begrunnelse
compliance-queue-release = Godkjenn
compliance-queue-reject = Avslå
compliance-queue-decision-saved = Avgjørelsen er lagret.
compliance-queue-decision = Avgjørelse
compliance-queue-decide = Avgjør
compliance-queue-open = Åpne den publiserte teksten
compliance-queue-next-page = Flere
compliance-kind-status = Statusoppdatering
compliance-kind-blog-post = Blogginnlegg
compliance-kind-topic = Forumemne
compliance-kind-reply = Svar
compliance-kind-comment = Kommentar
compliance-kind-edit = Redigering
compliance-kind-translation = Oversettelse
compliance-kind-wiki-page = Wikiside
compliance-kind-wiki-edit = Redigering av wikiside

## The audit trail.
compliance-audit-title = Revisjonslogg
compliance-audit-help = Lesing, nedlastinger, søk og eksporter i begrensede grupper og endringer i medlemskapet der; overalt: navn som navnekontrollen har stoppet, avgjørelser om tilbakeholdte tekster og endringer i overvåkningslisten, roller og innstillinger. Hver oppføring inneholder hashverdien til den forrige, så en endret eller fjernet oppføring oppdages med kommandoen gemenskap audit verify.
compliance-audit-community = Gruppens adresse
compliance-audit-person = Person (nummer)
compliance-audit-from = Fra
compliance-audit-to = Til
compliance-audit-filter = Vis
compliance-audit-csv = Last ned disse oppføringene (CSV)
compliance-audit-empty = Ingen oppføringer.
compliance-audit-next-page = Senere oppføringer
compliance-audit-when = Når
compliance-audit-who = Hvem
compliance-audit-what = Hva
compliance-audit-where = Hvor
compliance-audit-detail = Detaljer
compliance-audit-nobody = Systemet
audit-action-item-read = Leste et innlegg
audit-action-file-read = Åpnet en fil
audit-action-file-download = Lastet ned en fil
audit-action-inbox-read = Leste en samtale i den delte innboksen
audit-action-inbox-attachment-download = Lastet ned et vedlegg til en e-post
audit-action-search-hits = Søk som viste gruppens innhold
audit-action-similar-hits = Lignende spørsmål som viste gruppens innhold
audit-action-suggest-hits = Forslag under skriving som viste gruppens innhold
audit-action-stream-read = Nyhetsstrøm som viste gruppens innhold
audit-action-export = Eksport
audit-action-membership = Endring i medlemskap
audit-action-guard-hit = Kundenavn stoppet
audit-action-held-released = Tilbakeholdt tekst godkjent
audit-action-held-rejected = Tilbakeholdt tekst avslått
audit-action-watchlist-create = Overvåkningsliste: navn lagt til
audit-action-watchlist-update = Overvåkningsliste: navn endret
audit-action-watchlist-delete = Overvåkningsliste: navn fjernet
audit-action-role-change = Endring av rolle
audit-action-setting-change = Endring av innstilling
audit-action-audit-head = Daglig hashverdi for kjedens siste oppføring
