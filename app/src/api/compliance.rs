//! `/api/compliance/*`: the compliance officer's tools: the watchlist of client names, the
//! queue of writes held for review, and the audit trail. (The CSV import, the watchlist's export
//! and the audit trail are plain handlers in the server, `compliance_files.rs`: files.)

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::guard::{HeldPage, HeldStatus, WatchlistEntry, WatchlistPage};

/// The id of a new watchlist entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct EntryCreated {
    pub id: i64,
}

/// The decision on a held write.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Decided {
    pub id: i64,
    pub status: HeldStatus,
}

#[cfg(feature = "ssr")]
fn raw(
    name: String,
    aliases: Vec<String>,
    legal_form: Option<String>,
    strictness: Option<String>,
    allowed_communities: Vec<String>,
) -> crate::server::compliance::watchlist::RawEntry {
    crate::server::compliance::watchlist::RawEntry {
        name,
        aliases,
        legal_form,
        strictness: strictness.unwrap_or_else(|| "always".into()),
        allowed_communities,
    }
}

/// `POST /api/compliance/watchlist/create {"name", "aliases": [...], "legal_form": null|S,
/// "strictness": "always"|"capitalised"|"with_legal_form", "allowed_communities": [slugs]}`
/// → `{"id"}` (compliance officers).
#[server(prefix = "/api", endpoint = "compliance/watchlist/create", input = Json)]
pub async fn watchlist_create(
    name: String,
    #[server(default)] aliases: Vec<String>,
    #[server(default)] legal_form: Option<String>,
    #[server(default)] strictness: Option<String>,
    #[server(default)] allowed_communities: Vec<String>,
) -> Result<EntryCreated, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let raw = raw(name, aliases, legal_form, strictness, allowed_communities);
    let id = crate::server::compliance::watchlist::create(&backend, &ctx, &raw).await?;
    Ok(EntryCreated { id })
}

/// `POST /api/compliance/watchlist/update {"id", "name", "aliases", "legal_form",
/// "strictness", "allowed_communities"}`: replaces an entry (compliance officers).
#[server(prefix = "/api", endpoint = "compliance/watchlist/update", input = Json)]
pub async fn watchlist_update(
    id: i64,
    name: String,
    #[server(default)] aliases: Vec<String>,
    #[server(default)] legal_form: Option<String>,
    #[server(default)] strictness: Option<String>,
    #[server(default)] allowed_communities: Vec<String>,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let raw = raw(name, aliases, legal_form, strictness, allowed_communities);
    crate::server::compliance::watchlist::update(&backend, &ctx, id, &raw).await?;
    Ok(Done::OK)
}

/// `POST /api/compliance/watchlist/delete {"id"}` (compliance officers).
#[server(prefix = "/api", endpoint = "compliance/watchlist/delete", input = Json)]
pub async fn watchlist_delete(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::compliance::watchlist::delete(&backend, &ctx, id).await?;
    Ok(Done::OK)
}

/// `GET /api/compliance/watchlist/list?q=Q&cursor=C` → entries by name, 50 a page, with the
/// number matching (compliance officers).
#[server(prefix = "/api", endpoint = "compliance/watchlist/list", input = GetUrl)]
pub async fn watchlist_list(
    #[server(default)] q: Option<String>,
    #[server(default)] cursor: Option<String>,
) -> Result<WatchlistPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::compliance::watchlist::list(&backend, &ctx, q.as_deref(), cursor.as_deref())
            .await?,
    )
}

/// `GET /api/compliance/watchlist/get?id=N` → one entry (compliance officers).
#[server(prefix = "/api", endpoint = "compliance/watchlist/get", input = GetUrl)]
pub async fn watchlist_get(id: i64) -> Result<WatchlistEntry, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::compliance::watchlist::get(&backend, &ctx, id).await?)
}

/// `GET /api/compliance/queue?waiting=B&cursor=C` → held writes, newest first: every one for
/// a compliance officer, one's own for anyone else.
#[server(prefix = "/api", endpoint = "compliance/queue", input = GetUrl)]
pub async fn compliance_queue(
    #[server(default)] waiting: Option<bool>,
    #[server(default)] cursor: Option<String>,
) -> Result<HeldPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::compliance::queue::list(
        &backend,
        &ctx,
        waiting.unwrap_or(false),
        cursor.as_deref(),
    )
    .await?)
}

/// `POST /api/compliance/queue/decide {"id", "release": bool, "reason"}` → `{"id",
/// "status"}` (compliance officers, not the write's author).
#[server(prefix = "/api", endpoint = "compliance/queue/decide", input = Json)]
pub async fn compliance_decide(
    id: i64,
    release: bool,
    #[server(default)] reason: String,
) -> Result<Decided, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let status =
        crate::server::compliance::queue::decide(&backend, &ctx, id, release, &reason).await?;
    Ok(Decided { id, status })
}

/// `GET /api/compliance/audit/list?community_slug=S&user_id=N&from=D&to=D&cursor=C` → a page
/// of the audit trail, as `GET /api/compliance/audit` answers it (compliance officers): what
/// the audit page shows; the file export stays at `/api/compliance/audit?format=csv`.
#[server(prefix = "/api", endpoint = "compliance/audit/list", input = GetUrl)]
pub async fn audit_list(
    #[server(default)] community_slug: Option<String>,
    #[server(default)] user_id: Option<i64>,
    #[server(default)] from: Option<String>,
    #[server(default)] to: Option<String>,
    #[server(default)] cursor: Option<String>,
) -> Result<crate::model::guard::AuditPage, AppError> {
    use crate::server::compliance::trail::{TrailQuery, page};
    let (backend, ctx) = super::context::request().await?;
    let q = TrailQuery {
        community_slug: community_slug.as_deref().filter(|s| !s.is_empty()),
        user_id,
        from: from.as_deref().unwrap_or_default(),
        to: to.as_deref().unwrap_or_default(),
        cursor: cursor.as_deref(),
    };
    Ok(page(&backend, &ctx, &q).await?)
}
