//! `/api/prefs/*`: preferences: the interface language (which also applies before logging
//! in), and the reader's languages as lists offer to change them in one click.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::error::AppError;
use crate::model::account::Done;

/// `POST /api/prefs/language {"lang"}`: remembers the UI language in a cookie and, when
/// logged in, in the profile (where it then wins over the browser's languages).
#[server(prefix = "/api", endpoint = "prefs/language", input = Json)]
pub async fn set_ui_language(lang: String) -> Result<Done, AppError> {
    use crate::error::FieldError;
    use crate::i18n::{LANG_COOKIE, supported_code};
    use crate::server::profile::service::{ProfilePatch, update_profile};
    let (backend, ctx) = super::context::request().await?;
    let code = supported_code(&lang).ok_or_else(|| {
        AppError::validation(vec![FieldError::new("lang", "unsupported_language")])
    })?;
    if let Some(me) = ctx.actor.user_id() {
        let patch = ProfilePatch {
            ui_language: Some(code.to_owned()),
            ..Default::default()
        };
        update_profile(&backend, &ctx, me, patch).await?;
    }
    super::context::set_cookie(&format!(
        "{LANG_COOKIE}={code}; Path=/; SameSite=Lax; Max-Age=31536000"
    ));
    Ok(Done::OK)
}

/// Where a plain form goes back to: a path on this site, else the home page.
#[cfg(feature = "ssr")]
fn back_to(back: Option<&str>) -> &str {
    back.filter(|b| crate::model::site_path::is_site_path(b))
        .unwrap_or("/")
}

/// `POST /api/prefs/read-languages/add {"lang", "back"}`: adds a language to the caller's
/// languages (a list's "always show"); a plain form goes back to `back`.
#[server(prefix = "/api", endpoint = "prefs/read-languages/add", input = Json)]
pub async fn add_read_language(
    lang: String,
    #[server(default)] back: Option<String>,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::profile::service::add_read_language(&backend, &ctx, &lang).await?;
    super::context::redirect_plain_form(back_to(back.as_deref()));
    Ok(Done::OK)
}

/// `POST /api/prefs/all-languages {"on", "back"}`: the caller's cross-language view, on or
/// off, remembered; a plain form goes back to `back`.
#[server(prefix = "/api", endpoint = "prefs/all-languages", input = Json)]
pub async fn set_all_languages(
    on: bool,
    #[server(default)] back: Option<String>,
) -> Result<Done, AppError> {
    use crate::server::profile::service::{ProfilePatch, update_profile};
    let (backend, ctx) = super::context::request().await?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let patch = ProfilePatch {
        all_languages: Some(on),
        ..Default::default()
    };
    update_profile(&backend, &ctx, me, patch).await?;
    super::context::redirect_plain_form(back_to(back.as_deref()));
    Ok(Done::OK)
}
