//! The organisation the activity-stream and digest benchmarks share, generated straight into
//! a fresh database (see `conversation.rs` for its shape): 100,000 people, 5,000 communities
//! whose sizes fall off like real ones, 2,000,000 items over two years, tags, mentions and
//! follows. Deterministic: every run builds the same data.

#![allow(dead_code)]

use std::collections::HashSet;

use app::server::db::{Arg, Args, Db, Engine};

pub const PEOPLE: usize = 100_000;
pub const COMMUNITIES: usize = 5_000;
pub const ITEMS: usize = 2_000_000;
pub const ACTIVE: usize = 10_000;
pub const TAGS: usize = 300;
pub const SPAN_MS: i64 = 730 * 24 * 3600 * 1000;
pub const LANGS: &[&str] = &["sv", "nb", "da", "fi", "et", "lv", "lt", "de", "pl", "en"];

/// A small, fast, deterministic generator (xorshift), so every run builds the same data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// Rows for one multi-row INSERT, flushed every `batch` rows.
pub struct Batch<'a> {
    head: String,
    columns: usize,
    rows: Vec<Vec<Arg>>,
    db: &'a Db,
}

impl<'a> Batch<'a> {
    pub fn new(db: &'a Db, head: &str, columns: usize) -> Self {
        Self {
            head: head.to_owned(),
            columns,
            rows: Vec::new(),
            db,
        }
    }

    pub async fn push(&mut self, row: Vec<Arg>) {
        assert_eq!(row.len(), self.columns);
        self.rows.push(row);
        if self.rows.len() * self.columns >= 6000 {
            self.flush().await;
        }
    }

    pub async fn flush(&mut self) {
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
pub fn overriding(db: &Db) -> &'static str {
    if db.engine == Engine::Postgres {
        " OVERRIDING SYSTEM VALUE"
    } else {
        ""
    }
}

/// What the generator keeps to pick realistic authors and targets.
pub struct World {
    pub members: Vec<Vec<usize>>,
    pub restricted: Vec<bool>,
}

/// Community sizes fall off with rank: 40,000, then about 5,000 at rank 10, 80 at rank 1,000.
pub fn size_of(rank: usize, restricted: bool) -> usize {
    let size = (40_000.0 / ((rank + 1) as f64).powf(0.9)) as usize;
    let size = size.max(12);
    if restricted { size.min(30) } else { size }
}

pub async fn generate(db: &Db, now: i64) -> World {
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
                // Every tenth community is a helpdesk (the digests list its open questions).
                Arg::Text(
                    if is_restricted {
                        "client_team"
                    } else if c % 10 == 5 {
                        "helpdesk"
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

pub fn sqlite_url() -> String {
    let dir = std::env::temp_dir().join(format!("gemenskap-bench-s-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    format!("sqlite:{}?mode=rwc", dir.join("bench.db").display())
}

pub async fn create_pg(base: &str) -> String {
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
