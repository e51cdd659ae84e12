//! HTTP tests of `/api/communities/*` as a non-member, a member and an owner: the documented
//! contract, and proof that a restricted community leaks nothing to anyone outside it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, json, servers};
use serde_json::{Value, json};

/// Every community endpoint, with `{S}` for the slug and `{U}` for a user id.
const ENDPOINTS: &[(&str, &str, &str)] = &[
    ("GET", "/api/communities/get?slug={S}", ""),
    ("GET", "/api/communities/members?slug={S}", ""),
    ("GET", "/api/communities/members?slug={S}&q=ow", ""),
    ("GET", "/api/communities/requests?slug={S}", ""),
    ("GET", "/api/communities/history?slug={S}&format=csv", ""),
    ("GET", "/api/communities/history?slug={S}", ""),
    ("GET", "/api/communities/history/events?slug={S}", ""),
    (
        "POST",
        "/api/communities/update",
        r#"{"slug":"{S}","name":"Renamed"}"#,
    ),
    ("POST", "/api/communities/join", r#"{"slug":"{S}"}"#),
    (
        "POST",
        "/api/communities/request",
        r#"{"slug":"{S}","message":"please"}"#,
    ),
    (
        "POST",
        "/api/communities/approve",
        r#"{"slug":"{S}","user_id":{U}}"#,
    ),
    (
        "POST",
        "/api/communities/invite",
        r#"{"slug":"{S}","email":"new@bank.example","reason":"deal"}"#,
    ),
    (
        "POST",
        "/api/communities/remove",
        r#"{"slug":"{S}","user_id":{U}}"#,
    ),
    (
        "POST",
        "/api/communities/set-role",
        r#"{"slug":"{S}","user_id":{U},"role":"moderator"}"#,
    ),
    (
        "POST",
        "/api/communities/archive",
        r#"{"slug":"{S}","archived":true}"#,
    ),
    ("POST", "/api/communities/leave", r#"{"slug":"{S}"}"#),
    ("POST", "/api/communities/delete", r#"{"slug":"{S}"}"#),
];

/// Calls one endpoint and returns its status and body.
async fn call(
    s: &TestServer,
    c: &reqwest::Client,
    endpoint: &(&str, &str, &str),
    slug: &str,
    user: i64,
) -> (u16, String) {
    let (method, path, body) = endpoint;
    let fill = |t: &str| t.replace("{S}", slug).replace("{U}", &user.to_string());
    let req = if *method == "GET" {
        c.get(s.url(&fill(path)))
    } else {
        c.post(s.url(path))
            .header("content-type", "application/json")
            .body(fill(body))
    };
    let res = req.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

async fn create(c: &reqwest::Client, s: &TestServer, body: Value) -> (u16, Value) {
    let res = c
        .post(s.url("/api/communities/create"))
        .json(&body)
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), json(res).await)
}

fn client_team(name: &str, cap: Option<i64>) -> Value {
    json!({"name": name, "description": "Insider work", "visibility": "restricted",
           "template": "client_team", "languages": ["sv", "en"], "member_cap": cap})
}

#[tokio::test]
async fn create_and_get_follow_the_contract() {
    for s in servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let (status, created) = create(
            &anna,
            &s,
            json!({"name": "IT-hjälp", "description": "Fråga oss", "visibility": "public",
                   "template": "helpdesk", "languages": ["sv", "en"], "member_cap": null}),
        )
        .await;
        assert_eq!(status, 200, "{created}");
        assert_eq!(created["slug"], "it-hjalp");
        assert!(created["id"].is_i64());
        let got = json(
            anna.get(s.url("/api/communities/get?slug=it-hjalp"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        for (k, v) in [
            ("slug", json!("it-hjalp")),
            ("name", json!("IT-hjälp")),
            ("visibility", json!("public")),
            ("member_count", json!(1)),
            ("member_cap", json!(null)),
            ("my_role", json!("owner")),
        ] {
            assert_eq!(got[k], v, "{k} in {got}");
        }
        let list = json(
            anna.get(s.url("/api/communities/list"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(
            list,
            json!({"items": [list["items"][0].clone()], "next_cursor": null})
        );
        for k in ["slug", "name", "visibility", "member_count"] {
            assert_eq!(list["items"][0][k], got[k]);
        }
        // A member may not create a restricted community without the admin's grant.
        let (status, body) = create(&anna, &s, client_team("Acme", None)).await;
        assert_eq!((status, body), (403, json!({"code": "forbidden"})));
        let (status, body) = create(
            &anna,
            &s,
            json!({"name": "", "visibility": "secret", "template": "project", "languages": []}),
        )
        .await;
        assert_eq!(status, 422);
        assert_eq!(body["code"], "validation_failed");
    }
}

#[tokio::test]
async fn a_restricted_community_answers_outsiders_exactly_like_a_missing_one() {
    for s in servers().await {
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        let (outsider, outsider_id) = s.logged_in("erik@bank.example", "Erik", false).await;
        s.account("new@bank.example", "New Person", false).await;
        let (_, created) = create(&admin, &s, client_team("Acme Takeover", Some(5))).await;
        let secret = created["slug"].as_str().unwrap().to_owned();
        for endpoint in ENDPOINTS {
            let hidden = call(&s, &outsider, endpoint, &secret, outsider_id).await;
            let missing = call(&s, &outsider, endpoint, "r-doesnotexist", outsider_id).await;
            assert_eq!(hidden, missing, "{endpoint:?}");
            assert_eq!(hidden.0, 404, "{endpoint:?}");
            assert_eq!(hidden.1, r#"{"code":"not_found"}"#, "{endpoint:?}");
        }
        // Not listed, not found by name, not counted, not in "my communities".
        for q in [
            "",
            "?q=acme",
            "?q=takeover",
            "?mine=true",
            "?template=client_team",
            "?lang=sv",
        ] {
            let list = json(
                outsider
                    .get(s.url(&format!("/api/communities/list{q}")))
                    .send()
                    .await
                    .unwrap(),
            )
            .await;
            assert_eq!(list, json!({"items": [], "next_cursor": null}), "{q}");
        }
        // Its pages answer like pages of a community that does not exist.
        for page in ["", "/members", "/history", "/settings", "/requests"] {
            for slug in [secret.as_str(), "r-doesnotexist"] {
                let res = outsider
                    .get(s.url(&format!("/communities/{slug}{page}")))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(res.status(), 404, "{slug}{page}");
                let html = res.text().await.unwrap();
                assert!(
                    !html.contains("Acme") && !html.contains("Insider work"),
                    "{slug}{page}"
                );
            }
        }
        // The community is still there, whole, for its owner.
        let got = admin
            .get(s.url(&format!("/api/communities/get?slug={secret}")))
            .send()
            .await
            .unwrap();
        assert_eq!(got.status(), 200);
        assert_eq!(json(got).await["name"], "Acme Takeover");
    }
}

#[tokio::test]
async fn members_and_owners_get_what_their_role_allows() {
    for s in servers().await {
        let (owner, owner_id) = s.logged_in("owner@bank.example", "Olle Owner", true).await;
        let (member, member_id) = s.logged_in("mia@bank.example", "Mia Member", false).await;
        s.account("new@bank.example", "New Person", false).await;
        let (_, created) = create(&owner, &s, client_team("Deal", Some(5))).await;
        let slug = created["slug"].as_str().unwrap().to_owned();
        let res = owner
            .post(s.url("/api/communities/invite"))
            .json(&json!({"slug": slug, "email": "mia@bank.example", "reason": "analyst"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        // A member of a restricted community reads it and may leave, nothing else.
        let expected_for_member = [
            200, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 200, 403,
        ];
        for (endpoint, want) in ENDPOINTS.iter().zip(expected_for_member) {
            if endpoint.1.ends_with("leave") {
                continue;
            }
            let (status, body) = call(&s, &member, endpoint, &slug, owner_id).await;
            assert_eq!(status, want, "member {endpoint:?}: {body}");
        }
        // The owner does everything; a restricted community has no join queue.
        let expected_for_owner = [
            200, 200, 200, 403, 200, 200, 200, 200, 403, 403, 403, 200, 200, 200, 200, 200, 200,
        ];
        for (endpoint, want) in ENDPOINTS.iter().zip(expected_for_owner) {
            let (status, body) = call(&s, &owner, endpoint, &slug, member_id).await;
            let want = match endpoint.1 {
                // Removed above, so the role change finds no member; leaving as the last
                // owner is refused; archiving made the community read-only.
                p if p.ends_with("set-role") => 404,
                p if p.ends_with("leave") => 409,
                _ => want,
            };
            assert_eq!(status, want, "owner {endpoint:?}: {body}");
        }
    }
}

#[tokio::test]
async fn the_insider_list_downloads_as_csv() {
    for s in servers().await {
        let (owner, _) = s.logged_in("owner@bank.example", "Olle Owner", true).await;
        s.account("mia@bank.example", "Mia Member", false).await;
        let (_, created) = create(&owner, &s, client_team("Deal", None)).await;
        let slug = created["slug"].as_str().unwrap().to_owned();
        owner
            .post(s.url("/api/communities/invite"))
            .json(&json!({"slug": slug, "email": "mia@bank.example", "reason": "=valuation, phase 1"}))
            .send()
            .await
            .unwrap();
        let res = owner
            .get(s.url(&format!("/api/communities/history?slug={slug}&format=csv")))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "text/csv; charset=utf-8");
        let disposition = res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            disposition.contains(&format!("insider-list-{slug}.csv")),
            "{disposition}"
        );
        let csv = res.text().await.unwrap();
        let csv = csv
            .strip_prefix('\u{feff}')
            .expect("a UTF-8 byte-order mark");
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 3, "{csv}");
        assert!(
            lines[0]
                .starts_with("Person,E-mail address,Role,Reason for access,Access gained (UTC)")
        );
        assert!(
            lines[2].starts_with("Mia Member,mia@bank.example,Member,\"'=valuation, phase 1\","),
            "{csv}"
        );
        let bad = owner
            .get(s.url(&format!(
                "/api/communities/history?slug={slug}&format=csv&from=tomorrow"
            )))
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422);
    }
}

#[tokio::test]
async fn concurrent_invitations_never_exceed_the_cap() {
    for s in servers().await {
        let (owner, _) = s.logged_in("owner@bank.example", "Olle Owner", true).await;
        for i in 0..6 {
            s.account(&format!("p{i}@bank.example"), &format!("Person {i}"), false)
                .await;
        }
        let (_, created) = create(&owner, &s, client_team("Deal", Some(2))).await;
        let slug = created["slug"].as_str().unwrap().to_owned();
        let mut calls = Vec::new();
        for i in 0..6 {
            let (c, url, slug) = (
                owner.clone(),
                s.url("/api/communities/invite"),
                slug.clone(),
            );
            calls.push(tokio::spawn(async move {
                let res = c
                    .post(url)
                    .json(&json!({"slug": slug, "email": format!("p{i}@bank.example"), "reason": "race"}))
                    .send()
                    .await
                    .unwrap();
                (res.status().as_u16(), res.text().await.unwrap())
            }));
        }
        let mut outcomes = Vec::new();
        for call in calls {
            outcomes.push(call.await.unwrap());
        }
        let passed = outcomes.iter().filter(|(status, _)| *status == 200).count();
        assert_eq!(passed, 1, "{outcomes:?}");
        for (status, body) in outcomes.iter().filter(|(status, _)| *status != 200) {
            assert_eq!(
                (*status, body.as_str()),
                (409, r#"{"code":"member_cap_reached","cap":2}"#)
            );
        }
        let got = json(
            owner
                .get(s.url(&format!("/api/communities/get?slug={slug}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(
            (got["member_count"].clone(), got["member_cap"].clone()),
            (json!(2), json!(2))
        );
    }
}

#[tokio::test]
async fn admins_set_the_cap_and_see_restricted_communities_without_their_content() {
    for s in servers().await {
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        let (owner, owner_id) = s.logged_in("olle@bank.example", "Olle", false).await;
        let (member, _) = s.logged_in("mia@bank.example", "Mia", false).await;
        let grant = admin
            .post(s.url("/api/admin/users/restricted-creator"))
            .json(&json!({"id": owner_id, "allowed": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(grant.status(), 200);
        let (status, created) = create(&owner, &s, client_team("Deal", None)).await;
        assert_eq!(status, 200);
        let slug = created["slug"].as_str().unwrap().to_owned();
        let refused = member
            .post(s.url("/api/admin/settings"))
            .json(&json!({"restricted_member_cap": 3}))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), 403);
        let set = admin
            .post(s.url("/api/admin/settings"))
            .json(&json!({"restricted_member_cap": 3}))
            .send()
            .await
            .unwrap();
        assert_eq!(set.status(), 200);
        assert_eq!(json(set).await["restricted_member_cap"], 3);
        let bad = admin
            .post(s.url("/api/admin/settings"))
            .json(&json!({"restricted_member_cap": 0}))
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422);
        let overview = json(
            admin
                .get(s.url("/api/admin/communities/restricted"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(overview["items"][0]["name"], "Deal");
        assert_eq!(overview["items"][0]["owners"], json!(["Olle"]));
        assert_eq!(overview["items"][0]["member_cap"], 3);
        let list = json(
            admin
                .get(s.url("/api/communities/list"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(list["items"], json!([]), "not in the admin's own directory");
        let got = json(
            admin
                .get(s.url(&format!("/api/communities/get?slug={slug}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(got["my_role"], json!(null));
        assert_eq!(
            got["can"]["invite"], false,
            "an admin outside it cannot add people"
        );
        let denied = member
            .get(s.url("/api/admin/communities/restricted"))
            .send()
            .await
            .unwrap();
        assert_eq!(denied.status(), 403);
    }
}

#[tokio::test]
async fn visible_communities_answer_each_role_as_the_policy_says() {
    for s in servers().await {
        let (owner, owner_id) = s.logged_in("owner@bank.example", "Olle Owner", false).await;
        let (member, _) = s.logged_in("mia@bank.example", "Mia Member", false).await;
        let (outsider, outsider_id) = s.logged_in("erik@bank.example", "Erik", false).await;
        s.account("new@bank.example", "New Person", false).await;
        let (_, created) = create(
            &owner,
            &s,
            json!({"name": "Risk forum", "visibility": "moderated", "template": "project", "languages": ["en"]}),
        )
        .await;
        let slug = created["slug"].as_str().unwrap().to_owned();
        let res = owner
            .post(s.url("/api/communities/invite"))
            .json(&json!({"slug": slug, "email": "mia@bank.example"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        // Everyone reads a moderated community; outsiders ask to join (and asking twice is
        // harmless), members may only leave, and none of them manages anything.
        let for_outsider = [
            200, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403, 403,
        ];
        for (endpoint, want) in ENDPOINTS.iter().zip(for_outsider) {
            let (status, body) = call(&s, &outsider, endpoint, &slug, outsider_id).await;
            assert_eq!(status, want, "outsider {endpoint:?}: {body}");
        }
        let for_member = [
            200, 200, 200, 403, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403, 403, 200, 403,
        ];
        for (endpoint, want) in ENDPOINTS.iter().zip(for_member) {
            let (status, body) = call(&s, &member, endpoint, &slug, owner_id).await;
            assert_eq!(status, want, "member {endpoint:?}: {body}");
        }
        // The outsider's request is in the owner's queue; the member left.
        let queue = json(
            owner
                .get(s.url(&format!("/api/communities/requests?slug={slug}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(queue["items"][0]["user_id"], outsider_id);
        let approve = owner
            .post(s.url("/api/communities/approve"))
            .json(&json!({"slug": slug, "user_id": outsider_id, "reason": "welcome"}))
            .send()
            .await
            .unwrap();
        assert_eq!(approve.status(), 200);
        let got = json(
            outsider
                .get(s.url(&format!("/api/communities/get?slug={slug}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(
            (got["my_role"].clone(), got["member_count"].clone()),
            (json!("member"), json!(2))
        );
    }
}

#[tokio::test]
async fn without_javascript_creating_leads_to_the_new_community() {
    for s in servers().await {
        let (anna, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let res = crate::support::post_form(
            &anna,
            &s,
            "/api/communities/create",
            "/communities/new",
            "name=Team+Alpha&description=&visibility=public&template=project&languages%5B%5D=sv&languages%5B%5D=en&member_cap%5Bnum%5D=",
        )
        .await;
        assert_eq!(res.status(), 302);
        assert_eq!(res.headers()["location"], "/communities/team-alpha");
        let html = anna
            .get(s.url("/communities/team-alpha"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<h1>Team Alpha</h1>"), "{html}");
    }
}
