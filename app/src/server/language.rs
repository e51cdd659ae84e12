//! The language of what people write: the server's guess at it while an author types
//! (`detect`), offered to them to confirm or change. Nothing is ever refused because of it.

pub mod detect;

use crate::error::AppError;
use crate::model::language::Detection;
use crate::server::ctx::RequestCtx;
use crate::server::fault::{Context, ServiceResult};

/// The longest text looked at: a post's first few paragraphs tell its language, and a
/// longer text would only cost time.
const MAX_DETECT_CHARS: usize = 2_000;

/// The language of a text being written, for a signed-in author.
pub async fn detect_for(ctx: &RequestCtx, text: &str) -> ServiceResult<Detection> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let text: String = text.chars().take(MAX_DETECT_CHARS).collect();
    // The models work for a few milliseconds per text: off the async workers.
    let found = tokio::task::spawn_blocking(move || detect::detect(&text))
        .await
        .context("detecting a language")?;
    Ok(found)
}
