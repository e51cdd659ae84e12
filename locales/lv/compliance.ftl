### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Šajā tekstā ir minēts klients, tāpēc to šeit rakstīt nedrīkst. Mainiet atzīmētos vārdus (vai rakstiet tekstu klienta ierobežotajā kopienā); jūsu teksts joprojām ir veidlapā.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Šajā tekstā ir minēts klients, tāpēc tas gaida, kamēr atbilstības kontroles speciālists to apstiprinās vai noraidīs; līdz tam nekas netiks publicēts. Jūsu teksts joprojām ir veidlapā.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, rakstzīmes { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Citi nosaukumi un saīsinājumi
field-legal-form = Juridiskā forma
field-strictness = Kad ņemt vērā nosaukumu, kas ir arī parasts vārds
field-allowed-communities = Ierobežotās kopienas, kurās klientu drīkst minēt
field-guard-mode = Kad tekstā ir minēts klients
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = norādiet tikai ierobežotu kopienu adreses
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = cits atbilstības kontroles speciālists pašlaik pieņem lēmumu par šo tekstu; pārlādējiet rindu
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = saglabājiet failu CSV formātā ar UTF-8 kodējumu un augšupielādējiet to vēlreiz

# The audit trail as CSV: column headings.
audit-csv-seq = Kārtas numurs
audit-csv-time = Laiks (UTC)
audit-csv-actor-id = Personas ID
audit-csv-actor = Persona
audit-csv-action = Notikums
audit-csv-community = Kopiena
audit-csv-subject = Objekts
audit-csv-detail = Sīkāka informācija
audit-csv-hash = Jaucējvērtība (SHA-256)

## Navigation.
nav-compliance = Atbilstības kontrole
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Gaida pārbaudi

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Šajā tekstā ir minēts klients, tāpēc to šeit nevar saglabāt. Mainiet šos vārdus:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Šajā tekstā ir minēts klients: ja to saglabāsiet, tas gaidīs atbilstības kontroles speciālista lēmumu, pirms kāds to redzēs. Vārdi:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = „{ $found }“ ({ $name })
guard-warning-show-label = Atlasīt tekstā „{ $found }“

## The compliance officer's pages.
compliance-title = Atbilstības kontrole
compliance-not-officer = Šo lapu var skatīt tikai atbilstības kontroles speciālisti.
compliance-watchlist-title = Klientu nosaukumu novērošanas saraksts
compliance-watchlist-help = Šajā sarakstā iekļautu nosaukumu drīkst rakstīt tikai tam atļautajās ierobežotajās kopienās: visur citur teksts tiek noraidīts (vai aizturēts – atkarībā no administratoru izvēles). Katra saraksta izmaiņa tiek reģistrēta audita žurnālā.
compliance-watchlist-search = Meklēt nosaukumu
compliance-watchlist-search-submit = Meklēt
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [zero] { $count } nosaukumu
    [one] { $count } nosaukums
   *[other] { $count } nosaukumi
}
compliance-watchlist-empty = Novērošanas sarakstā nav neviena nosaukuma.
compliance-watchlist-add = Pievienot klientu
compliance-watchlist-add-submit = Pievienot novērošanas sarakstam
compliance-watchlist-added = Pievienots novērošanas sarakstam.
compliance-watchlist-aliases-help = Atdaliet tos ar komatiem, piemēram: NH, Nordhav.
compliance-watchlist-communities-help = Ierobežoto kopienu adreses (to saites pēdējā daļa), atdalītas ar komatiem.
compliance-watchlist-nowhere = Nekur
compliance-watchlist-actions = Darbības
# Variables: $name (the client).
compliance-watchlist-edit = Rediģēt: { $name }
compliance-watchlist-edit-short = Rediģēt
compliance-watchlist-save = Saglabāt
compliance-watchlist-saved = Saglabāts.
compliance-watchlist-delete = Izņemt no novērošanas saraksta: { $name }
compliance-watchlist-delete-short = Izņemt
compliance-watchlist-next-page = Vairāk nosaukumu
compliance-watchlist-back = Atpakaļ uz novērošanas sarakstu
compliance-strictness-always = Vienmēr
compliance-strictness-capitalised = Tikai ar lielo sākumburtu
compliance-strictness-with-legal-form = Tikai kopā ar juridisko formu
compliance-transfer-heading = Imports un eksports
compliance-import-help = CSV fails ar kolonnām name, aliases, legal_form, strictness un allowed_communities tādā formātā, kādā to izveido eksports. Sarakstā jau esošie nosaukumi tiek mainīti, jaunie – pievienoti. Imports notiek pilnībā vai nenotiek nemaz: ja kaut vienā rindā ir kļūda, nekas netiek saglabāts.
compliance-import-file = CSV fails
compliance-import-submit = Importēt
compliance-export = Lejupielādēt novērošanas sarakstu (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importēts: { $created ->
    [zero] { $created } jaunu nosaukumu
    [one] { $created } jauns nosaukums
   *[other] { $created } jauni nosaukumi
}, { $updated ->
    [zero] { $updated } mainītu
    [one] { $updated } mainīts
   *[other] { $updated } mainīti
}.
compliance-import-failed = Nekas netika importēts. Izlabojiet šīs rindas un importējiet failu vēlreiz:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = { $line }. rinda: { $problem }
compliance-import-duplicate = šis nosaukums ir arī citā rindā
compliance-import-too-many-lines = failā ir pārāk daudz rindu
compliance-import-other = šo rindu nevar nolasīt

## The queue of held texts.
compliance-queue-title = Gaida pārbaudi
compliance-queue-help-officer = Teksti, kuros minēts klients, gaida šeit, līdz atbilstības kontroles speciālists tos apstiprina vai noraida. Apstiprināts teksts tiek publicēts tā autora vārdā. Par saviem tekstiem jūs lēmumu pieņemt nevarat.
compliance-queue-help-author = Jūsu teksti, kuros bija minēts klients un kuri gaida atbilstības kontroles speciālista lēmumu, kā arī pieņemtie lēmumi.
compliance-queue-waiting = Tikai gaidošie
compliance-queue-everything = Viss
compliance-queue-empty = Šeit nekā nav.
compliance-queue-by = Autors
compliance-queue-in = Vieta
compliance-queue-kind = Veids
compliance-queue-found = Atrastie nosaukumi
compliance-queue-status = Statuss
compliance-queue-status-held = Gaida
compliance-queue-status-released = Apstiprināts
compliance-queue-status-rejected = Noraidīts
# Variables: $name (the officer), $date.
compliance-queue-decided = lēmumu pieņēma { $name }, { $date }
compliance-queue-reason = Iemesls
compliance-queue-release = Apstiprināt
compliance-queue-reject = Noraidīt
compliance-queue-decision-saved = Lēmums saglabāts.
compliance-queue-decision = Lēmums
compliance-queue-decide = Pieņemt lēmumu
compliance-queue-open = Atvērt publicēto tekstu
compliance-queue-next-page = Vairāk
compliance-kind-status = Statusa atjauninājums
compliance-kind-blog-post = Bloga ieraksts
compliance-kind-topic = Foruma tēma
compliance-kind-reply = Atbilde
compliance-kind-comment = Komentārs
compliance-kind-edit = Labojums
compliance-kind-translation = Tulkojums
compliance-kind-wiki-page = Wiki lapa
compliance-kind-wiki-edit = Wiki lapas labojums

## The audit trail.
compliance-audit-title = Audita žurnāls
compliance-audit-help = Skatījumi, lejupielādes, meklēšanas un eksporti ierobežotajās kopienās un to dalības izmaiņas; visur – nosaukumu pārbaudē apturētie nosaukumi, pārbaudes lēmumi, kā arī novērošanas saraksta, lomu un iestatījumu izmaiņas. Katrā ierakstā ir iepriekšējā ieraksta jaucējvērtība, tāpēc mainītu vai dzēstu ierakstu var atrast ar komandu gemenskap audit verify.
compliance-audit-community = Kopienas adrese
compliance-audit-person = Persona (numurs)
compliance-audit-from = No
compliance-audit-to = Līdz
compliance-audit-filter = Rādīt
compliance-audit-csv = Lejupielādēt šos ierakstus (CSV)
compliance-audit-empty = Nav ierakstu.
compliance-audit-next-page = Vēlāki ieraksti
compliance-audit-when = Kad
compliance-audit-who = Kas
compliance-audit-what = Kas notika
compliance-audit-where = Kur
compliance-audit-detail = Sīkāka informācija
compliance-audit-nobody = Sistēma
audit-action-item-read = Izlasīts ieraksts
audit-action-file-read = Atvērts fails
audit-action-file-download = Lejupielādēts fails
audit-action-inbox-read = Lasīta koplietojamās pastkastes saruna
audit-action-inbox-attachment-download = Lejupielādēts vēstules pielikums
audit-action-search-hits = Meklēšanā parādīts kopienas saturs
audit-action-similar-hits = Līdzīgajos jautājumos parādīts kopienas saturs
audit-action-suggest-hits = Rakstīšanas laikā ieteikumos parādīts kopienas saturs
audit-action-stream-read = Plūsmā parādīts kopienas saturs
audit-action-export = Eksports
audit-action-membership = Dalības izmaiņas
audit-action-guard-hit = Apturēts klienta nosaukums
audit-action-held-released = Aizturētais teksts apstiprināts
audit-action-held-rejected = Aizturētais teksts noraidīts
audit-action-watchlist-create = Novērošanas saraksts: pievienots nosaukums
audit-action-watchlist-update = Novērošanas saraksts: mainīts nosaukums
audit-action-watchlist-delete = Novērošanas saraksts: izņemts nosaukums
audit-action-role-change = Lomas maiņa
audit-action-setting-change = Iestatījuma maiņa
audit-action-audit-head = Ķēdes pēdējā ieraksta dienas jaucējvērtība
