### Languages: the languages a reader reads, what lists leave out, the cross-language view,
### linked translations and the language the server suggests for a text.

## Language names, as this interface's language calls them (used inside sentences).

lang-name-sv = zviedru
lang-name-nb = norvēģu
lang-name-da = dāņu
lang-name-fi = somu
lang-name-en = angļu
lang-name-de = vācu
lang-name-et = igauņu
lang-name-lv = latviešu
lang-name-lt = lietuviešu
lang-name-pl = poļu
# Text whose language is not known.
lang-name-und = nezināma

## What a list left out, and the language controls above every list.

# Heading of the box above a list that names what was left out because of its language.
lang-hidden-title = Paslēpts jūsu valodu iestatījumu dēļ
# One language in that box. $count is the number of posts, $language a language name.
lang-hidden-count = { $count ->
    [zero] { $count } ierakstu { $language } valodā
    [one] { $count } ieraksts { $language } valodā
   *[other] { $count } ieraksti { $language } valodā
}
# Button: show this language in this list, this time only.
lang-show-once = Rādīt
# Button: add this language to the languages the reader reads.
lang-show-always = Rādīt vienmēr
# Switch above lists: show posts in every language (the cross-language view).
lang-all-switch = Visas valodas
# Help text of that switch.
lang-all-help = Rāda ierakstus visās valodās, katram norādot tā valodu. Jūsu izvēle tiks saglabāta.
# Which languages the list shows. $languages is a list of language names.
lang-showing = Tiek rādīti ieraksti šādās valodās: { $languages }
# The list shows every language.
lang-showing-all = Tiek rādīti ieraksti visās valodās
# The list shows every language because the community shows all languages by default.
lang-showing-community = Šajā kopienā tiek rādīti ieraksti visās valodās
# Link back from a language filter in the URL to the reader's own languages.
lang-my-languages = Atpakaļ uz manām valodām
# Label of the control that picks which languages a list shows.
lang-filter-label = Valodas šajā sarakstā
# Button that applies the languages picked.
lang-filter-apply = Rādīt šīs valodas

## Translations on an item.

# Badge on an item shown in translation. $language is the original's language.
translation-from = Tulkojums (oriģinālvaloda: { $language })
# Warning on a translation made before the original was last edited.
translation-outdated = Tulkots pirms autora pēdējām izmaiņām
# Who made the translation shown.
translation-by = Tulkoja: { $name }
# Link to the item in its original language.
translation-show-original = Rādīt oriģinālu
# Link to the version in the reader's language, from the original.
translation-show-translation = Rādīt tulkojumu
# Link to the page with the original and the translation next to each other.
translation-side-by-side = Blakus
# Label before the list of languages an item exists in.
translation-also-in = Pieejams arī:
# Button that opens the form to translate an item.
translation-add = Tulkot
# Heading of the translation form.
translation-form-title = Tulkot citā valodā
# Label of the language menu in the translation form.
translation-lang-label = Tulkojuma valoda
# Label of the title field in the translation form.
translation-title-label = Tulkotais virsraksts
# Label of the text field in the translation form.
translation-body-label = Tulkotais teksts
# Button that saves a new translation.
translation-save = Saglabāt tulkojumu
# Button that opens one's own translation for editing.
translation-edit = Rediģēt tulkojumu
# Shown after saving a translation.
translation-saved = Tulkojums saglabāts.
# Heading of the side-by-side page.
translation-compare-title = Oriģināls un tulkojums
# Column heading on the side-by-side page: the original. $language is its language.
translation-compare-original = Oriģināls ({ $language } valoda)
# Column heading on the side-by-side page: the translation. $language is its language.
translation-compare-translation = Tulkojums ({ $language } valoda)

## Outdated translations of a community.

# Tab and heading of a community's list of outdated translations.
translations-outdated-title = Novecojuši tulkojumi
# Shown when no translation in the community is out of date.
translations-outdated-empty = Visi tulkojumi ir aktuāli.
# One outdated translation. $title is the original's title, $language the translation's.
translations-outdated-row = „{ $title }“ { $language } valodā, tulkoja { $name }
# Versions of an outdated translation: made from $from, the original is now at $now.
translations-outdated-versions = tulkots no versijas { $from }; oriģināls tagad ir versijā { $now }

## The language the server suggests while an author writes.

# Suggestion under a text field. $language is a language name.
detect-suggestion = Šķiet, ka teksts ir { $language } valodā.
# Button that takes the suggestion. $language is a language name.
detect-use = Izmantot { $language } valodu

## Settings.

# Checkbox in one's profile: the cross-language view everywhere.
profile-all-languages = Rādīt ierakstus visās valodās (daudzvalodu skats)
# Checkbox in a community's settings.
community-all-languages = Pēc noklusējuma rādīt ierakstus visās valodās (kopienām, kas raksta vairākās valodās)

## Notifications.

# Someone edited an item the recipient had translated.
notification-translation-outdated = { $name } rediģēja „{ $title }“ pēc tam, kad jūs to iztulkojāt: jūsu tulkojums ir novecojis
