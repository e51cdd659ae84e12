//! Seeds the demo wikis and files through the real services: the IT Helpdesk's wiki with a
//! front page, guides in Swedish and English (one translated into Finnish, one edited so its
//! history and differences have something to show) and an FAQ section made from the answered
//! questions of its forum; folders and files in two projects and in a client team.

use super::communities::id_of;
use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::language::NewTranslation;
use crate::server::content::translation;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::files::service::{UploadTarget, create_folder, finish_upload, prepare_upload};
use crate::server::policy::Actor;
use crate::server::wiki::promote::promote;
use crate::server::wiki::service::{NewPage, PageEdit, create, update};

const ANNA: &str = "anna.lindqvist@nordbanken.example";
const MIKKO: &str = "mikko.virtanen@nordbanken.example";
const JAMES: &str = "james.wilson@nordbanken.example";

fn ctx(id: UserId) -> RequestCtx {
    RequestCtx::for_actor(Actor::Member(id))
}

fn slug_of<'a>(slugs: &'a [(&'static str, String)], name: &str) -> ServiceResult<&'a str> {
    slugs
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, s)| s.as_str())
        .ok_or_else(|| AppError::NotFound.into())
}

async fn page(
    backend: &Backend,
    who: UserId,
    slug: &str,
    (title, body, lang): (&str, &str, &str),
    parent: Option<i64>,
) -> ServiceResult<i64> {
    let new = NewPage {
        community_slug: slug,
        title,
        body,
        lang,
        parent_id: parent,
        tags: &[],
    };
    Ok(create(backend, &ctx(who), new).await?.id)
}

const FRONT: (&str, &str, &str) = (
    "IT Helpdesk – börja här",
    "# Välkommen till IT Helpdesk\n\nHär samlar vi svaren på det ni frågar oss om oftast. \
     Hittar du inte svaret: ställ frågan i forumet, så hamnar svaret här när den är löst.\n\n\
     ## Vanligast just nu\n\n- [[VPN och distansarbete]]\n- [[Ny medarbetare – första dagen]]\n\
     - [[MFA on a new phone]]\n- [[Skrivare]] (sidan saknas ännu)\n\n\
     ## Kontakt\n\nRing 1234 vid driftstopp; allt annat går via forumet.",
    "sv",
);

const VPN: (&str, &str, &str) = (
    "VPN och distansarbete",
    "## Installera\n\nKlienten installeras automatiskt på bankens datorer. Kontrollera att \
     ikonen syns i aktivitetsfältet.\n\n## Ansluta\n\nVälj **Nordbanken Secure** och logga in \
     med ditt vanliga konto och MFA.\n\n## Om anslutningen bryts\n\nStarta om klienten. Bryts \
     den var tionde minut: se frågan i forumet om energisparläge på nätverkskortet.",
    "sv",
);

const VPN_EDITED: &str = "## Installera\n\nKlienten installeras automatiskt på bankens \
     datorer. Kontrollera att ikonen syns i aktivitetsfältet; saknas den, starta om datorn \
     en gång innan du hör av dig.\n\n## Ansluta\n\nVälj **Nordbanken Secure** och logga in \
     med ditt vanliga konto och MFA.\n\n## Om anslutningen bryts\n\nStarta om klienten. Bryts \
     den var tionde minut: stäng av energisparläget på nätverkskortet (se frågan i forumet).";

const VPN_FI: (&str, &str) = (
    "VPN ja etätyö",
    "## Asennus\n\nAsiakasohjelma asentuu pankin koneisiin automaattisesti. Tarkista, että \
     kuvake näkyy tehtäväpalkissa.\n\n## Yhdistäminen\n\nValitse **Nordbanken Secure** ja \
     kirjaudu tavallisella tunnuksellasi ja MFA:lla.\n\n## Jos yhteys katkeaa\n\nKäynnistä \
     ohjelma uudelleen. Jos yhteys katkeaa kymmenen minuutin välein, katso keskustelu \
     verkkokortin virransäästöstä.",
);

const FIRST_DAY: (&str, &str, &str) = (
    "Ny medarbetare – första dagen",
    "1. Hämta datorn i receptionen.\n2. Logga in med det tillfälliga lösenordet från din chef.\n\
     3. Installera Authenticator, se [[MFA on a new phone]].\n4. Fyll i din profil här på \
     intranätet: titel, avdelning och vad du kan.",
    "sv",
);

const MFA: (&str, &str, &str) = (
    "MFA on a new phone",
    "Before you reset your old phone, open **Authenticator → Settings → Transfer** and move \
     your accounts. If the old phone is already gone, ask in the forum and we reset your MFA \
     the same day.",
    "en",
);

/// Folders and files: (community, uploader, folder, file name, text).
const FILES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Hållbar finansiering",
        "karin.berg@nordbanken.example",
        "Ramverk",
        "Green bond framework 2026.md",
        "# Green bond framework 2026\n\nEligible categories: renewable energy, green buildings, clean transport.\n",
    ),
    (
        "Hållbar finansiering",
        "karin.berg@nordbanken.example",
        "Ramverk",
        "Taxonomy checklist.csv",
        "activity,criterion,status\nwind,substantial contribution,met\n",
    ),
    (
        "Baltic Payments Programme",
        "janis.berzins@nordbanken.example",
        "Specifications",
        "Instant payments – scope.md",
        "# Scope\n\nSEPA Instant for retail customers in EE, LV and LT.\n",
    ),
    (
        "Fjordkraft Shipping AS – refinansiering",
        "ingrid.haugen@nordbanken.example",
        "Kredittunderlag",
        "Term sheet v2.txt",
        "Facility: USD 120m, 5 years. Covenants: see section 4.\n",
    ),
];

/// Seeds the wikis and files; `threads` names the seeded forum threads by title.
pub async fn seed(
    backend: &Backend,
    slugs: &[(&'static str, String)],
    threads: &[(&'static str, i64)],
) -> ServiceResult<()> {
    let helpdesk = slug_of(slugs, "IT Helpdesk")?;
    let anna = id_of(backend, ANNA).await?;
    let front = page(backend, anna, helpdesk, FRONT, None).await?;
    let vpn = page(backend, anna, helpdesk, VPN, Some(front)).await?;
    page(backend, anna, helpdesk, FIRST_DAY, Some(front)).await?;
    let james = id_of(backend, JAMES).await?;
    page(backend, james, helpdesk, MFA, Some(front)).await?;
    let edit = PageEdit {
        id: vpn,
        title: None,
        body: VPN_EDITED,
        base_version: 1,
        summary: "Omstart av datorn och energisparläget",
        lang: None,
        tags: None,
    };
    update(backend, &ctx(anna), edit).await?;
    let mikko = id_of(backend, MIKKO).await?;
    let fi = NewTranslation {
        original_id: vpn,
        lang: "fi".to_owned(),
        title: Some(VPN_FI.0.to_owned()),
        body: VPN_FI.1.to_owned(),
    };
    translation::create(backend, &ctx(mikko), fi).await?;
    // Every answered question of the helpdesk's forum goes to its FAQ, as its owner would.
    for (_, id) in threads {
        if let Err(e) = promote(backend, &ctx(anna), *id).await {
            match AppError::from(e) {
                AppError::NotAnswered | AppError::NotFound => {}
                other => return Err(other.into()),
            }
        }
    }
    for (community, uploader, folder, name, text) in FILES {
        let slug = slug_of(slugs, community)?;
        let who = ctx(id_of(backend, uploader).await?);
        let folder = create_folder(backend, &who, Some(slug), None, folder).await;
        let folder = match folder {
            Ok(f) => f.id,
            // A second file in a folder made a moment ago.
            Err(_) => {
                let listing =
                    crate::server::files::service::list(backend, &who, Some(slug), None, None, 0)
                        .await?;
                listing
                    .folders
                    .first()
                    .map(|f| f.id)
                    .ok_or(AppError::NotFound)?
            }
        };
        let target = UploadTarget {
            community_slug: Some(slug.to_owned()),
            folder_id: Some(folder),
            lang: "en".into(),
            ..UploadTarget::default()
        };
        let plan = prepare_upload(backend, &who, target).await?;
        let mut incoming = backend.files.begin(plan.limit).await?;
        incoming.write(text.as_bytes()).await?;
        finish_upload(backend, &who, plan, incoming, name).await?;
    }
    Ok(())
}
