### Account administration (admins only).

# Accounts page title and heading; also the table caption.
admin-users-title = Käyttäjätilit
# Heading of the form that adds an account.
admin-users-add = Lisää käyttäjätili
# Checkbox in the add-account form.
admin-users-make-admin = Ylläpitäjä
# Button of the add-account form.
admin-users-add-submit = Lisää käyttäjätili
# Confirmation after an account was added.
admin-users-created = Käyttäjätili on luotu. Toimita salasana käyttäjälle turvallista kanavaa pitkin.
# Accounts table column: role.
admin-users-role = Rooli
# Accounts table column: active or disabled.
admin-users-status = Tila
# Accounts table column: the date the account was created.
admin-users-created-at = Luotu
# Accounts table column: buttons.
admin-users-actions = Toiminnot
# Role of a normal account.
admin-users-role-member = Käyttäjä
# Role of an administrator.
admin-users-role-admin = Ylläpitäjä
# Status of an account that can log in.
admin-users-active = Käytössä
# Status of a disabled account.
admin-users-disabled = Pois käytöstä
# Button to disable an account (visible text).
admin-users-disable-short = Poista käytöstä
# Button to enable an account again (visible text).
admin-users-enable-short = Ota käyttöön
# Accessible name of the disable button. Variables: $name (display name).
admin-users-disable = Poista käyttäjän { $name } tili käytöstä
# Accessible name of the enable button. Variables: $name (display name).
admin-users-enable = Ota käyttäjän { $name } tili käyttöön
# Link under the accounts table to the next page of accounts.
admin-users-next-page = Seuraava sivu
# Accounts table: column saying who may create restricted communities.
admin-users-restricted = Rajatut yhteisöt
# Accounts table: admins always may.
admin-users-restricted-always = Aina (ylläpitäjä)
# Accounts table: this person may create restricted communities.
admin-users-restricted-yes = Sallittu
# Accounts table: this person may not.
admin-users-restricted-no = Ei sallittu
# Button that allows it (visible text).
admin-users-restricted-grant-short = Salli
# Button that stops it (visible text).
admin-users-restricted-revoke-short = Peru lupa
# Accessible name of the allow button. Variables: $name.
admin-users-restricted-grant = Salli käyttäjän { $name } luoda rajattuja yhteisöjä
# Accessible name of the stop button. Variables: $name.
admin-users-restricted-revoke = Peru käyttäjän { $name } lupa luoda rajattuja yhteisöjä

# Admin view of restricted communities: page title and heading.
admin-communities-title = Rajatut yhteisöt
# Heading of the cap setting.
admin-communities-cap-heading = Jäsenmäärän yläraja
# What the cap does.
admin-communities-cap-help = Missään rajatussa yhteisössä ei voi olla tätä enempää jäseniä. Kukin yhteisö voi asettaa itselleen pienemmän ylärajan.
# Save button of the cap.
admin-communities-cap-save = Tallenna yläraja
# The cap was saved.
admin-communities-cap-saved = Yläraja tallennettu.
# Heading of the list.
admin-communities-restricted-heading = Kaikki rajatut yhteisöt
# What the list shows and does not show.
admin-communities-restricted-help = Vain nimet, omistajat ja koot: yhteisöjen sisältö näkyy vain niiden jäsenille.
# The list is empty.
admin-communities-none = Rajattuja yhteisöjä ei vielä ole.
# Column: members and cap.
admin-communities-size = Jäsenet
# Column: creation date.
admin-communities-created = Luotu
# Admin list of restricted communities: badge of a deleted community.
admin-communities-deleted = Poistettu
# Admin list: link that downloads a community's insider list (visible text).
admin-communities-export = Lataa CSV
# Admin list: accessible name of that link. Variables: $name (the community's name).
admin-communities-export-of = Lataa sisäpiiriluettelo: { $name }

## The compliance officer role, on the accounts page.
admin-users-compliance = Compliance-vastaava
admin-users-compliance-yes = Kyllä
admin-users-compliance-no = Ei
# Variables: $name (the person).
admin-users-compliance-grant = Tee käyttäjästä { $name } compliance-vastaava
admin-users-compliance-revoke = Poista käyttäjältä { $name } compliance-vastaavan rooli
admin-users-compliance-grant-short = Anna rooli
admin-users-compliance-revoke-short = Poista rooli

## The client-name guard's setting.
admin-guard-heading = Asiakasnimet omien yhteisöjensä ulkopuolella
admin-guard-help = Mitä tapahtuu, kun joku tallentaa tekstin, jossa tarkkailulistalla oleva asiakas mainitaan paikassa, jossa nimeä ei sallita.
admin-guard-refuse = Estä tallennus: kirjoittaja muuttaa tekstiä
admin-guard-hold = Pidätä tarkastettavaksi: compliance-vastaava hyväksyy tai hylkää tekstin
admin-guard-save = Tallenna
admin-guard-saved = Tallennettu.
