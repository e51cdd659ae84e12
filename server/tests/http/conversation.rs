//! HTTP tests of the conversation endpoints: the documented contract end to end, and proof
//! that nothing from a restricted community (posts, replies, comments, likes, tags, mentions,
//! notifications, counts) reaches anyone outside it through any endpoint.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, json, post_form, servers};
use serde_json::{Value, json};

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, Value) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, json(res).await)
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(s.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get_json(s: &TestServer, c: &reqwest::Client, path: &str) -> Value {
    let (status, body) = get(s, c, path).await;
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).unwrap()
}

async fn community(
    s: &TestServer,
    c: &reqwest::Client,
    name: &str,
    vis: &str,
    template: &str,
) -> String {
    let (status, body) = post(
        s,
        c,
        "/api/communities/create",
        json!({"name": name, "visibility": vis, "template": template, "languages": ["sv"]}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body["slug"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_conversation_contract_end_to_end() {
    for s in servers().await {
        let (anna, anna_id) = s
            .logged_in("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let (erik, erik_id) = s
            .logged_in("erik@bank.example", "Erik Johansson", false)
            .await;
        let helpdesk = community(&s, &anna, "IT Helpdesk", "public", "helpdesk").await;
        let project = community(&s, &anna, "Green loans", "public", "project").await;

        let (st, status) = post(
            &s,
            &erik,
            "/api/status/create",
            json!({"text": "Hej @[Anna](user:ANNA)!".replace("ANNA", &anna_id.to_string()), "lang": "sv", "community_slug": null}),
        )
        .await;
        assert_eq!(st, 200, "{status}");
        let status_id = status["id"].as_i64().unwrap();
        assert_eq!(status["not_notified"], json!([]));

        let (st, blog) = post(
            &s,
            &anna,
            "/api/blogs/posts/create",
            json!({"community_slug": project, "title": "Taxonomy", "body": "**New** rules", "lang": "en", "tags": ["Green-Loans"], "published": true}),
        )
        .await;
        assert_eq!(st, 200, "{blog}");
        let blog_id = blog["id"].as_i64().unwrap();

        let (st, topic) = post(
            &s,
            &erik,
            "/api/forum/topics/create",
            json!({"community_slug": helpdesk, "title": "VPN drops", "body": "Every hour", "lang": "sv", "question": true, "tags": ["vpn"]}),
        )
        .await;
        // Erik must join first: only members start threads.
        assert_eq!((st, topic["code"].as_str()), (403, Some("forbidden")));
        let (st, _) = post(
            &s,
            &erik,
            "/api/communities/join",
            json!({"slug": helpdesk}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, topic) = post(
            &s,
            &erik,
            "/api/forum/topics/create",
            json!({"community_slug": helpdesk, "title": "VPN drops", "body": "Every hour", "lang": "sv", "question": true, "tags": ["vpn"]}),
        )
        .await;
        assert_eq!(st, 200, "{topic}");
        let topic_id = topic["id"].as_i64().unwrap();
        let (_, reply) = post(
            &s,
            &anna,
            "/api/forum/replies/create",
            json!({"topic_id": topic_id, "body": "Update the client", "lang": "sv"}),
        )
        .await;
        let reply_id = reply["id"].as_i64().unwrap();
        // One id space: ids never repeat across kinds.
        let mut all = vec![status_id, blog_id, topic_id, reply_id];
        all.dedup();
        assert_eq!(all.len(), 4);
        let (st, _) = post(
            &s,
            &erik,
            "/api/forum/accept",
            json!({"topic_id": topic_id, "reply_id": reply_id}),
        )
        .await;
        assert_eq!(st, 200);
        let t = get_json(&s, &anna, &format!("/api/forum/topics/get?id={topic_id}")).await;
        assert_eq!(t["accepted_reply_id"], json!(reply_id));
        assert_eq!(t["replies"][0]["id"], json!(reply_id));
        assert_eq!(t["lang"], "sv");
        assert_eq!(t["tags"], json!(["vpn"]));

        let (st, _) = post(
            &s,
            &anna,
            "/api/comments/create",
            json!({"target_id": status_id, "body": "Hej själv", "lang": "sv"}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, like) = post(
            &s,
            &anna,
            "/api/likes/toggle",
            json!({"target_id": status_id}),
        )
        .await;
        assert_eq!(
            (st, like["liked"].as_bool(), like["like_count"].as_i64()),
            (200, Some(true), Some(1))
        );

        let (st, _) = post(
            &s,
            &erik,
            "/api/content/update",
            json!({"id": status_id, "title": null, "body": "Hej alla!"}),
        )
        .await;
        assert_eq!(st, 200);
        let item = get_json(&s, &anna, &format!("/api/content/get?id={status_id}")).await;
        assert_eq!(item["body"], "Hej alla!");
        assert!(item["edited_at"].is_i64());
        assert_eq!(item["comment_count"], 1);
        // Someone else's item cannot be edited.
        let (st, e) = post(
            &s,
            &anna,
            "/api/content/update",
            json!({"id": status_id, "title": null, "body": "Hijack"}),
        )
        .await;
        assert_eq!((st, e["code"].as_str()), (403, Some("forbidden")));

        // Validation: a clear field error, nothing saved.
        let (st, e) = post(
            &s,
            &erik,
            "/api/status/create",
            json!({"text": "", "lang": "sv"}),
        )
        .await;
        assert_eq!(st, 422);
        assert_eq!(e["fields"][0]["field"], "text");

        // The stream, filtered by kind; each item has the documented fields.
        let stream = get_json(&s, &erik, "/api/stream?kind=forum").await;
        let first = &stream["items"][0];
        for key in [
            "id",
            "kind",
            "title",
            "excerpt",
            "lang",
            "community_slug",
            "author",
            "created_at",
        ] {
            assert!(first.get(key).is_some(), "{key} in {first}");
        }
        assert_eq!(first["kind"], "forum");
        assert_eq!(first["author"]["display_name"], "Erik Johansson");
        assert!(stream.get("next_cursor").is_some());

        let suggest = get_json(
            &s,
            &erik,
            &format!("/api/people/mention-suggest?q=ann&community_slug={helpdesk}"),
        )
        .await;
        assert_eq!(
            suggest["items"][0],
            json!({"id": anna_id, "display_name": "Anna Lindqvist", "department": "", "email": "anna@bank.example"})
        );

        let notes = get_json(&s, &anna, "/api/notifications/list").await;
        let kinds: Vec<&str> = notes["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n["kind"].as_str().unwrap())
            .collect();
        assert!(kinds.contains(&"mention"), "{kinds:?}");
        assert!(notes["unread"].as_i64().unwrap() >= 1);
        let (st, read) = post(&s, &anna, "/api/notifications/read", json!({})).await;
        assert_eq!((st, read["unread"].as_i64()), (200, Some(0)));

        let (st, _) = post(&s, &erik, "/api/content/delete", json!({"id": status_id})).await;
        assert_eq!(st, 200);
        let (st, body) = get(&s, &anna, &format!("/api/content/get?id={status_id}")).await;
        assert_eq!((st, body.as_str()), (404, r#"{"code":"not_found"}"#));
        let _ = erik_id;
    }
}

#[tokio::test]
async fn forms_without_javascript_post_and_land_on_the_thread() {
    for s in servers().await {
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let res = post_form(
            &c,
            &s,
            "/api/status/create",
            "/",
            "text=Hej+fr%C3%A5n+formul%C3%A4ret&lang=sv",
        )
        .await;
        assert!(res.status().is_redirection(), "{}", res.status());
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.starts_with("/posts/"), "{to}");
        let id = to.trim_start_matches("/posts/");
        let item = get_json(&s, &c, &format!("/api/content/get?id={id}")).await;
        assert_eq!(item["body"], "Hej från formuläret");
    }
}

#[tokio::test]
async fn nothing_of_a_restricted_community_reaches_anyone_outside_it() {
    for s in servers().await {
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;
        let (karin, karin_id) = s.logged_in("karin@bank.example", "Karin Berg", false).await;
        let (erik, erik_id) = s
            .logged_in("erik@bank.example", "Erik Johansson", false)
            .await;
        let (mikko, mikko_id) = s
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
        let secret = community(
            &s,
            &karin,
            "Acme Corp refinancing",
            "restricted",
            "client_team",
        )
        .await;
        let (st, _) = post(
            &s,
            &karin,
            "/api/communities/invite",
            json!({"slug": secret, "email": "erik@bank.example", "reason": "Credit"}),
        )
        .await;
        assert_eq!(st, 200);
        let mention =
            format!("@[Erik](user:{erik_id}) @[Mikko](user:{mikko_id}) Acme Corp term sheet");
        let (_, topic) = post(
            &s,
            &karin,
            "/api/forum/topics/create",
            json!({"community_slug": secret, "title": "Acme Corp covenants", "body": mention, "lang": "en", "question": false, "tags": ["acmecorp"]}),
        )
        .await;
        assert_eq!(topic["not_notified"][0]["id"], json!(mikko_id), "{topic}");
        let topic_id = topic["id"].as_i64().unwrap();
        let (_, reply) = post(
            &s,
            &erik,
            "/api/forum/replies/create",
            json!({"topic_id": topic_id, "body": "Acme Corp signed", "lang": "en"}),
        )
        .await;
        let reply_id = reply["id"].as_i64().unwrap();
        let (_, comment) = post(
            &s,
            &karin,
            "/api/comments/create",
            json!({"target_id": reply_id, "body": "Acme Corp thanks", "lang": "en"}),
        )
        .await;
        let comment_id = comment["id"].as_i64().unwrap();
        let (_, status) = post(
            &s,
            &erik,
            "/api/status/create",
            json!({"text": "Acme Corp call at ten", "lang": "en", "community_slug": secret}),
        )
        .await;
        let status_id = status["id"].as_i64().unwrap();
        post(
            &s,
            &erik,
            "/api/likes/toggle",
            json!({"target_id": topic_id}),
        )
        .await;
        // Insiders see it.
        let inside = get_json(&s, &erik, "/api/stream").await.to_string();
        assert!(inside.contains("Acme Corp covenants"));

        let missing_id = 9_999_999;
        let ids = [topic_id, reply_id, comment_id, status_id];
        for outsider in [&mikko, &admin] {
            // Every item endpoint answers exactly as for an id that does not exist.
            for id in ids {
                for path in [
                    "/api/content/get?id=",
                    "/api/content/thread?id=",
                    "/api/forum/topics/get?id=",
                    "/api/likes/list?target_id=",
                ] {
                    let real = get(&s, outsider, &format!("{path}{id}")).await;
                    let none = get(&s, outsider, &format!("{path}{missing_id}")).await;
                    assert_eq!(real, none, "{path}{id}");
                    assert_eq!(real.0, 404);
                }
                for (path, body) in [
                    (
                        "/api/comments/create",
                        json!({"target_id": id, "body": "x", "lang": "en"}),
                    ),
                    ("/api/likes/toggle", json!({"target_id": id})),
                    (
                        "/api/forum/replies/create",
                        json!({"topic_id": id, "body": "x", "lang": "en"}),
                    ),
                    (
                        "/api/forum/accept",
                        json!({"topic_id": id, "reply_id": reply_id}),
                    ),
                    (
                        "/api/forum/topics/pin",
                        json!({"topic_id": id, "pinned": true}),
                    ),
                    (
                        "/api/forum/topics/lock",
                        json!({"topic_id": id, "locked": true}),
                    ),
                    (
                        "/api/content/update",
                        json!({"id": id, "title": null, "body": "x"}),
                    ),
                    ("/api/content/delete", json!({"id": id})),
                ] {
                    let real = post(&s, outsider, path, body.clone()).await;
                    let mut missing = body.clone();
                    for key in ["target_id", "topic_id", "id"] {
                        if missing.get(key).is_some() {
                            missing[key] = json!(missing_id);
                        }
                    }
                    let none = post(&s, outsider, path, missing).await;
                    assert_eq!(real, none, "{path} {id}");
                    assert_eq!(real.0, 404, "{path}");
                }
            }
            // Lists by the community answer as for a slug that does not exist.
            for path in [
                "/api/forum/topics/list?community_slug={S}",
                "/api/stream/community?slug={S}",
                "/api/blogs/list?community_slug={S}",
                "/api/people/mention-suggest?q=er&community_slug={S}",
                "/api/follow/community-state?slug={S}",
            ] {
                let real = get(&s, outsider, &path.replace("{S}", &secret)).await;
                let none = get(&s, outsider, &path.replace("{S}", "r-doesnotexist")).await;
                assert_eq!(real, none, "{path}");
            }
            let follow = post(
                &s,
                outsider,
                "/api/follow/community",
                json!({"slug": secret, "follow": true}),
            )
            .await;
            assert_eq!(follow.0, 404);
            let create = post(
                &s,
                outsider,
                "/api/status/create",
                json!({"text": "x", "lang": "en", "community_slug": secret}),
            )
            .await;
            assert_eq!(create.0, 404);
            // Lists across places leave it out entirely: no item, no title, no count.
            for path in [
                "/api/stream".to_owned(),
                "/api/stream?kind=forum".to_owned(),
                "/api/stream/tag?tag=acmecorp".to_owned(),
                format!("/api/stream/person?user_id={karin_id}"),
                format!("/api/stream/person?user_id={erik_id}"),
                "/api/notifications/list".to_owned(),
                "/api/notifications/unread".to_owned(),
                "/api/tags/get?tag=acmecorp".to_owned(),
            ] {
                let (st, body) = get(&s, outsider, &path).await;
                assert_eq!(st, 200, "{path}");
                assert!(!body.contains("Acme"), "{path}: {body}");
                assert!(!body.contains(&secret), "{path}: {body}");
            }
            let tag = get_json(&s, outsider, "/api/stream/tag?tag=acmecorp").await;
            assert_eq!(tag["items"], json!([]));
        }
        // Mikko was mentioned but is outside: he was not told, and has nothing unread.
        let notes = get_json(&s, &mikko, "/api/notifications/list").await;
        assert_eq!(notes["items"], json!([]));
        assert_eq!(notes["unread"], json!(0));
        // Erik, inside, was told; once removed, it is gone from his list and his count.
        let notes = get_json(&s, &erik, "/api/notifications/list").await;
        assert!(notes["unread"].as_i64().unwrap() >= 2);
        let (st, _) = post(
            &s,
            &karin,
            "/api/communities/remove",
            json!({"slug": secret, "user_id": erik_id}),
        )
        .await;
        assert_eq!(st, 200);
        let notes = get_json(&s, &erik, "/api/notifications/list").await;
        assert_eq!(notes["items"], json!([]));
        assert_eq!(notes["unread"], json!(0));
        let (st, _) = get(&s, &erik, &format!("/api/content/get?id={reply_id}")).await;
        assert_eq!(st, 404, "his own reply is out of reach too");
    }
}
