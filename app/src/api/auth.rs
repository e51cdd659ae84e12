//! `/api/auth/*` and `/api/me`: logging in and out, the current user, password changes.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::{Done, Me, OpenSession};

/// `POST /api/auth/login {"email", "password"}` → the user, and the session cookie.
#[server(prefix = "/api", endpoint = "auth/login", input = Json)]
pub async fn login(email: String, password: String) -> Result<Me, AppError> {
    use crate::server::auth::{service, session};
    let (backend, ctx) = super::context::request().await?;
    let agent = super::context::header(axum::http::header::USER_AGENT);
    let done = match service::login(&backend, &ctx, &email, &password, agent.as_deref()).await {
        Ok(done) => done,
        Err(e) => {
            let e = AppError::from(e);
            super::context::back_with_field(
                <Login as leptos::server_fn::ServerFn>::PATH,
                "email",
                &email,
                &e,
            );
            return Err(e);
        }
    };
    super::context::set_cookie(&session::cookie_for(
        &done.token,
        backend.auth.session_ttl_ms,
        backend.auth.secure_cookies,
    ));
    // A plain form posted from the login page goes home; from any other page, back to it.
    let from_login = super::context::header(axum::http::header::REFERER)
        .is_none_or(|r| r.split('?').next().is_some_and(|p| p.ends_with("/login")));
    if from_login {
        super::context::redirect_plain_form("/");
    }
    Ok(done.me)
}

/// `POST /api/auth/logout` → ends the session and clears the cookie.
#[server(prefix = "/api", endpoint = "auth/logout", input = Json)]
pub async fn logout() -> Result<Done, AppError> {
    use crate::server::auth::{service, session};
    let (backend, ctx) = super::context::request().await?;
    service::logout(&backend, &ctx).await?;
    super::context::set_cookie(&session::clearing_cookie(backend.auth.secure_cookies));
    super::context::redirect_plain_form("/");
    Ok(Done::OK)
}

/// `GET /api/me` → the logged-in user, or 401 `unauthenticated`.
#[server(prefix = "/api", endpoint = "me", input = GetUrl)]
pub async fn get_me() -> Result<Me, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::auth::service::me(&backend, &ctx).await?)
}

/// `POST /api/auth/password {"current_password", "new_password"}`; other sessions end.
#[server(prefix = "/api", endpoint = "auth/password", input = Json)]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::auth::service::change_password(&backend, &ctx, &current_password, &new_password)
        .await?;
    Ok(Done::OK)
}

/// `GET /api/auth/sessions` → the caller's open sessions, most recently used first.
#[server(prefix = "/api", endpoint = "auth/sessions", input = GetUrl)]
pub async fn list_sessions() -> Result<Vec<OpenSession>, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::auth::service::list_sessions(&backend, &ctx).await?)
}

/// `POST /api/auth/sessions/end-all` → ends every session of the caller, this one too, and
/// clears the cookie; a plain form goes on to the login page.
#[server(prefix = "/api", endpoint = "auth/sessions/end-all", input = Json)]
pub async fn end_all_sessions() -> Result<Done, AppError> {
    use crate::server::auth::{service, session};
    let (backend, ctx) = super::context::request().await?;
    service::end_all_sessions(&backend, &ctx).await?;
    super::context::set_cookie(&session::clearing_cookie(backend.auth.secure_cookies));
    super::context::redirect_plain_form("/login");
    Ok(Done::OK)
}
