### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = szwedzki
lang-name-nb = norweski
lang-name-da = duński
lang-name-fi = fiński
lang-name-en = angielski
lang-name-de = niemiecki
lang-name-et = estoński
lang-name-lv = łotewski
lang-name-lt = litewski
lang-name-pl = polski
# Text whose language is not known.
lang-name-und = nieznany

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Ukryte ze względu na ustawienia języków
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [one] { $count } wpis w języku: { $language }
    [few] { $count } wpisy w języku: { $language }
    [many] { $count } wpisów w języku: { $language }
   *[other] { $count } wpisu w języku: { $language }
}
# Button: show this language in this list, this time only.
lang-show-once = Pokaż
# Button: add this language to the languages the reader reads.
lang-show-always = Zawsze pokazuj
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Wszystkie języki
# Help text of that switch.
lang-all-help = Pokazuje wpisy we wszystkich językach, każdy oznaczony swoim językiem. Twój wybór zostanie zapamiętany.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Wyświetlane są wpisy w językach: { $languages }
# The list shows every language.
lang-showing-all = Wyświetlane są wpisy we wszystkich językach
# The list shows every language because the community shows all languages by default.
lang-showing-community = Ta społeczność wyświetla wpisy we wszystkich językach
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Wróć do moich języków
# Label of the control that picks which languages a list shows.
lang-filter-label = Języki na tej liście
# Button that applies the languages picked.
lang-filter-apply = Pokaż te języki

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Przetłumaczono z języka: { $language }
# Warning on a translation made before the original was last edited.
translation-outdated = Przetłumaczono przed ostatnią edycją oryginału
# Who made the translation shown.
translation-by = Tłumaczenie: { $name }
# Link to the item in its original language.
translation-show-original = Pokaż oryginał
# Link to the version in the reader's language, from the original.
translation-show-translation = Pokaż tłumaczenie
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Obok siebie
# Label before the list of languages an item exists in.
translation-also-in = Dostępne także w językach:
# Button that opens the form to translate an item.
translation-add = Przetłumacz
# Heading of the translation form.
translation-form-title = Przetłumacz na inny język
# Label of the language menu in the translation form.
translation-lang-label = Język tłumaczenia
# Label of the title field in the translation form.
translation-title-label = Przetłumaczony tytuł
# Label of the text field in the translation form.
translation-body-label = Przetłumaczona treść
# Button that saves a new translation.
translation-save = Zapisz tłumaczenie
# Button that opens one's own translation for editing.
translation-edit = Edytuj tłumaczenie
# Shown after saving a translation.
translation-saved = Zapisano tłumaczenie.
# Heading of the side-by-side page.
translation-compare-title = Oryginał i tłumaczenie
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Oryginał (język { $language })
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Tłumaczenie (język { $language })

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Nieaktualne tłumaczenia
# Shown when no translation in the community is out of date.
translations-outdated-empty = Wszystkie tłumaczenia są aktualne.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = „{ $title }” – język: { $language }, tłumaczenie: { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = przetłumaczono z wersji { $from }; oryginał jest teraz w wersji { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Wygląda na to, że to język { $language }.
# Button that takes the suggestion. $language is a language name.
detect-use = Wybierz język { $language }

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Pokazuj wpisy we wszystkich językach (widok wielojęzyczny)
# Checkbox in a community's settings.
community-all-languages = Domyślnie pokazuj wpisy we wszystkich językach (dla społeczności piszących w kilku językach)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } edytuje „{ $title }” po twoim tłumaczeniu: tłumaczenie jest już nieaktualne
