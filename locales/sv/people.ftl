### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Personer
# Accessible name of the directory search form.
people-search-label = Sök personer
# Directory filter: label of the name search field.
people-filter-name = Namn
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Alla länder
# Directory search button.
people-search-submit = Sök
# Directory: no one matches the filters.
people-none-found = Din sökning gav inga träffar.
# Link to the next page of a list (directory, accounts).
people-next-page = Nästa sida

# Profile page: link to the profile form.
profile-edit = Redigera profil
# Profile form: page title and heading.
profile-edit-title = Redigera profil
# Profile form: the first option of the country list.
profile-no-country = Inte angivet
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Samma som webbläsaren
# Profile form: help under "Languages I read".
profile-read-languages-help = Inlägg på de här språken visas först för dig.
# Profile form: help under the expertise field.
profile-expertise-help = Skilj ämnena åt med kommatecken, till exempel: AML, Basel III, bolån.
# Profile form: save button.
profile-save = Spara profil
