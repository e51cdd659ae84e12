### The home page.

# Home page title (browser tab).
home-title = Forside
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Velkommen, { $name }!
# Text under the greeting.
home-intro = Gemenskap er stedet, hvor kolleger på tværs af banken finder hinanden og deler deres viden.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Din profil
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Fortæl dine kolleger, hvad du arbejder med, og hvad du ved noget om.
# Home tile: heading of the link to the people directory.
home-tile-people = Find kolleger
# Home tile: text of the link to the people directory.
home-tile-people-body = Søg efter kolleger på navn, afdeling, land eller ekspertise.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Dine sprog
# Home tile: text of the link to the language settings.
home-tile-languages-body = Vælg sproget i brugerfladen og de sprog, du læser.
