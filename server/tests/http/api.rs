//! HTTP tests of the documented API against the real router: statuses, bodies, cookies.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{PASSWORD, json, post_form, servers};
use serde_json::json;

#[tokio::test]
async fn healthz_answers_200_with_json_and_503_when_the_database_is_gone() {
    for s in servers().await {
        let res = reqwest::get(s.url("/healthz")).await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(json(res).await["status"], "ok");
        s.backend.db.pool.close().await;
        let res = reqwest::get(s.url("/healthz")).await.unwrap();
        assert_eq!(res.status(), 503);
        assert_eq!(json(res).await["status"], "unavailable");
    }
}

#[tokio::test]
async fn a_wrong_password_gets_401_and_an_unknown_email_exactly_the_same() {
    for s in servers().await {
        s.account("anna@bank.example", "Anna", false).await;
        let c = s.client();
        let wrong = c
            .post(s.url("/api/auth/login"))
            .json(&json!({"email": "anna@bank.example", "password": "nope nope"}))
            .send()
            .await
            .unwrap();
        assert_eq!(wrong.status(), 401);
        let wrong_body = wrong.text().await.unwrap();
        let unknown = c
            .post(s.url("/api/auth/login"))
            .json(&json!({"email": "ghost@bank.example", "password": "nope nope"}))
            .send()
            .await
            .unwrap();
        assert_eq!(unknown.status(), 401);
        assert_eq!(unknown.text().await.unwrap(), wrong_body);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&wrong_body).unwrap(),
            json!({"code": "invalid_credentials"})
        );
    }
}

#[tokio::test]
async fn repeated_failures_get_429_with_retry_after() {
    for s in servers().await {
        s.account("anna@bank.example", "Anna", false).await;
        let c = s.client();
        let attempt = || {
            c.post(s.url("/api/auth/login"))
                .json(&json!({"email": "anna@bank.example", "password": "wrong password"}))
                .send()
        };
        for _ in 0..5 {
            assert_eq!(attempt().await.unwrap().status(), 401);
        }
        let res = attempt().await.unwrap();
        assert_eq!(res.status(), 429);
        let retry: u64 = res.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!((1..=900).contains(&retry));
        let body = json(res).await;
        assert_eq!(body["code"], "rate_limited");
        assert_eq!(body["retry_after"], retry);
    }
}

#[tokio::test]
async fn login_sets_a_safe_session_cookie_and_logout_revokes_it() {
    for s in servers().await {
        let id = s
            .account("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let c = s.client();
        let res = c
            .post(s.url("/api/auth/login"))
            .json(&json!({"email": "Anna@Bank.example", "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
        assert!(cookie.starts_with("gemenskap_session="), "{cookie}");
        assert!(
            cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Lax")
                && cookie.contains("Path=/"),
            "{cookie}"
        );
        assert!(!cookie.contains("Secure"), "not over plain http");
        let me = json(c.get(s.url("/api/me")).send().await.unwrap()).await;
        assert_eq!(me["id"], id);
        assert_eq!(me["email"], "anna@bank.example");
        assert_eq!(me["display_name"], "Anna Lindqvist");
        assert_eq!(me["role"], "member");
        assert_eq!(me["ui_language"], "en");
        assert_eq!(me["read_languages"], json!(["en"]));
        assert_eq!(me["can_manage_accounts"], false);
        assert_eq!(
            c.post(s.url("/api/auth/logout"))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
        let after = c.get(s.url("/api/me")).send().await.unwrap();
        assert_eq!(after.status(), 401);
        assert_eq!(json(after).await, json!({"code": "unauthenticated"}));
    }
}

#[tokio::test]
async fn every_endpoint_refuses_anonymous_callers_with_401() {
    for s in servers().await {
        let id = s.account("anna@bank.example", "Anna", false).await;
        let c = s.client();
        let gets = [
            "/api/me".to_owned(),
            format!("/api/profile/get?id={id}"),
            "/api/people/search?q=a".into(),
            "/api/admin/users/list".into(),
        ];
        for path in gets {
            let res = c.get(s.url(&path)).send().await.unwrap();
            assert_eq!(res.status(), 401, "{path}");
            assert_eq!(json(res).await["code"], "unauthenticated", "{path}");
        }
        let posts = [
            ("/api/profile/update", json!({"title": "x"})),
            (
                "/api/auth/password",
                json!({"current_password": PASSWORD, "new_password": "another long one"}),
            ),
            (
                "/api/admin/users/create",
                json!({"email": "x@bank.example", "display_name": "X", "password": "long enough pass"}),
            ),
            (
                "/api/admin/users/disable",
                json!({"id": id, "disabled": true}),
            ),
        ];
        for (path, body) in posts {
            let res = c.post(s.url(path)).json(&body).send().await.unwrap();
            assert_eq!(res.status(), 401, "{path}");
        }
    }
}

#[tokio::test]
async fn admin_endpoints_refuse_members_with_403_and_serve_admins() {
    for s in servers().await {
        let (member, member_id) = s.logged_in("member@bank.example", "Member", false).await;
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        assert_eq!(
            member
                .get(s.url("/api/admin/users/list"))
                .send()
                .await
                .unwrap()
                .status(),
            403
        );
        let new = json!({"email": "new@bank.example", "display_name": "New Person", "password": "long enough pass"});
        let res = member
            .post(s.url("/api/admin/users/create"))
            .json(&new)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        assert_eq!(json(res).await["code"], "forbidden");
        let res = admin
            .post(s.url("/api/admin/users/create"))
            .json(&new)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(json(res).await["id"].is_i64());
        let again = admin
            .post(s.url("/api/admin/users/create"))
            .json(&new)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 409);
        assert_eq!(json(again).await["code"], "email_taken");
        let admin_me = json(admin.get(s.url("/api/me")).send().await.unwrap()).await;
        assert_eq!(admin_me["can_manage_accounts"], true);
        let list = json(
            admin
                .get(s.url("/api/admin/users/list"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(list["items"].as_array().unwrap().len(), 3);
        let res = admin
            .post(s.url("/api/admin/users/disable"))
            .json(&json!({"id": member_id, "disabled": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(
            member.get(s.url("/api/me")).send().await.unwrap().status(),
            401,
            "disabling ends the session at once"
        );
    }
}

#[tokio::test]
async fn profiles_are_edited_by_their_owner_or_an_admin() {
    for s in servers().await {
        let (anna, anna_id) = s
            .logged_in("anna@bank.example", "Anna Lindqvist", false)
            .await;
        let (erik, _) = s
            .logged_in("erik@bank.example", "Erik Johansson", false)
            .await;
        let (admin, _) = s.logged_in("admin@bank.example", "Admin", true).await;
        let update = json!({"title": "Helpdesk lead", "department": "Group IT", "country": "SE",
            "ui_language": "sv", "read_languages": ["sv", "en"], "about": "Hej!", "expertise": ["Windows", "AML"]});
        let res = anna
            .post(s.url("/api/profile/update"))
            .json(&update)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let p = json(res).await;
        assert_eq!(p["title"], "Helpdesk lead");
        assert_eq!(p["expertise"], json!(["Windows", "AML"]));
        let res = erik
            .post(s.url("/api/profile/update"))
            .json(&json!({"id": anna_id, "title": "hacked"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        let res = admin
            .post(s.url("/api/profile/update"))
            .json(&json!({"id": anna_id, "department": "Group IT Support"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let seen = json(
            erik.get(s.url(&format!("/api/profile/get?id={anna_id}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(seen["department"], "Group IT Support");
        assert_eq!(seen["title"], "Helpdesk lead");
        assert_eq!(seen["can_edit"], false);
        let bad = anna
            .post(s.url("/api/profile/update"))
            .json(&json!({"country": "XX", "display_name": ""}))
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422);
        let body = json(bad).await;
        assert_eq!(body["code"], "validation_failed");
        assert_eq!(body["fields"].as_array().unwrap().len(), 2);
        let missing = erik
            .get(s.url("/api/profile/get?id=999999"))
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), 404);
        assert_eq!(json(missing).await, json!({"code": "not_found"}));
    }
}

#[tokio::test]
async fn the_directory_searches_and_pages_with_a_cursor() {
    for s in servers().await {
        let (c, _) = s.logged_in("reader@bank.example", "Reader", false).await;
        for i in 0..25 {
            s.account(
                &format!("p{i}@bank.example"),
                &format!("Person {i:02}"),
                false,
            )
            .await;
        }
        let first = json(
            c.get(s.url("/api/people/search?q=person"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(first["items"].as_array().unwrap().len(), 20);
        let cursor = first["next_cursor"].as_str().unwrap().to_owned();
        let second = json(
            c.get(s.url(&format!("/api/people/search?q=person&cursor={cursor}")))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(second["items"].as_array().unwrap().len(), 5);
        assert!(second["next_cursor"].is_null());
        assert_eq!(second["items"][4]["display_name"], "Person 24");
        let bad = c
            .get(s.url("/api/people/search?cursor=garbage"))
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 400);
    }
}

#[tokio::test]
async fn malformed_requests_get_400_and_unknown_endpoints_404_as_json() {
    for s in servers().await {
        let c = s.client();
        let res = c
            .post(s.url("/api/auth/login"))
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400);
        assert_eq!(json(res).await["code"], "invalid_request");
        let res = c
            .post(s.url("/api/auth/login"))
            .json(&json!({"email": "a@b.se"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "a missing field");
        let res = c.get(s.url("/api/no/such/endpoint")).send().await.unwrap();
        assert_eq!(res.status(), 404);
        assert_eq!(json(res).await, json!({"code": "not_found"}));
    }
}

#[tokio::test]
async fn a_login_form_posted_without_javascript_logs_in_and_goes_back() {
    for s in servers().await {
        s.account("anna@bank.example", "Anna", false).await;
        let c = s.client();
        let res = post_form(
            &c,
            &s,
            "/api/auth/login",
            "/people",
            "email=anna%40bank.example&password=correct+horse+battery",
        )
        .await;
        assert_eq!(res.status(), 302);
        let location = res.headers()["location"].to_str().unwrap();
        assert!(location.starts_with(&s.url("/people")), "{location}");
        assert!(
            res.headers()["set-cookie"]
                .to_str()
                .unwrap()
                .starts_with("gemenskap_session=")
        );
        assert_eq!(c.get(s.url("/api/me")).send().await.unwrap().status(), 200);
    }
}

#[tokio::test]
async fn a_cross_site_post_is_refused() {
    for s in servers().await {
        let c = s.client();
        let res = c
            .post(s.url("/api/auth/login"))
            .header("origin", "https://evil.example")
            .json(&json!({"email": "a@b.se", "password": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
    }
}

#[tokio::test]
async fn pages_render_on_the_server_in_the_negotiated_language() {
    for s in servers().await {
        let c = s.client();
        let html = c
            .get(s.url("/login"))
            .header("accept-language", "sv-SE,sv;q=0.9,en;q=0.5")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("<html lang=\"sv\""),
            "{}",
            &html[..200.min(html.len())]
        );
        assert!(html.contains("Logga in"));
        let html = c
            .get(s.url("/login"))
            .header("accept-language", "nn-NO")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<html lang=\"nb\""));
        // The chosen language (cookie) wins over the browser's.
        let res = c
            .post(s.url("/api/prefs/language"))
            .json(&json!({"lang": "fi"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let html = c
            .get(s.url("/login"))
            .header("accept-language", "sv")
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<html lang=\"fi\""));
        let missing = c.get(s.url("/no-such-page")).send().await.unwrap();
        assert_eq!(missing.status(), 404);
    }
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    for s in servers().await {
        let res = s
            .client()
            .get(s.url("/login"))
            .header("accept-encoding", "br")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-encoding"], "br");
    }
}

#[tokio::test]
async fn a_failed_login_without_javascript_shows_the_error_on_the_page() {
    for s in servers().await {
        s.account("anna@bank.example", "Anna", false).await;
        let c = s.client();
        let res = post_form(
            &c,
            &s,
            "/api/auth/login",
            "/login",
            "email=anna%40bank.example&password=wrong",
        )
        .await;
        assert_eq!(res.status(), 302);
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(location.contains("__err="), "{location}");
        let html = c.get(&location).send().await.unwrap().text().await.unwrap();
        assert!(html.contains("role=\"alert\""), "the page shows an alert");
        assert!(html.contains("The e-mail address or the password is wrong."));
        assert!(
            html.contains("value=\"anna@bank.example\""),
            "the e-mail address typed is still in its field"
        );
    }
}

#[tokio::test]
async fn a_missing_person_post_or_community_page_is_one_404_page() {
    for s in servers().await {
        let (c, me) = s.logged_in("anna@bank.example", "Anna", false).await;
        // Control: a person who exists has a page.
        let res = c.get(s.url(&format!("/people/{me}"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.text().await.unwrap().contains("Anna"));
        for path in ["/people/99999", "/posts/99999", "/communities/no-such-team"] {
            let res = c.get(s.url(path)).send().await.unwrap();
            assert_eq!(res.status(), 404, "{path}");
            let html = res.text().await.unwrap();
            assert_eq!(html.matches("<h1").count(), 1, "{path}: one heading");
            assert!(html.contains("Page not found"), "{path}");
            assert!(!html.contains("role=\"alert\""), "{path}: no error boxes");
        }
    }
}
