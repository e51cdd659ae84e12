### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Ładowanie…
# Link that leaves a form without saving.
cancel = Anuluj
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Przejdź do treści
# Accessible name of the main navigation in the header.
nav-main-label = Główna
# Header navigation: the home page.
nav-home = Strona główna
# Header navigation: the people directory.
nav-people = Współpracownicy
# Header navigation: the community directory.
nav-communities = Społeczności
# Header navigation: account administration (admins only).
nav-admin = Administracja
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Społeczności zastrzeżone
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Menu konta
# User menu: link to one's own profile.
nav-my-profile = Mój profil
# User menu: link to the password page.
nav-change-password = Zmień hasło
# User menu: log out button.
nav-logout = Wyloguj się
# User menu: the page listing where one is logged in.
nav-sessions = Moje sesje
# Label of the UI language selector in the header.
nav-language = Język
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Zmień język

# Page title and heading of the page for an unknown address.
not-found-title = Nie znaleziono strony
# Text of the page for an unknown address.
not-found-body = Pod tym adresem nic nie ma. Strona mogła zostać przeniesiona lub link jest nieprawidłowy.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Przejdź do strony głównej

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Szwecja
country-no = Norwegia
country-dk = Dania
country-fi = Finlandia
country-ee = Estonia
country-lv = Łotwa
country-lt = Litwa
country-de = Niemcy
country-pl = Polska
country-gb = Wielka Brytania
