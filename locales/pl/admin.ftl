### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konta
# Heading of the form that adds an account.
admin-users-add = Nowe konto
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Dodaj konto
# Confirmation after an account was added.
admin-users-created = Konto zostało utworzone. Przekaż tej osobie hasło w bezpieczny sposób.
# Accounts table column: role.
admin-users-role = Rola
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Utworzono
# Accounts table column: buttons.
admin-users-actions = Działania
# Role of a normal account.
admin-users-role-member = Użytkownik
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktywne
# Status of a disabled account.
admin-users-disabled = Dezaktywowane
# Button to disable an account (visible text).
admin-users-disable-short = Dezaktywuj
# Button to enable an account again (visible text).
admin-users-enable-short = Aktywuj
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Dezaktywuj konto: { $name }
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Aktywuj konto: { $name }
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Następna strona
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Społeczności zastrzeżone
# Accounts table: admins always may.
admin-users-restricted-always = Zawsze (administrator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Dozwolone
# Accounts table: this person may not.
admin-users-restricted-no = Niedozwolone
# Button that allows it (visible text).
admin-users-restricted-grant-short = Zezwól
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Cofnij
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Zezwól na tworzenie społeczności zastrzeżonych: { $name }
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Cofnij zgodę na tworzenie społeczności zastrzeżonych: { $name }

# Admin view of restricted communities: page title and heading.
admin-communities-title = Społeczności zastrzeżone
# Heading of the cap setting.
admin-communities-cap-heading = Limit członków
# What the cap does.
admin-communities-cap-help = Żadna społeczność zastrzeżona nie może mieć więcej członków niż ta liczba. Każda społeczność może ustalić własny, niższy limit.
# Save button of the cap.
admin-communities-cap-save = Zapisz limit
# The cap was saved.
admin-communities-cap-saved = Limit został zapisany.
# Heading of the list.
admin-communities-restricted-heading = Wszystkie społeczności zastrzeżone
# What the list shows and does not show.
admin-communities-restricted-help = Tylko nazwy, właściciele i liczba członków: treści publikowane wewnątrz widzą wyłącznie członkowie.
# The list is empty.
admin-communities-none = Nie ma jeszcze żadnych społeczności zastrzeżonych.
# Column: members and cap.
admin-communities-size = Członkowie
# Column: creation date.
admin-communities-created = Utworzono
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Usunięta
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Pobierz CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Pobierz listę insiderów: { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Specjalista ds. zgodności
admin-users-compliance-yes = Tak
admin-users-compliance-no = Nie
# Variables: $name (the person).
admin-users-compliance-grant = Nadaj rolę specjalisty ds. zgodności: { $name }
admin-users-compliance-revoke = Odbierz rolę specjalisty ds. zgodności: { $name }
admin-users-compliance-grant-short = Nadaj
admin-users-compliance-revoke-short = Odbierz

## The client-name guard's setting.
admin-guard-heading = Nazwy klientów poza ich społecznościami
admin-guard-help = Co się dzieje, gdy ktoś zapisuje tekst z nazwą klienta z listy obserwacyjnej w miejscu, w którym ta nazwa jest niedozwolona.
admin-guard-refuse = Blokuj zapis: autor musi zmienić tekst
admin-guard-hold = Wstrzymaj: specjalista ds. zgodności zatwierdza lub odrzuca tekst
admin-guard-save = Zapisz
admin-guard-saved = Zapisano.
