//! The light front end over HTTP: which pages load the islands' script, and the API's error
//! answers worded in the reader's language for the islands to show.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::json;

use crate::support::{json, servers};

#[tokio::test]
async fn pages_before_logging_in_load_no_script_and_pages_after_carry_islands() {
    for s in servers().await {
        let anon = s.client();
        // Every page someone not logged in can reach: the login form, in place of a page, or
        // "not found"; each has its forms (login, interface language) as plain forms.
        for path in [
            "/login",
            "/",
            "/people",
            "/communities/it-helpdesk/forum",
            "/no-such-page",
        ] {
            let html = anon
                .get(s.url(path))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            if path != "/no-such-page" {
                assert!(
                    html.contains("login-email"),
                    "{path}: the login form is there"
                );
            }
            assert!(
                html.contains("id=\"ui-language\""),
                "{path}: so is the language menu"
            );
            assert!(!html.contains("<leptos-island"), "{path}: no island");
            assert!(!html.contains(".wasm"), "{path}: no WASM");
            assert!(
                !html.contains("type=\"module\""),
                "{path}: no script module"
            );
        }
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let html = c
            .get(s.url("/"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(html.contains("<leptos-island"), "the page has islands");
        assert!(html.contains(".wasm"), "and loads the WASM for them");
        // Strings reach islands rendered, never as message ids for the browser to look up.
        assert!(
            !html.contains("post-markdown-help"),
            "message ids stay on the server"
        );
        assert!(
            html.contains("Markdown"),
            "the composer's help is in the page, rendered"
        );
    }
}

#[tokio::test]
async fn an_error_answer_is_worded_in_the_readers_language_and_keeps_its_code() {
    for s in servers().await {
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        // Without asking, the documented answer exactly.
        let plain = c
            .post(s.url("/api/status/create"))
            .json(&json!({"text": "", "lang": "sv"}))
            .send()
            .await
            .unwrap();
        assert_eq!(plain.status(), 422);
        let plain = json(plain).await;
        assert!(plain.get("message").is_none(), "{plain}");
        let res = c
            .post(s.url("/api/status/create"))
            .header("x-gemenskap-messages", "1")
            .json(&json!({"text": "", "lang": "sv"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 422);
        let en = json(res).await;
        assert_eq!(en["code"], "validation_failed");
        assert!(!en["message"].as_str().unwrap().is_empty());
        assert_eq!(en["details"].as_array().unwrap().len(), 1, "{en}");
        let res = c
            .post(s.url("/api/prefs/language"))
            .json(&json!({"lang": "sv"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        let sv = json(
            c.post(s.url("/api/status/create"))
                .header("x-gemenskap-messages", "1")
                .json(&json!({"text": "", "lang": "sv"}))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(sv["code"], "validation_failed");
        assert_ne!(sv["message"], en["message"], "in Swedish now");
    }
}

#[tokio::test]
async fn opening_a_notification_marks_it_read_and_leads_only_within_the_site() {
    for s in servers().await {
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        let res = c
            .get(s.url("/api/notifications/open?id=1&to=%2Fposts%2F5"))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302);
        assert_eq!(res.headers()["location"], "/posts/5");
        let res = c
            .get(s.url("/api/notifications/open?id=1&to=https%3A%2F%2Fevil.example%2F"))
            .header("accept", "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 302);
        assert_eq!(res.headers()["location"], "/notifications");
    }
}

#[tokio::test]
async fn a_plain_form_that_saved_comes_back_to_its_page_with_the_forms_confirmation() {
    for s in servers().await {
        let (c, _) = s.logged_in("anna@bank.example", "Anna", false).await;
        // Shown, not only handed to the island (its props carry the words for later).
        let confirmation = "class=\"form-done\">Your password has been changed.";
        // Control: the page without a save says nothing.
        let page = c.get(s.url("/account/password")).send().await.unwrap();
        assert!(!page.text().await.unwrap().contains(confirmation));
        let res = crate::support::post_form(
            &c,
            &s,
            "/api/auth/password",
            "/account/password",
            "current_password=correct+horse+battery&new_password=another+long+passphrase",
        )
        .await;
        assert_eq!(res.status(), 302);
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.contains("__done=%2Fapi%2Fauth%2Fpassword"), "{to}");
        let html = c.get(&to).send().await.unwrap().text().await.unwrap();
        assert!(html.contains(confirmation), "the page says it is saved");
        // A failure is not marked as saved.
        let res = crate::support::post_form(
            &c,
            &s,
            "/api/auth/password",
            "/account/password",
            "current_password=wrong+wrong+wrong&new_password=another+long+passphrase",
        )
        .await;
        let to = res.headers()["location"].to_str().unwrap().to_owned();
        assert!(to.contains("__err=") && !to.contains("__done="), "{to}");
    }
}
