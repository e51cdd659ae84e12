### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Grupper
# Button on the directory to the create form.
communities-create = Opprett en gruppe
# Accessible name of the directory search form.
communities-search-label = Søk etter grupper
# Directory filter: label of the name search field.
communities-filter-name = Navn
# Directory filter: label of the language list.
communities-filter-language = Språk
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Alle språk
# Directory filter: label of the template list.
communities-filter-template = Type
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Alle typer
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Bare mine grupper
# Search button of the directory and of the member list.
communities-search-submit = Søk
# Directory: nothing matches the filters.
communities-none-found = Ingen grupper samsvarer med søket.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Neste side
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmer
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Åpen
community-visibility-moderated = Moderert
community-visibility-restricted = Begrenset
# Create form: what each visibility means.
community-visibility-public-help = alle kan lese den og bli medlem med ett klikk.
community-visibility-moderated-help = alle kan lese den; eiere eller moderatorer godkjenner nye medlemmer.
community-visibility-restricted-help = usynlig for alle utenfor gruppen; eiere legger til medlemmer, med begrunnelse, opp til en grense. For kundearbeid.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Helpdesk
community-template-project = Prosjekt
community-template-client-team = Kundeteam
# Roles in a community.
community-role-member = Medlem
community-role-moderator = Moderator
community-role-owner = Eier
# Tools a community can switch on.
community-tool-blog = Blogg
community-tool-forum = Forum
community-tool-wiki = Wiki
community-tool-files = Filer
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (spørsmål og svar)
# Forum modes in the settings form.
community-forum-mode-discussion = Diskusjoner
community-forum-mode-questions = Spørsmål og svar

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Opprett en gruppe
# Create form: help under the template list.
community-template-help = Helpdesk: et forum for spørsmål og svar og en wiki. Prosjekt: blogg, forum, wiki og filer. Kundeteam: et begrenset rom med forum, wiki og filer. Verktøyene kan slås av og på senere.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Begrensede grupper for kundearbeid opprettes av administratorer og av personer de har gitt tillatelse.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = { $cap ->
    [one] La feltet stå tomt for å bruke organisasjonens grense på { $cap } medlem, eller angi en lavere grense.
   *[other] La feltet stå tomt for å bruke organisasjonens grense på { $cap } medlemmer, eller angi en lavere grense.
}
# Create form: submit button.
community-create-submit = Opprett gruppe

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Det finnes ingen gruppe på denne adressen, eller du har ikke tilgang til den.
# Link back to the directory from the not-found text.
community-back-to-directory = Gå til gruppene
# Accessible name of the badges under a community's name.
community-kind-label = Type gruppe
# Badge of an archived community.
community-archived-badge = Arkivert
# Notice on every page of a restricted community.
community-restricted-notice = Begrenset gruppe: bare medlemmene kan se den. Ikke del innholdet her med noen utenfor gruppen.
# Notice on every page of an archived community.
community-archived-notice = Denne gruppen er arkivert: den kan leses, men ikke endres.
# Accessible name of a community's tabs.
community-tabs-label = Gruppens sider
# Tabs of a community.
community-tab-home = Oversikt
community-tab-members = Medlemmer
community-tab-requests = Forespørsler
community-tab-settings = Innstillinger
community-tab-history = Historikk
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Forespørsler
    [one] Forespørsler ({ $count })
   *[other] Forespørsler ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Ingen beskrivelse ennå.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Du ser denne begrensede gruppen som administrator: beskrivelsen og innholdet er bare synlig for medlemmene.
# Home: labels of the facts list.
community-members-label = Medlemmer
community-tools-label = Verktøy
community-created-label = Opprettet
community-my-role-label = Din rolle
# Home: the community has no tools switched on.
community-no-tools = Ingen ennå
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } medlem av maks { $cap }
   *[other] { $count } medlemmer av maks { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Eiere
# Home: heading of the joining/leaving section.
community-membership-heading = Medlemskap
# Home: join button of a public community.
community-join = Bli medlem
# Home: label of the message with a join request.
community-request-message = Hvorfor vil du bli med? (valgfritt)
# Home: button that sends a join request.
community-request-submit = Be om å bli med
# Home: the reader's request is waiting for approval.
community-request-pending = Forespørselen din venter på godkjenning fra en eier eller moderator.
# Home: help above the leave button.
community-leave-help = Du kan bli med igjen senere hvis gruppen tillater det.
# Home: leave button.
community-leave = Forlat gruppen
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Det er ingenting for deg å gjøre her akkurat nå.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Legg til et medlem
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Skriv et navn for å velge en kollega, eller oppgi e-postadressen.
# Members page: label of the reason field (optional).
community-invite-reason = Begrunnelse (valgfritt)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Begrunnelse for tilgang (påkrevd; føres inn i innsidelisten)
# Members page: add button.
community-invite-submit = Legg til medlem
# Members page: a person was added.
community-invite-done = Personen er lagt til.
# Members page: accessible name of the member search.
community-members-search-label = Søk etter medlemmer
# Members page: label of the member search field.
community-members-search = Finn et medlem etter navn
# Members page: no member matches.
community-members-none = Ingen medlemmer samsvarer.
# Members page: when a member joined. Variables: $date.
community-member-since = medlem siden { $date }
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Rollen til { $name }
# Members page: button next to the role list.
community-set-role = Endre rolle
# Members page: remove button (visible text).
community-remove = Fjern
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Fjern { $name } fra gruppen

## Join requests

# Requests page: heading.
community-requests-heading = Forespørsler om å bli med
# Requests page: nobody is waiting.
community-requests-none = Ingen venter på å bli med.
# Requests page: when someone asked. Variables: $date.
community-request-asked = spurte { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Begrunnelse (valgfritt, lagres i historikken)
# Requests page: approve button.
community-approve = Godkjenn
# Requests page: turn-down button.
community-reject = Avslå

## Settings

# Settings page: heading of the main form.
community-settings-heading = Innstillinger for gruppen
# Settings page: the community is archived.
community-settings-archived = Gjenopprett gruppen for å endre innstillingene.
# Settings page: help on the tools.
community-tools-help = Verktøy som er slått av, skjules; ingenting i dem slettes.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Gjeldende grense er { $cap }. Angi et lavere tall for denne gruppen, eller 0 for å bruke organisasjonens grense.
# Settings page: save button.
community-settings-save = Lagre innstillinger
# Settings page: saved.
community-settings-saved = Innstillingene er lagret.
# Settings page: heading of the archive section.
community-archive-heading = Arkiver
# Settings page: what archiving does.
community-archive-help = En arkivert gruppe kan fortsatt leses, men ingen kan bli med, forlate den, publisere innlegg eller endre noe før den er gjenopprettet.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Ja, arkiver { $name }
# Settings page: what restoring does.
community-unarchive-help = Når gruppen gjenopprettes, blir den aktiv igjen.
# Settings page: archive button.
community-archive = Arkiver gruppen
# Settings page: restore button.
community-unarchive = Gjenopprett gruppen
# Settings page: heading of the delete section.
community-delete-heading = Slett
# Settings page: what deleting does.
community-delete-help = Sletting fjerner gruppen for alle. Medlemshistorikken blir bevart av dokumentasjonshensyn.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Ja, slett { $name }
# Settings page: delete button.
community-delete = Slett gruppen

## History and the insider list

# History page: heading of the export section.
community-export-heading = Innsideliste
# History page: what the export contains.
community-export-help = Last ned en CSV-fil med hvem som har hatt tilgang, i hvilken rolle, hvorfor og fra når til når. Tidspunktene er i UTC. La datoene stå tomme for å få hele historikken.
# History page: labels of the date fields.
community-export-from = Fra
community-export-to = Til
# History page: download button.
community-export-submit = Last ned CSV
# History page: heading of the event table.
community-history-heading = Medlemshistorikk
# History page: columns of the event table.
community-history-when = Når
community-history-what = Hva
community-history-who = Person
community-history-by = Av
community-history-reason = Begrunnelse
# History page: link to older events.
community-history-older = Eldre hendelser
# History events.
community-event-created = Opprettet gruppen
community-event-joined = Ble med
community-event-requested = Ba om å bli med
community-event-approved = Forespørsel godkjent
community-event-rejected = Forespørsel avslått
community-event-added = Lagt til
community-event-left = Forlot gruppen
community-event-removed = Fjernet
community-event-role-changed = Rolle endret
community-event-refused-cap = Avvist: medlemsgrensen er nådd
community-event-archived = Arkiverte gruppen
community-event-unarchived = Gjenopprettet gruppen
community-event-deleted = Slettet gruppen
# Column headings of the insider-list CSV file.
community-csv-person = Person
community-csv-email = E-postadresse
community-csv-role = Rolle
community-csv-reason = Begrunnelse for tilgang
community-csv-gained = Tilgang fra (UTC)
community-csv-ended = Tilgang til (UTC)
community-csv-added-by = Lagt til av
community-csv-ended-by = Avsluttet av
community-csv-end-reason = Begrunnelse for avslutning

## The health panel: what a community lacks, for its owners.

health-heading = Dette mangler i gruppen
health-all-well = Ingenting trenger oppmerksomheten din.
health-wiki-front-page = Wikien har ingen forside ennå.
health-wiki-front-page-fix = Skriv forsiden
health-files = Det finnes ingen filer eller mapper ennå.
health-files-fix = Legg til en mappe eller en fil
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } spørsmål har ventet på svar i mer enn { $days } dager.
   *[other] { $count } spørsmål har ventet på svar i mer enn { $days } dager.
}
health-unanswered-questions-fix = Svar på dem
# Variables: $days.
health-activity = Ingenting nytt er publisert på { $days } dager.
health-activity-fix = Publiser en oppdatering
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } medlem har aldri skrevet noe her.
   *[other] { $count } medlemmer har aldri skrevet noe her.
}
health-silent-members-fix = Se medlemmene
