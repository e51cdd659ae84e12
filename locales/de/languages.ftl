### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = Schwedisch
lang-name-nb = Norwegisch
lang-name-da = Dänisch
lang-name-fi = Finnisch
lang-name-en = Englisch
lang-name-de = Deutsch
lang-name-et = Estnisch
lang-name-lv = Lettisch
lang-name-lt = Litauisch
lang-name-pl = Polnisch
# Text whose language is not known.
lang-name-und = unbekannte Sprache

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Wegen Ihrer Spracheinstellungen ausgeblendet
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } Beitrag auf { $language }
   *[other] { $count } Beiträge auf { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Anzeigen
# Button: add this language to the languages the reader reads.
lang-show-always = Immer anzeigen
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Alle Sprachen
# Help text of that switch.
lang-all-help = Beiträge in allen Sprachen anzeigen, jeweils mit ihrer Sprache gekennzeichnet. Ihre Wahl wird gespeichert.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Angezeigt werden Beiträge auf { $languages }
# The list shows every language.
lang-showing-all = Angezeigt werden Beiträge in allen Sprachen
# The list shows every language because the community shows all languages by default.
lang-showing-community = Diese Community zeigt Beiträge in allen Sprachen
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Zurück zu meinen Sprachen
# Label of the control that picks which languages a list shows.
lang-filter-label = Sprachen in dieser Liste
# Button that applies the languages picked.
lang-filter-apply = Diese Sprachen anzeigen

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Übersetzt (Original: { $language })
# Warning on a translation made before the original was last edited.
translation-outdated = Vor der letzten Bearbeitung des Originals übersetzt
# Who made the translation shown.
translation-by = Übersetzt von { $name }
# Link to the item in its original language.
translation-show-original = Original anzeigen
# Link to the version in the reader's language, from the original.
translation-show-translation = Übersetzung anzeigen
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Nebeneinander
# Label before the list of languages an item exists in.
translation-also-in = Auch verfügbar auf:
# Button that opens the form to translate an item.
translation-add = Übersetzen
# Heading of the translation form.
translation-form-title = In eine andere Sprache übersetzen
# Label of the language menu in the translation form.
translation-lang-label = Sprache der Übersetzung
# Label of the title field in the translation form.
translation-title-label = Übersetzter Titel
# Label of the text field in the translation form.
translation-body-label = Übersetzter Text
# Button that saves a new translation.
translation-save = Übersetzung speichern
# Button that opens one's own translation for editing.
translation-edit = Übersetzung bearbeiten
# Shown after saving a translation.
translation-saved = Übersetzung gespeichert.
# Heading of the side-by-side page.
translation-compare-title = Original und Übersetzung
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Original ({ $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Übersetzung ({ $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Veraltete Übersetzungen
# Shown when no translation in the community is out of date.
translations-outdated-empty = Alle Übersetzungen sind aktuell.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = „{ $title }“ auf { $language }, übersetzt von { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = basiert auf Version { $from }; das Original ist jetzt bei Version { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Das sieht nach { $language } aus.
# Button that takes the suggestion. $language is a language name.
detect-use = { $language } verwenden

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Beiträge in allen Sprachen anzeigen (sprachübergreifende Ansicht)
# Checkbox in a community's settings.
community-all-languages = Standardmäßig Beiträge in allen Sprachen anzeigen (für Communities, die in mehreren Sprachen schreiben)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } hat „{ $title }“ nach Ihrer Übersetzung bearbeitet: Ihre Übersetzung ist veraltet
