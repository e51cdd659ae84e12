//! The queue of writes the guard held: officers see every one and decide (release: the
//! write is done as its author; reject: nothing is written); an author sees their own and
//! what was decided. Each decision is in the trail with its reason.

use crate::error::{AppError, FieldError};
use crate::model::guard::{HeldPage, HeldStatus};
use crate::server::audit::{self, Entry};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::held;
use crate::server::policy::{Action, Resource, authorize};

use super::is_officer;

const PAGE: i64 = 30;
/// The longest reason.
pub const MAX_REASON: usize = 2000;

/// Held writes, newest first: for an officer all of them (those still waiting only, when
/// `waiting`), for anyone else their own.
pub async fn list(
    backend: &Backend,
    ctx: &RequestCtx,
    waiting: bool,
    cursor: Option<&str>,
) -> ServiceResult<HeldPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let officer = is_officer(&backend.db, me).await?;
    let before = match cursor.filter(|c| !c.is_empty()) {
        Some(c) => Some(c.parse::<i64>().map_err(|_| AppError::InvalidRequest {
            detail: "cursor".into(),
        })?),
        None => None,
    };
    let author = (!officer).then_some(me);
    let mut items = held::list(&backend.db, author, waiting, before, PAGE + 1).await?;
    let next_cursor = if items.len() as i64 > PAGE {
        items.truncate(PAGE as usize);
        items.last().map(|i| i.id.to_string())
    } else {
        None
    };
    for item in &mut items {
        let r = Resource::HeldWrite {
            author: item.author.id,
            officer,
        };
        authorize(&ctx.actor, Action::View, &r).map_err(AppError::from)?;
        item.may_decide =
            item.status == HeldStatus::Held && authorize(&ctx.actor, Action::Approve, &r).is_ok();
    }
    Ok(HeldPage { items, next_cursor })
}

/// Releases or rejects a held write (officers, not its author). A release does the write as
/// its author now, through the same checks as any write but the guard; when that fails (the
/// author left the community, the page changed meanwhile) nothing is decided and the error
/// says why.
pub async fn decide(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    release: bool,
    reason: &str,
) -> ServiceResult<HeldStatus> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let officer = is_officer(&backend.db, me).await?;
    let Some((item, write)) = held::get(&backend.db, id).await? else {
        return Err(AppError::NotFound.into());
    };
    let r = Resource::HeldWrite {
        author: item.author.id,
        officer,
    };
    // Someone who may not even see it learns nothing of it.
    authorize(&ctx.actor, Action::View, &r).map_err(|_| AppError::NotFound)?;
    authorize(&ctx.actor, Action::Approve, &r).map_err(AppError::from)?;
    let reason = reason.trim();
    if reason.chars().count() > MAX_REASON {
        return Err(AppError::validation(vec![FieldError::with_limit(
            "reason",
            "too_long",
            MAX_REASON as u32,
        )])
        .into());
    }
    if item.status != HeldStatus::Held {
        return Ok(item.status);
    }
    // One decision at a time: two officers releasing at once must not write twice.
    if !held::claim(&backend.db, id, me).await? {
        return Err(AppError::validation(vec![FieldError::new("id", "being_decided")]).into());
    }
    let (status, result) = if release {
        match held::replay(backend, item.author.id, &write).await {
            Ok(done) => (HeldStatus::Released, Some(done)),
            Err(e) => {
                held::unclaim(&backend.db, id).await?;
                return Err(e);
            }
        }
    } else {
        (HeldStatus::Rejected, None)
    };
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("deciding a held write")?;
    let result_id = result.as_ref().map(|r| r.0);
    if !held::decide(&mut tx, id, status, me, reason, result).await? {
        return Ok(item.status);
    }
    let community = sqlx::query_scalar::<_, Option<i64>>(
        "SELECT community_id FROM compliance_held WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut *tx)
    .await
    .context("deciding a held write")?;
    let entry = Entry {
        at: now_ms(),
        actor: Some(me.0),
        action: if release {
            "held_released"
        } else {
            "held_rejected"
        },
        community,
        subject: Some(id),
        detail: serde_json::json!({
            "author_id": item.author.id.0,
            "write": item.write_kind,
            "names": item.matches.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
            "reason": reason,
            "result_id": result_id,
        })
        .to_string(),
    };
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await.context("deciding a held write")?;
    Ok(status)
}
