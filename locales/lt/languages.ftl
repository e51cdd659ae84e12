### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = švedų
lang-name-nb = norvegų
lang-name-da = danų
lang-name-fi = suomių
lang-name-en = anglų
lang-name-de = vokiečių
lang-name-et = estų
lang-name-lv = latvių
lang-name-lt = lietuvių
lang-name-pl = lenkų
# Text whose language is not known.
lang-name-und = nežinoma

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Paslėpta pagal jūsų kalbų nustatymus
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } įrašas { $language } kalba
    [few] { $count } įrašai { $language } kalba
    [many] { $count } įrašo { $language } kalba
   *[other] { $count } įrašų { $language } kalba
}
# Button: show this language in this list, this time only.
lang-show-once = Rodyti
# Button: add this language to the languages the reader reads.
lang-show-always = Rodyti visada
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Visos kalbos
# Help text of that switch.
lang-all-help = Rodomi įrašai visomis kalbomis, prie kiekvieno nurodant jo kalbą. Jūsų pasirinkimas bus įsimintas.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Rodomi įrašai šiomis kalbomis: { $languages }
# The list shows every language.
lang-showing-all = Rodomi įrašai visomis kalbomis
# The list shows every language because the community shows all languages by default.
lang-showing-community = Ši bendruomenė rodo įrašus visomis kalbomis
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Grįžti prie mano kalbų
# Label of the control that picks which languages a list shows.
lang-filter-label = Kalbos šiame sąraše
# Button that applies the languages picked.
lang-filter-apply = Rodyti šias kalbas

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Vertimas (originalo kalba: { $language })
# Warning on a translation made before the original was last edited.
translation-outdated = Išversta prieš paskutinį autoriaus pakeitimą
# Who made the translation shown.
translation-by = Vertė { $name }
# Link to the item in its original language.
translation-show-original = Rodyti originalą
# Link to the version in the reader's language, from the original.
translation-show-translation = Rodyti vertimą
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Greta
# Label before the list of languages an item exists in.
translation-also-in = Taip pat yra:
# Button that opens the form to translate an item.
translation-add = Versti
# Heading of the translation form.
translation-form-title = Versti į kitą kalbą
# Label of the language menu in the translation form.
translation-lang-label = Vertimo kalba
# Label of the title field in the translation form.
translation-title-label = Išverstas pavadinimas
# Label of the text field in the translation form.
translation-body-label = Išverstas tekstas
# Button that saves a new translation.
translation-save = Išsaugoti vertimą
# Button that opens one's own translation for editing.
translation-edit = Redaguoti vertimą
# Shown after saving a translation.
translation-saved = Vertimas išsaugotas.
# Heading of the side-by-side page.
translation-compare-title = Originalas ir vertimas
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Originalas ({ $language } kalba)
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Vertimas ({ $language } kalba)

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Pasenę vertimai
# Shown when no translation in the community is out of date.
translations-outdated-empty = Visi vertimai yra naujausi.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = „{ $title }“ { $language } kalba, vertė { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = išversta iš versijos { $from }; originalo versija dabar { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Panašu, kad tekstas parašytas { $language } kalba.
# Button that takes the suggestion. $language is a language name.
detect-use = Naudoti { $language } kalbą

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Rodyti įrašus visomis kalbomis (daugiakalbis rodinys)
# Checkbox in a community's settings.
community-all-languages = Pagal numatytuosius nustatymus rodyti įrašus visomis kalbomis (bendruomenėms, kurios rašo keliomis kalbomis)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } redagavo „{ $title }“ po to, kai jūs tai išvertėte: jūsų vertimas pasenęs
