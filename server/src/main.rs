//! `gemenskap`: the one binary. `serve` runs the intranet; `migrate`, `demo` and `user ...`
//! act on the same database, chosen by the same configuration.

use std::process::ExitCode;

use clap::Parser;

use gemenskap::cli::{self, Cli, Command};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Serve(args) => cli::serve::run(&cli.config, args).await,
        Command::Migrate => cli::migrate(&cli.config).await,
        Command::Demo => cli::demo(&cli.config).await,
        Command::Backup(args) => cli::backup::backup(&cli.config, args).await,
        Command::Restore(args) => cli::backup::restore(&cli.config, args).await,
        Command::User(cmd) => cli::user::run(&cli.config, cmd).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gemenskap: {e:#}");
            ExitCode::FAILURE
        }
    }
}
