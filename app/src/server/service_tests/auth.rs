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
async fn repeated_failures_lock_the_account_for_a_while_even_with_the_right_password() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        for i in 0..5 {
            let e = code(login(&b, &from(i), "anna@bank.example", "wrong password!", None).await);
            assert_eq!(e, AppError::InvalidCredentials);
        }
        match code(login(&b, &from(9), "anna@bank.example", PASSWORD, None).await) {
            AppError::RateLimited { retry_after } => {
                assert!((1..=900).contains(&retry_after), "{retry_after}")
            }
            other => panic!("expected rate_limited, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn one_address_trying_many_accounts_is_throttled() {
    for mut b in backends().await {
        b.auth.throttle.max_failures_per_address = 3;
        for i in 0..3 {
            let e = code(login(&b, &from(7), &format!("guess{i}@bank.example"), "x", None).await);
            assert_eq!(e, AppError::InvalidCredentials);
        }
        assert!(matches!(
            code(login(&b, &from(7), "other@bank.example", "x", None).await),
            AppError::RateLimited { .. }
        ));
        // Another address is not affected.
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
        // The next login clears the expired session away.
        login(&b, &from(2), "anna@bank.example", PASSWORD, None)
            .await
            .unwrap();
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
