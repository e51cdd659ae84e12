### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Konten
# Heading of the form that adds an account.
admin-users-add = Konto anlegen
# Checkbox in the add-account form.
admin-users-make-admin = Administrator
# Button of the add-account form.
admin-users-add-submit = Konto anlegen
# Confirmation after an account was added.
admin-users-created = Das Konto wurde angelegt. Teilen Sie der Person ihr Passwort auf sicherem Weg mit.
# Accounts table column: role.
admin-users-role = Rolle
# Accounts table column: active or disabled.
admin-users-status = Status
# Accounts table column: the date the account was created.
admin-users-created-at = Erstellt
# Accounts table column: buttons.
admin-users-actions = Aktionen
# Role of a normal account.
admin-users-role-member = Benutzer
# Role of an administrator.
admin-users-role-admin = Administrator
# Status of an account that can log in.
admin-users-active = Aktiv
# Status of a disabled account.
admin-users-disabled = Deaktiviert
# Button to disable an account (visible text).
admin-users-disable-short = Deaktivieren
# Button to enable an account again (visible text).
admin-users-enable-short = Aktivieren
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = { $name } deaktivieren
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = { $name } aktivieren
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Nächste Seite
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Eingeschränkte Communities
# Accounts table: admins always may.
admin-users-restricted-always = Immer (Administrator)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Erlaubt
# Accounts table: this person may not.
admin-users-restricted-no = Nicht erlaubt
# Button that allows it (visible text).
admin-users-restricted-grant-short = Erlauben
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Entziehen
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = { $name } das Erstellen eingeschränkter Communities erlauben
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = { $name } das Erstellen eingeschränkter Communities entziehen

# Admin view of restricted communities: page title and heading.
admin-communities-title = Eingeschränkte Communities
# Heading of the cap setting.
admin-communities-cap-heading = Mitgliederhöchstzahl
# What the cap does.
admin-communities-cap-help = Keine eingeschränkte Community kann mehr Mitglieder haben als diese Zahl. Jede Community kann für sich eine niedrigere Höchstzahl festlegen.
# Save button of the cap.
admin-communities-cap-save = Höchstzahl speichern
# The cap was saved.
admin-communities-cap-saved = Höchstzahl gespeichert.
# Heading of the list.
admin-communities-restricted-heading = Alle eingeschränkten Communities
# What the list shows and does not show.
admin-communities-restricted-help = Nur Namen, Eigentümer und Größe: Was darin geschrieben wird, sehen ausschließlich die Mitglieder.
# The list is empty.
admin-communities-none = Es gibt noch keine eingeschränkten Communities.
# Column: members and cap.
admin-communities-size = Mitglieder
# Column: creation date.
admin-communities-created = Erstellt
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Gelöscht
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = CSV herunterladen
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Insiderliste von { $name } herunterladen

## The compliance officer role, on the accounts page.
admin-users-compliance = Compliance-Beauftragter
admin-users-compliance-yes = Ja
admin-users-compliance-no = Nein
# Variables: $name (the person).
admin-users-compliance-grant = { $name } die Compliance-Rolle zuweisen
admin-users-compliance-revoke = { $name } die Compliance-Rolle entziehen
admin-users-compliance-grant-short = Zuweisen
admin-users-compliance-revoke-short = Entziehen

## The client-name guard's setting.
admin-guard-heading = Kundennamen außerhalb ihrer Communities
admin-guard-help = Was geschieht, wenn jemand einen Text speichert, der einen Kunden von der Beobachtungsliste an einer Stelle nennt, an der der Name nicht erlaubt ist.
admin-guard-refuse = Zurückweisen: Der Verfasser ändert den Text
admin-guard-hold = Zurückhalten: Ein Compliance-Beauftragter gibt den Text frei oder lehnt ihn ab
admin-guard-save = Speichern
admin-guard-saved = Gespeichert.
