### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Ladataan…
# Link that leaves a form without saving.
cancel = Peruuta
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Siirry sisältöön
# Accessible name of the main navigation in the header.
nav-main-label = Päävalikko
# Header navigation: the home page.
nav-home = Etusivu
# Header navigation: the people directory.
nav-people = Henkilöt
# Header navigation: the community directory.
nav-communities = Yhteisöt
# Header navigation: account administration (admins only).
nav-admin = Ylläpito
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Rajatut yhteisöt
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Oman tilin valikko
# User menu: link to one's own profile.
nav-my-profile = Oma profiili
# User menu: link to the password page.
nav-change-password = Vaihda salasana
# User menu: log out button.
nav-logout = Kirjaudu ulos
# User menu: the page listing where one is logged in.
nav-sessions = Missä olen kirjautunut sisään
# Label of the UI language selector in the header.
nav-language = Kieli
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Vaihda kieli

# Page title and heading of the page for an unknown address.
not-found-title = Sivua ei löytynyt
# Text of the page for an unknown address.
not-found-body = Tästä osoitteesta ei löydy mitään. Sivu on ehkä siirretty tai linkki on virheellinen.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Siirry etusivulle

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Ruotsi
country-no = Norja
country-dk = Tanska
country-fi = Suomi
country-ee = Viro
country-lv = Latvia
country-lt = Liettua
country-de = Saksa
country-pl = Puola
country-gb = Yhdistynyt kuningaskunta
