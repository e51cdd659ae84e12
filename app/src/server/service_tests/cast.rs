//! The people and communities the wiki and files tests share: an admin; Anna, who owns a
//! public community (Erik joins it); Karin, allowed by the admin to create restricted
//! communities, who owns one with Erik in it; and Mikko, who is in neither.

use super::{account, as_admin, as_member};
use crate::model::ids::UserId;
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{invite, join};
use crate::server::community::service::create_community;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::settings::set_restricted_creator;

pub struct Cast {
    pub b: Backend,
    pub admin: UserId,
    pub anna: UserId,
    pub erik: UserId,
    pub karin: UserId,
    pub mikko: UserId,
    /// Anna's public community (Erik is a member).
    pub public: String,
    /// Karin's restricted client team (Erik is a member).
    pub secret: String,
}

impl Cast {
    /// The cast, with Anna's community made from `template` (its tools come from it).
    pub async fn new(b: Backend, public_name: &str, template: &str) -> Self {
        let admin = account(&b, "admin@bank.example", "Astrid Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let erik = account(&b, "erik@bank.example", "Erik Johansson", false).await;
        let karin = account(&b, "karin@bank.example", "Karin Berg", false).await;
        let mikko = account(&b, "mikko@bank.example", "Mikko Virtanen", false).await;
        let community = |name: &str, vis: &str, template: &str| {
            NewCommunity::parse(name, "", vis, template, vec!["sv".into()], None, 30).unwrap()
        };
        let public = create_community(
            &b,
            &as_member(anna),
            community(public_name, "public", template),
        )
        .await
        .unwrap()
        .slug;
        set_restricted_creator(&b, &as_admin(admin), karin, true)
            .await
            .unwrap();
        let secret = create_community(
            &b,
            &as_member(karin),
            community("Acme refinancing", "restricted", "client_team"),
        )
        .await
        .unwrap()
        .slug;
        invite(
            &b,
            &as_member(karin),
            &secret,
            "erik@bank.example",
            "Credit analysis",
        )
        .await
        .unwrap();
        join(&b, &as_member(erik), &public).await.unwrap();
        Self {
            b,
            admin,
            anna,
            erik,
            karin,
            mikko,
            public,
            secret,
        }
    }

    pub fn ctx(&self, u: UserId) -> RequestCtx {
        if u == self.admin {
            as_admin(u)
        } else {
            as_member(u)
        }
    }
}
