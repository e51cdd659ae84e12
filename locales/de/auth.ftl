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

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Wo Sie angemeldet sind
# Under the heading.
sessions-intro = Hier sind alle Browser aufgeführt, mit denen Sie sich angemeldet haben. Eine Sitzung endet nach 12 Stunden ohne Nutzung und in jedem Fall 14 Tage nach der Anmeldung. Wenn Sie ein Telefon verloren oder vergessen haben, sich irgendwo abzumelden, melden Sie sich überall ab.
# A session whose browser did not say what it is.
sessions-unknown-browser = Unbekannter Browser
# When the session began. Variables: $time (date and time).
sessions-opened = Angemeldet am { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = zuletzt genutzt am { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Dieser Browser
# Button that ends every session, this one too.
sessions-end-all = Überall abmelden
