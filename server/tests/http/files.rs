//! HTTP tests of files: a multipart upload (also as a browser's plain form), the download's
//! headers (always an attachment, `nosniff`, never HTML or SVG as such), the upload limit
//! answered 413 `file_too_large` with nothing kept, and a restricted community's files
//! answering an outsider and the admin outside byte for byte like missing ones, with a member
//! as the control.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, servers};
use reqwest::multipart::{Form, Part};
use serde_json::{Value, json};

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, String) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, String) {
    let res = c.get(s.url(path)).send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn upload(s: &TestServer, c: &reqwest::Client, form: Form) -> (u16, Value) {
    let res = c
        .post(s.url("/api/files/upload"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

fn file(slug: &str, name: &str, bytes: Vec<u8>) -> Form {
    Form::new()
        .text("community_slug", slug.to_owned())
        .text("lang", "sv")
        .part("file", Part::bytes(bytes).file_name(name.to_owned()))
}

async fn community(s: &TestServer, c: &reqwest::Client, body: Value) -> String {
    let (st, created) = post(s, c, "/api/communities/create", body).await;
    assert_eq!(st, 200, "{created}");
    serde_json::from_str::<Value>(&created).unwrap()["slug"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn upload_download_and_versions_over_http() {
    for s in servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let slug = community(
            &s,
            &anna,
            json!({"name": "Green loans", "visibility": "public", "template": "project", "languages": ["sv"]}),
        )
        .await;
        let page = b"<html><script>alert(1)</script></html>".to_vec();
        let (st, up) = upload(&s, &anna, file(&slug, "report.html", page.clone())).await;
        assert_eq!(st, 200, "{up}");
        let id = up["id"].as_i64().unwrap();
        assert_eq!(up["version"], 1);
        let res = anna
            .get(s.url(up["download_path"].as_str().unwrap()))
            .header("accept-encoding", "gzip, br")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let h = res.headers().clone();
        assert_eq!(
            h["content-type"], "application/octet-stream",
            "HTML is never served as HTML"
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(
            h.get("content-encoding").is_none_or(|e| e == "identity"),
            "a download is sent as stored"
        );
        assert!(
            h["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("sandbox")
        );
        assert_eq!(res.bytes().await.unwrap().to_vec(), page);

        let form = Form::new().text("replace_id", id.to_string()).part(
            "file",
            Part::bytes(b"<svg onload=alert(1)/>".to_vec()).file_name("report.svg"),
        );
        let (st, v2) = upload(&s, &anna, form).await;
        assert_eq!((st, v2["version"].clone()), (200, json!(2)), "{v2}");
        let (st, body) = get(&s, &anna, &format!("/api/files/versions?id={id}")).await;
        assert_eq!(st, 200, "{body}");
        let versions: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(versions["versions"].as_array().unwrap().len(), 2);
        let res = anna
            .get(s.url(&format!("/files/{id}/2/report.svg")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.headers()["content-type"],
            "application/octet-stream",
            "nor SVG as SVG"
        );
        let res = anna
            .get(s.url(&format!("/files/{id}/1/report.html")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.bytes().await.unwrap().to_vec(),
            page,
            "the old version stays downloadable"
        );

        // A browser's own form, without JavaScript: back to the page it came from.
        let res = anna
            .post(s.url("/api/files/upload"))
            .header("accept", "text/html")
            .header("referer", s.url(&format!("/communities/{slug}/files")))
            .multipart(file(&slug, "plain.txt", b"from a form".to_vec()))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let back = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            back.contains(&format!("/communities/{slug}/files")),
            "{back}"
        );
        let (_, listing) = get(&s, &anna, &format!("/api/files/list?community_slug={slug}")).await;
        assert!(listing.contains("plain.txt"), "{listing}");
    }
}

/// Folders are renamed and moved, files moved and tagged, from the pages' own forms (a
/// folder's select says `move_to`: `top` or a folder's id).
#[tokio::test]
async fn folders_and_files_move_and_the_tree_says_where_they_can_go() {
    for s in servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let slug = community(
            &s,
            &anna,
            json!({"name": "Green loans", "visibility": "public", "template": "project", "languages": ["sv"]}),
        )
        .await;
        let folder = |parent: Option<i64>, name: &'static str| {
            let (s, anna, slug) = (&s, &anna, slug.clone());
            async move {
                let (st, body) = post(
                    s,
                    anna,
                    "/api/files/folders/create",
                    json!({"community_slug": slug, "parent_id": parent, "name": name}),
                )
                .await;
                assert_eq!(st, 200, "{body}");
                serde_json::from_str::<Value>(&body).unwrap()["id"]
                    .as_i64()
                    .unwrap()
            }
        };
        let contracts = folder(None, "Contracts").await;
        let signed = folder(Some(contracts), "Signed").await;
        let archive = folder(None, "Archive").await;
        let (st, body) = get(
            &s,
            &anna,
            &format!("/api/files/folders?community_slug={slug}"),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let tree: Value = serde_json::from_str(&body).unwrap();
        let order: Vec<(i64, i64)> = tree["folders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| (f["id"].as_i64().unwrap(), f["depth"].as_i64().unwrap()))
            .collect();
        assert_eq!(order, vec![(archive, 0), (contracts, 0), (signed, 1)]);

        // "Signed" moves into "Archive" and is renamed, by a form posted without JavaScript.
        let form = format!("id%5Bnum%5D={signed}&name=Signed+2026&move_to={archive}");
        let res = anna
            .post(s.url("/api/files/folders/update"))
            .header("accept", "text/html")
            .header(
                "referer",
                s.url(&format!("/communities/{slug}/files?folder={signed}")),
            )
            .header("content-type", "application/x-www-form-urlencoded")
            .body(form)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_redirection());
        let (_, body) = get(&s, &anna, &format!("/api/files/list?folder_id={archive}")).await;
        assert!(body.contains("Signed 2026"), "{body}");
        // A folder never moves inside itself.
        let (st, body) = post(
            &s,
            &anna,
            "/api/files/folders/update",
            json!({"id": archive, "move_to": signed.to_string()}),
        )
        .await;
        assert_eq!(st, 422, "{body}");
        assert!(body.contains("inside_itself"), "{body}");
        let (st, body) = post(
            &s,
            &anna,
            "/api/files/folders/update",
            json!({"id": archive, "move_to": "somewhere"}),
        )
        .await;
        assert_eq!(st, 422, "{body}");

        // A file moves into a folder and back to the top, with its language and tags.
        let (st, up) = upload(&s, &anna, file(&slug, "terms.txt", b"terms".to_vec())).await;
        assert_eq!(st, 200, "{up}");
        let id = up["id"].as_i64().unwrap();
        let (st, body) = post(
            &s,
            &anna,
            "/api/files/update",
            json!({"id": id, "move_to": contracts.to_string(), "lang": "sv", "tags": ["avtal", "2026"]}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let (_, body) = get(&s, &anna, &format!("/api/files/versions?id={id}")).await;
        let f: Value = serde_json::from_str(&body).unwrap();
        assert_eq!(f["folder_id"], contracts);
        assert_eq!(f["lang"], "sv");
        assert_eq!(
            f["tags"],
            json!(["2026", "avtal"]),
            "tags are kept in order"
        );
        let (st, _) = post(
            &s,
            &anna,
            "/api/files/update",
            json!({"id": id, "move_to": "top"}),
        )
        .await;
        assert_eq!(st, 200);
        let (_, body) = get(&s, &anna, &format!("/api/files/versions?id={id}")).await;
        assert_eq!(
            serde_json::from_str::<Value>(&body).unwrap()["folder_id"],
            Value::Null
        );
        // The file page offers the folders to move it to.
        let (_, html) = get(&s, &anna, &format!("/communities/{slug}/files/{id}")).await;
        assert!(html.contains("name=\"move_to\"") && html.contains("Contracts"));
    }
}

#[tokio::test]
async fn an_upload_over_the_limit_answers_413_and_keeps_nothing() {
    for s in servers().await {
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        let (st, body) = post(
            &s,
            &admin,
            "/api/admin/settings",
            json!({"max_upload_mb": 1}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let slug = community(
            &s,
            &admin,
            json!({"name": "Green loans", "visibility": "public", "template": "project", "languages": ["sv"]}),
        )
        .await;
        let (st, body) = upload(
            &s,
            &admin,
            file(&slug, "big.bin", vec![1u8; 1024 * 1024 + 1]),
        )
        .await;
        assert_eq!(st, 413, "{body}");
        assert_eq!(
            body,
            json!({"code": "file_too_large", "limit": 1024 * 1024})
        );
        let (_, listing) = get(
            &s,
            &admin,
            &format!("/api/files/list?community_slug={slug}"),
        )
        .await;
        assert!(!listing.contains("big.bin"), "{listing}");
        // One that says it is far larger is refused before it is read.
        let res = admin
            .post(s.url("/api/files/upload"))
            .header("content-type", "multipart/form-data; boundary=x")
            .header("content-length", (50u64 * 1024 * 1024).to_string())
            .body(vec![b'x'; 10])
            .send()
            .await;
        if let Ok(res) = res {
            assert_eq!(res.status(), 413);
        }
    }
}

#[tokio::test]
async fn a_restricted_communitys_files_answer_outsiders_like_missing_ones() {
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
            json!({"name": "Acme Takeover", "visibility": "restricted", "template": "client_team",
                   "languages": ["sv"], "member_cap": 5}),
        )
        .await;
        let (st, body) = post(
            &s,
            &karin,
            "/api/files/folders/create",
            json!({"community_slug": secret, "name": "Acme"}),
        )
        .await;
        assert_eq!(st, 200, "{body}");
        let folder = serde_json::from_str::<Value>(&body).unwrap()["id"]
            .as_i64()
            .unwrap();
        let (st, up) = upload(
            &s,
            &karin,
            file(&secret, "Acme covenants.pdf", b"%PDF secret".to_vec()),
        )
        .await;
        assert_eq!(st, 200, "{up}");
        let id = up["id"].as_i64().unwrap();
        // Control: the owner downloads it.
        let res = karin
            .get(s.url(&format!("/files/{id}/1/x.pdf")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let missing = 918_273_645_i64;
        let by_id = |id: i64, folder: i64| -> Vec<(&'static str, String, Value)> {
            vec![
                ("GET", format!("/files/{id}/1/x.pdf"), Value::Null),
                ("GET", format!("/thumbnails/{id}/1"), Value::Null),
                ("GET", format!("/api/files/versions?id={id}"), Value::Null),
                (
                    "GET",
                    format!("/api/files/list?folder_id={folder}"),
                    Value::Null,
                ),
                ("POST", "/api/files/delete".into(), json!({"id": id})),
                ("POST", "/api/files/restore".into(), json!({"id": id})),
                (
                    "POST",
                    "/api/files/update".into(),
                    json!({"id": id, "name": "y.pdf"}),
                ),
                (
                    "POST",
                    "/api/files/folders/update".into(),
                    json!({"id": folder, "name": "y"}),
                ),
                (
                    "POST",
                    "/api/files/update".into(),
                    json!({"id": id, "move_to": "top"}),
                ),
                (
                    "POST",
                    "/api/files/folders/delete".into(),
                    json!({"id": folder}),
                ),
                (
                    "POST",
                    "/api/comments/create".into(),
                    json!({"target_id": id, "body": "x", "lang": "sv"}),
                ),
            ]
        };
        let by_slug = |slug: &str| -> Vec<(&'static str, String, Value)> {
            vec![
                (
                    "GET",
                    format!("/api/files/list?community_slug={slug}"),
                    Value::Null,
                ),
                (
                    "GET",
                    format!("/api/files/trash?community_slug={slug}"),
                    Value::Null,
                ),
                (
                    "GET",
                    format!("/api/files/folders?community_slug={slug}"),
                    Value::Null,
                ),
                (
                    "POST",
                    "/api/files/folders/create".into(),
                    json!({"community_slug": slug, "name": "x"}),
                ),
            ]
        };
        for outsider in [mikko.clone(), admin.clone()] {
            let call = |(method, path, body): (&'static str, String, Value)| {
                let (s, c) = (&s, outsider.clone());
                async move {
                    if method == "GET" {
                        get(s, &c, &path).await
                    } else {
                        post(s, &c, &path, body).await
                    }
                }
            };
            let pairs = by_id(id, folder)
                .into_iter()
                .zip(by_id(missing, missing))
                .chain(by_slug(&secret).into_iter().zip(by_slug("r-doesnotexist")));
            for (hidden, absent) in pairs {
                let what = hidden.1.clone();
                let a = call(hidden).await;
                let b = call(absent).await;
                assert_eq!(a, b, "{what}");
                assert_eq!(a.1, r#"{"code":"not_found"}"#, "{what}");
            }
            for (slug, replace) in [
                (secret.clone(), Some(id)),
                ("r-doesnotexist".into(), Some(missing)),
            ] {
                let plain = upload(&s, &outsider, file(&slug, "x.pdf", b"x".to_vec())).await;
                let form = Form::new()
                    .text("replace_id", replace.unwrap().to_string())
                    .part("file", Part::bytes(b"x".to_vec()).file_name("x.pdf"));
                let version = upload(&s, &outsider, form).await;
                for got in [plain, version] {
                    assert_eq!(got, (404, json!({"code": "not_found"})), "{slug}");
                }
            }
        }
    }
}
