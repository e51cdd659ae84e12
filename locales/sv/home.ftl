### The home page.

# Home page title (browser tab).
home-title = Start
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Välkommen, { $name }!
# Text under the greeting.
home-intro = Gemenskap är platsen där kollegor i hela banken hittar varandra och delar med sig av det de kan.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Din profil
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Berätta för kollegorna vad du arbetar med och vad du kan.
# Home tile: heading of the link to the people directory.
home-tile-people = Hitta kollegor
# Home tile: text of the link to the people directory.
home-tile-people-body = Sök efter kollegor på namn, avdelning, land eller expertis.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Dina språk
# Home tile: text of the link to the language settings.
home-tile-languages-body = Välj språk för gränssnittet och vilka språk du läser.
