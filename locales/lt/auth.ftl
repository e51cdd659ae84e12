### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Prisijungimas
# Text under the login heading.
login-intro = Prisijunkite naudodami darbo el. pašto adresą. Savarankiškai užsiregistruoti negalima – paskyras sukuria administratorius.
# Login form button.
login-submit = Prisijungti
# On the login page when logged in already. Variables: $name (display name).
login-already = Prisijungta kaip { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Eiti į pradžios puslapį

# Password page title and heading.
password-title = Slaptažodžio keitimas
# Help under the new password field.
password-rules = Naudokite ne mažiau kaip 10 simbolių. Keli tarpusavyje nesusiję žodžiai sudaro stiprų slaptažodį.
# Password page button.
password-submit = Keisti slaptažodį
# Confirmation after the password was changed.
password-changed = Slaptažodis pakeistas. Kitos jūsų sesijos baigtos.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Jūsų sesijos
# Under the heading.
sessions-intro = Čia išvardytos visos naršyklės, kuriose prisijungėte. Sesija baigiasi, jei ja nesinaudojama 12 valandų, ir visada praėjus 14 dienų nuo prisijungimo. Jei pametėte telefoną arba kur nors pamiršote atsijungti, atsijunkite visur.
# A session whose browser did not say what it is.
sessions-unknown-browser = Nežinoma naršyklė
# When the session began. Variables: $time (date and time).
sessions-opened = Prisijungta { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = paskutinį kartą naudota { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Ši naršyklė
# Button that ends every session, this one too.
sessions-end-all = Atsijungti visur
