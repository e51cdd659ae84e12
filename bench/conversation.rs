//! Benchmark: the home activity stream at 100,000 people and 2,000,000 items.
//!
//! Generates straight into a fresh database: 100,000 people; 5,000 communities whose sizes
//! fall off like real ones (one of 40,000 members, a few thousand-member ones, most between 20
//! and 100; 15% restricted, at most 30 members); 2,000,000 items over two years (75% in
//! communities, busier ones more active; a quarter of them replies and comments), tags on
//! topics and blog posts, 3% with a mention, and follows for 10,000 active people. Items are
//! in ten languages: a community writes 70% in its own, 20% in English, 10% in the author's;
//! 2% of threads have a translation. The typical and quiet readers read Swedish and English
//! in mostly Swedish communities; the heavy one reads three languages of ten.
//!
//! Then times, for three readers (typical: 9 communities, 20 people, 3 tags; heavy: 60
//! communities, 200 people, 10 tags; quiet: 2 small communities, 3 people):
//! - the stream service (`content::stream::home`): first page in the reader's own languages
//!   and in the cross-language view (200 calls each, taking turns), fifth page, forum filter
//!   (50 calls each);
//! - a community's stream and a tag page, in both views;
//! - over HTTP through the real router: `GET /api/stream` and the home page `GET /` (the
//!   server-rendered stream page), and `GET /api/stream?all_languages=true`, with 4 clients
//!   at once for 10 seconds: requests per second, p50 and p99.
//!
//! Run with `make bench-stream` (SQLite; and PostgreSQL inside `scripts/with-postgres.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "http_load.rs"]
mod http_load;

use std::net::SocketAddr;
use std::path::Path;
use std::time::Instant;

use app::model::ids::UserId;
use app::model::language::LanguageRequest;
use app::server::auth::session::{COOKIE_NAME, hash_token};
use app::server::content::stream;
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::Db;
use app::server::policy::Actor;

#[path = "stream_world.rs"]
mod stream_world;
use stream_world::*;

use http_load::percentile;

async fn time_service<F, Fut>(engine: &str, label: &str, runs: usize, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = usize>,
{
    let mut times = Vec::with_capacity(runs);
    let mut rows = 0;
    for _ in 0..runs {
        let t = Instant::now();
        rows = f().await;
        times.push(t.elapsed());
    }
    let p50 = percentile(&mut times, 0.5);
    let p99 = percentile(&mut times, 0.99);
    println!("{engine}: {label:<44} {p50:>8.2} {p99:>8.2} {rows:>5}");
}

/// Fetches `path` with `clients` at once for `seconds`; prints requests/s, p50 and p99.
async fn load(
    engine: &str,
    label: &str,
    base: &str,
    path: &str,
    cookie: &str,
    clients: usize,
    seconds: u64,
) {
    let l = http_load::load(base, path, cookie, clients, seconds).await;
    println!(
        "{engine}: {label:<44} {:>8.2} {:>8.2} {:>7.0} req/s ({clients} clients)",
        l.p50_ms, l.p99_ms, l.rps
    );
}

async fn run(backend: &Backend, world: &World, engine: &str) {
    println!(
        "{engine}: {:<44} {:>8} {:>8} {:>5}",
        "case", "p50 ms", "p99 ms", "rows"
    );
    let readers = [
        (1, "typical reader"),
        (2, "heavy reader"),
        (3, "quiet reader"),
    ];
    let own = LanguageRequest::default();
    let every = LanguageRequest {
        lang: None,
        all_languages: Some(true),
    };
    for (id, who) in readers {
        let ctx = RequestCtx::for_actor(Actor::Member(UserId(id)));
        // The two views take turns, 200 calls each, so that both meet the same cache and the
        // same background work: their ratio is what the language filter costs.
        let hidden = stream::home(backend, &ctx, None, None, &own)
            .await
            .unwrap()
            .hidden_by_language
            .values()
            .sum::<i64>();
        let (mut filtered, mut across) = (Vec::new(), Vec::new());
        for turn in 0..400 {
            let langs = if turn % 2 == 0 { &own } else { &every };
            let t = Instant::now();
            let page = stream::home(backend, &ctx, None, None, langs)
                .await
                .unwrap();
            assert_eq!(page.items.len(), 20);
            if turn % 2 == 0 {
                filtered.push(t.elapsed());
            } else {
                across.push(t.elapsed());
            }
        }
        let (f50, f99) = (
            percentile(&mut filtered, 0.5),
            percentile(&mut filtered, 0.99),
        );
        let (a50, a99) = (percentile(&mut across, 0.5), percentile(&mut across, 0.99));
        println!(
            "{engine}: {:<44} {f50:>8.2} {f99:>8.2}    20",
            format!("{who}: first page, own languages")
        );
        println!(
            "{engine}: {:<44} {a50:>8.2} {a99:>8.2}    20",
            format!("{who}: first page, all languages")
        );
        println!(
            "{engine}:   (left out by language: {hidden}; own / all at p50: {:.2})",
            f50 / a50
        );
        let mut cursor = None;
        for _ in 0..4 {
            cursor = stream::home(backend, &ctx, None, cursor.as_deref(), &own)
                .await
                .unwrap()
                .next_cursor;
        }
        time_service(engine, &format!("{who}: fifth page"), 50, || async {
            stream::home(backend, &ctx, None, cursor.as_deref(), &own)
                .await
                .unwrap()
                .items
                .len()
        })
        .await;
        time_service(engine, &format!("{who}: forum only"), 50, || async {
            stream::home(backend, &ctx, Some("forum"), None, &own)
                .await
                .unwrap()
                .items
                .len()
        })
        .await;
    }
    let ctx = RequestCtx::for_actor(Actor::Member(UserId(1)));
    let biggest = "c-0";
    for (langs, view) in [(&own, "own languages"), (&every, "all languages")] {
        let label = format!("community stream (40,000 members), {view}");
        time_service(engine, &label, 50, || async {
            stream::community(backend, &ctx, biggest, None, None, langs)
                .await
                .unwrap()
                .items
                .len()
        })
        .await;
        let label = format!("tag page (most used tag), {view}");
        time_service(engine, &label, 50, || async {
            stream::tag(backend, &ctx, "tag1", None, langs)
                .await
                .unwrap()
                .items
                .len()
        })
        .await;
    }
    let _ = (&world.members, &world.restricted);

    // The same over HTTP, through the real router, as the typical reader.
    // Session tokens are 64 characters; anything else is refused before the lookup.
    let token = format!("{:064x}", u64::from(std::process::id()));
    sqlx::query(
        "INSERT INTO sessions (token_hash, user_id, auth_method, created_at, expires_at) VALUES ($1, 1, 'password', 0, $2)",
    )
    .bind(hash_token(&token))
    .bind(i64::MAX / 2)
    .execute(&backend.db.pool)
    .await
    .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = gemenskap::cli::serve::leptos_options(addr, Path::new("target/site"));
    let router = gemenskap::router::build(backend.clone(), options);
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    let base = format!("http://{addr}");
    let cookie = format!("{COOKIE_NAME}={token}");
    load(
        engine,
        "GET /api/stream (typical reader)",
        &base,
        "/api/stream",
        &cookie,
        4,
        10,
    )
    .await;
    load(
        engine,
        "GET /api/stream?all_languages=true",
        &base,
        "/api/stream?all_languages=true",
        &cookie,
        4,
        10,
    )
    .await;
    load(
        engine,
        "GET / (stream page, server-rendered)",
        &base,
        "/",
        &cookie,
        4,
        10,
    )
    .await;
}

#[tokio::main]
async fn main() {
    let mut targets = vec![("sqlite", sqlite_url())];
    if let Ok(pg) = std::env::var("GEMENSKAP_TEST_POSTGRES_URL") {
        targets.push(("postgres", create_pg(&pg).await));
    }
    for (engine, url) in targets {
        let db = Db::connect(&url, 8).await.unwrap();
        db.migrate().await.unwrap();
        let backend = Backend {
            audit: app::server::audit::AuditSink::start(db.clone()),
            guard: app::server::guard::GuardCache::default(),
            db,
            auth: AuthSettings::default(),
            mail: app::server::mail::MailSettings::default(),
            files: app::server::files::store::FileStore::new(
                std::env::temp_dir().join("gemenskap-bench-files"),
            ),
            search: app::server::search::index::SearchIndex::new(
                std::env::temp_dir().join("gemenskap-bench-search"),
            ),
        };
        let started = Instant::now();
        let now = app::server::clock::now_ms();
        let world = generate(&backend.db, now).await;
        println!(
            "{engine}: generated {PEOPLE} people, {COMMUNITIES} communities, {ITEMS} items in {:.0} s",
            started.elapsed().as_secs_f64()
        );
        run(&backend, &world, engine).await;
        backend.db.pool.close().await;
    }
    // GEMENSKAP_BENCH_KEEP=1 keeps the SQLite database, to read query plans on real data.
    if std::env::var_os("GEMENSKAP_BENCH_KEEP").is_some() {
        println!("kept: {}", sqlite_url());
        return;
    }
    if let Some(dir) = sqlite_url()
        .strip_prefix("sqlite:")
        .and_then(|p| Path::new(p.trim_end_matches("?mode=rwc")).parent())
    {
        let _ = std::fs::remove_dir_all(dir);
    }
}
