### The home page.

# Home page title (browser tab).
home-title = Forside
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Velkommen, { $name }!
# Text under the greeting.
home-intro = Gemenskap er stedet der kolleger i hele banken finner hverandre og deler det de kan.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Profilen din
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Fortell kollegene dine hva du jobber med og hva du kan.
# Home tile: heading of the link to the people directory.
home-tile-people = Finn kolleger
# Home tile: text of the link to the people directory.
home-tile-people-body = Søk etter kolleger på navn, avdeling, land eller ekspertise.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Språkene dine
# Home tile: text of the link to the language settings.
home-tile-languages-body = Velg språk for grensesnittet og hvilke språk du leser.
