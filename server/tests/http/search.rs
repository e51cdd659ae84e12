//! HTTP tests of `/api/search*`: the contract's fields, and every search endpoint answering
//! an outsider (an admin included) byte for byte as if a restricted community's words did not
//! exist, with a member as the control; the results page and the header's box.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, servers};
use app::server::search::indexer::Indexer;
use serde_json::{Value, json};

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, String) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(s.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

fn parse(body: &str) -> Value {
    serde_json::from_str(body).unwrap()
}

#[tokio::test]
async fn search_over_http_keeps_its_contract_and_its_secrets() {
    for s in servers().await {
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;
        let (karin, karin_id) = s.logged_in("karin@bank.example", "Karin Berg", false).await;
        let (mikko, _) = s
            .logged_in("mikko@bank.example", "Mikko Virtanen", false)
            .await;
        let (st, _) = post(
            &s,
            &admin,
            "/api/admin/users/restricted-creator",
            json!({"id": karin_id, "allowed": true}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, body) = post(
            &s,
            &karin,
            "/api/communities/create",
            json!({"name": "Acme Takeover", "visibility": "restricted", "template": "client_team",
                   "languages": ["en"], "member_cap": 5}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let secret = parse(&body)["slug"].as_str().unwrap().to_owned();
        let (st, body) = post(
            &s,
            &karin,
            "/api/communities/create",
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["en"]}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let public = parse(&body)["slug"].as_str().unwrap().to_owned();
        for (slug, title, text) in [
            (
                &secret,
                "Quillback covenants",
                "The quillback clause <b>matters</b>",
            ),
            (
                &public,
                "Printer queue stuck",
                "The printer queue stops every morning",
            ),
        ] {
            let (st, body) = post(
                &s,
                &karin,
                "/api/forum/topics/create",
                json!({"community_slug": slug, "title": title, "body": text, "lang": "en", "question": true}),
            )
            .await;
            assert_eq!(st, 200, "{body}");
        }
        Indexer::start(&s.backend).await.unwrap();

        // The contract, for a member.
        let (st, body) = get(&s, &karin, "/api/search?q=quillback&all_languages=true").await;
        assert_eq!(st, 200, "{body}");
        let r = parse(&body);
        for key in [
            "hits",
            "total",
            "hidden_by_language",
            "facets",
            "did_you_mean",
            "next_cursor",
        ] {
            assert!(r.get(key).is_some(), "{key} missing: {r}");
        }
        let hit = &r["hits"][0];
        for key in [
            "kind",
            "id",
            "title",
            "snippet_html",
            "lang",
            "community_slug",
            "community_name",
            "author",
            "created_at",
            "url",
        ] {
            assert!(hit.get(key).is_some(), "{key} missing: {hit}");
        }
        assert_eq!(hit["kind"], "topic");
        assert_eq!(hit["community_slug"], secret.as_str());
        let snippet = hit["snippet_html"].as_str().unwrap();
        assert!(
            snippet.contains("<mark>") && !snippet.contains("<b>"),
            "{snippet}"
        );
        for key in ["kind", "lang", "community"] {
            assert!(r["facets"].get(key).is_some(), "facet {key}: {r}");
        }
        let (st, body) = get(&s, &karin, "/api/search/suggest?q=quillb").await;
        assert_eq!(st, 200);
        assert!(body.contains("Quillback covenants"), "{body}");
        let (st, body) = get(&s, &karin, "/api/search?q=x&sort=sideways").await;
        assert_eq!(st, 422, "{body}");

        // Outsiders, an admin among them: the secret's words find what a word nobody wrote
        // finds, byte for byte, on every endpoint.
        for outsider in [&mikko, &admin] {
            for (hidden, absent) in [
                (
                    "/api/search?q=quillback&all_languages=true",
                    "/api/search?q=zqxjvw&all_languages=true",
                ),
                (
                    "/api/search?q=quillbakc&all_languages=true",
                    "/api/search?q=zqxjwv&all_languages=true",
                ),
                ("/api/search?q=covenants", "/api/search?q=zqxjvw"),
                (
                    "/api/search/suggest?q=quillb",
                    "/api/search/suggest?q=zqxjv",
                ),
                (
                    "/api/search/similar?text=quillback%20clause%20covenants",
                    "/api/search/similar?text=zqxjvw%20zqxjvx%20zqxjvy",
                ),
            ] {
                let a = get(&s, outsider, hidden).await;
                let b = get(&s, outsider, absent).await;
                let strip = |body: &str| {
                    body.replace("quillbakc", "Q")
                        .replace("quillback", "Q")
                        .replace("covenants", "Q")
                        .replace("zqxjvw", "Q")
                        .replace("zqxjwv", "Q")
                };
                assert_eq!((a.0, strip(&a.1)), (b.0, strip(&b.1)), "{hidden}");
                assert!(
                    !a.1.contains("Quillback") && !a.1.contains("Acme"),
                    "{hidden}: {}",
                    a.1
                );
            }
            let a = get(
                &s,
                outsider,
                &format!("/api/search?q=printer&community_slug={secret}"),
            )
            .await;
            let b = get(
                &s,
                outsider,
                "/api/search?q=printer&community_slug=r-doesnotexist",
            )
            .await;
            assert_eq!(a, b);
            // Their own search works: the public question.
            let (_, body) = get(&s, outsider, "/api/search?q=printer&all_languages=true").await;
            assert!(body.contains("Printer queue stuck"), "{body}");
            // The page too.
            let (st, html) = get(&s, outsider, "/search?q=quillback&all_languages=true").await;
            assert_eq!(st, 200);
            assert!(!html.contains("Quillback covenants"));
        }
        let (st, html) = get(&s, &karin, "/search?q=quillback&all_languages=true").await;
        assert_eq!(st, 200);
        assert!(
            html.contains("Quillback covenants") && html.contains("<mark>"),
            "{html}"
        );
        assert!(html.contains("id=\"site-search-q\""), "the header's box");
        // The index's state is for admins.
        let (st, body) = get(&s, &admin, "/api/admin/search").await;
        assert_eq!(st, 200, "{body}");
        assert!(parse(&body)["documents"].as_u64().unwrap() >= 4);
        let (st, _) = get(&s, &mikko, "/api/admin/search").await;
        assert_eq!(st, 403);
        // Logged out: nothing.
        let (st, _) = get(&s, &s.client(), "/api/search?q=printer").await;
        assert_eq!(st, 401);
    }
}
