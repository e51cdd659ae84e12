### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = ruotsi
lang-name-nb = norja
lang-name-da = tanska
lang-name-fi = suomi
lang-name-en = englanti
lang-name-de = saksa
lang-name-et = viro
lang-name-lv = latvia
lang-name-lt = liettua
lang-name-pl = puola
# Text whose language is not known.
lang-name-und = tuntematon kieli

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Piilotettu kielivalintojesi vuoksi
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } julkaisu, jonka kieli on { $language }
   *[other] { $count } julkaisua, joiden kieli on { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Näytä
# Button: add this language to the languages the reader reads.
lang-show-always = Näytä aina
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Kaikki kielet
# Help text of that switch.
lang-all-help = Näyttää julkaisut kaikilla kielillä, ja kunkin julkaisun kieli merkitään näkyviin. Valintasi muistetaan.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Näytetään julkaisut kielillä: { $languages }
# The list shows every language.
lang-showing-all = Näytetään julkaisut kaikilla kielillä
# The list shows every language because the community shows all languages by default.
lang-showing-community = Tämä yhteisö näyttää julkaisut kaikilla kielillä
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Takaisin omiin kieliini
# Label of the control that picks which languages a list shows.
lang-filter-label = Tämän luettelon kielet
# Button that applies the languages picked.
lang-filter-apply = Näytä nämä kielet

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Käännös (alkukieli: { $language })
# Warning on a translation made before the original was last edited.
translation-outdated = Käännetty ennen kirjoittajan viimeisintä muokkausta
# Who made the translation shown.
translation-by = Kääntäjä: { $name }
# Link to the item in its original language.
translation-show-original = Näytä alkuperäinen
# Link to the version in the reader's language, from the original.
translation-show-translation = Näytä käännös
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Rinnakkain
# Label before the list of languages an item exists in.
translation-also-in = Myös kielillä:
# Button that opens the form to translate an item.
translation-add = Käännä
# Heading of the translation form.
translation-form-title = Käännä toiselle kielelle
# Label of the language menu in the translation form.
translation-lang-label = Käännöksen kieli
# Label of the title field in the translation form.
translation-title-label = Käännetty otsikko
# Label of the text field in the translation form.
translation-body-label = Käännetty teksti
# Button that saves a new translation.
translation-save = Tallenna käännös
# Button that opens one's own translation for editing.
translation-edit = Muokkaa käännöstä
# Shown after saving a translation.
translation-saved = Käännös tallennettu.
# Heading of the side-by-side page.
translation-compare-title = Alkuperäinen ja käännös
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Alkuperäinen ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Käännös ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Vanhentuneet käännökset
# Shown when no translation in the community is out of date.
translations-outdated-empty = Kaikki käännökset ovat ajan tasalla.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = ”{ $title }” (kieli: { $language }, kääntäjä: { $name })
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = käännetty versiosta { $from }; alkuperäinen on nyt versiossa { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Kieli näyttää olevan { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Aseta kieleksi { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Näytä julkaisut kaikilla kielillä (monikielinen näkymä)
# Checkbox in a community's settings.
community-all-languages = Näytä julkaisut oletuksena kaikilla kielillä (yhteisöille, jotka kirjoittavat useilla kielillä)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } muokkasi kohdetta ”{ $title }” sen jälkeen, kun olit kääntänyt sen: käännöksesi on vanhentunut
