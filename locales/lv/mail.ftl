## Mail: the mails the intranet sends (notices and digests), the mail settings page, the
## unsubscribe page and the admins' mail page.

# User menu: link to the mail settings page.
nav-mail = E-pasta iestatījumi
# Header link for admins to the mail status page.
nav-admin-mail = E-pasts
# Label of the group of choices on the mail settings page.
field-mode = Kā saņemu ziņas pa e-pastu
field-kinds = Izvēles pēc paziņojuma veida

## Mail settings page (/account/mail)

# Page title and heading.
mail-settings-title = E-pasta iestatījumi
# Where mail goes. Variables: $email (the account's address).
mail-settings-address = E-pasta vēstules tiek sūtītas uz { $email }.
# Shown when the intranet has no mail server configured.
mail-settings-off = Šis iekštīkls pašlaik nesūta e-pasta vēstules. Jūsu izvēle tiks saglabāta līdz brīdim, kad sūtīšana sāksies.
# Choice: a mail for each notification.
mail-mode-immediate = Katrs paziņojums uzreiz
# Explanation under that choice.
mail-mode-immediate-hint = E-pasta vēstule par katru pieminējumu, atbildi, komentāru vai citu paziņojumu, tiklīdz tas notiek.
# Choice: one digest a day.
mail-mode-daily = Ikdienas kopsavilkums
# Explanation under that choice.
mail-mode-daily-hint = Viena vēstule katru rītu par to, kas notika iepriekšējā dienā.
# Choice: one digest a week (the default).
mail-mode-weekly = Iknedēļas kopsavilkums
# Explanation under that choice.
mail-mode-weekly-hint = Viena vēstule pirmdienās par to, kas notika iepriekšējā nedēļā. Šī ir noklusējuma izvēle.
# Choice: no mail.
mail-mode-never = Bez e-pasta
# Explanation under that choice.
mail-mode-never-hint = Iekštīkls jums neko nesūta; visu redzat, kad to apmeklējat.
# Heading of the choices by kind of notification, under the main choice.
mail-kinds-legend = Dažiem paziņojumiem citādi
# Explanation of the choices by kind.
mail-kinds-hint = Katram paziņojumu veidam: kā izvēlēts augstāk, vēstule uzreiz neatkarīgi no augstāk izvēlētā vai nekad nekādas vēstules (tad paziņojums netiek ieskaitīts arī jūsu kopsavilkumā).
# Choices by kind of notification.
mail-kind-choice-default = Kā augstāk
mail-kind-choice-immediate = Vēstule uzreiz
mail-kind-choice-never = Nekad pa e-pastu
# The kinds of notification, as labels of their choices.
mail-about-mention = Kāds mani piemin
mail-about-reply = Atbilde manā tēmā
mail-about-comment = Komentārs pie mana ieraksta
mail-about-like = Kādam patīk mans ieraksts
mail-about-accepted = Mana atbilde pieņemta
mail-about-join_request = Pieteikums dalībai kopienā, kuru moderēju
mail-about-approved = Mans dalības pieteikums apstiprināts
mail-about-added = Mani pievieno kopienai
mail-about-translation_outdated = Mainīts mana tulkojuma oriģināls
mail-about-page_edited = Rediģēta wiki lapa, kurai sekoju
mail-about-assigned = Man tiek uzticēta koplietojamās iesūtnes saruna
# Save button.
mail-settings-save = Saglabāt
# Confirmation after saving.
mail-settings-saved = Jūsu e-pasta iestatījumi ir saglabāti.
# Heading of the list of mails sent.
mail-log-title = Jums nosūtītās vēstules
# When no mail was sent yet.
mail-log-empty = Jums vēl nav nosūtīta neviena vēstule.
# Column headings of the list of mails sent.
mail-log-when = Kad
mail-log-what = Temats
mail-log-status = Statuss
# What a mail was, when it has no subject of its own.
mail-kind-notice = Paziņojums
mail-kind-digest = Kopsavilkums
# Where a mail is.
mail-status-queued = Gaida nosūtīšanu
mail-status-sent = Nosūtīta
mail-status-dropped = Nav nosūtīta: jūs vairs nevarējāt redzēt, par ko tā bija, vai izvēlējāties nesaņemt e-pastu
mail-status-failed = Neizdevās piegādāt
# How many times sending was tried. Variables: $count (tries).
mail-log-tries = { $count ->
    [zero] mēģināts { $count } reižu, vēlāk tiks mēģināts vēlreiz
    [one] mēģināts { $count } reizi, vēlāk tiks mēģināts vēlreiz
   *[other] mēģināts { $count } reizes, vēlāk tiks mēģināts vēlreiz
}

## The mails

# Subject and text of a mail about something in a restricted community: no title, no name.
mail-restricted-subject = Kādā no jūsu kopienām gaida kaut kas jauns
mail-restricted-body = Kādā no kopienām, kurās esat dalībnieks, jūs gaida kaut kas jauns. Atveriet iekštīklu, lai to redzētu.
# Link text in a notice mail.
mail-open = Atvērt iekštīklā
# Subject of a daily digest. Variables: $count (new items).
mail-digest-subject-daily = { $count ->
    [0] Jūsu dienas kopsavilkums
    [zero] Jūsu dienas kopsavilkums: { $count } jaunu ierakstu
    [one] Jūsu dienas kopsavilkums: { $count } jauns ieraksts
   *[other] Jūsu dienas kopsavilkums: { $count } jauni ieraksti
}
# Subject of a weekly digest. Variables: $count (new items).
mail-digest-subject-weekly = { $count ->
    [0] Jūsu nedēļas kopsavilkums
    [zero] Jūsu nedēļas kopsavilkums: { $count } jaunu ierakstu
    [one] Jūsu nedēļas kopsavilkums: { $count } jauns ieraksts
   *[other] Jūsu nedēļas kopsavilkums: { $count } jauni ieraksti
}
# First line of a digest. Variables: $name (the reader's name).
mail-digest-greeting = Sveicināti, { $name }!
# Heading of a daily digest.
mail-digest-heading-daily = Kas notika vakar
# Heading of a weekly digest.
mail-digest-heading-weekly = Kas notika pagājušajā nedēļā
# Heading of the list of new items.
mail-digest-items = Jūsu kopienās un no tā, kam sekojat
# One new item in a community. Variables: $title, $name (author), $community.
mail-digest-item = „{ $title }“ (autors: { $name }, kopiena: { $community })
# One new item outside communities (a status update, a personal blog). Variables: $title, $name.
mail-digest-item-personal = „{ $title }“ (autors: { $name })
# Link to the home stream when more items were found than listed. Variables: $count.
mail-digest-more = { $count ->
    [zero] un vēl { $count } ierakstu jūsu plūsmā
    [one] un vēl { $count } ieraksts jūsu plūsmā
   *[other] un vēl { $count } ieraksti jūsu plūsmā
}
# New items in restricted communities: counted, never named. Variables: $count.
mail-digest-restricted = { $count ->
    [zero] Jūsu kopienās gaida { $count } jaunu ierakstu.
    [one] Jūsu kopienās gaida { $count } jauns ieraksts.
   *[other] Jūsu kopienās gaida { $count } jauni ieraksti.
}
# Heading of the unanswered questions of the reader's helpdesks.
mail-digest-questions = Neatbildēti jautājumi jūsu atbalsta dienesta kopienās
# One unanswered question. Variables: $title, $name (asker), $community.
mail-digest-question = „{ $title }“ (jautāja: { $name }, kopiena: { $community })
# Unread notifications. Variables: $count.
mail-digest-unread = { $count ->
    [zero] Jums ir { $count } nelasītu paziņojumu.
    [one] Jums ir { $count } nelasīts paziņojums.
   *[other] Jums ir { $count } nelasīti paziņojumi.
}
# Foot of every mail: why it came.
mail-footer-why = Jūs saņemat šo vēstuli, jo jums ir konts iekštīklā.
# Foot of every mail: link to the mail settings.
mail-footer-settings = Izvēlēties, ko saņemt pa e-pastu
# Foot of every mail: the one-click unsubscribe.
mail-footer-unsubscribe = Atteikties no visām vēstulēm

## Unsubscribe page (/mail/unsubscribe/…)

# Page title and heading.
unsubscribe-title = Atteikšanās no e-pasta
# Whose mail. Variables: $email (the address, partly hidden).
unsubscribe-address = E-pasts uz { $email }
# The question before unsubscribing.
unsubscribe-question = Pārtraukt visu e-pasta vēstuļu sūtīšanu no iekštīkla? Jūs joprojām redzēsiet visu, kad to apmeklēsiet.
# Button.
unsubscribe-confirm = Pārtraukt visas vēstules
# After unsubscribing.
unsubscribe-done = Jūs vairs nesaņemsiet e-pasta vēstules no iekštīkla.
# Link to the mail settings.
unsubscribe-settings = Tā vietā izvēlēties, ko saņemt pa e-pastu

## Admins' mail page (/admin/mail)

# Page title and heading.
admin-mail-title = E-pasts
# When no SMTP server is configured.
admin-mail-off = E-pasts ir izslēgts: vēstules netiek ne ievietotas rindā, ne sūtītas, jo GEMENSKAP_SMTP_URL nav iestatīts.
# How to set it up.
admin-mail-help = Vēstules tiek sūtītas uz SMTP serveri, kas norādīts GEMENSKAP_SMTP_URL (piemēram, smtp://mail.bank.example:25), no adreses, kas norādīta GEMENSKAP_MAIL_FROM. Skatiet iestatījumu tabulu README.
# Labels of the facts.
admin-mail-server = SMTP serveris
admin-mail-from = Sūtītājs
admin-mail-queued = Gaida nosūtīšanu
admin-mail-sent = Nosūtītas pēdējo 24 stundu laikā
admin-mail-failed = Atmestas pēdējo 24 stundu laikā
