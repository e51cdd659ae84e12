//! `/api/translations/*` and `/api/lang/detect`: linked translations of items, and the
//! server's guess at the language of a text being written.
//!
//! A translation is an item of its own (one id space with everything else), linked to its
//! original. Lists and items show the version in the reader's first language that exists,
//! with `"translated_from": {"id", "lang"}` and `"outdated"`; see `docs/api.md`.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::content::Saved;
use crate::model::language::{Comparison, Detection, Versions};

/// `POST /api/translations/create {"original_id", "lang", "title": null|T, "body"}` →
/// `{"id"}`. A plain form goes on to the original's page in the new language.
#[server(prefix = "/api", endpoint = "translations/create", input = Json)]
pub async fn create_translation(
    original_id: i64,
    lang: String,
    #[server(default)] title: Option<String>,
    body: String,
) -> Result<Saved, AppError> {
    use crate::model::language::NewTranslation;
    let (backend, ctx) = super::context::request().await?;
    let new = NewTranslation {
        original_id,
        lang: lang.clone(),
        title,
        body,
    };
    let saved = crate::server::content::translation::create(&backend, &ctx, new).await?;
    super::context::redirect_plain_form(&format!("/posts/{original_id}?lang={lang}"));
    Ok(saved)
}

/// `GET /api/translations/list?original_id=N` → the item's versions, the original first.
#[server(prefix = "/api", endpoint = "translations/list", input = GetUrl)]
pub async fn list_translations(original_id: i64) -> Result<Versions, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::translation::versions(&backend, &ctx, original_id).await?)
}

/// `GET /api/translations/compare?id=N&lang=L` → `{"original", "translation"}`, each as
/// written, for reading side by side.
#[server(prefix = "/api", endpoint = "translations/compare", input = GetUrl)]
pub async fn compare_translation(id: i64, lang: String) -> Result<Comparison, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::translation::compare(&backend, &ctx, id, &lang).await?)
}

/// `GET /api/translations/outdated?community_slug=S` → the community's translations made
/// before their original's last edit.
#[server(prefix = "/api", endpoint = "translations/outdated", input = GetUrl)]
pub async fn outdated_translations(
    community_slug: String,
) -> Result<crate::model::language::OutdatedTranslations, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::content::translation::outdated(&backend, &ctx, &community_slug).await?)
}

/// `POST /api/lang/detect {"text"}` → `{"lang", "confidence"}`, `"und"` when unsure.
#[server(prefix = "/api", endpoint = "lang/detect", input = Json)]
pub async fn detect_language(text: String) -> Result<Detection, AppError> {
    let (_, ctx) = super::context::request().await?;
    Ok(crate::server::language::detect_for(&ctx, &text).await?)
}
