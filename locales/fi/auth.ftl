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

## Sessions page (/account/sessions)

# Title and heading of the page listing where the person is logged in.
sessions-title = Missä olet kirjautunut sisään
# Under the heading.
sessions-intro = Tässä näkyvät kaikki selaimet, joilla olet kirjautunut sisään. Istunto päättyy, kun sitä ei ole käytetty 12 tuntiin, ja aina 14 päivän kuluttua sisäänkirjautumisesta. Jos kadotit puhelimen tai unohdit kirjautua jossain ulos, kirjaudu ulos kaikkialta.
# A session whose browser did not say what it is.
sessions-unknown-browser = Tuntematon selain
# When the session began. Variables: $time (date and time).
sessions-opened = Kirjauduttu sisään { $time }
# When the session was last used. Variables: $time (date and time).
sessions-last-used = viimeksi käytetty { $time }
# Marks the session of the browser showing the page.
sessions-this-one = Tämä selain
# Button that ends every session, this one too.
sessions-end-all = Kirjaudu ulos kaikkialta
