### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Bendruomenės
# Button on the directory to the create form.
communities-create = Sukurti bendruomenę
# Accessible name of the directory search form.
communities-search-label = Ieškoti bendruomenių
# Directory filter: label of the name search field.
communities-filter-name = Pavadinimas
# Directory filter: label of the language list.
communities-filter-language = Kalba
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Bet kuri kalba
# Directory filter: label of the template list.
communities-filter-template = Rūšis
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Bet kuri rūšis
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Tik mano bendruomenės
# Search button of the directory and of the member list.
communities-search-submit = Ieškoti
# Directory: nothing matches the filters.
communities-none-found = Jūsų paiešką atitinkančių bendruomenių nėra.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Kitas puslapis
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } narys
    [few] { $count } nariai
    [many] { $count } nario
   *[other] { $count } narių
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Vieša
community-visibility-moderated = Moderuojama
community-visibility-restricted = Ribota
# Create form: what each visibility means.
community-visibility-public-help = visi gali ją skaityti ir prisijungti vienu spustelėjimu.
community-visibility-moderated-help = visi gali ją skaityti; norinčius prisijungti patvirtina savininkai arba moderatoriai.
community-visibility-restricted-help = nematoma niekam už jos ribų; narius, nurodydami priežastį, prideda savininkai, neviršydami nustatyto skaičiaus. Darbui su klientais.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Pagalbos tarnyba
community-template-project = Projektas
community-template-client-team = Kliento komanda
# Roles in a community.
community-role-member = Narys
community-role-moderator = Moderatorius
community-role-owner = Savininkas
# Tools a community can switch on.
community-tool-blog = Tinklaraštis
community-tool-forum = Forumas
community-tool-wiki = Wiki
community-tool-files = Failai
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (klausimai ir atsakymai)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskusijos
community-forum-mode-questions = Klausimai ir atsakymai

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Sukurti bendruomenę
# Create form: help under the template list.
community-template-help = Pagalbos tarnyba: klausimų ir atsakymų forumas ir wiki. Projektas: tinklaraštis, forumas, wiki ir failai. Kliento komanda: ribota erdvė su forumu, wiki ir failais. Įrankius vėliau galima įjungti ir išjungti.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Ribotas bendruomenes darbui su klientais kuria administratoriai ir asmenys, kuriems jie tai leidžia.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = Palikite tuščią, kad būtų taikomas organizacijos nustatytas didžiausias narių skaičius ({ $cap }), arba nustatykite mažesnį.
# Create form: submit button.
community-create-submit = Sukurti bendruomenę

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Šiuo adresu bendruomenės nėra arba neturite prieigos prie jos.
# Link back to the directory from the not-found text.
community-back-to-directory = Eiti į bendruomenes
# Accessible name of the badges under a community's name.
community-kind-label = Bendruomenės rūšis
# Badge of an archived community.
community-archived-badge = Archyvuota
# Notice on every page of a restricted community.
community-restricted-notice = Ribota bendruomenė: ją mato tik jos nariai. Neatskleiskite čia esančios informacijos už jos ribų.
# Notice on every page of an archived community.
community-archived-notice = Ši bendruomenė archyvuota: ją galima skaityti, bet negalima keisti.
# Accessible name of a community's tabs.
community-tabs-label = Bendruomenės puslapiai
# Tabs of a community.
community-tab-home = Apžvalga
community-tab-members = Nariai
community-tab-requests = Prašymai prisijungti
community-tab-settings = Nustatymai
community-tab-history = Istorija
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Prašymai prisijungti
    [one] Prašymai prisijungti ({ $count })
    [few] Prašymai prisijungti ({ $count })
    [many] Prašymai prisijungti ({ $count })
   *[other] Prašymai prisijungti ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Aprašymo dar nėra.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Šią ribotą bendruomenę matote kaip administratorius: jos aprašymas ir turinys matomi tik nariams.
# Home: labels of the facts list.
community-members-label = Nariai
community-tools-label = Įrankiai
community-created-label = Sukurta
community-my-role-label = Jūsų vaidmuo
# Home: the community has no tools switched on.
community-no-tools = Kol kas nėra
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } narys (ne daugiau kaip { $cap })
    [few] { $count } nariai (ne daugiau kaip { $cap })
    [many] { $count } nario (ne daugiau kaip { $cap })
   *[other] { $count } narių (ne daugiau kaip { $cap })
}
# Home: heading of the owners list.
community-owners-heading = Savininkai
# Home: heading of the joining/leaving section.
community-membership-heading = Narystė
# Home: join button of a public community.
community-join = Prisijungti
# Home: label of the message with a join request.
community-request-message = Kodėl norite prisijungti? (neprivaloma)
# Home: button that sends a join request.
community-request-submit = Pateikti prašymą prisijungti
# Home: the reader's request is waiting for approval.
community-request-pending = Jūsų prašymas prisijungti laukia savininko arba moderatoriaus patvirtinimo.
# Home: help above the leave button.
community-leave-help = Vėliau galėsite vėl prisijungti, jei bendruomenė tai leidžia.
# Home: leave button.
community-leave = Palikti bendruomenę
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Šiuo metu čia jokių veiksmų atlikti negalite.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Pridėti narį
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Įveskite vardą, kad pasirinktumėte kolegą, arba jo el. pašto adresą.
# Members page: label of the reason field (optional).
community-invite-reason = Priežastis (neprivaloma)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Prieigos priežastis (privaloma; įrašoma į insiderių sąrašą)
# Members page: add button.
community-invite-submit = Pridėti narį
# Members page: a person was added.
community-invite-done = Asmuo pridėtas.
# Members page: accessible name of the member search.
community-members-search-label = Ieškoti narių
# Members page: label of the member search field.
community-members-search = Rasti narį pagal vardą
# Members page: no member matches.
community-members-none = Atitinkančių narių nėra.
# Members page: when a member joined. Variables: $date.
community-member-since = narys nuo { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Vaidmuo: { $name }
# Members page: button next to the role list.
community-set-role = Keisti vaidmenį
# Members page: remove button (visible text).
community-remove = Pašalinti
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Pašalinti iš bendruomenės: { $name }

## Join requests

# Requests page: heading.
community-requests-heading = Prašymai prisijungti
# Requests page: nobody is waiting.
community-requests-none = Prašymų prisijungti nėra.
# Requests page: when someone asked. Variables: $date.
community-request-asked = prašymas pateiktas { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Priežastis (neprivaloma, įrašoma į istoriją)
# Requests page: approve button.
community-approve = Patvirtinti
# Requests page: turn-down button.
community-reject = Atmesti

## Settings

# Settings page: heading of the main form.
community-settings-heading = Bendruomenės nustatymai
# Settings page: the community is archived.
community-settings-archived = Norėdami keisti nustatymus, atkurkite bendruomenę.
# Settings page: help on the tools.
community-tools-help = Išjungti įrankiai paslepiami; jų turinys neištrinamas.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Taikomas didžiausias narių skaičius: { $cap }. Įveskite mažesnį skaičių šiai bendruomenei arba 0, kad būtų taikomas organizacijos nustatytas skaičius.
# Settings page: save button.
community-settings-save = Išsaugoti nustatymus
# Settings page: saved.
community-settings-saved = Nustatymai išsaugoti.
# Settings page: heading of the archive section.
community-archive-heading = Archyvavimas
# Settings page: what archiving does.
community-archive-help = Archyvuota bendruomenė lieka skaitoma, tačiau, kol ji neatkurta, niekas negali prisijungti, išeiti, skelbti ar ką nors keisti.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Taip, archyvuoti: { $name }
# Settings page: what restoring does.
community-unarchive-help = Atkurta bendruomenė vėl tampa aktyvi.
# Settings page: archive button.
community-archive = Archyvuoti bendruomenę
# Settings page: restore button.
community-unarchive = Atkurti bendruomenę
# Settings page: heading of the delete section.
community-delete-heading = Ištrynimas
# Settings page: what deleting does.
community-delete-help = Ištrinta bendruomenė pašalinama visiems. Jos narystės istorija išsaugoma apskaitos tikslais.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Taip, ištrinti { $name }
# Settings page: delete button.
community-delete = Ištrinti bendruomenę

## History and the insider list

# History page: heading of the export section.
community-export-heading = Asmenų, turinčių prieigą prie viešai neatskleistos informacijos, sąrašas
# History page: what the export contains.
community-export-help = Atsisiųskite CSV failą, kuriame nurodyta, kas turėjo prieigą, kokiu vaidmeniu, dėl kokios priežasties ir nuo kada iki kada. Laikas nurodytas UTC. Norėdami gauti visą istoriją, datų laukus palikite tuščius.
# History page: labels of the date fields.
community-export-from = Nuo
community-export-to = Iki
# History page: download button.
community-export-submit = Atsisiųsti CSV
# History page: heading of the event table.
community-history-heading = Narystės istorija
# History page: columns of the event table.
community-history-when = Kada
community-history-what = Kas įvyko
community-history-who = Asmuo
community-history-by = Atliko
community-history-reason = Priežastis
# History page: link to older events.
community-history-older = Senesni įvykiai
# History events.
community-event-created = Sukūrė bendruomenę
community-event-joined = Prisijungė
community-event-requested = Paprašė prisijungti
community-event-approved = Prašymas patvirtintas
community-event-rejected = Prašymas atmestas
community-event-added = Pridėtas
community-event-left = Išėjo
community-event-removed = Pašalintas
community-event-role-changed = Pakeistas vaidmuo
community-event-refused-cap = Atmesta: pasiektas didžiausias skaičius
community-event-archived = Archyvavo bendruomenę
community-event-unarchived = Atkūrė bendruomenę
community-event-deleted = Ištrynė bendruomenę
# Column headings of the insider-list CSV file.
community-csv-person = Asmuo
community-csv-email = El. pašto adresas
community-csv-role = Vaidmuo
community-csv-reason = Prieigos priežastis
community-csv-gained = Prieiga suteikta (UTC)
community-csv-ended = Prieiga nutraukta (UTC)
community-csv-added-by = Pridėjo
community-csv-ended-by = Prieigą nutraukė
community-csv-end-reason = Nutraukimo priežastis

## The health panel: what a community lacks, for its owners.

health-heading = Ko trūksta šiai bendruomenei
health-all-well = Niekas nereikalauja jūsų dėmesio.
health-wiki-front-page = Wiki dar neturi pradinio puslapio.
health-wiki-front-page-fix = Parašyti pradinį puslapį
health-files = Dar nėra jokių failų ar aplankų.
health-files-fix = Pridėti aplanką arba failą
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } klausimas atsakymo laukia ilgiau nei { $days } { $days ->
        [one] dieną
        [few] dienas
        [many] dienos
       *[other] dienų
    }.
    [few] { $count } klausimai atsakymo laukia ilgiau nei { $days } { $days ->
        [one] dieną
        [few] dienas
        [many] dienos
       *[other] dienų
    }.
    [many] { $count } klausimo atsakymo laukia ilgiau nei { $days } { $days ->
        [one] dieną
        [few] dienas
        [many] dienos
       *[other] dienų
    }.
   *[other] { $count } klausimų atsakymo laukia ilgiau nei { $days } { $days ->
        [one] dieną
        [few] dienas
        [many] dienos
       *[other] dienų
    }.
}
health-unanswered-questions-fix = Atsakyti į klausimus
# Variables: $days.
health-activity = Jau { $days } { $days ->
    [one] dieną
    [few] dienas
    [many] dienos
   *[other] dienų
} nieko naujo nepaskelbta.
health-activity-fix = Paskelbti atnaujinimą
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } narys čia dar niekada nieko nepaskelbė.
    [few] { $count } nariai čia dar niekada nieko nepaskelbė.
    [many] { $count } nario čia dar niekada nieko nepaskelbė.
   *[other] { $count } narių čia dar niekada nieko nepaskelbė.
}
health-silent-members-fix = Peržiūrėti narius
