//! Forums: a community's topics (pinned first, filtered by answered state), accepting an
//! answer, pinning and locking.

use crate::error::{AppError, FieldError};
use crate::model::community::Tool;
use crate::model::content::{ContentKind, NotificationKind, StreamPage};
use crate::model::ids::{CommunityId, UserId};
use crate::model::language::LanguageRequest;
use crate::server::clock::write_time;
use crate::server::content::languages::CommunityDefault;
use crate::server::content::page::{Batch, fill, language_view};
use crate::server::content::reading::{load, place_for};
use crate::server::content::repo::lists::{self, ListRow, TopicFilter};
use crate::server::content::repo::{self, TopicFlag};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::notification::repo::{Notice, notify};
use crate::server::policy::{Action, Resource, authorize};

/// A page of a community's forum; `filter` is `all`, `questions`, `unanswered` or
/// `answered`.
pub async fn topics(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: &str,
    filter: &str,
    cursor_text: Option<&str>,
    langs: &LanguageRequest,
) -> ServiceResult<StreamPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, community) = place_for(backend, me, Some(community_slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let community = community
        .filter(|c| c.tools.contains(&Tool::Forum))
        .ok_or(AppError::NotFound)?;
    let filter = match filter {
        "" | "all" => TopicFilter::All,
        "questions" => TopicFilter::Questions,
        "unanswered" => TopicFilter::Unanswered,
        "answered" => TopicFilter::Answered,
        _ => {
            return Err(AppError::InvalidRequest {
                detail: "filter".into(),
            }
            .into());
        }
    };
    let first = parse_cursor(cursor_text)?;
    let lv = language_view(
        backend,
        ctx,
        langs,
        CommunityDefault {
            all: community.all_languages,
            languages: &community.languages,
        },
    )
    .await?;
    let key = |r: &ListRow| (r.pinned, r.activity_at, r.id);
    let community = community.id;
    let fetch = |after: Option<ListRow>, limit: i64| async move {
        let before = after.as_ref().map(key).or(first);
        let rows = lists::topics(&backend.db, community, filter, before, limit).await?;
        Ok(Batch::of(rows, limit))
    };
    let next = |r: &ListRow| format!("{}.{}.{}", r.pinned, r.activity_at, r.id);
    fill(backend, &lv, fetch, next).await
}

/// A forum cursor: pinned, last activity and id of the last topic shown.
fn parse_cursor(c: Option<&str>) -> Result<Option<(i64, i64, i64)>, AppError> {
    let Some(c) = c.filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let parts: Vec<Option<i64>> = c.split('.').map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [Some(p), Some(a), Some(i)] => Ok(Some((*p, *a, *i))),
        _ => Err(AppError::InvalidRequest {
            detail: "cursor".into(),
        }),
    }
}

/// Accepts a reply as a question's answer (`reply_id: None` withdraws it). The asker or a
/// moderator may; the reply's author is told.
pub async fn accept(
    backend: &Backend,
    ctx: &RequestCtx,
    topic_id: i64,
    reply_id: Option<i64>,
) -> ServiceResult<Option<i64>> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let topic = load(backend, ctx, topic_id, Action::Accept).await?;
    if topic.kind() != ContentKind::Topic {
        return Err(AppError::NotFound.into());
    }
    if topic.is_question == 0 {
        return Err(AppError::ValidationFailed {
            fields: vec![FieldError::new("topic_id", "not_a_question")],
        }
        .into());
    }
    let reply = match reply_id {
        Some(id) => {
            let r = load(backend, ctx, id, Action::ReadContent).await?;
            if r.parent_id != Some(topic.id) || r.kind() != ContentKind::Reply {
                return Err(AppError::NotFound.into());
            }
            Some(r)
        }
        None => None,
    };
    let now = write_time();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting to accept")?;
    repo::set_accepted(&mut tx, topic.id, reply.as_ref().map(|r| r.id)).await?;
    if let Some(r) = &reply
        && topic.accepted_reply_id != Some(r.id)
    {
        // The topic's row knows its community: no second lookup.
        let community = topic.community_id.map(CommunityId);
        let notice = Notice {
            recipient: UserId(r.author_id),
            kind: NotificationKind::Accepted,
            content: Some(r.id),
            community,
            actor: me,
            now,
        };
        notify(&mut tx, notice).await?;
    }
    tx.commit().await.context("saving the answer")?;
    Ok(reply.map(|r| r.id))
}

/// Pins or unpins, locks or unlocks a topic (moderators of its community).
pub async fn set_flag(
    backend: &Backend,
    ctx: &RequestCtx,
    topic_id: i64,
    flag: TopicFlag,
    on: bool,
) -> ServiceResult<()> {
    let topic = load(backend, ctx, topic_id, Action::ReadContent).await?;
    authorize(
        &ctx.actor,
        Action::Moderate,
        &Resource::Place(topic.place()),
    )
    .map_err(AppError::from)?;
    if topic.kind() != ContentKind::Topic {
        return Err(AppError::NotFound.into());
    }
    repo::set_topic_flag(&backend.db, topic.id, flag, on).await
}
