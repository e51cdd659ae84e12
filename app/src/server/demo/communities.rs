//! The demo organisation's communities: one of every kind, in several languages, including
//! an IT helpdesk and two client teams. Made through the services, so their histories,
//! counts and permissions are exactly what real use would produce.

use crate::error::AppError;
use crate::model::community::CommunityRole;
use crate::model::ids::UserId;
use crate::server::account::repo::find_id_by_email;
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{
    decide_request, invite, join, leave, request_to_join, set_role,
};
use crate::server::community::service::{archive_community, create_community};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::Actor;
use crate::server::settings::set_restricted_creator;

struct DemoCommunity {
    name: &'static str,
    description: &'static str,
    visibility: &'static str,
    template: &'static str,
    languages: &'static [&'static str],
    cap: Option<i64>,
    /// The creator, who stays owner unless the community is handed over.
    owner: &'static str,
    /// People who join (public), ask and are approved (moderated) or are added with a
    /// reason (restricted).
    members: &'static [(&'static str, &'static str)],
    /// People whose request waits in the queue.
    waiting: &'static [(&'static str, &'static str)],
}

const ADMIN: &str = super::DEMO_ADMIN;

const COMMUNITIES: &[DemoCommunity] = &[
    DemoCommunity {
        name: "IT Helpdesk",
        description: "Ask the group helpdesk anything about laptops, phones, access and the intranet. Answers that come up again and again end up in the wiki.\n\nFråga på svenska, in English, suomeksi eller på norsk – vi svarar.",
        visibility: "public",
        template: "helpdesk",
        languages: &["sv", "en", "fi", "nb", "da"],
        cap: None,
        owner: "anna.lindqvist@nordbanken.example",
        members: &[
            ("erik.johansson@nordbanken.example", ""),
            ("mikko.virtanen@nordbanken.example", ""),
            ("ola.nordmann@nordbanken.example", ""),
            ("mette.jensen@nordbanken.example", ""),
            ("james.wilson@nordbanken.example", ""),
        ],
        waiting: &[],
    },
    DemoCommunity {
        name: "Hållbar finansiering",
        description: "Gröna lån, taxonomin och hur vi rapporterar. Alla som arbetar med hållbarhetsfrågor är välkomna.",
        visibility: "public",
        template: "project",
        languages: &["sv", "en"],
        cap: None,
        owner: "karin.berg@nordbanken.example",
        members: &[
            ("erik.johansson@nordbanken.example", ""),
            ("aino.korhonen@nordbanken.example", ""),
        ],
        waiting: &[],
    },
    DemoCommunity {
        name: "Kredittrisiko Norden",
        description: "Kredittanalytikere i Norge, Danmark og Sverige deler modeller og erfaringer. Medlemskap godkjennes av eierne.",
        visibility: "moderated",
        template: "project",
        languages: &["nb", "da", "sv"],
        cap: None,
        owner: "ola.nordmann@nordbanken.example",
        members: &[
            (
                "lars.nielsen@nordbanken.example",
                "Kreditanalytiker i København",
            ),
            (
                "erik.johansson@nordbanken.example",
                "Credit analyst, Stockholm",
            ),
        ],
        waiting: &[(
            "jonas.petraitis@nordbanken.example",
            "I would like to follow the Nordic models for our Baltic portfolio.",
        )],
    },
    DemoCommunity {
        name: "Baltic Payments Programme",
        description: "The instant-payments programme for Estonia, Latvia and Lithuania: plans, decisions and status.",
        visibility: "moderated",
        template: "project",
        languages: &["en", "lv", "lt", "et"],
        cap: None,
        owner: "janis.berzins@nordbanken.example",
        members: &[
            ("kadri.tamm@nordbanken.example", "Payments lead, Tallinn"),
            (
                "ruta.kazlauskiene@nordbanken.example",
                "Product owner, Vilnius",
            ),
        ],
        waiting: &[("tomasz.kowalski@nordbanken.example", "")],
    },
    DemoCommunity {
        name: "Myynti Suomi",
        description: "Suomen myyntitiimin yhteisö: kampanjat, asiakastapaamiset ja vinkit.",
        visibility: "public",
        template: "project",
        languages: &["fi"],
        cap: None,
        owner: "mikko.virtanen@nordbanken.example",
        members: &[("aino.korhonen@nordbanken.example", "")],
        waiting: &[],
    },
    DemoCommunity {
        name: "Fjordkraft Shipping AS – refinansiering",
        description: "Refinansiering av Fjordkraft Shipping sin flåte. Innsideinformasjon: del ingenting utenfor dette rommet.",
        visibility: "restricted",
        template: "client_team",
        languages: &["nb", "en"],
        cap: Some(8),
        owner: "ingrid.haugen@nordbanken.example",
        members: &[
            (
                "ola.nordmann@nordbanken.example",
                "Credit approval for the refinancing",
            ),
            (
                "karin.berg@nordbanken.example",
                "Compliance review of the deal",
            ),
        ],
        waiting: &[],
    },
    DemoCommunity {
        name: "Projekt Bernstein – Übernahme",
        description: "Begleitung der Übernahme durch einen Mandanten. Streng vertraulich.",
        visibility: "restricted",
        template: "client_team",
        languages: &["de", "en"],
        cap: Some(5),
        owner: "katrin.mueller@nordbanken.example",
        members: &[(
            "tomasz.kowalski@nordbanken.example",
            "Valuation of the target",
        )],
        waiting: &[],
    },
];

fn ctx(id: UserId) -> RequestCtx {
    RequestCtx::for_actor(Actor::Member(id))
}

pub(super) async fn id_of(backend: &Backend, email: &str) -> ServiceResult<UserId> {
    Ok(find_id_by_email(&backend.db, email)
        .await?
        .ok_or(AppError::NotFound)?)
}

/// Creates the demo communities; the demo people must exist. Returns each community's name
/// and slug.
pub async fn seed(backend: &Backend) -> ServiceResult<Vec<(&'static str, String)>> {
    let mut slugs = Vec::new();
    let admin = RequestCtx::for_actor(Actor::Admin(id_of(backend, ADMIN).await?));
    // Erik may create client teams himself, to show the admin's grant.
    let erik = id_of(backend, "erik.johansson@nordbanken.example").await?;
    set_restricted_creator(backend, &admin, erik, true).await?;
    for c in COMMUNITIES {
        let owner = id_of(backend, c.owner).await?;
        let restricted = c.visibility == "restricted";
        // Client teams are opened by an administrator, who hands them to the deal's lead.
        let creator = if restricted {
            admin.clone()
        } else {
            ctx(owner)
        };
        let languages = c.languages.iter().map(|l| (*l).to_owned()).collect();
        let new = NewCommunity::parse(
            c.name,
            c.description,
            c.visibility,
            c.template,
            languages,
            c.cap,
            30,
        )?;
        let slug = create_community(backend, &creator, new).await?.slug;
        slugs.push((c.name, slug.clone()));
        if restricted {
            invite(backend, &admin, &slug, c.owner, "Deal lead").await?;
            set_role(
                backend,
                &admin,
                &slug,
                owner,
                CommunityRole::Owner.as_str(),
                "Deal lead",
            )
            .await?;
            leave(backend, &admin, &slug).await?;
        }
        for (email, reason) in c.members {
            let id = id_of(backend, email).await?;
            match c.visibility {
                "public" => {
                    join(backend, &ctx(id), &slug).await?;
                }
                "moderated" => {
                    request_to_join(backend, &ctx(id), &slug, reason).await?;
                    decide_request(backend, &ctx(owner), &slug, id, true, "").await?;
                }
                _ => invite(backend, &ctx(owner), &slug, email, reason).await?,
            }
        }
        for (email, message) in c.waiting {
            let id = id_of(backend, email).await?;
            request_to_join(backend, &ctx(id), &slug, message).await?;
        }
        if c.template == "helpdesk" {
            // The helpdesk's own moderator answers questions too.
            let mikko = id_of(backend, "mikko.virtanen@nordbanken.example").await?;
            set_role(
                backend,
                &ctx(owner),
                &slug,
                mikko,
                "moderator",
                "Helpdesk Finland",
            )
            .await?;
        }
    }
    // An archived project, to show read-only communities.
    let james = id_of(backend, "james.wilson@nordbanken.example").await?;
    let new = NewCommunity::parse(
        "Intranet pilot 2025",
        "The pilot group that tried Gemenskap before launch. Kept for reference.",
        "public",
        "project",
        vec!["en".into()],
        None,
        30,
    )?;
    let slug = create_community(backend, &ctx(james), new).await?.slug;
    archive_community(backend, &ctx(james), &slug, true).await?;
    Ok(slugs)
}
