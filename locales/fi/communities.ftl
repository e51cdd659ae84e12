### Communities: the directory, creating one, a community's pages, and the insider-list export.

## The directory (/communities)

# Directory page title and heading.
communities-title = Yhteisöt
# Button on the directory to the create form.
communities-create = Luo yhteisö
# Accessible name of the directory search form.
communities-search-label = Hae yhteisöjä
# Directory filter: label of the name search field.
communities-filter-name = Nimi
# Directory filter: label of the language list.
communities-filter-language = Kieli
# Directory filter: first option of the language list (no filter).
communities-filter-any-language = Kaikki kielet
# Directory filter: label of the template list.
communities-filter-template = Tyyppi
# Directory filter: first option of the template list (no filter).
communities-filter-any-template = Kaikki tyypit
# Directory filter: checkbox to show only communities the reader belongs to.
communities-filter-mine = Vain omat yhteisöni
# Search button of the directory and of the member list.
communities-search-submit = Hae
# Directory: nothing matches the filters.
communities-none-found = Hakuasi vastaavia yhteisöjä ei löytynyt.
# Link to the next page of a list (directory, members, admin list).
communities-next-page = Seuraava sivu
# Number of members, in the directory and on a community page. Variables: $count.
communities-member-count = { $count ->
    [one] { $count } jäsen
   *[other] { $count } jäsentä
}

## Kinds, templates, roles, tools

# Visibility of a community: badge and choice in the create form.
community-visibility-public = Avoin
community-visibility-moderated = Moderoitu
community-visibility-restricted = Rajattu
# Create form: what each visibility means.
community-visibility-public-help = kuka tahansa voi lukea sitä ja liittyä yhdellä napsautuksella.
community-visibility-moderated-help = kuka tahansa voi lukea sitä; omistajat tai moderaattorit hyväksyvät uudet jäsenet.
community-visibility-restricted-help = näkymätön kaikille sen ulkopuolisille; omistajat lisäävät jäsenet perustelun kanssa ylärajaan asti. Asiakastyöhön.
# Templates: the starting tools and layout of a community.
community-template-helpdesk = Neuvonta
community-template-project = Projekti
community-template-client-team = Asiakastiimi
# Roles in a community.
community-role-member = Jäsen
community-role-moderator = Moderaattori
community-role-owner = Omistaja
# Tools a community can switch on.
community-tool-blog = Blogi
community-tool-forum = Keskustelupalsta
community-tool-wiki = Wiki
community-tool-files = Tiedostot
# A forum in question-and-answer mode, in the list of tools. Variables: $tool (the forum's name).
community-tool-forum-questions = { $tool } (kysymykset ja vastaukset)
# Forum modes in the settings form.
community-forum-mode-discussion = Keskustelut
community-forum-mode-questions = Kysymykset ja vastaukset

## Creating a community (/communities/new)

# Create page title and heading.
community-create-title = Luo yhteisö
# Create form: help under the template list.
community-template-help = Neuvonta: kysymys- ja vastauspalsta sekä wiki. Projekti: blogi, keskustelupalsta, wiki ja tiedostot. Asiakastiimi: rajattu tila, jossa on keskustelupalsta, wiki ja tiedostot. Työkaluja voi ottaa käyttöön ja poistaa käytöstä myöhemmin.
# Create form: shown to people who may not create restricted communities.
community-restricted-not-allowed = Asiakastyön rajattuja yhteisöjä luovat ylläpitäjät ja henkilöt, joille he ovat antaneet siihen luvan.
# Create form: help under the member cap field. Variables: $cap (the organisation's cap).
community-cap-help = Jätä tyhjäksi, jos haluat käyttää organisaation jäsenmäärän ylärajaa ({ $cap }), tai aseta pienempi yläraja.
# Create form: submit button.
community-create-submit = Luo yhteisö

## A community's frame: heading, badges, tabs

# Shown instead of a community that does not exist or that the reader may not see.
community-not-found = Tässä osoitteessa ei ole yhteisöä, tai sinulla ei ole siihen käyttöoikeutta.
# Link back to the directory from the not-found text.
community-back-to-directory = Siirry yhteisöihin
# Accessible name of the badges under a community's name.
community-kind-label = Yhteisön tyyppi
# Badge of an archived community.
community-archived-badge = Arkistoitu
# Notice on every page of a restricted community.
community-restricted-notice = Rajattu yhteisö: vain sen jäsenet näkevät sen. Älä jaa täällä olevaa tietoa yhteisön ulkopuolelle.
# Notice on every page of an archived community.
community-archived-notice = Tämä yhteisö on arkistoitu: sitä voi lukea, mutta ei muuttaa.
# Accessible name of a community's tabs.
community-tabs-label = Yhteisön sivut
# Tabs of a community.
community-tab-home = Yleiskatsaus
community-tab-members = Jäsenet
community-tab-requests = Liittymispyynnöt
community-tab-settings = Asetukset
community-tab-history = Historia
# Tab with the number of waiting join requests. Variables: $count.
community-tab-requests-count = { $count ->
    [0] Liittymispyynnöt
    [one] Liittymispyynnöt ({ $count })
   *[other] Liittymispyynnöt ({ $count })
}

## Community home

# Home: the community has no description.
community-no-description = Ei vielä kuvausta.
# Home: shown to an admin outside a restricted community instead of its description.
community-content-hidden = Näet tämän rajatun yhteisön ylläpitäjänä: sen kuvaus ja sisältö näkyvät vain jäsenille.
# Home: labels of the facts list.
community-members-label = Jäsenet
community-tools-label = Työkalut
community-created-label = Luotu
community-my-role-label = Roolisi
# Home: the community has no tools switched on.
community-no-tools = Ei vielä yhtään
# Members and the cap of a restricted community. Variables: $count, $cap.
community-members-of-cap = { $count ->
    [one] { $count } jäsen, enintään { $cap }
   *[other] { $count } jäsentä, enintään { $cap }
}
# Home: heading of the owners list.
community-owners-heading = Omistajat
# Home: heading of the joining/leaving section.
community-membership-heading = Jäsenyys
# Home: join button of a public community.
community-join = Liity
# Home: label of the message with a join request.
community-request-message = Miksi haluaisit liittyä? (valinnainen)
# Home: button that sends a join request.
community-request-submit = Pyydä liittymistä
# Home: the reader's request is waiting for approval.
community-request-pending = Liittymispyyntösi odottaa omistajan tai moderaattorin hyväksyntää.
# Home: help above the leave button.
community-leave-help = Voit liittyä myöhemmin uudelleen, jos yhteisö sen sallii.
# Home: leave button.
community-leave = Eroa yhteisöstä
# Home: the reader can neither join, ask nor leave (e.g. an archived community).
community-membership-none = Täällä ei ole juuri nyt sinulle tehtävää.

## Members

# Members page: heading of the form that adds a person.
community-invite-heading = Lisää jäsen
# Members page: help under the e-mail field of the add form.
community-invite-email-help = Kirjoita nimi valitaksesi kollegan tai anna sähköpostiosoite.
# Members page: label of the reason field (optional).
community-invite-reason = Perustelu (valinnainen)
# Members page: label of the reason field in a restricted community (required).
community-invite-reason-required = Käyttöoikeuden peruste (pakollinen; kirjataan sisäpiiriluetteloon)
# Members page: add button.
community-invite-submit = Lisää jäsen
# Members page: a person was added.
community-invite-done = Henkilö on lisätty.
# Members page: accessible name of the member search.
community-members-search-label = Hae jäseniä
# Members page: label of the member search field.
community-members-search = Hae jäsentä nimellä
# Members page: no member matches.
community-members-none = Hakua vastaavia jäseniä ei löytynyt.
# Members page: when a member joined. Variables: $date.
community-member-since = jäsen { $date } alkaen
# Members page: hidden label of a member's role list. Variables: $name.
community-role-of = Käyttäjän { $name } rooli
# Members page: button next to the role list.
community-set-role = Vaihda rooli
# Members page: remove button (visible text).
community-remove = Poista
# Members page: accessible name of the remove button. Variables: $name.
community-remove-member = Poista { $name } yhteisöstä

## Join requests

# Requests page: heading.
community-requests-heading = Liittymispyynnöt
# Requests page: nobody is waiting.
community-requests-none = Kukaan ei odota pääsyä yhteisöön.
# Requests page: when someone asked. Variables: $date.
community-request-asked = pyydetty { $date }
# Requests page: label of the optional reason for a decision.
community-decision-reason = Perustelu (valinnainen, kirjataan historiaan)
# Requests page: approve button.
community-approve = Hyväksy
# Requests page: turn-down button.
community-reject = Hylkää

## Settings

# Settings page: heading of the main form.
community-settings-heading = Yhteisön asetukset
# Settings page: the community is archived.
community-settings-archived = Palauta yhteisö, jos haluat muuttaa sen asetuksia.
# Settings page: help on the tools.
community-tools-help = Käytöstä poistetut työkalut piilotetaan; niiden sisältöä ei poisteta.
# Settings page: help under the member cap. Variables: $cap (the cap in force now).
community-cap-settings-help = Voimassa oleva yläraja on { $cap }. Anna tälle yhteisölle pienempi luku tai 0, jos haluat käyttää organisaation ylärajaa.
# Settings page: save button.
community-settings-save = Tallenna asetukset
# Settings page: saved.
community-settings-saved = Asetukset tallennettu.
# Settings page: heading of the archive section.
community-archive-heading = Arkistointi
# Settings page: what archiving does.
community-archive-help = Arkistoitua yhteisöä voi yhä lukea, mutta kukaan ei voi liittyä, erota, julkaista tai muuttaa mitään ennen kuin yhteisö palautetaan.
# Settings page: confirmation checkbox before archiving. Variables: $name (the community's name).
community-archive-confirm = Kyllä, arkistoi { $name }
# Settings page: what restoring does.
community-unarchive-help = Palauttaminen tekee yhteisöstä jälleen aktiivisen.
# Settings page: archive button.
community-archive = Arkistoi yhteisö
# Settings page: restore button.
community-unarchive = Palauta yhteisö
# Settings page: heading of the delete section.
community-delete-heading = Poistaminen
# Settings page: what deleting does.
community-delete-help = Poistaminen poistaa yhteisön kaikilta. Sen jäsenyyshistoria säilytetään dokumentointia varten.
# Settings page: confirmation checkbox. Variables: $name (the community's name).
community-delete-confirm = Kyllä, poista { $name }
# Settings page: delete button.
community-delete = Poista yhteisö

## History and the insider list

# History page: heading of the export section.
community-export-heading = Sisäpiiriluettelo
# History page: what the export contains.
community-export-help = Lataa CSV-tiedostona, kenellä on ollut käyttöoikeus, missä roolissa, millä perusteella ja milloin alkaen ja mihin asti. Ajat ovat UTC-aikaa. Jätä päivämäärät tyhjiksi, jos haluat koko historian.
# History page: labels of the date fields.
community-export-from = Alkupäivä
community-export-to = Loppupäivä
# History page: download button.
community-export-submit = Lataa CSV
# History page: heading of the event table.
community-history-heading = Jäsenyyshistoria
# History page: columns of the event table.
community-history-when = Aika
community-history-what = Tapahtuma
community-history-who = Henkilö
community-history-by = Tekijä
community-history-reason = Perustelu
# History page: link to older events.
community-history-older = Vanhemmat tapahtumat
# History events.
community-event-created = Loi yhteisön
community-event-joined = Liittyi
community-event-requested = Pyysi liittymistä
community-event-approved = Pyyntö hyväksytty
community-event-rejected = Pyyntö hylätty
community-event-added = Lisätty
community-event-left = Erosi
community-event-removed = Poistettu
community-event-role-changed = Rooli vaihdettu
community-event-refused-cap = Hylätty: jäsenmäärän yläraja täynnä
community-event-archived = Arkistoi yhteisön
community-event-unarchived = Palautti yhteisön
community-event-deleted = Poisti yhteisön
# Column headings of the insider-list CSV file.
community-csv-person = Henkilö
community-csv-email = Sähköpostiosoite
community-csv-role = Rooli
community-csv-reason = Käyttöoikeuden peruste
community-csv-gained = Käyttöoikeus alkoi (UTC)
community-csv-ended = Käyttöoikeus päättyi (UTC)
community-csv-added-by = Lisääjä
community-csv-ended-by = Päättäjä
community-csv-end-reason = Päättymisen syy

## The health panel: what a community lacks, for its owners.

health-heading = Mitä tästä yhteisöstä puuttuu
health-all-well = Mikään ei vaadi huomiotasi.
health-wiki-front-page = Wikissä ei ole vielä etusivua.
health-wiki-front-page-fix = Kirjoita etusivu
health-files = Tiedostoja tai kansioita ei ole vielä.
health-files-fix = Lisää kansio tai tiedosto
# Variables: $count (questions), $days.
health-unanswered-questions = { $count ->
    [one] { $count } kysymys on odottanut vastausta yli { $days } päivää.
   *[other] { $count } kysymystä on odottanut vastausta yli { $days } päivää.
}
health-unanswered-questions-fix = Vastaa kysymyksiin
# Variables: $days.
health-activity = Mitään uutta ei ole julkaistu { $days } päivään.
health-activity-fix = Julkaise päivitys
# Variables: $count (members).
health-silent-members = { $count ->
    [one] { $count } jäsen ei ole koskaan julkaissut täällä mitään.
   *[other] { $count } jäsentä ei ole koskaan julkaissut täällä mitään.
}
health-silent-members-fix = Näytä jäsenet
