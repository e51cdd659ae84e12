//! `gemenskap serve`: migrate, optionally seed the demo, and serve until interrupted.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use leptos::config::LeptosOptions;

use crate::config::Config;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Seed the demo organisation first when the database has no accounts.
    #[arg(long, env = "GEMENSKAP_DEMO")]
    demo: bool,
    /// The built site (the WASM, JS and CSS from cargo-leptos).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    site_root: PathBuf,
}

/// The Leptos options for serving the built site at `bind`. File hashing is on when
/// cargo-leptos left its `hash.txt` beside the binary (release builds).
pub fn leptos_options(bind: SocketAddr, site_root: &std::path::Path) -> LeptosOptions {
    let hashed = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("gemenskap")
        .site_root(site_root.display().to_string())
        .site_pkg_dir("pkg")
        .site_addr(bind)
        .hash_files(hashed)
        .build()
}

pub async fn run(config: &Config, args: ServeArgs) -> anyhow::Result<()> {
    let backend = super::open(config).await?;
    if args.demo {
        let n = app::server::demo::seed_if_empty(&backend)
            .await
            .map_err(app::error::AppError::from)?;
        if n > 0 {
            tracing::info!(
                "seeded {n} demo accounts; log in as {} / {}",
                app::server::demo::DEMO_ADMIN,
                app::server::demo::DEMO_PASSWORD
            );
        }
    }
    // Uploads a stop or a crash interrupted were never recorded; nothing can reach them.
    let unfinished = backend
        .files
        .clear_temporary()
        .await
        .map_err(app::error::AppError::from)?;
    if unfinished > 0 {
        tracing::info!("removed {unfinished} unfinished uploads");
    }
    crate::jobs::spawn_clean_up(backend.clone());
    crate::jobs::spawn_audit_heads(
        backend.clone(),
        config.data_dir.join(crate::jobs::AUDIT_HEADS),
    );
    // The search index: opened or built in the background (searches answer empty until the
    // first build is done), then kept up to date from the outbox.
    app::server::search::indexer::spawn(backend.clone());
    // Mail: notices, digests and the queue, when an SMTP server is configured.
    app::server::mail::sender::spawn(backend.clone()).context("starting mail")?;
    // Mail in: the SMTP listener for the bank's mail server, when one is configured.
    if let Some(listen) = config.mail_listen()? {
        let addr = listen.addr;
        app::server::mail::inbound::listener::spawn(backend.clone(), listen)
            .await
            .with_context(|| format!("listening for mail on {addr}"))?;
    }
    let options = leptos_options(config.bind, &args.site_root);
    let audit = backend.audit.clone();
    let router = crate::router::build(backend, options);
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .with_context(|| format!("binding {}", config.bind))?;
    tracing::info!("serving on http://{}", config.bind);
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await
    .context("serving")?;
    // Reads still queued for the audit trail are written before the process ends.
    audit.flush().await;
    Ok(())
}
