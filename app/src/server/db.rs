//! The database: one pool over SQLite or PostgreSQL, chosen by the URL, and the migrations.
//!
//! All repository code is written once, in SQL both engines accept (`$1` parameters, which
//! SQLite also reads by number; `RETURNING`; row-value comparisons for keyset paging;
//! timestamps as BIGINT UTC milliseconds). Only the schema files differ, in
//! `migrations/sqlite` and `migrations/postgres`.

use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

/// Which engine a pool talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// A connection pool and the engine behind it.
#[derive(Debug, Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub engine: Engine,
    /// How many times a connection has been taken from the pool: one per query outside a
    /// transaction, one per transaction. Tests read it to prove a page's database work does
    /// not grow beyond its JSON's (a count, unlike a timing, is the same on every machine).
    acquired: Arc<AtomicU64>,
}

/// Why the database could not be opened or migrated.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (expected sqlite: or postgres://)")]
    UnsupportedUrl,
    #[error("connecting to the database")]
    Connect(#[source] sqlx::Error),
    #[error("migrating the database")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    #[error("a PostgreSQL database is backed up with pg_dump (see README.md, Backup and restore)")]
    BackupNeedsPgDump,
    #[error("the backup file's path is not valid UTF-8")]
    BackupPath,
    #[error("writing the backup")]
    Backup(#[source] sqlx::Error),
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

impl Db {
    /// Opens a pool. SQLite gets WAL (readers never wait for the writer), foreign keys and a
    /// busy timeout, so the CLI can write while `serve` runs on the same file.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, DbError> {
        sqlx::any::install_default_drivers();
        let engine = if url.starts_with("sqlite:") {
            Engine::Sqlite
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Engine::Postgres
        } else {
            return Err(DbError::UnsupportedUrl);
        };
        let options = AnyConnectOptions::from_str(url).map_err(DbError::Connect)?;
        let acquired = Arc::new(AtomicU64::new(0));
        // A new connection is handed out without `before_acquire`, so it is counted here.
        let on_connect = Arc::clone(&acquired);
        let on_acquire = Arc::clone(&acquired);
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .before_acquire(move |_conn, _meta| {
                on_acquire.fetch_add(1, Ordering::Relaxed);
                Box::pin(async { Ok(true) })
            })
            .after_connect(move |conn, _meta| {
                on_connect.fetch_add(1, Ordering::Relaxed);
                Box::pin(async move {
                    if engine == Engine::Sqlite {
                        conn.execute("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;")
                            .await?;
                    }
                    Ok(())
                })
            });
        let pool = pool.connect_with(options).await.map_err(DbError::Connect)?;
        Ok(Self {
            pool,
            engine,
            acquired,
        })
    }

    /// Connections taken from the pool so far (see the field).
    pub fn acquired(&self) -> u64 {
        self.acquired.load(Ordering::Relaxed)
    }

    /// Brings the schema up to date; safe to run at every start and from several nodes.
    pub async fn migrate(&self) -> Result<(), DbError> {
        let migrator = match self.engine {
            Engine::Sqlite => &SQLITE_MIGRATIONS,
            Engine::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(DbError::Migrate)
    }

    /// Writes a consistent copy of a SQLite database to `path` while it is in use
    /// (`VACUUM INTO`: one read transaction, so writes before it are in the copy and writes
    /// during it are not, and nothing is half in). PostgreSQL is copied with `pg_dump`.
    pub async fn backup_to(&self, path: &std::path::Path) -> Result<(), DbError> {
        if self.engine != Engine::Sqlite {
            return Err(DbError::BackupNeedsPgDump);
        }
        let target = path.to_str().ok_or(DbError::BackupPath)?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await
            .map_err(DbError::Backup)?;
        Ok(())
    }

    /// What is wrong with this database as a Gemenskap backup, if anything: SQLite's
    /// integrity check, and the schema's migrations recorded.
    pub async fn backup_problem(&self) -> Option<String> {
        match sqlx::query_as::<_, (String,)>("PRAGMA integrity_check")
            .fetch_one(&self.pool)
            .await
        {
            Ok((s,)) if s == "ok" => {}
            Ok((s,)) => return Some(format!("it is damaged: {s}")),
            Err(_) => return Some("it is not a SQLite database".into()),
        }
        match sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM _sqlx_migrations")
            .fetch_one(&self.pool)
            .await
        {
            Ok((n,)) if n > 0 => None,
            _ => Some("it is not a Gemenskap database".into()),
        }
    }

    /// Whether the database answers a trivial query (for `/healthz`).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// A value of a query written at run time (a filter that may or may not apply).
pub enum Arg {
    Text(String),
    Int(i64),
    /// NULL in a number column.
    NullInt,
    /// NULL in a text column.
    NullText,
}

/// The values of a query written at run time, numbered `$1`, `$2` … as they are added, so the
/// SQL text and its bindings cannot drift apart.
#[derive(Default)]
pub struct Args(Vec<Arg>);

type AnyQueryAs<'q, O> =
    sqlx::query::QueryAs<'q, sqlx::Any, O, <sqlx::Any as sqlx::Database>::Arguments>;

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, <sqlx::Any as sqlx::Database>::Arguments>;

impl Args {
    /// Adds a value and returns its placeholder.
    pub fn push(&mut self, a: Arg) -> String {
        self.0.push(a);
        format!("${}", self.0.len())
    }

    /// Binds every value, in order, to a statement that returns nothing.
    pub fn bind_plain<'q>(self, mut query: AnyQuery<'q>) -> AnyQuery<'q> {
        for a in self.0 {
            query = match a {
                Arg::Text(s) => query.bind(s),
                Arg::Int(n) => query.bind(n),
                Arg::NullInt => query.bind(None::<i64>),
                Arg::NullText => query.bind(None::<String>),
            };
        }
        query
    }

    /// Binds every value, in order.
    pub fn bind<'q, O>(self, mut query: AnyQueryAs<'q, O>) -> AnyQueryAs<'q, O> {
        for a in self.0 {
            query = match a {
                Arg::Text(s) => query.bind(s),
                Arg::Int(n) => query.bind(n),
                Arg::NullInt => query.bind(None::<i64>),
                Arg::NullText => query.bind(None::<String>),
            };
        }
        query
    }
}
