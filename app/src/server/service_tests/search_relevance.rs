//! The judged relevance set (`search_relevance.json`): 175 helpdesk and intranet documents
//! in the ten languages and 102 queries, each with the documents that must come in the top
//! three, mostly in another inflected form than the document's, some with a typo, some
//! product names across languages. Reported as success at 3 (all judged documents in the top
//! three), precision at 3 and mean reciprocal rank, per language and overall (printed with
//! `--nocapture`).
//!
//! Honest about its origin: the 97 first queries were written while checking them against
//! a model of these very analysers, so they measure that nothing regresses more than how
//! good light stemming is. The last five are forms found then that it does not handle
//! (`sööklasse`, `mikrofoniga`, `drukarek`, and two that typo tolerance rescues); three of
//! them missed. On 2026-12-03: success at 3 0.97, P@3 0.48 (most queries judge one document),
//! MRR 0.97; with near stems in the languages with many cases (docs/search.md), only
//! `drukarek` misses: success at 3 0.99, P@3 0.49, MRR 0.98.
//!
//! The floors: a reader who does not see the answer among the first three results goes back
//! to asking by mail, so nine queries in ten must be answered there (success at 3 ≥ 0.90),
//! and the first right answer must on average be first or second (MRR ≥ 0.85). They leave
//! room for the known limits of light stemming (docs/search.md), not for regressions: the
//! set passed whole when it was added.

use std::collections::HashMap;

use serde::Deserialize;

use super::cast::Cast;
use crate::model::ids::UserId;
use crate::server::content::writing::{NewPost, create_blog_post, create_status, create_topic};
use crate::server::profile::service::{ProfilePatch, update_profile};
use crate::server::search::indexer::Indexer;
use crate::server::search::service::{SearchRequest, search};
use crate::server::testing::backends;
use crate::server::wiki::service::{NewPage, create as create_page};

const SUCCESS_FLOOR: f64 = 0.90;
const MRR_FLOOR: f64 = 0.85;

#[derive(Deserialize)]
struct Set {
    documents: Vec<Doc>,
    queries: Vec<Judged>,
}

#[derive(Deserialize)]
struct Doc {
    key: String,
    lang: String,
    kind: String,
    title: String,
    body: String,
}

#[derive(Deserialize)]
struct Judged {
    q: String,
    reader_langs: Vec<String>,
    relevant: Vec<String>,
}

async fn create(c: &Cast, who: UserId, d: &Doc) -> i64 {
    let ctx = c.ctx(who);
    let post = |question| NewPost {
        community_slug: None,
        title: &d.title,
        body: &d.body,
        lang: &d.lang,
        tags: &[],
        published: true,
        question,
    };
    match d.kind.as_str() {
        "wiki_page" => {
            let page = NewPage {
                community_slug: &c.public,
                title: &d.title,
                body: &d.body,
                lang: &d.lang,
                parent_id: None,
                tags: &[],
            };
            create_page(&c.b, &ctx, page).await.unwrap().id
        }
        "topic" => {
            let topic = NewPost {
                community_slug: Some(&c.public),
                ..post(Some(true))
            };
            create_topic(&c.b, &ctx, topic).await.unwrap().id
        }
        "blog_post" => create_blog_post(&c.b, &ctx, post(None)).await.unwrap().id,
        "status" => {
            create_status(&c.b, &ctx, &d.body, &d.lang, None)
                .await
                .unwrap()
                .id
        }
        other => panic!("unknown kind {other}"),
    }
}

#[derive(Default)]
struct Score {
    queries: u32,
    success: u32,
    precision: f64,
    reciprocal: f64,
}

#[tokio::test]
async fn the_judged_set_is_answered_in_the_top_three() {
    let set: Set = serde_json::from_str(include_str!("search_relevance.json")).unwrap();
    // Relevance does not depend on the database: the first one is enough.
    let b = backends().await.into_iter().next().unwrap();
    let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
    let mut ids: HashMap<String, i64> = HashMap::new();
    for d in &set.documents {
        ids.insert(d.key.clone(), create(&c, c.anna, d).await);
    }
    Indexer::start(&c.b).await.unwrap();
    let mut by_lang: HashMap<String, Score> = HashMap::new();
    let mut misses = Vec::new();
    for j in &set.queries {
        update_profile(
            &c.b,
            &c.ctx(c.karin),
            c.karin,
            ProfilePatch {
                read_languages: Some(j.reader_langs.clone()),
                all_languages: Some(false),
                ..ProfilePatch::default()
            },
        )
        .await
        .unwrap();
        let req = SearchRequest {
            q: j.q.clone(),
            ..SearchRequest::default()
        };
        let r = search(&c.b, &c.ctx(c.karin), req).await.unwrap();
        let ranked: Vec<i64> = r.hits.iter().map(|h| h.id).collect();
        let want: Vec<i64> = j.relevant.iter().map(|k| ids[k]).collect();
        let top3 = &ranked[..ranked.len().min(3)];
        let found = want.iter().filter(|id| top3.contains(id)).count();
        let first = ranked.iter().position(|id| want.contains(id));
        let s = by_lang.entry(j.reader_langs[0].clone()).or_default();
        s.queries += 1;
        s.precision += found as f64 / 3.0;
        s.reciprocal += first.map_or(0.0, |p| 1.0 / (p + 1) as f64);
        if found == want.len() {
            s.success += 1;
        } else {
            misses.push(format!(
                "{} ({}): {found} of {}",
                j.q,
                j.reader_langs[0],
                want.len()
            ));
        }
    }
    let mut total = Score::default();
    let mut langs: Vec<_> = by_lang.into_iter().collect();
    langs.sort_by(|a, b| a.0.cmp(&b.0));
    eprintln!("lang  queries  success@3  P@3   MRR");
    for (lang, s) in &langs {
        let n = f64::from(s.queries);
        eprintln!(
            "{lang:<5} {:>7}  {:>9.2}  {:.2}  {:.2}",
            s.queries,
            f64::from(s.success) / n,
            s.precision / n,
            s.reciprocal / n
        );
        total.queries += s.queries;
        total.success += s.success;
        total.precision += s.precision;
        total.reciprocal += s.reciprocal;
    }
    let n = f64::from(total.queries);
    let (success, mrr) = (f64::from(total.success) / n, total.reciprocal / n);
    eprintln!(
        "all   {:>7}  {success:>9.2}  {:.2}  {mrr:.2}",
        total.queries,
        total.precision / n
    );
    for m in &misses {
        eprintln!("missed: {m}");
    }
    assert!(total.queries >= 60, "the set holds at least 60 queries");
    assert!(success >= SUCCESS_FLOOR, "success at 3: {success:.2}");
    assert!(mrr >= MRR_FLOOR, "MRR: {mrr:.2}");
}
