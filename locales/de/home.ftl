### The home page.

# Home page title (browser tab).
home-title = Startseite
# Greeting heading on the home page. Variables: $name (first name).
home-greeting = Willkommen, { $name }!
# Text under the greeting.
home-intro = Gemenskap ist der Ort, an dem sich Kolleginnen und Kollegen aus der ganzen Bank finden und ihr Wissen teilen.
# Home tile: heading of the link to one's own profile.
home-tile-profile = Ihr Profil
# Home tile: text of the link to one's own profile.
home-tile-profile-body = Zeigen Sie Ihren Kolleginnen und Kollegen, woran Sie arbeiten und worin Sie sich auskennen.
# Home tile: heading of the link to the people directory.
home-tile-people = Personen finden
# Home tile: text of the link to the people directory.
home-tile-people-body = Suchen Sie Kolleginnen und Kollegen nach Name, Abteilung, Land oder Fachgebiet.
# Home tile: heading of the link to the profile form's language settings.
home-tile-languages = Ihre Sprachen
# Home tile: text of the link to the language settings.
home-tile-languages-body = Wählen Sie die Sprache der Benutzeroberfläche und die Sprachen, die Sie lesen.
