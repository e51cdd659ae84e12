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

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::Path;
use std::time::Instant;

use app::model::ids::UserId;
use app::model::language::LanguageRequest;
use app::server::auth::session::{COOKIE_NAME, hash_token};
use app::server::content::stream;
use app::server::ctx::{AuthSettings, Backend, RequestCtx};
use app::server::db::{Arg, Args, Db, Engine};
use app::server::policy::Actor;

const PEOPLE: usize = 100_000;
const COMMUNITIES: usize = 5_000;
const ITEMS: usize = 2_000_000;
const ACTIVE: usize = 10_000;
const TAGS: usize = 300;
const SPAN_MS: i64 = 730 * 24 * 3600 * 1000;
const LANGS: &[&str] = &["sv", "nb", "da", "fi", "et", "lv", "lt", "de", "pl", "en"];

/// A small, fast, deterministic generator (xorshift), so every run builds the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Rows for one multi-row INSERT, flushed every `batch` rows.
struct Batch<'a> {
    head: String,
    columns: usize,
    rows: Vec<Vec<Arg>>,
    db: &'a Db,
}

impl<'a> Batch<'a> {
    fn new(db: &'a Db, head: &str, columns: usize) -> Self {
        Self {
            head: head.to_owned(),
            columns,
            rows: Vec::new(),
            db,
        }
    }

    async fn push(&mut self, row: Vec<Arg>) {
        assert_eq!(row.len(), self.columns);
        self.rows.push(row);
        if self.rows.len() * self.columns >= 6000 {
            self.flush().await;
        }
    }

    async fn flush(&mut self) {
        if self.rows.is_empty() {
            return;
        }
        let mut args = Args::default();
        let mut values = Vec::new();
        for row in self.rows.drain(..) {
            let cells: Vec<String> = row.into_iter().map(|a| args.push(a)).collect();
            values.push(format!("({})", cells.join(", ")));
        }
        let sql = format!(
            "{} VALUES {} ON CONFLICT DO NOTHING",
            self.head,
            values.join(", ")
        );
        if let Err(e) = args
            .bind_plain(sqlx::query(sqlx::AssertSqlSafe(sql)))
            .execute(&self.db.pool)
            .await
        {
            panic!("{}: {e}", self.head);
        }
    }
}

/// Explicit ids into identity columns need this on PostgreSQL.
fn overriding(db: &Db) -> &'static str {
    if db.engine == Engine::Postgres {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    }
}

/// What the generator keeps to pick realistic authors and targets.
struct World {
    members: Vec<Vec<usize>>,
    restricted: Vec<bool>,
}

/// Community sizes fall off with rank: 40,000, then about 5,000 at rank 10, 80 at rank 1,000.
fn size_of(rank: usize, restricted: bool) -> usize {
    let size = (40_000.0 / ((rank + 1) as f64).powf(0.9)) as usize;
    let size = size.max(12);
    if restricted { size.min(30) } else { size }
}

async fn generate(db: &Db, now: i64) -> World {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Languages and translations draw from their own generator, so the rest of the data is
    // the same as before languages were generated (and the figures stay comparable).
    let mut lang_rng = Rng(0x2545_F491_4F6C_DD1D);
    let o = overriding(db);
    let mut users = Batch::new(
        db,
        &format!("INSERT INTO users (id, email, role, created_at, updated_at){o}"),
        5,
    );
    let mut profiles = Batch::new(
        db,
        "INSERT INTO profiles (user_id, display_name, sort_key, updated_at)",
        4,
    );
    for i in 1..=PEOPLE {
        let i = i as i64;
        users
            .push(vec![
                Arg::Int(i),
                Arg::Text(format!("p{i}@bench.example")),
                Arg::Text("member".into()),
                Arg::Int(0),
                Arg::Int(0),
            ])
            .await;
    }
    users.flush().await;
    for i in 1..=PEOPLE as i64 {
        let name = format!("Person {i}");
        profiles
            .push(vec![
                Arg::Int(i),
                Arg::Text(name.clone()),
                Arg::Text(name.to_lowercase()),
                Arg::Int(0),
            ])
            .await;
    }
    profiles.flush().await;

    // Communities; the three readers (users 1, 2, 3) are placed by hand below.
    let mut members: Vec<Vec<usize>> = Vec::with_capacity(COMMUNITIES);
    let mut restricted = Vec::with_capacity(COMMUNITIES);
    let mut communities = Batch::new(
        db,
        &format!(
            "INSERT INTO communities (id, slug, name, name_key, visibility, template, languages, tools, \
             member_count, created_by, created_at, updated_at){o}"
        ),
        12,
    );
    let mut memberships = Batch::new(
        db,
        "INSERT INTO community_members (community_id, user_id, role, joined_at)",
        4,
    );
    for c in 0..COMMUNITIES {
        let is_restricted = c % 7 == 3;
        let size = size_of(c, is_restricted);
        let mut set: HashSet<usize> = HashSet::with_capacity(size);
        while set.len() < size {
            set.insert(4 + rng.below(PEOPLE - 4));
        }
        // Typical reader: the biggest community, 7 mid-size ones and one client team.
        if [0, 40, 60, 80, 120, 200, 300, 400, 3].contains(&c) {
            set.insert(1);
        }
        // Heavy reader: 60 communities of every size.
        if c < 5 || c % 83 == 0 {
            set.insert(2);
        }
        // Quiet reader: two small ones.
        if c == 4_000 || c == 4_500 {
            set.insert(3);
        }
        let list: Vec<usize> = set.into_iter().collect();
        let name = format!("Community {c}");
        communities
            .push(vec![
                Arg::Int(c as i64 + 1),
                Arg::Text(format!("c-{c}")),
                Arg::Text(name.clone()),
                Arg::Text(name.to_lowercase()),
                Arg::Text(
                    if is_restricted {
                        "restricted"
                    } else {
                        "public"
                    }
                    .into(),
                ),
                Arg::Text(
                    if is_restricted {
                        "client_team"
                    } else {
                        "project"
                    }
                    .into(),
                ),
                Arg::Text(LANGS[c % LANGS.len()].into()),
                Arg::Text("blog,forum,wiki".into()),
                Arg::Int(list.len() as i64),
                Arg::Int(4),
                Arg::Int(0),
                Arg::Int(0),
            ])
            .await;
        members.push(list);
        restricted.push(is_restricted);
    }
    communities.flush().await;
    for (c, list) in members.iter().enumerate() {
        for (k, u) in list.iter().enumerate() {
            memberships
                .push(vec![
                    Arg::Int(c as i64 + 1),
                    Arg::Int(*u as i64),
                    Arg::Text(if k == 0 { "owner" } else { "member" }.into()),
                    Arg::Int(0),
                ])
                .await;
        }
    }
    memberships.flush().await;

    // Items in time order: ids rise with time, as they do in a live system.
    let mut content = Batch::new(
        db,
        &format!(
            "INSERT INTO content (id, kind, author_id, community_id, parent_id, thread_id, title, body, \
             body_html, excerpt, lang, is_question, created_at, published_at, activity_at){o}"
        ),
        15,
    );
    // Tags and mentions are written after every item is, so no row names an item still
    // waiting in the content batch (the foreign keys are checked).
    let mut tag_rows: Vec<Vec<Arg>> = Vec::new();
    let mut mention_rows: Vec<Vec<Arg>> = Vec::new();
    // Busier communities post more: pick by size^0.7.
    let weights: Vec<f64> = members.iter().map(|m| (m.len() as f64).powf(0.7)).collect();
    let total: f64 = weights.iter().sum();
    let mut cumulative = Vec::with_capacity(weights.len());
    let mut acc = 0.0;
    for w in &weights {
        acc += w / total;
        cumulative.push(acc);
    }
    let mut recent: Vec<(i64, &'static str, Option<usize>)> = Vec::new();
    let mut translations: Vec<(i64, &'static str, Option<usize>, &'static str, i64)> = Vec::new();
    let start = now - SPAN_MS;
    for n in 0..ITEMS {
        let id = n as i64 + 1;
        let at = start + (SPAN_MS / ITEMS as i64) * n as i64 + rng.below(1000) as i64;
        let respond = recent.len() > 100 && rng.chance(25);
        let (kind, community, parent) = if respond {
            let (pid, pkind, pc) = recent[recent.len() - 1 - rng.below(recent.len().min(2000))];
            let kind = if pkind == "topic" { "reply" } else { "comment" };
            (kind, pc, Some(pid))
        } else if rng.chance(25) {
            (
                if rng.chance(80) {
                    "status"
                } else {
                    "blog_post"
                },
                None,
                None,
            )
        } else {
            let r = (rng.next() % 1_000_000) as f64 / 1_000_000.0;
            let c = cumulative.partition_point(|x| *x < r).min(COMMUNITIES - 1);
            let kind = match rng.below(100) {
                0..=39 => "status",
                40..=84 => "topic",
                _ => "blog_post",
            };
            (kind, Some(c), None)
        };
        let author = match community {
            Some(c) => members[c][rng.below(members[c].len())],
            None => 4 + rng.below(PEOPLE - 4),
        };
        let title = matches!(kind, "topic" | "blog_post").then(|| format!("Topic number {id}"));
        let body = format!("Text of item {id}, written for the benchmark.");
        // A community writes mostly in its own language, some English, some in the author's
        // own; on one's own profile, one's own language or English.
        let own = LANGS[author % LANGS.len()];
        let lang = match (community, lang_rng.below(100)) {
            (Some(c), 0..=69) => LANGS[c % LANGS.len()],
            (Some(_), 70..=89) | (None, 80..) => "en",
            _ => own,
        };
        if parent.is_none() && lang_rng.chance(2) {
            translations.push((id, kind, community, lang, at));
        }
        content
            .push(vec![
                Arg::Int(id),
                Arg::Text(kind.into()),
                Arg::Int(author as i64),
                community.map_or(Arg::NullInt, |c| Arg::Int(c as i64 + 1)),
                parent.map_or(Arg::NullInt, Arg::Int),
                parent.map_or(Arg::NullInt, Arg::Int),
                title.map_or(Arg::NullText, Arg::Text),
                Arg::Text(body.clone()),
                Arg::Text(format!("<p>{body}</p>")),
                Arg::Text(body),
                Arg::Text(lang.into()),
                Arg::Int(i64::from(kind == "topic" && rng.chance(60))),
                Arg::Int(at),
                Arg::Int(at),
                Arg::Int(at),
            ])
            .await;
        if parent.is_none() {
            recent.push((id, kind, community));
            if recent.len() > 4000 {
                recent.drain(..2000);
            }
            if matches!(kind, "topic" | "blog_post") && rng.chance(40) {
                // Popular tags are much more common (tag k with weight 1/k).
                let k = ((TAGS as f64).powf((rng.next() % 1000) as f64 / 1000.0)) as usize;
                tag_rows.push(vec![
                    Arg::Int(id),
                    Arg::Text(format!("tag{k}")),
                    Arg::Int(at),
                ]);
            }
        }
        if rng.chance(3) {
            let who = match community {
                Some(c) => members[c][rng.below(members[c].len())],
                None => 1 + rng.below(PEOPLE),
            };
            mention_rows.push(vec![Arg::Int(id), Arg::Int(who as i64), Arg::Int(at)]);
        }
    }
    content.flush().await;
    // 2% of threads have a translation (into English, or Swedish for English ones), made by
    // someone who can write there, an hour later.
    let mut translated = Batch::new(
        db,
        &format!(
            "INSERT INTO content (id, kind, author_id, community_id, title, body, body_html, \
             excerpt, lang, created_at, published_at, activity_at, original_id, source_version){o}"
        ),
        14,
    );
    for (k, (original, kind, community, lang, at)) in translations.into_iter().enumerate() {
        let id = (ITEMS + 1 + k) as i64;
        let into = if lang == "en" { "sv" } else { "en" };
        let translator = match community {
            Some(c) => members[c][lang_rng.below(members[c].len())],
            None => 4 + lang_rng.below(PEOPLE - 4),
        };
        let title = matches!(kind, "topic" | "blog_post").then(|| format!("Translation {id}"));
        let body = format!("Translation of item {original}.");
        let at = at + 3_600_000;
        translated
            .push(vec![
                Arg::Int(id),
                Arg::Text(kind.into()),
                Arg::Int(translator as i64),
                community.map_or(Arg::NullInt, |c| Arg::Int(c as i64 + 1)),
                title.map_or(Arg::NullText, Arg::Text),
                Arg::Text(body.clone()),
                Arg::Text(format!("<p>{body}</p>")),
                Arg::Text(body),
                Arg::Text(into.into()),
                Arg::Int(at),
                Arg::Int(at),
                Arg::Int(at),
                Arg::Int(original),
                Arg::Int(1),
            ])
            .await;
    }
    translated.flush().await;
    sqlx::query(
        "UPDATE content SET translation_count = 1 WHERE id IN \
         (SELECT original_id FROM content WHERE original_id IS NOT NULL)",
    )
    .execute(&db.pool)
    .await
    .unwrap();
    // What the readers read: the typical and quiet ones are in Swedish communities; the heavy
    // one is in communities of every language and reads three of them.
    for (user, read) in [(1, "sv,en"), (2, "sv,nb,en"), (3, "sv,en")] {
        sqlx::query("UPDATE profiles SET read_languages = $1 WHERE user_id = $2")
            .bind(read)
            .bind(user)
            .execute(&db.pool)
            .await
            .unwrap();
    }
    for (head, rows) in [
        (
            "INSERT INTO content_tags (content_id, tag, published_at)",
            tag_rows,
        ),
        (
            "INSERT INTO mentions (content_id, user_id, published_at)",
            mention_rows,
        ),
    ] {
        let mut batch = Batch::new(db, head, 3);
        for row in rows {
            batch.push(row).await;
        }
        batch.flush().await;
    }

    // Follows: 10,000 active people follow 15 people, 2 tags and a community each; the
    // readers as described at the top.
    let mut people = Batch::new(
        db,
        "INSERT INTO follow_people (follower_id, user_id, created_at)",
        3,
    );
    let mut follow_tags = Batch::new(
        db,
        "INSERT INTO follow_tags (follower_id, tag, created_at)",
        3,
    );
    let mut follow_communities = Batch::new(
        db,
        "INSERT INTO follow_communities (follower_id, community_id, created_at)",
        3,
    );
    for u in 1..=ACTIVE {
        let (n_people, n_tags) = match u {
            1 => (20, 3),
            2 => (200, 10),
            3 => (3, 0),
            _ => (15, 2),
        };
        for _ in 0..n_people {
            let other = 4 + rng.below(PEOPLE - 4);
            people
                .push(vec![
                    Arg::Int(u as i64),
                    Arg::Int(other as i64),
                    Arg::Int(0),
                ])
                .await;
        }
        for t in 0..n_tags {
            let tag = if u <= 3 { 1 + t } else { 1 + rng.below(TAGS) };
            follow_tags
                .push(vec![
                    Arg::Int(u as i64),
                    Arg::Text(format!("tag{tag}")),
                    Arg::Int(0),
                ])
                .await;
        }
        if u > 3 {
            let c = 1 + rng.below(COMMUNITIES);
            if !restricted[c - 1] {
                follow_communities
                    .push(vec![Arg::Int(u as i64), Arg::Int(c as i64), Arg::Int(0)])
                    .await;
            }
        }
    }
    people.flush().await;
    follow_tags.flush().await;
    follow_communities.flush().await;
    if db.engine == Engine::Postgres {
        for table in ["users", "communities", "content"] {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            );
            sqlx::query(sqlx::AssertSqlSafe(sql))
                .execute(&db.pool)
                .await
                .unwrap();
        }
    }
    sqlx::query("ANALYZE").execute(&db.pool).await.unwrap();
    World {
        members,
        restricted,
    }
}

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

fn sqlite_url() -> String {
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-s-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite:{}?mode=rwc", dir.join("bench.db").display())
}

async fn create_pg(base: &str) -> String {
    use sqlx::Connection;
    sqlx::any::install_default_drivers();
    let name = format!("gemenskap_bench_s_{}", std::process::id());
    let mut conn = sqlx::AnyConnection::connect(&format!("{base}/postgres"))
        .await
        .unwrap();
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .unwrap();
    format!("{base}/{name}")
}
