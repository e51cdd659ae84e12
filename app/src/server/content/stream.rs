//! The streams and lists items appear in: the home stream, a community's, a person's, a
//! tag's, blogs and one's drafts. Each is one query with the reader's visibility filter
//! inside it (see `repo::lists` for the home stream's plan).

use crate::error::AppError;
use crate::model::community::Tool;
use crate::model::content::{
    ContentKind, PersonRef, STREAM_PAGE_SIZE, StreamItem, StreamKind, StreamPage, TagInfo,
};
use crate::model::ids::UserId;
use crate::server::clock::now_ms;
use crate::server::content::input::normal_tag;
use crate::server::content::repo::lists::{self, ListRow, Source, Window};
use crate::server::content::repo::social::{Followed, audience, follows};
use crate::server::content::repo::tags_of;
use crate::server::content::service::place_for;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::ServiceResult;
use crate::server::policy::{Action, Resource, authorize, content_filter};

const DAY_MS: i64 = 24 * 3600 * 1000;
/// The home stream's windows, tried in turn until a page is full: a busy reader's page comes
/// from the last few days, a quiet one's from further back (the last has no bound).
const WINDOWS: [Option<i64>; 4] = [
    Some(3 * DAY_MS),
    Some(45 * DAY_MS),
    Some(400 * DAY_MS),
    None,
];

/// The item kinds of a `kind=` filter; empty for all.
fn kinds(kind: Option<&str>) -> Result<&'static [ContentKind], AppError> {
    match kind.map(str::trim).filter(|k| !k.is_empty()) {
        None => Ok(&[]),
        Some(k) => {
            StreamKind::parse(k)
                .map(StreamKind::kinds)
                .ok_or_else(|| AppError::InvalidRequest {
                    detail: "kind".into(),
                })
        }
    }
}

/// Rows (one more than a page) as a page with its tags and next cursor.
pub(super) async fn to_page(
    backend: &Backend,
    mut rows: Vec<ListRow>,
    next: impl Fn(&ListRow) -> String,
) -> ServiceResult<StreamPage> {
    let next_cursor = if rows.len() > STREAM_PAGE_SIZE {
        rows.truncate(STREAM_PAGE_SIZE);
        rows.last().map(next)
    } else {
        None
    };
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let tags = tags_of(&backend.db, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let own: Vec<String> = tags
                .iter()
                .filter(|(id, _)| *id == r.id)
                .map(|(_, t)| t.clone())
                .collect();
            to_item(r, own)
        })
        .collect();
    Ok(StreamPage { items, next_cursor })
}

fn to_item(r: ListRow, tags: Vec<String>) -> StreamItem {
    let content_kind = ContentKind::parse(&r.kind).unwrap_or(ContentKind::Comment);
    StreamItem {
        id: r.id,
        kind: content_kind
            .stream_kind()
            .map_or("comment", StreamKind::as_str)
            .to_owned(),
        content_kind,
        title: r.title,
        excerpt: r.excerpt,
        lang: r.lang,
        community_slug: r.community_slug,
        community_name: r.community_name,
        author: PersonRef {
            id: UserId(r.author_id),
            display_name: r.author_name,
        },
        created_at: r.published_at.unwrap_or(r.created_at),
        thread_id: r.thread_id,
        like_count: r.like_count,
        reply_count: r.reply_count,
        comment_count: r.comment_count,
        question: r.is_question != 0,
        answered: r.accepted_reply_id.is_some(),
        pinned: r.pinned != 0,
        locked: r.locked != 0,
        edited: r.edited_at.is_some(),
        tags,
    }
}

fn by_time(r: &ListRow) -> String {
    cursor::encode_numeric(r.published_at.unwrap_or(r.created_at), r.id)
}

/// The caller's home stream: their communities, the people, communities and tags they
/// follow, their own posts and where they are mentioned; newest first.
pub async fn home(
    backend: &Backend,
    ctx: &RequestCtx,
    kind: Option<&str>,
    cursor_text: Option<&str>,
) -> ServiceResult<StreamPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let kinds = kinds(kind)?;
    let before = cursor::parse_numeric(cursor_text)?;
    let limit = STREAM_PAGE_SIZE as i64 + 1;
    let from = before.map_or_else(now_ms, |(t, _)| t);
    let mut rows = Vec::new();
    for span in WINDOWS {
        let w = Window {
            before,
            since: span.map(|s| from - s),
            limit,
        };
        rows = lists::home(&backend.db, filter, kinds, &w).await?;
        // A full page inside the window is the true page: everything outside is older.
        if rows.len() as i64 == limit {
            break;
        }
    }
    to_page(backend, rows, by_time).await
}

fn window(cursor_text: Option<&str>) -> Result<Window, AppError> {
    Ok(Window {
        before: cursor::parse_numeric(cursor_text)?,
        since: None,
        limit: STREAM_PAGE_SIZE as i64 + 1,
    })
}

/// A community's stream (every kind, or one).
pub async fn community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    kind: Option<&str>,
    cursor_text: Option<&str>,
) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let (place, c) = place_for(backend, me, Some(slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let c = c.ok_or(AppError::NotFound)?;
    let kinds = kinds(kind)?;
    let w = window(cursor_text)?;
    let rows = lists::threads(&backend.db, filter, Source::Community(c.id), kinds, &w).await?;
    to_page(backend, rows, by_time).await
}

/// A person's stream: their threads wherever the reader may see them.
pub async fn person(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
    kind: Option<&str>,
    cursor_text: Option<&str>,
) -> ServiceResult<StreamPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    authorize(&ctx.actor, Action::View, &Resource::Profile { owner: user })
        .map_err(AppError::from)?;
    if audience(&backend.db, &[user], None).await?.is_empty() {
        return Err(AppError::NotFound.into());
    }
    let kinds = kinds(kind)?;
    let w = window(cursor_text)?;
    let rows = lists::threads(&backend.db, filter, Source::Person(user), kinds, &w).await?;
    to_page(backend, rows, by_time).await
}

/// Everything carrying a tag that the reader may see.
pub async fn tag(
    backend: &Backend,
    ctx: &RequestCtx,
    tag: &str,
    cursor_text: Option<&str>,
) -> ServiceResult<StreamPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let tag = normal_tag(tag).ok_or(AppError::NotFound)?;
    let w = window(cursor_text)?;
    let rows = lists::threads(&backend.db, filter, Source::Tag(&tag), &[], &w).await?;
    to_page(backend, rows, by_time).await
}

/// A tag page's header: the tag as stored and whether the reader follows it.
pub async fn tag_info(backend: &Backend, ctx: &RequestCtx, tag: &str) -> ServiceResult<TagInfo> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let tag = normal_tag(tag).ok_or(AppError::NotFound)?;
    let following = follows(&backend.db, me, Followed::Tag(&tag)).await?;
    Ok(TagInfo { tag, following })
}

/// A blog: a community's (when it has the tool) or a person's personal blog.
pub async fn blog(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
    user: Option<UserId>,
    cursor_text: Option<&str>,
) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let w = window(cursor_text)?;
    let rows = match (community_slug.filter(|s| !s.trim().is_empty()), user) {
        (Some(slug), _) => {
            let (place, c) = place_for(backend, me, Some(slug)).await?;
            authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place))
                .map_err(AppError::from)?;
            let c = c
                .filter(|c| c.tools.contains(&Tool::Blog))
                .ok_or(AppError::NotFound)?;
            let source = Source::Community(c.id);
            lists::threads(&backend.db, filter, source, &[ContentKind::BlogPost], &w).await?
        }
        (None, Some(u)) => {
            let source = Source::PersonalBlog(u);
            lists::threads(&backend.db, filter, source, &[], &w).await?
        }
        (None, None) => {
            return Err(AppError::InvalidRequest {
                detail: "community_slug or user_id".into(),
            }
            .into());
        }
    };
    to_page(backend, rows, by_time).await
}

/// The caller's unpublished blog posts.
pub async fn drafts(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let rows = lists::drafts(&backend.db, me, STREAM_PAGE_SIZE as i64).await?;
    to_page(backend, rows, by_time).await
}
