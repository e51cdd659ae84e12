//! SQL for the append-only membership history: writing events and reading them back.

use sqlx::AnyConnection;

use crate::model::community::{CommunityRole, HistoryEvent};
use crate::model::ids::{CommunityId, UserId};
use crate::server::clock::now_ms;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// One membership event to record.
#[derive(Debug, Clone, Copy)]
pub struct Event<'a> {
    pub community: CommunityId,
    pub person: Option<UserId>,
    pub actor: Option<UserId>,
    pub event: &'static str,
    pub role: Option<CommunityRole>,
    pub reason: &'a str,
}

pub(super) async fn insert_event(conn: &mut AnyConnection, e: &Event<'_>) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO community_history (community_id, user_id, actor_id, event, role, reason, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(e.community.0)
    .bind(e.person.map(|u| u.0))
    .bind(e.actor.map(|u| u.0))
    .bind(e.event)
    .bind(e.role.map(CommunityRole::as_str))
    .bind(e.reason)
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .context("recording a membership event")?;
    // In a restricted community the change is also in the audit trail, in this transaction.
    let restricted: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM communities WHERE id = $1 AND visibility = 'restricted'",
    )
    .bind(e.community.0)
    .fetch_optional(&mut *conn)
    .await
    .context("recording a membership event")?;
    if restricted.is_some() {
        let entry = crate::server::audit::Entry {
            at: now_ms(),
            actor: e.actor.map(|u| u.0),
            action: "membership",
            community: Some(e.community.0),
            subject: e.person.map(|u| u.0),
            detail: serde_json::json!({
                "event": e.event,
                "role": e.role.map(CommunityRole::as_str),
                "reason": e.reason,
            })
            .to_string(),
        };
        crate::server::audit::append(conn, &[entry]).await?;
    }
    Ok(())
}

/// Records an event on its own (a refusal).
pub async fn record(db: &Db, e: &Event<'_>) -> ServiceResult<()> {
    let mut conn = db.pool.acquire().await.context("getting a connection")?;
    insert_event(&mut conn, e).await
}

type HistoryRow = (
    i64,
    i64,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

const HISTORY_SELECT: &str = "SELECT h.id, h.at, h.event, h.user_id, pp.display_name, u.email, \
     pa.display_name, h.role, h.reason FROM community_history h \
     LEFT JOIN profiles pp ON pp.user_id = h.user_id \
     LEFT JOIN users u ON u.id = h.user_id \
     LEFT JOIN profiles pa ON pa.user_id = h.actor_id \
     WHERE h.community_id = $1";

/// A recorded event with the e-mail of its person.
pub struct StoredEvent {
    pub event: HistoryEvent,
    pub email: Option<String>,
}

fn stored_event(
    (id, at, event, uid, person, email, actor, role, reason): HistoryRow,
) -> StoredEvent {
    StoredEvent {
        event: HistoryEvent {
            id,
            at,
            event,
            person,
            person_id: uid.map(UserId),
            actor,
            role: role.as_deref().and_then(CommunityRole::parse),
            reason,
        },
        email,
    }
}

/// A page of history, newest first, before the `(at, id)` cursor.
pub async fn history_page(
    db: &Db,
    id: CommunityId,
    before: Option<(i64, i64)>,
    limit: i64,
) -> ServiceResult<Vec<HistoryEvent>> {
    let (at, hid) = before.unwrap_or((i64::MAX, i64::MAX));
    let sql = format!(
        "{HISTORY_SELECT} AND (h.at, h.id) < ($2, $3) ORDER BY h.at DESC, h.id DESC LIMIT $4"
    );
    let rows: Vec<HistoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .bind(at)
        .bind(hid)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .context("reading history")?;
    Ok(rows.into_iter().map(|r| stored_event(r).event).collect())
}

/// Every event before `until`, oldest first, for the insider list.
pub async fn history_until(
    db: &Db,
    id: CommunityId,
    until: i64,
) -> ServiceResult<Vec<StoredEvent>> {
    let sql = format!("{HISTORY_SELECT} AND h.at < $2 ORDER BY h.at, h.id");
    let rows: Vec<HistoryRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id.0)
        .bind(until)
        .fetch_all(&db.pool)
        .await
        .context("reading history")?;
    Ok(rows.into_iter().map(stored_event).collect())
}
