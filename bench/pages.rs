//! Benchmark: what a server-rendered page costs against its JSON. In one community, 20,000
//! forum topics with 200,000 replies among 200 members; then, logged in as a member, four pages
//! and the JSON endpoint each is built from are loaded by 4 clients for 5 seconds each, side by
//! side in one run: requests per second, p50 and p99, and the page's cost as a multiple of its
//! JSON's (the aim: at most 2).
//!
//! Run with `make bench-pages` (SQLite, and PostgreSQL under scripts/with-postgres.sh).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

#[path = "http_load.rs"]
mod http_load;

use std::net::SocketAddr;
use std::path::Path;

use app::model::ids::UserId;
use app::server::account::service::{NewAccount, create_account};
use app::server::community::input::NewCommunity;
use app::server::community::membership::join;
use app::server::community::service::create_community;
use app::server::ctx::{Backend, RequestCtx};
use app::server::db::{Arg, Args, Db, Engine};
use app::server::policy::Actor;
use serde_json::json;

const PASSWORD: &str = "correct horse battery";
const PEOPLE: usize = 200;
const TOPICS: usize = 20_000;
const REPLIES_PER_TOPIC: usize = 10;
const CLIENTS: usize = 4;
const SECONDS: u64 = 5;

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

/// Rows for one multi-row INSERT at a time.
async fn insert(db: &Db, head: &str, rows: Vec<Vec<Arg>>) {
    for chunk in rows.chunks(400) {
        let mut args = Args::default();
        let values: Vec<String> = chunk
            .iter()
            .map(|row| {
                let cells: Vec<String> = row
                    .iter()
                    .map(|a| {
                        args.push(match a {
                            Arg::Text(s) => Arg::Text(s.clone()),
                            Arg::Int(n) => Arg::Int(*n),
                            Arg::NullInt => Arg::NullInt,
                            Arg::NullText => Arg::NullText,
                        })
                    })
                    .collect();
                format!("({})", cells.join(", "))
            })
            .collect();
        let sql = format!("{head} VALUES {}", values.join(", "));
        args.bind_plain(sqlx::query(sqlx::AssertSqlSafe(sql)))
            .execute(&db.pool)
            .await
            .unwrap();
    }
}

/// People, one helpdesk community with all of them, its topics and replies; the reader's id
/// and the community's slug.
async fn generate(b: &Backend) -> (UserId, String) {
    let mut people = Vec::with_capacity(PEOPLE);
    for i in 0..PEOPLE {
        let new = NewAccount::parse(
            &format!("p{i}@bench.example"),
            &format!("Person {i}"),
            PASSWORD,
            false,
            Some("sv"),
        )
        .unwrap();
        people.push(create_account(b, &Actor::System, new).await.unwrap());
    }
    let owner = RequestCtx::for_actor(Actor::Member(people[0]));
    let new = NewCommunity::parse(
        "Helpdesk",
        "Questions and answers",
        "public",
        "helpdesk",
        vec!["sv".into(), "en".into()],
        None,
        30,
    )
    .unwrap();
    let created = create_community(b, &owner, new).await.unwrap();
    for p in &people[1..] {
        join(b, &RequestCtx::for_actor(Actor::Member(*p)), &created.slug)
            .await
            .unwrap();
    }
    let o = if b.db.engine == Engine::Postgres {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    };
    let head = format!(
        "INSERT INTO content (id, kind, author_id, community_id, parent_id, thread_id, title, body, \
         body_html, excerpt, lang, is_question, reply_count, created_at, published_at, activity_at){o}"
    );
    let start = app::server::clock::now_ms() - 365 * 24 * 3600 * 1000;
    let mut rows = Vec::new();
    let mut id = 1_000_000_i64;
    for t in 0..TOPICS {
        let topic = id;
        let at = start + t as i64 * 60_000;
        let author = people[t % PEOPLE].0;
        let text = format!("Topic {t}: the VPN drops every hour since the update. Anyone else?");
        rows.push(vec![
            Arg::Int(topic),
            Arg::Text("topic".into()),
            Arg::Int(author),
            Arg::Int(created.id.0),
            Arg::NullInt,
            Arg::NullInt,
            Arg::Text(format!("Question number {t}")),
            Arg::Text(text.clone()),
            Arg::Text(format!("<p>{text}</p>")),
            Arg::Text(text),
            Arg::Text(if t % 5 == 0 { "fi" } else { "sv" }.into()),
            Arg::Int(1),
            Arg::Int(REPLIES_PER_TOPIC as i64),
            Arg::Int(at),
            Arg::Int(at),
            Arg::Int(at + REPLIES_PER_TOPIC as i64 * 1000),
        ]);
        id += 1;
        for r in 0..REPLIES_PER_TOPIC {
            let text = format!("Reply {r} to topic {t}: update the client to 5.2.");
            rows.push(vec![
                Arg::Int(id),
                Arg::Text("reply".into()),
                Arg::Int(people[(t + r + 1) % PEOPLE].0),
                Arg::Int(created.id.0),
                Arg::Int(topic),
                Arg::Int(topic),
                Arg::NullText,
                Arg::Text(text.clone()),
                Arg::Text(format!("<p>{text}</p>")),
                Arg::Text(text),
                Arg::Text("sv".into()),
                Arg::Int(0),
                Arg::Int(0),
                Arg::Int(at + r as i64 * 1000),
                Arg::Int(at + r as i64 * 1000),
                Arg::Int(at + r as i64 * 1000),
            ]);
            id += 1;
        }
        if rows.len() >= 20_000 {
            insert(&b.db, &head, std::mem::take(&mut rows)).await;
        }
    }
    insert(&b.db, &head, rows).await;
    (people[1], created.slug)
}

async fn cookie(base: &str) -> String {
    let res = reqwest::Client::new()
        .post(format!("{base}/api/auth/login"))
        .header("origin", base)
        .json(&json!({"email": "p1@bench.example", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let set = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    set.split(';').next().unwrap().to_owned()
}

#[tokio::main]
async fn main() {
    for mut b in app::server::testing::backends().await {
        let engine = if b.db.engine == Engine::Postgres {
            "postgres"
        } else {
            "sqlite"
        };
        // One reader asks for everything here: the per-person limits are not under test.
        b.auth.rate_limit_scale = 0.0;
        let t = std::time::Instant::now();
        let (_reader, slug) = generate(&b).await;
        println!(
            "{engine}: generated {TOPICS} topics and {} replies in {:.0} s",
            TOPICS * REPLIES_PER_TOPIC,
            t.elapsed().as_secs_f64()
        );
        let base = start(b.clone()).await;
        let cookie = cookie(&base).await;
        let thread = 1_000_000 + 11 * 100;
        let pairs = [
            ("home stream", "/".to_owned(), "/api/stream".to_owned()),
            (
                "forum list",
                format!("/communities/{slug}/forum"),
                format!("/api/forum/topics/list?community_slug={slug}"),
            ),
            (
                "thread (10 replies)",
                format!("/posts/{thread}"),
                format!("/api/content/thread?id={thread}"),
            ),
            (
                "people directory",
                "/people".to_owned(),
                "/api/people/search".to_owned(),
            ),
        ];
        println!(
            "{engine}: {:<22} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7}",
            "page", "HTML r/s", "p50 ms", "p99 ms", "JSON r/s", "p50 ms", "p99 ms", "cost ×"
        );
        for (name, page, api) in pairs {
            let html = http_load::load(&base, &page, &cookie, CLIENTS, SECONDS).await;
            let json = http_load::load(&base, &api, &cookie, CLIENTS, SECONDS).await;
            println!(
                "{engine}: {name:<22} {:>9.0} {:>9.2} {:>9.2} {:>9.0} {:>9.2} {:>9.2} {:>7.2}",
                html.rps,
                html.p50_ms,
                html.p99_ms,
                json.rps,
                json.p50_ms,
                json.p99_ms,
                json.rps / html.rps
            );
        }
    }
}
