//! `/api/guard/check`: the client-name guard, asked while a text is being written.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use crate::error::AppError;
use crate::model::guard::GuardMatches;

/// `POST /api/guard/check {"text", "community_slug": null|S, "lang": null|L}` →
/// `{"matches": [{"start", "end", "start_utf16", "end_utf16", "start_byte", "end_byte",
/// "entry_id", "name"}], "mode": "refuse"|"hold"}`: the watched names in the text that may not be written there
/// (`start`/`end` in UTF-16 code units), and what a save would meet. Nothing is recorded; only a save is a guard hit.
#[server(prefix = "/api", endpoint = "guard/check", input = Json)]
pub async fn guard_check(
    text: String,
    #[server(default)] community_slug: Option<String>,
    #[server(default)] lang: Option<String>,
) -> Result<GuardMatches, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::guard::screen::check(
        &backend,
        &ctx,
        &text,
        community_slug.as_deref(),
        lang.as_deref(),
    )
    .await
    .map_err(AppError::from)
}
