//! `/api/profile/*`: reading and editing profiles.

// The update endpoint's fields are its JSON body; the generated client function takes one
// argument per field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::profile::Profile;

/// `GET /api/profile/get?id=N` → the profile; 404 `not_found` for no such (active) person.
#[server(prefix = "/api", endpoint = "profile/get", input = GetUrl)]
pub async fn get_profile(id: i64) -> Result<Profile, AppError> {
    use crate::model::ids::UserId;
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::profile::service::get_profile(&backend, &ctx, UserId(id)).await?)
}

/// `POST /api/profile/update` with any of the fields; `id` (admins) edits someone else's.
#[server(prefix = "/api", endpoint = "profile/update", input = Json)]
pub async fn update_profile(
    #[server(default)] id: Option<i64>,
    #[server(default)] display_name: Option<String>,
    #[server(default)] title: Option<String>,
    #[server(default)] department: Option<String>,
    #[server(default)] country: Option<String>,
    #[server(default)] ui_language: Option<String>,
    #[server(default)] read_languages: Option<Vec<String>>,
    #[server(default)] all_languages: Option<bool>,
    #[server(default)] about: Option<String>,
    #[server(default)] expertise: Option<Vec<String>>,
) -> Result<Profile, AppError> {
    use crate::model::ids::UserId;
    use crate::server::profile::service::{ProfilePatch, update_profile};
    let (backend, ctx) = super::context::request().await?;
    let target = match id {
        Some(id) => UserId(id),
        None => ctx.actor.user_id().ok_or(AppError::Unauthenticated)?,
    };
    let patch = ProfilePatch {
        display_name,
        title,
        department,
        country,
        ui_language,
        read_languages,
        all_languages,
        about,
        expertise,
    };
    Ok(update_profile(&backend, &ctx, target, patch).await?)
}
