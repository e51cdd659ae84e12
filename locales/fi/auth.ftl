### Logging in and changing the password.

# Login page title and the heading of the login form (also shown inline on pages that need a login).
login-title = Kirjaudu sisään
# Text under the login heading.
login-intro = Kirjaudu sisään työsähköpostiosoitteellasi. Tiliä ei voi luoda itse: ylläpitäjä luo käyttäjätilit.
# Login form button.
login-submit = Kirjaudu sisään
# On the login page when logged in already. Variables: $name (display name).
login-already = Olet kirjautunut sisään käyttäjänä { $name }.
# On the login page when logged in already: link to the home page.
login-home-link = Siirry etusivulle

# Password page title and heading.
password-title = Vaihda salasana
# Help under the new password field.
password-rules = Käytä vähintään 10 merkkiä. Muutamasta toisiinsa liittymättömästä sanasta saa vahvan salasanan.
# Password page button.
password-submit = Vaihda salasana
# Confirmation after the password was changed.
password-changed = Salasanasi on vaihdettu. Sinut on kirjattu ulos muista istunnoistasi.
