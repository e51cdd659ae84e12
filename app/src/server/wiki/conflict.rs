//! When two people edit one page at once: the save that lost the race is refused with
//! `edit_conflict`, and its text is kept for its editor, who gets it back merged with the
//! page as it is now (with or without JavaScript), to check and save, or discards it.

use crate::error::{AppError, Conflict};
use crate::model::content::PersonRef;
use crate::model::ids::UserId;
use crate::model::wiki::{PageMerge, page_path};
use crate::server::clock::now_ms;
use crate::server::content::repo::ItemRow;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::Action;
use crate::server::wiki::diff::word_diff;
use crate::server::wiki::kept::{self, KeptEdit};
use crate::server::wiki::merge::merge3;
use crate::server::wiki::repo;
use crate::server::wiki::service::load_page;

/// How long a refused edit is kept when its editor neither saves nor discards it.
pub const KEPT_FOR_MS: i64 = 30 * 24 * 3600 * 1000;

/// What a refused save wrote.
pub struct Refused<'a> {
    pub base_version: i64,
    pub title: &'a str,
    pub body: &'a str,
    pub lang: &'a str,
    pub summary: &'a str,
}

/// The address of a page's edit page, which shows a kept edit merged.
pub fn merge_path(slug: &str, id: i64) -> String {
    format!("{}/edit", page_path(slug, id))
}

/// Keeps the refused text for its editor and gives the refusal: the page now (`current`)
/// and what the editor sent.
pub async fn refuse(
    backend: &Backend,
    editor: UserId,
    current: &ItemRow,
    slug: &str,
    r: Refused<'_>,
) -> ServiceResult<AppError> {
    let edit = KeptEdit {
        base_version: r.base_version,
        title: r.title.to_owned(),
        body: r.body.to_owned(),
        lang: r.lang.to_owned(),
        summary: r.summary.to_owned(),
        kept_at: now_ms(),
    };
    kept::keep(&backend.db, current.id, editor, &edit).await?;
    Ok(AppError::EditConflict(Box::new(Conflict {
        current_version: current.version,
        current_title: current.title.clone().unwrap_or_default(),
        current_body: current.body.clone(),
        your_title: edit.title,
        your_body: edit.body,
        merge_path: merge_path(slug, current.id),
    })))
}

/// The caller's kept edit of a page merged with the page as it is now; `None` when nothing
/// is kept for them. Only someone who may still edit the page gets it.
pub async fn merge(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
) -> ServiceResult<Option<PageMerge>> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let page = load_page(backend, ctx, id, Action::Edit).await?;
    let Some(k) = kept::kept(&backend.db, id, me).await? else {
        return Ok(None);
    };
    let row = &page.row;
    let current_title = row.title.clone().unwrap_or_default();
    // The version both edits started from; a page without it (never expected) merges as if
    // the editor had started from an empty page, which keeps both texts whole.
    let base = repo::version(&backend.db, id, k.base_version).await?;
    let (base_title, base_body, base_lang) = base
        .as_ref()
        .map(|b| (b.title.as_str(), b.body.as_str(), b.lang.as_str()))
        .unwrap_or(("", "", ""));
    let merged = merge3(base_body, &row.body, &k.body);
    let pick =
        |yours: &str, base: &str, now: &str| if yours == base { now } else { yours }.to_owned();
    let (parts, _, _) = word_diff(&row.body, &k.body);
    let mut saved_since_by: Vec<PersonRef> = Vec::new();
    let versions = repo::versions(&backend.db, id, false).await?;
    for v in versions.iter().filter(|v| v.version > k.base_version).rev() {
        if !saved_since_by.iter().any(|p| p.id.0 == v.author_id) {
            saved_since_by.push(v.author());
        }
    }
    let slug = page.community.slug.clone();
    Ok(Some(PageMerge {
        id,
        path: page_path(&slug, id),
        community_slug: slug,
        base_version: k.base_version,
        current_version: row.version,
        saved_since_by,
        merged_title: pick(&k.title, base_title, &current_title),
        merged_lang: pick(&k.lang, base_lang, &row.lang),
        current_title,
        current_body: row.body.clone(),
        your_title: k.title,
        your_body: k.body,
        your_summary: k.summary,
        your_lang: k.lang,
        merged_body: merged.text,
        conflicts: merged.conflicts,
        parts,
        kept_at: k.kept_at,
    }))
}

/// Throws away the caller's kept edit of a page; the page's address.
pub async fn discard(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<String> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let page = load_page(backend, ctx, id, Action::ReadContent).await?;
    kept::forget(&backend.db, id, me).await?;
    Ok(page_path(&page.community.slug, id))
}

/// Forgets a kept edit once its editor saved the page.
pub async fn saved(backend: &Backend, id: i64, editor: UserId) -> ServiceResult<()> {
    kept::forget(&backend.db, id, editor).await
}

/// Forgets kept edits nobody came back to; how many.
pub async fn forget_old(backend: &Backend, now: i64) -> ServiceResult<u64> {
    kept::forget_older(&backend.db, now - KEPT_FOR_MS).await
}
