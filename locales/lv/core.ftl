### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Ielādē…
# Link that leaves a form without saving.
cancel = Atcelt
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Pāriet uz saturu
# Accessible name of the main navigation in the header.
nav-main-label = Galvenā
# Header navigation: the home page.
nav-home = Sākums
# Header navigation: the people directory.
nav-people = Kolēģi
# Header navigation: the community directory.
nav-communities = Kopienas
# Header navigation: account administration (admins only).
nav-admin = Administrēšana
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Ierobežotās kopienas
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Konta izvēlne
# User menu: link to one's own profile.
nav-my-profile = Mans profils
# User menu: link to the password page.
nav-change-password = Mainīt paroli
# User menu: log out button.
nav-logout = Iziet
# User menu: the page listing where one is logged in.
nav-sessions = Manas sesijas
# Label of the UI language selector in the header.
nav-language = Valoda
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Mainīt valodu

# Page title and heading of the page for an unknown address.
not-found-title = Lapa nav atrasta
# Text of the page for an unknown address.
not-found-body = Šajā adresē nekā nav. Iespējams, lapa ir pārvietota vai saite ir nepareiza.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Doties uz sākumlapu

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Zviedrija
country-no = Norvēģija
country-dk = Dānija
country-fi = Somija
country-ee = Igaunija
country-lv = Latvija
country-lt = Lietuva
country-de = Vācija
country-pl = Polija
country-gb = Apvienotā Karaliste
