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
