//! `/api/files/*`: community folders and files, and each person's own: listing, versions,
//! folders, renaming, moving, describing, the trash. Uploads (`POST /api/files/upload`,
//! multipart) and downloads (`GET /files/{id}/{version}/{name}`) stream, so they are plain
//! handlers in the server (`server/src/router/files.rs`) calling the same service.
//!
//! A file, folder or community the caller may not see answers 404 `{"code":"not_found"}`
//! exactly as one that does not exist.

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;
use crate::model::account::Done;
use crate::model::files::{CreatedFolder, FileVersions, FolderListing, FolderTree, Trash};

/// `GET /api/files/list?community_slug=S&folder_id=N&page=P` (or `?user_id=N` for a person's
/// own files, the caller's by default) → the folder's folders and a page of its files.
#[server(prefix = "/api", endpoint = "files/list", input = GetUrl)]
pub async fn list_files(
    #[server(default)] community_slug: Option<String>,
    #[server(default)] user_id: Option<i64>,
    #[server(default)] folder_id: Option<i64>,
    #[server(default)] page: u32,
) -> Result<FolderListing, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::files::service::list(
        &backend,
        &ctx,
        community_slug.as_deref(),
        user_id,
        folder_id,
        page,
    )
    .await?)
}

/// `GET /api/files/versions?id=N` → the file with every version, newest first.
#[server(prefix = "/api", endpoint = "files/versions", input = GetUrl)]
pub async fn get_file_versions(id: i64) -> Result<FileVersions, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::files::service::versions(&backend, &ctx, id).await?)
}

/// `POST /api/files/folders/create {"community_slug": null|S, "parent_id": null|N, "name"}`
/// → `{"id"}`.
#[server(prefix = "/api", endpoint = "files/folders/create", input = Json)]
pub async fn create_folder(
    #[server(default)] community_slug: Option<String>,
    #[server(default)] parent_id: Option<i64>,
    name: String,
) -> Result<CreatedFolder, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::files::service::create_folder(
        &backend,
        &ctx,
        community_slug.as_deref(),
        parent_id,
        &name,
    )
    .await?)
}

/// `GET /api/files/folders?community_slug=S` (or `?user_id=N`, the caller's by default) →
/// `{"folders": [{"id", "name", "parent_id", "depth"}]}`: every folder, depth first.
#[server(prefix = "/api", endpoint = "files/folders", input = GetUrl)]
pub async fn get_folder_tree(
    #[server(default)] community_slug: Option<String>,
    #[server(default)] user_id: Option<i64>,
) -> Result<FolderTree, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::files::service::folder_tree(
        &backend,
        &ctx,
        community_slug.as_deref(),
        user_id,
    )
    .await?)
}

/// Where to move a file or folder: `move_to` is `"top"` or a folder's id (a form's one
/// select); otherwise `to_top`, then `id` (the JSON fields). `None`: it stays.
#[cfg(feature = "ssr")]
fn destination(
    move_to: Option<&str>,
    to_top: bool,
    id: Option<i64>,
) -> Result<Option<Option<i64>>, AppError> {
    match move_to.map(str::trim).filter(|m| !m.is_empty()) {
        Some("top") => Ok(Some(None)),
        Some(m) => m.parse::<i64>().map(|n| Some(Some(n))).map_err(|_| {
            AppError::validation(vec![crate::error::FieldError::new("move_to", "not_found")])
        }),
        None if to_top => Ok(Some(None)),
        None => Ok(id.map(Some)),
    }
}

/// `POST /api/files/folders/update {"id", "name"?, "parent_id"?, "to_top"?, "move_to"?}` →
/// `{"ok"}`: renames a folder, or moves it under `parent_id` (or to the top with
/// `"to_top": true`; a form's `"move_to"` is `"top"` or a folder id).
#[server(prefix = "/api", endpoint = "files/folders/update", input = Json)]
pub async fn update_folder(
    id: i64,
    #[server(default)] name: Option<String>,
    #[server(default)] parent_id: Option<i64>,
    #[server(default)] to_top: bool,
    #[server(default)] move_to: Option<String>,
) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    let parent = destination(move_to.as_deref(), to_top, parent_id)?;
    crate::server::files::service::update_folder(&backend, &ctx, id, name.as_deref(), parent)
        .await?;
    Ok(Done { ok: true })
}

/// `POST /api/files/folders/delete {"id"}` → `{"ok"}`: an empty folder.
#[server(prefix = "/api", endpoint = "files/folders/delete", input = Json)]
pub async fn delete_folder(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::files::service::delete_folder(&backend, &ctx, id).await?;
    Ok(Done { ok: true })
}

/// `POST /api/files/update {"id", "name"?, "folder_id"?, "to_top"?, "move_to"?,
/// "description"?, "lang"?, "tags"?}` → `{"ok"}`.
#[server(prefix = "/api", endpoint = "files/update", input = Json)]
pub async fn update_file(
    id: i64,
    #[server(default)] name: Option<String>,
    #[server(default)] folder_id: Option<i64>,
    #[server(default)] to_top: bool,
    #[server(default)] move_to: Option<String>,
    #[server(default)] description: Option<String>,
    #[server(default)] lang: Option<String>,
    #[server(default)] tags: Option<Vec<String>>,
) -> Result<Done, AppError> {
    use crate::server::files::service::FileChange;
    let (backend, ctx) = super::context::request().await?;
    let change = FileChange {
        name,
        folder_id: destination(move_to.as_deref(), to_top, folder_id)?,
        description,
        lang,
        tags,
    };
    crate::server::files::service::update_file(&backend, &ctx, id, change).await?;
    Ok(Done { ok: true })
}

/// `POST /api/files/delete {"id"}` → `{"ok"}`: into the trash for 30 days.
#[server(prefix = "/api", endpoint = "files/delete", input = Json)]
pub async fn delete_file(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::files::service::delete(&backend, &ctx, id).await?;
    Ok(Done { ok: true })
}

/// `POST /api/files/restore {"id"}` → `{"ok"}`: out of the trash.
#[server(prefix = "/api", endpoint = "files/restore", input = Json)]
pub async fn restore_file(id: i64) -> Result<Done, AppError> {
    let (backend, ctx) = super::context::request().await?;
    crate::server::files::service::restore(&backend, &ctx, id).await?;
    Ok(Done { ok: true })
}

/// `GET /api/files/trash?community_slug=S` (or none for one's own) → the trash.
#[server(prefix = "/api", endpoint = "files/trash", input = GetUrl)]
pub async fn get_file_trash(
    #[server(default)] community_slug: Option<String>,
) -> Result<Trash, AppError> {
    let (backend, ctx) = super::context::request().await?;
    Ok(crate::server::files::service::trash(&backend, &ctx, community_slug.as_deref()).await?)
}
