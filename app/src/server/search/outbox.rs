//! SQL for the outbox: the changes queued by the database's triggers, in sequence order.

use super::document::Entity;
use super::gaps::Gap;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// One queued change.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Change {
    pub seq: i64,
    pub entity: String,
    pub entity_id: i64,
    pub queued_at: i64,
}

impl Change {
    pub fn entity(&self) -> Option<Entity> {
        Entity::parse(&self.entity)
    }
}

/// Changes after `seq`, in order, `limit` at most.
pub async fn after(db: &Db, seq: i64, limit: i64) -> ServiceResult<Vec<Change>> {
    sqlx::query_as(
        "SELECT seq, entity, entity_id, queued_at FROM search_outbox WHERE seq > $1 \
         ORDER BY seq LIMIT $2",
    )
    .bind(seq)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .context("reading the search outbox")
}

/// The changes with numbers inside `gaps` (those that turned up since they were missed),
/// in order.
pub async fn among(db: &Db, gaps: &[Gap]) -> ServiceResult<Vec<Change>> {
    let mut found = Vec::new();
    // A few hundred ranges per statement keeps the binds well inside both engines' limits.
    for chunk in gaps.chunks(200) {
        let mut sql =
            String::from("SELECT seq, entity, entity_id, queued_at FROM search_outbox WHERE ");
        for i in 0..chunk.len() {
            if i > 0 {
                sql.push_str(" OR ");
            }
            sql.push_str(&format!("seq BETWEEN ${} AND ${}", 2 * i + 1, 2 * i + 2));
        }
        sql.push_str(" ORDER BY seq");
        // Only placeholders are put together here; the numbers are bound.
        let mut query = sqlx::query_as::<_, Change>(sqlx::AssertSqlSafe(sql));
        for g in chunk {
            query = query.bind(g.from).bind(g.to);
        }
        found.extend(
            query
                .fetch_all(&db.pool)
                .await
                .context("reading late changes from the search outbox")?,
        );
    }
    Ok(found)
}

/// The last sequence number given out so far (0 when none).
pub async fn last(db: &Db) -> ServiceResult<i64> {
    let n: Option<i64> = sqlx::query_scalar("SELECT MAX(seq) FROM search_outbox")
        .fetch_one(&db.pool)
        .await
        .context("reading the search outbox's end")?;
    Ok(n.unwrap_or(0))
}

/// The oldest sequence number still kept (`None` when the outbox is empty).
pub async fn first(db: &Db) -> ServiceResult<Option<i64>> {
    sqlx::query_scalar("SELECT MIN(seq) FROM search_outbox")
        .fetch_one(&db.pool)
        .await
        .context("reading the search outbox's start")
}

/// How many changes wait after `seq`, and when the oldest of them was queued.
pub async fn waiting(db: &Db, seq: i64) -> ServiceResult<(i64, Option<i64>)> {
    sqlx::query_as("SELECT COUNT(*), MIN(queued_at) FROM search_outbox WHERE seq > $1")
        .bind(seq)
        .fetch_one(&db.pool)
        .await
        .context("measuring the search lag")
}

/// Removes changes queued before `before` (milliseconds); how many.
pub async fn prune(db: &Db, before: i64) -> ServiceResult<u64> {
    let done = sqlx::query("DELETE FROM search_outbox WHERE queued_at < $1")
        .bind(before)
        .execute(&db.pool)
        .await
        .context("pruning the search outbox")?;
    Ok(done.rows_affected())
}
