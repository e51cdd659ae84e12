### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Įkeliama…
# Link that leaves a form without saving.
cancel = Atšaukti
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Pereiti prie turinio
# Accessible name of the main navigation in the header.
nav-main-label = Pagrindinė
# Header navigation: the home page.
nav-home = Pradžia
# Header navigation: the people directory.
nav-people = Kolegos
# Header navigation: the community directory.
nav-communities = Bendruomenės
# Header navigation: account administration (admins only).
nav-admin = Administravimas
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Ribotos bendruomenės
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Paskyros meniu
# User menu: link to one's own profile.
nav-my-profile = Mano profilis
# User menu: link to the password page.
nav-change-password = Keisti slaptažodį
# User menu: log out button.
nav-logout = Atsijungti
# User menu: the page listing where one is logged in.
nav-sessions = Mano sesijos
# Label of the UI language selector in the header.
nav-language = Kalba
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Keisti kalbą

# Page title and heading of the page for an unknown address.
not-found-title = Puslapis nerastas
# Text of the page for an unknown address.
not-found-body = Šiuo adresu nieko nėra. Galbūt puslapis perkeltas arba nuoroda neteisinga.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Eiti į pradžios puslapį

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Švedija
country-no = Norvegija
country-dk = Danija
country-fi = Suomija
country-ee = Estija
country-lv = Latvija
country-lt = Lietuva
country-de = Vokietija
country-pl = Lenkija
country-gb = Jungtinė Karalystė
