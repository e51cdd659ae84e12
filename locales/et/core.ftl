### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Laadimine…
# Link that leaves a form without saving.
cancel = Tühista
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Mine sisu juurde
# Accessible name of the main navigation in the header.
nav-main-label = Peamenüü
# Header navigation: the home page.
nav-home = Avaleht
# Header navigation: the people directory.
nav-people = Inimesed
# Header navigation: the community directory.
nav-communities = Kogukonnad
# Header navigation: account administration (admins only).
nav-admin = Haldus
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Piiratud kogukonnad
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Teie konto menüü
# User menu: link to one's own profile.
nav-my-profile = Minu profiil
# User menu: link to the password page.
nav-change-password = Muuda parooli
# User menu: log out button.
nav-logout = Logi välja
# User menu: the page listing where one is logged in.
nav-sessions = Kus olen sisse logitud
# Label of the UI language selector in the header.
nav-language = Keel
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Muuda keelt

# Page title and heading of the page for an unknown address.
not-found-title = Lehte ei leitud
# Text of the page for an unknown address.
not-found-body = Sellel aadressil ei ole midagi. Leht võib olla teisaldatud või link vigane.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Mine avalehele

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Rootsi
country-no = Norra
country-dk = Taani
country-fi = Soome
country-ee = Eesti
country-lv = Läti
country-lt = Leedu
country-de = Saksamaa
country-pl = Poola
country-gb = Ühendkuningriik
