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
lang-name-lv = lettisk
lang-name-lt = litauisk
lang-name-pl = polsk
# Text whose language is not known.
lang-name-und = ukendt sprog

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Vises ikke på dine sprog
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } opslag på { $language }
   *[other] { $count } opslag på { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Vis
# Button: add this language to the languages the reader reads.
lang-show-always = Vis altid
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Alle sprog
# Help text of that switch.
lang-all-help = Vis opslag på alle sprog, hvert markeret med sit sprog. Valget huskes for dig.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Viser opslag på { $languages }
# The list shows every language.
lang-showing-all = Viser opslag på alle sprog
# The list shows every language because the community shows all languages by default.
lang-showing-community = Denne gruppe viser opslag på alle sprog
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Tilbage til mine sprog
# Label of the control that picks which languages a list shows.
lang-filter-label = Sprog i denne liste
# Button that applies the languages picked.
lang-filter-apply = Vis disse sprog

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Oversat fra { $language }
# Warning on a translation made before the original was last edited.
translation-outdated = Oversat før forfatterens seneste redigering
# Who made the translation shown.
translation-by = Oversat af { $name }
# Link to the item in its original language.
translation-show-original = Vis originalen
# Link to the version in the reader's language, from the original.
translation-show-translation = Vis oversættelsen
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Side om side
# Label before the list of languages an item exists in.
translation-also-in = Findes også på:
# Button that opens the form to translate an item.
translation-add = Oversæt
# Heading of the translation form.
translation-form-title = Oversæt til et andet sprog
# Label of the language menu in the translation form.
translation-lang-label = Oversættelsens sprog
# Label of the title field in the translation form.
translation-title-label = Oversat titel
# Label of the text field in the translation form.
translation-body-label = Oversat tekst
# Button that saves a new translation.
translation-save = Gem oversættelsen
# Button that opens one's own translation for editing.
translation-edit = Rediger oversættelsen
# Shown after saving a translation.
translation-saved = Oversættelsen er gemt.
# Heading of the side-by-side page.
translation-compare-title = Original og oversættelse
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Original ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Oversættelse ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Forældede oversættelser
# Shown when no translation in the community is out of date.
translations-outdated-empty = Alle oversættelser er opdaterede.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = »{ $title }« på { $language }, oversat af { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = oversat fra version { $from }; originalen er nu i version { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Det ligner { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Brug { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Vis opslag på alle sprog (flersproget visning)
# Checkbox in a community's settings.
community-all-languages = Vis opslag på alle sprog som standard (for grupper, der skriver på flere sprog)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } redigerede »{ $title }«, efter at du oversatte det: din oversættelse er forældet
