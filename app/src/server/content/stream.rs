//! The streams and lists items appear in: the home stream, a community's, a person's, a
//! tag's, blogs and one's drafts. Each is one query with the reader's visibility filter
//! inside it (see `repo::lists` for the home stream's plan).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::AppError;
use crate::model::community::Tool;
use crate::model::content::{ContentKind, STREAM_PAGE_SIZE, StreamKind, StreamPage, TagInfo};
use crate::model::ids::UserId;
use crate::model::language::LanguageRequest;
use crate::server::clock::now_ms;
use crate::server::content::input::normal_tag;
use crate::server::content::languages::{CommunityDefault, LangView};
use crate::server::content::page::{Batch, fill, fill_with, language_view};
use crate::server::content::reading::place_for;
use crate::server::content::repo::lists::{self, Key, ListRow, Source, Window};
use crate::server::content::repo::social::{Followed, audience, follows};
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

fn key_time(k: &Key) -> (i64, i64) {
    (k.published_at.unwrap_or(k.created_at), k.id)
}

fn time_key(r: &ListRow) -> (i64, i64) {
    (r.published_at.unwrap_or(r.created_at), r.id)
}

fn by_time(r: &ListRow) -> String {
    let (t, id) = time_key(r);
    cursor::encode_numeric(t, id)
}

/// The caller's home stream: their communities, the people, communities and tags they
/// follow, their own posts and where they are mentioned; newest first, in the reader's
/// languages.
pub async fn home(
    backend: &Backend,
    ctx: &RequestCtx,
    kind: Option<&str>,
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let kinds = kinds(kind)?;
    let first = cursor::parse_numeric(cursor_text)?;
    let lv = language_view(backend, ctx, langs, false).await?;
    let from = first.map_or_else(now_ms, |(t, _)| t);
    // The window only ever widens, also across the batches of one page.
    let span = AtomicUsize::new(0);
    let span = &span;
    let fetch = |after: Option<Key>, limit: i64| async move {
        let before = after.as_ref().map(key_time).or(first);
        loop {
            let at = span.load(Ordering::Relaxed);
            let last = at + 1 == WINDOWS.len();
            let w = Window {
                before,
                since: WINDOWS[at].map(|s| from - s),
                limit,
            };
            let rows = lists::home(&backend.db, filter, kinds, &w).await?;
            // A full batch inside the window is the true batch: everything outside is older.
            if rows.len() as i64 == limit {
                return Ok(Batch { rows, more: true });
            }
            if last {
                return Ok(Batch { rows, more: false });
            }
            // The window is read to its start. What it held comes first; a wider window is
            // opened only if the page still needs more.
            span.store(at + 1, Ordering::Relaxed);
            if !rows.is_empty() {
                return Ok(Batch { rows, more: true });
            }
        }
    };
    let next = |k: &Key| {
        let (t, id) = key_time(k);
        cursor::encode_numeric(t, id)
    };
    let lines = |keys: Vec<Key>| async move {
        let ids: Vec<i64> = keys.iter().map(|k| k.id).collect();
        lists::by_ids(&backend.db, &ids).await
    };
    let page = fill_with(backend, &lv, fetch, next, lines).await?;
    record_restricted(backend, ctx, &page).await?;
    Ok(page)
}

/// Records, per restricted community whose items a stream page shows, which ones were shown:
/// a stream is read too.
async fn record_restricted(
    backend: &Backend,
    ctx: &RequestCtx,
    page: &StreamPage,
) -> ServiceResult<()> {
    let mut slugs: Vec<&str> = page
        .items
        .iter()
        .filter_map(|i| i.community_slug.as_deref())
        .collect();
    slugs.sort_unstable();
    slugs.dedup();
    if slugs.is_empty() {
        return Ok(());
    }
    for (id, slug) in crate::server::search::repo::restricted_among(&backend.db, &slugs).await? {
        let ids: Vec<i64> = page
            .items
            .iter()
            .filter(|i| i.community_slug.as_deref() == Some(slug.as_str()))
            .map(|i| i.id)
            .collect();
        backend.audit.record(crate::server::audit::Entry {
            at: now_ms(),
            actor: ctx.actor.user_id().map(|u| u.0),
            action: "stream_read",
            community: Some(id),
            subject: None,
            detail: serde_json::json!({ "items": ids }).to_string(),
        });
    }
    Ok(())
}

/// A list of threads from one source, newest first, in the reader's languages.
async fn from_source(
    backend: &Backend,
    ctx: &RequestCtx,
    source: Source<'_>,
    kinds: &[ContentKind],
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
    community: CommunityDefault<'_>,
) -> ServiceResult<StreamPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let first = cursor::parse_numeric(cursor_text)?;
    let lv = language_view(backend, ctx, langs, community).await?;
    let fetch = |after: Option<ListRow>, limit: i64| async move {
        let w = Window {
            before: after.as_ref().map(time_key).or(first),
            since: None,
            limit,
        };
        Ok(Batch::of(
            lists::threads(&backend.db, filter, source, kinds, &w).await?,
            limit,
        ))
    };
    let page = fill(backend, &lv, fetch, by_time).await?;
    record_restricted(backend, ctx, &page).await?;
    Ok(page)
}

/// A community's stream (every kind, or one).
pub async fn community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    kind: Option<&str>,
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, c) = place_for(backend, me, Some(slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let c = c.ok_or(AppError::NotFound)?;
    let kinds = kinds(kind)?;
    let source = Source::Community(c.id);
    from_source(
        backend,
        ctx,
        source,
        kinds,
        cursor_text,
        langs,
        CommunityDefault {
            all: c.all_languages,
            languages: &c.languages,
        },
    )
    .await
}

/// A person's stream: their threads wherever the reader may see them.
pub async fn person(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
    kind: Option<&str>,
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    authorize(&ctx.actor, Action::View, &Resource::Profile { owner: user })
        .map_err(AppError::from)?;
    if audience(&backend.db, &[user], None).await?.is_empty() {
        return Err(AppError::NotFound.into());
    }
    let kinds = kinds(kind)?;
    from_source(
        backend,
        ctx,
        Source::Person(user),
        kinds,
        cursor_text,
        langs,
        false.into(),
    )
    .await
}

/// Everything carrying a tag that the reader may see.
pub async fn tag(
    backend: &Backend,
    ctx: &RequestCtx,
    tag: &str,
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    let tag = normal_tag(tag).ok_or(AppError::NotFound)?;
    from_source(
        backend,
        ctx,
        Source::Tag(&tag),
        &[],
        cursor_text,
        langs,
        false.into(),
    )
    .await
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
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    match (community_slug.filter(|s| !s.trim().is_empty()), user) {
        (Some(slug), _) => {
            let (place, c) = place_for(backend, me, Some(slug)).await?;
            authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place))
                .map_err(AppError::from)?;
            let c = c
                .filter(|c| c.tools.contains(&Tool::Blog))
                .ok_or(AppError::NotFound)?;
            let source = Source::Community(c.id);
            let kinds = &[ContentKind::BlogPost];
            from_source(
                backend,
                ctx,
                source,
                kinds,
                cursor_text,
                langs,
                CommunityDefault {
                    all: c.all_languages,
                    languages: &c.languages,
                },
            )
            .await
        }
        (None, Some(u)) => {
            let source = Source::PersonalBlog(u);
            from_source(backend, ctx, source, &[], cursor_text, langs, false.into()).await
        }
        (None, None) => Err(AppError::InvalidRequest {
            detail: "community_slug or user_id".into(),
        }
        .into()),
    }
}

/// The caller's unpublished blog posts (one page; every language: they are the caller's).
pub async fn drafts(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let lv = LangView::everything(me);
    let fetch = |_: Option<ListRow>, _: i64| async move {
        let rows = lists::drafts(&backend.db, me, STREAM_PAGE_SIZE as i64).await?;
        Ok(Batch { rows, more: false })
    };
    fill(backend, &lv, fetch, by_time).await
}
