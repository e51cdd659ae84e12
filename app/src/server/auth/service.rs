//! Login, logout, the current user and password changes.

use crate::error::AppError;
use crate::model::account::{Me, OpenSession, Role};
use crate::model::community::Visibility;
use crate::server::account;
use crate::server::auth::{password, session, throttle};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::{Action, Actor, Resource, authorize};

/// A successful login: who logged in and the token for the session cookie.
#[derive(Debug)]
pub struct LoggedIn {
    pub me: Me,
    pub token: String,
}

/// Checks e-mail and password and opens a session. A wrong password, an unknown e-mail and a
/// disabled account all get `InvalidCredentials`, after the same amount of work.
pub async fn login(
    backend: &Backend,
    ctx: &RequestCtx,
    email: &str,
    password: &str,
    user_agent: Option<&str>,
) -> ServiceResult<LoggedIn> {
    let email = account::normalise_email(email);
    throttle::check(backend, &email, ctx.client_ip).await?;
    let found = account::repo::find_login(&backend.db, &email).await?;
    let (id, hash) = match &found {
        Some(f) if f.disabled_at.is_none() => (Some(f.id), f.password_hash.clone()),
        _ => (None, None),
    };
    let ok = password::verify(password.to_owned(), hash).await?;
    let Some(id) = id.filter(|_| ok) else {
        throttle::record_failure(backend, &email, ctx.client_ip).await?;
        return Err(AppError::InvalidCredentials.into());
    };
    throttle::record_success(backend, &email, ctx.client_ip).await?;
    let token = session::create(backend, id, session::AuthMethod::Password, user_agent).await?;
    let me = account::repo::find_me(&backend.db, id)
        .await?
        .ok_or(AppError::InvalidCredentials)?;
    Ok(LoggedIn {
        me: completed(me, ctx),
        token,
    })
}

/// Ends the caller's session (a no-op without one).
pub async fn logout(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<()> {
    if let Some(hash) = &ctx.session_hash {
        session::revoke(backend, hash).await?;
    }
    Ok(())
}

/// The logged-in user.
pub async fn me(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Me> {
    authorize(&ctx.actor, Action::View, &Resource::OwnAccount).map_err(AppError::from)?;
    let id = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let me = account::repo::find_me(&backend.db, id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    Ok(completed(me, ctx))
}

/// Fills in what `Me` says beyond the stored row: the UI language in force (the one
/// negotiated from the browser when none is chosen) and what the policy lets the user do.
fn completed(mut me: Me, ctx: &RequestCtx) -> Me {
    if me.ui_language.is_empty() {
        me.ui_language = ctx.ui_lang.to_owned();
    }
    let actor = match me.role {
        Role::Admin => Actor::Admin(me.id),
        Role::Member => Actor::Member(me.id),
    };
    me.can_manage_accounts = authorize(&actor, Action::List, &Resource::Accounts).is_ok();
    let restricted = Resource::NewCommunity {
        visibility: Visibility::Restricted,
        may_create_restricted: me.can_create_restricted,
    };
    me.can_create_restricted = authorize(&actor, Action::Create, &restricted).is_ok();
    let tools = Resource::Compliance {
        officer: me.can_use_compliance_tools,
    };
    me.can_use_compliance_tools = authorize(&actor, Action::View, &tools).is_ok();
    me
}

/// Changes the caller's password after checking the current one; other sessions of the user
/// end, this one stays.
pub async fn change_password(
    backend: &Backend,
    ctx: &RequestCtx,
    current: &str,
    new: &str,
) -> ServiceResult<()> {
    authorize(&ctx.actor, Action::Edit, &Resource::OwnAccount).map_err(AppError::from)?;
    let id = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    password::validate_new(new, "new_password")?;
    let hash = account::repo::find_password_hash(&backend.db, id).await?;
    if !password::verify(current.to_owned(), hash).await? {
        return Err(AppError::WrongPassword.into());
    }
    let new_hash = password::hash(new.to_owned()).await?;
    account::repo::update_password(&backend.db, id, &new_hash, ctx.session_hash.as_deref()).await
}

/// The caller's open sessions, for their sessions page.
pub async fn list_sessions(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Vec<OpenSession>> {
    authorize(&ctx.actor, Action::View, &Resource::OwnAccount).map_err(AppError::from)?;
    let id = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    session::list_for(backend, id, ctx.session_hash.as_deref()).await
}

/// Ends every session of the caller, this one too ("log out everywhere").
pub async fn end_all_sessions(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<u64> {
    authorize(&ctx.actor, Action::Edit, &Resource::OwnAccount).map_err(AppError::from)?;
    let id = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    session::revoke_all(backend, id).await
}
