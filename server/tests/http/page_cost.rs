//! What a server-rendered page costs against the JSON it is built from, counted in database
//! round trips (connections taken from the pool) rather than timed, so the check means the
//! same on every machine: a page may add the reader's header (who they are, the unread count)
//! and its place's frame to its JSON's work, and nothing that grows with the data.
//! `make bench-pages` times the same pairs.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::{Value, json};

use crate::support::{TestServer, json, servers};

/// What a page may add to its JSON's round trips: the reader's header (profile and unread
/// count) and, in a community, the community with the reader's place in it.
const PAGE_EXTRA: u64 = 3;

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> Value {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    json(res).await
}

/// Round trips one GET of `path` costs, measured on the second of two loads so that what is
/// remembered between requests (a session seen a moment ago) is not counted against a page.
async fn round_trips(s: &TestServer, c: &reqwest::Client, path: &str) -> u64 {
    let first = c.get(s.url(path)).send().await.unwrap();
    assert_eq!(first.status(), 200, "{path}");
    first.bytes().await.unwrap();
    let before = s.backend.db.acquired();
    let res = c.get(s.url(path)).send().await.unwrap();
    assert_eq!(res.status(), 200, "{path}");
    res.bytes().await.unwrap();
    s.backend.db.acquired() - before
}

/// A public helpdesk in `languages`, made by the caller; its slug.
async fn helpdesk(s: &TestServer, c: &reqwest::Client, languages: &[&str]) -> String {
    let made = post(
        s,
        c,
        "/api/communities/create",
        json!({"name": "Helpdesk", "visibility": "public", "template": "helpdesk",
               "languages": languages}),
    )
    .await;
    made["slug"].as_str().unwrap().to_owned()
}

/// Adds `n` questions with two replies each to the forum, some in Finnish.
async fn add_topics(s: &TestServer, c: &reqwest::Client, slug: &str, n: usize) -> i64 {
    let mut last = 0;
    for i in 0..n {
        let lang = if i % 3 == 0 { "fi" } else { "sv" };
        let saved = post(
            s,
            c,
            "/api/forum/topics/create",
            json!({"community_slug": slug, "title": format!("Fråga {i}"),
                   "body": format!("VPN bryts varje timme, fall {i}. #vpn"), "lang": lang}),
        )
        .await;
        last = saved["id"].as_i64().unwrap();
        for r in 0..2 {
            post(
                s,
                c,
                "/api/forum/replies/create",
                json!({"topic_id": last, "body": format!("Svar {r}: uppdatera klienten."), "lang": "sv"}),
            )
            .await;
        }
        post(
            s,
            c,
            "/api/status/create",
            json!({"text": format!("Status {i} om nätet"), "lang": "sv"}),
        )
        .await;
    }
    last
}

/// Round trips of each page and of its JSON, as (name, page, JSON).
async fn costs(
    s: &TestServer,
    c: &reqwest::Client,
    pairs: &[(&'static str, String, String)],
) -> Vec<(&'static str, u64, u64)> {
    let mut out = Vec::new();
    for (name, page, api) in pairs {
        let html = round_trips(s, c, page).await;
        let data = round_trips(s, c, api).await;
        out.push((*name, html, data));
    }
    out
}

/// Each page and its JSON, as (name, page, JSON).
fn pairs(slug: &str, thread: i64) -> Vec<(&'static str, String, String)> {
    vec![
        ("home stream", "/".into(), "/api/stream".into()),
        (
            "forum",
            format!("/communities/{slug}/forum"),
            format!("/api/forum/topics/list?community_slug={slug}"),
        ),
        (
            "thread",
            format!("/posts/{thread}"),
            format!("/api/content/thread?id={thread}"),
        ),
        ("people", "/people".into(), "/api/people/search".into()),
    ]
}

#[tokio::test]
async fn a_page_costs_its_json_and_a_fixed_frame_whatever_the_data() {
    for s in servers().await {
        let (owner, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let slug = helpdesk(&s, &owner, &["sv", "fi"]).await;
        // The pages are read by a member, as most readers are (an owner's frame also counts
        // the owners and the join requests).
        let (c, _) = s.logged_in("bo@bank.example", "Bo", false).await;
        post(&s, &c, "/api/communities/join", json!({"slug": slug})).await;
        let thread = add_topics(&s, &c, &slug, 2).await;
        let small = costs(&s, &c, &pairs(&slug, thread)).await;
        // Ten times the topics and replies: no page or JSON may take more round trips for them.
        let thread = add_topics(&s, &c, &slug, 18).await;
        for r in 0..18 {
            post(
                &s,
                &c,
                "/api/forum/replies/create",
                json!({"topic_id": thread, "body": format!("Fler svar {r}."), "lang": "sv"}),
            )
            .await;
        }
        let large = costs(&s, &c, &pairs(&slug, thread)).await;
        let table: String = small
            .iter()
            .zip(&large)
            .map(|((name, h, j), (_, h2, j2))| {
                format!(
                    "{name}: page {h}, JSON {j}; with ten times the items: page {h2}, JSON {j2}\n"
                )
            })
            .collect();
        eprintln!("{table}");
        for ((name, html, data), (_, html_large, data_large)) in small.iter().zip(&large) {
            assert!(
                *html <= data + PAGE_EXTRA && *html_large <= data_large + PAGE_EXTRA,
                "{name}: the page does more than its JSON and its frame\n{table}"
            );
            assert_eq!(
                html - data,
                html_large - data_large,
                "{name}: what the page adds to its JSON grows with the data\n{table}"
            );
            assert!(
                data_large <= data,
                "{name}: the JSON's round trips grow with the data\n{table}"
            );
        }
    }
}

#[tokio::test]
async fn a_thread_sends_one_comment_box_and_translation_form_where_the_reader_asked_for_it() {
    for s in servers().await {
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let slug = helpdesk(&s, &c, &["sv"]).await;
        let topic = add_topics(&s, &c, &slug, 1).await;
        let page = |q: String| {
            let url = s.url(&format!("/posts/{topic}{q}"));
            let c = c.clone();
            async move { c.get(url).send().await.unwrap().text().await.unwrap() }
        };
        let plain = page(String::new()).await;
        // Two replies: a link to each one's comment box, and no box yet.
        assert_eq!(plain.matches("class=\"comment-link\"").count(), 2);
        assert!(!plain.contains("id=\"comment-form-"));
        let reply: i64 = plain
            .split("?comment=")
            .nth(1)
            .and_then(|rest| rest.split('#').next())
            .and_then(|id| id.parse().ok())
            .expect("a reply's comment link");
        let asked = page(format!("?comment={reply}")).await;
        assert!(asked.contains(&format!("id=\"comment-form-{reply}\"")));
        assert_eq!(
            asked.matches("class=\"comment-form\"").count(),
            1,
            "one box, open"
        );
        assert_eq!(
            asked.matches("class=\"comment-link\"").count(),
            1,
            "the other reply's link"
        );
    }
}
