//! Benchmark: a week's digests for 100,000 people, built and queued.
//!
//! Generates the organisation of the activity-stream benchmark (`stream_world.rs`: 100,000
//! people, 5,000 communities, 2,000,000 items over two years, about 19,000 of them in the last
//! week, follows for 10,000 people) into a fresh database, then builds every person's weekly
//! digest for the last seven days through the real digest builder (`mail::digest::run`, as
//! the server does each Monday), which queues them in `mail_queue`. No mail is sent: what is
//! measured is building and queueing. Prints the time, the rate, how many were queued (empty
//! digests are not), their average size, and the process's peak memory during the run (the
//! peak is reset after the data is generated).
//!
//! Run with `make bench-mail` (SQLite; and PostgreSQL inside `scripts/with-postgres.sh`).
//!
//! While working on the builder: `GEMENSKAP_BENCH_KEEP=<dir>` keeps the SQLite database in
//! that directory and reuses it on the next run (generating it takes about ten minutes), and
//! `GEMENSKAP_BENCH_SAMPLE=<n>` builds the digests of only `n` people spread over the ids, one
//! after another, and prints what one costs (p50, p99), its gathering apart from the rest.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "stream_world.rs"]
mod stream_world;

use std::time::Instant;

use app::model::mail::MailMode;
use app::server::ctx::{AuthSettings, Backend};
use app::server::db::Db;
use app::server::mail::MailSettings;
use app::server::mail::digest;
use app::server::mail::period::Period;
use stream_world::{COMMUNITIES, ITEMS, PEOPLE, create_pg, generate, sqlite_url};

const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;

/// A memory figure of this process from `/proc/self/status`, in MB.
fn memory_mb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

#[tokio::main]
async fn main() {
    let keep = std::env::var("GEMENSKAP_BENCH_KEEP").ok();
    let sample: Option<usize> = std::env::var("GEMENSKAP_BENCH_SAMPLE")
        .ok()
        .and_then(|n| n.parse().ok());
    let sqlite = match &keep {
        Some(dir) => {
            std::fs::create_dir_all(dir).unwrap();
            format!("sqlite:{dir}/digests.db?mode=rwc")
        }
        None => sqlite_url(),
    };
    let mut targets = vec![("sqlite", sqlite)];
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
            // Mail is on (digests are queued) but nothing sends: no sender task runs here.
            mail: MailSettings {
                smtp_url: Some("smtp://127.0.0.1:9".into()),
                smtp_ca_file: None,
                from: "intranet@bank.example".into(),
                site_url: "https://intranet.bank.example".into(),
                poll_ms: 2000,
                inbound_domain: None,
            },
            files: app::server::files::store::FileStore::new(
                std::env::temp_dir().join("gemenskap-bench-files"),
            ),
            search: app::server::search::index::SearchIndex::new(
                std::env::temp_dir().join("gemenskap-bench-search"),
            ),
        };
        let started = Instant::now();
        let generated: Option<i64> = sqlx::query_scalar("SELECT MAX(published_at) FROM content")
            .fetch_one(&backend.db.pool)
            .await
            .unwrap();
        let now = match generated {
            // A kept database: its week ends where its items do; last run's digests go.
            Some(last) if keep.is_some() => {
                for sql in ["DELETE FROM mail_queue", "DELETE FROM mail_digest_runs"] {
                    sqlx::query(sql).execute(&backend.db.pool).await.unwrap();
                }
                println!("{engine}: reusing the kept database");
                last + 1
            }
            _ => {
                let now = app::server::clock::now_ms();
                drop(generate(&backend.db, now).await);
                println!(
                    "{engine}: generated {PEOPLE} people, {COMMUNITIES} communities, {ITEMS} items in {:.0} s",
                    started.elapsed().as_secs_f64()
                );
                now
            }
        };
        let period = Period {
            mode: MailMode::Weekly,
            start: now - WEEK_MS,
            end: now,
            key: "weekly:bench".into(),
        };
        if let Some(n) = sample {
            sample_costs(&backend, &period, now, n, engine).await;
            backend.db.pool.close().await;
            continue;
        }
        // The peak from here on (Linux: writing 5 to clear_refs resets VmHWM).
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let before = memory_mb("VmRSS:");
        let t = Instant::now();
        let queued = digest::run(&backend, &period, now, true).await.unwrap();
        let secs = t.elapsed().as_secs_f64();
        let peak = memory_mb("VmHWM:");
        let (count, bytes): (i64, Option<i64>) = sqlx::query_as(
            "SELECT COUNT(*), SUM(LENGTH(body_text) + LENGTH(body_html)) FROM mail_queue WHERE kind = 'digest'",
        )
        .fetch_one(&backend.db.pool)
        .await
        .unwrap();
        let shown = |m: Option<u64>| m.map_or_else(|| "unknown".to_owned(), |m| format!("{m} MB"));
        println!(
            "{engine}: {queued} weekly digests for {PEOPLE} people built and queued in {secs:.1} s \
             ({:.0} per second); {count} in the queue, {:.1} KB each on average; memory before {}, \
             peak during the run {}",
            queued as f64 / secs.max(0.001),
            bytes.unwrap_or(0) as f64 / count.max(1) as f64 / 1024.0,
            shown(before),
            shown(peak),
        );
        backend.db.pool.close().await;
    }
    if keep.is_some() {
        return;
    }
    if let Some(dir) = sqlite_url()
        .strip_prefix("sqlite:")
        .and_then(|p| std::path::Path::new(p.trim_end_matches("?mode=rwc")).parent())
    {
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Builds the digests of `n` people spread over the ids, one after another, and prints the
/// cost of one: gathering its content, and the whole (recipient, token, gathering, writing,
/// queueing).
async fn sample_costs(backend: &Backend, period: &Period, now: i64, n: usize, engine: &str) {
    use app::model::ids::UserId;
    use app::server::mail::notice::recipient;
    let mut gather = Vec::with_capacity(n);
    let mut whole = Vec::with_capacity(n);
    for k in 0..n {
        let user = UserId(1 + (k * PEOPLE / n) as i64);
        let to = recipient(&backend.db, user).await.unwrap().unwrap();
        let t = Instant::now();
        digest::gather(backend, &to, period).await.unwrap();
        gather.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        digest::queue_one(backend, user, period, now).await.unwrap();
        whole.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    let at = |v: &mut Vec<f64>, q: f64| {
        v.sort_by(f64::total_cmp);
        v[((v.len() - 1) as f64 * q).round() as usize]
    };
    println!(
        "{engine}: {n} digests one by one: gathering p50 {:.1} ms, p99 {:.1} ms; whole p50 {:.1} ms, p99 {:.1} ms",
        at(&mut gather, 0.5),
        at(&mut gather, 0.99),
        at(&mut whole, 0.5),
        at(&mut whole, 0.99),
    );
}
