//! `gemenskap mail digests`: builds and queues digests now, for a period that has ended
//! (what the server does by itself once a day and once a week) or, with `--current`, for the
//! period so far (to try digests out). Nobody gets a period's digest twice, however often it
//! runs. Prints how many were queued, how long it took and the process's peak memory.

use std::time::Instant;

use clap::{Subcommand, ValueEnum};

use app::model::mail::MailMode;
use app::server::mail::{digest, period};

use crate::config::Config;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DigestKind {
    Daily,
    Weekly,
}

#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Build and queue digests now (the running server sends them).
    Digests {
        #[arg(long, value_enum, default_value = "weekly")]
        mode: DigestKind,
        /// The period so far (today, this week) instead of the last whole one.
        #[arg(long)]
        current: bool,
    },
}

pub async fn run(config: &Config, cmd: MailCommand) -> anyhow::Result<()> {
    match cmd {
        MailCommand::Digests { mode, current } => digests(config, mode, current).await,
    }
}

async fn digests(config: &Config, kind: DigestKind, current: bool) -> anyhow::Result<()> {
    let backend = super::open(config).await?;
    if !backend.mail.enabled() {
        anyhow::bail!("mail is off: set GEMENSKAP_SMTP_URL to queue digests");
    }
    let mode = match kind {
        DigestKind::Daily => MailMode::Daily,
        DigestKind::Weekly => MailMode::Weekly,
    };
    let now = app::server::clock::now_ms();
    let chosen = if current {
        period::current(mode, now)
    } else {
        period::last_whole(mode, now)
    };
    let Some(period) = chosen else {
        anyhow::bail!("no period");
    };
    let started = Instant::now();
    let queued = digest::run(&backend, &period, now, true)
        .await
        .map_err(app::error::AppError::from)?;
    let secs = started.elapsed().as_secs_f64().max(0.001);
    println!(
        "queued {queued} digests for {} in {secs:.1} s ({:.0} per second); peak memory {} MB",
        period.key,
        queued as f64 / secs,
        peak_memory_mb().map_or_else(|| "unknown".into(), |m| m.to_string())
    );
    Ok(())
}

/// The process's peak resident memory in MB (Linux), for the benchmark's figure.
fn peak_memory_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}
