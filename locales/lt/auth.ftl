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
