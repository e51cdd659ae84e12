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

## Navigation.
nav-compliance = Vastavuskontroll
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Ülevaatamisel

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Selles tekstis mainitakse klienti, seetõttu ei saa seda siia salvestada. Muutke neid sõnu:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Selles tekstis mainitakse klienti: kui selle salvestate, ootab see vastavuskontrolli spetsialisti otsust, enne kui keegi seda näeb. Sõnad:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = „{ $found }“ ({ $name })
guard-warning-show-label = Vali tekstis „{ $found }“

## The compliance officer's pages.
compliance-title = Vastavuskontroll
compliance-not-officer = Seda lehte näevad ainult vastavuskontrolli spetsialistid.
compliance-watchlist-title = Kliendinimede jälgimisnimekiri
compliance-watchlist-help = Selles nimekirjas olevat nime tohib kirjutada ainult nendesse piiratud kogukondadesse, kus see on lubatud: mujal lükatakse tekst tagasi (või jäetakse ootele, olenevalt administraatorite valikust). Iga nimekirja muudatus kantakse auditilogisse.
compliance-watchlist-search = Otsi nime
compliance-watchlist-search-submit = Otsi
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Üks nimi
   *[other] { $count } nime
}
compliance-watchlist-empty = Jälgimisnimekirjas pole ühtegi nime.
compliance-watchlist-add = Lisa klient
compliance-watchlist-add-submit = Lisa jälgimisnimekirja
compliance-watchlist-added = Lisatud jälgimisnimekirja.
compliance-watchlist-aliases-help = Eraldage need komadega, näiteks: NH, Nordhav.
compliance-watchlist-communities-help = Piiratud kogukondade aadressid (nende lingi viimane osa), komadega eraldatult.
compliance-watchlist-nowhere = Mitte kuskil
compliance-watchlist-actions = Toimingud
# Variables: $name (the client).
compliance-watchlist-edit = Muuda klienti { $name }
compliance-watchlist-edit-short = Muuda
compliance-watchlist-save = Salvesta
compliance-watchlist-saved = Salvestatud.
compliance-watchlist-delete = Eemalda klient { $name } jälgimisnimekirjast
compliance-watchlist-delete-short = Eemalda
compliance-watchlist-next-page = Rohkem nimesid
compliance-watchlist-back = Tagasi jälgimisnimekirja juurde
compliance-strictness-always = Alati
compliance-strictness-capitalised = Ainult suure algustähega
compliance-strictness-with-legal-form = Ainult koos õigusliku vormiga
compliance-transfer-heading = Import ja eksport
compliance-import-help = CSV-fail veergudega name, aliases, legal_form, strictness ja allowed_communities samas vormingus, nagu eksport selle loob. Nimekirjas juba olevaid nimesid muudetakse, uued lisatakse. Import tehakse kas tervikuna või üldse mitte: kui kas või ühel real on viga, ei salvestata midagi.
compliance-import-file = CSV-fail
compliance-import-submit = Impordi
compliance-export = Laadi jälgimisnimekiri alla (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Imporditud: lisati { $created ->
    [one] üks nimi
   *[other] { $created } nime
}, muudeti { $updated ->
    [one] üks
   *[other] { $updated }
}.
compliance-import-failed = Midagi ei imporditud. Parandage need read ja importige fail uuesti:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Rida { $line }: { $problem }
compliance-import-duplicate = see nimi on ka teisel real
compliance-import-too-many-lines = failis on liiga palju ridu
compliance-import-other = seda rida ei saa lugeda

## The queue of held texts.
compliance-queue-title = Ülevaatamisel
compliance-queue-help-officer = Klienti mainivad tekstid ootavad siin, kuni vastavuskontrolli spetsialist need heaks kiidab või tagasi lükkab. Heakskiidetud tekst avaldatakse selle autori nimel. Oma tekstide kohta te otsustada ei saa.
compliance-queue-help-author = Teie tekstid, milles mainiti klienti ja mis ootavad vastavuskontrolli spetsialisti otsust, ning tehtud otsused.
compliance-queue-waiting = Ainult ootel
compliance-queue-everything = Kõik
compliance-queue-empty = Siin pole midagi.
compliance-queue-by = Autor
compliance-queue-in = Koht
compliance-queue-kind = Liik
compliance-queue-found = Leitud nimed
compliance-queue-status = Olek
compliance-queue-status-held = Ootel
compliance-queue-status-released = Heaks kiidetud
compliance-queue-status-rejected = Tagasi lükatud
# Variables: $name (the officer), $date.
compliance-queue-decided = otsustaja: { $name }, { $date }
compliance-queue-reason = Põhjus
compliance-queue-release = Kiida heaks
compliance-queue-reject = Lükka tagasi
compliance-queue-decision-saved = Otsus on salvestatud.
compliance-queue-decision = Otsus
compliance-queue-decide = Otsusta
compliance-queue-open = Ava avaldatud tekst
compliance-queue-next-page = Rohkem
compliance-kind-status = Olekuvärskendus
compliance-kind-blog-post = Blogipostitus
compliance-kind-topic = Foorumi teema
compliance-kind-reply = Vastus
compliance-kind-comment = Kommentaar
compliance-kind-edit = Muudatus
compliance-kind-translation = Tõlge
compliance-kind-wiki-page = Vikileht
compliance-kind-wiki-edit = Vikilehe muudatus

## The audit trail.
compliance-audit-title = Auditilogi
compliance-audit-help = Lugemised, allalaadimised, otsingud ja ekspordid piiratud kogukondades ning nende liikmesuse muudatused; kõikjal nimekontrolli peatatud nimed, ülevaatusotsused ning jälgimisnimekirja, rollide ja seadete muudatused. Iga kirje sisaldab eelmise kirje räsi, nii et muudetud või eemaldatud kirje leitakse käsuga gemenskap audit verify.
compliance-audit-community = Kogukonna aadress
compliance-audit-person = Isik (number)
compliance-audit-from = Alguskuupäev
compliance-audit-to = Lõppkuupäev
compliance-audit-filter = Näita
compliance-audit-csv = Laadi need kirjed alla (CSV)
compliance-audit-empty = Kirjeid pole.
compliance-audit-next-page = Hilisemad kirjed
compliance-audit-when = Aeg
compliance-audit-who = Kes
compliance-audit-what = Sündmus
compliance-audit-where = Koht
compliance-audit-detail = Üksikasjad
compliance-audit-nobody = Süsteem
audit-action-item-read = Postitus loetud
audit-action-file-read = Fail avatud
audit-action-file-download = Fail alla laaditud
audit-action-inbox-read = Loeti ühise postkasti vestlust
audit-action-inbox-attachment-download = E-kirja manus alla laaditud
audit-action-search-hits = Otsing näitas kogukonna sisu
audit-action-similar-hits = Sarnased küsimused näitasid kogukonna sisu
audit-action-suggest-hits = Sisestamisel pakutud soovitused näitasid kogukonna sisu
audit-action-stream-read = Voog näitas kogukonna sisu
audit-action-export = Eksport
audit-action-membership = Liikmesuse muudatus
audit-action-guard-hit = Kliendinimi peatatud
audit-action-held-released = Ootel tekst heaks kiidetud
audit-action-held-rejected = Ootel tekst tagasi lükatud
audit-action-watchlist-create = Jälgimisnimekiri: nimi lisatud
audit-action-watchlist-update = Jälgimisnimekiri: nimi muudetud
audit-action-watchlist-delete = Jälgimisnimekiri: nimi eemaldatud
audit-action-role-change = Rolli muudatus
audit-action-setting-change = Seadete muudatus
audit-action-audit-head = Ahela viimase kirje päevane räsi
