//! One person floods the server; does everyone else notice? The calm person's home stream
//! (`GET /api/stream`) is timed alone, then while one other person sends previews of large
//! Markdown from 32 connections at once, with the per-person limits as deployed and with
//! them off, side by side in one run. Prints p50/p99 and the ratios to the quiet run.
//!
//! `make bench-flood` (SQLite, and PostgreSQL under scripts/with-postgres.sh).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use app::server::account::service::{NewAccount, create_account};
use app::server::ctx::Backend;
use app::server::policy::Actor;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
/// Timed requests of the calm person per phase.
const SAMPLES: usize = 300;
/// The flooder's connections.
const FLOODERS: usize = 32;

async fn start(backend: Backend) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let options = gemenskap::cli::serve::leptos_options(addr, Path::new("target/site"));
    let router = gemenskap::router::build(backend, options);
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    format!("http://{addr}")
}

async fn client(base: &str, backend: &Backend, email: &str, name: &str) -> reqwest::Client {
    let new = NewAccount::parse(email, name, PASSWORD, false, None).unwrap();
    create_account(backend, &Actor::System, new).await.unwrap();
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ORIGIN, base.parse().unwrap());
    let c = reqwest::Client::builder()
        .cookie_store(true)
        .default_headers(headers)
        .build()
        .unwrap();
    let res = c
        .post(format!("{base}/api/auth/login"))
        .json(&json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    c
}

/// A large, legal text: a table, lists and emphasis, about 19,000 characters.
fn heavy_markdown() -> String {
    let mut s = String::from("| a | b | c |\n|---|---|---|\n");
    while s.len() < 18_000 {
        s.push_str("| **fet** | _kursiv_ | [länk](https://example.com) |\n");
    }
    s
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// The calm person's stream, timed `SAMPLES` times: (p50, p99).
async fn time_stream(base: &str, calm: &reqwest::Client) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(SAMPLES);
    for _ in 0..SAMPLES {
        let t = Instant::now();
        let res = calm.get(format!("{base}/api/stream")).send().await.unwrap();
        assert_eq!(res.status(), 200);
        res.bytes().await.unwrap();
        times.push(t.elapsed());
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// Times the calm person while the flooder sends previews; returns the timings and how
/// many of the flood's requests were served and refused.
async fn under_flood(
    base: &str,
    calm: &reqwest::Client,
    flooder: &reqwest::Client,
) -> ((Duration, Duration), u64, u64) {
    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicU64::new(0));
    let refused = Arc::new(AtomicU64::new(0));
    let body = Arc::new(heavy_markdown());
    let mut tasks = Vec::new();
    for _ in 0..FLOODERS {
        let (stop, served, refused, body) =
            (stop.clone(), served.clone(), refused.clone(), body.clone());
        let (c, url) = (flooder.clone(), format!("{base}/api/content/preview"));
        tasks.push(tokio::spawn(async move {
            while !stop.load(Ordering::Relaxed) {
                let Ok(res) = c
                    .post(&url)
                    .json(&json!({"body": body.as_str()}))
                    .send()
                    .await
                else {
                    continue;
                };
                match res.status().as_u16() {
                    200 => served.fetch_add(1, Ordering::Relaxed),
                    _ => refused.fetch_add(1, Ordering::Relaxed),
                };
                let _ = res.bytes().await;
            }
        }));
    }
    // Let the flood build up before timing.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let timed = time_stream(base, calm).await;
    stop.store(true, Ordering::Relaxed);
    for t in tasks {
        t.await.unwrap();
    }
    (
        timed,
        served.load(Ordering::Relaxed),
        refused.load(Ordering::Relaxed),
    )
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let engines = app::server::testing::backends().await;
    for mut backend in engines {
        let engine = format!("{:?}", backend.db.engine).to_lowercase();
        for (label, scale) in [("limits as deployed", 1.0), ("limits off", 0.0)] {
            backend.auth.rate_limit_scale = scale;
            let base = start(backend.clone()).await;
            let tag = (scale * 10.0) as u32;
            let calm = client(
                &base,
                &backend,
                &format!("calm{tag}@bank.example"),
                &format!("Calm Person {tag}"),
            )
            .await;
            let flooder = client(
                &base,
                &backend,
                &format!("flood{tag}@bank.example"),
                &format!("Flood Person {tag}"),
            )
            .await;
            for i in 0..20 {
                let res = calm
                    .post(format!("{base}/api/status/create"))
                    .json(&json!({"text": format!("Status {i} av en lugn kollega")}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(res.status(), 200);
            }
            let quiet = time_stream(&base, &calm).await;
            let (flood, served, refused) = under_flood(&base, &calm, &flooder).await;
            println!(
                "{engine}, {label}: calm GET /api/stream p50 {:.2} ms, p99 {:.2} ms alone; \
                 p50 {:.2} ms, p99 {:.2} ms under a flood of {FLOODERS} connections \
                 (x{:.2} p50, x{:.2} p99); flood served {served}, refused {refused}",
                ms(quiet.0),
                ms(quiet.1),
                ms(flood.0),
                ms(flood.1),
                ms(flood.0) / ms(quiet.0),
                ms(flood.1) / ms(quiet.1),
            );
        }
    }
}
