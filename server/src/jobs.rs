//! Background jobs of a serving node: the audit trail's daily head, and the periodic clean-up of ended sessions, of login
//! throttling rows that no longer count, and of files 30 days in the trash (their bytes
//! leave the disk when nothing else uses them). Each node runs it; the deletes are idempotent, so
//! several nodes on one database only repeat each other's work.

use std::time::Duration;

use app::error::AppError;
use app::server::auth::{session, throttle};
use app::server::ctx::Backend;

/// How often the clean-up runs.
pub const CLEAN_UP_EVERY: Duration = Duration::from_secs(10 * 60);

/// One clean-up: returns how many rows (and blobs) went.
pub async fn clean_up(backend: &Backend) -> Result<u64, AppError> {
    let sessions = session::forget_ended(backend).await?;
    let throttling = throttle::forget_old(backend).await?;
    let now = app::server::clock::now_ms();
    let blobs = app::server::files::service::purge_trash(backend, now).await?;
    let kept = app::server::wiki::conflict::forget_old(backend, now).await?;
    let orphans = app::server::files::service::sweep_orphan_blobs(backend).await?;
    let outbox = app::server::search::indexer::prune_outbox(backend, now).await?;
    Ok(sessions + throttling + blobs as u64 + kept + orphans as u64 + outbox)
}

/// Runs [`clean_up`] now and then every [`CLEAN_UP_EVERY`], for as long as the server runs.
pub fn spawn_clean_up(backend: Backend) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(CLEAN_UP_EVERY);
        loop {
            every.tick().await;
            match clean_up(&backend).await {
                Ok(n) if n > 0 => {
                    tracing::info!("clean-up removed {n} ended sessions and old throttling rows")
                }
                Ok(_) => {}
                // The fault is logged with its reference where it was turned into an AppError.
                Err(_) => tracing::warn!("clean-up failed; it runs again later"),
            }
        }
    });
}

/// The file, in the data directory, where the daily heads of the audit trail are written.
pub const AUDIT_HEADS: &str = "audit-heads.log";

/// Writes the audit trail's daily head (at start, then checked every hour), for as long as
/// the server runs.
pub fn spawn_audit_heads(backend: Backend, log: std::path::PathBuf) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(3600));
        loop {
            every.tick().await;
            if app::server::audit::heads::write_daily(&backend.db, &log)
                .await
                .is_err()
            {
                tracing::warn!(
                    "the audit trail's daily head was not written; it is tried again in an hour"
                );
            }
        }
    });
}
