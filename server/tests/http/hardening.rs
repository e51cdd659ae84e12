//! HTTP tests of the hardening (issue 11): forged requests, security headers, escaped titles,
//! sizes and codes of every refusal, and control characters, on SQLite and PostgreSQL.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::support::{TestServer, json, servers, servers_as_deployed};
use serde_json::{Value, json};

/// A client with a session cookie that sends no `Origin` unless told to, as a forged or
/// scripted request does.
async fn bare_logged_in(s: &TestServer, email: &str) -> reqwest::Client {
    s.account(email, "Bare Client", false).await;
    let c = s.client_without_origin();
    let res = c
        .post(s.url("/api/auth/login"))
        .json(&json!({"email": email, "password": crate::support::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    c
}

async fn my_status_count(s: &TestServer, c: &reqwest::Client, me: i64) -> usize {
    let res = c
        .get(s.url(&format!(
            "/api/stream/person?user_id={me}&all_languages=true"
        )))
        .header("origin", &s.base)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    json(res).await["items"].as_array().unwrap().len()
}

#[tokio::test]
async fn a_post_with_the_cookie_must_name_this_site_as_its_origin() {
    for s in servers().await {
        let c = bare_logged_in(&s, "bare@bank.example").await;
        let me = json(c.get(s.url("/api/me")).send().await.unwrap()).await["id"]
            .as_i64()
            .unwrap();
        let other_port = s.base.replace("127.0.0.1:", "127.0.0.1:1");
        for origin in [
            None,
            Some("null"),
            Some(other_port.as_str()),
            Some("http://intranet.127.0.0.1.nip.example"),
        ] {
            let mut req = c
                .post(s.url("/api/status/create"))
                .json(&json!({"text": "forged"}));
            if let Some(o) = origin {
                req = req.header("origin", o);
            }
            let res = req.send().await.unwrap();
            assert_eq!(res.status(), 403, "{origin:?}");
            assert_eq!(json(res).await, json!({"code": "cross_origin"}));
        }
        assert_eq!(my_status_count(&s, &c, me).await, 0);
        // The control: the same request from this site's own page is written.
        let res = c
            .post(s.url("/api/status/create"))
            .header("origin", &s.base)
            .json(&json!({"text": "from the intranet itself"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(my_status_count(&s, &c, me).await, 1);
    }
}

#[tokio::test]
async fn a_text_plain_form_redirected_to_the_api_is_refused() {
    for s in servers().await {
        let c = bare_logged_in(&s, "plain@bank.example").await;
        // What a browser sends after a neighbour's text/plain form got a 307 to the API.
        let res = c
            .post(s.url("/api/status/create"))
            .header("origin", "null")
            .header("content-type", "text/plain")
            .body("{\"text\":\"forged status =\"}")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        // From this site, text/plain is still not JSON.
        let res = c
            .post(s.url("/api/status/create"))
            .header("origin", &s.base)
            .header("content-type", "text/plain")
            .body("{\"text\":\"not json\"}")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 415);
        assert_eq!(json(res).await["code"], "unsupported_media_type");
    }
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    for s in servers().await {
        let (c, _) = s.logged_in("heads@bank.example", "Heads", false).await;
        for path in [
            "/login",
            "/",
            "/api/me",
            "/favicon.ico",
            "/healthz",
            "/api/nothing",
        ] {
            let res = c.get(s.url(path)).send().await.unwrap();
            let h = res.headers();
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(h["referrer-policy"], "same-origin", "{path}");
            assert!(h.contains_key("content-security-policy"), "{path}");
            assert!(!h.contains_key("strict-transport-security"), "{path}");
        }
        let api = c.get(s.url("/api/me")).send().await.unwrap();
        assert_eq!(api.headers()["cache-control"], "no-store");
        let csp = api.headers()["content-security-policy"].to_str().unwrap();
        assert!(csp.starts_with("default-src 'none'"), "{csp}");
    }
}

/// The nonce a page's policy names.
fn policy_nonce(res: &reqwest::Response) -> String {
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    let start = csp.find("'nonce-").unwrap() + "'nonce-".len();
    csp[start..].split('\'').next().unwrap().to_owned()
}

#[tokio::test]
async fn pages_allow_only_their_own_nonced_scripts() {
    for s in servers().await {
        let c = s.client();
        let first = c.get(s.url("/login")).send().await.unwrap();
        let nonce = policy_nonce(&first);
        let csp = first.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        for part in [
            "'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(part), "{part} in {csp}");
        }
        assert!(!csp.contains("unsafe-inline"));
        let html = first.text().await.unwrap();
        let scripts: Vec<&str> = html.split("<script").skip(1).collect();
        assert!(!scripts.is_empty());
        for script in scripts {
            let tag = script.split('>').next().unwrap();
            assert!(
                tag.contains(&format!("nonce=\"{nonce}\"")),
                "a script without this response's nonce: <script{tag}>"
            );
        }
        let second = c.get(s.url("/login")).send().await.unwrap();
        assert_ne!(policy_nonce(&second), nonce);
    }
}

#[tokio::test]
async fn a_title_that_closes_the_title_tag_is_shown_as_text() {
    for s in servers().await {
        let (c, _) = s
            .logged_in("title@bank.example", "Title Writer", false)
            .await;
        let payload = "</title><img src=x onerror=alert(1)>";
        let res = c
            .post(s.url("/api/blogs/posts/create"))
            .json(&json!({"title": payload, "body": "text"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let id = json(res).await["id"].as_i64().unwrap();
        let html = c
            .get(s.url(&format!("/posts/{id}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let head = html.split("</head>").next().unwrap();
        assert!(
            head.contains("<title>&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;"),
            "{head}"
        );
        assert!(!html.contains("<img src=x"));
    }
}

#[tokio::test]
async fn refusals_of_size_method_and_parameters_have_codes() {
    for s in servers().await {
        let (c, _) = s.logged_in("limits@bank.example", "Limits", false).await;
        let big = "x".repeat(app_max_body() + 10);
        let res = c
            .post(s.url("/api/status/create"))
            .json(&json!({"text": big}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 413);
        assert_eq!(json(res).await["code"], "payload_too_large");

        let long = format!(
            "/api/people/search?q={}",
            "a".repeat(gemenskap::router::MAX_URI)
        );
        let res = c.get(s.url(&long)).send().await.unwrap();
        assert_eq!(res.status(), 414);
        assert_eq!(json(res).await["code"], "uri_too_long");

        let res = c
            .get(s.url("/api/me"))
            .header("x-filler", "a".repeat(gemenskap::router::MAX_HEADERS))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 431);
        assert_eq!(json(res).await["code"], "headers_too_large");

        let res = c.get(s.url("/api/status/create")).send().await.unwrap();
        assert_eq!(res.status(), 405);
        assert_eq!(json(res).await["code"], "method_not_allowed");

        let res = c
            .get(s.url("/api/people/search?q=a&q=b"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400);
        assert_eq!(
            json(res).await,
            json!({"code": "duplicate_parameter", "name": "q"})
        );
        // Documented as repeatable.
        let res = c
            .get(s.url("/api/stream?lang=sv&lang=en"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "{:?}", res.text().await);
    }
}

fn app_max_body() -> usize {
    gemenskap::router::MAX_BODY
}

#[tokio::test]
async fn nul_and_control_characters_are_refused_on_both_databases() {
    for s in servers().await {
        let (c, me) = s.logged_in("nul@bank.example", "Nul Tester", false).await;
        for text in ["a\u{0}b", "bell\u{7}", "esc\u{1b}[31m"] {
            let res = c
                .post(s.url("/api/status/create"))
                .json(&json!({"text": text}))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 422, "{text:?}");
            assert_eq!(
                json(res).await,
                json!({"code": "validation_failed", "fields": [{"field": "text", "code": "control_character"}]})
            );
        }
        for path in ["/api/people/search?q=a%00b", "/people?q=a%00b"] {
            let res = c.get(s.url(path)).send().await.unwrap();
            assert_eq!(res.status(), 422, "{path}");
        }
        // The control: the same search without the NUL is answered.
        let res = c.get(s.url("/people?q=ab")).send().await.unwrap();
        assert_eq!(res.status(), 200);
        // Tabs and line breaks are text, and what was refused left nothing behind.
        let res = c
            .post(s.url("/api/status/create"))
            .json(&json!({"text": "line one\n\tline two"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let stream: Value = json(
            c.get(s.url(&format!(
                "/api/stream/person?user_id={me}&all_languages=true"
            )))
            .send()
            .await
            .unwrap(),
        )
        .await;
        assert_eq!(stream["items"].as_array().unwrap().len(), 1);
    }
}

#[tokio::test]
async fn one_person_flooding_previews_is_limited_and_others_are_not() {
    for s in servers_as_deployed().await {
        let (flood, _) = s.logged_in("flood@bank.example", "Flood", false).await;
        let (other, _) = s.logged_in("calm@bank.example", "Calm", false).await;
        let mut limited = None;
        for i in 0..200 {
            let res = flood
                .post(s.url("/api/content/preview"))
                .json(&json!({"body": format!("**{i}**")}))
                .send()
                .await
                .unwrap();
            if res.status() == 429 {
                limited = Some(res);
                break;
            }
            assert_eq!(res.status(), 200);
        }
        let res = limited.expect("the flood was never limited");
        let retry: u64 = res.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry >= 1);
        assert_eq!(json(res).await["code"], "rate_limited");
        // The control: someone else previews as usual, and the flooder may still read.
        let res = other
            .post(s.url("/api/content/preview"))
            .json(&json!({"body": "hej"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(
            flood.get(s.url("/api/me")).send().await.unwrap().status(),
            200
        );
    }
}

#[tokio::test]
async fn a_preview_nested_twenty_thousand_deep_is_refused_at_once() {
    for s in servers().await {
        let (c, _) = s.logged_in("deep@bank.example", "Deep", false).await;
        let start = std::time::Instant::now();
        let res = c
            .post(s.url("/api/content/preview"))
            .json(&json!({"body": ">".repeat(20_000)}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422);
        assert_eq!(
            json(res).await["fields"][0],
            json!({"field": "body", "code": "too_deep", "limit": 16})
        );
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
}

async fn rename(s: &TestServer, c: &reqwest::Client, id: i64, name: &str) -> reqwest::Response {
    c.post(s.url("/api/profile/update"))
        .json(&json!({"id": id, "display_name": name}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn nobody_can_take_a_colleagues_name_with_look_alike_or_invisible_letters() {
    for s in servers().await {
        s.account("anna.l@bank.example", "Anna Lindqvist", false)
            .await;
        let (c, me) = s.logged_in("mallory@bank.example", "Mallory", false).await;
        for (name, code) in [
            ("Anna Lindqvist", "confusable_name"),
            ("anna  lindqvist", "confusable_name"),
            ("\u{0410}nna Lindqvist", "confusable_name"),
            ("Anna Lindqv\u{0456}st", "confusable_name"),
            ("Anna\u{200B} Lindqvist", "invisible_character"),
            ("Anna Lindqvist\u{202E}", "invisible_character"),
        ] {
            let res = rename(&s, &c, me, name).await;
            assert_eq!(res.status(), 422, "{name:?}");
            assert_eq!(
                json(res).await["fields"][0],
                json!({"field": "display_name", "code": code}),
                "{name:?}"
            );
        }
        // The control: a name of one's own is taken, NFC, and one may keep one's own.
        let res = rename(&s, &c, me, "Ma\u{030A}ns Lindqvist").await;
        assert_eq!(res.status(), 200);
        assert_eq!(json(res).await["display_name"], "M\u{00E5}ns Lindqvist");
        assert_eq!(rename(&s, &c, me, "Måns Lindqvist").await.status(), 200);
    }
}

#[tokio::test]
async fn one_sees_ones_sessions_and_logs_out_everywhere() {
    for s in servers().await {
        let (laptop, _) = s.logged_in("two@bank.example", "Two Places", false).await;
        let phone = s.client();
        let res = phone
            .post(s.url("/api/auth/login"))
            .header("user-agent", "Phone browser")
            .json(&json!({"email": "two@bank.example", "password": crate::support::PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let (other, _) = s
            .logged_in("else@bank.example", "Someone Else", false)
            .await;
        let res = phone.get(s.url("/api/auth/sessions")).send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["cache-control"], "no-store");
        let list = json(res).await;
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), 2);
        let current: Vec<&Value> = list.iter().filter(|s| s["current"] == true).collect();
        assert_eq!(current.len(), 1);
        assert_eq!(current[0]["user_agent"], "Phone browser");
        let res = phone
            .post(s.url("/api/auth/sessions/end-all"))
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        for c in [&laptop, &phone] {
            assert_eq!(c.get(s.url("/api/me")).send().await.unwrap().status(), 401);
        }
        // The control: someone else stays logged in.
        assert_eq!(
            other.get(s.url("/api/me")).send().await.unwrap().status(),
            200
        );
        // Without a session there is nothing to list.
        let res = phone.get(s.url("/api/auth/sessions")).send().await.unwrap();
        assert_eq!(res.status(), 401);
    }
}

#[tokio::test]
async fn over_https_browsers_are_told_to_stay_on_https_and_pages_never_framed() {
    for mut b in app::server::testing::backends().await {
        b.auth.secure_cookies = true;
        let s = TestServer::start(b).await;
        let res = s.client().get(s.url("/login")).send().await.unwrap();
        assert_eq!(
            res.headers()["strict-transport-security"],
            "max-age=31536000; includeSubDomains"
        );
        assert_eq!(res.headers()["x-frame-options"], "DENY");
        // Served over https, a page on plain http of the same host is another origin.
        let res = s
            .client()
            .post(s.url("/api/auth/login"))
            .json(&json!({"email": "a@bank.example", "password": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
        assert_eq!(json(res).await["code"], "cross_origin");
    }
}
