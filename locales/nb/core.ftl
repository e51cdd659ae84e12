### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Laster inn…
# Link that leaves a form without saving.
cancel = Avbryt
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Gå til innholdet
# Accessible name of the main navigation in the header.
nav-main-label = Hovedmeny
# Header navigation: the home page.
nav-home = Forside
# Header navigation: the people directory.
nav-people = Personer
# Header navigation: the community directory.
nav-communities = Grupper
# Header navigation: account administration (admins only).
nav-admin = Administrasjon
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Begrensede grupper
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Kontomenyen din
# User menu: link to one's own profile.
nav-my-profile = Min profil
# User menu: link to the password page.
nav-change-password = Endre passord
# User menu: log out button.
nav-logout = Logg ut
# User menu: the page listing where one is logged in.
nav-sessions = Hvor jeg er logget inn
# Label of the UI language selector in the header.
nav-language = Språk
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Bytt språk

# Page title and heading of the page for an unknown address.
not-found-title = Fant ikke siden
# Text of the page for an unknown address.
not-found-body = Det finnes ingenting på denne adressen. Siden kan ha blitt flyttet, eller lenken kan være feil.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Gå til forsiden

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Sverige
country-no = Norge
country-dk = Danmark
country-fi = Finland
country-ee = Estland
country-lv = Latvia
country-lt = Litauen
country-de = Tyskland
country-pl = Polen
country-gb = Storbritannia
