### The home page.

# Home page title (browser tab).
home-title = Pradžia
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveiki, { $name }!
# Text under the greeting.
home-intro = Gemenskap – tai vieta, kur viso banko kolegos randa vieni kitus ir dalijasi žiniomis.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Jūsų profilis
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Papasakokite kolegoms, kuo užsiimate ir ką išmanote.
# Home tile: heading of the link to the people directory.
home-tile-people = Kolegų paieška
# Home tile: text of the link to the people directory.
home-tile-people-body = Ieškokite kolegų pagal vardą, padalinį, šalį ar kompetencijas.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Jūsų kalbos
# Home tile: text of the link to the language settings.
home-tile-languages-body = Pasirinkite sąsajos kalbą ir kalbas, kuriomis skaitote.
