//! `/api/prefs/*`: preferences that also apply before logging in.

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
