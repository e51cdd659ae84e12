//! `gemenskap`: the one binary. `serve` runs the intranet; `migrate`, `demo` and `user ...`
//! act on the same database, chosen by the same configuration.

use std::process::ExitCode;

use clap::Parser;

use gemenskap::cli::{self, Cli, Command};

fn main() -> ExitCode {
    return_large_allocations_at_once();
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(e) => {
            eprintln!("gemenskap: starting the runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Large allocations (password hashing takes 19 MiB each time) go straight back to the
/// system when freed. glibc otherwise raises its mmap threshold after the first such free and
/// keeps later ones in its heaps: seeding the demo's 18 accounts left the process at 330 MB
/// instead of 35 MB (`make bench-memory`, docs/benchmarks.md).
fn return_large_allocations_at_once() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a tunable of the allocator; it runs before any other thread
    // exists, and a refusal (return value 0) leaves the default in place, which is harmless.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

async fn run() -> ExitCode {
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
        Command::Search(cmd) => cli::search::run(&cli.config, cmd).await,
        Command::Audit(cmd) => cli::audit::run(&cli.config, cmd).await,
        Command::Mail(cmd) => cli::mail::run(&cli.config, cmd).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gemenskap: {e:#}");
            ExitCode::FAILURE
        }
    }
}
