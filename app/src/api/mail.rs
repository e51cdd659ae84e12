//! `/api/mail/*`: how the caller hears by mail, the mails sent to them, the one-click
//! unsubscribe (by the token in every mail; no login) and, for admins, whether mail goes out.
//! (The one-click `POST` that mail programs send to the `List-Unsubscribe` address is a plain
//! handler in the server, `mail_unsubscribe.rs`.)

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::mail::{MailLog, MailPrefs, MailStatusReport, UnsubscribeInfo};

/// `GET /api/mail/prefs` → `{"mode", "kinds": {"mention": "default"|"immediate"|"never", …},
/// "address", "enabled"}`.
#[server(prefix = "/api", endpoint = "mail/prefs", input = GetUrl)]
pub async fn get_mail_prefs() -> Result<MailPrefs, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::mail::prefs::get_prefs(&backend, &ctx).await?)
}

/// `POST /api/mail/prefs {"mode": "immediate"|"daily"|"weekly"|"never", "kinds"?:
/// ["mention:immediate", "like:never", …]}` → the settings as saved; kinds left out keep their
/// choice. A plain form sends the same as `kinds[]` and goes back to the mail settings page.
#[server(prefix = "/api", endpoint = "mail/prefs", input = Json)]
pub async fn set_mail_prefs(
    mode: String,
    #[server(default)] kinds: Option<Vec<String>>,
) -> Result<MailPrefs, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved =
        crate::server::mail::prefs::set_prefs(&backend, &ctx, &mode, kinds.as_deref()).await?;
    super::context::redirect_plain_form("/account/mail");
    Ok(saved)
}

/// `GET /api/mail/log` → `{"mails": [{"id", "kind", "subject", "status", "attempts",
/// "created_at", "sent_at"}]}`: the caller's latest mails, newest first.
#[server(prefix = "/api", endpoint = "mail/log", input = GetUrl)]
pub async fn get_mail_log() -> Result<MailLog, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::mail::prefs::log(&backend, &ctx).await?)
}

/// `GET /api/mail/unsubscribe?token=T` → whose mail the token stops (address partly hidden)
/// and what they receive now; `not_found` for a token that is not one.
#[server(prefix = "/api", endpoint = "mail/unsubscribe", input = GetUrl)]
pub async fn get_unsubscribe_info(token: String) -> Result<UnsubscribeInfo, AppError> {
    let (backend, _) = super::context::request().await?;
    Ok(crate::server::mail::prefs::unsubscribe_info(&backend, &token).await?)
}

/// `POST /api/mail/unsubscribe {"token"}` → no more mail for the token's holder; a plain form
/// goes back to the unsubscribe page, which then says so.
#[server(prefix = "/api", endpoint = "mail/unsubscribe", input = Json)]
pub async fn unsubscribe(token: String) -> Result<UnsubscribeInfo, AppError> {
    let (backend, _) = super::context::request().await?;
    let info = crate::server::mail::prefs::unsubscribe(&backend, &token).await?;
    super::context::redirect_plain_form(&format!(
        "/mail/unsubscribe/{}?done=1",
        crate::model::site_path::encode_query_value(&token)
    ));
    Ok(info)
}

/// `GET /api/admin/mail` → whether mail goes out (the SMTP server without its password, the
/// sender) and how the queue stands (admins).
#[server(prefix = "/api", endpoint = "admin/mail", input = GetUrl)]
pub async fn get_mail_status() -> Result<MailStatusReport, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::mail::prefs::status(&backend, &ctx).await?)
}
