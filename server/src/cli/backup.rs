//! `gemenskap backup` and `gemenskap restore`: a consistent copy of a running SQLite
//! instance, and bringing one back. PostgreSQL is copied with `pg_dump` (README.md).
//!
//! A restore never leaves a half-written database: the copy is checked (SQLite's integrity
//! check and the schema's migrations), written beside the live file and renamed over it, and
//! the old file's write-ahead log is removed with it, since it belongs to the old file.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, bail};
use app::server::db::Db;
use clap::Args;

use crate::config::Config;

#[derive(Debug, Args)]
pub struct BackupArgs {
    /// The file to write; it must not exist yet.
    #[arg(long)]
    to: PathBuf,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// A file written by `gemenskap backup`.
    #[arg(long)]
    from: PathBuf,
}

/// Copies the configured SQLite database to `--to`, also while `serve` runs.
pub async fn backup(config: &Config, args: BackupArgs) -> anyhow::Result<()> {
    if args.to.exists() {
        bail!("{} exists already; choose a new file", args.to.display());
    }
    let db = Db::connect(&config.database_url()?, 1)
        .await
        .context("opening the database")?;
    db.backup_to(&args.to).await?;
    println!("backup written to {}", args.to.display());
    Ok(())
}

/// Replaces the configured SQLite database with a backup. Stop `serve` first.
pub async fn restore(config: &Config, args: RestoreArgs) -> anyhow::Result<()> {
    if config.database_url.is_some() {
        bail!(
            "restore brings back the data directory's SQLite database; restore PostgreSQL with pg_restore or psql (README.md)"
        );
    }
    if !args.from.is_file() {
        bail!("{} is not a file", args.from.display());
    }
    std::fs::create_dir_all(&config.data_dir)?;
    let live = config.data_dir.join("gemenskap.db");
    let incoming = config.data_dir.join("gemenskap.db.restoring");
    std::fs::copy(&args.from, &incoming)
        .with_context(|| format!("copying {}", args.from.display()))?;
    if let Err(e) = check_backup(&incoming, &args.from).await {
        remove_with_journal(&incoming)?;
        return Err(e);
    }
    std::fs::File::open(&incoming)?.sync_all()?;
    remove_journal(&live)?;
    std::fs::rename(&incoming, &live).context("putting the backup in place")?;
    println!("restored {} into {}", args.from.display(), live.display());
    Ok(())
}

/// Refuses a copy that is not a sound Gemenskap database (`original` names it in errors).
async fn check_backup(copy: &Path, original: &Path) -> anyhow::Result<()> {
    let url = format!("sqlite:{}", copy.display());
    let db = Db::connect(&url, 1)
        .await
        .with_context(|| format!("{} is not a SQLite database", original.display()))?;
    let problem = db.backup_problem().await;
    db.pool.close().await;
    if let Some(problem) = problem {
        bail!("{} cannot be restored: {problem}", original.display());
    }
    Ok(())
}

/// Removes a database file's write-ahead log and shared memory, which belong to that file.
fn remove_journal(db: &Path) -> anyhow::Result<()> {
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        let path = PathBuf::from(name);
        if path.exists() {
            std::fs::remove_file(&path).with_context(|| format!("removing {}", path.display()))?;
        }
    }
    Ok(())
}

fn remove_with_journal(db: &Path) -> anyhow::Result<()> {
    remove_journal(db)?;
    std::fs::remove_file(db).with_context(|| format!("removing {}", db.display()))
}
