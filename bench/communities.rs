//! Benchmark: the community directory and membership changes at a large bank's scale.
//!
//! Generates 20,000 people and 10,000 communities (60% public, 25% moderated, 15%
//! restricted; 2 to 60 members each; one to three languages) straight into a fresh database,
//! then times the real services as one reader who belongs to 60 communities, 20 of them
//! restricted: directory pages (first, deep, by name word, language, template, "mine"), a
//! community page, a member page, and membership changes (an invitation and a removal, one
//! after another and eight at once on the same community). Prints p50 and p95. Run with
//! `make bench` (SQLite; and PostgreSQL inside `scripts/with-postgres.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use app::model::ids::UserId;
use app::server::community::membership::{invite, list_members, remove_member};
use app::server::community::service::{CommunityQuery, get_community, list_communities};
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::Db;
use app::server::policy::Actor;

const PEOPLE: usize = 20_000;
const COMMUNITIES: usize = 10_000;
const WORDS: &[&str] = &[
    "Risk",
    "Payments",
    "Helpdesk",
    "Mortgages",
    "Treasury",
    "Compliance",
    "Data",
    "Cloud",
    "Baltic",
    "Nordic",
    "Credit",
    "Savings",
    "Cards",
    "Markets",
    "Analytics",
    "Onboarding",
];
const LANGS: &[&str] = &["sv", "nb", "da", "fi", "et", "lv", "lt", "de", "pl", "en"];
const TEMPLATES: &[&str] = &["helpdesk", "project", "project", "project"];

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
        generate(&backend).await;
        println!(
            "{engine}: generated {PEOPLE} people and {COMMUNITIES} communities in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        run(&backend, engine).await;
        backend.db.pool.close().await;
    }
    // The generated SQLite database is large; nothing reads it afterwards.
    if let Some(dir) = sqlite_url()
        .strip_prefix("sqlite:")
        .and_then(|p| std::path::Path::new(p.trim_end_matches("?mode=rwc")).parent())
    {
        let _ = std::fs::remove_dir_all(dir);
    }
}

fn sqlite_url() -> String {
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite:{}?mode=rwc", dir.join("bench.db").display())
}

async fn create_pg(base: &str) -> String {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let name = format!("gemenskap_bench_c_{}", std::process::id());
    let mut conn = sqlx::AnyConnection::connect(&format!("{base}/postgres"))
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    format!("{base}/{name}")
}

fn visibility(i: usize) -> &'static str {
    match i % 20 {
        0..=11 => "public",
        12..=16 => "moderated",
        _ => "restricted",
    }
}

async fn generate(backend: &Backend) {
    let pool = &backend.db.pool;
    let mut tx = pool.begin().await.unwrap();
    for i in 0..PEOPLE {
        let name = format!("Person {i}");
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO users (email, password_hash, role, created_at, updated_at) VALUES ($1, NULL, 'member', 0, 0) RETURNING id",
        )
        .bind(format!("p{i}@bench.example"))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query("INSERT INTO profiles (user_id, display_name, sort_key, updated_at) VALUES ($1, $2, $3, 0)")
            .bind(id)
            .bind(&name)
            .bind(name.to_lowercase())
            .execute(&mut *tx)
            .await
            .unwrap();
        sqlx::query("INSERT INTO profile_name_terms (term, user_id) VALUES ($1, $2)")
            .bind(i.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let mut tx = pool.begin().await.unwrap();
    for i in 0..COMMUNITIES {
        let name = format!(
            "{} {} {i}",
            WORDS[i % WORDS.len()],
            WORDS[(i / WORDS.len() + 3) % WORDS.len()]
        );
        let vis = visibility(i);
        let template = if vis == "restricted" {
            "client_team"
        } else {
            TEMPLATES[i % TEMPLATES.len()]
        };
        let langs: Vec<&str> = (0..1 + i % 3)
            .map(|k| LANGS[(i + k * 4) % LANGS.len()])
            .collect();
        let size = 2 + (i * 7) % 59;
        let size = if vis == "restricted" {
            size.min(30)
        } else {
            size
        };
        let (cid,): (i64,) = sqlx::query_as(
            "INSERT INTO communities (slug, name, name_key, description, visibility, template, languages, tools, \
             member_count, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, 'A community for the benchmark.', $4, $5, $6, 'forum,wiki', $7, 1, 0, 0) RETURNING id",
        )
        .bind(format!("c-{i}"))
        .bind(&name)
        .bind(name.to_lowercase())
        .bind(vis)
        .bind(template)
        .bind(langs.join(","))
        .bind(size as i64)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        for lang in &langs {
            sqlx::query("INSERT INTO community_languages (community_id, lang) VALUES ($1, $2)")
                .bind(cid)
                .bind(*lang)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        for k in 0..size {
            // The reader (user 1) is in 60 communities, 20 of them restricted.
            let reader_here = i % 250 == 0 || i % 500 == 17;
            let person = if k == 1 && reader_here {
                1
            } else {
                2 + (i * 13 + k * 331) % (PEOPLE - 2)
            };
            sqlx::query(
                "INSERT INTO community_members (community_id, user_id, role, joined_at) VALUES ($1, $2, $3, 0) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(cid)
            .bind(person as i64)
            .bind(if k == 0 { "owner" } else { "member" })
            .execute(&mut *tx)
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
    sqlx::query("ANALYZE").execute(pool).await.unwrap();
}

fn report(engine: &str, label: &str, mut times: Vec<Duration>, rows: usize) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(times[((times.len() - 1) as f64 * q) as usize]);
    println!(
        "{engine}: {label:<36} {:>9.2} {:>9.2} {rows:>6}",
        p(0.5),
        p(0.95)
    );
}

async fn run(backend: &Backend, engine: &str) {
    let reader = RequestCtx::for_actor(Actor::Member(UserId(1)));
    let deep = {
        let (key, id): (String, i64) = sqlx::query_as(
            "SELECT name_key, id FROM communities WHERE visibility <> 'restricted' ORDER BY name_key, id LIMIT 1 OFFSET 5000",
        )
        .fetch_one(&backend.db.pool)
        .await
        .unwrap();
        format!("{id}.{}", hex::encode(key.as_bytes()))
    };
    let q = |f: fn(&mut CommunityQuery)| {
        let mut query = CommunityQuery::default();
        f(&mut query);
        query
    };
    let cases: Vec<(&str, CommunityQuery)> = vec![
        ("first page, no filter", CommunityQuery::default()),
        (
            "page at row 5,000 (keyset)",
            CommunityQuery {
                cursor: Some(deep),
                ..Default::default()
            },
        ),
        ("name word 'risk'", q(|c| c.q = "risk".into())),
        (
            "two name words 'risk cloud'",
            q(|c| c.q = "risk cloud".into()),
        ),
        ("language 'fi'", q(|c| c.lang = "fi".into())),
        ("template 'helpdesk'", q(|c| c.template = "helpdesk".into())),
        ("my communities", q(|c| c.mine = true)),
        ("no match 'zzz'", q(|c| c.q = "zzz".into())),
    ];
    println!(
        "{engine}: {:<36} {:>9} {:>9} {:>6}",
        "case", "p50 ms", "p95 ms", "rows"
    );
    for (label, query) in cases {
        let mut times = Vec::new();
        let mut rows = 0;
        for _ in 0..30 {
            let t = Instant::now();
            rows = list_communities(backend, &reader, &query)
                .await
                .unwrap()
                .items
                .len();
            times.push(t.elapsed());
        }
        report(engine, label, times, rows);
    }
    // One community page and one member page of the largest public community.
    let (slug,): (String,) = sqlx::query_as(
        "SELECT slug FROM communities WHERE visibility = 'public' ORDER BY member_count DESC, id LIMIT 1",
    )
    .fetch_one(&backend.db.pool)
    .await
    .unwrap();
    let slug = slug.as_str();
    let mut times = Vec::new();
    for _ in 0..30 {
        let t = Instant::now();
        get_community(backend, &reader, slug).await.unwrap();
        times.push(t.elapsed());
    }
    report(engine, "community page (get)", times, 1);
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..30 {
        let t = Instant::now();
        rows = list_members(backend, &reader, slug, "", None)
            .await
            .unwrap()
            .items
            .len();
        times.push(t.elapsed());
    }
    report(engine, "member page", times, rows);

    // Membership changes in a restricted community owned by a bench person.
    let (owner, target): (i64, String) = sqlx::query_as(
        "SELECT m.user_id, c.slug FROM communities c JOIN community_members m ON m.community_id = c.id \
         WHERE c.visibility = 'restricted' AND m.role = 'owner' AND c.member_count < 20 ORDER BY c.id LIMIT 1",
    )
    .fetch_one(&backend.db.pool)
    .await
    .unwrap();
    let owner_ctx = RequestCtx::for_actor(Actor::Member(UserId(owner)));
    let mut times = Vec::new();
    for k in 0..30 {
        let person = 19_000 + k;
        let t = Instant::now();
        invite(
            backend,
            &owner_ctx,
            &target,
            &format!("p{person}@bench.example"),
            "bench",
        )
        .await
        .unwrap();
        remove_member(
            backend,
            &owner_ctx,
            &target,
            UserId(person as i64 + 1),
            "bench",
        )
        .await
        .unwrap();
        times.push(t.elapsed());
    }
    report(engine, "invite + remove, one after another", times, 2);
    // Eight invitations at once to the same community: each waits for the lock in turn.
    let mut times = Vec::new();
    for round in 0..5 {
        let mut tasks = Vec::new();
        for k in 0..8 {
            let (b, ctx, slug) = (backend.clone(), owner_ctx.clone(), target.clone());
            let email = format!("p{}@bench.example", 18_000 + round * 8 + k);
            tasks.push(tokio::spawn(async move {
                let t = Instant::now();
                invite(&b, &ctx, &slug, &email, "bench")
                    .await
                    .map(|_| t.elapsed())
            }));
        }
        for task in tasks {
            if let Ok(Ok(d)) = task.await {
                times.push(d);
            }
        }
        // Make room again for the next round.
        for k in 0..8 {
            let person = 18_000 + round * 8 + k + 1;
            let _ =
                remove_member(backend, &owner_ctx, &target, UserId(person as i64), "bench").await;
        }
    }
    let n = times.len();
    report(engine, "invite, 8 at once on one community", times, n);
}
