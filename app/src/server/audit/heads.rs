//! The daily head: once a day a serving node writes down the trail's last entry (number and
//! hash) in the trail itself and, outside the database, in its log file
//! (`<data dir>/audit-heads.log`) and the server log. A trail whose end was cut off then no
//! longer holds an entry that was written down, and `audit verify` says so.

use std::io::Write;
use std::path::Path;

use super::chain::{Entry, append, head};
use super::verify::{RecordedHead, recorded_line};
use crate::server::clock::now_ms;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Writes today's head unless it is written already (by this node or another); the head
/// written, if any.
pub async fn write_daily(db: &Db, log: &Path) -> ServiceResult<Option<RecordedHead>> {
    let now = now_ms();
    let today = now - now.rem_euclid(DAY_MS);
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(at) FROM audit_log WHERE action = 'audit_head'")
            .fetch_one(&db.pool)
            .await
            .context("reading the last daily head")?;
    if last.is_some_and(|at| at >= today) {
        return Ok(None);
    }
    write_now(db, log).await.map(Some)
}

/// Writes the head as it is now.
pub async fn write_now(db: &Db, log: &Path) -> ServiceResult<RecordedHead> {
    let mut tx = db.pool.begin().await.context("writing the daily head")?;
    let (seq, hash) = head(&mut tx).await?;
    let at = now_ms();
    let entry = Entry {
        at,
        actor: None,
        action: "audit_head",
        community: None,
        subject: None,
        detail: serde_json::json!({ "seq": seq, "hash": hash }).to_string(),
    };
    append(&mut tx, &[entry]).await?;
    // Written down outside: the head with this entry in it, so cutting even this one off
    // is seen.
    let (seq, hash) = head(&mut tx).await?;
    tx.commit().await.context("writing the daily head")?;
    let recorded = RecordedHead { at, seq, hash };
    let line = recorded_line(&recorded);
    tracing::info!("{line}");
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log)
        .context("opening the audit heads log")?;
    writeln!(file, "{line}").context("writing the audit heads log")?;
    file.sync_all().context("writing the audit heads log")?;
    Ok(recorded)
}
