### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Šiame tekste minimas klientas, todėl jo čia rašyti negalima. Pakeiskite pažymėtus žodžius (arba parašykite tekstą ribotoje kliento bendruomenėje); jūsų tekstas vis dar yra formoje.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Šiame tekste minimas klientas, todėl jis laukia, kol atitikties pareigūnas jį patvirtins arba atmes; iki tol nieko nebus paskelbta. Jūsų tekstas vis dar yra formoje.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: „{ $name }“, simboliai { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Kiti pavadinimai ir santrumpos
field-legal-form = Teisinė forma
field-strictness = Kada įskaitomas pavadinimas, kuris yra ir įprastas žodis
field-allowed-communities = Ribotos bendruomenės, kuriose klientą galima minėti
field-guard-mode = Kai tekste minimas klientas
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = nurodykite tik ribotų bendruomenių adresus
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = kitas atitikties pareigūnas kaip tik dabar priima sprendimą dėl šio teksto; įkelkite eilę iš naujo
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = išsaugokite failą CSV formatu UTF-8 koduote ir įkelkite jį dar kartą

# The audit trail as CSV: column headings.
audit-csv-seq = Eilės numeris
audit-csv-time = Laikas (UTC)
audit-csv-actor-id = Asmens ID
audit-csv-actor = Asmuo
audit-csv-action = Įvykis
audit-csv-community = Bendruomenė
audit-csv-subject = Objektas
audit-csv-detail = Išsami informacija
audit-csv-hash = Maišos reikšmė (SHA-256)

## Navigation.
nav-compliance = Atitiktis
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Laukia peržiūros

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Šiame tekste minimas klientas, todėl jo čia išsaugoti negalima. Pakeiskite šiuos žodžius:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Šiame tekste minimas klientas: jei jį išsaugosite, niekas jo nematys, kol atitikties pareigūnas nepriims sprendimo. Žodžiai:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = „{ $found }“ ({ $name })
guard-warning-show-label = Pažymėti „{ $found }“ tekste

## The compliance officer's pages.
compliance-title = Atitiktis
compliance-not-officer = Šį puslapį gali matyti tik atitikties pareigūnai.
compliance-watchlist-title = Klientų pavadinimų stebėjimo sąrašas
compliance-watchlist-help = Šiame sąraše esantį pavadinimą galima rašyti tik jam leistose ribotose bendruomenėse: visur kitur tekstas atmetamas (arba sulaikomas – kaip nusprendžia administratoriai). Kiekvienas sąrašo pakeitimas įrašomas į audito žurnalą.
compliance-watchlist-search = Rasti pavadinimą
compliance-watchlist-search-submit = Ieškoti
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] { $count } pavadinimas
    [few] { $count } pavadinimai
    [many] { $count } pavadinimo
   *[other] { $count } pavadinimų
}
compliance-watchlist-empty = Stebėjimo sąraše pavadinimų nėra.
compliance-watchlist-add = Pridėti klientą
compliance-watchlist-add-submit = Įtraukti į stebėjimo sąrašą
compliance-watchlist-added = Įtraukta į stebėjimo sąrašą.
compliance-watchlist-aliases-help = Atskirkite juos kableliais, pavyzdžiui: NH, Nordhav.
compliance-watchlist-communities-help = Ribotų bendruomenių adresai (paskutinė jų nuorodos dalis), atskirti kableliais.
compliance-watchlist-nowhere = Niekur
compliance-watchlist-actions = Veiksmai
# Variables: $name (the client).
compliance-watchlist-edit = Redaguoti: { $name }
compliance-watchlist-edit-short = Redaguoti
compliance-watchlist-save = Išsaugoti
compliance-watchlist-saved = Išsaugota.
compliance-watchlist-delete = Pašalinti iš stebėjimo sąrašo: { $name }
compliance-watchlist-delete-short = Pašalinti
compliance-watchlist-next-page = Daugiau pavadinimų
compliance-watchlist-back = Grįžti į stebėjimo sąrašą
compliance-strictness-always = Visada
compliance-strictness-capitalised = Tik iš didžiosios raidės
compliance-strictness-with-legal-form = Tik su teisine forma
compliance-transfer-heading = Importas ir eksportas
compliance-import-help = CSV failas su stulpeliais name, aliases, legal_form, strictness ir allowed_communities – tokiu pačiu formatu, kokiu jį sukuria eksportas. Sąraše jau esantys pavadinimai pakeičiami, nauji – pridedami. Importuojama viskas arba nieko: jei bent vienoje eilutėje yra klaida, niekas neišsaugoma.
compliance-import-file = CSV failas
compliance-import-submit = Importuoti
compliance-export = Atsisiųsti stebėjimo sąrašą (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Importuota: { $created ->
    [one] pridėtas { $created } pavadinimas
    [few] pridėti { $created } pavadinimai
    [many] pridėta { $created } pavadinimo
   *[other] pridėta { $created } pavadinimų
}, { $updated ->
    [one] pakeistas { $updated }
    [few] pakeisti { $updated }
    [many] pakeista { $updated }
   *[other] pakeista { $updated }
}.
compliance-import-failed = Niekas nebuvo importuota. Ištaisykite šias eilutes ir importuokite failą dar kartą:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Eilutė { $line }: { $problem }
compliance-import-duplicate = šis pavadinimas yra ir kitoje eilutėje
compliance-import-too-many-lines = faile per daug eilučių
compliance-import-other = šios eilutės nepavyksta nuskaityti

## The queue of held texts.
compliance-queue-title = Laukia peržiūros
compliance-queue-help-officer = Tekstai, kuriuose minimas klientas, laukia čia, kol atitikties pareigūnas juos patvirtina arba atmeta. Patvirtintas tekstas paskelbiamas jo autoriaus vardu. Dėl savo tekstų spręsti negalite.
compliance-queue-help-author = Jūsų tekstai, kuriuose buvo minimas klientas ir kurie laukia atitikties pareigūno sprendimo, bei priimti sprendimai.
compliance-queue-waiting = Tik laukiantys
compliance-queue-everything = Viskas
compliance-queue-empty = Čia nieko nėra.
compliance-queue-by = Autorius
compliance-queue-in = Vieta
compliance-queue-kind = Tipas
compliance-queue-found = Rasti pavadinimai
compliance-queue-status = Būsena
compliance-queue-status-held = Laukia
compliance-queue-status-released = Patvirtinta
compliance-queue-status-rejected = Atmesta
# Variables: $name (the officer), $date.
compliance-queue-decided = sprendimą priėmė { $name }, { $date }
compliance-queue-reason = Priežastis
compliance-queue-release = Patvirtinti
compliance-queue-reject = Atmesti
compliance-queue-decision-saved = Sprendimas išsaugotas.
compliance-queue-decision = Sprendimas
compliance-queue-decide = Priimti sprendimą
compliance-queue-open = Atidaryti paskelbtą tekstą
compliance-queue-next-page = Daugiau
compliance-kind-status = Būsenos atnaujinimas
compliance-kind-blog-post = Tinklaraščio įrašas
compliance-kind-topic = Forumo tema
compliance-kind-reply = Atsakymas
compliance-kind-comment = Komentaras
compliance-kind-edit = Pakeitimas
compliance-kind-translation = Vertimas
compliance-kind-wiki-page = Wiki puslapis
compliance-kind-wiki-edit = Wiki puslapio pakeitimas

## The audit trail.
compliance-audit-title = Audito žurnalas
compliance-audit-help = Peržiūros, atsisiuntimai, paieškos ir eksportai ribotose bendruomenėse bei jų narystės pakeitimai; visur – pavadinimų filtro sustabdyti pavadinimai, peržiūros sprendimai ir stebėjimo sąrašo, vaidmenų bei nustatymų pakeitimai. Kiekviename įraše yra ankstesnio įrašo maišos reikšmė, todėl pakeistą ar pašalintą įrašą galima aptikti komanda gemenskap audit verify.
compliance-audit-community = Bendruomenės adresas
compliance-audit-person = Asmuo (numeris)
compliance-audit-from = Nuo
compliance-audit-to = Iki
compliance-audit-filter = Rodyti
compliance-audit-csv = Atsisiųsti šiuos įrašus (CSV)
compliance-audit-empty = Įrašų nėra.
compliance-audit-next-page = Vėlesni įrašai
compliance-audit-when = Kada
compliance-audit-who = Kas
compliance-audit-what = Kas įvyko
compliance-audit-where = Kur
compliance-audit-detail = Išsami informacija
compliance-audit-nobody = Sistema
audit-action-item-read = Perskaitytas įrašas
audit-action-file-read = Atidarytas failas
audit-action-file-download = Atsisiųstas failas
audit-action-inbox-read = Perskaitytas bendros pašto dėžutės pokalbis
audit-action-inbox-attachment-download = Atsisiųstas laiško priedas
audit-action-search-hits = Paieškoje parodytas bendruomenės turinys
audit-action-similar-hits = Panašiuose klausimuose parodytas bendruomenės turinys
audit-action-suggest-hits = Rašant pasiūlymuose parodytas bendruomenės turinys
audit-action-stream-read = Sraute parodytas bendruomenės turinys
audit-action-export = Eksportas
audit-action-membership = Narystės pakeitimas
audit-action-guard-hit = Sustabdytas kliento pavadinimas
audit-action-held-released = Sulaikytas tekstas patvirtintas
audit-action-held-rejected = Sulaikytas tekstas atmestas
audit-action-watchlist-create = Stebėjimo sąrašas: pridėtas pavadinimas
audit-action-watchlist-update = Stebėjimo sąrašas: pakeistas pavadinimas
audit-action-watchlist-delete = Stebėjimo sąrašas: pašalintas pavadinimas
audit-action-role-change = Vaidmens pakeitimas
audit-action-setting-change = Nustatymo pakeitimas
audit-action-audit-head = Dienos paskutinio grandinės įrašo maišos reikšmė
