### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Grupper
# Button on the directory to the create form.
communities-create = Opret en gruppe
# Accessible name of the directory search form.
communities-search-label = Søg efter grupper
# Directory filter: label of the name search field.
communities-filter-name = Navn
# Directory filter: label of the language list.
communities-filter-language = Sprog
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Alle sprog
# Directory filter: label of the template list.
communities-filter-template = Type
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Alle typer
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Kun mine grupper
# Search button of the directory and of the member list.
communities-search-submit = Søg
# Directory: nothing matches the filters.
communities-none-found = Ingen grupper matcher din søgning.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Næste side
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Åben
community-visibility-moderated = Modereret
community-visibility-restricted = Begrænset
# Create form: what each visibility means.
community-visibility-public-help = alle kan læse den og blive medlem med ét klik.
community-visibility-moderated-help = alle kan læse den; ejere eller moderatorer godkender nye medlemmer.
community-visibility-restricted-help = usynlig for alle uden for gruppen; ejere tilføjer medlemmer med en begrundelse, op til en grænse. Til kundearbejde.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Projekt
community-template-client-team = Kundeteam
# Roles in a community.
community-role-member = Medlem
community-role-moderator = Moderator
community-role-owner = Ejer
# Tools a community can switch on.
community-tool-blog = Blog
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Filer
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (spørgsmål og svar)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskussioner
community-forum-mode-questions = Spørgsmål og svar

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Opret en gruppe
# Create form: help under the template list.
community-template-help = Helpdesk: et forum til spørgsmål og svar og en wiki. Projekt: blog, forum, wiki og filer. Kundeteam: et begrænset rum med forum, wiki og filer. Værktøjerne kan slås til og fra senere.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Begrænsede grupper til kundearbejde oprettes af administratorer og af personer, som de har givet tilladelse.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = { $cap ->
    [one] Lad feltet stå tomt for at bruge organisationens grænse på { $cap } medlem, eller angiv en lavere grænse.
   *[other] Lad feltet stå tomt for at bruge organisationens grænse på { $cap } medlemmer, eller angiv en lavere grænse.
}
# Create form: submit button.
community-create-submit = Opret gruppe

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Der er ingen gruppe på denne adresse, eller du har ikke adgang til den.
# Link back to the directory from the not-found text.
community-back-to-directory = Gå til grupperne
# Accessible name of the badges under a community's name.
community-kind-label = Gruppetype
# Badge of an archived community.
community-archived-badge = Arkiveret
# Notice on every page of a restricted community.
community-restricted-notice = Begrænset gruppe: kun medlemmerne kan se den. Del ikke indholdet her med nogen uden for gruppen.
# Notice on every page of an archived community.
community-archived-notice = Denne gruppe er arkiveret: den kan læses, men ikke ændres.
# Accessible name of a community's tabs.
community-tabs-label = Gruppens sider
# Tabs of a community.
community-tab-home = Oversigt
community-tab-members = Medlemmer
community-tab-requests = Anmodninger
community-tab-settings = Indstillinger
community-tab-history = Historik
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Anmodninger
    [one] Anmodninger ({ $count })
   *[other] Anmodninger ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Ingen beskrivelse endnu.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Du ser denne begrænsede gruppe som administrator: beskrivelsen og indholdet er kun synligt for medlemmerne.
# Home: labels of the facts list.
community-members-label = Medlemmer
community-tools-label = Værktøjer
community-created-label = Oprettet
community-my-role-label = Din rolle
# Home: the community has no tools switched on.
community-no-tools = Ingen endnu
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } medlem af højst { $cap }
   *[other] { $count } medlemmer af højst { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Ejere
# Home: heading of the joining/leaving section.
community-membership-heading = Medlemskab
# Home: join button of a public community.
community-join = Bliv medlem
# Home: label of the message with a join request.
community-request-message = Hvorfor vil du gerne være med? (valgfrit)
# Home: button that sends a join request.
community-request-submit = Anmod om medlemskab
# Home: the reader's request is waiting for approval.
community-request-pending = Din anmodning om medlemskab venter på godkendelse fra en ejer eller moderator.
# Home: help above the leave button.
community-leave-help = Du kan blive medlem igen senere, hvis gruppen tillader det.
# Home: leave button.
community-leave = Forlad gruppen
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Der er ikke noget, du kan gøre her lige nu.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Tilføj et medlem
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Skriv et navn for at vælge en kollega, eller indtast e-mailadressen.
# Members page: label of the reason field (optional).
community-invite-reason = Begrundelse (valgfrit)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Begrundelse for adgang (påkrævet; føres ind i insiderlisten)
# Members page: add button.
community-invite-submit = Tilføj medlem
# Members page: a person was added.
community-invite-done = Personen er tilføjet.
# Members page: accessible name of the member search.
community-members-search-label = Søg efter medlemmer
# Members page: label of the member search field.
community-members-search = Find et medlem efter navn
# Members page: no member matches.
community-members-none = Ingen medlemmer matcher.
# Members page: when a member joined. Variables: $date.
community-member-since = medlem siden { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Rolle for { $name }
# Members page: button next to the role list.
community-set-role = Skift rolle
# Members page: remove button (visible text).
community-remove = Fjern
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Fjern { $name } fra gruppen

## Join requests

# Requests page: heading.
community-requests-heading = Anmodninger om medlemskab
# Requests page: nobody is waiting.
community-requests-none = Ingen venter på at blive medlem.
# Requests page: when someone asked. Variables: $date.
community-request-asked = anmodede { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Begrundelse (valgfrit, gemmes i historikken)
# Requests page: approve button.
community-approve = Godkend
# Requests page: turn-down button.
community-reject = Afvis

## Settings

# Settings page: heading of the main form.
community-settings-heading = Gruppens indstillinger
# Settings page: the community is archived.
community-settings-archived = Gendan gruppen for at ændre indstillingerne.
# Settings page: help on the tools.
community-tools-help = Værktøjer, der er slået fra, skjules; intet i dem slettes.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Den gældende grænse er { $cap }. Angiv et lavere tal for denne gruppe, eller 0 for at bruge organisationens grænse.
# Settings page: save button.
community-settings-save = Gem indstillinger
# Settings page: saved.
community-settings-saved = Indstillingerne er gemt.
# Settings page: heading of the archive section.
community-archive-heading = Arkivér
# Settings page: what archiving does.
community-archive-help = En arkiveret gruppe kan stadig læses, men ingen kan blive medlem, forlade den, skrive opslag eller ændre noget, før den er gendannet.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Ja, arkivér { $name }
# Settings page: what restoring does.
community-unarchive-help = Når gruppen gendannes, bliver den aktiv igen.
# Settings page: archive button.
community-archive = Arkivér gruppen
# Settings page: restore button.
community-unarchive = Gendan gruppen
# Settings page: heading of the delete section.
community-delete-heading = Slet
# Settings page: what deleting does.
community-delete-help = Sletning fjerner gruppen for alle. Medlemshistorikken bevares af dokumentationshensyn.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Ja, slet { $name }
# Settings page: delete button.
community-delete = Slet gruppen

## History and the insider list

# History page: heading of the export section.
community-export-heading = Insiderliste
# History page: what the export contains.
community-export-help = Download en CSV-fil med, hvem der har haft adgang, i hvilken rolle, hvorfor og fra hvornår til hvornår. Tidspunkterne er i UTC. Lad datoerne stå tomme for at få hele historikken.
# History page: labels of the date fields.
community-export-from = Fra
community-export-to = Til
# History page: download button.
community-export-submit = Download CSV
# History page: heading of the event table.
community-history-heading = Medlemshistorik
# History page: columns of the event table.
community-history-when = Hvornår
community-history-what = Hvad
community-history-who = Person
community-history-by = Af
community-history-reason = Begrundelse
# History page: link to older events.
community-history-older = Ældre hændelser
# History events.
community-event-created = Oprettede gruppen
community-event-joined = Blev medlem
community-event-requested = Anmodede om medlemskab
community-event-approved = Anmodning godkendt
community-event-rejected = Anmodning afvist
community-event-added = Tilføjet
community-event-left = Forlod gruppen
community-event-removed = Fjernet
community-event-role-changed = Rolle ændret
community-event-refused-cap = Afvist: medlemsgrænsen er nået
community-event-archived = Arkiverede gruppen
community-event-unarchived = Gendannede gruppen
community-event-deleted = Slettede gruppen
# Column headings of the insider-list CSV file.
community-csv-person = Person
community-csv-email = E-mailadresse
community-csv-role = Rolle
community-csv-reason = Begrundelse for adgang
community-csv-gained = Adgang fra (UTC)
community-csv-ended = Adgang til (UTC)
community-csv-added-by = Tilføjet af
community-csv-ended-by = Afsluttet af
community-csv-end-reason = Begrundelse for afslutning

## The health panel: what a community lacks, for its owners.

health-heading = Det mangler der i denne gruppe
health-all-well = Intet kræver din opmærksomhed.
health-wiki-front-page = Wikien har ingen forside endnu.
health-wiki-front-page-fix = Skriv forsiden
health-files = Der er ingen filer eller mapper endnu.
health-files-fix = Tilføj en mappe eller en fil
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } spørgsmål har ventet på svar i mere end { $days } dage.
   *[other] { $count } spørgsmål har ventet på svar i mere end { $days } dage.
}
health-unanswered-questions-fix = Besvar dem
# Variables: $days.
health-activity = Der er ikke slået noget nyt op i { $days } dage.
health-activity-fix = Slå en opdatering op
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } medlem har aldrig skrevet noget her.
   *[other] { $count } medlemmer har aldrig skrevet noget her.
}
health-silent-members-fix = Se medlemmerne
