//! HTTP tests of the guard and the compliance officer's API: the contract's paths, fields
//! and codes (422 `client_name` with both kinds of offsets, the text kept for the writer;
//! 202 `held_for_review`), the watchlist's CSV in and out, the queue from both sides, and the
//! audit trail as CSV; each refusal with a control that shows the allowed way works.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, servers};
use serde_json::{Value, json};

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, Value) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(s.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn the_guard_and_the_compliance_api_keep_their_contract() {
    for s in servers().await {
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;
        let (karin, karin_id) = s.logged_in("karin@bank.example", "Karin Berg", false).await;
        let (erik, _) = s
            .logged_in("erik@bank.example", "Erik Johansson", false)
            .await;
        // Only officers keep the watchlist; an admin makes Karin one.
        let entry = json!({"name": "Fjordkraft", "aliases": ["FKR"], "legal_form": "ASA",
                           "strictness": "always", "allowed_communities": []});
        let (st, _) = post(
            &s,
            &karin,
            "/api/compliance/watchlist/create",
            entry.clone(),
        )
        .await;
        assert_eq!(st, 403);
        let (st, _) = post(
            &s,
            &erik,
            "/api/admin/users/compliance-officer",
            json!({"id": karin_id, "allowed": true}),
        )
        .await;
        assert_eq!(st, 403);
        let (st, _) = post(
            &s,
            &admin,
            "/api/admin/users/compliance-officer",
            json!({"id": karin_id, "allowed": true}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, body) = post(&s, &karin, "/api/compliance/watchlist/create", entry).await;
        assert_eq!(st, 200, "{body}");
        let id = body["id"].as_i64().unwrap();
        let (st, body) = post(
            &s,
            &karin,
            "/api/compliance/watchlist/create",
            json!({"name": "Nord", "strictness": "sometimes"}),
        )
        .await;
        assert_eq!(
            (st, body["code"].as_str()),
            (422, Some("validation_failed"))
        );
        // The check, with offsets in UTF-16 units and bytes.
        let text = "Möte 🙂 hos FKR:s kontor";
        let (st, body) = post(
            &s,
            &erik,
            "/api/guard/check",
            json!({"text": text, "community_slug": null}),
        )
        .await;
        assert_eq!(st, 200);
        let m = &body["matches"][0];
        assert_eq!(m["entry_id"].as_i64(), Some(id));
        assert_eq!(m["name"], "Fjordkraft");
        let at = text.find("FKR").unwrap();
        assert_eq!(m["start_byte"].as_u64(), Some(at as u64));
        assert_eq!(
            m["start"].as_u64(),
            Some(text[..at].encode_utf16().count() as u64)
        );
        assert_eq!(m["start_utf16"], m["start"]);
        // A save is refused with where the name is; the form keeps the text (words asked for).
        let res = erik
            .post(s.url("/api/status/create"))
            .header("x-gemenskap-messages", "1")
            .json(&json!({"text": "I dag: Fjordkraft", "lang": "sv"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 422);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["code"], "client_name");
        assert_eq!(body["matches"][0]["field"], "text");
        assert_eq!(body["matches"][0]["start"], 7);
        assert!(body["message"].as_str().unwrap().contains("client"));
        assert!(body["details"][0].as_str().unwrap().contains("Fjordkraft"));
        let (st, _) = post(
            &s,
            &erik,
            "/api/status/create",
            json!({"text": "I dag: kontoret", "lang": "sv"}),
        )
        .await;
        assert_eq!(st, 200);
        // Held instead of refused, when the admin says so.
        let (st, body) = post(
            &s,
            &admin,
            "/api/admin/settings",
            json!({"guard_mode": "hold"}),
        )
        .await;
        assert_eq!((st, body["guard_mode"].as_str()), (200, Some("hold")));
        let (st, body) = post(
            &s,
            &erik,
            "/api/status/create",
            json!({"text": "Fjordkraft ringde", "lang": "sv"}),
        )
        .await;
        assert_eq!((st, body["code"].as_str()), (202, Some("held_for_review")));
        let held = body["id"].as_i64().unwrap();
        let (st, body) = get(&s, &erik, "/api/compliance/queue").await;
        assert_eq!(st, 200);
        let queue: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(queue["items"][0]["id"].as_i64(), Some(held));
        let (st, body) = post(
            &s,
            &erik,
            "/api/compliance/queue/decide",
            json!({"id": held, "release": true, "reason": "mine"}),
        )
        .await;
        assert_eq!((st, body["code"].as_str()), (403, Some("forbidden")));
        let (st, body) = post(
            &s,
            &karin,
            "/api/compliance/queue/decide",
            json!({"id": held, "release": true, "reason": "Public news"}),
        )
        .await;
        assert_eq!(
            (st, body["status"].as_str()),
            (200, Some("released")),
            "{body}"
        );
        // The watchlist as CSV, out and in.
        let (st, csv) = get(&s, &karin, "/api/compliance/watchlist/export").await;
        assert_eq!(st, 200);
        assert!(csv.contains("Fjordkraft,FKR,ASA,always,"), "{csv}");
        let (st, _) = get(&s, &erik, "/api/compliance/watchlist/export").await;
        assert_eq!(st, 403);
        let form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(b"name,strictness\nPolar,capitalised\n".to_vec())
                .file_name("list.csv"),
        );
        let res = karin
            .post(s.url("/api/compliance/watchlist/import"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        let report: Value = res.json().await.unwrap();
        assert_eq!(report["created"], 1);
        let (st, body) = get(&s, &karin, "/api/compliance/watchlist/list?q=pol").await;
        assert_eq!(st, 200);
        let list: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(list["entries"][0]["name"], "Polar");
        // The browser's own form goes back to its page with what the import did, or with the
        // problems by line (and nothing saved).
        let page = s.url("/compliance?q=x");
        let too_long = format!("name\nSkagerak\n{}\n", "x".repeat(201));
        for (csv, want) in [
            ("name\nNordhav\n".to_owned(), "imported=1-0"),
            (too_long, "import_problems=3%3Aname_too_long"),
        ] {
            let form = reqwest::multipart::Form::new().part(
                "file",
                reqwest::multipart::Part::bytes(csv.into_bytes()).file_name("list.csv"),
            );
            let res = karin
                .post(s.url("/api/compliance/watchlist/import"))
                .header("Accept", "text/html")
                .header("Referer", &page)
                .multipart(form)
                .send()
                .await
                .unwrap();
            assert_eq!(res.status().as_u16(), 303);
            let to = res.headers()["location"].to_str().unwrap().to_owned();
            assert!(to.contains("/compliance?") && to.contains(want), "{to}");
        }
        let (_, body) = get(&s, &karin, "/api/compliance/watchlist/list?q=skagerak").await;
        assert!(body.contains("\"total\":0"), "nothing saved: {body}");
        // The audit trail, as JSON and as CSV; officers only.
        let (st, body) = get(&s, &karin, "/api/compliance/audit?from=2020-01-01").await;
        assert_eq!(st, 200, "{body}");
        let trail: Value = serde_json::from_str(&body).unwrap();
        let actions: Vec<&str> = trail["entries"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e["action"].as_str())
            .collect();
        for want in [
            "role_change",
            "watchlist_create",
            "guard_hit",
            "held_released",
            "setting_change",
        ] {
            assert!(actions.contains(&want), "{want} in {actions:?}");
        }
        let res = karin
            .get(s.url("/api/compliance/audit?format=csv"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        assert!(res.text().await.unwrap().contains("held_released"));
        let (st, _) = get(&s, &admin, "/api/compliance/audit?format=csv").await;
        assert_eq!(st, 403);
    }
}
