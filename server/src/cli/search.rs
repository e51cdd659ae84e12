//! `gemenskap search reindex`: rebuilds the search index while the server keeps answering
//! from the old one, then switches to the new one (the running server follows within a
//! second), with a progress line and the throughput at the end.

use std::io::Write;
use std::time::Instant;

use clap::Subcommand;

use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum SearchCommand {
    /// Rebuild the search index from the database, online.
    Reindex,
}

pub async fn run(config: &Config, cmd: SearchCommand) -> anyhow::Result<()> {
    match cmd {
        SearchCommand::Reindex => reindex(config).await,
    }
}

async fn reindex(config: &Config) -> anyhow::Result<()> {
    let backend = super::open(config).await?;
    let started = Instant::now();
    let progress = |done: u64| {
        let secs = started.elapsed().as_secs_f64().max(0.001);
        eprint!(
            "\r  indexed {done:>9} documents  {:>8.0} per second",
            done as f64 / secs
        );
        let _ = std::io::stderr().flush();
    };
    let (_live, meta) = app::server::search::indexer::build_and_publish(&backend, &progress)
        .await
        .map_err(app::error::AppError::from)?;
    let secs = started.elapsed().as_secs_f64().max(0.001);
    eprintln!();
    println!(
        "rebuilt the search index: {} documents in {:.1} s ({:.0} per second), up to change {}; \
         the server switches to it within a second",
        meta.built_docs,
        secs,
        meta.built_docs as f64 / secs,
        meta.cursor
    );
    Ok(())
}
