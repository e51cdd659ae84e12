//! Benchmark: the people directory with 100,000 people.
//!
//! Generates an organisation of N people (default 100,000) straight into a fresh database
//! (bypassing password hashing, which is not what is measured), then times directory pages
//! through the real service: the first page, deep keyset pages, name prefixes, department,
//! country and expertise filters, and combinations. Prints the median and 95th percentile of
//! each. Run with `make bench` (SQLite; and PostgreSQL inside `scripts/with-postgres.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use app::model::ids::UserId;
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::Db;
use app::server::policy::Actor;
use app::server::profile::service::{PeopleQuery, search_people};

const FIRST: &[&str] = &[
    "Anna",
    "Erik",
    "Karin",
    "Ola",
    "Ingrid",
    "Mette",
    "Lars",
    "Mikko",
    "Aino",
    "Kadri",
    "Jānis",
    "Rūta",
    "Jonas",
    "Katrin",
    "Tomasz",
    "Agnieszka",
    "James",
    "Sofia",
    "Emil",
    "Linnea",
];
const LAST: &[&str] = &[
    "Lindqvist",
    "Johansson",
    "Berg",
    "Nordmann",
    "Haugen",
    "Jensen",
    "Nielsen",
    "Virtanen",
    "Korhonen",
    "Tamm",
    "Bērziņš",
    "Kazlauskienė",
    "Petraitis",
    "Müller",
    "Kowalski",
    "Nowak",
    "Wilson",
    "Andersson",
    "Karlsson",
    "Nyström",
];
const DEPARTMENTS: &[&str] = &[
    "Group IT",
    "Corporate Banking",
    "Retail Banking",
    "Compliance",
    "Risk",
    "Treasury",
    "Payments",
    "Operations",
    "Legal",
    "Finance",
    "Human Resources",
    "Analytics",
];
const COUNTRIES: &[&str] = &["SE", "NO", "DK", "FI", "EE", "LV", "LT", "DE", "PL", "GB"];
const EXPERTISE: &[&str] = &[
    "AML",
    "Basel III",
    "Mortgages",
    "Rust",
    "SQL",
    "FX",
    "Liquidity",
    "GDPR",
    "SEPA",
    "Credit risk",
    "Leadership",
    "UX",
];

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let mut targets = vec![("sqlite", sqlite_url())];
    if let Ok(pg) = std::env::var("GEMENSKAP_TEST_POSTGRES_URL") {
        targets.push(("postgres", create_pg(&pg).await));
    }
    for (engine, url) in targets {
        let db = Db::connect(&url, 4).await.unwrap();
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
        generate(&backend, n).await;
        println!(
            "{engine}: generated {n} people in {:.1} s",
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
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite:{}?mode=rwc", dir.join("bench.db").display())
}

async fn create_pg(base: &str) -> String {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let name = format!("gemenskap_bench_{}", std::process::id());
    let mut conn = sqlx::AnyConnection::connect(&format!("{base}/postgres"))
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    format!("{base}/{name}")
}

/// Inserts people in batches inside transactions, with their name terms and expertise.
async fn generate(backend: &Backend, n: usize) {
    let pool = &backend.db.pool;
    let mut i = 0;
    while i < n {
        let mut tx = pool.begin().await.unwrap();
        for _ in 0..1000.min(n - i) {
            let first = FIRST[i % FIRST.len()];
            let last = LAST[(i / FIRST.len()) % LAST.len()];
            let name = format!("{first} {last} {i}");
            let email = format!("p{i}@bench.example");
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO users (email, password_hash, role, created_at, updated_at) VALUES ($1, NULL, 'member', 0, 0) RETURNING id",
            )
            .bind(&email)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            let department = DEPARTMENTS[(i * 7) % DEPARTMENTS.len()];
            sqlx::query(
                "INSERT INTO profiles (user_id, display_name, sort_key, title, department, department_key, country, updated_at) \
                 VALUES ($1, $2, $3, 'Analyst', $4, $5, $6, 0)",
            )
            .bind(id)
            .bind(&name)
            .bind(app::server::profile::sort_key(&name))
            .bind(department)
            .bind(department.to_lowercase())
            .bind(COUNTRIES[(i * 3) % COUNTRIES.len()])
            .execute(&mut *tx)
            .await
            .unwrap();
            for term in app::server::profile::name_terms(&name) {
                sqlx::query("INSERT INTO profile_name_terms (term, user_id) VALUES ($1, $2)")
                    .bind(term)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
            }
            for k in 0..2 {
                let tag = EXPERTISE[(i * 5 + k * 7) % EXPERTISE.len()];
                sqlx::query("INSERT INTO profile_expertise (user_id, position, tag, tag_key) VALUES ($1, $2, $3, $4)")
                    .bind(id)
                    .bind(k as i64)
                    .bind(tag)
                    .bind(tag.to_lowercase())
                    .execute(&mut *tx)
                    .await
                    .unwrap();
            }
            i += 1;
        }
        tx.commit().await.unwrap();
    }
    // Fresh statistics, as a running installation would have.
    sqlx::query("ANALYZE").execute(pool).await.unwrap();
}

async fn run(backend: &Backend, engine: &str) {
    let ctx = RequestCtx::for_actor(Actor::Member(UserId(1)));
    // A cursor deep in the list (row 40,000), in the service's cursor format.
    let deep_cursor = {
        let row: (String, i64) = sqlx::query_as("SELECT sort_key, user_id FROM profiles ORDER BY sort_key, user_id LIMIT 1 OFFSET 40000")
            .fetch_one(&backend.db.pool)
            .await
            .unwrap();
        format!("{}.{}", row.1, hex::encode(row.0.as_bytes()))
    };
    let cases: Vec<(&str, PeopleQuery)> = vec![
        ("first page, no filter", PeopleQuery::default()),
        (
            "page at row 40,000 (keyset)",
            PeopleQuery {
                cursor: Some(deep_cursor),
                ..Default::default()
            },
        ),
        (
            "name prefix 'lind'",
            PeopleQuery {
                q: "lind".into(),
                ..Default::default()
            },
        ),
        (
            "name 'anna nyst'",
            PeopleQuery {
                q: "anna nyst".into(),
                ..Default::default()
            },
        ),
        (
            "department 'risk'",
            PeopleQuery {
                department: "risk".into(),
                ..Default::default()
            },
        ),
        (
            "country FI",
            PeopleQuery {
                country: "FI".into(),
                ..Default::default()
            },
        ),
        (
            "expertise 'aml'",
            PeopleQuery {
                expertise: "aml".into(),
                ..Default::default()
            },
        ),
        (
            "name + country + expertise",
            PeopleQuery {
                q: "erik".into(),
                country: "SE".into(),
                expertise: "sql".into(),
                ..Default::default()
            },
        ),
        (
            "no match 'zzz'",
            PeopleQuery {
                q: "zzz".into(),
                ..Default::default()
            },
        ),
    ];
    println!(
        "{engine}: {:<32} {:>9} {:>9} {:>6}",
        "query", "p50 ms", "p95 ms", "rows"
    );
    for (label, q) in cases {
        let mut times: Vec<Duration> = Vec::new();
        let mut rows = 0;
        for _ in 0..30 {
            let t = Instant::now();
            rows = search_people(backend, &ctx, &q).await.unwrap().items.len();
            times.push(t.elapsed());
        }
        times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{engine}: {label:<32} {:>9.2} {:>9.2} {rows:>6}",
            ms(times[14]),
            ms(times[28])
        );
    }
}
