### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = svensk
lang-name-nb = norsk
lang-name-da = dansk
lang-name-fi = finsk
lang-name-en = engelsk
lang-name-de = tysk
lang-name-et = estisk
lang-name-lv = latvisk
lang-name-lt = litauisk
lang-name-pl = polsk
# Text whose language is not known.
lang-name-und = ukjent språk

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Vises ikke på dine språk
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } innlegg på { $language }
   *[other] { $count } innlegg på { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Vis
# Button: add this language to the languages the reader reads.
lang-show-always = Vis alltid
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Alle språk
# Help text of that switch.
lang-all-help = Vis innlegg på alle språk, hvert merket med sitt språk. Valget huskes for deg.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Viser innlegg på { $languages }
# The list shows every language.
lang-showing-all = Viser innlegg på alle språk
# The list shows every language because the community shows all languages by default.
lang-showing-community = Denne gruppen viser innlegg på alle språk
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Tilbake til mine språk
# Label of the control that picks which languages a list shows.
lang-filter-label = Språk i denne listen
# Button that applies the languages picked.
lang-filter-apply = Vis disse språkene

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Oversatt fra { $language }
# Warning on a translation made before the original was last edited.
translation-outdated = Oversatt før forfatterens siste redigering
# Who made the translation shown.
translation-by = Oversatt av { $name }
# Link to the item in its original language.
translation-show-original = Vis originalen
# Link to the version in the reader's language, from the original.
translation-show-translation = Vis oversettelsen
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Side ved side
# Label before the list of languages an item exists in.
translation-also-in = Finnes også på:
# Button that opens the form to translate an item.
translation-add = Oversett
# Heading of the translation form.
translation-form-title = Oversett til et annet språk
# Label of the language menu in the translation form.
translation-lang-label = Oversettelsens språk
# Label of the title field in the translation form.
translation-title-label = Oversatt tittel
# Label of the text field in the translation form.
translation-body-label = Oversatt tekst
# Button that saves a new translation.
translation-save = Lagre oversettelsen
# Button that opens one's own translation for editing.
translation-edit = Rediger oversettelsen
# Shown after saving a translation.
translation-saved = Oversettelsen er lagret.
# Heading of the side-by-side page.
translation-compare-title = Original og oversettelse
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Original ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Oversettelse ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Utdaterte oversettelser
# Shown when no translation in the community is out of date.
translations-outdated-empty = Alle oversettelsene er oppdatert.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = «{ $title }» på { $language }, oversatt av { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = oversatt fra versjon { $from }; originalen er nå i versjon { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Dette ser ut som { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Bruk { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Vis innlegg på alle språk (flerspråklig visning)
# Checkbox in a community's settings.
community-all-languages = Vis innlegg på alle språk som standard (for grupper som skriver på flere språk)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } redigerte «{ $title }» etter at du oversatte det: oversettelsen din er utdatert
