### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Logi sisse
# Text under the login heading.
login-intro = Logige sisse oma töö e-posti aadressiga. Ise registreeruda ei saa: kontod loob administraator.
# Login form button.
login-submit = Logi sisse
# On the login page when logged in already. Variables: $name (display name).
login-already = Olete sisse logitud kasutajana { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Mine avalehele

# Password page title and heading.
password-title = Muuda parooli
# Help under the new password field.
password-rules = Kasutage vähemalt 10 märki. Mõnest omavahel seostamata sõnast saab tugeva parooli.
# Password page button.
password-submit = Muuda parooli
# Confirmation after the password was changed.
password-changed = Teie parool on muudetud. Teie teised seansid on lõpetatud.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Kus olete sisse logitud
# Under the heading.
sessions-intro = Siin on loetletud kõik brauserid, millega olete sisse loginud. Seanss lõpeb, kui seda pole 12 tundi kasutatud, ja igal juhul 14 päeva pärast sisselogimist. Kui kaotasite telefoni või unustasite kuskil välja logida, logige välja kõikjalt.
# A session whose browser did not say what it is.
sessions-unknown-browser = Tundmatu brauser
# When the session began. Variables: $time (date and time).
sessions-opened = Sisse logitud { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = viimati kasutatud { $time }
# Marks the session of the browser showing the page.
sessions-this-one = See brauser
# Button that ends every session, this one too.
sessions-end-all = Logi välja kõikjalt
