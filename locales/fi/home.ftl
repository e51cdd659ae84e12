### The home page.

# Home page title (browser tab).
home-title = Etusivu
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tervetuloa, { $name }!
# Text under the greeting.
home-intro = Gemenskap on paikka, jossa kollegat eri puolilta pankkia löytävät toisensa ja jakavat osaamistaan.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Profiilisi
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Kerro kollegoillesi, mitä teet ja mitä osaat.
# Home tile: heading of the link to the people directory.
home-tile-people = Etsi henkilöitä
# Home tile: text of the link to the people directory.
home-tile-people-body = Hae kollegoita nimen, osaston, maan tai osaamisen perusteella.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Kielesi
# Home tile: text of the link to the language settings.
home-tile-languages-body = Valitse käyttöliittymän kieli ja kielet, joita luet.
