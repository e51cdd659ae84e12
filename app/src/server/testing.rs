//! Test support (used by the service tests and the server's HTTP tests, never by `serve`): a fresh, migrated database per test, on SQLite and, when the test run
//! provides a PostgreSQL server, on PostgreSQL too.
//!
//! `GEMENSKAP_TEST_POSTGRES_URL` names a server URL (e.g. `postgres://u@127.0.0.1:5433`);
//! each test gets its own database there. With `GEMENSKAP_TEST_REQUIRE_POSTGRES=1` (set by
//! `make test`) a missing server fails the tests instead of skipping PostgreSQL.

#![allow(clippy::expect_used)]

use std::sync::atomic::{AtomicU64, Ordering};

use sqlx::Connection;

use super::audit::AuditSink;
use super::ctx::{AuthSettings, Backend};
use super::db::Db;
use super::files::store::FileStore;
use super::guard::GuardCache;
use super::search::index::SearchIndex;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The backends a service test runs on: SQLite always, PostgreSQL when configured.
pub async fn backends() -> Vec<Backend> {
    let mut out = vec![sqlite().await];
    if let Some(pg) = postgres().await {
        out.push(pg);
    }
    out
}

/// Removes the databases of earlier test processes that have ended, so repeated runs do not
/// fill the disk (each test's database lives as long as its process).
fn remove_stale_databases() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = name
                .strip_prefix("gemenskap-test-")
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<u32>().ok());
            if let Some(pid) = pid
                && pid != std::process::id()
                && !std::path::Path::new(&format!("/proc/{pid}")).exists()
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    });
}

async fn sqlite() -> Backend {
    remove_stale_databases();
    let dir = std::env::temp_dir().join(format!(
        "gemenskap-test-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).expect("creating a test directory");
    let url = format!("sqlite:{}?mode=rwc", dir.join("test.db").display());
    let db = Db::connect(&url, 4).await.expect("opening a test database");
    db.migrate().await.expect("migrating a test database");
    Backend {
        audit: AuditSink::start(db.clone()),
        guard: GuardCache::default(),
        db,
        auth: AuthSettings::default(),
        mail: crate::server::mail::MailSettings::default(),
        files: FileStore::new(dir.join("files")),
        search: SearchIndex::new(dir.join("search")),
    }
}

async fn postgres() -> Option<Backend> {
    let base = std::env::var("GEMENSKAP_TEST_POSTGRES_URL")
        .ok()
        .filter(|s| !s.is_empty());
    let Some(base) = base else {
        assert!(
            std::env::var("GEMENSKAP_TEST_REQUIRE_POSTGRES").is_err(),
            "GEMENSKAP_TEST_REQUIRE_POSTGRES is set but GEMENSKAP_TEST_POSTGRES_URL is not"
        );
        return None;
    };
    sqlx::any::install_default_drivers();
    let name = format!(
        "gemenskap_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    let admin_url = format!("{base}/postgres");
    let mut conn = sqlx::AnyConnection::connect(&admin_url)
        .await
        .expect("connecting to the test PostgreSQL server");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("creating a test database");
    conn.close().await.expect("closing the admin connection");
    let db = Db::connect(&format!("{base}/{name}"), 4)
        .await
        .expect("opening a test database");
    db.migrate().await.expect("migrating a test database");
    let files = std::env::temp_dir().join(format!(
        "gemenskap-test-{}-{name}-files",
        std::process::id()
    ));
    Some(Backend {
        audit: AuditSink::start(db.clone()),
        guard: GuardCache::default(),
        db,
        auth: AuthSettings::default(),
        mail: crate::server::mail::MailSettings::default(),
        search: SearchIndex::new(files.with_extension("search")),
        files: FileStore::new(files),
    })
}
