//! `/api/inbox/…`: a community's shared inbox (its members only; see `server::inbox`).

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::inbox::{Conversation, Converted, InboxPage};

/// `GET /api/inbox/list?community_slug=S&status=open|waiting|closed` → the conversations,
/// latest first, and how many there are of each status.
#[server(prefix = "/api", endpoint = "inbox/list", input = GetUrl)]
pub async fn inbox_list(
    community_slug: String,
    #[server(default)] status: Option<String>,
) -> Result<InboxPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::inbox::service::list(&backend, &ctx, &community_slug, status.as_deref())
            .await?,
    )
}

/// `GET /api/inbox/get?id=N` → one conversation with its messages and notes.
#[server(prefix = "/api", endpoint = "inbox/get", input = GetUrl)]
pub async fn inbox_get(id: i64) -> Result<Conversation, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::get(&backend, &ctx, id).await?)
}

/// `POST /api/inbox/reply {"id", "body"}`: answers by mail from the inbox's address.
#[server(prefix = "/api", endpoint = "inbox/reply", input = Json)]
pub async fn inbox_reply(id: i64, body: String) -> Result<Conversation, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::reply(&backend, &ctx, id, &body).await?)
}

/// `POST /api/inbox/note {"id", "body"}`: an internal note, never sent.
#[server(prefix = "/api", endpoint = "inbox/note", input = Json)]
pub async fn inbox_note(id: i64, body: String) -> Result<Conversation, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::note(&backend, &ctx, id, &body).await?)
}

/// `POST /api/inbox/assign {"id", "assignee_id": null|N}`.
#[server(prefix = "/api", endpoint = "inbox/assign", input = Json)]
pub async fn inbox_assign(id: i64, assignee_id: Option<i64>) -> Result<Conversation, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let who = assignee_id.map(crate::model::ids::UserId);
    Ok(crate::server::inbox::service::assign(&backend, &ctx, id, who).await?)
}

/// `POST /api/inbox/status {"id", "status": "open"|"waiting"|"closed"}`.
#[server(prefix = "/api", endpoint = "inbox/status", input = Json)]
pub async fn inbox_status(id: i64, status: String) -> Result<Conversation, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::set_status(&backend, &ctx, id, &status).await?)
}

/// `POST /api/inbox/to-forum {"id"}`: the answered conversation as a forum question with its
/// accepted answer → `{"path"}`.
#[server(prefix = "/api", endpoint = "inbox/to-forum", input = Json)]
pub async fn inbox_to_forum(id: i64) -> Result<Converted, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::to_forum(&backend, &ctx, id).await?)
}

/// `POST /api/inbox/to-wiki {"id"}`: the answered conversation as a wiki page → `{"path"}`.
#[server(prefix = "/api", endpoint = "inbox/to-wiki", input = Json)]
pub async fn inbox_to_wiki(id: i64) -> Result<Converted, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::inbox::service::to_wiki(&backend, &ctx, id).await?)
}

/// `POST /api/communities/inbox-address {"slug", "local": null|S}`: the inbox's functional
/// address (`local@` the mail domain), or none.
#[server(prefix = "/api", endpoint = "communities/inbox-address", input = Json)]
pub async fn set_inbox_address(slug: String, local: Option<String>) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::inbox::service::set_address(&backend, &ctx, &slug, local.as_deref()).await?;
    Ok(Done { ok: true })
}
