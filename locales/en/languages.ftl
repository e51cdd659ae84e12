### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = Swedish
lang-name-nb = Norwegian
lang-name-da = Danish
lang-name-fi = Finnish
lang-name-en = English
lang-name-de = German
lang-name-et = Estonian
lang-name-lv = Latvian
lang-name-lt = Lithuanian
lang-name-pl = Polish
# Text whose language is not known.
lang-name-und = Undetermined language

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Not shown in your languages
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } post in { $language }
   *[other] { $count } posts in { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Show
# Button: add this language to the languages the reader reads.
lang-show-always = Always show
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = All languages
# Help text of that switch.
lang-all-help = Show posts in every language, each marked with its language. Remembered for you.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Showing posts in { $languages }
# The list shows every language.
lang-showing-all = Showing posts in every language
# The list shows every language because the community shows all languages by default.
lang-showing-community = This community shows posts in every language
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Back to my languages
# Label of the control that picks which languages a list shows.
lang-filter-label = Languages in this list
# Button that applies the languages picked.
lang-filter-apply = Show these languages

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Translated from { $language }
# Warning on a translation made before the original was last edited.
translation-outdated = Translated before the author's last edit
# Who made the translation shown.
translation-by = Translation by { $name }
# Link to the item in its original language.
translation-show-original = Show the original
# Link to the version in the reader's language, from the original.
translation-show-translation = Show the translation
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Side by side
# Label before the list of languages an item exists in (with its colon).
translation-also-in = Also in:
# Button that opens the form to translate an item.
translation-add = Translate
# Heading of the translation form.
translation-form-title = Translate into another language
# Label of the language menu in the translation form.
translation-lang-label = Language of the translation
# Label of the title field in the translation form.
translation-title-label = Translated title
# Label of the text field in the translation form.
translation-body-label = Translated text
# Button that saves a new translation.
translation-save = Save translation
# Button that opens one's own translation for editing.
translation-edit = Edit translation
# Shown after saving a translation.
translation-saved = Translation saved.
# Heading of the side-by-side page.
translation-compare-title = Original and translation
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Original ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Translation ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Outdated translations
# Shown when no translation in the community is out of date.
translations-outdated-empty = Every translation is up to date.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = “{ $title }” in { $language }, by { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = made from version { $from }; the original is at version { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = This looks like { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Use { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Show posts in every language (cross-language view)
# Checkbox in a community's settings.
community-all-languages = Show posts in every language by default (for communities that write in several)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } edited “{ $title }” after you translated it: your translation is out of date
