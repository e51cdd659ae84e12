### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Wird geladen…
# Link that leaves a form without saving.
cancel = Abbrechen
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Zum Inhalt springen
# Accessible name of the main navigation in the header.
nav-main-label = Hauptnavigation
# Header navigation: the home page.
nav-home = Startseite
# Header navigation: the people directory.
nav-people = Personen
# Header navigation: the community directory.
nav-communities = Communities
# Header navigation: account administration (admins only).
nav-admin = Verwaltung
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Eingeschränkte Communities
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Menü Ihres Kontos
# User menu: link to one's own profile.
nav-my-profile = Mein Profil
# User menu: link to the password page.
nav-change-password = Passwort ändern
# User menu: log out button.
nav-logout = Abmelden
# User menu: the page listing where one is logged in.
nav-sessions = Wo ich angemeldet bin
# Label of the UI language selector in the header.
nav-language = Sprache
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Sprache ändern

# Page title and heading of the page for an unknown address.
not-found-title = Seite nicht gefunden
# Text of the page for an unknown address.
not-found-body = Unter dieser Adresse gibt es keinen Inhalt. Möglicherweise wurde die Seite verschoben oder der Link ist fehlerhaft.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Zur Startseite

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Schweden
country-no = Norwegen
country-dk = Dänemark
country-fi = Finnland
country-ee = Estland
country-lv = Lettland
country-lt = Litauen
country-de = Deutschland
country-pl = Polen
country-gb = Vereinigtes Königreich
