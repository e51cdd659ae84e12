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
