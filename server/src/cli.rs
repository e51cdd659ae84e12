//! The command line: subcommands and what each does.

pub mod audit;
pub mod backup;
pub mod mail;
pub mod search;
pub mod serve;
pub mod user;

use anyhow::Context as _;
use app::server::ctx::{AuthSettings, Backend};
use app::server::db::Db;
use clap::{Parser, Subcommand};

use crate::config::Config;

#[derive(Debug, Parser)]
#[command(name = "gemenskap", version, about = "Gemenskap, a social intranet")]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the intranet (migrates the database first).
    Serve(serve::ServeArgs),
    /// Bring the database schema up to date.
    Migrate,
    /// Seed the demo organisation (only into a database without accounts).
    Demo,
    /// Write a consistent copy of the SQLite database, also while serving.
    Backup(backup::BackupArgs),
    /// Replace the SQLite database with a backup (stop serving first).
    Restore(backup::RestoreArgs),
    /// Manage accounts.
    #[command(subcommand)]
    User(user::UserCommand),
    /// The audit trail.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// The search index.
    #[command(subcommand)]
    Search(search::SearchCommand),
    /// Mail out: digests.
    #[command(subcommand)]
    Mail(mail::MailCommand),
}

/// Opens and migrates the configured database.
pub async fn open(config: &Config) -> anyhow::Result<Backend> {
    let url = config.database_url()?;
    let db = Db::connect(&url, config.db_connections)
        .await
        .context("opening the database")?;
    db.migrate().await.context("migrating the database")?;

    let auth = AuthSettings {
        secure_cookies: config.secure_cookies,
        trust_forwarded_for: config.trust_forwarded_for,
        public_url: config.public_url.clone(),
        rate_limit_scale: config.rate_limit_scale,
        session_idle_ms: i64::from(config.session_idle_hours) * 3600 * 1000,
        ..AuthSettings::default()
    };
    let files = app::server::files::store::FileStore::new(config.data_dir.join("files"));
    let search = app::server::search::index::SearchIndex::new(config.data_dir.join("search"));
    let backend = Backend {
        audit: app::server::audit::AuditSink::start(db.clone()),
        guard: app::server::guard::GuardCache::default(),
        db,
        auth,
        files,
        search,
        mail: config.mail(),
    };
    app::server::profile::service::fill_missing_name_skeletons(&backend)
        .await
        .map_err(app::error::AppError::from)
        .context("filling name skeletons")?;
    Ok(backend)
}

pub async fn migrate(config: &Config) -> anyhow::Result<()> {
    open(config).await?;
    println!("database is up to date");
    Ok(())
}

pub async fn demo(config: &Config) -> anyhow::Result<()> {
    let backend = open(config).await?;
    let n = app::server::demo::seed_if_empty(&backend)
        .await
        .map_err(app::error::AppError::from)?;
    if n == 0 {
        println!("the database has accounts already; nothing seeded");
    } else {
        println!(
            "seeded {n} demo accounts; log in as {} with password {}",
            app::server::demo::DEMO_ADMIN,
            app::server::demo::DEMO_PASSWORD
        );
    }
    Ok(())
}
