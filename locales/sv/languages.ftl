### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = svenska
lang-name-nb = norska
lang-name-da = danska
lang-name-fi = finska
lang-name-en = engelska
lang-name-de = tyska
lang-name-et = estniska
lang-name-lv = lettiska
lang-name-lt = litauiska
lang-name-pl = polska
# Text whose language is not known.
lang-name-und = okänt språk

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Visas inte på dina språk
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } inlägg på { $language }
   *[other] { $count } inlägg på { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Visa
# Button: add this language to the languages the reader reads.
lang-show-always = Visa alltid
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Alla språk
# Help text of that switch.
lang-all-help = Visa inlägg på alla språk, vart och ett märkt med sitt språk. Valet sparas för dig.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Visar inlägg på { $languages }
# The list shows every language.
lang-showing-all = Visar inlägg på alla språk
# The list shows every language because the community shows all languages by default.
lang-showing-community = Den här gruppen visar inlägg på alla språk
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Tillbaka till mina språk
# Label of the control that picks which languages a list shows.
lang-filter-label = Språk i den här listan
# Button that applies the languages picked.
lang-filter-apply = Visa de här språken

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Översatt från { $language }
# Warning on a translation made before the original was last edited.
translation-outdated = Översatt före författarens senaste redigering
# Who made the translation shown.
translation-by = Översatt av { $name }
# Link to the item in its original language.
translation-show-original = Visa originalet
# Link to the version in the reader's language, from the original.
translation-show-translation = Visa översättningen
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Sida vid sida
# Label before the list of languages an item exists in.
translation-also-in = Finns även på:
# Button that opens the form to translate an item.
translation-add = Översätt
# Heading of the translation form.
translation-form-title = Översätt till ett annat språk
# Label of the language menu in the translation form.
translation-lang-label = Översättningens språk
# Label of the title field in the translation form.
translation-title-label = Översatt titel
# Label of the text field in the translation form.
translation-body-label = Översatt text
# Button that saves a new translation.
translation-save = Spara översättningen
# Button that opens one's own translation for editing.
translation-edit = Redigera översättningen
# Shown after saving a translation.
translation-saved = Översättningen har sparats.
# Heading of the side-by-side page.
translation-compare-title = Original och översättning
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Original ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Översättning ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Inaktuella översättningar
# Shown when no translation in the community is out of date.
translations-outdated-empty = Alla översättningar är aktuella.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = ”{ $title }” på { $language }, översatt av { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = översatt från version { $from }; originalet är nu i version { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Det här ser ut att vara { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Använd { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Visa inlägg på alla språk (flerspråkig vy)
# Checkbox in a community's settings.
community-all-languages = Visa inlägg på alla språk som standard (för grupper som skriver på flera språk)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } redigerade ”{ $title }” efter att du översatte det: din översättning är inaktuell
