### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Personen
# Accessible name of the directory search form.
people-search-label = Personen suchen
# Directory filter: label of the name search field.
people-filter-name = Name
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Alle Länder
# Directory search button.
people-search-submit = Suchen
# Directory: no one matches the filters.
people-none-found = Ihre Suche ergab keine Treffer.
# Link to the next page of a list (directory, accounts).
people-next-page = Nächste Seite

# Profile page: link to the profile form.
profile-edit = Profil bearbeiten
# Profile form: page title and heading.
profile-edit-title = Profil bearbeiten
# Profile form: the first option of the country list.
profile-no-country = Nicht angegeben
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Wie im Browser
# Profile form: help under "Languages I read".
profile-read-languages-help = Beiträge in diesen Sprachen werden Ihnen zuerst angezeigt.
# Profile form: help under the expertise field.
profile-expertise-help = Trennen Sie Themen durch Kommas, zum Beispiel: AML, Basel III, Baufinanzierung.
# Profile form: save button.
profile-save = Profil speichern
