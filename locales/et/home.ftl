### The home page.

# Home page title (browser tab).
home-title = Avaleht
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Tere tulemast, { $name }!
# Text under the greeting.
home-intro = Gemenskap on koht, kus kolleegid üle kogu panga üksteist leiavad ja oma teadmisi jagavad.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Teie profiil
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Andke kolleegidele teada, millega tegelete ja milles olete asjatundja.
# Home tile: heading of the link to the people directory.
home-tile-people = Otsi inimesi
# Home tile: text of the link to the people directory.
home-tile-people-body = Otsige kolleege nime, osakonna, riigi või pädevuste järgi.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Teie keeled
# Home tile: text of the link to the language settings.
home-tile-languages-body = Valige kasutajaliidese keel ja keeled, mida loete.
