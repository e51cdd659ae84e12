//! `/api/admin/*`: account administration (admins only).

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::{AccountPage, Created, Done};

/// `GET /api/admin/users/list?cursor=` → accounts by e-mail, 50 a page.
#[server(prefix = "/api", endpoint = "admin/users/list", input = GetUrl)]
pub async fn list_accounts(
    #[server(default)] cursor: Option<String>,
) -> Result<AccountPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::account::service::list_accounts(&backend, &ctx.actor, cursor.as_deref())
            .await?,
    )
}

/// `POST /api/admin/users/create {"email", "display_name", "password", "admin", "ui_language"}`
/// → `{"id"}`; 409 `email_taken` for an existing e-mail.
#[server(prefix = "/api", endpoint = "admin/users/create", input = Json)]
pub async fn create_account(
    email: String,
    display_name: String,
    password: String,
    #[server(default)] admin: bool,
    #[server(default)] ui_language: Option<String>,
) -> Result<Created, AppError> {
    use crate::server::account::service::{NewAccount, create_account};
    let (backend, ctx) = super::context::request().await?;
    let new = NewAccount::parse(
        &email,
        &display_name,
        &password,
        admin,
        ui_language.as_deref(),
    )?;
    let id = create_account(&backend, &ctx.actor, new).await?;
    Ok(Created { id })
}

/// `POST /api/admin/users/disable {"id", "disabled"}`: disabling ends all the user's sessions.
#[server(prefix = "/api", endpoint = "admin/users/disable", input = Json)]
pub async fn set_account_disabled(id: i64, disabled: bool) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::account::service::set_disabled(&backend, &ctx.actor, UserId(id), disabled)
        .await?;
    Ok(Done::OK)
}

/// `GET /api/admin/communities/restricted?cursor=` → restricted communities: name, owners,
/// size and cap, never content (admins).
#[server(prefix = "/api", endpoint = "admin/communities/restricted", input = GetUrl)]
pub async fn list_restricted_communities(
    #[server(default)] cursor: Option<String>,
) -> Result<crate::model::community::RestrictedPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(
        crate::server::community::service::list_restricted(&backend, &ctx, cursor.as_deref())
            .await?,
    )
}

/// `GET /api/admin/settings/get` → `{"restricted_member_cap"}` (every member may read it).
#[server(prefix = "/api", endpoint = "admin/settings/get", input = GetUrl)]
pub async fn get_settings() -> Result<crate::model::community::OrgSettings, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::settings::get_settings(&backend, &ctx).await?)
}

/// `POST /api/admin/settings {"restricted_member_cap": N, "max_upload_mb": N,
/// "community_quota_mb": N, "guard_mode": "refuse"|"hold"}` (admins) → the settings in force.
#[server(prefix = "/api", endpoint = "admin/settings", input = Json)]
pub async fn update_settings(
    #[server(default)] restricted_member_cap: Option<i64>,
    #[server(default)] max_upload_mb: Option<i64>,
    #[server(default)] community_quota_mb: Option<i64>,
    #[server(default)] guard_mode: Option<String>,
) -> Result<crate::model::community::OrgSettings, AppError> {
    use crate::server::settings::SettingsPatch;
    let (backend, ctx) = super::context::request().await?;
    let patch = SettingsPatch {
        restricted_member_cap,
        max_upload_mb,
        community_quota_mb,
        guard_mode,
    };
    Ok(crate::server::settings::update_settings(&backend, &ctx, patch).await?)
}

/// `POST /api/admin/users/restricted-creator {"id", "allowed"}`: lets a member create
/// restricted communities, or stops them (admins).
#[server(prefix = "/api", endpoint = "admin/users/restricted-creator", input = Json)]
pub async fn set_restricted_creator(id: i64, allowed: bool) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::settings::set_restricted_creator(&backend, &ctx, UserId(id), allowed).await?;
    Ok(Done::OK)
}

/// `POST /api/admin/users/compliance-officer {"id", "allowed"}`: makes a person a compliance
/// officer (the watchlist, the review queue, the audit trail), or stops them (admins).
#[server(prefix = "/api", endpoint = "admin/users/compliance-officer", input = Json)]
pub async fn set_compliance_officer(id: i64, allowed: bool) -> Result<Done, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    crate::server::compliance::set_officer(&backend, &ctx, UserId(id), allowed).await?;
    Ok(Done::OK)
}
