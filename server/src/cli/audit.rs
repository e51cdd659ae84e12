//! `gemenskap audit verify`: walks the audit trail and names the first entry that was
//! changed, removed or reordered, or says the end was cut off (against the heads written
//! down daily, in `<data dir>/audit-heads.log` or the file given); exits 1 when it finds
//! one. `gemenskap audit head` writes the head down now.

use std::path::PathBuf;

use clap::Subcommand;

use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no entry of the audit trail was changed, removed or reordered.
    Verify {
        /// A log with the written-down heads (`audit-head <ms> <seq> <hash>` lines); the
        /// data directory's audit-heads.log by default.
        #[arg(long)]
        heads: Option<PathBuf>,
    },
    /// Write the trail's head down now (as the server does daily).
    Head,
}

pub async fn run(config: &Config, cmd: AuditCommand) -> anyhow::Result<()> {
    let backend = super::open(config).await?;
    let default_log = config.data_dir.join(crate::jobs::AUDIT_HEADS);
    match cmd {
        AuditCommand::Verify { heads } => {
            let log = heads.unwrap_or(default_log);
            let recorded = match std::fs::read_to_string(&log) {
                Ok(text) => app::server::audit::verify::parse_recorded(&text),
                Err(_) => Vec::new(),
            };
            let report = app::server::audit::verify::verify(&backend.db, &recorded)
                .await
                .map_err(app::error::AppError::from)?;
            match report.first_break {
                None => {
                    println!(
                        "the audit trail is intact: {} entries, last hash {}, {} written-down heads checked",
                        report.entries,
                        report.last_hash,
                        recorded.len()
                    );
                    Ok(())
                }
                Some(b) => {
                    eprintln!("the audit trail is broken: {b}");
                    std::process::exit(1);
                }
            }
        }
        AuditCommand::Head => {
            let head = app::server::audit::heads::write_now(&backend.db, &default_log)
                .await
                .map_err(app::error::AppError::from)?;
            println!("{}", app::server::audit::verify::recorded_line(&head));
            Ok(())
        }
    }
}
