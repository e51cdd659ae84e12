//! Logging in, sessions, throttling and password changes.

use std::net::{IpAddr, Ipv4Addr};

use super::{PASSWORD, account};
use crate::error::AppError;
use crate::server::account::service::set_disabled;
use crate::server::auth::service::{change_password, login, logout, me};
use crate::server::auth::session;
use crate::server::ctx::RequestCtx;
use crate::server::fault::ServiceError;
use crate::server::policy::Actor;
use crate::server::testing::backends;

fn from(ip: u8) -> RequestCtx {
    RequestCtx {
        client_ip: Some(IpAddr::V4(Ipv4Addr::new(10, 0, 0, ip))),
        ..RequestCtx::for_actor(Actor::Anonymous)
    }
}

fn code<T: std::fmt::Debug>(r: Result<T, ServiceError>) -> AppError {
    AppError::from(r.expect_err("expected an error"))
}

#[tokio::test]
async fn a_right_password_opens_a_session_that_identifies_the_user() {
    for b in backends().await {
        let id = account(&b, "Anna@Bank.example", "Anna Lindqvist", false).await;
        let done = login(&b, &from(1), "  anna@bank.EXAMPLE ", PASSWORD, Some("test"))
            .await
            .unwrap();
        assert_eq!(done.me.id, id);
        assert_eq!(done.me.email, "anna@bank.example");
        assert_eq!(done.me.read_languages, vec!["sv", "en"]);
        let found = session::lookup(&b, &done.token)
            .await
            .unwrap()
            .expect("the session is valid");
        assert_eq!(found.actor, Actor::Member(id));
        assert_eq!(found.ui_language, "sv");
    }
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        let wrong = code(login(&b, &from(1), "anna@bank.example", "wrong password!", None).await);
        let unknown = code(login(&b, &from(1), "nobody@bank.example", PASSWORD, None).await);
        assert_eq!(wrong, AppError::InvalidCredentials);
        assert_eq!(unknown, AppError::InvalidCredentials);
    }
}

#[tokio::test]
async fn a_guesser_at_one_address_must_wait_longer_and_longer() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        for _ in 0..5 {
            let e = code(login(&b, &from(6), "anna@bank.example", "wrong password!", None).await);
            assert_eq!(e, AppError::InvalidCredentials);
        }
        // Even the right password waits at that address, for half a minute at first.
        match code(login(&b, &from(6), "anna@bank.example", PASSWORD, None).await) {
            AppError::RateLimited { retry_after } => {
                assert!((1..=30).contains(&retry_after), "{retry_after}")
            }
            other => panic!("expected rate_limited, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn failures_elsewhere_never_keep_the_owner_out_where_she_logs_in() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        // Anna logs in from her usual address once.
        login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        // An attacker spread over many addresses fails against her account many times.
        for i in 0..60u8 {
            let _ = login(&b, &from(100 + i), "anna@bank.example", "guess guess", None).await;
        }
        // A new address now waits (the account-wide count) ...
        assert!(matches!(
            code(login(&b, &from(250), "anna@bank.example", PASSWORD, None).await),
            AppError::RateLimited { .. }
        ));
        // ... but Anna, where she logged in before, gets in at once.
        login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn colleagues_behind_one_address_are_not_locked_out_by_a_sprayer_there() {
    for b in backends().await {
        account(&b, "erik@bank.example", "Erik", false).await;
        login(&b, &from(7), "erik@bank.example", PASSWORD, None)
            .await
            .unwrap();
        // Someone at the same gateway tries many accounts.
        for i in 0..120 {
            let _ = login(&b, &from(7), &format!("guess{i}@bank.example"), "x", None).await;
        }
        assert!(matches!(
            code(login(&b, &from(7), "other@bank.example", "x", None).await),
            AppError::RateLimited { .. }
        ));
        // Erik, known at that address, still logs in; another address is not affected.
        login(&b, &from(7), "erik@bank.example", PASSWORD, None)
            .await
            .unwrap();
        assert_eq!(
            code(login(&b, &from(8), "other@bank.example", "x", None).await),
            AppError::InvalidCredentials
        );
    }
}

#[tokio::test]
async fn disabling_a_user_ends_their_sessions_and_refuses_login() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        account(&b, "anna@bank.example", "Anna", false).await;
        let first = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let second = login(&b, &from(2), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        set_disabled(&b, &Actor::Admin(admin), first.me.id, true)
            .await
            .unwrap();
        assert!(session::lookup(&b, &first.token).await.unwrap().is_none());
        assert!(session::lookup(&b, &second.token).await.unwrap().is_none());
        assert_eq!(
            code(login(&b, &from(1), "anna@bank.example", PASSWORD, None).await),
            AppError::InvalidCredentials
        );
    }
}

#[tokio::test]
async fn logout_ends_only_that_session() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        let one = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let two = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let ctx = RequestCtx::resolve(&b, &cookie_headers(&one.token), None).await;
        logout(&b, &ctx).await.unwrap();
        assert!(session::lookup(&b, &one.token).await.unwrap().is_none());
        assert!(session::lookup(&b, &two.token).await.unwrap().is_some());
    }
}

#[tokio::test]
async fn an_expired_session_is_not_accepted() {
    for mut b in backends().await {
        b.auth.session_ttl_ms = -1;
        account(&b, "anna@bank.example", "Anna", false).await;
        let s = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        assert!(session::lookup(&b, &s.token).await.unwrap().is_none());
        let ctx = RequestCtx::resolve(&b, &cookie_headers(&s.token), None).await;
        assert_eq!(ctx.actor, Actor::Anonymous);
        // The periodic clean-up clears the expired session away.
        assert_eq!(session::forget_ended(&b).await.unwrap(), 1);
        let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE token_hash = $1")
            .bind(session::hash_token(&s.token))
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
        assert_eq!(left, 0);
    }
}

#[tokio::test]
async fn changing_the_password_needs_the_current_one_and_ends_other_sessions() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        let here = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let elsewhere = login(&b, &from(2), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let ctx = RequestCtx::resolve(&b, &cookie_headers(&here.token), None).await;
        assert_eq!(
            code(change_password(&b, &ctx, "not it at all", "a brand new passphrase").await),
            AppError::WrongPassword
        );
        assert!(matches!(
            code(change_password(&b, &ctx, PASSWORD, "short").await),
            AppError::ValidationFailed { .. }
        ));
        change_password(&b, &ctx, PASSWORD, "a brand new passphrase")
            .await
            .unwrap();
        assert!(session::lookup(&b, &here.token).await.unwrap().is_some());
        assert!(
            session::lookup(&b, &elsewhere.token)
                .await
                .unwrap()
                .is_none()
        );
        assert_eq!(
            code(login(&b, &from(3), "anna@bank.example", PASSWORD, None).await),
            AppError::InvalidCredentials
        );
        login(
            &b,
            &from(3),
            "anna@bank.example",
            "a brand new passphrase",
            None,
        )
        .await
        .unwrap();
    }
}

#[tokio::test]
async fn me_needs_a_session() {
    for b in backends().await {
        let ctx = RequestCtx::for_actor(Actor::Anonymous);
        assert_eq!(code(me(&b, &ctx).await), AppError::Unauthenticated);
    }
}

#[tokio::test]
async fn the_ui_language_comes_from_the_profile_before_the_browser() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        let s = login(&b, &from(1), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let mut headers = cookie_headers(&s.token);
        headers.insert(
            axum::http::header::ACCEPT_LANGUAGE,
            "de-DE,de;q=0.9".parse().unwrap(),
        );
        assert_eq!(RequestCtx::resolve(&b, &headers, None).await.ui_lang, "sv");
        headers.remove(axum::http::header::COOKIE);
        assert_eq!(RequestCtx::resolve(&b, &headers, None).await.ui_lang, "de");
    }
}

fn cookie_headers(token: &str) -> axum::http::HeaderMap {
    let mut h = axum::http::HeaderMap::new();
    h.insert(
        axum::http::header::COOKIE,
        format!("{}={token}", session::COOKIE_NAME).parse().unwrap(),
    );
    h
}

#[tokio::test]
async fn a_session_unused_longer_than_the_idle_timeout_ends() {
    for mut b in backends().await {
        account(&b, "idle@bank.example", "Idle", false).await;
        let done = login(&b, &from(3), "idle@bank.example", PASSWORD, None)
            .await
            .unwrap();
        assert!(session::lookup(&b, &done.token).await.unwrap().is_some());
        // As if the last use were 13 hours ago with a 12-hour timeout.
        sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - $1")
            .bind(13 * 3600 * 1000_i64)
            .execute(&b.db.pool)
            .await
            .unwrap();
        assert!(session::lookup(&b, &done.token).await.unwrap().is_none());
        // The clean-up removes it for good: not even a longer timeout finds it again.
        assert_eq!(session::forget_ended(&b).await.unwrap(), 1);
        b.auth.session_idle_ms = 24 * 3600 * 1000;
        assert!(session::lookup(&b, &done.token).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn one_lists_ones_sessions_and_logs_out_everywhere() {
    use crate::server::auth::service::{end_all_sessions, list_sessions};
    for b in backends().await {
        let id = account(&b, "many@bank.example", "Many Places", false).await;
        let other = account(&b, "other@bank.example", "Someone Else", false).await;
        let laptop = login(&b, &from(4), "many@bank.example", PASSWORD, Some("Laptop"))
            .await
            .unwrap();
        let phone = login(&b, &from(5), "many@bank.example", PASSWORD, Some("Phone"))
            .await
            .unwrap();
        let theirs = login(&b, &from(6), "other@bank.example", PASSWORD, None)
            .await
            .unwrap();
        let ctx = RequestCtx {
            session_hash: Some(session::hash_token(&phone.token)),
            ..RequestCtx::for_actor(Actor::Member(id))
        };
        let listed = list_sessions(&b, &ctx).await.unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed.iter().filter(|s| s.current).count(), 1);
        let current = listed.iter().find(|s| s.current).unwrap();
        assert_eq!(current.user_agent.as_deref(), Some("Phone"));
        assert!(listed.iter().all(|s| s.id.len() == 12));
        assert_eq!(end_all_sessions(&b, &ctx).await.unwrap(), 2);
        for token in [&laptop.token, &phone.token] {
            assert!(session::lookup(&b, token).await.unwrap().is_none());
        }
        // Nobody else was logged out.
        let found = session::lookup(&b, &theirs.token).await.unwrap().unwrap();
        assert_eq!(found.actor, Actor::Member(other));
    }
}
