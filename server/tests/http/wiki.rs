//! HTTP tests of `/api/wiki/*`: the contract's fields and codes, an edit from an old version
//! refused with 409 `edit_conflict` carrying both texts, and every endpoint of a restricted
//! community's wiki answering an outsider (an admin included) byte for byte like a page or
//! community that does not exist, with members as the control. Also the wiki's pages.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, servers};
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

async fn community(s: &TestServer, c: &reqwest::Client, body: Value) -> String {
    let (st, created) = post(s, c, "/api/communities/create", body).await;
    assert_eq!(st, 200, "{created}");
    parse(&created)["slug"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_wiki_contract_end_to_end() {
    for s in servers().await {
        let (anna, _) = s
            .logged_in("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let (erik, _) = s
            .logged_in("erik@bank.example", "Erik Johansson", false)
            .await;
        let slug = community(
            &s,
            &anna,
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["sv"]}),
        )
        .await;
        assert_eq!(
            post(&s, &erik, "/api/communities/join", json!({"slug": slug}))
                .await
                .0,
            200
        );
        let (st, body) = post(
            &s,
            &anna,
            "/api/wiki/pages/create",
            json!({"community_slug": slug, "title": "VPN", "body": "# Install\n\nSee [[Printers]].", "lang": "sv", "parent_id": null}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let created = parse(&body);
        let id = created["id"].as_i64().unwrap();
        assert_eq!(created["path"], format!("/communities/{slug}/wiki/{id}"));

        let (st, body) = get(&s, &erik, &format!("/api/wiki/pages/get?id={id}")).await;
        assert_eq!(st, 200, "{body}");
        let page = parse(&body);
        for key in [
            "id",
            "community_slug",
            "title",
            "body",
            "body_html",
            "lang",
            "version",
            "parent_id",
            "path",
            "updated_at",
            "updated_by",
            "translations",
            "outdated",
        ] {
            assert!(page.get(key).is_some(), "{key} missing: {page}");
        }
        assert_eq!(page["version"], 1);
        assert_eq!(page["parent_id"], Value::Null);
        assert!(
            page["body_html"]
                .as_str()
                .unwrap()
                .contains("/wiki/new?title=Printers")
        );

        // Erik saves first; Anna, still on version 1, is refused and gets both texts.
        let (st, body) = post(
            &s,
            &erik,
            "/api/wiki/pages/update",
            json!({"id": id, "title": "VPN", "body": "Erik's text", "base_version": 1, "summary": "simpler"}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        assert_eq!(parse(&body)["version"], 2);
        let (st, body) = post(
            &s,
            &anna,
            "/api/wiki/pages/update",
            json!({"id": id, "title": "VPN", "body": "Anna's text", "base_version": 1, "summary": ""}),
        )
        .await;
        assert_eq!(st, 409, "{body}");
        let conflict = parse(&body);
        assert_eq!(conflict["code"], "edit_conflict");
        assert_eq!(conflict["current_version"], 2);
        assert_eq!(conflict["current_body"], "Erik's text");
        assert_eq!(conflict["your_body"], "Anna's text");
        let edit_page = format!("/communities/{slug}/wiki/{id}/edit");
        assert_eq!(conflict["merge_path"], edit_page);
        // Her text is kept for her, merged with Erik's, until she saves or discards it.
        let (st, body) = get(&s, &anna, &format!("/api/wiki/pages/merge?id={id}")).await;
        assert_eq!(st, 200, "{body}");
        let merge = parse(&body);
        assert_eq!(merge["current_version"], 2);
        assert_eq!(merge["conflicts"], 1);
        assert_eq!(
            merge["merged_body"],
            "<<<<<<<\nErik's text\n=======\nAnna's text\n>>>>>>>"
        );
        let (st, body) = get(&s, &erik, &format!("/api/wiki/pages/merge?id={id}")).await;
        assert_eq!((st, body.as_str()), (200, "null"));
        let (st, html) = get(&s, &anna, &edit_page).await;
        assert_eq!(st, 200);
        assert!(
            html.contains("id=\"wiki-merge\"") && html.contains("\n=======\n"),
            "{html}"
        );
        let (st, body) = post(&s, &anna, "/api/wiki/pages/discard", json!({"id": id})).await;
        assert_eq!(st, 200, "{body}");
        let (_, html) = get(&s, &anna, &edit_page).await;
        assert!(!html.contains("id=\"wiki-merge\""));

        let (st, body) = get(&s, &erik, &format!("/api/wiki/pages/history?id={id}")).await;
        assert_eq!(st, 200, "{body}");
        assert_eq!(parse(&body)["versions"].as_array().unwrap().len(), 2);
        let (st, body) = get(
            &s,
            &erik,
            &format!("/api/wiki/pages/diff?id={id}&from=1&to=2"),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        assert!(
            parse(&body)["parts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["op"] == "insert")
        );
        let (st, body) = post(
            &s,
            &anna,
            "/api/wiki/pages/revert",
            json!({"id": id, "version": 1}),
        )
        .await;
        assert_eq!(
            (st, parse(&body)["version"].clone()),
            (200, json!(3)),
            "{body}"
        );

        let (st, body) = post(
            &s,
            &erik,
            "/api/wiki/pages/create",
            json!({"community_slug": slug, "title": "Printers", "body": "All of them", "lang": "sv", "parent_id": id}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let child = parse(&body)["id"].as_i64().unwrap();
        let (st, body) = post(
            &s,
            &erik,
            "/api/wiki/pages/move",
            json!({"id": child, "parent_id": null, "position": 0}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let (st, body) = get(&s, &erik, &format!("/api/wiki/tree?community_slug={slug}")).await;
        assert_eq!(st, 200, "{body}");
        let order: Vec<i64> = parse(&body)["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_i64().unwrap())
            .collect();
        assert_eq!(order, [id, child], "the front page stays first");
        // The link is live now.
        let (_, body) = get(&s, &erik, &format!("/api/wiki/pages/get?id={id}")).await;
        assert!(
            parse(&body)["body_html"]
                .as_str()
                .unwrap()
                .contains(&format!("/wiki/{child}\"")),
            "{body}"
        );

        // The pages render for a reader, with the page's text.
        for (path, needle) in [
            (format!("/communities/{slug}/wiki"), "VPN"),
            (format!("/communities/{slug}/wiki/{id}"), "Install"),
            (format!("/communities/{slug}/wiki/{id}/history"), "simpler"),
            (
                format!("/communities/{slug}/wiki/{id}/diff?from=1&to=2"),
                "<ins>",
            ),
            (
                format!("/communities/{slug}/wiki/{id}/edit"),
                "base_version",
            ),
        ] {
            let (st, html) = get(&s, &erik, &path).await;
            assert_eq!(st, 200, "{path}");
            assert!(html.contains(needle), "{path}: {needle}");
        }
    }
}

/// Without JavaScript a refused save goes back to the edit page with a short address (the
/// texts stay on the server), and the page shows the kept text merged.
#[tokio::test]
async fn a_conflict_without_javascript_loses_nothing() {
    for s in servers().await {
        let (anna, _) = s
            .logged_in("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let slug = community(
            &s,
            &anna,
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["sv"]}),
        )
        .await;
        let long = "Rad om VPN. ".repeat(4_000);
        let (st, body) = post(
            &s,
            &anna,
            "/api/wiki/pages/create",
            json!({"community_slug": slug, "title": "VPN", "body": long, "lang": "sv"}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let id = parse(&body)["id"].as_i64().unwrap();
        let (st, _) = post(
            &s,
            &anna,
            "/api/wiki/pages/update",
            json!({"id": id, "body": format!("{long}\nNew line."), "base_version": 1}),
        )
        .await;
        assert_eq!(st, 200);
        // Her other tab, still at version 1, posts a 48 KB text as a plain form.
        let edit_page = format!("/communities/{slug}/wiki/{id}/edit");
        let form: String = form_urlencoded::Serializer::new(String::new())
            .append_pair("id[num]", &id.to_string())
            .append_pair("base_version[num]", "1")
            .append_pair("title", "VPN")
            .append_pair("body", &format!("Först: ringa 1234.\n{long}"))
            .finish();
        let res = anna
            .post(s.url("/api/wiki/pages/update"))
            .header("accept", "text/html")
            .header("referer", s.url(&edit_page))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection(), "{}", res.status());
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.len() < 1_000, "{} bytes", location.len());
        assert!(location.contains("__err="));
        let res = anna.get(&location).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let html = res.text().await.unwrap();
        assert!(html.contains("id=\"wiki-merge\""), "the merge is shown");
        // Both edits touch different lines: the form holds the two together.
        assert!(html.contains("Först: ringa 1234.") && html.contains("New line."));
    }
}

#[tokio::test]
async fn a_restricted_wiki_answers_outsiders_byte_for_byte_like_a_missing_one() {
    for s in servers().await {
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        let (mikko, _) = s.logged_in("mikko@bank.example", "Mikko", false).await;
        let (karin, karin_id) = s.logged_in("karin@bank.example", "Karin", false).await;
        let (st, _) = post(
            &s,
            &admin,
            "/api/admin/users/restricted-creator",
            json!({"id": karin_id, "allowed": true}),
        )
        .await;
        assert_eq!(st, 200);
        let secret = community(
            &s,
            &karin,
            json!({"name": "Acme Takeover", "description": "Insider work", "visibility": "restricted",
                   "template": "client_team", "languages": ["sv"], "member_cap": 5}),
        )
        .await;
        // Karin, its owner, writes and reads its wiki: the control that it is all there.
        let (st, body) = post(
            &s,
            &karin,
            "/api/wiki/pages/create",
            json!({"community_slug": secret, "title": "Acme covenants", "body": "Confidential", "lang": "sv"}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let id = parse(&body)["id"].as_i64().unwrap();
        assert_eq!(
            get(&s, &karin, &format!("/api/wiki/pages/get?id={id}"))
                .await
                .0,
            200
        );
        let missing_id = 918_273_645_i64;
        let by_id = |id: i64| -> Vec<(&'static str, String, Value)> {
            vec![
                ("GET", format!("/api/wiki/pages/get?id={id}"), Value::Null),
                (
                    "GET",
                    format!("/api/wiki/pages/history?id={id}"),
                    Value::Null,
                ),
                (
                    "GET",
                    format!("/api/wiki/pages/diff?id={id}&from=1&to=1"),
                    Value::Null,
                ),
                (
                    "POST",
                    "/api/wiki/pages/update".into(),
                    json!({"id": id, "body": "x", "base_version": 1}),
                ),
                (
                    "POST",
                    "/api/wiki/pages/revert".into(),
                    json!({"id": id, "version": 1}),
                ),
                (
                    "POST",
                    "/api/wiki/pages/move".into(),
                    json!({"id": id, "parent_id": null, "position": 0}),
                ),
                ("POST", "/api/wiki/pages/delete".into(), json!({"id": id})),
                ("GET", format!("/api/wiki/pages/merge?id={id}"), Value::Null),
                ("POST", "/api/wiki/pages/discard".into(), json!({"id": id})),
                (
                    "POST",
                    "/api/wiki/pages/follow".into(),
                    json!({"id": id, "follow": true}),
                ),
                (
                    "POST",
                    "/api/comments/create".into(),
                    json!({"target_id": id, "body": "x", "lang": "sv"}),
                ),
                ("POST", "/api/likes/toggle".into(), json!({"target_id": id})),
            ]
        };
        let by_slug = |slug: &str| -> Vec<(&'static str, String, Value)> {
            vec![
                (
                    "GET",
                    format!("/api/wiki/tree?community_slug={slug}"),
                    Value::Null,
                ),
                (
                    "GET",
                    format!("/api/wiki/pages/find?community_slug={slug}&title=Acme%20covenants"),
                    Value::Null,
                ),
                (
                    "POST",
                    "/api/wiki/pages/create".into(),
                    json!({"community_slug": slug, "title": "x", "body": "x"}),
                ),
            ]
        };
        let call = |c: reqwest::Client, (method, path, body): (&'static str, String, Value)| {
            let s = &s;
            async move {
                if method == "GET" {
                    get(s, &c, &path).await
                } else {
                    post(s, &c, &path, body).await
                }
            }
        };
        for outsider in [mikko.clone(), admin.clone()] {
            for (hidden, missing) in by_id(id).into_iter().zip(by_id(missing_id)) {
                let a = call(outsider.clone(), hidden.clone()).await;
                let b = call(outsider.clone(), missing).await;
                assert_eq!(a, b, "{} {}", hidden.0, hidden.1);
                assert_eq!(a.0, 404, "{}", hidden.1);
                assert_eq!(a.1, r#"{"code":"not_found"}"#, "{}", hidden.1);
            }
            for (hidden, missing) in by_slug(&secret).into_iter().zip(by_slug("r-doesnotexist")) {
                let a = call(outsider.clone(), hidden.clone()).await;
                let b = call(outsider.clone(), missing).await;
                assert_eq!(a, b, "{}", hidden.1);
                assert_eq!(a.1, r#"{"code":"not_found"}"#, "{}", hidden.1);
            }
            // Its pages too.
            for (hidden, missing) in [
                (
                    format!("/communities/{secret}/wiki/{id}"),
                    format!("/communities/r-doesnotexist/wiki/{missing_id}"),
                ),
                (
                    format!("/communities/{secret}/wiki"),
                    "/communities/r-doesnotexist/wiki".to_owned(),
                ),
            ] {
                let (a, html) = get(&s, &outsider, &hidden).await;
                let (b, _) = get(&s, &outsider, &missing).await;
                assert_eq!((a, b), (404, 404), "{hidden}");
                // An admin sees a restricted community's name (its governance), never what
                // is written in it.
                assert!(
                    !html.contains("Confidential") && !html.contains("covenants"),
                    "{hidden}"
                );
            }
        }
    }
}

#[tokio::test]
async fn an_answered_question_goes_to_the_wiki_over_http() {
    for s in servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let (erik, _) = s.logged_in("erik@bank.example", "Erik", false).await;
        let slug = community(
            &s,
            &anna,
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["sv"]}),
        )
        .await;
        assert_eq!(
            post(&s, &erik, "/api/communities/join", json!({"slug": slug}))
                .await
                .0,
            200
        );
        let (st, body) = post(
            &s,
            &erik,
            "/api/forum/topics/create",
            json!({"community_slug": slug, "title": "VPN drops", "body": "Every hour.", "lang": "en", "question": true}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let topic = parse(&body)["id"].as_i64().unwrap();
        let (st, body) = post(&s, &erik, "/api/forum/promote", json!({"topic_id": topic})).await;
        assert_eq!((st, parse(&body)), (422, json!({"code": "not_answered"})));
        let (st, body) = post(
            &s,
            &anna,
            "/api/forum/replies/create",
            json!({"topic_id": topic, "body": "Update the client.", "lang": "en"}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let reply = parse(&body)["id"].as_i64().unwrap();
        let (st, _) = post(
            &s,
            &erik,
            "/api/forum/accept",
            json!({"topic_id": topic, "reply_id": reply}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, body) = post(&s, &erik, "/api/forum/promote", json!({"topic_id": topic})).await;
        assert_eq!(st, 200, "{body}");
        let page = parse(&body)["wiki_page_id"].as_i64().unwrap();
        let (_, body) = get(&s, &erik, &format!("/api/forum/topics/get?id={topic}")).await;
        assert_eq!(
            parse(&body)["wiki_page"],
            format!("/communities/{slug}/wiki/{page}")
        );
        let (st, html) = get(&s, &erik, &format!("/posts/{topic}")).await;
        assert_eq!(st, 200);
        assert!(html.contains(&format!("/communities/{slug}/wiki/{page}?from=forum")));
        let (st, html) = get(
            &s,
            &erik,
            &format!("/communities/{slug}/wiki/{page}?from=forum"),
        )
        .await;
        assert_eq!(st, 200);
        assert!(
            html.contains(&format!("/posts/{topic}")),
            "the page links back"
        );
        let (_, body) = get(&s, &erik, &format!("/api/wiki/pages/get?id={page}")).await;
        assert_eq!(parse(&body)["from_question"]["forum_visits"], 1);
    }
}
