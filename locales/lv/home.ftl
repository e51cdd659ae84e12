### The home page.

# Home page title (browser tab).
home-title = Sākums
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Sveicināti, { $name }!
# Text under the greeting.
home-intro = Gemenskap ir vieta, kur kolēģi no visas bankas atrod cits citu un dalās zināšanās.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Jūsu profils
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Pastāstiet kolēģiem, pie kā strādājat un kādas ir jūsu zināšanas.
# Home tile: heading of the link to the people directory.
home-tile-people = Atrast kolēģus
# Home tile: text of the link to the people directory.
home-tile-people-body = Meklējiet kolēģus pēc vārda, struktūrvienības, valsts vai kompetencēm.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Jūsu valodas
# Home tile: text of the link to the language settings.
home-tile-languages-body = Izvēlieties saskarnes valodu un valodas, kurās lasāt.
