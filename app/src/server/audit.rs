//! The audit trail: an append-only log in which each entry holds the SHA-256 of the one
//! before it, so changing, removing or reordering an entry breaks the chain where it was
//! done (`chain`), and `gemenskap audit verify` names that place (`verify`). Entries about
//! writes (guard hits, decisions, watchlist and role changes, membership) are appended in the
//! writing transaction; reads in restricted communities go through a queue that one task per
//! node appends in batches, so reading does not wait for the trail (`sink`). Officers read
//! and export it (`compliance::trail`); a head
//! written down daily outside the database shows the end was not cut off (`heads`).

pub mod chain;
pub mod heads;
pub mod sink;
pub mod verify;

pub use chain::{Entry, append};
pub use sink::AuditSink;

use crate::model::community::Visibility;
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::policy::Place;

/// Records that the actor read something in `place`, when it is a restricted community
/// (`community` its id); reads elsewhere are not recorded. Queued, never waited for.
pub fn read_in(
    backend: &Backend,
    ctx: &RequestCtx,
    place: &Place,
    community: Option<i64>,
    action: &'static str,
    subject: i64,
    detail: serde_json::Value,
) {
    let restricted = matches!(
        place,
        Place::Community {
            visibility: Visibility::Restricted,
            ..
        }
    );
    if !restricted || community.is_none() {
        return;
    }
    backend.audit.record(Entry {
        at: now_ms(),
        actor: ctx.actor.user_id().map(|u| u.0),
        action,
        community,
        subject: Some(subject),
        detail: detail.to_string(),
    });
}
