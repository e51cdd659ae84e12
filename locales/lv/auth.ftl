### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Pieteikšanās
# Text under the login heading.
login-intro = Piesakieties ar savu darba e-pasta adresi. Pašreģistrācija nav paredzēta – kontus izveido administrators.
# Login form button.
login-submit = Pieteikties
# On the login page when logged in already. Variables: $name (display name).
login-already = Pieteikšanās jau veikta kā { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Doties uz sākumlapu

# Password page title and heading.
password-title = Paroles maiņa
# Help under the new password field.
password-rules = Izmantojiet vismaz 10 rakstzīmes. Drošu paroli var izveidot no dažiem savstarpēji nesaistītiem vārdiem.
# Password page button.
password-submit = Mainīt paroli
# Confirmation after the password was changed.
password-changed = Jūsu parole ir nomainīta. Pārējās jūsu sesijas ir slēgtas.
