### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Logowanie
# Text under the login heading.
login-intro = Zaloguj się służbowym adresem e-mail. Samodzielna rejestracja nie jest możliwa – konta zakłada administrator.
# Login form button.
login-submit = Zaloguj się
# On the login page when logged in already. Variables: $name (display name).
login-already = Zalogowano jako { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Przejdź do strony głównej

# Password page title and heading.
password-title = Zmiana hasła
# Help under the new password field.
password-rules = Użyj co najmniej 10 znaków. Kilka niepowiązanych ze sobą słów tworzy silne hasło.
# Password page button.
password-submit = Zmień hasło
# Confirmation after the password was changed.
password-changed = Hasło zostało zmienione. Pozostałe sesje zostały zakończone.

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Twoje sesje
# Under the heading.
sessions-intro = Poniżej widać każdą przeglądarkę, w której zalogowano się na to konto. Sesja kończy się po 12 godzinach bezczynności i zawsze po 14 dniach od zalogowania. Jeśli zgubisz telefon albo zapomnisz się gdzieś wylogować, wyloguj się wszędzie.
# A session whose browser did not say what it is.
sessions-unknown-browser = Nieznana przeglądarka
# When the session began. Variables: $time (date and time).
sessions-opened = Zalogowano { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = ostatnio używana { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Ta przeglądarka
# Button that ends every session, this one too.
sessions-end-all = Wyloguj się wszędzie
