### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = rootsi
lang-name-nb = norra
lang-name-da = taani
lang-name-fi = soome
lang-name-en = inglise
lang-name-de = saksa
lang-name-et = eesti
lang-name-lv = läti
lang-name-lt = leedu
lang-name-pl = poola
# Text whose language is not known.
lang-name-und = määramata

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Teie keelevaliku tõttu peidetud
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } postitus { $language } keeles
   *[other] { $count } postitust { $language } keeles
}
# Button: show this language in this list, this time only.
lang-show-once = Näita
# Button: add this language to the languages the reader reads.
lang-show-always = Näita alati
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Kõik keeled
# Help text of that switch.
lang-all-help = Näitab postitusi kõigis keeltes, igaühel on juures selle keel. Teie valik jäetakse meelde.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Näidatakse postitusi { $languages } keeles
# The list shows every language.
lang-showing-all = Näidatakse postitusi kõigis keeltes
# The list shows every language because the community shows all languages by default.
lang-showing-community = See kogukond näitab postitusi kõigis keeltes
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Tagasi minu keelte juurde
# Label of the control that picks which languages a list shows.
lang-filter-label = Selle loendi keeled
# Button that applies the languages picked.
lang-filter-apply = Näita neid keeli

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Tõlgitud { $language } keelest
# Warning on a translation made before the original was last edited.
translation-outdated = Tõlgitud enne autori viimast muudatust
# Who made the translation shown.
translation-by = Tõlkija: { $name }
# Link to the item in its original language.
translation-show-original = Näita originaali
# Link to the version in the reader's language, from the original.
translation-show-translation = Näita tõlget
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Kõrvuti
# Label before the list of languages an item exists in.
translation-also-in = Saadaval ka:
# Button that opens the form to translate an item.
translation-add = Tõlgi
# Heading of the translation form.
translation-form-title = Tõlgi teise keelde
# Label of the language menu in the translation form.
translation-lang-label = Tõlke keel
# Label of the title field in the translation form.
translation-title-label = Tõlgitud pealkiri
# Label of the text field in the translation form.
translation-body-label = Tõlgitud tekst
# Button that saves a new translation.
translation-save = Salvesta tõlge
# Button that opens one's own translation for editing.
translation-edit = Muuda tõlget
# Shown after saving a translation.
translation-saved = Tõlge on salvestatud.
# Heading of the side-by-side page.
translation-compare-title = Originaal ja tõlge
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Originaal ({ $language } keel)
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Tõlge ({ $language } keel)

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Aegunud tõlked
# Shown when no translation in the community is out of date.
translations-outdated-empty = Kõik tõlked on ajakohased.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = „{ $title }“ { $language } keeles, tõlkija { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = tõlgitud versioonist { $from }; originaal on nüüd versioonis { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Tundub, et see on { $language } keeles.
# Button that takes the suggestion. $language is a language name.
detect-use = Kasuta { $language } keelt

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Näita postitusi kõigis keeltes (mitmekeelne vaade)
# Checkbox in a community's settings.
community-all-languages = Näita vaikimisi postitusi kõigis keeltes (kogukondadele, kes kirjutavad mitmes keeles)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } muutis postitust „{ $title }“ pärast seda, kui te selle tõlkisite: teie tõlge on aegunud
