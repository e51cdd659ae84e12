//! `/api/stream/*`, `/api/follow/*`, `/api/notifications/*`, `/api/tags/*` and
//! `/api/people/mention-suggest`: what the reader sees and follows, and who they are told
//! about.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::content::{
    FollowState, Following, NotificationPage, PersonRefs, StreamPage, TagInfo, UnreadCount,
};

/// `GET /api/stream?cursor=C&kind=status|blog|forum&lang=sv,en&all_languages=true` → the
/// caller's home stream, with what it left out by language in `hidden_by_language`.
#[server(prefix = "/api", endpoint = "stream", input = GetUrl)]
pub async fn home_stream(
    #[server(default)] cursor: Option<String>,
    #[server(default)] kind: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::home(
        &backend,
        &ctx,
        kind.as_deref(),
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/stream/community?slug=S&kind=K&cursor=C&lang=L,…&all_languages=B` → a
/// community's stream.
#[server(prefix = "/api", endpoint = "stream/community", input = GetUrl)]
pub async fn community_stream(
    slug: String,
    #[server(default)] kind: Option<String>,
    #[server(default)] cursor: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::community(
        &backend,
        &ctx,
        &slug,
        kind.as_deref(),
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/stream/person?user_id=N&kind=K&cursor=C&lang=L,…&all_languages=B` → a
/// person's stream.
#[server(prefix = "/api", endpoint = "stream/person", input = GetUrl)]
pub async fn person_stream(
    user_id: i64,
    #[server(default)] kind: Option<String>,
    #[server(default)] cursor: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::person(
        &backend,
        &ctx,
        UserId(user_id),
        kind.as_deref(),
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/stream/tag?tag=T&cursor=C&lang=L,…&all_languages=B` → everything with the
/// tag the caller may see.
#[server(prefix = "/api", endpoint = "stream/tag", input = GetUrl)]
pub async fn tag_stream(
    tag: String,
    #[server(default)] cursor: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::tag(
        &backend,
        &ctx,
        &tag,
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/tags/get?tag=T` → `{"tag", "following"}`.
#[server(prefix = "/api", endpoint = "tags/get", input = GetUrl)]
pub async fn get_tag(tag: String) -> Result<TagInfo, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::tag_info(&backend, &ctx, &tag).await?)
}

/// `POST /api/follow/person {"user_id", "follow"}` → `{"following"}`.
#[server(prefix = "/api", endpoint = "follow/person", input = Json)]
pub async fn follow_person(user_id: i64, follow: bool) -> Result<FollowState, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    let state =
        crate::server::content::social::follow_person(&backend, &ctx, UserId(user_id), follow)
            .await?;
    super::context::redirect_plain_form(&format!("/people/{user_id}"));
    Ok(state)
}

/// `POST /api/follow/community {"slug", "follow"}` → `{"following"}`.
#[server(prefix = "/api", endpoint = "follow/community", input = Json)]
pub async fn follow_community(slug: String, follow: bool) -> Result<FollowState, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let state =
        crate::server::content::social::follow_community(&backend, &ctx, &slug, follow).await?;
    super::context::redirect_plain_form(&format!("/communities/{slug}"));
    Ok(state)
}

/// `POST /api/follow/tag {"tag", "follow"}` → `{"following"}`.
#[server(prefix = "/api", endpoint = "follow/tag", input = Json)]
pub async fn follow_tag(tag: String, follow: bool) -> Result<FollowState, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let state = crate::server::content::social::follow_tag(&backend, &ctx, &tag, follow).await?;
    super::context::redirect_plain_form(&format!(
        "/tags/{}",
        crate::model::site_path::encode_query_value(&tag)
    ));
    Ok(state)
}

/// `GET /api/follow/list` → the people, communities and tags the caller follows.
#[server(prefix = "/api", endpoint = "follow/list", input = GetUrl)]
pub async fn list_following() -> Result<Following, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::social::following(&backend, &ctx).await?)
}

/// `GET /api/follow/community-state?slug=S` → whether the caller follows the community.
#[server(prefix = "/api", endpoint = "follow/community-state", input = GetUrl)]
pub async fn community_follow_state(slug: String) -> Result<FollowState, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::social::follows_community(&backend, &ctx, &slug).await?)
}

/// `GET /api/follow/person-state?user_id=N` → whether the caller follows the person.
#[server(prefix = "/api", endpoint = "follow/person-state", input = GetUrl)]
pub async fn person_follow_state(user_id: i64) -> Result<FollowState, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::social::follows_person(&backend, &ctx, UserId(user_id)).await?)
}

/// `GET /api/people/mention-suggest?q=Q&community_slug=S` → people who can see the place.
#[server(prefix = "/api", endpoint = "people/mention-suggest", input = GetUrl)]
pub async fn mention_suggest(
    q: String,
    #[server(default)] community_slug: Option<String>,
) -> Result<PersonRefs, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::social::mention_suggest(
        &backend,
        &ctx,
        &q,
        community_slug.as_deref(),
    )
    .await?)
}

/// `GET /api/notifications/list?cursor=C` → `{"items", "unread", "next_cursor"}`.
#[server(prefix = "/api", endpoint = "notifications/list", input = GetUrl)]
pub async fn list_notifications(
    #[server(default)] cursor: Option<String>,
) -> Result<NotificationPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::notification::list(&backend, &ctx, cursor.as_deref()).await?)
}

/// `GET /api/notifications/unread` → `{"unread"}` (the header's count).
#[server(prefix = "/api", endpoint = "notifications/unread", input = GetUrl)]
pub async fn unread_notifications() -> Result<UnreadCount, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::notification::unread(&backend, &ctx).await?)
}

/// `GET /api/notifications/open?id=N&to=PATH`: marks one notification read and sends the
/// browser on to `to` (a path on this site; the notifications page otherwise), so the page it
/// opens already counts it as read. → `{"unread", "label"}` for a client that does not follow.
#[server(prefix = "/api", endpoint = "notifications/open", input = GetUrl)]
pub async fn open_notification(id: i64, to: String) -> Result<UnreadCount, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let count = crate::server::notification::mark_read(&backend, &ctx, &[id]).await?;
    let to = if crate::model::site_path::is_site_path(&to) {
        to
    } else {
        "/notifications".to_owned()
    };
    leptos_axum::redirect(&to);
    Ok(count)
}

/// `POST /api/notifications/read {"ids": [...]}` marks those read; no ids marks all read.
/// → `{"unread"}`.
#[server(prefix = "/api", endpoint = "notifications/read", input = Json)]
pub async fn mark_notifications_read(
    #[server(default)] ids: Vec<i64>,
) -> Result<UnreadCount, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let count = crate::server::notification::mark_read(&backend, &ctx, &ids).await?;
    super::context::redirect_plain_form("/notifications");
    Ok(count)
}
