//! HTTP tests of reader languages and linked translations: `hidden_by_language`, `lang=` and
//! `all_languages=` on lists, `/api/translations/*` with `translated_from` and `outdated`,
//! the reader's settings, `/api/lang/detect`, and a restricted community's posts never
//! counted, translated or detected for an outsider.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, json, servers};
use serde_json::{Value, json};

async fn post(s: &TestServer, c: &reqwest::Client, path: &str, body: Value) -> (u16, Value) {
    let res = c.post(s.url(path)).json(&body).send().await.unwrap();
    let status = res.status().as_u16();
    (status, json(res).await)
}

async fn get(s: &TestServer, c: &reqwest::Client, path: &str) -> (u16, Value) {
    let res = c.get(s.url(path)).send().await.unwrap();
    let status = res.status().as_u16();
    (status, json(res).await)
}

async fn ok(s: &TestServer, c: &reqwest::Client, path: &str) -> Value {
    let (status, body) = get(s, c, path).await;
    assert_eq!(status, 200, "{path}: {body}");
    body
}

async fn topic(s: &TestServer, c: &reqwest::Client, slug: &str, title: &str, lang: &str) -> i64 {
    let (st, body) = post(
        s,
        c,
        "/api/forum/topics/create",
        json!({"community_slug": slug, "title": title, "body": format!("{title}, body"), "lang": lang, "question": false, "tags": ["kortit"]}),
    )
    .await;
    assert_eq!(st, 200, "{body}");
    body["id"].as_i64().unwrap()
}

fn ids(list: &Value) -> Vec<i64> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

/// Anna, Mikko and Erik logged in; Erik reads Swedish and English.
async fn three_readers(s: &TestServer) -> (reqwest::Client, reqwest::Client, reqwest::Client) {
    let (anna, _) = s
        .logged_in("anna@bank.example", "Anna Lindqvist", false)
        .await;
    let (mikko, _) = s
        .logged_in("mikko@bank.example", "Mikko Virtanen", false)
        .await;
    let (erik, _) = s
        .logged_in("erik@bank.example", "Erik Johansson", false)
        .await;
    let (st, _) = post(
        s,
        &erik,
        "/api/profile/update",
        json!({"read_languages": ["sv", "en"]}),
    )
    .await;
    assert_eq!(st, 200);
    (anna, mikko, erik)
}

#[tokio::test]
async fn the_languages_contract_end_to_end() {
    for s in servers().await {
        let (anna, mikko, erik) = three_readers(&s).await;
        let (st, c) = post(
            &s,
            &anna,
            "/api/communities/create",
            json!({"name": "IT Helpdesk", "visibility": "public", "template": "helpdesk", "languages": ["sv"]}),
        )
        .await;
        assert_eq!(st, 200, "{c}");
        let slug = c["slug"].as_str().unwrap().to_owned();
        for who in [&erik, &mikko] {
            let (st, _) = post(&s, who, "/api/communities/join", json!({"slug": slug})).await;
            assert_eq!(st, 200);
        }
        let fi = topic(&s, &mikko, &slug, "Kulkukortti ei toimi", "fi").await;
        let sv = topic(&s, &anna, &slug, "Passerkort", "sv").await;

        // Hidden with a count, on every list; shown with lang= or all_languages=.
        let stream = ok(&s, &erik, "/api/stream").await;
        assert_eq!(ids(&stream), vec![sv]);
        assert_eq!(stream["hidden_by_language"], json!({"fi": 1}));
        let with_fi = ok(&s, &erik, "/api/stream?lang=sv,fi").await;
        assert_eq!(ids(&with_fi), vec![sv, fi]);
        assert_eq!(with_fi["hidden_by_language"], json!({}));
        let all = ok(&s, &erik, "/api/stream?all_languages=true").await;
        assert_eq!(ids(&all), vec![sv, fi]);
        assert_eq!(all["hidden_by_language"], json!({}));
        for path in [
            format!("/api/stream/community?slug={slug}"),
            format!("/api/forum/topics/list?community_slug={slug}"),
            "/api/stream/tag?tag=kortit".to_owned(),
        ] {
            let list = ok(&s, &erik, &path).await;
            assert_eq!(list["hidden_by_language"], json!({"fi": 1}), "{path}");
        }
        let (st, e) = get(&s, &erik, "/api/stream?lang=%3Cscript%3E").await;
        assert_eq!((st, e["code"].as_str()), (400, Some("invalid_request")));

        // A Swedish translation of the Finnish topic.
        let (st, t) = post(
            &s,
            &anna,
            "/api/translations/create",
            json!({"original_id": fi, "lang": "sv", "title": "Passerkortet fungerar inte", "body": "Översättning"}),
        )
        .await;
        assert_eq!(st, 200, "{t}");
        let translation = t["id"].as_i64().unwrap();
        let stream = ok(&s, &erik, "/api/stream").await;
        assert_eq!(ids(&stream), vec![sv, fi], "the translation brings it in");
        assert_eq!(stream["hidden_by_language"], json!({}));
        let item = &stream["items"][1];
        assert_eq!(item["lang"], "sv");
        assert_eq!(item["title"], "Passerkortet fungerar inte");
        assert_eq!(item["translated_from"], json!({"id": fi, "lang": "fi"}));
        assert_eq!(item["outdated"], false);
        let got = ok(&s, &erik, &format!("/api/content/get?id={fi}")).await;
        assert_eq!(got["lang"], "sv");
        assert_eq!(got["translation_id"], translation);
        let original = ok(&s, &erik, &format!("/api/content/get?id={fi}&lang=fi")).await;
        assert_eq!(original["lang"], "fi");
        assert_eq!(original["translated_from"], Value::Null);
        let versions = ok(
            &s,
            &erik,
            &format!("/api/translations/list?original_id={fi}"),
        )
        .await;
        assert_eq!(versions["items"].as_array().unwrap().len(), 2);
        let (st, dup) = post(
            &s,
            &erik,
            "/api/translations/create",
            json!({"original_id": fi, "lang": "sv", "title": "Igen", "body": "Igen"}),
        )
        .await;
        assert_eq!(
            (st, dup["fields"][0]["code"].as_str()),
            (422, Some("translation_exists"))
        );

        // The author edits: the translation is outdated, for readers and in the list.
        let (st, _) = post(
            &s,
            &mikko,
            "/api/content/update",
            json!({"id": fi, "title": null, "body": "Korjattu ohje"}),
        )
        .await;
        assert_eq!(st, 200);
        let stream = ok(&s, &erik, "/api/stream").await;
        assert_eq!(stream["items"][1]["outdated"], true);
        let outdated = ok(
            &s,
            &erik,
            &format!("/api/translations/outdated?community_slug={slug}"),
        )
        .await;
        assert_eq!(outdated["items"][0]["id"], translation);
        let note = ok(&s, &anna, "/api/notifications/list").await;
        assert_eq!(note["items"][0]["kind"], "translation_outdated");
        let side = ok(
            &s,
            &erik,
            &format!("/api/translations/compare?id={fi}&lang=sv"),
        )
        .await;
        assert_eq!(
            (
                side["original"]["lang"].as_str(),
                side["translation"]["lang"].as_str()
            ),
            (Some("fi"), Some("sv"))
        );

        // The cross-language view, remembered.
        let (st, _) = post(&s, &erik, "/api/prefs/all-languages", json!({"on": true})).await;
        assert_eq!(st, 200);
        let profile = ok(&s, &erik, "/api/me").await;
        let me = ok(&s, &erik, &format!("/api/profile/get?id={}", profile["id"])).await;
        assert_eq!(me["all_languages"], true);
        let (st, _) = post(
            &s,
            &erik,
            "/api/prefs/read-languages/add",
            json!({"lang": "fi"}),
        )
        .await;
        assert_eq!(st, 200);
        let me = ok(&s, &erik, &format!("/api/profile/get?id={}", profile["id"])).await;
        assert_eq!(me["read_languages"], json!(["sv", "en", "fi"]));

        // The server's guess at a language.
        let (st, d) = post(
            &s,
            &erik,
            "/api/lang/detect",
            json!({"text": "Hei kaikki, tulostin ei taaskaan toimi kolmannessa kerroksessa."}),
        )
        .await;
        assert_eq!(st, 200, "{d}");
        assert_eq!(d["lang"], "fi");
        assert!(d["confidence"].as_f64().unwrap() > 0.5);
        let (_, d) = post(&s, &erik, "/api/lang/detect", json!({"text": "ok"})).await;
        assert_eq!(d["lang"], "und");
        let anonymous = s.client();
        let (st, _) = post(&s, &anonymous, "/api/lang/detect", json!({"text": "Hej"})).await;
        assert_eq!(st, 401);
    }
}

#[tokio::test]
async fn a_communitys_declared_languages_show_to_its_readers_by_default() {
    for s in servers().await {
        let (anna, mikko, erik) = three_readers(&s).await;
        // The helpdesk invites Finnish and Danish questions; the project room does not.
        let mut slugs = Vec::new();
        for (name, langs) in [
            ("Helpdesk", json!(["sv", "fi", "da"])),
            ("Projekt", json!(["sv"])),
        ] {
            let (st, c) = post(
                &s,
                &anna,
                "/api/communities/create",
                json!({"name": name, "visibility": "public", "template": "project", "languages": langs}),
            )
            .await;
            assert_eq!(st, 200, "{c}");
            let slug = c["slug"].as_str().unwrap().to_owned();
            let (st, _) = post(&s, &mikko, "/api/communities/join", json!({"slug": slug})).await;
            assert_eq!(st, 200);
            slugs.push(slug);
        }
        let help = topic(&s, &mikko, &slugs[0], "Salasana vanhentui", "fi").await;
        let other = topic(&s, &mikko, &slugs[1], "Salasana taas", "fi").await;
        for path in [
            format!("/api/forum/topics/list?community_slug={}", slugs[0]),
            format!("/api/stream/community?slug={}", slugs[0]),
        ] {
            let list = ok(&s, &erik, &path).await;
            assert_eq!(ids(&list), vec![help], "{path}");
            assert_eq!(list["hidden_by_language"], json!({}), "{path}");
            assert_eq!(
                list["languages"]["languages"],
                json!(["sv", "en", "fi", "da"])
            );
            assert_eq!(list["languages"]["source"], "community");
        }
        // Control: where Finnish is not declared, it is left out and counted, as before.
        let list = ok(
            &s,
            &erik,
            &format!("/api/forum/topics/list?community_slug={}", slugs[1]),
        )
        .await;
        assert!(!ids(&list).contains(&other));
        assert_eq!(list["hidden_by_language"], json!({"fi": 1}));
        // The address still decides first.
        let only_sv = ok(
            &s,
            &erik,
            &format!("/api/forum/topics/list?community_slug={}&lang=sv", slugs[0]),
        )
        .await;
        assert_eq!(only_sv["hidden_by_language"], json!({"fi": 1}));
    }
}

#[tokio::test]
async fn a_restricted_communitys_posts_are_never_counted_or_translated_for_an_outsider() {
    for s in servers().await {
        let (admin, _) = s
            .logged_in("admin@bank.example", "Astrid Admin", true)
            .await;
        let (karin, karin_id) = s.logged_in("karin@bank.example", "Karin Berg", false).await;
        let (anna, _) = s
            .logged_in("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let (st, _) = post(
            &s,
            &admin,
            "/api/admin/users/restricted-creator",
            json!({"id": karin_id, "allowed": true}),
        )
        .await;
        assert_eq!(st, 200);
        let (st, c) = post(
            &s,
            &karin,
            "/api/communities/create",
            json!({"name": "Acme refinancing", "visibility": "restricted", "template": "client_team", "languages": ["fi"]}),
        )
        .await;
        assert_eq!(st, 200, "{c}");
        let secret = c["slug"].as_str().unwrap().to_owned();
        let hidden = topic(&s, &karin, &secret, "Acme luottoraja", "fi").await;
        for who in [&anna, &admin] {
            for path in ["/api/stream", "/api/stream/tag?tag=kortit"] {
                let list = ok(&s, who, path).await;
                assert_eq!(list["hidden_by_language"], json!({}), "{path}");
                assert!(ids(&list).is_empty(), "{path}");
            }
            let (st, e) = post(
                &s,
                who,
                "/api/translations/create",
                json!({"original_id": hidden, "lang": "sv", "title": "Acme", "body": "x"}),
            )
            .await;
            assert_eq!((st, e["code"].as_str()), (404, Some("not_found")));
            for path in [
                format!("/api/translations/list?original_id={hidden}"),
                format!("/api/translations/compare?id={hidden}&lang=sv"),
                format!("/api/translations/outdated?community_slug={secret}"),
            ] {
                let (st, e) = get(&s, who, &path).await;
                assert_eq!((st, e["code"].as_str()), (404, Some("not_found")), "{path}");
            }
        }
    }
}
