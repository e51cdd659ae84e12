### Error messages and form field names, shown in alert boxes above form buttons and on pages.

# Not logged in, or the session ended.
error-unauthenticated = Lūdzu, piesakieties, lai turpinātu.
# Login failed: wrong e-mail or password (also for unknown or disabled accounts).
error-invalid-credentials = Nepareiza e-pasta adrese vai parole.
# The action is not allowed for this user.
error-forbidden = Jums nav tiesību veikt šo darbību.
# A change was sent from another web site (a forged request), so it was refused.
error-cross-origin = Šis pieprasījums tika nosūtīts no citas tīmekļa vietnes un tika noraidīts. Atveriet pašu iekštīklu un mēģiniet vēlreiz.
# The page or item does not exist or is not visible to this user.
error-not-found = Meklētais netika atrasts.
# Too many attempts. Variables: $seconds (whole seconds until trying again).
error-rate-limited = { $seconds ->
    [zero] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekunžu un mēģiniet vēlreiz.
    [one] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundi un mēģiniet vēlreiz.
   *[other] Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet { $seconds } sekundes un mēģiniet vēlreiz.
}
# Some form fields are not valid; the list of fields follows.
error-validation-failed = Lūdzu, izlabojiet šīs kļūdas:
# One line of the list under error-validation-failed. Variables: $field (the field's name), $problem (what is wrong with it).
error-field-line = { $field }: { $problem }
# Creating an account whose e-mail address is in use.
error-email-taken = Konts ar šo e-pasta adresi jau pastāv.
# Password change: the current password given was wrong.
error-wrong-password = Pašreizējā parole ir nepareiza.
# A restricted community is full. Variables: $cap.
error-member-cap-reached = { $cap ->
    [zero] Šī kopiena ir pilna: ierobežotā kopienā var būt ne vairāk kā { $cap } dalībnieku. Vispirms noņemiet kādu dalībnieku vai jautājiet administratoram par maksimālo dalībnieku skaitu.
    [one] Šī kopiena ir pilna: ierobežotā kopienā var būt ne vairāk kā { $cap } dalībnieks. Vispirms noņemiet kādu dalībnieku vai jautājiet administratoram par maksimālo dalībnieku skaitu.
   *[other] Šī kopiena ir pilna: ierobežotā kopienā var būt ne vairāk kā { $cap } dalībnieki. Vispirms noņemiet kādu dalībnieku vai jautājiet administratoram par maksimālo dalībnieku skaitu.
}
# The person is a member already.
error-already-member = Šī persona jau ir dalībnieks.
# The change would leave the community without an owner.
error-last-owner = Kopienai jābūt vismaz vienam īpašniekam. Vispirms padariet par īpašnieku kādu citu.
# The community is archived.
error-community-archived = Šī kopiena ir arhivēta, un to nevar mainīt. Īpašnieks to var atjaunot.
error-locked = Šī tēma ir slēgta, un uz to vairs nevar atbildēt.
# The request could not be understood (a bug or an outdated page).
error-invalid-request = Pieprasījumu neizdevās apstrādāt. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz.
# What was sent is larger than the server accepts. Variables: $kilobytes (the limit in KB).
error-payload-too-large = Nosūtītais ir pārāk liels: ne vairāk kā { $kilobytes } KB. Saīsiniet to un mēģiniet vēlreiz; jūsu teksts joprojām ir veidlapā.
# What was sent is of a kind the server does not read (a bug or a forged request).
error-unsupported-media-type = Serveris nevar nolasīt nosūtītos datus. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz.
# The address is too long.
error-uri-too-long = Adrese ir pārāk gara. Saīsiniet meklēšanas vai filtra nosacījumus un mēģiniet vēlreiz.
# The request's headers (often cookies) are too large.
error-headers-too-large = Jūsu pārlūkprogramma kopā ar pieprasījumu nosūtīja pārāk daudz datu. Parasti palīdz šīs vietnes sīkfailu notīrīšana.
# The address exists, but not for this kind of request (a bug or an outdated page).
error-method-not-allowed = Šī adrese nepieņem šāda veida pieprasījumus. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz.
# A search or list address names one parameter twice. Variables: $name (the parameter).
error-duplicate-parameter = Adresē parametrs { $name } norādīts vairāk nekā vienu reizi. Noņemiet vienu no tiem un mēģiniet vēlreiz.
# The browser could not reach the server.
error-network = Neizdevās sazināties ar serveri. Pārbaudiet savienojumu un mēģiniet vēlreiz.
# A fault on the server. Variables: $reference (an id that is also in the server log).
error-internal = Mūsu sistēmā radās kļūda. Ja tā atkārtojas, paziņojiet atbalsta dienestam šo atsauces kodu: { $reference }
# A required field is empty.
error-field-required = šis lauks ir obligāts
# A text is too long. Variables: $limit (the maximum number of characters).
error-field-too-long = { $limit ->
    [zero] ne vairāk kā { $limit } rakstzīmju
    [one] ne vairāk kā { $limit } rakstzīme
   *[other] ne vairāk kā { $limit } rakstzīmes
}
# A password is too short. Variables: $limit (the minimum number of characters).
error-field-too-short = { $limit ->
    [zero] vismaz { $limit } rakstzīmju
    [one] vismaz { $limit } rakstzīme
   *[other] vismaz { $limit } rakstzīmes
}
# Not an e-mail address.
error-field-invalid-email = ievadiet e-pasta adresi, piemēram, janis.berzins@example.com
# A UI language that the product does not offer.
error-field-unsupported-language = izvēlieties kādu no piedāvātajām valodām
# A country that is not in the list.
error-field-unknown-country = izvēlieties valsti no saraksta
# A language tag that is not valid.
error-field-invalid-language = kāda no valodām nav derīga
# Too many items. Variables: $limit (the maximum count).
error-field-too-many = { $limit ->
    [zero] ne vairāk kā { $limit } vienumu
    [one] ne vairāk kā { $limit } vienums
   *[other] ne vairāk kā { $limit } vienumi
}
# A tag with characters other than letters, digits, - _ and . or too long. Variables: $limit (the maximum number of characters).
error-field-invalid-tag = { $limit ->
    [zero] izmantojiet tikai burtus, ciparus un - _ ., katrā birkā ne vairāk kā { $limit } rakstzīmju
    [one] izmantojiet tikai burtus, ciparus un - _ ., katrā birkā ne vairāk kā { $limit } rakstzīme
   *[other] izmantojiet tikai burtus, ciparus un - _ ., katrā birkā ne vairāk kā { $limit } rakstzīmes
}
# Accepting an answer on a topic that is not a question.
error-field-not-a-question = šī tēma nav jautājums
# Commenting on something that takes no comments (a topic takes replies instead).
error-field-not-commentable = to nevar komentēt; tā vietā atbildiet tēmā
# Translating into the language the item is already written in.
error-field-same-language = oriģināls jau ir šajā valodā
# A translation into this language exists already.
error-field-translation-exists = tulkojums šajā valodā jau ir; tā vietā rediģējiet esošo
# Translating something that is not translated (a comment, a draft, or a translation).
error-field-not-translatable = to nevar tulkot; tulkojiet ierakstu, kuram tas pieder
# An expertise tag is too long. Variables: $limit (the maximum number of characters per tag).
error-field-tag-too-long = { $limit ->
    [zero] katrā birkā var būt ne vairāk kā { $limit } rakstzīmju
    [one] katrā birkā var būt ne vairāk kā { $limit } rakstzīme
   *[other] katrā birkā var būt ne vairāk kā { $limit } rakstzīmes
}
# An admin tried to disable their own account.
error-field-cannot-disable-self = nevar atspējot savu kontu

# A community's kind, template, role or tool is not one of those offered.
error-field-invalid-choice = izvēlieties kādu no piedāvātajām iespējām
# A client team was given a visibility other than restricted.
error-field-client-team-restricted = klienta komandai jābūt ierobežotai
# A member cap was given for a community that is not restricted.
error-field-cap-only-restricted = maksimālo dalībnieku skaitu var noteikt tikai ierobežotām kopienām
# A number is outside what is allowed. Variables: $limit (the highest allowed).
error-field-out-of-range = ievadiet skaitli no 1 līdz { $limit }
# No active person has the e-mail address given.
error-field-no-such-person = nevienai aktīvai personai nav šādas e-pasta adreses
# A date is not written as a date.
error-field-invalid-date = ievadiet datumu, piemēram, 2026-11-27
# The end of a range is before its start.
error-field-before-start = beigu datums ir pirms sākuma datuma
# A community's own cap is below its member count. Variables: $limit (the member count).
error-field-below-member-count = dalībnieku jau ir { $limit }; vispirms noņemiet dažus vai izvēlieties vismaz tikpat lielu skaitli

## Form field names: labels of form fields, and the field names in error lists.

field-email = E-pasta adrese
field-password = Parole
field-current-password = Pašreizējā parole
field-new-password = Jaunā parole
field-display-name = Vārds un uzvārds
field-title = Nosaukums
field-department = Struktūrvienība
field-country = Valsts
field-ui-language = Saskarnes valoda
field-read-languages = Valodas, kurās lasu
field-about = Par mani
field-expertise = Kompetences
field-lang = Valoda
field-id = Konts
field-name = Nosaukums
field-description = Apraksts
field-visibility = Kas to redz
field-template = Veids
field-languages = Valodas
field-member-cap = Maksimālais dalībnieku skaits
field-tools = Rīki
field-forum-mode = Foruma režīms
field-reason = Iemesls
field-message = Ziņa
field-role = Loma
field-restricted-member-cap = Maksimālais dalībnieku skaits ierobežotā kopienā
field-from = No
field-to = Līdz
field-body = Teksts
field-text = Teksts
field-tags = Birkas
field-target-id = Ieraksts
field-topic-id = Tēma
field-community-slug = Kopiena
# Text with a control character (such as NUL), often pasted from another program.
error-field-control-character = noņemiet neredzamās vadības rakstzīmes (tās bieži nonāk tekstā, to ielīmējot no citas programmas)
# A one-line field (name, title, tag) with zero-width, direction-changing or other invisible characters.
error-field-invisible-character = noņemiet neredzamās rakstzīmes (nulles platuma rakstzīmes vai virziena zīmes)
# A display name that looks the same as a colleague's.
error-field-confusable-name = kolēģim jau ir vārds, kas izskatās tāpat; pievienojiet kaut ko, kas jūs atšķir, piemēram, otrā vārda iniciāli
# A text whose quotes or lists are nested too deeply. Variables: $limit (the deepest nesting allowed).
error-field-too-deep = { $limit ->
    [zero] citātiem un sarakstiem var būt ne vairāk kā { $limit } ligzdošanas līmeņu
    [one] citātiem un sarakstiem var būt ne vairāk kā { $limit } ligzdošanas līmenis
   *[other] citātiem un sarakstiem var būt ne vairāk kā { $limit } ligzdošanas līmeņi
}
# A text whose formatting took too long to render (deeply nested or unusual Markdown).
error-field-too-complex = formatējums ir pārāk sarežģīts, lai to parādītu; vienkāršojiet citātus, sarakstus vai saites
