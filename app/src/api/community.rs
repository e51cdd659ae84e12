//! `/api/communities/*`: communities, their members, requests and history.
//!
//! A restricted community the caller is not in answers every endpoint exactly as a slug that
//! does not exist does: 404 `{"code":"not_found"}`.

// Each endpoint's fields are its JSON body; the generated client function takes one
// argument per field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::community::{
    Community, CommunityPage, CreatedCommunity, HistoryPage, JoinRequests, MemberPage, Membership,
};

/// `POST /api/communities/create {"name", "description", "visibility", "template",
/// "languages", "member_cap"}` → `{"id", "slug"}`.
#[server(prefix = "/api", endpoint = "communities/create", input = Json)]
pub async fn create_community(
    name: String,
    #[server(default)] description: String,
    visibility: String,
    template: String,
    #[server(default)] languages: Vec<String>,
    #[server(default)] member_cap: Option<i64>,
) -> Result<CreatedCommunity, AppError> {
    use crate::server::community::input::NewCommunity;
    use crate::server::community::service::create_community;
    use crate::server::settings::restricted_member_cap;
    let (backend, ctx) = super::context::request().await?;
    let org_cap = restricted_member_cap(&backend.db).await?;
    let new = NewCommunity::parse(
        &name,
        &description,
        &visibility,
        &template,
        languages,
        member_cap,
        org_cap,
    )?;
    let created = create_community(&backend, &ctx, new).await?;
    super::context::redirect_plain_form(&format!("/communities/{}", created.slug));
    Ok(created)
}

/// `GET /api/communities/get?slug=S` → the community as the caller sees it.
#[server(prefix = "/api", endpoint = "communities/get", input = GetUrl)]
pub async fn get_community(slug: String) -> Result<Community, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::service::get_community(&backend, &ctx, &slug).await?)
}

/// The community for the heading of one of its pages: as [`get_community`] without the
/// owners. Called by the pages on the server only, so it is not an endpoint.
#[cfg(feature = "ssr")]
pub async fn get_community_heading(slug: String) -> Result<Community, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::service::get_community_heading(&backend, &ctx, &slug).await?)
}

/// `GET /api/communities/list?q=&lang=&template=&mine=&cursor=` → a page by name.
#[server(prefix = "/api", endpoint = "communities/list", input = GetUrl)]
pub async fn list_communities(
    #[server(default)] q: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] template: Option<String>,
    #[server(default)] mine: Option<bool>,
    #[server(default)] cursor: Option<String>,
) -> Result<CommunityPage, AppError> {
    use crate::server::community::service::{CommunityQuery, list_communities};
    let (backend, ctx) = super::context::request().await?;
    let query = CommunityQuery {
        q: q.unwrap_or_default(),
        lang: lang.unwrap_or_default(),
        template: template.unwrap_or_default(),
        mine: mine.unwrap_or(false),
        cursor,
    };
    Ok(list_communities(&backend, &ctx, &query).await?)
}

/// `POST /api/communities/update {"slug", ...fields}`: owners and admins. A `member_cap` of
/// 0 removes the community's own cap.
#[server(prefix = "/api", endpoint = "communities/update", input = Json)]
pub async fn update_community(
    slug: String,
    #[server(default)] name: Option<String>,
    #[server(default)] description: Option<String>,
    #[server(default)] languages: Option<Vec<String>>,
    #[server(default)] tools: Option<Vec<String>>,
    #[server(default)] forum_mode: Option<String>,
    #[server(default)] member_cap: Option<i64>,
    #[server(default)] all_languages: Option<bool>,
    #[server(default)] wiki_editors: Option<String>,
) -> Result<Community, AppError> {
    use crate::server::community::service::{CommunityPatch, update_community};
    let (backend, ctx) = super::context::request().await?;
    let patch = CommunityPatch {
        name,
        description,
        languages,
        tools,
        forum_mode,
        member_cap,
        all_languages,
        wiki_editors,
    };
    Ok(update_community(&backend, &ctx, &slug, patch).await?)
}

/// `POST /api/communities/mail-address {"slug", "local": null|S, "posts_to": "forum"|"blog"}`:
/// gives the community a posting address (`local@` the mail domain) or takes it away.
#[server(prefix = "/api", endpoint = "communities/mail-address", input = Json)]
pub async fn set_community_mail_address(
    slug: String,
    local: Option<String>,
    posts_to: String,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::service::set_mail_address(
        &backend,
        &ctx,
        &slug,
        local.as_deref(),
        &posts_to,
    )
    .await?;
    Ok(Done { ok: true })
}

/// `POST /api/communities/join {"slug"}`: public communities, one click.
#[server(prefix = "/api", endpoint = "communities/join", input = Json)]
pub async fn join_community(slug: String) -> Result<Membership, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::membership::join(&backend, &ctx, &slug).await?)
}

/// `POST /api/communities/leave {"slug"}`.
#[server(prefix = "/api", endpoint = "communities/leave", input = Json)]
pub async fn leave_community(slug: String) -> Result<Membership, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::membership::leave(&backend, &ctx, &slug).await?)
}

/// `POST /api/communities/request {"slug", "message"}`: asks to join a moderated community.
#[server(prefix = "/api", endpoint = "communities/request", input = Json)]
pub async fn request_to_join(
    slug: String,
    #[server(default)] message: String,
) -> Result<Membership, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::community::membership::request_to_join(&backend, &ctx, &slug, &message)
            .await?,
    )
}

/// `GET /api/communities/requests?slug=S` → `{"items": [...]}` (owners and moderators).
#[server(prefix = "/api", endpoint = "communities/requests", input = GetUrl)]
pub async fn list_join_requests(slug: String) -> Result<JoinRequests, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let items = crate::server::community::membership::list_requests(&backend, &ctx, &slug).await?;
    Ok(JoinRequests { items })
}

/// `POST /api/communities/approve {"slug", "user_id", "approve": true|false, "reason"}`.
#[server(prefix = "/api", endpoint = "communities/approve", input = Json)]
pub async fn decide_join_request(
    slug: String,
    user_id: i64,
    #[server(default)] approve: Option<bool>,
    #[server(default)] reason: String,
) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::membership::decide_request(
        &backend,
        &ctx,
        &slug,
        UserId(user_id),
        approve.unwrap_or(true),
        &reason,
    )
    .await?;
    Ok(Done::OK)
}

/// `POST /api/communities/invite {"slug", "email", "reason"}`: adds the person (owners);
/// 409 `member_cap_reached` when a restricted community is full.
#[server(prefix = "/api", endpoint = "communities/invite", input = Json)]
pub async fn invite_member(
    slug: String,
    email: String,
    #[server(default)] reason: String,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::membership::invite(&backend, &ctx, &slug, &email, &reason).await?;
    Ok(Done::OK)
}

/// `POST /api/communities/remove {"slug", "user_id", "reason"}` (owners and admins).
#[server(prefix = "/api", endpoint = "communities/remove", input = Json)]
pub async fn remove_member(
    slug: String,
    user_id: i64,
    #[server(default)] reason: String,
) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::membership::remove_member(
        &backend,
        &ctx,
        &slug,
        UserId(user_id),
        &reason,
    )
    .await?;
    Ok(Done::OK)
}

/// `POST /api/communities/set-role {"slug", "user_id", "role", "reason"}` (owners, admins).
#[server(prefix = "/api", endpoint = "communities/set-role", input = Json)]
pub async fn set_member_role(
    slug: String,
    user_id: i64,
    role: String,
    #[server(default)] reason: String,
) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::membership::set_role(
        &backend,
        &ctx,
        &slug,
        UserId(user_id),
        &role,
        &reason,
    )
    .await?;
    Ok(Done::OK)
}

/// `GET /api/communities/members?slug=S&q=&cursor=` → a page of members by name.
#[server(prefix = "/api", endpoint = "communities/members", input = GetUrl)]
pub async fn list_members(
    slug: String,
    #[server(default)] q: Option<String>,
    #[server(default)] cursor: Option<String>,
) -> Result<MemberPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::membership::list_members(
        &backend,
        &ctx,
        &slug,
        q.as_deref().unwrap_or(""),
        cursor.as_deref(),
    )
    .await?)
}

/// `GET /api/communities/history/events?slug=S&cursor=` → the event log, newest first.
#[server(prefix = "/api", endpoint = "communities/history/events", input = GetUrl)]
pub async fn list_history(
    slug: String,
    #[server(default)] cursor: Option<String>,
) -> Result<HistoryPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::community::history::history_page(&backend, &ctx, &slug, cursor.as_deref())
            .await?,
    )
}

/// `POST /api/communities/archive {"slug", "archived": true|false}` (owners and admins).
#[server(prefix = "/api", endpoint = "communities/archive", input = Json)]
pub async fn archive_community(
    slug: String,
    #[server(default)] archived: Option<bool>,
) -> Result<Community, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::service::archive_community(
        &backend,
        &ctx,
        &slug,
        archived.unwrap_or(true),
    )
    .await?)
}

/// `POST /api/communities/delete {"slug"}` (owners and admins).
#[server(prefix = "/api", endpoint = "communities/delete", input = Json)]
pub async fn delete_community(slug: String) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::community::service::delete_community(&backend, &ctx, &slug).await?;
    super::context::redirect_plain_form("/communities");
    Ok(Done::OK)
}

/// `GET /api/communities/health?slug=S` (owners) → what the community lacks, each with the
/// address of its fix.
#[server(prefix = "/api", endpoint = "communities/health", input = GetUrl)]
pub async fn community_health(
    slug: String,
) -> Result<crate::model::community::CommunityHealth, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::community::health::health(&backend, &ctx, &slug).await?)
}
