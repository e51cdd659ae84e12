//! Benchmark: search over one million documents in ten languages, against the SQL engines
//! on the same documents and queries.
//!
//! Generates `SEARCH_BENCH_DOCS` documents (1,000,000 by default): titles of 4-8 and texts of
//! 30-60 words in the document's language, drawn from a per-language vocabulary with the
//! long tail of real text (Zipf; 20,000 words a language, with the product's helpdesk words
//! among the common ones in several inflected forms); a tenth in restricted communities (500
//! of them), a tenth personal drafts, the rest for everyone; over two years.
//!
//! Builds, side by side: the product's tantivy index (its schema and analysers), an SQLite FTS5
//! table (`unicode61`, diacritics removed) and, inside `scripts/with-postgres.sh`, a PostgreSQL
//! `tsvector` column with a GIN index (the `simple` configuration). The SQL engines neither
//! stem nor rank by BM25, so they do less work per word than the index. Reports build time and
//! size, then for one-, two- and three-word queries (common words, as people type them) the
//! p50 and p99 of 300 queries and the queries per second of two threads for 5 seconds: without
//! filters, and for a reader in 60 restricted communities who reads two languages (the
//! visibility and language filters inside the query, as the product runs it). Ratios are
//! against the index. Last, freshness: a write every 50 ms for 20 s through the real services
//! on SQLite with the indexer running on a 1,000,000-document index, and how long until each
//! is found (p50, p99).
//!
//! Run with `make bench-search`; figures go to docs/benchmarks.md. `SEARCH_BENCH_INDEX_ONLY=1`
//! measures the index alone (no SQL engines, no freshness run).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use app::model::content::CONTENT_LANGUAGES;
use app::model::search::{SearchKind, SearchSort};
use app::server::search::document::{Acl, Entity, Source};
use app::server::search::index::{Live, Meta, SearchIndex};
use app::server::search::query::{self, Filters};
use app::server::search::schema::SCHEMA_VERSION;
use app::server::search::service::RunSearch;

const WORDS_PER_LANG: usize = 20_000;
const RESTRICTED: i64 = 500;
const QUERIES: usize = 300;
const SPAN_MS: i64 = 730 * 24 * 3600 * 1000;

/// Common helpdesk words per language, each with a few inflected forms.
const COMMON: &[(&str, &[&str])] = &[
    (
        "sv",
        &[
            "lösenord",
            "lösenordet",
            "skrivare",
            "skrivaren",
            "konto",
            "kontot",
            "utlägg",
            "möte",
            "mötet",
            "semester",
        ],
    ),
    (
        "nb",
        &[
            "passord",
            "passordet",
            "skriver",
            "skriveren",
            "konto",
            "kontoen",
            "reise",
            "møte",
            "møtet",
            "ferie",
        ],
    ),
    (
        "da",
        &[
            "adgangskode",
            "adgangskoden",
            "printer",
            "printeren",
            "konto",
            "kontoen",
            "rejse",
            "møde",
            "mødet",
            "ferie",
        ],
    ),
    (
        "fi",
        &[
            "salasana",
            "salasanan",
            "tulostin",
            "tili",
            "tilin",
            "matka",
            "matkan",
            "kokous",
            "kokouksen",
            "loma",
        ],
    ),
    (
        "et",
        &[
            "parool",
            "parooli",
            "printer",
            "printeri",
            "konto",
            "kontot",
            "reis",
            "koosolek",
            "koosoleku",
            "puhkus",
        ],
    ),
    (
        "lv",
        &[
            "parole",
            "paroles",
            "printeris",
            "printera",
            "konts",
            "konta",
            "ceļojums",
            "sapulce",
            "sapulces",
            "atvaļinājums",
        ],
    ),
    (
        "lt",
        &[
            "slaptažodis",
            "slaptažodžio",
            "spausdintuvas",
            "spausdintuvo",
            "paskyra",
            "paskyros",
            "kelionė",
            "susitikimas",
            "susitikimo",
            "atostogos",
        ],
    ),
    (
        "de",
        &[
            "passwort",
            "passwörter",
            "drucker",
            "druckers",
            "konto",
            "kontos",
            "reise",
            "besprechung",
            "termin",
            "urlaub",
        ],
    ),
    (
        "pl",
        &[
            "hasło",
            "hasła",
            "drukarka",
            "drukarki",
            "konto",
            "konta",
            "podróż",
            "spotkanie",
            "spotkania",
            "urlop",
        ],
    ),
    (
        "en",
        &[
            "password",
            "passwords",
            "printer",
            "printers",
            "account",
            "accounts",
            "travel",
            "meeting",
            "meetings",
            "holiday",
        ],
    ),
];

/// Syllables per language, for the long tail of words.
const SYLLABLES: &[(&str, &[&str])] = &[
    (
        "sv",
        &[
            "sk", "ö", "rv", "ä", "ng", "la", "st", "en", "ta", "de", "gr", "å",
        ],
    ),
    (
        "nb",
        &[
            "kj", "ø", "ve", "rt", "la", "st", "en", "ne", "gå", "sk", "bl", "å",
        ],
    ),
    (
        "da",
        &[
            "sk", "ø", "ve", "rd", "la", "st", "en", "ne", "gå", "hj", "bl", "æ",
        ],
    ),
    (
        "fi",
        &[
            "ka", "lo", "ssa", "ja", "tu", "mi", "nen", "kk", "ää", "yö", "hi", "ta",
        ],
    ),
    (
        "et",
        &[
            "ka", "õ", "ssa", "ja", "tu", "mi", "ne", "kk", "ää", "üh", "hi", "ta",
        ],
    ),
    (
        "lv",
        &[
            "ka", "ļ", "ša", "ja", "tu", "mī", "ne", "ņa", "ā", "ū", "ē", "ta",
        ],
    ),
    (
        "lt",
        &[
            "ka", "ž", "ša", "ja", "tu", "mi", "ne", "ų", "ė", "ū", "į", "ta",
        ],
    ),
    (
        "de",
        &[
            "sch", "ü", "ver", "ung", "ei", "st", "en", "ch", "ke", "ä", "ge", "ö",
        ],
    ),
    (
        "pl",
        &[
            "sz", "ł", "cz", "ść", "ja", "rz", "ow", "ną", "ę", "ó", "wie", "ży",
        ],
    ),
    (
        "en",
        &[
            "th", "er", "ing", "ou", "st", "en", "tion", "al", "ly", "re", "ar", "ed",
        ],
    ),
];

/// A small, fast, deterministic generator (xorshift).
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
    /// A rank from 0 with probability falling as 1/(rank+1) (Zipf), by inverse transform.
    fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        (((n as f64 + 1.0).powf(u)) as usize)
            .saturating_sub(1)
            .min(n - 1)
    }
}

/// A language's vocabulary: its common words first, then generated ones.
fn vocabulary(lang_index: usize) -> Vec<String> {
    let (_, common) = COMMON[lang_index];
    let (_, syl) = SYLLABLES[lang_index];
    let mut out: Vec<String> = common.iter().map(|w| (*w).to_owned()).collect();
    let mut rng = Rng(0x1234_5678 + lang_index as u64);
    while out.len() < WORDS_PER_LANG {
        let n = 2 + rng.below(3);
        let w: String = (0..n).map(|_| syl[rng.below(syl.len())]).collect();
        if !out.contains(&w) || out.len() > WORDS_PER_LANG / 2 {
            out.push(w);
        }
    }
    out
}

struct Corpus {
    vocab: Vec<Vec<String>>,
}

impl Corpus {
    fn words(&self, rng: &mut Rng, lang: usize, n: usize) -> String {
        (0..n)
            .map(|_| self.vocab[lang][rng.zipf(WORDS_PER_LANG)].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn doc(&self, rng: &mut Rng, id: i64, now: i64) -> (Source, usize) {
        let lang = rng.below(CONTENT_LANGUAGES.len());
        let title_len = 4 + rng.below(5);
        let body_len = 30 + rng.below(31);
        let roll = rng.below(10);
        let (acl, community) = match roll {
            0 => {
                let c = 1 + rng.below(RESTRICTED as usize) as i64;
                (Acl::Community(c), c)
            }
            1 => (Acl::Person(1 + rng.below(100_000) as i64), 0),
            _ => (Acl::Everyone, 1_000 + rng.below(4_500) as i64),
        };
        let src = Source {
            entity: Entity::Item,
            id,
            kind: [
                SearchKind::Status,
                SearchKind::BlogPost,
                SearchKind::Topic,
                SearchKind::Reply,
                SearchKind::WikiPage,
            ][rng.below(5)],
            original: id,
            acl,
            lang: CONTENT_LANGUAGES[lang].to_owned(),
            community,
            author: 1 + rng.below(100_000) as i64,
            created: now - (rng.next() % SPAN_MS as u64) as i64,
            boost: 1.0,
            answered: false,
            title: self.words(rng, lang, title_len),
            text: self.words(rng, lang, body_len),
        };
        (src, lang)
    }
}

fn dir_size(path: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(path) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            let p = e.path();
            if p.is_dir() {
                dir_size(&p)
            } else {
                e.metadata().map(|m| m.len()).unwrap_or(0)
            }
        })
        .sum()
}

fn pct(times: &mut [Duration], q: f64) -> f64 {
    times.sort();
    times[((times.len() - 1) as f64 * q).round() as usize].as_secs_f64() * 1000.0
}

/// A query of `n` words in `lang`, drawn from the 300 most common words (as people search).
fn query_text(corpus: &Corpus, rng: &mut Rng, lang: usize, n: usize) -> String {
    (0..n)
        .map(|_| corpus.vocab[lang][rng.zipf(300)].clone())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The engines' query shapes.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Open,
    Reader,
}

fn reader_acl() -> Vec<String> {
    let mut acl = vec!["all".to_owned(), "u:2".to_owned()];
    acl.extend((1..=60).map(|c| format!("c:{}", c * 7)));
    acl
}

fn run_index(live: &Arc<Live>, search: &SearchIndex, q: &str, shape: Shape) -> u64 {
    let langs: Vec<&'static str> = match shape {
        Shape::Open => CONTENT_LANGUAGES.to_vec(),
        Shape::Reader => vec!["sv", "en"],
    };
    let words = query::words(q, &langs);
    let (acl, filters) = match shape {
        Shape::Open => (
            // Everything: every term a document can carry is not listed; the open shape uses
            // the everyone term and the restricted communities' (as a reader in all of them).
            {
                let mut a = vec!["all".to_owned()];
                a.extend((1..=RESTRICTED).map(|c| format!("c:{c}")));
                a
            },
            Filters::default(),
        ),
        Shape::Reader => (
            reader_acl(),
            Filters {
                langs: vec!["sv".into(), "en".into()],
                ..Filters::default()
            },
        ),
    };
    let run = RunSearch {
        fields: search.fields().clone(),
        words,
        filters,
        acl,
        sort: SearchSort::Relevance,
        offset: 0,
        count_hidden: shape == Shape::Reader,
    };
    run.run(live).unwrap().counts.total
}

#[tokio::main]
async fn main() {
    let docs: i64 = std::env::var("SEARCH_BENCH_DOCS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    // The index alone, without the SQL engines and the freshness run (for quick comparisons).
    let index_only = std::env::var("SEARCH_BENCH_INDEX_ONLY").is_ok_and(|v| v == "1");
    let root = std::env::temp_dir().join(format!("gemenskap-bench-search-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    let corpus = Corpus {
        vocab: (0..CONTENT_LANGUAGES.len()).map(vocabulary).collect(),
    };
    let now = app::server::clock::now_ms();
    println!(
        "search benchmark: {docs} documents in ten languages ({} cores)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );

    // The index.
    let search = SearchIndex::new(root.join("search"));
    let started = Instant::now();
    let (name, index) = search.create().unwrap();
    let mut writer = index.writer_with_num_threads(2, 400_000_000).unwrap();
    let fields = search.fields().clone();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for id in 1..=docs {
        let (src, _) = corpus.doc(&mut rng, id, now);
        writer.add_document(src.to_document(&fields)).unwrap();
    }
    let meta = Meta {
        version: SCHEMA_VERSION,
        cursor: 0,
        gaps: Vec::new(),
        built_at: now,
        built_docs: docs as u64,
        built_ms: 0,
    };
    let mut commit = writer.prepare_commit().unwrap();
    commit.set_payload(&meta.payload());
    commit.commit().unwrap();
    writer.wait_merging_threads().unwrap();
    let index_build = started.elapsed();
    let live = search.publish(&name, index).unwrap();
    let index_size = dir_size(&root.join("search").join(&name));
    println!(
        "{:<28} build {:>7.1} s  size {:>7.1} MB",
        "tantivy (product)",
        index_build.as_secs_f64(),
        index_size as f64 / 1e6
    );

    // SQLite FTS5 on the same documents.
    let sqlite_path = root.join("fts.db");
    let sqlite = if index_only {
        None
    } else {
        let fts = sqlite_fts::build(&sqlite_path, &corpus, docs, now).await;
        println!(
            "{:<28} build {:>7.1} s  size {:>7.1} MB",
            "SQLite FTS5",
            fts.build.as_secs_f64(),
            std::fs::metadata(&sqlite_path)
                .map(|m| m.len())
                .unwrap_or(0) as f64
                / 1e6
        );
        Some(fts)
    };
    let pg = match std::env::var("GEMENSKAP_TEST_POSTGRES_URL") {
        Ok(base) if !index_only => {
            let p = pg_fts::build(&base, &corpus, docs, now).await;
            println!(
                "{:<28} build {:>7.1} s  size {:>7.1} MB",
                "PostgreSQL tsvector + GIN",
                p.build.as_secs_f64(),
                p.size as f64 / 1e6
            );
            Some(p)
        }
        _ => None,
    };

    println!();
    println!(
        "{:<34} {:>8} {:>8} {:>8} {:>10}",
        "queries (300 each)", "p50 ms", "p99 ms", "q/s", "p99 ratio"
    );
    for shape in [Shape::Open, Shape::Reader] {
        for n in 1..=3 {
            let mut qrng = Rng(0xABCD_0000 + n as u64);
            let queries: Vec<(usize, String)> = (0..QUERIES)
                .map(|_| {
                    let lang = match shape {
                        Shape::Open => qrng.below(CONTENT_LANGUAGES.len()),
                        Shape::Reader => [0, 9][qrng.below(2)],
                    };
                    (lang, query_text(&corpus, &mut qrng, lang, n))
                })
                .collect();
            let label = format!(
                "{} word{}, {}",
                n,
                if n == 1 { "" } else { "s" },
                if shape == Shape::Open {
                    "no filter"
                } else {
                    "reader in 60"
                }
            );
            // The index.
            let mut times = Vec::with_capacity(QUERIES);
            for (_, q) in &queries {
                let s = Instant::now();
                run_index(&live, &search, q, shape);
                times.push(s.elapsed());
            }
            let qps = throughput(|i| {
                run_index(&live, &search, &queries[i % queries.len()].1, shape);
            });
            let index_p99 = pct(&mut times, 0.99);
            println!(
                "{:<34} {:>8.2} {:>8.2} {:>8.0} {:>10}",
                format!("index: {label}"),
                pct(&mut times, 0.5),
                index_p99,
                qps,
                "1.0"
            );
            let mut engines: Vec<(&str, Engine)> = Vec::new();
            if let Some(f) = &sqlite {
                engines.push(("SQLite FTS5", Engine::Sqlite(f)));
            }
            if let Some(p) = &pg {
                engines.push(("PostgreSQL", Engine::Pg(p)));
            }
            for (engine, e) in engines {
                let mut times = Vec::with_capacity(QUERIES);
                for (_, q) in &queries {
                    let s = Instant::now();
                    e.query(q, shape).await;
                    times.push(s.elapsed());
                }
                let p99 = pct(&mut times, 0.99);
                let qps = e.throughput(&queries, shape).await;
                println!(
                    "{:<34} {:>8.2} {:>8.2} {:>8.0} {:>10.1}",
                    format!("{engine}: {label}"),
                    pct(&mut times, 0.5),
                    p99,
                    qps,
                    p99 / index_p99.max(0.001)
                );
            }
        }
    }

    drop(live);
    if !index_only {
        freshness::run(&root, &search).await;
    }
    let _ = std::fs::remove_dir_all(&root);
}

/// Queries per second of two threads calling `f` for 5 seconds.
fn throughput(f: impl Fn(usize) + Sync) -> f64 {
    let count = std::sync::atomic::AtomicUsize::new(0);
    let until = Instant::now() + Duration::from_secs(5);
    std::thread::scope(|s| {
        for t in 0..2 {
            let (count, f) = (&count, &f);
            s.spawn(move || {
                let mut i = t * 7919;
                while Instant::now() < until {
                    f(i);
                    i += 1;
                    count.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
    });
    count.into_inner() as f64 / 5.0
}

/// An SQL engine under comparison.
enum Engine<'a> {
    Sqlite(&'a sqlite_fts::Fts),
    Pg(&'a pg_fts::Pg),
}

impl Engine<'_> {
    async fn query(&self, q: &str, shape: Shape) {
        match self {
            Self::Sqlite(e) => e.query(q, shape).await,
            Self::Pg(e) => e.query(q, shape).await,
        }
    }

    async fn throughput(&self, queries: &[(usize, String)], shape: Shape) -> f64 {
        sql_throughput(
            queries,
            |q: String| async move { self.query(&q, shape).await },
        )
        .await
    }
}

/// Folds diacritics and keeps letters and digits, as the SQL engines' tokenizers see words.
fn plain_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

mod sqlite_fts {
    use super::*;
    use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};

    pub struct Fts {
        pub pool: SqlitePool,
        pub build: Duration,
    }

    pub async fn build(path: &Path, corpus: &Corpus, docs: i64, now: i64) -> Fts {
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(sqlx::sqlite::SqliteSynchronous::Normal);
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .unwrap();
        let started = Instant::now();
        sqlx::query(
            "CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
        )
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query("CREATE TABLE docs (id INTEGER PRIMARY KEY, acl TEXT NOT NULL, lang TEXT NOT NULL, created INTEGER NOT NULL)")
            .execute(&pool)
            .await
            .unwrap();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut tx = pool.begin().await.unwrap();
        for id in 1..=docs {
            let (src, _) = corpus.doc(&mut rng, id, now);
            sqlx::query("INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)")
                .bind(id)
                .bind(&src.title)
                .bind(&src.text)
                .execute(&mut *tx)
                .await
                .unwrap();
            sqlx::query("INSERT INTO docs (id, acl, lang, created) VALUES (?, ?, ?, ?)")
                .bind(id)
                .bind(src.acl.term())
                .bind(&src.lang)
                .bind(src.created)
                .execute(&mut *tx)
                .await
                .unwrap();
            if id % 50_000 == 0 {
                tx.commit().await.unwrap();
                tx = pool.begin().await.unwrap();
            }
        }
        tx.commit().await.unwrap();
        sqlx::query("INSERT INTO fts (fts) VALUES ('optimize')")
            .execute(&pool)
            .await
            .unwrap();
        Fts {
            pool,
            build: started.elapsed(),
        }
    }

    fn sql(shape: Shape) -> String {
        let filter = match shape {
            Shape::Open => String::new(),
            Shape::Reader => {
                let acl: Vec<String> = reader_acl().iter().map(|a| format!("'{a}'")).collect();
                format!(
                    " AND d.acl IN ({}) AND d.lang IN ('sv', 'en')",
                    acl.join(", ")
                )
            }
        };
        format!(
            "SELECT f.rowid, (SELECT COUNT(*) FROM fts f2 JOIN docs d2 ON d2.id = f2.rowid WHERE fts MATCH ?1{f2}) \
             FROM fts f JOIN docs d ON d.id = f.rowid WHERE fts MATCH ?1{filter} ORDER BY rank LIMIT 21",
            f2 = filter.replace("d.", "d2.")
        )
    }

    fn match_expr(q: &str) -> String {
        plain_words(q)
            .iter()
            .map(|w| format!("\"{w}\""))
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    impl Fts {
        pub async fn query(&self, q: &str, shape: Shape) {
            let _: Vec<(i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(sql(shape)))
                .bind(match_expr(q))
                .fetch_all(&self.pool)
                .await
                .unwrap();
        }
    }
}

/// Queries per second of two concurrent callers for 5 seconds.
async fn sql_throughput<F, Fut>(queries: &[(usize, String)], f: F) -> f64
where
    F: Fn(String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let until = Instant::now() + Duration::from_secs(5);
    let worker = |t: usize| {
        let f = &f;
        async move {
            let mut n = 0usize;
            let mut i = t * 7919;
            while Instant::now() < until {
                f(queries[i % queries.len()].1.clone()).await;
                i += 1;
                n += 1;
            }
            n
        }
    };
    let (a, b) = tokio::join!(worker(0), worker(1));
    (a + b) as f64 / 5.0
}

mod pg_fts {
    use super::*;
    use sqlx::Connection;
    use sqlx::postgres::{PgPool, PgPoolOptions};

    pub struct Pg {
        pub pool: PgPool,
        pub build: Duration,
        pub size: u64,
    }

    pub async fn build(base: &str, corpus: &Corpus, docs: i64, now: i64) -> Pg {
        let name = format!("gemenskap_bench_search_{}", std::process::id());
        let mut admin = sqlx::PgConnection::connect(&format!("{base}/postgres"))
            .await
            .unwrap();
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut admin)
            .await
            .unwrap();
        let pool = PgPoolOptions::new()
            .max_connections(4)
            .connect(&format!("{base}/{name}"))
            .await
            .unwrap();
        let started = Instant::now();
        sqlx::query(
            "CREATE TABLE docs (id BIGINT PRIMARY KEY, acl TEXT NOT NULL, lang TEXT NOT NULL, \
             created BIGINT NOT NULL, tsv tsvector NOT NULL)",
        )
        .execute(&pool)
        .await
        .unwrap();
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut batch: Vec<Source> = Vec::with_capacity(1_000);
        let flush = |batch: Vec<Source>| {
            let pool = pool.clone();
            async move {
                let mut ids = Vec::new();
                let mut acls = Vec::new();
                let mut langs = Vec::new();
                let mut created = Vec::new();
                let mut texts = Vec::new();
                for s in batch {
                    ids.push(s.id);
                    acls.push(s.acl.term());
                    langs.push(s.lang.clone());
                    created.push(s.created);
                    texts.push(format!("{} {}", s.title, s.text));
                }
                sqlx::query(
                    "INSERT INTO docs (id, acl, lang, created, tsv) \
                     SELECT i, a, l, c, to_tsvector('simple', t) \
                     FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::bigint[], $5::text[]) AS u(i, a, l, c, t)",
                )
                .bind(ids)
                .bind(acls)
                .bind(langs)
                .bind(created)
                .bind(texts)
                .execute(&pool)
                .await
                .unwrap();
            }
        };
        for id in 1..=docs {
            let (src, _) = corpus.doc(&mut rng, id, now);
            batch.push(src);
            if batch.len() == 1_000 {
                flush(std::mem::take(&mut batch)).await;
            }
        }
        flush(batch).await;
        sqlx::query("CREATE INDEX docs_tsv ON docs USING GIN (tsv)")
            .execute(&pool)
            .await
            .unwrap();
        sqlx::query("CREATE INDEX docs_acl ON docs (acl)")
            .execute(&pool)
            .await
            .unwrap();
        // Vacuumed and analysed as part of the build, so that autovacuum does not take the
        // cores while the engines are measured.
        sqlx::query("VACUUM (ANALYZE) docs")
            .execute(&pool)
            .await
            .unwrap();
        let build = started.elapsed();
        let size: i64 = sqlx::query_scalar("SELECT pg_total_relation_size('docs')")
            .fetch_one(&pool)
            .await
            .unwrap();
        Pg {
            pool,
            build,
            size: size as u64,
        }
    }

    impl Pg {
        pub async fn query(&self, q: &str, shape: Shape) {
            let filter = match shape {
                Shape::Open => "",
                Shape::Reader => " AND acl = ANY($2) AND lang IN ('sv', 'en')",
            };
            let sql = format!(
                "WITH m AS (SELECT id, ts_rank(tsv, q) AS r FROM docs, plainto_tsquery('simple', $1) q \
                 WHERE tsv @@ q{filter}) \
                 SELECT id, (SELECT COUNT(*) FROM m) FROM m ORDER BY r DESC LIMIT 21"
            );
            let words = plain_words(q).join(" ");
            let mut query = sqlx::query_as::<_, (i64, i64)>(sqlx::AssertSqlSafe(sql)).bind(words);
            if shape == Shape::Reader {
                query = query.bind(reader_acl());
            }
            let _ = query.fetch_all(&self.pool).await.unwrap();
        }
    }
}

/// Freshness under a steady write load, through the real services and indexer.
mod freshness {
    use super::*;
    use app::server::account::service::{NewAccount, create_account};
    use app::server::content::writing::create_status;
    use app::server::ctx::{AuthSettings, Backend, RequestCtx};
    use app::server::db::Db;
    use app::server::policy::Actor;
    use app::server::search::service::{SearchRequest, search};

    pub async fn run(root: &Path, big: &SearchIndex) {
        let url = format!("sqlite:{}?mode=rwc", root.join("fresh.db").display());
        let db = Db::connect(&url, 8).await.unwrap();
        db.migrate().await.unwrap();
        let backend = Backend {
            audit: app::server::audit::AuditSink::start(db.clone()),
            guard: app::server::guard::GuardCache::default(),
            db,
            auth: AuthSettings::default(),
            mail: app::server::mail::MailSettings::default(),
            files: app::server::files::store::FileStore::new(root.join("files")),
            // The million-document index, made this database's (its position is the start).
            search: SearchIndex::new(big.root()),
        };
        let new = NewAccount::parse(
            "writer@bench.example",
            "Writer",
            "correct horse battery",
            false,
            Some("en"),
        )
        .unwrap();
        let writer = create_account(&backend, &Actor::System, new).await.unwrap();
        let new = NewAccount::parse(
            "reader@bench.example",
            "Reader",
            "correct horse battery",
            false,
            Some("en"),
        )
        .unwrap();
        let reader = create_account(&backend, &Actor::System, new).await.unwrap();
        app::server::search::indexer::spawn(backend.clone());
        while backend.search.live().is_none() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let wctx = RequestCtx::for_actor(Actor::Member(writer));
        let rctx = RequestCtx::for_actor(Actor::Member(reader));
        let mut times = Vec::new();
        let until = Instant::now() + Duration::from_secs(20);
        let mut n = 0u64;
        while Instant::now() < until {
            n += 1;
            // Words a typo apart from each other would find an earlier one: each write
            // carries its own, and is looked for by its id.
            let word = format!("fresh{:x}", n.wrapping_mul(0x9E37_79B9_7F4A_7C15));
            let s = Instant::now();
            let id = create_status(&backend, &wctx, &format!("Status {word}"), "en", None)
                .await
                .unwrap()
                .id;
            loop {
                let req = SearchRequest {
                    q: word.clone(),
                    all_languages: Some(true),
                    ..SearchRequest::default()
                };
                let found = search(&backend, &rctx, req).await.unwrap();
                if found.hits.iter().any(|h| h.id == id) {
                    break;
                }
                if s.elapsed() > Duration::from_secs(10) {
                    break;
                }
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            times.push(s.elapsed());
            tokio::time::sleep(Duration::from_millis(50).saturating_sub(s.elapsed())).await;
        }
        let docs = backend
            .search
            .live()
            .map(|l| l.reader.searcher().num_docs())
            .unwrap_or(0);
        println!();
        println!(
            "freshness, {} writes on a {docs}-document index: p50 {:.0} ms, p99 {:.0} ms, max {:.0} ms",
            times.len(),
            pct(&mut times, 0.5),
            pct(&mut times, 0.99),
            pct(&mut times, 1.0)
        );
    }
}
