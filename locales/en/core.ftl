### Shared terms and the frame around every page.

# The product's name: the header brand link and the end of every page title.
app-name = Gemenskap
# Shown while a list or a page part is loading.
loading = Loading…
# Link that leaves a form without saving.
cancel = Cancel
# First link on every page, visible on keyboard focus; jumps past the header.
nav-skip-to-content = Skip to content
# Accessible name of the main navigation in the header.
nav-main-label = Main
# Header navigation: the home page.
nav-home = Home
# Header navigation: the people directory.
nav-people = People
# Header navigation: the community directory.
nav-communities = Communities
# Header navigation: account administration (admins only).
nav-admin = Administration
# Header navigation: restricted communities and their cap (admins only).
nav-admin-communities = Restricted communities
# Hidden label of the user menu button in the header (screen readers).
nav-user-menu = Your account menu
# User menu: link to one's own profile.
nav-my-profile = My profile
# User menu: link to the password page.
nav-change-password = Change password
# User menu: log out button.
nav-logout = Log out
# User menu: the page listing where one is logged in.
nav-sessions = Where I am logged in
# Label of the UI language selector in the header.
nav-language = Language
# Button next to the language selector, shown only without JavaScript.
nav-language-apply = Change language

# Page title and heading of the page for an unknown address.
not-found-title = Page not found
# Text of the page for an unknown address.
not-found-body = There is nothing at this address. It may have moved, or the link may be wrong.
# Link from the not-found page (and elsewhere) back to the home page.
not-found-home-link = Go to the home page

## Country names (ISO 3166-1 alpha-2), shown in profiles, the directory filter and the profile form.

country-se = Sweden
country-no = Norway
country-dk = Denmark
country-fi = Finland
country-ee = Estonia
country-lv = Latvia
country-lt = Lithuania
country-de = Germany
country-pl = Poland
country-gb = United Kingdom
