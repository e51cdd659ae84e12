//! HTTP tests of mail: `GET`/`POST /api/mail/prefs` (the contract's modes and the choices
//! by kind, a bad one refused with the field named, a plain form sent back to its page), the send log, the unsubscribe
//! page and the one-click `POST` a mail program sends (no cookie, no origin), and the admins'
//! mail status; each refusal with a control that shows the allowed way works.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use app::model::ids::UserId;
use app::server::mail::MailSettings;
use serde_json::{Value, json};

use crate::support::{TestServer, post_form};

async fn mail_servers() -> Vec<TestServer> {
    let mut out = Vec::new();
    for mut b in app::server::testing::backends().await {
        b.auth.rate_limit_scale = 20.0;
        b.mail = MailSettings {
            smtp_url: Some("smtp://relay:secret@127.0.0.1:9".into()),
            smtp_ca_file: None,
            from: "intranet@bank.example".into(),
            site_url: "http://intranet.example".into(),
            poll_ms: 100,
            inbound_domain: Some("intranet.example".into()),
        };
        out.push(TestServer::start(b).await);
    }
    out
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, Value) {
    let res = c.get(s.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, Value) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn mail_settings_the_log_and_the_one_click_unsubscribe_keep_their_contract() {
    for s in mail_servers().await {
        let (anna, anna_id) = s.logged_in("anna@bank.example", "Anna Lind", false).await;
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;

        let (st, prefs) = get(&s, &anna, "/api/mail/prefs").await;
        assert_eq!(st, 200);
        let every_kind_default: serde_json::Map<String, Value> = [
            "mention",
            "reply",
            "comment",
            "like",
            "accepted",
            "join_request",
            "approved",
            "added",
            "translation_outdated",
            "page_edited",
            "assigned",
        ]
        .into_iter()
        .map(|k| (k.to_owned(), json!("default")))
        .collect();
        assert_eq!(
            prefs,
            json!({"mode": "weekly", "kinds": every_kind_default, "address": "anna@bank.example",
                "enabled": true})
        );
        let (st, _) = get(&s, &s.client(), "/api/mail/prefs").await;
        assert_eq!(st, 401);

        let (st, body) = post(&s, &anna, "/api/mail/prefs", json!({"mode": "hourly"})).await;
        assert_eq!(st, 422);
        assert_eq!(body["code"], "validation_failed");
        assert_eq!(body["fields"][0]["field"], "mode");
        for mode in ["immediate", "daily", "never", "weekly"] {
            let (st, body) = post(&s, &anna, "/api/mail/prefs", json!({"mode": mode})).await;
            assert_eq!((st, body["mode"].as_str()), (200, Some(mode)));
        }
        // A plain form goes back to the settings page, marked done.
        let res = post_form(&anna, &s, "/api/mail/prefs", "/account/mail", "mode=daily").await;
        assert!(res.status().is_redirection(), "{}", res.status());
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            to.starts_with("/account/mail") && to.contains("__done"),
            "{to}"
        );
        assert_eq!(get(&s, &anna, "/api/mail/prefs").await.1["mode"], "daily");

        // Choices by kind, as `kind:choice` (a form sends them as `kinds[]`); a kind that is
        // not one is refused with the field named and changes nothing.
        let (st, body) = post(
            &s,
            &anna,
            "/api/mail/prefs",
            json!({"mode": "daily", "kinds": ["mention:immediate", "like:never"]}),
        )
        .await;
        assert_eq!(st, 200);
        assert_eq!(
            (
                &body["kinds"]["mention"],
                &body["kinds"]["like"],
                &body["kinds"]["reply"]
            ),
            (&json!("immediate"), &json!("never"), &json!("default"))
        );
        let (st, body) = post(
            &s,
            &anna,
            "/api/mail/prefs",
            json!({"mode": "weekly", "kinds": ["gossip:never"]}),
        )
        .await;
        assert_eq!((st, &body["fields"][0]["field"]), (422, &json!("kinds")));
        assert_eq!(get(&s, &anna, "/api/mail/prefs").await.1["mode"], "daily");
        let form = "mode=daily&kinds%5B%5D=mention%3Adefault&kinds%5B%5D=like%3Anever";
        let res = post_form(&anna, &s, "/api/mail/prefs", "/account/mail", form).await;
        assert!(res.status().is_redirection(), "{}", res.status());
        let kinds = get(&s, &anna, "/api/mail/prefs").await.1["kinds"].clone();
        assert_eq!(
            (&kinds["mention"], &kinds["like"]),
            (&json!("default"), &json!("never"))
        );

        let (st, log) = get(&s, &anna, "/api/mail/log").await;
        assert_eq!((st, log), (200, json!({"mails": []})));
        let page = anna.get(s.url("/account/mail")).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(
            html.contains("value=\"daily\" checked") || html.contains("checked value=\"daily\"")
        );

        // The unsubscribe link of Anna's mails: its page asks first and shows whose mail.
        let link = app::server::mail::notice::unsubscribe_link(&s.backend, UserId(anna_id))
            .await
            .unwrap();
        let token = link.rsplit('/').next().unwrap().to_owned();
        let page = s
            .client_without_origin()
            .get(s.url(&format!("/mail/unsubscribe/{token}")))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("a…a@bank.example"));
        let (st, info) = get(
            &s,
            &s.client(),
            &format!("/api/mail/unsubscribe?token={token}"),
        )
        .await;
        assert_eq!((st, info["mode"].as_str()), (200, Some("daily")));
        let (st, _) = get(&s, &s.client(), "/api/mail/unsubscribe?token=nothing").await;
        assert_eq!(st, 404);

        // A mail program's one-click unsubscribe: no cookie, no origin.
        let one_click = |t: &str| {
            s.client_without_origin()
                .post(s.url(&format!("/mail/unsubscribe/{t}")))
                .header("content-type", "application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .send()
        };
        assert_eq!(one_click("nothing").await.unwrap().status(), 404);
        assert_eq!(get(&s, &anna, "/api/mail/prefs").await.1["mode"], "daily");

        // Mentions at once: the unsubscribe page knows some mail still comes.
        let at_once = json!({"mode": "daily", "kinds": ["mention:immediate"]});
        assert_eq!(post(&s, &anna, "/api/mail/prefs", at_once).await.0, 200);
        let info_path = format!("/api/mail/unsubscribe?token={token}");
        let info = get(&s, &s.client(), &info_path).await.1;
        assert_eq!(info["some_at_once"], true);
        assert_eq!(one_click(&token).await.unwrap().status(), 200);
        assert_eq!(get(&s, &anna, "/api/mail/prefs").await.1["mode"], "never");
        // Nothing comes at once any more; likes stay never mailed.
        let kinds = get(&s, &anna, "/api/mail/prefs").await.1["kinds"].clone();
        assert_eq!(
            (&kinds["mention"], &kinds["like"]),
            (&json!("default"), &json!("never"))
        );
        let info = get(&s, &s.client(), &info_path).await.1;
        assert_eq!(
            (&info["mode"], &info["some_at_once"]),
            (&json!("never"), &json!(false))
        );

        // Only admins see how mail goes out, and never the relay's password.
        let (st, _) = get(&s, &anna, "/api/admin/mail").await;
        assert_eq!(st, 403);
        let (st, status) = get(&s, &admin, "/api/admin/mail").await;
        assert_eq!(st, 200);
        assert_eq!(status["smtp"], "smtp://127.0.0.1:9");
        assert_eq!(status["from"], "intranet@bank.example");
        assert!(!status.to_string().contains("secret"));
    }
}

#[tokio::test]
async fn a_communitys_posting_address_is_set_by_its_owners_and_shown_on_the_community() {
    for s in mail_servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna Lind", false).await;
        let (erik, _) = s.logged_in("erik@bank.example", "Erik Berg", false).await;
        let (st, made) = post(
            &s,
            &anna,
            "/api/communities/create",
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["sv"]}),
        )
        .await;
        assert_eq!(st, 200, "{made}");
        let slug = made["slug"].as_str().unwrap().to_owned();
        let shown = get(&s, &erik, &format!("/api/communities/get?slug={slug}"))
            .await
            .1;
        assert_eq!(shown["mail_address"], Value::Null);
        assert_eq!(shown["inbox_address"], Value::Null);

        let set = |local: Value| json!({"slug": slug, "local": local, "posts_to": "forum"});
        // Not Erik's community; not an address; the notices' own prefix.
        assert_ne!(
            post(&s, &erik, "/api/communities/mail-address", set(json!("it")))
                .await
                .0,
            200
        );
        for bad in ["it helpdesk", "-it", "reply+x", "it..desk"] {
            let (st, body) =
                post(&s, &anna, "/api/communities/mail-address", set(json!(bad))).await;
            assert_eq!(
                (st, body["fields"][0]["field"].as_str()),
                (422, Some("mail_local")),
                "{bad}"
            );
        }
        let (st, body) = post(
            &s,
            &anna,
            "/api/communities/mail-address",
            set(json!("IT-Helpdesk")),
        )
        .await;
        assert_eq!((st, body), (200, json!({"ok": true})));
        let shown = get(&s, &erik, &format!("/api/communities/get?slug={slug}"))
            .await
            .1;
        assert_eq!(shown["mail_address"], "it-helpdesk@intranet.example");
        assert_eq!(shown["mail_posts_to"], "forum");
        assert_eq!(shown["inbox_address"], Value::Null);
        // Taken away again.
        let (st, _) = post(&s, &anna, "/api/communities/mail-address", set(Value::Null)).await;
        assert_eq!(st, 200);
        let shown = get(&s, &erik, &format!("/api/communities/get?slug={slug}"))
            .await
            .1;
        assert_eq!(shown["mail_address"], Value::Null);
    }
}

#[tokio::test]
async fn the_shared_inbox_keeps_its_contract_and_is_its_members_alone() {
    use app::server::mail::inbound::deliver;
    for s in mail_servers().await {
        let (anna, anna_id) = s.logged_in("anna@bank.example", "Anna Lind", false).await;
        let (erik, _) = s.logged_in("erik@bank.example", "Erik Berg", false).await;
        let (mikko, _) = s
            .logged_in("mikko@bank.example", "Mikko Virta", false)
            .await;
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;
        let (st, made) = post(
            &s,
            &anna,
            "/api/communities/create",
            json!({"name": "IT Support", "visibility": "public", "template": "helpdesk", "languages": ["en"]}),
        )
        .await;
        assert_eq!(st, 200, "{made}");
        let slug = made["slug"].as_str().unwrap().to_owned();
        assert_eq!(
            post(&s, &erik, "/api/communities/join", json!({"slug": slug}))
                .await
                .0,
            200
        );
        assert_eq!(
            post(&s, &mikko, "/api/communities/join", json!({"slug": slug}))
                .await
                .0,
            200
        );
        assert_eq!(
            post(&s, &mikko, "/api/communities/leave", json!({"slug": slug}))
                .await
                .0,
            200
        );
        // Without the tool there is no inbox.
        let list = format!("/api/inbox/list?community_slug={slug}");
        assert_eq!(get(&s, &erik, &list).await.0, 404);
        let (st, body) = post(
            &s,
            &anna,
            "/api/communities/inbox-address",
            json!({"slug": slug, "local": "it-support"}),
        )
        .await;
        assert_eq!(
            (st, body["fields"][0]["code"].as_str()),
            (422, Some("tool_off"))
        );
        let tools = json!({"slug": slug, "tools": ["forum", "wiki", "inbox"]});
        assert_eq!(
            post(&s, &anna, "/api/communities/update", tools).await.0,
            200
        );
        let set = json!({"slug": slug, "local": "IT-Support"});
        assert_eq!(
            post(&s, &erik, "/api/communities/inbox-address", set.clone())
                .await
                .0,
            403
        );
        let (st, body) = post(&s, &anna, "/api/communities/inbox-address", set).await;
        assert_eq!((st, body), (200, json!({"ok": true})));
        let shown = get(&s, &mikko, &format!("/api/communities/get?slug={slug}"))
            .await
            .1;
        assert_eq!(shown["inbox_address"], "it-support@intranet.example");
        assert_eq!(shown["can"]["inbox"], false);
        let shown = get(&s, &erik, &format!("/api/communities/get?slug={slug}"))
            .await
            .1;
        assert_eq!(shown["can"]["inbox"], true);

        // A mail from outside.
        let address = deliver::address(&s.backend.db, "it-support")
            .await
            .unwrap()
            .unwrap();
        // An HTML page attached: it must come back as a download that never renders.
        let raw = "From: Client <client@outside.example>\r\nTo: it-support@intranet.example\r\n\
                   Subject: Card blocked\r\nMessage-ID: <c1@outside.example>\r\nMIME-Version: 1.0\r\n\
                   Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n\
                   Content-Type: text/plain\r\n\r\nHelp, please.\r\n--b\r\n\
                   Content-Type: text/html; name=\"receipt.html\"\r\n\
                   Content-Disposition: attachment; filename=\"receipt.html\"\r\n\r\n\
                   <script>alert(1)</script>\r\n--b--\r\n";
        let taken = deliver::take(
            &s.backend,
            &address,
            "it-support@intranet.example",
            raw.as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(taken, deliver::Verdict::Taken);

        let (st, page) = get(&s, &erik, &list).await;
        assert_eq!(st, 200, "{page}");
        assert_eq!(page["address"], "it-support@intranet.example");
        assert_eq!(
            (
                page["open"].as_i64(),
                page["waiting"].as_i64(),
                page["closed"].as_i64()
            ),
            (Some(1), Some(0), Some(0))
        );
        let id = page["items"][0]["id"].as_i64().unwrap();
        assert_eq!(page["items"][0]["subject"], "Card blocked");
        assert_eq!(page["items"][0]["status"], "open");
        // Outside the community (even an admin) and without a session: nothing there.
        for (who, c) in [("mikko", &mikko), ("admin", &admin)] {
            assert_eq!(get(&s, c, &list).await.0, 404, "{who}");
            assert_eq!(
                get(&s, c, &format!("/api/inbox/get?id={id}")).await.0,
                404,
                "{who}"
            );
            for (path, body) in [
                ("/api/inbox/reply", json!({"id": id, "body": "x"})),
                ("/api/inbox/note", json!({"id": id, "body": "x"})),
                ("/api/inbox/assign", json!({"id": id, "assignee_id": null})),
                ("/api/inbox/status", json!({"id": id, "status": "closed"})),
                ("/api/inbox/to-forum", json!({"id": id})),
                ("/api/inbox/to-wiki", json!({"id": id})),
            ] {
                assert_eq!(post(&s, c, path, body).await.0, 404, "{who} {path}");
            }
        }
        assert_eq!(get(&s, &s.client(), &list).await.0, 401);

        // What came attached: a download for members, sandboxed and never sniffed; nothing
        // for anyone else.
        let conv = get(&s, &erik, &format!("/api/inbox/get?id={id}")).await.1;
        let attached = &conv["messages"][0]["attachments"][0];
        assert_eq!(attached["name"], "receipt.html", "{conv}");
        let path = attached["path"].as_str().unwrap().to_owned();
        let res = erik.get(s.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let h = res.headers().clone();
        assert!(
            h["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert_eq!(h["content-type"], "application/octet-stream");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
        assert_eq!(res.text().await.unwrap(), "<script>alert(1)</script>");
        for (who, c) in [("mikko", &mikko), ("admin", &admin)] {
            let res = c.get(s.url(&path)).send().await.unwrap();
            assert_eq!(res.status(), 404, "{who}");
        }
        let res = s.client().get(s.url(&path)).send().await.unwrap();
        assert_eq!(res.status(), 401);

        let (st, conv) = post(
            &s,
            &erik,
            "/api/inbox/note",
            json!({"id": id, "body": "Travel block?"}),
        )
        .await;
        assert_eq!(st, 200, "{conv}");
        let (st, conv) = post(
            &s,
            &erik,
            "/api/inbox/reply",
            json!({"id": id, "body": "Lifted; try again."}),
        )
        .await;
        assert_eq!(st, 200, "{conv}");
        assert_eq!(conv["status"], "waiting");
        let directions: Vec<&str> = conv["messages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["direction"].as_str().unwrap())
            .collect();
        assert_eq!(directions, ["in", "note", "out"]);
        let (st, conv) = post(
            &s,
            &erik,
            "/api/inbox/assign",
            json!({"id": id, "assignee_id": anna_id}),
        )
        .await;
        assert_eq!(
            (st, conv["assignee"]["display_name"].as_str()),
            (200, Some("Anna Lind"))
        );
        let (st, body) = post(
            &s,
            &erik,
            "/api/inbox/status",
            json!({"id": id, "status": "done"}),
        )
        .await;
        assert_eq!(
            (st, body["fields"][0]["field"].as_str()),
            (422, Some("status"))
        );
        let (st, body) = post(
            &s,
            &erik,
            "/api/inbox/reply",
            json!({"id": id, "body": "  "}),
        )
        .await;
        assert_eq!(
            (st, body["fields"][0]["code"].as_str()),
            (422, Some("required"))
        );
        let (st, kept) = post(&s, &erik, "/api/inbox/to-forum", json!({"id": id})).await;
        assert_eq!(st, 200, "{kept}");
        assert!(kept["path"].as_str().unwrap().starts_with("/posts/"));
        let (st, conv) = post(
            &s,
            &erik,
            "/api/inbox/status",
            json!({"id": id, "status": "closed"}),
        )
        .await;
        assert_eq!((st, conv["status"].as_str()), (200, Some("closed")));
        // The page, for a member, without script.
        let page = erik
            .get(s.url(&format!("/communities/{slug}/inbox/{id}")))
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Lifted; try again.") && html.contains("Travel block?"));
        let page = mikko
            .get(s.url(&format!("/communities/{slug}/inbox/{id}")))
            .send()
            .await
            .unwrap();
        let html = page.text().await.unwrap();
        assert!(!html.contains("Lifted; try again.") && !html.contains("Card blocked"));
    }
}
