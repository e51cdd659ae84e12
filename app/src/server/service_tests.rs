//! Service tests: each runs against a fresh database on SQLite and on PostgreSQL (when the
//! test run provides one; `make test` always does).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod accounts;
mod auth;
mod cast;
mod communities;
mod compliance;
mod conversation;
mod files;
mod inbox;
mod languages;
mod mail;
mod mail_in;
mod people;
mod search;
mod search_relevance;
mod wiki;
mod wiki_conflict;

use crate::model::ids::UserId;
use crate::server::account::service::{NewAccount, create_account};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::policy::Actor;

pub const PASSWORD: &str = "correct horse battery";

/// Creates an account and returns its id.
pub async fn account(backend: &Backend, email: &str, name: &str, admin: bool) -> UserId {
    let new = NewAccount::parse(email, name, PASSWORD, admin, Some("sv")).unwrap();
    create_account(backend, &Actor::System, new).await.unwrap()
}

/// A request context for a logged-in member or admin.
pub fn as_member(id: UserId) -> RequestCtx {
    RequestCtx::for_actor(Actor::Member(id))
}

pub fn as_admin(id: UserId) -> RequestCtx {
    RequestCtx::for_actor(Actor::Admin(id))
}

/// The intranet's mail domain in the mail-in tests.
pub const MAIL_DOMAIN: &str = "intranet.bank.example";

/// The backend with mail on both ways: out to a server nobody listens on (mails are queued,
/// which is what the tests check), in for [`MAIL_DOMAIN`].
pub fn with_mail_in(mut b: Backend) -> Backend {
    b.mail = crate::server::mail::MailSettings {
        smtp_url: Some("smtp://127.0.0.1:9".into()),
        smtp_ca_file: None,
        from: "intranet@bank.example".into(),
        site_url: "https://intranet.bank.example".into(),
        poll_ms: 100,
        inbound_domain: Some(MAIL_DOMAIN.into()),
    };
    b
}
