//! Who is searching: their visibility terms (the policy's `search_audience` with the
//! communities the one SQL rule lets them read) and the languages they read; and the query
//! text, checked.

use super::repo;
use crate::error::{AppError, FieldError};
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::ids::UserId;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::search_audience;

/// The longest query read.
pub const MAX_QUERY_CHARS: usize = 500;

/// Who is searching, and how they read.
pub(super) struct Reader {
    pub me: UserId,
    pub acl: Vec<String>,
    /// The languages they read, in order.
    pub langs: Vec<String>,
    pub cross: bool,
}

pub(super) async fn reader(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Reader> {
    let audience = search_audience(&ctx.actor).map_err(AppError::from)?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let communities = repo::readable_restricted_communities(&backend.db, me).await?;
    let (langs, cross) = crate::server::profile::repo::reading(&backend.db, me).await?;
    // Read as lists read them: by primary language (`en-GB` reads as `en`).
    let mut read: Vec<String> = Vec::new();
    for l in langs.split(',').map(crate::model::language::primary) {
        if CONTENT_LANGUAGES.contains(&l.as_str()) && !read.contains(&l) {
            read.push(l);
        }
    }
    let langs = read;
    Ok(Reader {
        me,
        acl: audience.terms(&communities),
        langs,
        cross,
    })
}

/// The static language codes of a reader's languages (all of them for the cross-language
/// view).
pub(super) fn analysis_langs(langs: &[String], cross: bool) -> Vec<&'static str> {
    CONTENT_LANGUAGES
        .iter()
        .copied()
        .filter(|l| cross || langs.iter().any(|r| r == l))
        .collect()
}

pub(super) fn bad(field: &str, code: &str) -> AppError {
    AppError::validation(vec![FieldError::new(field, code)])
}

/// The query text, checked.
pub(super) fn query_text(q: &str) -> Result<String, AppError> {
    let q = q.trim();
    if q.chars().count() > MAX_QUERY_CHARS {
        return Err(AppError::validation(vec![FieldError::with_limit(
            "q",
            "too_long",
            MAX_QUERY_CHARS as u32,
        )]));
    }
    Ok(q.to_owned())
}
