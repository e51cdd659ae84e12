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

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Jūsu sesijas
# Under the heading.
sessions-intro = Šeit ir uzskaitītas visas pārlūkprogrammas, kurās pieteicāties. Sesija beidzas, ja tā netiek izmantota 12 stundas, un vienmēr 14 dienas pēc pieteikšanās. Ja pazaudējāt tālruni vai kaut kur aizmirsāt iziet, izejiet no visām sesijām.
# A session whose browser did not say what it is.
sessions-unknown-browser = Nezināma pārlūkprogramma
# When the session began. Variables: $time (date and time).
sessions-opened = Pieteikšanās { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = pēdējoreiz izmantota { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Šī pārlūkprogramma
# Button that ends every session, this one too.
sessions-end-all = Iziet no visām sesijām
