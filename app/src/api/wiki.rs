//! `/api/wiki/*`: a community's wiki: its tree, pages, saving with a check against the
//! version the editor started from (and the merge of an edit refused for that), history,
//! differences, revert, moving, deleting and following. Likes, comments and translations of a page use `/api/likes/*`,
//! `/api/comments/*` and `/api/translations/*` with the page's id, as for any item.
//!
//! A page or wiki the caller may not see answers 404 `{"code":"not_found"}` exactly as one
//! that does not exist. After a form posted without JavaScript, the browser goes to the page.

// Each endpoint's fields are its JSON body; the generated client function takes one
// argument per field.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::wiki::{
    CreatedPage, PageDiff, PageHistory, PageMerge, SavedPage, WikiPage, WikiTree,
};

/// `POST /api/wiki/pages/create {"community_slug", "title", "body", "lang", "parent_id":
/// null|N, "tags"}` → `{"id", "path"}`.
#[server(prefix = "/api", endpoint = "wiki/pages/create", input = Json)]
pub async fn create_wiki_page(
    community_slug: String,
    title: String,
    body: String,
    #[server(default)] lang: String,
    #[server(default)] parent_id: Option<i64>,
    #[server(default)] tags: Vec<String>,
) -> Result<CreatedPage, AppError> {
    use crate::server::wiki::service::{NewPage, create};
    let (backend, ctx) = super::context::request().await?;
    let new = NewPage {
        community_slug: &community_slug,
        title: &title,
        body: &body,
        lang: &lang,
        parent_id,
        tags: &tags,
    };
    let created = create(&backend, &ctx, new).await?;
    super::context::redirect_plain_form(&created.path);
    Ok(created)
}

/// `GET /api/wiki/pages/get?id=N&lang=L&from=forum` → the page in the reader's language (or
/// `lang`); `from=forum` counts a visit from the question it was made from.
#[server(prefix = "/api", endpoint = "wiki/pages/get", input = GetUrl)]
pub async fn get_wiki_page(
    id: i64,
    #[server(default)] lang: Option<String>,
    #[server(default)] from: Option<String>,
) -> Result<WikiPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let from_forum = from.as_deref() == Some("forum");
    Ok(crate::server::wiki::service::get(&backend, &ctx, id, lang.as_deref(), from_forum).await?)
}

/// `POST /api/wiki/pages/update {"id", "title", "body", "base_version", "summary", "lang",
/// "tags"}` → `{"id", "version"}`; 409 `edit_conflict` when the page changed since
/// `base_version`.
#[server(prefix = "/api", endpoint = "wiki/pages/update", input = Json)]
pub async fn update_wiki_page(
    id: i64,
    #[server(default)] title: Option<String>,
    body: String,
    base_version: i64,
    #[server(default)] summary: String,
    #[server(default)] lang: Option<String>,
    #[server(default)] tags: Option<Vec<String>>,
) -> Result<SavedPage, AppError> {
    use crate::server::wiki::service::{PageEdit, update};
    let (backend, ctx) = super::context::request().await?;
    let edit = PageEdit {
        id,
        title: title.as_deref(),
        body: &body,
        base_version,
        summary: &summary,
        lang: lang.as_deref().filter(|l| !l.trim().is_empty()),
        tags: tags.as_deref(),
    };
    let saved = update(&backend, &ctx, edit).await?;
    super::context::redirect_plain_form(&saved.path);
    Ok(saved)
}

/// `GET /api/wiki/pages/history?id=N` → every version, newest first.
#[server(prefix = "/api", endpoint = "wiki/pages/history", input = GetUrl)]
pub async fn wiki_page_history(id: i64) -> Result<PageHistory, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::wiki::service::history(&backend, &ctx, id).await?)
}

/// `GET /api/wiki/pages/diff?id=N&from=V&to=W` → the word-level difference.
#[server(prefix = "/api", endpoint = "wiki/pages/diff", input = GetUrl)]
pub async fn wiki_page_diff(id: i64, from: i64, to: i64) -> Result<PageDiff, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::wiki::service::diff(&backend, &ctx, id, from, to).await?)
}

/// `POST /api/wiki/pages/revert {"id", "version"}` → `{"id", "version"}`: the old version's
/// text as a new version.
#[server(prefix = "/api", endpoint = "wiki/pages/revert", input = Json)]
pub async fn revert_wiki_page(id: i64, version: i64) -> Result<SavedPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let saved = crate::server::wiki::service::revert(&backend, &ctx, id, version).await?;
    super::context::redirect_plain_form(&saved.path);
    Ok(saved)
}

/// `POST /api/wiki/pages/move {"id", "parent_id": null|N, "position"}` → `{"ok": true}`.
#[server(prefix = "/api", endpoint = "wiki/pages/move", input = Json)]
pub async fn move_wiki_page(
    id: i64,
    #[server(default)] parent_id: Option<i64>,
    #[server(default)] position: i64,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::wiki::service::move_page(&backend, &ctx, id, parent_id, position).await?;
    Ok(Done { ok: true })
}

/// `GET /api/wiki/pages/merge?id=N` → the caller's edit that was refused with
/// `edit_conflict`, merged with the page as it is now, or `null` when none is kept.
#[server(prefix = "/api", endpoint = "wiki/pages/merge", input = GetUrl)]
pub async fn get_wiki_merge(id: i64) -> Result<Option<PageMerge>, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::wiki::conflict::merge(&backend, &ctx, id).await?)
}

/// `POST /api/wiki/pages/discard {"id"}` → `{"ok": true}`: throws away the caller's kept
/// edit of the page.
#[server(prefix = "/api", endpoint = "wiki/pages/discard", input = Json)]
pub async fn discard_wiki_edit(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let path = crate::server::wiki::conflict::discard(&backend, &ctx, id).await?;
    super::context::redirect_plain_form(&path);
    Ok(Done { ok: true })
}

/// `POST /api/wiki/pages/delete {"id"}` → `{"ok": true}`; its children move up.
#[server(prefix = "/api", endpoint = "wiki/pages/delete", input = Json)]
pub async fn delete_wiki_page(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let slug = crate::server::wiki::service::delete(&backend, &ctx, id).await?;
    super::context::redirect_plain_form(&crate::model::wiki::wiki_path(&slug));
    Ok(Done { ok: true })
}

/// `POST /api/wiki/pages/follow {"id", "follow"}` → `{"ok": true}`.
#[server(prefix = "/api", endpoint = "wiki/pages/follow", input = Json)]
pub async fn follow_wiki_page(id: i64, follow: bool) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::wiki::service::follow(&backend, &ctx, id, follow).await?;
    Ok(Done { ok: true })
}

/// `GET /api/wiki/tree?community_slug=S` → the wiki's pages in reading order.
#[server(prefix = "/api", endpoint = "wiki/tree", input = GetUrl)]
pub async fn get_wiki_tree(community_slug: String) -> Result<WikiTree, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::wiki::service::tree(&backend, &ctx, &community_slug).await?)
}

/// `GET /api/wiki/pages/find?community_slug=S&title=T` → `{"path": null|S}`: the page a
/// `[[T]]` link leads to.
#[server(prefix = "/api", endpoint = "wiki/pages/find", input = GetUrl)]
pub async fn find_wiki_page(
    community_slug: String,
    title: String,
) -> Result<crate::model::wiki::FoundPage, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let path =
        crate::server::wiki::service::find_titled(&backend, &ctx, &community_slug, &title).await?;
    Ok(crate::model::wiki::FoundPage { path })
}

/// `POST /api/forum/promote {"topic_id"}` → `{"wiki_page_id", "path"}`: keeps an answered
/// question in the community's wiki (422 `not_answered` without an accepted answer).
#[server(prefix = "/api", endpoint = "forum/promote", input = Json)]
pub async fn promote_topic(topic_id: i64) -> Result<crate::model::wiki::Promoted, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let promoted = crate::server::wiki::promote::promote(&backend, &ctx, topic_id).await?;
    super::context::redirect_plain_form(&promoted.path);
    Ok(promoted)
}
