//! The demo organisation's conversation: status updates, blogs and forum threads in several
//! languages, read by `demo::conversation` to seed a new database. Pure data.
//!
//! Mentions are written `@{e-mail}`; the seeder turns them into mentions of that person.

/// What a thread starts with.
pub(super) enum DemoKind {
    Status,
    /// A blog post; `published: false` leaves it as the author's draft.
    Blog {
        published: bool,
    },
    /// A forum topic; `question` marks it as a question in a questions-mode forum.
    Topic {
        question: bool,
        pinned: bool,
    },
}

/// A reply (to a topic) or a comment (on a status update or blog post).
pub(super) struct DemoResponse {
    pub author: &'static str,
    pub lang: &'static str,
    pub body: &'static str,
    pub hours_ago: u32,
    pub likes: &'static [&'static str],
}

/// One status update, blog post or topic with its responses.
pub(super) struct DemoThread {
    /// The community's name as in `demo::communities`, or `None` for the author's profile.
    pub community: Option<&'static str>,
    pub kind: DemoKind,
    pub author: &'static str,
    pub lang: &'static str,
    /// Empty for status updates.
    pub title: &'static str,
    pub body: &'static str,
    pub tags: &'static [&'static str],
    pub hours_ago: u32,
    pub responses: &'static [DemoResponse],
    /// For an answered question: the index in `responses` of the accepted answer.
    pub accepted: Option<usize>,
    pub likes: &'static [&'static str],
}

pub(super) const THREADS: &[DemoThread] = &[
    // ---------------------------------------------------------------------------------------
    // Status updates, on the authors' own profiles.
    // ---------------------------------------------------------------------------------------
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "anna.lindqvist@nordbanken.example",
        lang: "sv",
        title: "",
        body: "Månadens Windows-uppdatering rullas ut i natt mellan 22 och 04. Låt datorn stå på och vara ansluten till laddaren, så slipper du vänta på omstarten i morgon bitti. ☕",
        tags: &[],
        hours_ago: 480,
        responses: &[
            DemoResponse {
                author: "mette.jensen@nordbanken.example",
                lang: "da",
                body: "Gælder det også os i København, eller kun Sverige?",
                hours_ago: 476,
                likes: &[],
            },
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: "Alla länder samtidigt, Mette – hela koncernen får uppdateringen i natt.",
                hours_ago: 471,
                likes: &["mette.jensen@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "erik.johansson@nordbanken.example",
            "lars.nielsen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "karin.berg@nordbanken.example",
        lang: "sv",
        title: "",
        body: "Årets AML-utbildning är öppen nu. Den tar ungefär 40 minuter och ska vara klar senast den 15 december. Du hittar den på https://intranet.nordbanken.example/learning/aml",
        tags: &[],
        hours_ago: 440,
        responses: &[DemoResponse {
            author: "tomasz.kowalski@nordbanken.example",
            lang: "pl",
            body: "Zrobione! Test końcowy był trudniejszy niż w zeszłym roku.",
            hours_ago: 431,
            likes: &["karin.berg@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "anna.lindqvist@nordbanken.example",
            "ingrid.haugen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "janis.berzins@nordbanken.example",
        lang: "lv",
        title: "",
        body: "Šodien Rīgas centra filiālē atvērām jaunu klientu zonu ar trim konsultāciju telpām. Pirmajā dienā mūs apmeklēja vairāk nekā simt klientu. Paldies komandai par lielisko darbu!",
        tags: &[],
        hours_ago: 310,
        responses: &[],
        accepted: None,
        likes: &[
            "kadri.tamm@nordbanken.example",
            "ruta.kazlauskiene@nordbanken.example",
            "ingrid.haugen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "mette.jensen@nordbanken.example",
        lang: "da",
        title: "",
        body: "SEPA Instant kører nu stabilt i Danmark: 99,98 % af betalingerne gik igennem på under 10 sekunder i sidste måned. Tak til alle, der hjalp med testene i sommer!",
        tags: &[],
        hours_ago: 270,
        responses: &[DemoResponse {
            author: "kadri.tamm@nordbanken.example",
            lang: "en",
            body: "Impressive! We'll be knocking on your door before the Baltic cut-over.",
            hours_ago: 265,
            likes: &["mette.jensen@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "lars.nielsen@nordbanken.example",
            "kadri.tamm@nordbanken.example",
            "ruta.kazlauskiene@nordbanken.example",
            "jonas.petraitis@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "tomasz.kowalski@nordbanken.example",
        lang: "pl",
        title: "",
        body: "Makro do uzgadniania wyciągów bankowych, nad którym pracowałem przez ostatni miesiąc, od dziś działa produkcyjnie. Zespół oszczędza około sześciu godzin tygodniowo. Następny cel: raporty miesięczne!",
        tags: &[],
        hours_ago: 250,
        responses: &[DemoResponse {
            author: "agnieszka.nowak@nordbanken.example",
            lang: "pl",
            body: "Gratulacje! Daj znać, kiedy znajdziesz chwilę – w dziale prawnym też mamy kilka ręcznych procesów, które aż proszą się o automatyzację.",
            hours_ago: 245,
            likes: &["tomasz.kowalski@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "agnieszka.nowak@nordbanken.example",
            "ruta.kazlauskiene@nordbanken.example",
            "anna.lindqvist@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "ola.nordmann@nordbanken.example",
        lang: "nb",
        title: "",
        body: "Tilbake fra kundebesøk i Bergen. Regn hele uka, men gode møter og mye god kaffe.",
        tags: &[],
        hours_ago: 205,
        responses: &[DemoResponse {
            author: "ingrid.haugen@nordbanken.example",
            lang: "nb",
            body: "Regn i Bergen? Det må være første gang 😉",
            hours_ago: 200,
            likes: &["ola.nordmann@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "ingrid.haugen@nordbanken.example",
            "mette.jensen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "lars.nielsen@nordbanken.example",
        lang: "da",
        title: "",
        body: "Betalingsarkivet er nu flyttet fra den gamle Oracle-database til PostgreSQL: 1,2 milliarder rækker og nul fejl i afstemningen. @{mette.jensen@nordbanken.example}, nu kører dine søgninger i arkivet på sekunder i stedet for minutter.",
        tags: &[],
        hours_ago: 180,
        responses: &[DemoResponse {
            author: "mette.jensen@nordbanken.example",
            lang: "da",
            body: "Det kan allerede mærkes! En søgning i tre års betalinger tog 4 sekunder i morges.",
            hours_ago: 175,
            likes: &["lars.nielsen@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "mette.jensen@nordbanken.example",
            "jonas.petraitis@nordbanken.example",
            "anna.lindqvist@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "kadri.tamm@nordbanken.example",
        lang: "et",
        title: "",
        body: "Mobiilipanga uus versioon on App Store'is ja Google Plays! Püsimakseid saab nüüd muuta otse rakenduses ja konto väljavõtte saab alla laadida PDF-failina. Suur aitäh kõigile testijatele!",
        tags: &[],
        hours_ago: 140,
        responses: &[DemoResponse {
            author: "ruta.kazlauskiene@nordbanken.example",
            lang: "en",
            body: "Already updated – the PDF statement is exactly what our customers kept asking for.",
            hours_ago: 133,
            likes: &["kadri.tamm@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "ruta.kazlauskiene@nordbanken.example",
            "janis.berzins@nordbanken.example",
            "mette.jensen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "katrin.mueller@nordbanken.example",
        lang: "de",
        title: "",
        body: "Die EZB hat die Leitzinsen heute wie erwartet unverändert gelassen. Spannender war die Pressekonferenz: EUR/SEK hat danach innerhalb einer Stunde fast ein Prozent zugelegt.",
        tags: &[],
        hours_ago: 104,
        responses: &[DemoResponse {
            author: "james.wilson@nordbanken.example",
            lang: "en",
            body: "Thanks, Katrin – I'll make sure that move is in the FX commentary for the quarter.",
            hours_ago: 101,
            likes: &["katrin.mueller@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "james.wilson@nordbanken.example",
            "mikko.virtanen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "aino.korhonen@nordbanken.example",
        lang: "fi",
        title: "",
        body: "Asuntolainakampanja alkoi tänään, ja puhelinpalveluumme tuli ennätysmäärä puheluita – yli 900 yhden päivän aikana. Kiitos koko tiimille, pysyitte rauhallisina koko päivän!",
        tags: &[],
        hours_ago: 96,
        responses: &[DemoResponse {
            author: "mikko.virtanen@nordbanken.example",
            lang: "fi",
            body: "Upeaa työtä! Tuon tiimille huomenna pullaa.",
            hours_ago: 90,
            likes: &["aino.korhonen@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "mikko.virtanen@nordbanken.example",
            "anna.lindqvist@nordbanken.example",
            "jonas.petraitis@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "ingrid.haugen@nordbanken.example",
        lang: "nb",
        title: "",
        body: "Vi søker en ny HR-partner for Baltikum med base i Riga. Kjenner du noen som passer? Utlysningen ligger på https://intranet.nordbanken.example/jobs/hr-partner-baltics – del den gjerne videre!",
        tags: &[],
        hours_ago: 75,
        responses: &[DemoResponse {
            author: "janis.berzins@nordbanken.example",
            lang: "lv",
            body: "Lieliska ziņa Rīgai! Noteikti pārsūtīšu sludinājumu saviem paziņām.",
            hours_ago: 70,
            likes: &["ingrid.haugen@nordbanken.example"],
        }],
        accepted: None,
        likes: &[
            "janis.berzins@nordbanken.example",
            "kadri.tamm@nordbanken.example",
            "anna.lindqvist@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "erik.johansson@nordbanken.example",
        lang: "sv",
        title: "",
        body: "Kreditkommittén godkände i dag vår nya modell för fastighetsbolag, efter ett års arbete. Stort tack till alla som har testat, kommenterat och stått ut med mina Excel-ark!",
        tags: &[],
        hours_ago: 60,
        responses: &[
            DemoResponse {
                author: "ola.nordmann@nordbanken.example",
                lang: "nb",
                body: "Gratulerer! Vel fortjent.",
                hours_ago: 58,
                likes: &["erik.johansson@nordbanken.example"],
            },
            DemoResponse {
                author: "lars.nielsen@nordbanken.example",
                lang: "da",
                body: "Tillykke! Så kan vi endelig pensionere det gamle regneark 😄",
                hours_ago: 55,
                likes: &[
                    "erik.johansson@nordbanken.example",
                    "ola.nordmann@nordbanken.example",
                ],
            },
        ],
        accepted: None,
        likes: &[
            "ola.nordmann@nordbanken.example",
            "lars.nielsen@nordbanken.example",
            "karin.berg@nordbanken.example",
            "mikko.virtanen@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "ruta.kazlauskiene@nordbanken.example",
        lang: "lt",
        title: "",
        body: "Šiandien baigiau kurti naują mokėjimų ataskaitų skydelį: visų Baltijos šalių duomenys dabar vienoje vietoje ir atnaujinami kas valandą. Jei trūksta kokio nors rodiklio, parašykite man!",
        tags: &[],
        hours_ago: 52,
        responses: &[
            DemoResponse {
                author: "jonas.petraitis@nordbanken.example",
                lang: "lt",
                body: "Puikus darbas! Ar galėtum pridėti atmestų mokėjimų skaičių pagal atmetimo priežastį? Saugumo komandai tai labai praverstų.",
                hours_ago: 47,
                likes: &["ruta.kazlauskiene@nordbanken.example"],
            },
            DemoResponse {
                author: "ruta.kazlauskiene@nordbanken.example",
                lang: "lt",
                body: "Žinoma, įtrauksiu iki penktadienio.",
                hours_ago: 44,
                likes: &["jonas.petraitis@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "jonas.petraitis@nordbanken.example",
            "kadri.tamm@nordbanken.example",
            "janis.berzins@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Status,
        author: "jonas.petraitis@nordbanken.example",
        lang: "en",
        title: "",
        body: "Heads-up: a phishing campaign is targeting our staff right now with fake \"MFA re-registration\" e-mails. We will never ask you to re-register MFA through a link in an e-mail. Report suspicious messages with the **Report phishing** button in Outlook, then delete them.",
        tags: &[],
        hours_ago: 30,
        responses: &[
            DemoResponse {
                author: "karin.berg@nordbanken.example",
                lang: "sv",
                body: "Tack Jonas! Vi har fått in tre sådana mejl på Compliance bara i morse.",
                hours_ago: 26,
                likes: &["jonas.petraitis@nordbanken.example"],
            },
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: "Helpdesk har också fått flera samtal om det här. Ring oss hellre en gång för mycket än en gång för lite!",
                hours_ago: 21,
                likes: &[
                    "jonas.petraitis@nordbanken.example",
                    "karin.berg@nordbanken.example",
                ],
            },
        ],
        accepted: None,
        likes: &[
            "anna.lindqvist@nordbanken.example",
            "karin.berg@nordbanken.example",
            "james.wilson@nordbanken.example",
            "erik.johansson@nordbanken.example",
            "mette.jensen@nordbanken.example",
        ],
    },
    // ---------------------------------------------------------------------------------------
    // Blog posts: personal ones and in project communities, one of them a draft.
    // ---------------------------------------------------------------------------------------
    DemoThread {
        community: None,
        kind: DemoKind::Blog { published: true },
        author: "ingrid.haugen@nordbanken.example",
        lang: "nb",
        title: "Fem ting vi har lært om onboarding på avstand",
        body: r#"I år har vi tatt imot 38 nye kolleger, og over halvparten startet med en hjemmekontordag eller to. Her er det vi har lært så langt:

1. **Utstyret må være klart dag én.** Ingenting er verre enn en ny medarbeider som venter på PC. Takk til @{anna.lindqvist@nordbanken.example} og helpdesk, som nå leverer ferdig oppsatte maskiner dagen før oppstart.
2. **En fadder er viktigere enn et program.** Den nye trenger noen å spørre om de små tingene.
3. **Første uke trenger luft.** Vi har kuttet antall obligatoriske kurs fra ni til fire.
4. **Møt teamet fysisk så tidlig som mulig,** selv om resten av jobben skjer på Teams.
5. **Spør etter 30 dager.** Den korte undersøkelsen vi sender ut, har gitt oss de beste forbedringsforslagene.

Har du flere tips? Skriv dem gjerne i kommentarfeltet."#,
        tags: &["onboarding", "leadership", "hr"],
        hours_ago: 450,
        responses: &[
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: "Tack Ingrid! Punkt 1 är vi stolta över. Ett tips från vår sida: be chefen beställa behörigheterna minst fem arbetsdagar innan, så hinner vi testa allt.",
                hours_ago: 440,
                likes: &["ingrid.haugen@nordbanken.example"],
            },
            DemoResponse {
                author: "kadri.tamm@nordbanken.example",
                lang: "et",
                body: "Väga hea kokkuvõte! Ka meil Tallinnas on tugiisik kõige olulisem. Lisaksin veel ühe asja: andke uuele kolleegile esimesel päeval lühike sõnastik panga lühenditest – meil on neid sadu.",
                hours_ago: 420,
                likes: &[
                    "ingrid.haugen@nordbanken.example",
                    "janis.berzins@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ingrid.haugen@nordbanken.example",
                lang: "nb",
                body: "God idé, Kadri! Vi lager en felles ordliste på intranettet, og jeg starter på den i morgen.",
                hours_ago: 412,
                likes: &["kadri.tamm@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "anna.lindqvist@nordbanken.example",
            "kadri.tamm@nordbanken.example",
            "james.wilson@nordbanken.example",
            "mette.jensen@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Hållbar finansiering"),
        kind: DemoKind::Blog { published: true },
        author: "karin.berg@nordbanken.example",
        lang: "sv",
        title: "Gröna bolån och EU-taxonomin – så gör vi från januari",
        body: r#"Från den 1 januari gäller nya interna riktlinjer för när ett bolån får kallas grönt. Här är det viktigaste i korthet.

**Vad krävs?**
- Bostaden ska ha energiklass A eller B, eller tillhöra de 15 % mest energieffektiva byggnaderna i landet enligt taxonomins kriterier.
- Energideklarationen får inte vara äldre än tio år.
- Kunden ska ha samtyckt till att vi hämtar uppgifterna ur energideklarationsregistret.

**Vad ändras för rådgivarna?**
Rabatten på 0,10 procentenheter läggs in automatiskt när energiklassen är verifierad. Ingen manuell hantering behövs längre – men samtycket måste fortfarande dokumenteras.

**Finland och Baltikum**
Registren ser olika ut i varje land. @{aino.korhonen@nordbanken.example} har hjälpt oss att kartlägga hur det fungerar i Finland, och vi återkommer om Baltikum i februari.

Frågor? Skriv en kommentar här eller läs hela riktlinjen på https://intranet.nordbanken.example/policies/green-mortgages."#,
        tags: &["green-loans", "taxonomy", "mortgages"],
        hours_ago: 380,
        responses: &[
            DemoResponse {
                author: "erik.johansson@nordbanken.example",
                lang: "sv",
                body: "Bra sammanfattning! Gäller samma kriterier för gröna lån till kommersiella fastigheter, eller kommer det en separat riktlinje?",
                hours_ago: 372,
                likes: &["karin.berg@nordbanken.example"],
            },
            DemoResponse {
                author: "karin.berg@nordbanken.example",
                lang: "sv",
                body: "En separat riktlinje för kommersiella fastigheter kommer i mars. Där blir kraven på energiprestanda och klimatriskanalys hårdare.",
                hours_ago: 366,
                likes: &["erik.johansson@nordbanken.example"],
            },
            DemoResponse {
                author: "aino.korhonen@nordbanken.example",
                lang: "en",
                body: "Happy to help! In Finland the energy certificate register is kept by ARA, and we can fetch the energy class automatically for about 70 % of new applications. For the rest we still need a copy of the certificate from the customer.",
                hours_ago: 351,
                likes: &[
                    "karin.berg@nordbanken.example",
                    "mikko.virtanen@nordbanken.example",
                ],
            },
        ],
        accepted: None,
        likes: &[
            "erik.johansson@nordbanken.example",
            "aino.korhonen@nordbanken.example",
            "anna.lindqvist@nordbanken.example",
            "mikko.virtanen@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Myynti Suomi"),
        kind: DemoKind::Blog { published: true },
        author: "mikko.virtanen@nordbanken.example",
        lang: "fi",
        title: "Q4:n myyntitavoitteet ja asuntolainakampanja",
        body: r#"Hei kaikki,

viimeinen neljännes on alkanut, joten kerrataan vielä tämän vuoden tavoitteet:

- **Asuntolainat:** 120 milj. euroa uusia lainoja (tilanne nyt 84 milj. euroa)
- **Vihreät asuntolainat:** vähintään 25 % kaikista uusista asuntolainoista
- **Rahastosäästäminen:** 600 uutta säästösopimusta

Asuntolainakampanja alkaa 1.11. ja jatkuu vuoden loppuun. Kampanjamateriaalit löytyvät [tiedostoista](https://intranet.nordbanken.example/c/myynti-suomi/files), ja asiakkaat saavat kampanjaviestin mobiilisovellukseen kampanjan ensimmäisenä päivänä.

Kiitos hienosta työstä tähän asti – kolmas neljännes oli vuoden paras!"#,
        tags: &["sales", "mortgages", "green-loans"],
        hours_ago: 330,
        responses: &[
            DemoResponse {
                author: "aino.korhonen@nordbanken.example",
                lang: "fi",
                body: "Kiitos! Asiakkaat kyselevät vihreistä asuntolainoista jo nyt. Voisiko materiaaleihin lisätä esimerkin siitä, miten energialuokka vaikuttaa korkoon? Se helpottaisi puhelinpalvelussa paljon.",
                hours_ago: 322,
                likes: &["mikko.virtanen@nordbanken.example"],
            },
            DemoResponse {
                author: "mikko.virtanen@nordbanken.example",
                lang: "fi",
                body: "Hyvä idea! Lisään esimerkkilaskelman materiaaleihin tällä viikolla.",
                hours_ago: 316,
                likes: &["aino.korhonen@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "aino.korhonen@nordbanken.example",
            "erik.johansson@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Baltic Payments Programme"),
        kind: DemoKind::Blog { published: true },
        author: "janis.berzins@nordbanken.example",
        lang: "lv",
        title: "Rīgas filiāles ir gatavas tūlītējiem maksājumiem",
        body: r#"Šonedēļ pabeidzām apmācības visās Rīgas filiālēs. Īss kopsavilkums:

- Apmācīti 46 darbinieki no 48; pārējie divi apmācību pabeigs pēc atvaļinājuma.
- Katrā filiālē ir viens atbildīgais darbinieks, kas pirmajās nedēļās palīdzēs kolēģiem.
- Informatīvie materiāli klientiem ir pieejami latviešu, krievu un angļu valodā.

Filiālēs visvairāk jautā par to, ko darīt, ja maksājums nosūtīts nepareizam saņēmējam. Tūlītējo maksājumu nevar atsaukt, tāpēc esam sagatavojuši īsu instrukciju, kā pieprasīt naudas atmaksu. Tā ir pieejama sadaļā **Faili**."#,
        tags: &["instant-payments", "training"],
        hours_ago: 220,
        responses: &[
            DemoResponse {
                author: "kadri.tamm@nordbanken.example",
                lang: "en",
                body: "Great work, Jānis! Could we reuse the recall instruction in Tallinn and Vilnius? @{ruta.kazlauskiene@nordbanken.example}, would you translate it for the Lithuanian branches? We'll do the Estonian one.",
                hours_ago: 212,
                likes: &[
                    "janis.berzins@nordbanken.example",
                    "ruta.kazlauskiene@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ruta.kazlauskiene@nordbanken.example",
                lang: "en",
                body: "Sure – the Lithuanian version will be in Files by Friday.",
                hours_ago: 207,
                likes: &["kadri.tamm@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "kadri.tamm@nordbanken.example",
            "ruta.kazlauskiene@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Blog { published: true },
        author: "james.wilson@nordbanken.example",
        lang: "en",
        title: "Results day, from the inside",
        body: r#"Every quarter someone asks me what actually happens on results day, so here is the short version.

- **05:30** – The final numbers are locked. Nobody touches the spreadsheet after this, not even the CFO.
- **07:00** – The report goes out through the stock exchange, in Swedish and English at the same second.
- **07:30–09:00** – Calls with the newswires and the first analysts. Most questions are about net interest income and credit losses.
- **10:00** – The webcast. About 300 people listen live, and roughly as many afterwards.
- **Afternoon** – Investor meetings in Stockholm, London and Helsinki, often back to back.

What makes the day work is everyone who delivers the numbers in the weeks before: finance, risk, treasury and the country teams. Thank you!

And please keep the quiet period in mind: from the end of the quarter until the report is out, we don't discuss results with anyone outside the bank. The details are in the [disclosure policy](https://intranet.nordbanken.example/policies/disclosure)."#,
        tags: &["investor-relations", "results", "reporting"],
        hours_ago: 160,
        responses: &[
            DemoResponse {
                author: "katrin.mueller@nordbanken.example",
                lang: "de",
                body: "Sehr spannend! Und danke für den Hinweis auf die Quiet Period – das kann man nicht oft genug sagen.",
                hours_ago: 152,
                likes: &["james.wilson@nordbanken.example"],
            },
            DemoResponse {
                author: "mikko.virtanen@nordbanken.example",
                lang: "en",
                body: "Good read. From the risk side: the credit loss figure is usually the last one we sign off, around ten the evening before.",
                hours_ago: 147,
                likes: &[
                    "james.wilson@nordbanken.example",
                    "erik.johansson@nordbanken.example",
                ],
            },
        ],
        accepted: None,
        likes: &[
            "anna.lindqvist@nordbanken.example",
            "katrin.mueller@nordbanken.example",
            "mikko.virtanen@nordbanken.example",
            "ingrid.haugen@nordbanken.example",
            "tomasz.kowalski@nordbanken.example",
        ],
    },
    DemoThread {
        community: None,
        kind: DemoKind::Blog { published: false },
        author: "agnieszka.nowak@nordbanken.example",
        lang: "pl",
        title: "RODO w codziennej pracy: co wolno publikować na intranecie",
        body: r#"Szkic – uzupełnię przed publikacją.

Coraz częściej dostajemy pytania, czy można wrzucić na intranet zdjęcie z imprezy zespołowej albo listę uczestników szkolenia. Krótka odpowiedź: zazwyczaj tak, ale z głową.

**Można bez obaw:**
- imię, nazwisko, stanowisko i dział współpracowników,
- informacje o projektach, które nie zawierają danych klientów.

**Trzeba uważać na:**
- zdjęcia, na których ktoś jest wyraźnie rozpoznawalny – najpierw zapytaj o zgodę,
- informacje o zdrowiu, nieobecnościach i urlopach,
- jakiekolwiek dane klientów, także na zrzutach ekranu.

TODO: dodać przykłady od HR i link do polityki ochrony danych."#,
        tags: &["gdpr", "privacy"],
        hours_ago: 40,
        responses: &[],
        accepted: None,
        likes: &[],
    },
    // ---------------------------------------------------------------------------------------
    // IT Helpdesk (questions mode): a pinned guide, answered and open questions.
    // ---------------------------------------------------------------------------------------
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: false,
            pinned: true,
        },
        author: "anna.lindqvist@nordbanken.example",
        lang: "sv",
        title: "Läs detta först: så får du snabbast hjälp",
        body: r#"Välkommen till IT Helpdesk! Här kan du ställa frågor om datorer, telefoner, behörigheter och intranätet. Skriv på svenska, engelska, finska, norska eller danska – vi svarar så gott vi kan på samma språk.

**Innan du frågar**
- Sök först: många svar finns redan i [wikin](https://intranet.nordbanken.example/c/it-helpdesk/wiki).
- En fråga per tråd, och en rubrik som beskriver problemet ("VPN bryts efter tio minuter" säger mer än "Hjälp!").
- Skriv vilken dator eller telefon du har och vilket felmeddelande du ser. Skärmbilder är guld värda.

**Skriv aldrig lösenord, engångskoder eller kunduppgifter här.** Forumet kan läsas av alla anställda.

Fel som stoppar kundarbetet ringer du in på 0771-123 456, dygnet runt. Frågor på finska tar @{mikko.virtanen@nordbanken.example} gärna hand om.

När du har fått ett svar som löser problemet: markera det som accepterat, så hittar nästa person det direkt."#,
        tags: &["helpdesk", "onboarding"],
        hours_ago: 498,
        responses: &[
            DemoResponse {
                author: "james.wilson@nordbanken.example",
                lang: "en",
                body: "Could we pin an English version as well? Most of my team in London will read this through the translate button, which works, but the part about never posting passwords deserves to be unmistakable.",
                hours_ago: 470,
                likes: &[
                    "ola.nordmann@nordbanken.example",
                    "mette.jensen@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "en",
                body: "Fair point, James – I've added an English summary at the top of the wiki page. The phone number is the same for everyone.",
                hours_ago: 465,
                likes: &["james.wilson@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "mikko.virtanen@nordbanken.example",
            "erik.johansson@nordbanken.example",
            "ola.nordmann@nordbanken.example",
            "james.wilson@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "mikko.virtanen@nordbanken.example",
        lang: "fi",
        title: "VPN-yhteys katkeaa kotona noin kymmenen minuutin välein",
        body: r#"Hei! Olen tehnyt tällä viikolla etätöitä, ja VPN-yhteys katkeaa noin kymmenen minuutin välein. Yhteys palautuu itsestään, mutta Teams-puhelut ja riskiraporttien ajot keskeytyvät joka kerta.

- Kone: uusi ThinkPad (vaihdettu syyskuussa)
- Kotiverkko: valokuitu, Wi-Fi 5 GHz
- Virheilmoitus: `Gateway unreachable (code 4012)`

Toimistolla kaikki toimii normaalisti. Onko muilla samaa ongelmaa?"#,
        tags: &["vpn", "remote-work"],
        hours_ago: 410,
        responses: &[
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: "Hej Mikko! Vi har sett samma felkod hos några användare sedan förra veckans klientuppdatering. Prova först att stänga av energisparläget för nätverkskortet (Enhetshanteraren → nätverkskortet → fliken Energihantering). Om det inte hjälper misstänker jag gatewayen – @{jonas.petraitis@nordbanken.example}, har ni ändrat något i VPN-profilerna?",
                hours_ago: 402,
                likes: &[],
            },
            DemoResponse {
                author: "jonas.petraitis@nordbanken.example",
                lang: "en",
                body: r#"Yes – sorry, that's on us. The old gateway `vpn-eu1` now drops idle tunnels after ten minutes, and laptops installed from the August image still point to it. To fix it:

1. Open the VPN client and choose **Settings → Portal**.
2. Replace the address with `vpn-eu2.nordbanken.example`.
3. Disconnect and connect again.

The client update that rolls out on Thursday sets the new address automatically."#,
                hours_ago: 396,
                likes: &[
                    "mikko.virtanen@nordbanken.example",
                    "anna.lindqvist@nordbanken.example",
                    "ola.nordmann@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "mikko.virtanen@nordbanken.example",
                lang: "fi",
                body: "Kiitos molemmille! Vaihdoin osoitteen, ja yhteys on pysynyt nyt kaksi tuntia ilman katkoja. Merkitsen Jonasin vastauksen hyväksytyksi.",
                hours_ago: 390,
                likes: &["jonas.petraitis@nordbanken.example"],
            },
        ],
        accepted: Some(1),
        likes: &[
            "aino.korhonen@nordbanken.example",
            "ola.nordmann@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "erik.johansson@nordbanken.example",
        lang: "sv",
        title: "Byte av laptop – vad händer med mina lokala filer?",
        body: r#"Jag har fått en kallelse om att byta min gamla laptop nästa vecka. Vad händer med filerna som ligger lokalt, till exempel mina kreditmodeller i Excel under `C:\Data\Modeller`? Synkas de automatiskt, eller måste jag flytta dem själv?

Och hur lång tid tar själva bytet – behöver jag boka bort hela förmiddagen?"#,
        tags: &["laptop", "onedrive"],
        hours_ago: 350,
        responses: &[
            DemoResponse {
                author: "lars.nielsen@nordbanken.example",
                lang: "da",
                body: r#"Hej Erik! Alt under *Dokumenter* og *Skrivebord* bliver synkroniseret til OneDrive og ligger klar på den nye maskine. `C:\Data` bliver **ikke** synkroniseret, så flyt mappen ind i OneDrive inden byttet, og tjek, at det grønne flueben er kommet frem.

Selve byttet tager omkring 45 minutter inklusive opsætning af MFA og printere."#,
                hours_ago: 344,
                likes: &[
                    "erik.johansson@nordbanken.example",
                    "anna.lindqvist@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: "Precis som Lars skriver. Ett tips: boka en tid tidigt på dagen via https://intranet.nordbanken.example/it/laptop-byte – då hinner vi rätta till eventuella behörigheter före lunch.",
                hours_ago: 340,
                likes: &["erik.johansson@nordbanken.example"],
            },
            DemoResponse {
                author: "erik.johansson@nordbanken.example",
                lang: "sv",
                body: "Tack båda två! Mappen är flyttad och synkad, och jag har bokat tisdag klockan 8.",
                hours_ago: 331,
                likes: &[],
            },
        ],
        accepted: Some(0),
        likes: &["james.wilson@nordbanken.example"],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "ola.nordmann@nordbanken.example",
        lang: "nb",
        title: "Ny telefon – hvordan flytter jeg MFA-tokenet?",
        body: "Hei! Jeg får ny jobbtelefon på fredag og må levere inn den gamle samme dag. Hvordan flytter jeg Authenticator-appen uten å bli låst ute? Jeg har kundemøte i Bergen mandag morgen og må kunne logge inn fra hotellet.",
        tags: &["mfa", "phone"],
        hours_ago: 300,
        responses: &[
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "sv",
                body: r#"Hej Ola! Gör så här **innan** du lämnar in den gamla telefonen:

1. Logga in på https://intranet.nordbanken.example/security/mfa från datorn.
2. Välj **Lägg till enhet** och skanna QR-koden med Authenticator på den nya telefonen.
3. Godkänn en testinloggning på den nya telefonen.
4. Ta bort den gamla enheten ur listan.

Om du ändå blir utelåst kan servicedesk ge dig en tillfällig kod när de har verifierat dig via video. Det tar ungefär en kvart."#,
                hours_ago: 296,
                likes: &[
                    "ola.nordmann@nordbanken.example",
                    "mette.jensen@nordbanken.example",
                    "erik.johansson@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ola.nordmann@nordbanken.example",
                lang: "nb",
                body: "Tusen takk, det gikk helt smertefritt. Begge telefonene lå i listen en liten stund, og nå er den gamle slettet.",
                hours_ago: 290,
                likes: &["anna.lindqvist@nordbanken.example"],
            },
            DemoResponse {
                author: "mette.jensen@nordbanken.example",
                lang: "da",
                body: "Tak for guiden – den gemmer jeg til næste gang. Den burde stå i wikien, hvis den ikke allerede gør.",
                hours_ago: 251,
                likes: &["anna.lindqvist@nordbanken.example"],
            },
        ],
        accepted: Some(0),
        likes: &[
            "mette.jensen@nordbanken.example",
            "ingrid.haugen@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "james.wilson@nordbanken.example",
        lang: "en",
        title: "External guests can't see my screen share in Teams",
        body: "We hold the quarterly results call for analysts next week. In today's rehearsal, external guests could hear us fine but saw only a black window when I shared the presentation. Colleagues inside the bank saw it without problems. Is there a setting I'm missing, or is this blocked by policy?",
        tags: &["teams", "meetings"],
        hours_ago: 230,
        responses: &[
            DemoResponse {
                author: "mikko.virtanen@nordbanken.example",
                lang: "en",
                body: "It's the policy, not you. Screen sharing with external participants is only allowed in meetings created from the **External event** template, because those are logged. Recreate the invitation from that template (*New meeting → Templates*) and share again – it should work straight away.",
                hours_ago: 224,
                likes: &[
                    "james.wilson@nordbanken.example",
                    "anna.lindqvist@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "james.wilson@nordbanken.example",
                lang: "en",
                body: "That did it – the second rehearsal went without a hitch. Thanks, Mikko!",
                hours_ago: 201,
                likes: &["mikko.virtanen@nordbanken.example"],
            },
        ],
        accepted: Some(0),
        likes: &["katrin.mueller@nordbanken.example"],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "mette.jensen@nordbanken.example",
        lang: "da",
        title: "Udlægsappen afviser kvitteringer i euro",
        body: r#"Jeg var til et SEPA-møde i Frankfurt i sidste uge, og udlægsappen afviser alle mine kvitteringer med beskeden *"Beløbet kunne ikke aflæses"*. Kvitteringer i danske kroner går fint igennem.

Jeg har prøvet at tage billederne igen i dagslys, men det hjælper ikke. Er der nogen, der har fundet en løsning?"#,
        tags: &["expenses", "travel"],
        hours_ago: 200,
        responses: &[
            DemoResponse {
                author: "tomasz.kowalski@nordbanken.example",
                lang: "pl",
                body: "U mnie to samo – paragony w euro z delegacji do Wilna są odrzucane, a polskie przechodzą bez problemu. Wygląda na to, że aplikacja akceptuje tylko walutę kraju, w którym jesteśmy zatrudnieni.",
                hours_ago: 190,
                likes: &["mette.jensen@nordbanken.example"],
            },
            DemoResponse {
                author: "anna.lindqvist@nordbanken.example",
                lang: "en",
                body: "Thanks both, we can reproduce it: receipts in any currency other than your home currency fail since last week's app update, and we've opened a case with the vendor. Until it's fixed, choose **Manual entry**, type the amount and currency yourself and attach the photo – approvers have been told to accept those. I'll post here when there is a real fix.",
                hours_ago: 150,
                likes: &[
                    "mette.jensen@nordbanken.example",
                    "tomasz.kowalski@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "mette.jensen@nordbanken.example",
                lang: "da",
                body: "Tak, Anna! Manuel indtastning virker fint. Jeg lader spørgsmålet stå åbent, indtil der er en rigtig løsning.",
                hours_ago: 141,
                likes: &[],
            },
        ],
        accepted: None,
        likes: &[
            "tomasz.kowalski@nordbanken.example",
            "katrin.mueller@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "james.wilson@nordbanken.example",
        lang: "en",
        title: "Bloomberg Excel add-in missing on the new laptop image",
        body: "Since my laptop was replaced, the Bloomberg tab is gone from Excel. The Terminal itself works, and I've tried *Install Office Add-in* from the Bloomberg menu, but it stops with `Access denied`. I need live prices in the board pack model by the end of the month. Is the add-in on the approved list for the new image?",
        tags: &["laptop", "excel"],
        hours_ago: 120,
        responses: &[
            DemoResponse {
                author: "katrin.mueller@nordbanken.example",
                lang: "de",
                body: "Gleiches Problem hier in Frankfurt seit dem Laptop-Tausch. Übergangsweise arbeite ich mit Excel-Exporten aus dem Terminal, aber für Live-Kurse ist das natürlich keine Lösung.",
                hours_ago: 100,
                likes: &["james.wilson@nordbanken.example"],
            },
            DemoResponse {
                author: "erik.johansson@nordbanken.example",
                lang: "sv",
                body: "Samma här. Jag har lagt en beställning i självbetjäningsportalen, men den har stått som *Väntar på godkännande* i fyra dagar nu.",
                hours_ago: 81,
                likes: &[
                    "james.wilson@nordbanken.example",
                    "katrin.mueller@nordbanken.example",
                ],
            },
        ],
        accepted: None,
        likes: &[
            "katrin.mueller@nordbanken.example",
            "erik.johansson@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("IT Helpdesk"),
        kind: DemoKind::Topic {
            question: true,
            pinned: false,
        },
        author: "ola.nordmann@nordbanken.example",
        lang: "nb",
        title: "Skriveren i 4. etasje i Oslo skriver bare ut blanke ark",
        body: "Skriveren ved kjøkkenet i 4. etasje (NB-OSL-4-02) har skrevet ut blanke ark siden i morges. Jobbene kommer gjennom, og displayet sier at alt er i orden. Vi har fylt på papir og slått den av og på. Er dette en kjent feil, eller skal jeg melde en sak?",
        tags: &["printer"],
        hours_ago: 20,
        responses: &[],
        accepted: None,
        likes: &["ingrid.haugen@nordbanken.example"],
    },
    // ---------------------------------------------------------------------------------------
    // Discussions in the other communities' forums.
    // ---------------------------------------------------------------------------------------
    DemoThread {
        community: Some("Baltic Payments Programme"),
        kind: DemoKind::Topic {
            question: false,
            pinned: false,
        },
        author: "ruta.kazlauskiene@nordbanken.example",
        lang: "en",
        title: "Daily reconciliation report for instant payments – what do you need in it?",
        body: r#"I'm building the daily reconciliation report for the instant-payments cut-over and would like us to agree on the content before I write the SQL. My proposal:

- Count and sum of incoming and outgoing instant payments per country
- Payments rejected by the scheme, with reason code
- Payments that took longer than 10 seconds end to end
- Differences between our ledger and the TIPS settlement account

Anything missing? I'd like to show a first version at next week's steering group."#,
        tags: &["instant-payments", "reporting"],
        hours_ago: 280,
        responses: &[
            DemoResponse {
                author: "kadri.tamm@nordbanken.example",
                lang: "en",
                body: "Looks good. From the app side it would help to see how many payments customers started in the mobile app but cancelled at the confirmation step – that's our best early signal of UX problems.",
                hours_ago: 271,
                likes: &["ruta.kazlauskiene@nordbanken.example"],
            },
            DemoResponse {
                author: "janis.berzins@nordbanken.example",
                lang: "en",
                body: "Please add a split by channel (branch, internet bank, app). For the branches I'd also like the number of manual returns, so we can see how much extra work lands on the staff in the first weeks.",
                hours_ago: 263,
                likes: &[
                    "ruta.kazlauskiene@nordbanken.example",
                    "kadri.tamm@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ruta.kazlauskiene@nordbanken.example",
                lang: "en",
                body: "Thanks, both added. The channel split is easy; the cancelled-in-app figure needs an event from the app log, so @{kadri.tamm@nordbanken.example}, could your team make it available in the data warehouse?",
                hours_ago: 255,
                likes: &["kadri.tamm@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "janis.berzins@nordbanken.example",
            "kadri.tamm@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Kredittrisiko Norden"),
        kind: DemoKind::Topic {
            question: false,
            pinned: false,
        },
        author: "ola.nordmann@nordbanken.example",
        lang: "nb",
        title: "Backtesting av PD-modellen for næringseiendom – resultater for 3. kvartal",
        body: r#"Hei alle sammen,

backtestingen for tredje kvartal er ferdig. Kort oppsummert:

- Modellen treffer godt på kontor og logistikk.
- For **handel** undervurderer vi misligholdsraten: observert 2,1 % mot forventet 1,4 %.
- Det er for få boligprosjekter under oppføring til å si noe sikkert.

Jeg foreslår at vi legger inn en midlertidig margin på handel frem til rekalibreringen i vår. @{erik.johansson@nordbanken.example}, ser dere det samme i den svenske porteføljen? Hele rapporten ligger under [Filer](https://intranet.nordbanken.example/c/kredittrisiko-norden/files)."#,
        tags: &["credit-risk", "models", "real-estate"],
        hours_ago: 260,
        responses: &[
            DemoResponse {
                author: "erik.johansson@nordbanken.example",
                lang: "sv",
                body: "Ja, samma mönster hos oss, men svagare: 1,8 % observerat mot 1,5 % förväntat för handelsfastigheter. Jag stöder en tillfällig marginal, men vi bör dokumentera den som en expertjustering så att valideringen inte blir överraskad i vår.",
                hours_ago: 251,
                likes: &["ola.nordmann@nordbanken.example"],
            },
            DemoResponse {
                author: "lars.nielsen@nordbanken.example",
                lang: "da",
                body: "Jeg kan lægge marginen ind som en parameter i beregningsmotoren, så den kan fjernes igen uden kodeændringer. Skal den gælde fra næste månedskørsel?",
                hours_ago: 242,
                likes: &[
                    "ola.nordmann@nordbanken.example",
                    "erik.johansson@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ola.nordmann@nordbanken.example",
                lang: "nb",
                body: "Ja, fra neste månedskjøring. Jeg tar saken opp i kredittkomiteen på torsdag.",
                hours_ago: 236,
                likes: &["lars.nielsen@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "erik.johansson@nordbanken.example",
            "lars.nielsen@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Fjordkraft Shipping AS – refinansiering"),
        kind: DemoKind::Topic {
            question: false,
            pinned: false,
        },
        author: "ola.nordmann@nordbanken.example",
        lang: "nb",
        title: "Kredittinnstilling klar til gjennomgang",
        body: r#"Utkastet til kredittinnstilling for refinansieringen av Fjordkraft Shipping ligger nå under Filer. Hovedpunkter:

- Ny fasilitet på USD 240 mill. over seks år, sikret med pant i åtte skip
- Maksimal belåningsgrad (LTV) på 65 %
- En grønn del på USD 80 mill. knyttet til de to nye LNG-drevne skipene

@{karin.berg@nordbanken.example}, kan du bekrefte at innsidelisten er oppdatert før vi sender saken til kredittkomiteen? Kunden ønsker signering før jul."#,
        tags: &["credit-approval"],
        hours_ago: 170,
        responses: &[
            DemoResponse {
                author: "karin.berg@nordbanken.example",
                lang: "sv",
                body: "Insiderlistan är uppdaterad med alla i det här rummet plus två från kreditkommittén. Kom ihåg att ingen av oss får handla i bolagets obligationer förrän affären är offentlig. Jag läser utkastet i eftermiddag.",
                hours_ago: 162,
                likes: &[
                    "ola.nordmann@nordbanken.example",
                    "ingrid.haugen@nordbanken.example",
                ],
            },
            DemoResponse {
                author: "ingrid.haugen@nordbanken.example",
                lang: "nb",
                body: "Takk begge to. Jeg har booket møte med kunden onsdag kl. 10 for å gå gjennom vilkårene. Ola, kan du ta med de oppdaterte takstene på skipene?",
                hours_ago: 151,
                likes: &["ola.nordmann@nordbanken.example"],
            },
            DemoResponse {
                author: "ola.nordmann@nordbanken.example",
                lang: "nb",
                body: "Klart. Takstene fra begge meglerne kom i går, og snittet ligger 4 % over forrige runde.",
                hours_ago: 145,
                likes: &["ingrid.haugen@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &[
            "ingrid.haugen@nordbanken.example",
            "karin.berg@nordbanken.example",
        ],
    },
    DemoThread {
        community: Some("Projekt Bernstein – Übernahme"),
        kind: DemoKind::Topic {
            question: false,
            pinned: false,
        },
        author: "katrin.mueller@nordbanken.example",
        lang: "de",
        title: "Bewertung: Annahmen für das DCF-Modell",
        body: r#"Für das Treffen mit dem Mandanten am Freitag brauchen wir eine erste Bandbreite für den Unternehmenswert der Zielgesellschaft. Mein Vorschlag für die Annahmen:

- WACC zwischen 8,0 % und 9,0 %
- Langfristige Wachstumsrate 1,5 %
- EBITDA-Marge steigt bis 2028 auf 14 %

@{tomasz.kowalski@nordbanken.example}, kannst du die Sensitivitätstabelle bis Mittwochabend aktualisieren? Bitte alle Unterlagen nur in diesem Raum ablegen – Projekt Bernstein steht auf der Insiderliste."#,
        tags: &["valuation"],
        hours_ago: 130,
        responses: &[
            DemoResponse {
                author: "tomasz.kowalski@nordbanken.example",
                lang: "en",
                body: "Done – the updated sensitivity table is in Files (`Bernstein_DCF_v3.xlsx`). At 8.5 % WACC and 1.5 % growth we land at EUR 410–445m. One flag: the target's latest accounts include a one-off property sale of about EUR 12m, which I've taken out of EBITDA.",
                hours_ago: 119,
                likes: &["katrin.mueller@nordbanken.example"],
            },
            DemoResponse {
                author: "katrin.mueller@nordbanken.example",
                lang: "de",
                body: "Danke, gut aufgepasst beim Immobilienverkauf! Ich übernehme die Bandbreite so in die Präsentation.",
                hours_ago: 110,
                likes: &["tomasz.kowalski@nordbanken.example"],
            },
        ],
        accepted: None,
        likes: &["tomasz.kowalski@nordbanken.example"],
    },
];

/// A colleague's translation of a thread's first item, which `of` names by the start of its
/// title (or, for a status update, of its text).
pub(super) struct DemoTranslation {
    pub of: &'static str,
    pub lang: &'static str,
    pub translator: &'static str,
    pub title: &'static str,
    pub body: &'static str,
}

pub(super) const TRANSLATIONS: &[DemoTranslation] = &[
    DemoTranslation {
        of: "VPN-yhteys katkeaa kotona",
        lang: "sv",
        translator: "erik.johansson@nordbanken.example",
        title: "VPN-anslutningen bryts hemma ungefär var tionde minut",
        body: "Hej! Jag har jobbat hemifrån den här veckan, och VPN-anslutningen bryts ungefär var tionde minut. Den kommer tillbaka av sig själv, men Teams-samtal och körningar av riskrapporter avbryts varje gång.\n\n- Dator: ny ThinkPad (bytt i september)\n- Hemnätverk: fiber, Wi-Fi 5 GHz\n- Felmeddelande: `Gateway unreachable (code 4012)`",
    },
    DemoTranslation {
        of: "Läs detta först",
        lang: "fi",
        translator: "mikko.virtanen@nordbanken.example",
        title: "Lue tämä ensin: näin saat apua nopeimmin",
        body: "Tervetuloa IT Helpdeskiin! Täällä voit kysyä tietokoneista, puhelimista, käyttöoikeuksista ja intranetistä. Kirjoita ruotsiksi, englanniksi, suomeksi, norjaksi tai tanskaksi – vastaamme samalla kielellä niin hyvin kuin osaamme.\n\n**Älä koskaan kirjoita tänne salasanoja, kertakäyttökoodeja tai asiakastietoja.** Kaikki työntekijät voivat lukea foorumia.\n\nAsiakastyön pysäyttävistä vioista soita numeroon 0771-123 456, ympäri vuorokauden.",
    },
    DemoTranslation {
        of: "Läs detta först",
        lang: "en",
        translator: "james.wilson@nordbanken.example",
        title: "Read this first: how to get help fastest",
        body: "Welcome to IT Helpdesk! Ask here about computers, phones, access rights and the intranet. Write in Swedish, English, Finnish, Norwegian or Danish – we answer in the same language as best we can.\n\n**Never write passwords, one-time codes or client details here.** Every employee can read this forum.\n\nFor faults that stop client work, call 0771-123 456, day and night.",
    },
    DemoTranslation {
        of: "Asuntolainakampanja alkoi",
        lang: "sv",
        translator: "anna.lindqvist@nordbanken.example",
        title: "",
        body: "Bolånekampanjen startade i dag, och vår telefonservice fick rekordmånga samtal – över 900 på en dag. Tack till hela teamet, ni höll er lugna hela dagen!",
    },
];
