### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Kopienas
# Button on the directory to the create form.
communities-create = Izveidot kopienu
# Accessible name of the directory search form.
communities-search-label = Meklēt kopienas
# Directory filter: label of the name search field.
communities-filter-name = Nosaukums
# Directory filter: label of the language list.
communities-filter-language = Valoda
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Jebkura valoda
# Directory filter: label of the template list.
communities-filter-template = Veids
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Jebkurš veids
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Tikai manas kopienas
# Search button of the directory and of the member list.
communities-search-submit = Meklēt
# Directory: nothing matches the filters.
communities-none-found = Neviena kopiena neatbilst meklēšanas kritērijiem.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Nākamā lapa
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [zero] { $count } dalībnieku
    [one] { $count } dalībnieks
   *[other] { $count } dalībnieki
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Publiska
community-visibility-moderated = Moderēta
community-visibility-restricted = Ierobežota
# Create form: what each visibility means.
community-visibility-public-help = ikviens to var lasīt un pievienoties ar vienu klikšķi.
community-visibility-moderated-help = ikviens to var lasīt; īpašnieki vai moderatori apstiprina, kas pievienojas.
community-visibility-restricted-help = neredzama nevienam ārpus tās; īpašnieki pievieno dalībniekus, norādot iemeslu, līdz noteiktam maksimālajam skaitam. Darbam ar klientiem.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Atbalsta dienests
community-template-project = Projekts
community-template-client-team = Klienta komanda
# Roles in a community.
community-role-member = Dalībnieks
community-role-moderator = Moderators
community-role-owner = Īpašnieks
# Tools a community can switch on.
community-tool-blog = Blogs
community-tool-forum = Forums
community-tool-wiki = Wiki
community-tool-files = Faili
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (jautājumi un atbildes)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskusijas
community-forum-mode-questions = Jautājumi un atbildes

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Izveidot kopienu
# Create form: help under the template list.
community-template-help = Atbalsta dienests: jautājumu un atbilžu forums un wiki. Projekts: blogs, forums, wiki un faili. Klienta komanda: ierobežota telpa ar forumu, wiki un failiem. Rīkus vēlāk var ieslēgt un izslēgt.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Ierobežotas kopienas darbam ar klientiem izveido administratori un personas, kurām viņi to atļauj.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = Atstājiet tukšu, lai izmantotu organizācijas noteikto maksimālo dalībnieku skaitu ({ $cap }), vai iestatiet mazāku.
# Create form: submit button.
community-create-submit = Izveidot kopienu

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Šajā adresē nav kopienas, vai arī jums nav piekļuves tai.
# Link back to the directory from the not-found text.
community-back-to-directory = Doties uz kopienām
# Accessible name of the badges under a community's name.
community-kind-label = Kopienas veids
# Badge of an archived community.
community-archived-badge = Arhivēta
# Notice on every page of a restricted community.
community-restricted-notice = Ierobežota kopiena: to redz tikai tās dalībnieki. Neizpaudiet šeit esošo informāciju ārpus tās.
# Notice on every page of an archived community.
community-archived-notice = Šī kopiena ir arhivēta: to var lasīt, bet nevar mainīt.
# Accessible name of a community's tabs.
community-tabs-label = Kopienas lapas
# Tabs of a community.
community-tab-home = Pārskats
community-tab-members = Dalībnieki
community-tab-requests = Pieteikumi dalībai
community-tab-settings = Iestatījumi
community-tab-history = Vēsture
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Pieteikumi dalībai
    [zero] Pieteikumi dalībai ({ $count })
    [one] Pieteikumi dalībai ({ $count })
   *[other] Pieteikumi dalībai ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Apraksta vēl nav.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Jūs redzat šo ierobežoto kopienu kā administrators: tās apraksts un saturs ir redzams tikai dalībniekiem.
# Home: labels of the facts list.
community-members-label = Dalībnieki
community-tools-label = Rīki
community-created-label = Izveidota
community-my-role-label = Jūsu loma
# Home: the community has no tools switched on.
community-no-tools = Pagaidām nav
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [zero] { $count } dalībnieku (ne vairāk kā { $cap })
    [one] { $count } dalībnieks (ne vairāk kā { $cap })
   *[other] { $count } dalībnieki (ne vairāk kā { $cap })
}
# Home: heading of the owners list.
community-owners-heading = Īpašnieki
# Home: heading of the joining/leaving section.
community-membership-heading = Dalība
# Home: join button of a public community.
community-join = Pievienoties
# Home: label of the message with a join request.
community-request-message = Kāpēc vēlaties pievienoties? (nav obligāti)
# Home: button that sends a join request.
community-request-submit = Pieteikties dalībai
# Home: the reader's request is waiting for approval.
community-request-pending = Jūsu pieteikums gaida īpašnieka vai moderatora apstiprinājumu.
# Home: help above the leave button.
community-leave-help = Vēlāk varēsiet pievienoties atkal, ja kopiena to atļauj.
# Home: leave button.
community-leave = Pamest kopienu
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Pašlaik šeit nav pieejamu darbību.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Pievienot dalībnieku
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Ierakstiet vārdu, lai izvēlētos kolēģi, vai ievadiet e-pasta adresi.
# Members page: label of the reason field (optional).
community-invite-reason = Iemesls (nav obligāti)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Piekļuves iemesls (obligāti; tiek iekļauts iekšējās informācijas turētāju sarakstā)
# Members page: add button.
community-invite-submit = Pievienot dalībnieku
# Members page: a person was added.
community-invite-done = Persona ir pievienota.
# Members page: accessible name of the member search.
community-members-search-label = Meklēt dalībniekus
# Members page: label of the member search field.
community-members-search = Meklēt dalībnieku pēc vārda
# Members page: no member matches.
community-members-none = Neviens dalībnieks neatbilst.
# Members page: when a member joined. Variables: $date.
community-member-since = dalībnieks kopš { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Loma: { $name }
# Members page: button next to the role list.
community-set-role = Mainīt lomu
# Members page: remove button (visible text).
community-remove = Noņemt
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Noņemt no kopienas: { $name }

## Join requests

# Requests page: heading.
community-requests-heading = Pieteikumi dalībai
# Requests page: nobody is waiting.
community-requests-none = Pieteikumu dalībai nav.
# Requests page: when someone asked. Variables: $date.
community-request-asked = pieteicās { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Iemesls (nav obligāti, tiek saglabāts vēsturē)
# Requests page: approve button.
community-approve = Apstiprināt
# Requests page: turn-down button.
community-reject = Noraidīt

## Settings

# Settings page: heading of the main form.
community-settings-heading = Kopienas iestatījumi
# Settings page: the community is archived.
community-settings-archived = Atjaunojiet kopienu, lai mainītu tās iestatījumus.
# Settings page: help on the tools.
community-tools-help = Izslēgtie rīki tiek paslēpti; to saturs netiek dzēsts.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Spēkā esošais maksimālais dalībnieku skaits ir { $cap }. Ievadiet mazāku skaitu šai kopienai vai 0, lai izmantotu organizācijas noteikto skaitu.
# Settings page: save button.
community-settings-save = Saglabāt iestatījumus
# Settings page: saved.
community-settings-saved = Iestatījumi saglabāti.
# Settings page: heading of the archive section.
community-archive-heading = Arhivēšana
# Settings page: what archiving does.
community-archive-help = Arhivēta kopiena joprojām ir lasāma, taču, kamēr tā nav atjaunota, neviens nevar tai pievienoties, to pamest, publicēt vai ko mainīt.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Jā, arhivēt: { $name }
# Settings page: what restoring does.
community-unarchive-help = Pēc atjaunošanas kopiena atkal ir aktīva.
# Settings page: archive button.
community-archive = Arhivēt kopienu
# Settings page: restore button.
community-unarchive = Atjaunot kopienu
# Settings page: heading of the delete section.
community-delete-heading = Dzēšana
# Settings page: what deleting does.
community-delete-help = Dzēšot kopienu, tā tiek noņemta visiem. Tās dalības vēsture tiek saglabāta uzskaitei.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Jā, dzēst { $name }
# Settings page: delete button.
community-delete = Dzēst kopienu

## History and the insider list

# History page: heading of the export section.
community-export-heading = Iekšējās informācijas turētāju saraksts
# History page: what the export contains.
community-export-help = Lejupielādējiet CSV failu ar informāciju par to, kam bija piekļuve, kādā lomā, kāpēc un no kura līdz kuram brīdim. Laiks ir norādīts UTC. Lai iegūtu visu vēsturi, atstājiet datumus tukšus.
# History page: labels of the date fields.
community-export-from = No
community-export-to = Līdz
# History page: download button.
community-export-submit = Lejupielādēt CSV
# History page: heading of the event table.
community-history-heading = Dalības vēsture
# History page: columns of the event table.
community-history-when = Kad
community-history-what = Kas notika
community-history-who = Persona
community-history-by = Izpildītājs
community-history-reason = Iemesls
# History page: link to older events.
community-history-older = Vecāki notikumi
# History events.
community-event-created = Izveidoja kopienu
community-event-joined = Pievienojās
community-event-requested = Pieteicās dalībai
community-event-approved = Pieteikums apstiprināts
community-event-rejected = Pieteikums noraidīts
community-event-added = Pievienots
community-event-left = Pameta kopienu
community-event-removed = Noņemts
community-event-role-changed = Loma mainīta
community-event-refused-cap = Atteikts: sasniegts maksimālais skaits
community-event-archived = Arhivēja kopienu
community-event-unarchived = Atjaunoja kopienu
community-event-deleted = Dzēsa kopienu
# Column headings of the insider-list CSV file.
community-csv-person = Persona
community-csv-email = E-pasta adrese
community-csv-role = Loma
community-csv-reason = Piekļuves iemesls
community-csv-gained = Piekļuve piešķirta (UTC)
community-csv-ended = Piekļuve izbeigta (UTC)
community-csv-added-by = Pievienoja
community-csv-ended-by = Izbeidza
community-csv-end-reason = Izbeigšanas iemesls

## The health panel: what a community lacks, for its owners.

health-heading = Kas šai kopienai trūkst
health-all-well = Nekas neprasa jūsu uzmanību.
health-wiki-front-page = Wiki vēl nav sākumlapas.
health-wiki-front-page-fix = Uzrakstīt sākumlapu
health-files = Vēl nav neviena faila vai mapes.
health-files-fix = Pievienot mapi vai failu
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [zero] { $count } jautājumu gaida atbildi jau vairāk nekā { $days } { $days ->
        [zero] dienas
        [one] dienu
       *[other] dienas
    }.
    [one] { $count } jautājums gaida atbildi jau vairāk nekā { $days } { $days ->
        [zero] dienas
        [one] dienu
       *[other] dienas
    }.
   *[other] { $count } jautājumi gaida atbildi jau vairāk nekā { $days } { $days ->
        [zero] dienas
        [one] dienu
       *[other] dienas
    }.
}
health-unanswered-questions-fix = Atbildēt uz jautājumiem
# Variables: $days.
health-activity = Jau { $days } { $days ->
    [zero] dienas
    [one] dienu
   *[other] dienas
} nekas jauns nav publicēts.
health-activity-fix = Publicēt atjauninājumu
# Variables: $count (members).
health-silent-members = { $count ->
    [zero] { $count } dalībnieku šeit nekad nav neko publicējuši.
    [one] { $count } dalībnieks šeit nekad nav neko publicējis.
   *[other] { $count } dalībnieki šeit nekad nav neko publicējuši.
}
health-silent-members-fix = Skatīt dalībniekus
