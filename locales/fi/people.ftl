### The people directory, profiles and the profile form.

# Directory page title and heading.
people-title = Henkilöt
# Accessible name of the directory search form.
people-search-label = Hae henkilöitä
# Directory filter: label of the name search field.
people-filter-name = Nimi
# Directory filter: the first option of the country list (no filter).
people-filter-any-country = Kaikki maat
# Directory search button.
people-search-submit = Hae
# Directory: no one matches the filters.
people-none-found = Hakuasi vastaavia henkilöitä ei löytynyt.
# Link to the next page of a list (directory, accounts).
people-next-page = Seuraava sivu

# Profile page: link to the profile form.
profile-edit = Muokkaa profiilia
# Profile form: page title and heading.
profile-edit-title = Muokkaa profiilia
# Profile form: the first option of the country list.
profile-no-country = Ei valittu
# Profile form and account form: the interface-language choice that follows the browser's language.
profile-ui-language-auto = Sama kuin selaimessa
# Profile form: help under "Languages I read".
profile-read-languages-help = Näillä kielillä kirjoitetut julkaisut näytetään sinulle ensin.
# Profile form: help under the expertise field.
profile-expertise-help = Erota aiheet pilkuilla, esimerkiksi: AML, Basel III, asuntolainat.
# Profile form: save button.
profile-save = Tallenna profiili
