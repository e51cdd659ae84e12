//! Benchmark: the client-name guard and the audit trail.
//!
//! 1. The matcher: a watchlist of 20,000 generated client names (a third with an alias, one
//!    in ten with a legal form, the three strictnesses mixed) compiled once; then texts of
//!    2 KB in each of the ten languages (the language samples, with two watched names
//!    inflected in them) matched 2,000 times each. Prints the compile time and p50, p99 and
//!    the slowest match per language; the aim is p99 ≤ 1 ms.
//! 2. The audit trail's cost to reading: the same thread (a topic with 20 replies) read by
//!    its community's member 1,000 times in a restricted community (every read is queued for
//!    the trail and appended by the node's task meanwhile) and in a public one (nothing
//!    recorded), in turns, on SQLite and PostgreSQL; prints p50 and p99 of each and the
//!    ratio. Then the home stream, 1,000 times in turns: of a person whose two communities are
//!    a restricted and a public one (each page recorded as a stream read) and of one whose two
//!    are public (nothing recorded), the same number of items. Run with `make bench-guard`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::time::{Duration, Instant};

use app::model::guard::Strictness;
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::Db;
use app::server::guard::matcher::{Matcher, Watched};
use app::server::policy::Actor;

const NAMES: usize = 20_000;
const RUNS: usize = 2_000;
const READS: usize = 1_000;

const SAMPLES: [(&str, &str, &str); 10] = [
    (
        "sv",
        include_str!("../app/src/server/language/samples/sv.txt"),
        "Fjordkrafts",
    ),
    (
        "nb",
        include_str!("../app/src/server/language/samples/nb.txt"),
        "Fjordkraften",
    ),
    (
        "da",
        include_str!("../app/src/server/language/samples/da.txt"),
        "Fjordkrafts",
    ),
    (
        "fi",
        include_str!("../app/src/server/language/samples/fi.txt"),
        "Fjordkraftilla",
    ),
    (
        "et",
        include_str!("../app/src/server/language/samples/et.txt"),
        "Fjordkraftiga",
    ),
    (
        "lv",
        include_str!("../app/src/server/language/samples/lv.txt"),
        "Fjordkraftam",
    ),
    (
        "lt",
        include_str!("../app/src/server/language/samples/lt.txt"),
        "Fjordkraftui",
    ),
    (
        "de",
        include_str!("../app/src/server/language/samples/de.txt"),
        "Fjordkrafts",
    ),
    (
        "pl",
        include_str!("../app/src/server/language/samples/pl.txt"),
        "Fjordkraftem",
    ),
    (
        "en",
        include_str!("../app/src/server/language/samples/en.txt"),
        "Fjordkraft's",
    ),
];

/// A small deterministic generator, so every run matches the same list.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[(self.next() as usize) % from.len()]
    }
}

fn watchlist() -> Vec<Watched> {
    const SYLLABLES: &[&str] = &[
        "nor", "vik", "sta", "lin", "ber", "kra", "tal", "mar", "sen", "dal", "ros", "kel", "vaa",
        "ja", "ras", "pol", "tek", "lum", "gar", "ols", "ni", "ka", "ve", "to",
    ];
    const FORMS: &[&str] = &["AB", "ASA", "A/S", "Oy", "Oyj", "AS", "SIA", "UAB", "GmbH"];
    let mut rng = Lcg(42);
    let mut out = vec![Watched {
        id: 0,
        name: "Fjordkraft".into(),
        aliases: vec!["Fjordkraft Holding".into()],
        legal_form: Some("ASA".into()),
        strictness: Strictness::Always,
    }];
    for id in 1..NAMES as i64 {
        let mut word = String::new();
        for _ in 0..(2 + rng.next() % 3) {
            word.push_str(rng.pick(SYLLABLES));
        }
        let mut name = format!("{}{}", word[..1].to_uppercase(), &word[1..]);
        if rng.next().is_multiple_of(4) {
            name.push_str(" Bank");
        }
        let aliases = if rng.next().is_multiple_of(3) {
            vec![word[..word.len().min(4)].to_uppercase()]
        } else {
            Vec::new()
        };
        let legal_form = rng
            .next()
            .is_multiple_of(10)
            .then(|| rng.pick(FORMS).to_owned());
        let strictness = match (rng.next() % 10, &legal_form) {
            (0, Some(_)) => Strictness::WithLegalForm,
            (1..=2, _) => Strictness::Capitalised,
            _ => Strictness::Always,
        };
        out.push(Watched {
            id,
            name,
            aliases,
            legal_form,
            strictness,
        });
    }
    out
}

/// About 2 KB of the language's sample lines, with two mentions of the client inflected.
fn text(sample: &str, mention: &str) -> String {
    let lines: Vec<&str> = sample.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut out = String::new();
    let mut i = 0;
    while out.len() < 2048 {
        if i == 5 || i == 25 {
            out.push_str(mention);
            out.push(' ');
        }
        out.push_str(lines[i % lines.len()]);
        out.push('\n');
        i += 1;
    }
    out.truncate(out.floor_char_boundary(2048));
    out
}

fn quantile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn matcher_bench() {
    let list = watchlist();
    let started = Instant::now();
    let matcher = Matcher::new(list);
    println!(
        "watchlist of {NAMES} names compiled in {:.0} ms",
        ms(started.elapsed())
    );
    println!("lang  bytes   p50 ms   p99 ms   max ms   found");
    let mut worst = Duration::ZERO;
    for (lang, sample, mention) in SAMPLES {
        let t = text(sample, mention);
        let found = matcher.find(&t, Some(lang)).len();
        let mut times = Vec::with_capacity(RUNS);
        for _ in 0..RUNS {
            let s = Instant::now();
            std::hint::black_box(matcher.find(std::hint::black_box(&t), Some(lang)));
            times.push(s.elapsed());
        }
        times.sort();
        let p99 = quantile(&times, 0.99);
        worst = worst.max(p99);
        println!(
            "{lang:<5} {:>5} {:>8.3} {:>8.3} {:>8.3}   {found}",
            t.len(),
            ms(quantile(&times, 0.5)),
            ms(p99),
            ms(*times.last().unwrap()),
        );
    }
    println!(
        "worst p99 {:.3} ms (aim: at most 1 ms): {}",
        ms(worst),
        if worst <= Duration::from_millis(1) {
            "met"
        } else {
            "NOT met"
        }
    );
}

async fn audit_bench(engine: &str, url: &str) {
    use app::server::content::thread::thread;
    let db = Db::connect(url, 8).await.unwrap();
    db.migrate().await.unwrap();
    let b = Backend {
        audit: app::server::audit::AuditSink::start(db.clone()),
        guard: app::server::guard::GuardCache::default(),
        db,
        auth: AuthSettings::default(),
        mail: app::server::mail::MailSettings::default(),
        files: app::server::files::store::FileStore::new(
            std::env::temp_dir().join("gemenskap-bench-files"),
        ),
        search: app::server::search::index::SearchIndex::new(
            std::env::temp_dir().join(format!("gemenskap-bench-guard-{}", std::process::id())),
        ),
    };
    let new = app::server::account::service::NewAccount::parse(
        "owner@bank.example",
        "Olle Owner",
        "correct horse battery",
        true,
        Some("sv"),
    )
    .unwrap();
    let me = app::server::account::service::create_account(&b, &Actor::System, new)
        .await
        .unwrap();
    let ctx = RequestCtx::for_actor(Actor::Admin(me));
    let mut topics = Vec::new();
    for vis in ["restricted", "public"] {
        topics.push((vis, team(&b, &ctx, &format!("Team {vis}"), vis).await));
    }
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(), Vec::new()];
    for _ in 0..READS {
        for (i, (_, topic)) in topics.iter().enumerate() {
            let s = Instant::now();
            std::hint::black_box(thread(&b, &ctx, *topic, None).await.unwrap());
            times[i].push(s.elapsed());
        }
    }
    b.audit.flush().await;
    let recorded: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'item_read'")
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
    for t in &mut times {
        t.sort();
    }
    let (r50, r99) = (quantile(&times[0], 0.5), quantile(&times[0], 0.99));
    let (p50, p99) = (quantile(&times[1], 0.5), quantile(&times[1], 0.99));
    println!(
        "{engine:<8} restricted thread (audited) p50 {:.2} ms p99 {:.2} ms; public thread p50 {:.2} ms p99 {:.2} ms; ratio p50 {:.2}, p99 {:.2}; {recorded} reads recorded",
        ms(r50),
        ms(r99),
        ms(p50),
        ms(p99),
        r50.as_secs_f64() / p50.as_secs_f64(),
        r99.as_secs_f64() / p99.as_secs_f64(),
    );
    // The home stream: Olle's shows the restricted team's topic beside the public one's; Pia's
    // the same amount from two public teams.
    let new = app::server::account::service::NewAccount::parse(
        "pia@bank.example",
        "Pia Public",
        "correct horse battery",
        true,
        Some("sv"),
    )
    .unwrap();
    let pia = app::server::account::service::create_account(&b, &Actor::System, new)
        .await
        .unwrap();
    let pia = RequestCtx::for_actor(Actor::Admin(pia));
    for name in ["Open A", "Open B"] {
        team(&b, &pia, name, "public").await;
    }
    let langs = app::model::language::LanguageRequest::default();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(), Vec::new()];
    for _ in 0..READS {
        for (i, who) in [&ctx, &pia].into_iter().enumerate() {
            let s = Instant::now();
            let page = app::server::content::stream::home(&b, who, None, None, &langs)
                .await
                .unwrap();
            std::hint::black_box(page);
            times[i].push(s.elapsed());
        }
    }
    b.audit.flush().await;
    let recorded: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'stream_read'")
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
    for t in &mut times {
        t.sort();
    }
    let (r50, r99) = (quantile(&times[0], 0.5), quantile(&times[0], 0.99));
    let (p50, p99) = (quantile(&times[1], 0.5), quantile(&times[1], 0.99));
    println!(
        "{engine:<8} home stream with a restricted team (audited) p50 {:.2} ms p99 {:.2} ms; all public p50 {:.2} ms p99 {:.2} ms; ratio p50 {:.2}, p99 {:.2}; {recorded} pages recorded",
        ms(r50),
        ms(r99),
        ms(p50),
        ms(p99),
        r50.as_secs_f64() / p50.as_secs_f64(),
        r99.as_secs_f64() / p99.as_secs_f64(),
    );
}

/// A community of `vis` created by `ctx`'s person, with a topic of 20 replies; the topic's id.
async fn team(b: &Backend, ctx: &RequestCtx, name: &str, vis: &str) -> i64 {
    use app::server::community::input::NewCommunity;
    use app::server::community::service::create_community;
    use app::server::content::writing::{NewPost, create_reply, create_topic};
    let c = NewCommunity::parse(name, "", vis, "project", vec!["sv".into()], None, 30).unwrap();
    let slug = create_community(b, ctx, c).await.unwrap().slug;
    let post = NewPost {
        community_slug: Some(&slug),
        title: "Kvartalsrapporten",
        body: "Vi går igenom siffrorna inför mötet på torsdag.",
        lang: "sv",
        tags: &[],
        published: true,
        question: None,
    };
    let topic = create_topic(b, ctx, post).await.unwrap().id;
    for i in 0..20 {
        let body = format!("Svar nummer {i}: siffrorna stämmer med förra kvartalet.");
        create_reply(b, ctx, topic, &body, "sv").await.unwrap();
    }
    topic
}

#[tokio::main]
async fn main() {
    matcher_bench();
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-g-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut targets = vec![(
        "sqlite",
        format!("sqlite:{}?mode=rwc", dir.join("bench.db").display()),
    )];
    if let Ok(base) = std::env::var("GEMENSKAP_TEST_POSTGRES_URL") {
        use sqlx::Connection;
        sqlx::any::install_default_drivers();
        let name = format!("gemenskap_bench_g_{}", std::process::id());
        let mut conn = sqlx::AnyConnection::connect(&format!("{base}/postgres"))
            .await
            .unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .unwrap();
        targets.push(("postgres", format!("{base}/{name}")));
    }
    for (engine, url) in targets {
        audit_bench(engine, &url).await;
    }
}
