//! `/api/status/*`, `/api/blogs/*`, `/api/forum/*`, `/api/comments/*`, `/api/likes/*` and
//! `/api/content/*`: writing, reading, editing and deleting items of every kind.
//!
//! Content ids are one id space, so `target_id` and `id` need no kind. An item the caller may
//! not see answers 404 `{"code":"not_found"}` exactly as an id that does not exist.
//! After a form posted without JavaScript, the browser goes to the item's thread.

// Each endpoint's fields are its JSON body; the generated client function takes one
// argument per field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::content::{Item, LikeState, Likers, Preview, Saved, StreamPage, Thread};

/// Where a plain form goes after writing: the item's page (a reply's or comment's page shows
/// its whole thread).
#[cfg(feature = "ssr")]
fn after_form(saved: &Saved) {
    super::context::redirect_plain_form(&format!("/posts/{}", saved.id));
}

/// `POST /api/status/create {"text", "lang", "community_slug": null|S}` → `{"id"}`.
#[server(prefix = "/api", endpoint = "status/create", input = Json)]
pub async fn create_status(
    text: String,
    #[server(default)] lang: String,
    #[server(default)] community_slug: Option<String>,
) -> Result<Saved, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved = crate::server::content::writing::create_status(
        &backend,
        &ctx,
        &text,
        &lang,
        community_slug.as_deref(),
    )
    .await?;
    after_form(&saved);
    Ok(saved)
}

/// `POST /api/blogs/posts/create {"community_slug": null|S, "title", "body", "lang", "tags",
/// "published"}` → `{"id"}`.
#[server(prefix = "/api", endpoint = "blogs/posts/create", input = Json)]
pub async fn create_blog_post(
    #[server(default)] community_slug: Option<String>,
    title: String,
    body: String,
    #[server(default)] lang: String,
    #[server(default)] tags: Vec<String>,
    #[server(default)] published: Option<bool>,
) -> Result<Saved, AppError> {
    use crate::server::content::writing::{NewPost, create_blog_post};
    let (backend, ctx) = super::context::request().await?;
    let post = NewPost {
        community_slug: community_slug.as_deref(),
        title: &title,
        body: &body,
        lang: &lang,
        tags: &tags,
        published: published.unwrap_or(true),
        question: None,
    };
    let saved = create_blog_post(&backend, &ctx, post).await?;
    after_form(&saved);
    Ok(saved)
}

/// `POST /api/blogs/posts/publish {"id"}`: publishes one's draft.
#[server(prefix = "/api", endpoint = "blogs/posts/publish", input = Json)]
pub async fn publish_blog_post(id: i64) -> Result<Saved, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved = crate::server::content::writing::publish(&backend, &ctx, id).await?;
    after_form(&saved);
    Ok(saved)
}

/// `GET /api/blogs/list?community_slug=S` or `?user_id=N`, `&cursor=C&lang=L,…
/// &all_languages=B` → a blog's posts.
#[server(prefix = "/api", endpoint = "blogs/list", input = GetUrl)]
pub async fn list_blog(
    #[server(default)] community_slug: Option<String>,
    #[server(default)] user_id: Option<i64>,
    #[server(default)] cursor: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::blog(
        &backend,
        &ctx,
        community_slug.as_deref(),
        user_id.map(UserId),
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/blogs/drafts` → the caller's unpublished posts.
#[server(prefix = "/api", endpoint = "blogs/drafts", input = GetUrl)]
pub async fn list_drafts() -> Result<StreamPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::stream::drafts(&backend, &ctx).await?)
}

/// `POST /api/forum/topics/create {"community_slug", "title", "body", "lang", "question",
/// "tags"}` → `{"id"}`.
#[server(prefix = "/api", endpoint = "forum/topics/create", input = Json)]
pub async fn create_topic(
    community_slug: String,
    title: String,
    body: String,
    #[server(default)] lang: String,
    #[server(default)] question: Option<bool>,
    #[server(default)] tags: Vec<String>,
) -> Result<Saved, AppError> {
    use crate::server::content::writing::{NewPost, create_topic};
    let (backend, ctx) = super::context::request().await?;
    let post = NewPost {
        community_slug: Some(&community_slug),
        title: &title,
        body: &body,
        lang: &lang,
        tags: &tags,
        published: true,
        question,
    };
    let saved = create_topic(&backend, &ctx, post).await?;
    after_form(&saved);
    Ok(saved)
}

/// `GET /api/forum/topics/list?community_slug=S&filter=all|questions|unanswered|answered
/// &cursor=C&lang=L,…&all_languages=B` → topics, pinned first, then by last activity.
#[server(prefix = "/api", endpoint = "forum/topics/list", input = GetUrl)]
pub async fn list_topics(
    community_slug: String,
    #[server(default)] filter: Option<String>,
    #[server(default)] cursor: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] all_languages: Option<bool>,
) -> Result<StreamPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::forum::topics(
        &backend,
        &ctx,
        &community_slug,
        filter.as_deref().unwrap_or(""),
        cursor.as_deref(),
        &crate::model::language::LanguageRequest {
            lang,
            all_languages,
        },
    )
    .await?)
}

/// `GET /api/forum/topics/get?id=N` → the topic with `accepted_reply_id` and its replies
/// (the accepted one first), each with its comments.
#[server(prefix = "/api", endpoint = "forum/topics/get", input = GetUrl)]
pub async fn get_topic(id: i64) -> Result<Thread, AppError> {
    use crate::model::content::ContentKind;
    let (backend, ctx) = super::context::request().await?;
    let thread = crate::server::content::thread::thread(&backend, &ctx, id, None).await?;
    if thread.item.kind != ContentKind::Topic || thread.item.id != id {
        return Err(AppError::NotFound);
    }
    Ok(thread)
}

/// `POST /api/forum/replies/create {"topic_id", "body", "lang"}` → `{"id"}`.
#[server(prefix = "/api", endpoint = "forum/replies/create", input = Json)]
pub async fn create_reply(
    topic_id: i64,
    body: String,
    #[server(default)] lang: String,
) -> Result<Saved, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved =
        crate::server::content::writing::create_reply(&backend, &ctx, topic_id, &body, &lang)
            .await?;
    after_form(&saved);
    Ok(saved)
}

/// `POST /api/forum/accept {"topic_id", "reply_id"}`: the asker or a moderator accepts a
/// reply as the answer; `"reply_id": null` withdraws the acceptance.
#[server(prefix = "/api", endpoint = "forum/accept", input = Json)]
pub async fn accept_answer(topic_id: i64, reply_id: Option<i64>) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::content::forum::accept(&backend, &ctx, topic_id, reply_id).await?;
    super::context::redirect_plain_form(&format!("/posts/{topic_id}"));
    Ok(Done { ok: true })
}

/// `POST /api/forum/topics/pin {"topic_id", "pinned"}` (moderators).
#[server(prefix = "/api", endpoint = "forum/topics/pin", input = Json)]
pub async fn pin_topic(topic_id: i64, pinned: bool) -> Result<Done, AppError> {
    use crate::server::content::repo::TopicFlag;
    let (backend, ctx) = super::context::request().await?;
    crate::server::content::forum::set_flag(&backend, &ctx, topic_id, TopicFlag::Pinned, pinned)
        .await?;
    super::context::redirect_plain_form(&format!("/posts/{topic_id}"));
    Ok(Done { ok: true })
}

/// `POST /api/forum/topics/lock {"topic_id", "locked"}` (moderators).
#[server(prefix = "/api", endpoint = "forum/topics/lock", input = Json)]
pub async fn lock_topic(topic_id: i64, locked: bool) -> Result<Done, AppError> {
    use crate::server::content::repo::TopicFlag;
    let (backend, ctx) = super::context::request().await?;
    crate::server::content::forum::set_flag(&backend, &ctx, topic_id, TopicFlag::Locked, locked)
        .await?;
    super::context::redirect_plain_form(&format!("/posts/{topic_id}"));
    Ok(Done { ok: true })
}

/// `POST /api/comments/create {"target_id", "body", "lang"}` → `{"id"}`.
#[server(prefix = "/api", endpoint = "comments/create", input = Json)]
pub async fn create_comment(
    target_id: i64,
    body: String,
    #[server(default)] lang: String,
) -> Result<Saved, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved =
        crate::server::content::writing::create_comment(&backend, &ctx, target_id, &body, &lang)
            .await?;
    after_form(&saved);
    Ok(saved)
}

/// `POST /api/likes/toggle {"target_id"}` → `{"liked", "like_count"}`.
#[server(prefix = "/api", endpoint = "likes/toggle", input = Json)]
pub async fn toggle_like(target_id: i64) -> Result<LikeState, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let state = crate::server::content::social::toggle_like(&backend, &ctx, target_id).await?;
    super::context::redirect_plain_form(&format!("/posts/{target_id}"));
    Ok(state)
}

/// `GET /api/likes/list?target_id=N` → who liked it (latest first) and the count.
#[server(prefix = "/api", endpoint = "likes/list", input = GetUrl)]
pub async fn list_likes(target_id: i64) -> Result<Likers, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::social::likers(&backend, &ctx, target_id).await?)
}

/// `POST /api/content/update {"id", "title": null|T, "body", "lang"?, "tags"?}`: edits one's
/// own item of any kind.
#[server(prefix = "/api", endpoint = "content/update", input = Json)]
pub async fn update_content(
    id: i64,
    #[server(default)] title: Option<String>,
    body: String,
    #[server(default)] lang: Option<String>,
    #[server(default)] tags: Option<Vec<String>>,
) -> Result<Saved, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved = crate::server::content::writing::update(
        &backend,
        &ctx,
        id,
        title.as_deref(),
        &body,
        lang.as_deref(),
        tags.as_deref(),
    )
    .await?;
    after_form(&saved);
    Ok(saved)
}

/// `POST /api/content/delete {"id"}`: one's own item, or as a moderator of its place.
#[server(prefix = "/api", endpoint = "content/delete", input = Json)]
pub async fn delete_content(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let done = crate::server::content::writing::delete(&backend, &ctx, id).await?;
    super::context::redirect_plain_form("/");
    Ok(done)
}

/// `GET /api/content/get?id=N&lang=L` → the item as the caller may see it, in the version
/// of their languages (or of `lang`).
#[server(prefix = "/api", endpoint = "content/get", input = GetUrl)]
pub async fn get_content(
    id: i64,
    #[server(default)] lang: Option<String>,
) -> Result<Item, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::thread::get(&backend, &ctx, id, lang.as_deref()).await?)
}

/// `GET /api/content/thread?id=N&lang=L` → the whole thread the item belongs to.
#[server(prefix = "/api", endpoint = "content/thread", input = GetUrl)]
pub async fn get_thread(
    id: i64,
    #[server(default)] lang: Option<String>,
) -> Result<Thread, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::thread::thread(&backend, &ctx, id, lang.as_deref()).await?)
}

/// `POST /api/content/preview {"body"}` → `{"html"}`: what saving would store.
#[server(prefix = "/api", endpoint = "content/preview", input = Json)]
pub async fn preview_markdown(body: String) -> Result<Preview, AppError> {
    let (_, ctx) = super::context::request().await?;
    Ok(crate::server::content::writing::preview(&ctx, &body).await?)
}
