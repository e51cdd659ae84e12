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
