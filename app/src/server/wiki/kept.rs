//! SQL for kept edits: the text of an edit refused because someone saved the page first,
//! one per page and editor, until they save the page or discard it.

use crate::model::ids::UserId;
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};

/// A refused edit's text.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct KeptEdit {
    pub base_version: i64,
    pub title: String,
    pub body: String,
    pub lang: String,
    pub summary: String,
    pub kept_at: i64,
}

/// Keeps an editor's refused text, in place of what was kept for them on that page before.
pub async fn keep(db: &Db, page: i64, editor: UserId, edit: &KeptEdit) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO wiki_kept_edits (page_id, user_id, base_version, title, body, lang, summary, \
         kept_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (page_id, user_id) DO UPDATE SET base_version = excluded.base_version, \
         title = excluded.title, body = excluded.body, lang = excluded.lang, \
         summary = excluded.summary, kept_at = excluded.kept_at",
    )
    .bind(page)
    .bind(editor.0)
    .bind(edit.base_version)
    .bind(&edit.title)
    .bind(&edit.body)
    .bind(&edit.lang)
    .bind(&edit.summary)
    .bind(edit.kept_at)
    .execute(&db.pool)
    .await
    .context("keeping a refused edit")?;
    Ok(())
}

/// What is kept for an editor on a page.
pub async fn kept(db: &Db, page: i64, editor: UserId) -> ServiceResult<Option<KeptEdit>> {
    sqlx::query_as(
        "SELECT base_version, title, body, lang, summary, kept_at FROM wiki_kept_edits \
         WHERE page_id = $1 AND user_id = $2",
    )
    .bind(page)
    .bind(editor.0)
    .fetch_optional(&db.pool)
    .await
    .context("loading a kept edit")
}

/// Forgets what is kept for an editor on a page (they saved, or discarded it).
pub async fn forget(db: &Db, page: i64, editor: UserId) -> ServiceResult<()> {
    sqlx::query("DELETE FROM wiki_kept_edits WHERE page_id = $1 AND user_id = $2")
        .bind(page)
        .bind(editor.0)
        .execute(&db.pool)
        .await
        .context("forgetting a kept edit")?;
    Ok(())
}

/// Forgets kept edits older than `before` (milliseconds); how many.
pub async fn forget_older(db: &Db, before: i64) -> ServiceResult<u64> {
    let done = sqlx::query("DELETE FROM wiki_kept_edits WHERE kept_at < $1")
        .bind(before)
        .execute(&db.pool)
        .await
        .context("forgetting old kept edits")?;
    Ok(done.rows_affected())
}
