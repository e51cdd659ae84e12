//! Benchmark: wikis and files at the sizes the issue names, through the real services.
//!
//! - A wiki page with 500 versions (each a few KB, each changing a sentence): its history, the
//!   difference between its first and last versions, and between two neighbouring versions.
//! - A folder of 10,000 files: its first page and a deep page (the 50th of 200 files each).
//!
//! Prints p50 and p99 over repeated calls, on SQLite and (inside `scripts/with-postgres.sh`)
//! PostgreSQL. Run with `make bench-wiki-files`. The memory of a 1 GB upload and download is
//! measured against the release server by `bench/files_memory.py` (`make bench-files-memory`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use app::model::ids::UserId;
use app::server::account::service::{NewAccount, create_account};
use app::server::community::input::NewCommunity;
use app::server::community::service::create_community;
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::Db;
use app::server::files::service::{
    UploadTarget, create_folder, finish_upload, list, prepare_upload,
};
use app::server::policy::Actor;
use app::server::wiki::service::{NewPage, PageEdit, create, diff, history, update};

const VERSIONS: i64 = 500;
const FILES: usize = 10_000;
const RUNS: usize = 100;

#[tokio::main]
async fn main() {
    let mut targets = vec![("sqlite", sqlite_url())];
    if let Ok(pg) = std::env::var("GEMENSKAP_TEST_POSTGRES_URL") {
        targets.push(("postgres", create_pg(&pg).await));
    }
    println!("{:<46} {:>9} {:>9}", "case", "p50 ms", "p99 ms");
    for (engine, url) in targets {
        let db = Db::connect(&url, 8).await.unwrap();
        db.migrate().await.unwrap();
        let files = std::env::temp_dir().join(format!(
            "gemenskap-bench-wf-{engine}-{}",
            std::process::id()
        ));
        let backend = Backend {
            audit: app::server::audit::AuditSink::start(db.clone()),
            guard: app::server::guard::GuardCache::default(),
            db,
            auth: AuthSettings::default(),
            mail: app::server::mail::MailSettings::default(),
            files: app::server::files::store::FileStore::new(&files),
            search: app::server::search::index::SearchIndex::new(files.join("search")),
        };
        run(&backend, engine).await;
        let _ = std::fs::remove_dir_all(files);
    }
}

fn sqlite_url() -> String {
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-wf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite:{}?mode=rwc", dir.join("bench.db").display())
}

async fn create_pg(base: &str) -> String {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let name = format!("gemenskap_bench_wf_{}", std::process::id());
    let mut conn = sqlx::AnyConnection::connect(&format!("{base}/postgres"))
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    format!("{base}/{name}")
}

fn report(engine: &str, label: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    println!(
        "{:<46} {:>9.2} {:>9.2}",
        format!("{engine}: {label}"),
        p(0.5),
        p(0.99)
    );
}

/// A page's text in version `v`: twenty paragraphs of which the one at `v % 20` was rewritten
/// in this version (the others keep the words of their last rewrite).
fn text(v: i64) -> String {
    (0..20)
        .map(|i| {
            // The last version, up to `v`, that rewrote paragraph `i`.
            let last = v - (v - i).rem_euclid(20);
            format!(
                "Paragraph {i}, revision {last}: the VPN client reconnects after step {last}, and the \
                 helpdesk explains why the tunnel drops when the laptop sleeps."
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

async fn run(backend: &Backend, engine: &str) {
    let new = NewAccount::parse(
        "owner@bank.example",
        "Olle Owner",
        "correct horse battery",
        false,
        Some("sv"),
    )
    .unwrap();
    let me: UserId = create_account(backend, &Actor::System, new).await.unwrap();
    let ctx = RequestCtx::for_actor(Actor::Member(me));
    let community = NewCommunity::parse(
        "Bench project",
        "",
        "public",
        "project",
        vec!["sv".into()],
        None,
        30,
    )
    .unwrap();
    let slug = create_community(backend, &ctx, community)
        .await
        .unwrap()
        .slug;

    let started = Instant::now();
    let page = NewPage {
        community_slug: &slug,
        title: "Long page",
        body: &text(1),
        lang: "sv",
        parent_id: None,
        tags: &[],
    };
    let id = create(backend, &ctx, page).await.unwrap().id;
    for v in 2..=VERSIONS {
        let body = text(v);
        let edit = PageEdit {
            id,
            title: None,
            body: &body,
            base_version: v - 1,
            summary: "",
            lang: None,
            tags: None,
        };
        update(backend, &ctx, edit).await.unwrap();
    }
    println!(
        "{engine}: {VERSIONS} versions saved in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut t = Vec::new();
    for _ in 0..RUNS {
        let s = Instant::now();
        let h = history(backend, &ctx, id).await.unwrap();
        t.push(s.elapsed());
        assert_eq!(h.versions.len(), VERSIONS as usize);
    }
    report(engine, "history of 500 versions", t);
    let mut t = Vec::new();
    for _ in 0..RUNS {
        let s = Instant::now();
        diff(backend, &ctx, id, 1, VERSIONS).await.unwrap();
        t.push(s.elapsed());
    }
    report(engine, "diff first → last", t);
    let mut t = Vec::new();
    for i in 0..RUNS as i64 {
        let v = 2 + (i * 37) % (VERSIONS - 2);
        let s = Instant::now();
        diff(backend, &ctx, id, v, v + 1).await.unwrap();
        t.push(s.elapsed());
    }
    report(engine, "diff of two neighbouring versions", t);

    let started = Instant::now();
    let folder = create_folder(backend, &ctx, Some(&slug), None, "Archive")
        .await
        .unwrap()
        .id;
    for i in 0..FILES {
        let target = UploadTarget {
            community_slug: Some(slug.clone()),
            folder_id: Some(folder),
            lang: "sv".into(),
            ..UploadTarget::default()
        };
        let plan = prepare_upload(backend, &ctx, target).await.unwrap();
        let mut incoming = backend.files.begin(plan.limit).await.unwrap();
        incoming
            .write(format!("file {i}").as_bytes())
            .await
            .unwrap();
        finish_upload(backend, &ctx, plan, incoming, &format!("report-{i:05}.txt"))
            .await
            .unwrap();
    }
    println!(
        "{engine}: {FILES} files uploaded in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    for (label, page) in [
        ("folder of 10,000 files, first page", 0),
        ("folder of 10,000 files, page 50", 49),
    ] {
        let mut t = Vec::new();
        for _ in 0..RUNS {
            let s = Instant::now();
            let l = list(backend, &ctx, Some(&slug), None, Some(folder), page)
                .await
                .unwrap();
            t.push(s.elapsed());
            assert_eq!(l.files.len(), 200);
        }
        report(engine, label, t);
    }
}
