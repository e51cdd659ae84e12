### The client-name guard and the compliance officer's tools: the refusal of a write that names a
### watched client, writes held for review, the watchlist's fields and the audit trail's CSV.

# A write was refused because it names a client of the bank where colleagues without a need to know can read it. The lines after it say where.
error-client-name = Tekstissä mainitaan asiakas, eikä sitä saa kirjoittaa tähän. Muuta merkityt sanat (tai kirjoita teksti asiakkaan rajattuun yhteisöön); tekstisi on yhä lomakkeessa.
# A write that names a client was kept for a compliance officer to release or reject; nothing is published yet.
error-held-for-review = Tekstissä mainitaan asiakas, joten se odottaa, että compliance-vastaava hyväksyy tai hylkää sen; mitään ei julkaista sitä ennen. Tekstisi on yhä lomakkeessa.
# One line under error-client-name. Variables: $field (the field's name), $name (the client's name as the watchlist spells it), $start and $end (character positions in the field, from 1).
guard-match-line = { $field }: ”{ $name }”, merkit { $start }–{ $end }

# Watchlist entry fields.
field-aliases = Muut nimet ja lyhenteet
field-legal-form = Yritysmuoto
field-strictness = Milloin nimi, joka on myös tavallinen sana, lasketaan maininnaksi
field-allowed-communities = Rajatut yhteisöt, joissa asiakkaan saa mainita
field-guard-mode = Kun tekstissä mainitaan asiakas
# A watchlist entry names a community that does not exist or is not restricted.
error-field-not-restricted = anna vain rajattujen yhteisöjen osoitteita
# Another compliance officer is deciding this held text at the same moment.
error-field-being-decided = toinen compliance-vastaava käsittelee tätä tekstiä parhaillaan; päivitä jono
# An uploaded CSV file that is not UTF-8 text.
error-field-not-utf8 = tallenna tiedosto UTF-8-koodattuna CSV-tiedostona ja lähetä se uudelleen

# The audit trail as CSV: column headings.
audit-csv-seq = Järjestysnumero
audit-csv-time = Aika (UTC)
audit-csv-actor-id = Henkilön tunniste
audit-csv-actor = Henkilö
audit-csv-action = Tapahtuma
audit-csv-community = Yhteisö
audit-csv-subject = Kohde
audit-csv-detail = Lisätiedot
audit-csv-hash = Tiiviste (SHA-256)

## Navigation.
nav-compliance = Compliance
# In the user menu: the writer's own texts held for a compliance officer.
nav-held = Tarkastettavana

## The warning under a text being written (while typing).
# Shown when refusing is the organisation's choice. The list of names found follows.
guard-warning-refuse = Tekstissä mainitaan asiakas, joten sitä ei voi tallentaa tähän. Muuta nämä sanat:
# Shown when holding is the organisation's choice. The list of names found follows.
guard-warning-hold = Tekstissä mainitaan asiakas: jos tallennat sen, se odottaa compliance-vastaavan käsittelyä, ennen kuin kukaan näkee sen. Sanat:
# One name found. Variables: $found (the words as written), $name (the client as the watchlist spells it).
guard-warning-found = ”{ $found }” ({ $name })
guard-warning-show-label = Valitse tekstistä ”{ $found }”

## The compliance officer's pages.
compliance-title = Compliance
compliance-not-officer = Vain compliance-vastaavat näkevät tämän sivun.
compliance-watchlist-title = Asiakasnimien tarkkailulista
compliance-watchlist-help = Tällä listalla olevan nimen saa kirjoittaa vain niihin rajattuihin yhteisöihin, joissa se on sallittu: muualla teksti estetään (tai pidätetään tarkastettavaksi ylläpitäjien valinnan mukaan). Jokainen listaan tehty muutos kirjataan tarkastuslokiin.
compliance-watchlist-search = Etsi nimeä
compliance-watchlist-search-submit = Etsi
# How many entries match. Variables: $count.
compliance-watchlist-count = { $count ->
    [one] Yksi nimi
   *[other] { $count } nimeä
}
compliance-watchlist-empty = Tarkkailulistalla ei ole nimiä.
compliance-watchlist-add = Lisää asiakas
compliance-watchlist-add-submit = Lisää tarkkailulistalle
compliance-watchlist-added = Lisätty tarkkailulistalle.
compliance-watchlist-aliases-help = Erota ne pilkuilla, esimerkiksi: NH, Nordhav.
compliance-watchlist-communities-help = Rajattujen yhteisöjen osoitteet (linkin viimeinen osa) pilkuilla erotettuina.
compliance-watchlist-nowhere = Ei missään
compliance-watchlist-actions = Toiminnot
# Variables: $name (the client).
compliance-watchlist-edit = Muokkaa asiakasta { $name }
compliance-watchlist-edit-short = Muokkaa
compliance-watchlist-save = Tallenna
compliance-watchlist-saved = Tallennettu.
compliance-watchlist-delete = Poista asiakas { $name } tarkkailulistalta
compliance-watchlist-delete-short = Poista
compliance-watchlist-next-page = Lisää nimiä
compliance-watchlist-back = Takaisin tarkkailulistalle
compliance-strictness-always = Aina
compliance-strictness-capitalised = Vain isolla alkukirjaimella
compliance-strictness-with-legal-form = Vain yritysmuodon kanssa
compliance-transfer-heading = Tuonti ja vienti
compliance-import-help = CSV-tiedosto, jossa on sarakkeet name, aliases, legal_form, strictness ja allowed_communities samassa muodossa kuin viennissä. Listalla jo olevat nimet päivitetään ja uudet lisätään. Tuonti tehdään kokonaan tai ei lainkaan: jos yhdelläkin rivillä on virhe, mitään ei tallenneta.
compliance-import-file = CSV-tiedosto
compliance-import-submit = Tuo
compliance-export = Lataa tarkkailulista (CSV)
# Variables: $created, $updated (numbers of names).
compliance-import-done = Tuotu: { $created ->
    [one] yksi uusi nimi
   *[other] { $created } uutta nimeä
}, { $updated ->
    [one] yksi muutettu
   *[other] { $updated } muutettua
}.
compliance-import-failed = Mitään ei tuotu. Korjaa nämä rivit ja tuo tiedosto uudelleen:
# Variables: $line (the line's number in the file), $problem (what is wrong).
compliance-import-line = Rivi { $line }: { $problem }
compliance-import-duplicate = nimi on myös toisella rivillä
compliance-import-too-many-lines = tiedostossa on liian monta riviä
compliance-import-other = riviä ei voi lukea

## The queue of held texts.
compliance-queue-title = Tarkastettavana
compliance-queue-help-officer = Asiakkaan mainitsevat tekstit odottavat täällä, kunnes compliance-vastaava hyväksyy tai hylkää ne. Hyväksytty teksti julkaistaan kirjoittajansa nimissä. Et voi päättää omista teksteistäsi.
compliance-queue-help-author = Tekstisi, joissa mainittiin asiakas ja jotka odottavat compliance-vastaavaa, sekä tehdyt päätökset.
compliance-queue-waiting = Vain odottavat
compliance-queue-everything = Kaikki
compliance-queue-empty = Täällä ei ole mitään.
compliance-queue-by = Kirjoittaja
compliance-queue-in = Paikka
compliance-queue-kind = Tyyppi
compliance-queue-found = Löydetyt nimet
compliance-queue-status = Tila
compliance-queue-status-held = Odottaa
compliance-queue-status-released = Hyväksytty
compliance-queue-status-rejected = Hylätty
# Variables: $name (the officer), $date.
compliance-queue-decided = päättäjä: { $name }, { $date }
compliance-queue-reason = Perustelu
compliance-queue-release = Hyväksy
compliance-queue-reject = Hylkää
compliance-queue-decision-saved = Päätös tallennettu.
compliance-queue-decision = Päätös
compliance-queue-decide = Päätä
compliance-queue-open = Avaa julkaistu teksti
compliance-queue-next-page = Lisää
compliance-kind-status = Tilapäivitys
compliance-kind-blog-post = Blogikirjoitus
compliance-kind-topic = Keskustelupalstan aihe
compliance-kind-reply = Vastaus
compliance-kind-comment = Kommentti
compliance-kind-edit = Muokkaus
compliance-kind-translation = Käännös
compliance-kind-wiki-page = Wikisivu
compliance-kind-wiki-edit = Wikisivun muokkaus

## The audit trail.
compliance-audit-title = Tarkastusloki
compliance-audit-help = Lukemiset, lataukset, haut ja viennit rajatuissa yhteisöissä sekä niiden jäsenyysmuutokset; kaikkialla nimivahdin pysäyttämät nimet, tarkastuspäätökset sekä tarkkailulistan, roolien ja asetusten muutokset. Jokainen merkintä sisältää edellisen merkinnän tiivisteen, joten muutettu tai poistettu merkintä löytyy komennolla gemenskap audit verify.
compliance-audit-community = Yhteisön osoite
compliance-audit-person = Henkilö (numero)
compliance-audit-from = Alkupäivä
compliance-audit-to = Loppupäivä
compliance-audit-filter = Näytä
compliance-audit-csv = Lataa nämä merkinnät (CSV)
compliance-audit-empty = Ei merkintöjä.
compliance-audit-next-page = Myöhemmät merkinnät
compliance-audit-when = Aika
compliance-audit-who = Kuka
compliance-audit-what = Tapahtuma
compliance-audit-where = Paikka
compliance-audit-detail = Lisätiedot
compliance-audit-nobody = Järjestelmä
audit-action-item-read = Julkaisu luettu
audit-action-file-read = Tiedosto avattu
audit-action-file-download = Tiedosto ladattu
audit-action-inbox-read = Jaetun saapuneet-kansion keskustelu luettu
audit-action-inbox-attachment-download = Sähköpostin liite ladattu
audit-action-search-hits = Haku näytti yhteisön sisältöä
audit-action-similar-hits = Samankaltaiset kysymykset näyttivät yhteisön sisältöä
audit-action-suggest-hits = Kirjoitettaessa ehdotetut tulokset näyttivät yhteisön sisältöä
audit-action-stream-read = Syöte näytti yhteisön sisältöä
audit-action-export = Vienti
audit-action-membership = Jäsenyysmuutos
audit-action-guard-hit = Asiakasnimi pysäytetty
audit-action-held-released = Pidätetty teksti hyväksytty
audit-action-held-rejected = Pidätetty teksti hylätty
audit-action-watchlist-create = Tarkkailulista: nimi lisätty
audit-action-watchlist-update = Tarkkailulista: nimi muutettu
audit-action-watchlist-delete = Tarkkailulista: nimi poistettu
audit-action-role-change = Roolimuutos
audit-action-setting-change = Asetusmuutos
audit-action-audit-head = Ketjun viimeisimmän merkinnän päivittäinen tiiviste
