//! The demo organisation: Nordbanken, a made-up bank with people in its ten countries.
//!
//! Seeded by `gemenskap demo`, and by `serve --demo` (what `make run` uses) when the database
//! has no accounts yet. Every demo account has the password [`DEMO_PASSWORD`].

mod communities;
mod conversation;
mod conversation_data;
mod wiki_files;

use crate::model::ids::UserId;
use crate::server::account::service::{NewAccount, create_account};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::Actor;
use crate::server::profile::service::{ProfilePatch, update_profile};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "gemenskap-demo";
/// The demo administrator's e-mail.
pub const DEMO_ADMIN: &str = "admin@nordbanken.example";

struct Person {
    name: &'static str,
    email: &'static str,
    title: &'static str,
    department: &'static str,
    country: &'static str,
    lang: &'static str,
    expertise: &'static [&'static str],
}

const PEOPLE: &[Person] = &[
    Person {
        name: "Astrid Admin",
        email: DEMO_ADMIN,
        title: "Intranet administrator",
        department: "Group IT",
        country: "SE",
        lang: "",
        expertise: &["Intranet", "Access management"],
    },
    Person {
        name: "Anna Lindqvist",
        email: "anna.lindqvist@nordbanken.example",
        title: "Helpdesk lead",
        department: "Group IT",
        country: "SE",
        lang: "sv",
        expertise: &["Helpdesk", "Windows", "Onboarding"],
    },
    Person {
        name: "Erik Johansson",
        email: "erik.johansson@nordbanken.example",
        title: "Credit analyst",
        department: "Corporate Banking",
        country: "SE",
        lang: "sv",
        expertise: &["Credit risk", "Real estate"],
    },
    Person {
        name: "Karin Berg",
        email: "karin.berg@nordbanken.example",
        title: "Compliance officer",
        department: "Compliance",
        country: "SE",
        lang: "sv",
        expertise: &["AML", "MAR", "Insider lists"],
    },
    Person {
        name: "Ola Nordmann",
        email: "ola.nordmann@nordbanken.example",
        title: "Relationship manager",
        department: "Corporate Banking",
        country: "NO",
        lang: "nb",
        expertise: &["Shipping", "Energy"],
    },
    Person {
        name: "Ingrid Haugen",
        email: "ingrid.haugen@nordbanken.example",
        title: "HR partner",
        department: "Human Resources",
        country: "NO",
        lang: "nb",
        expertise: &["Recruitment", "Leadership"],
    },
    Person {
        name: "Mette Jensen",
        email: "mette.jensen@nordbanken.example",
        title: "Payments specialist",
        department: "Payments",
        country: "DK",
        lang: "da",
        expertise: &["SEPA", "Instant payments"],
    },
    Person {
        name: "Lars Nielsen",
        email: "lars.nielsen@nordbanken.example",
        title: "Developer",
        department: "Group IT",
        country: "DK",
        lang: "da",
        expertise: &["Rust", "PostgreSQL"],
    },
    Person {
        name: "Mikko Virtanen",
        email: "mikko.virtanen@nordbanken.example",
        title: "Risk manager",
        department: "Risk",
        country: "FI",
        lang: "fi",
        expertise: &["Basel III", "Market risk"],
    },
    Person {
        name: "Aino Korhonen",
        email: "aino.korhonen@nordbanken.example",
        title: "Customer service agent",
        department: "Retail Banking",
        country: "FI",
        lang: "fi",
        expertise: &["Mortgages", "Customer service"],
    },
    Person {
        name: "Kadri Tamm",
        email: "kadri.tamm@nordbanken.example",
        title: "Product owner",
        department: "Digital Channels",
        country: "EE",
        lang: "et",
        expertise: &["Mobile app", "UX"],
    },
    Person {
        name: "Jānis Bērziņš",
        email: "janis.berzins@nordbanken.example",
        title: "Branch manager",
        department: "Retail Banking",
        country: "LV",
        lang: "lv",
        expertise: &["Branch operations", "Mortgages"],
    },
    Person {
        name: "Rūta Kazlauskienė",
        email: "ruta.kazlauskiene@nordbanken.example",
        title: "Data analyst",
        department: "Analytics",
        country: "LT",
        lang: "lt",
        expertise: &["SQL", "Reporting"],
    },
    Person {
        name: "Jonas Petraitis",
        email: "jonas.petraitis@nordbanken.example",
        title: "Security engineer",
        department: "Group IT",
        country: "LT",
        lang: "lt",
        expertise: &["Security", "Identity"],
    },
    Person {
        name: "Katrin Müller",
        email: "katrin.mueller@nordbanken.example",
        title: "Treasury dealer",
        department: "Treasury",
        country: "DE",
        lang: "de",
        expertise: &["FX", "Liquidity"],
    },
    Person {
        name: "Tomasz Kowalski",
        email: "tomasz.kowalski@nordbanken.example",
        title: "Operations analyst",
        department: "Operations",
        country: "PL",
        lang: "pl",
        expertise: &["Process automation", "Excel"],
    },
    Person {
        name: "Agnieszka Nowak",
        email: "agnieszka.nowak@nordbanken.example",
        title: "Legal counsel",
        department: "Legal",
        country: "PL",
        lang: "pl",
        expertise: &["Contracts", "GDPR"],
    },
    Person {
        name: "James Wilson",
        email: "james.wilson@nordbanken.example",
        title: "Investor relations",
        department: "Finance",
        country: "GB",
        lang: "en",
        expertise: &["Reporting", "Capital markets"],
    },
];

/// Seeds the demo organisation unless there are accounts already. Returns how many
/// accounts it created.
pub async fn seed_if_empty(backend: &Backend) -> ServiceResult<usize> {
    if crate::server::account::repo::count_users(&backend.db).await? > 0 {
        return Ok(0);
    }
    let mut created = 0;
    for p in PEOPLE {
        let new = NewAccount::parse(
            p.email,
            p.name,
            DEMO_PASSWORD,
            p.email == DEMO_ADMIN,
            Some(p.lang),
        )?;
        let id: UserId = create_account(backend, &Actor::System, new).await?;
        let owner = RequestCtx::for_actor(Actor::Member(id));
        let read: Vec<String> = if p.lang.is_empty() || p.lang == "en" {
            vec!["en".into()]
        } else {
            vec![p.lang.into(), "en".into()]
        };
        let patch = ProfilePatch {
            title: Some(p.title.into()),
            department: Some(p.department.into()),
            country: Some(p.country.into()),
            read_languages: Some(read),
            expertise: Some(p.expertise.iter().map(|s| (*s).to_owned()).collect()),
            about: Some(String::new()),
            ..Default::default()
        };
        update_profile(backend, &owner, id, patch).await?;
        created += 1;
    }
    let slugs = communities::seed(backend).await?;
    let threads = conversation::seed(backend, &slugs).await?;
    wiki_files::seed(backend, &slugs, &threads).await?;
    Ok(created)
}
