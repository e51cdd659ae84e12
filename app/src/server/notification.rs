//! In-app notifications: written by the services whose events they report (in the same
//! transaction as the event), read and marked read here.
//!
//! A notification is shown only while its recipient may still see what it is about: the
//! list and the unread count apply the content visibility filter for the recipient when they
//! are read, so someone removed from a restricted community stops seeing its notifications
//! at once, counts included.

pub mod repo;

use crate::error::AppError;
use crate::model::content::{NOTIFICATION_PAGE_SIZE, NotificationPage, UnreadCount};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::ServiceResult;
use crate::server::policy::content_filter;

/// The most ids one "mark read" call takes.
const MAX_MARK: usize = 500;

/// A page of the caller's notifications, newest first, with the unread count.
pub async fn list(
    backend: &Backend,
    ctx: &RequestCtx,
    cursor_text: Option<&str>,
) -> ServiceResult<NotificationPage> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let before = cursor::parse_numeric(cursor_text)?;
    let limit = NOTIFICATION_PAGE_SIZE as i64;
    let mut items = repo::list(&backend.db, filter, before, limit + 1).await?;
    let next_cursor = if items.len() > NOTIFICATION_PAGE_SIZE {
        items.truncate(NOTIFICATION_PAGE_SIZE);
        items
            .last()
            .map(|n| cursor::encode_numeric(n.created_at, n.id))
    } else {
        None
    };
    let unread = repo::unread(&backend.db, filter).await?;
    Ok(NotificationPage {
        items,
        unread,
        next_cursor,
    })
}

/// The caller's unread count (what the header shows).
pub async fn unread(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<UnreadCount> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    let unread = repo::unread(&backend.db, filter).await?;
    let label =
        crate::i18n::I18n::new(ctx.ui_lang).t_args("nav-unread", &[("count", unread.into())]);
    Ok(UnreadCount { unread, label })
}

/// Marks some of the caller's notifications read, or all of them when `ids` is empty.
pub async fn mark_read(
    backend: &Backend,
    ctx: &RequestCtx,
    ids: &[i64],
) -> ServiceResult<UnreadCount> {
    let filter = content_filter(&ctx.actor).map_err(AppError::from)?;
    if ids.len() > MAX_MARK {
        return Err(AppError::InvalidRequest {
            detail: "ids".into(),
        }
        .into());
    }
    repo::mark_read(&backend.db, filter, ids, now_ms()).await?;
    unread(backend, ctx).await
}
