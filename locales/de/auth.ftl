### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Anmelden
# Text under the login heading.
login-intro = Melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an. Eine Registrierung ist nicht möglich: Konten werden von der Administration angelegt.
# Login form button.
login-submit = Anmelden
# On the login page when logged in already. Variables: $name (display name).
login-already = Sie sind als { $name } angemeldet.
# On the login page when logged in already: link to the home page.
login-home-link = Zur Startseite

# Password page title and heading.
password-title = Passwort ändern
# Help under the new password field.
password-rules = Verwenden Sie mindestens 10 Zeichen. Einige voneinander unabhängige Wörter ergeben ein starkes Passwort.
# Password page button.
password-submit = Passwort ändern
# Confirmation after the password was changed.
password-changed = Ihr Passwort wurde geändert. Sie wurden in allen anderen Sitzungen abgemeldet.
