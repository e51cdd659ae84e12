//! Files: a community's folders and files (and each person's own), uploads streamed to disk
//! and kept by hash, new versions, downloads that always pass the policy, a 30-day trash,
//! and the quota. Reading and writing are decided by the policy on the place (a community's
//! members upload; its moderators and owners manage; a person's own files are theirs) and on
//! the file as an item; anything the reader may not see answers like what never existed.

use crate::error::{AppError, FieldError};
use crate::model::community::Tool;
use crate::model::content::{ContentKind, PersonRef};
use std::collections::HashMap;

use crate::model::files::{
    CreatedFolder, FOLDER_PAGE_SIZE, FileEntry, FileVersion, FileVersions, FolderEntry,
    FolderListing, FolderPermissions, FolderRef, FolderTree, MAX_FILE_DESCRIPTION, MAX_FILE_NAME,
    Quota, TRASH_DAYS, Trash, TrashedFile, TreeFolder, Uploaded, download_path, thumbnail_path,
};
use crate::model::ids::UserId;
use crate::server::clock::{now_ms, write_time};
use crate::server::content::input::{self, Problems};
use crate::server::content::markdown::{Rendered, render};
use crate::server::content::reading::load;
use crate::server::content::repo::{self as content_repo, CommunityPlace, NewItem};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::files::repo::{self, FileRow, NewFile, NewVersion, Owner};
use crate::server::files::store::Incoming;
use crate::server::files::thumbnail;
use crate::server::files::types::{is_image, stored_type};
use crate::server::guard::{Screen, screen};
use crate::server::policy::{Action, Place, Resource, authorize};
use crate::server::settings::{community_quota_bytes, max_upload_bytes};
use crate::server::text;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Where files are: a community with the files tool, or a person's own.
struct Located {
    owner: Owner,
    place: Place,
    community: Option<CommunityPlace>,
}

/// The files of a community (by slug) or of a person (`user`, the caller by default) that
/// the caller may do `action` on; `NotFound` for a community they may not see or that has
/// no files.
async fn locate(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
    user: Option<i64>,
    action: Action,
) -> ServiceResult<Located> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let located = match community_slug.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => {
            if slug.len() > 80 {
                return Err(AppError::NotFound.into());
            }
            let c = content_repo::community_by_slug(&backend.db, slug, me)
                .await?
                .ok_or(AppError::NotFound)?;
            authorize(&ctx.actor, Action::ReadContent, &Resource::Place(c.place()))
                .map_err(AppError::from)?;
            if !c.tools.contains(&Tool::Files) {
                return Err(AppError::NotFound.into());
            }
            Located {
                owner: Owner::Community(c.id),
                place: c.place(),
                community: Some(c),
            }
        }
        None => {
            let owner = UserId(user.unwrap_or(me.0));
            Located {
                owner: Owner::Person(owner),
                place: Place::Personal { owner },
                community: None,
            }
        }
    };
    authorize(&ctx.actor, action, &Resource::Place(located.place)).map_err(AppError::from)?;
    Ok(located)
}

/// The files of the community or person a folder or file belongs to.
async fn locate_owner(
    backend: &Backend,
    ctx: &RequestCtx,
    owner: Owner,
    action: Action,
) -> ServiceResult<Located> {
    match owner {
        Owner::Community(id) => {
            let slug = content_repo::community_slug(&backend.db, id)
                .await?
                .ok_or(AppError::NotFound)?;
            locate(backend, ctx, Some(&slug), None, action).await
        }
        Owner::Person(u) => locate(backend, ctx, None, Some(u.0), action).await,
    }
}

/// Uploading and managing in a place: members (or the person) upload; moderators manage
/// (and a person their own files).
fn may(ctx: &RequestCtx, place: Place, action: Action) -> bool {
    authorize(&ctx.actor, action, &Resource::Place(place)).is_ok()
}

/// Deleting a file or folder: as for any item written in the place, its author or those who
/// moderate there.
fn may_delete(ctx: &RequestCtx, place: Place, author: i64) -> bool {
    let thing = Resource::Item {
        author: UserId(author),
        place,
        published: true,
    };
    authorize(&ctx.actor, Action::Delete, &thing).is_ok()
}

/// A living folder the caller may see, with where it is.
async fn load_folder(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    action: Action,
) -> ServiceResult<(repo::FolderRow, Located)> {
    let row = repo::folder(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = row.owner().ok_or(AppError::NotFound)?;
    // Reading first: a folder the caller may not see is not found, whatever they asked.
    locate_owner(backend, ctx, owner, Action::ReadContent).await?;
    let located = locate_owner(backend, ctx, owner, action).await?;
    Ok((row, located))
}

/// A name someone else chose (an attachment of mail), made one a file may have: one line by
/// the rules of [`text::one_line`] (control and direction marks dropped), no path
/// separators, at most [`MAX_FILE_NAME`] characters, never empty, `.` or `..`.
pub fn clean_file_name(raw: &str) -> String {
    let name: String = text::one_line_cleaned(raw)
        .chars()
        .map(|c| if matches!(c, '/' | '\\') { '_' } else { c })
        .take(MAX_FILE_NAME)
        .collect();
    let name = name.trim();
    if name.is_empty() || name == "." || name == ".." {
        "attachment".to_owned()
    } else {
        name.to_owned()
    }
}

/// A file name: one line, no path separators, at most [`MAX_FILE_NAME`] characters.
fn file_name(raw: &str, field: &str, p: &mut Problems) -> String {
    let name = match text::one_line(raw) {
        Ok(n) => n,
        Err(problem) => {
            p.push(FieldError::new(field, problem.code()));
            return String::new();
        }
    };
    if name.is_empty() {
        p.push(FieldError::new(field, "required"));
    } else if name.chars().count() > MAX_FILE_NAME {
        p.push(FieldError::with_limit(
            field,
            "too_long",
            MAX_FILE_NAME as u32,
        ));
    } else if name.contains(['/', '\\']) || name == "." || name == ".." {
        p.push(FieldError::new(field, "invalid"));
    }
    name
}

fn name_taken(field: &str) -> AppError {
    AppError::validation(vec![FieldError::new(field, "taken")])
}

/// Checks that `parent` is a living folder of the same owner (and, for a move, not the
/// folder itself or below it).
async fn check_folder(
    backend: &Backend,
    owner: Owner,
    parent: Option<i64>,
    moving: Option<i64>,
    field: &str,
) -> ServiceResult<()> {
    let Some(parent) = parent else { return Ok(()) };
    let bad = |code: &str| AppError::validation(vec![FieldError::new(field, code)]);
    let row = repo::folder(&backend.db, parent).await?;
    if row.as_ref().and_then(repo::FolderRow::owner) != Some(owner) {
        return Err(bad("not_found").into());
    }
    if let Some(m) = moving {
        let above = repo::folder_ancestors(&backend.db, parent).await?;
        if m == parent || above.iter().any(|(id, _)| *id == m) {
            return Err(bad("inside_itself").into());
        }
    }
    Ok(())
}

fn person(id: i64, name: &str) -> PersonRef {
    PersonRef {
        id: UserId(id),
        display_name: name.to_owned(),
    }
}

fn entry(r: FileRow, tags: Vec<String>) -> FileEntry {
    FileEntry {
        download_path: download_path(r.id, r.current_version, &r.name),
        thumbnail_path: (r.has_thumb > 0).then(|| thumbnail_path(r.id, r.current_version)),
        id: r.id,
        name: r.name,
        folder_id: r.folder_id,
        size: r.size,
        mime: r.mime,
        version: r.current_version,
        description: r.description,
        lang: r.lang,
        tags,
        updated_at: r.updated_at,
        updated_by: person(r.updated_by, &r.updater_name),
        like_count: r.like_count,
        comment_count: r.comment_count,
    }
}

/// A folder's contents (or the top of a community's or person's files).
pub async fn list(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
    user: Option<i64>,
    folder: Option<i64>,
    page: u32,
) -> ServiceResult<FolderListing> {
    let (located, folder_row) = match folder {
        Some(id) => {
            let (row, located) = load_folder(backend, ctx, id, Action::ReadContent).await?;
            (located, Some(row))
        }
        None => (
            locate(backend, ctx, community_slug, user, Action::ReadContent).await?,
            None,
        ),
    };
    // A folder asked for with another community's slug is not this listing's.
    if let (Some(slug), Some(c)) = (community_slug, located.community.as_ref())
        && !slug.trim().is_empty()
        && slug.trim() != c.slug
    {
        return Err(AppError::NotFound.into());
    }
    let folders = repo::folders_in(&backend.db, located.owner, folder)
        .await?
        .into_iter()
        .map(|f| FolderEntry {
            created_by: f.creator(),
            id: f.id,
            name: f.name,
            parent_id: f.parent_id,
            created_at: f.created_at,
        })
        .collect();
    let size = FOLDER_PAGE_SIZE as i64;
    let mut rows = repo::files_in(
        &backend.db,
        located.owner,
        folder,
        size + 1,
        i64::from(page) * size,
    )
    .await?;
    let next_page = (rows.len() > FOLDER_PAGE_SIZE).then_some(page + 1);
    rows.truncate(FOLDER_PAGE_SIZE);
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let tags = content_repo::tags_of(&backend.db, &ids).await?;
    let files = rows
        .into_iter()
        .map(|r| {
            let mine = tags
                .iter()
                .filter(|(id, _)| *id == r.id)
                .map(|(_, t)| t.clone())
                .collect();
            entry(r, mine)
        })
        .collect();
    let breadcrumbs = match &folder_row {
        Some(f) => repo::folder_ancestors(&backend.db, f.id)
            .await?
            .into_iter()
            .map(|(id, name)| FolderRef { id, name })
            .collect(),
        None => Vec::new(),
    };
    let manage = may(ctx, located.place, Action::Moderate);
    let quota = match (located.owner, manage) {
        (Owner::Community(_), true) => Some(Quota {
            used_bytes: repo::used_bytes(&backend.db, located.owner).await?,
            quota_bytes: community_quota_bytes(&backend.db).await? as i64,
        }),
        _ => None,
    };
    let owner = match located.owner {
        Owner::Person(u) => Some(PersonRef {
            id: u,
            display_name: content_repo::display_name(&backend.db, u)
                .await?
                .unwrap_or_default(),
        }),
        Owner::Community(_) => None,
    };
    Ok(FolderListing {
        community_slug: located.community.as_ref().map(|c| c.slug.clone()),
        owner,
        folder: folder_row.map(|f| FolderRef {
            id: f.id,
            name: f.name,
        }),
        breadcrumbs,
        folders,
        files,
        next_page,
        can: FolderPermissions {
            upload: may(ctx, located.place, Action::Post),
            manage,
        },
        quota,
        max_upload_bytes: max_upload_bytes(&backend.db).await? as i64,
    })
}

/// Every folder of a community's (or person's) files, depth first.
pub async fn folder_tree(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
    user: Option<i64>,
) -> ServiceResult<FolderTree> {
    let located = locate(backend, ctx, community_slug, user, Action::ReadContent).await?;
    let rows = repo::all_folders(&backend.db, located.owner).await?;
    let mut children: HashMap<Option<i64>, Vec<(i64, String)>> = HashMap::new();
    for (id, parent, name) in rows {
        children.entry(parent).or_default().push((id, name));
    }
    // Depth first from the top; a folder whose parent is gone is not reachable, as in the
    // listing.
    let mut folders = Vec::new();
    let mut stack: Vec<(Option<i64>, u32)> = vec![(None, 0)];
    let mut pending: Vec<std::vec::IntoIter<(i64, String)>> =
        vec![children.remove(&None).unwrap_or_default().into_iter()];
    while let Some(level) = pending.last_mut() {
        match level.next() {
            Some((id, name)) => {
                let depth = stack.len() as u32 - 1;
                folders.push(TreeFolder {
                    id,
                    name,
                    parent_id: stack.last().and_then(|s| s.0),
                    depth,
                });
                stack.push((Some(id), depth + 1));
                pending.push(children.remove(&Some(id)).unwrap_or_default().into_iter());
            }
            None => {
                pending.pop();
                stack.pop();
            }
        }
    }
    Ok(FolderTree { folders })
}

/// Creates a folder.
pub async fn create_folder(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
    parent: Option<i64>,
    name: &str,
) -> ServiceResult<CreatedFolder> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let located = locate(backend, ctx, community_slug, None, Action::Post).await?;
    let mut p = Problems::default();
    let name = file_name(name, "name", &mut p);
    p.finish()?;
    let s = Screen::new(located.community.as_ref().map(|c| c.id), None).text("name", &name);
    screen(backend, ctx, s, None).await?;
    check_folder(backend, located.owner, parent, None, "parent_id").await?;
    let mut tx = backend.db.pool.begin().await.context("starting a folder")?;
    if repo::name_taken(&mut tx, located.owner, parent, &name, None).await? {
        return Err(name_taken("name").into());
    }
    let id = repo::insert_folder(&mut tx, located.owner, parent, &name, me, now_ms()).await?;
    tx.commit().await.context("creating a folder")?;
    Ok(CreatedFolder { id })
}

/// Renames a folder or moves it under another (or to the top with `parent` `Some(None)`).
pub async fn update_folder(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    name: Option<&str>,
    parent: Option<Option<i64>>,
) -> ServiceResult<()> {
    let (row, located) = load_folder(backend, ctx, id, Action::Post).await?;
    let mut p = Problems::default();
    let name = match name {
        Some(n) => file_name(n, "name", &mut p),
        None => row.name.clone(),
    };
    p.finish()?;
    let s = Screen::new(located.community.as_ref().map(|c| c.id), None).text("name", &name);
    screen(backend, ctx, s, None).await?;
    let parent = parent.unwrap_or(row.parent_id);
    check_folder(backend, located.owner, parent, Some(id), "parent_id").await?;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a folder change")?;
    if repo::name_taken(&mut tx, located.owner, parent, &name, Some(id)).await? {
        return Err(name_taken("name").into());
    }
    repo::update_folder(&mut tx, id, parent, &name).await?;
    tx.commit().await.context("changing a folder")?;
    Ok(())
}

/// Deletes an empty folder (its creator, or those who manage the files).
pub async fn delete_folder(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<()> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (row, located) = load_folder(backend, ctx, id, Action::ReadContent).await?;
    if !may_delete(ctx, located.place, row.created_by) {
        return Err(AppError::Forbidden.into());
    }
    if !repo::folder_is_empty(&backend.db, id).await? {
        return Err(AppError::validation(vec![FieldError::new("id", "folder_not_empty")]).into());
    }
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a folder delete")?;
    repo::delete_folder(&mut tx, id, me, now_ms()).await?;
    tx.commit().await.context("deleting a folder")?;
    Ok(())
}

/// What an upload goes to: a new file in a community's or one's own folder, or a new
/// version of a file.
#[derive(Debug, Clone, Default)]
pub struct UploadTarget {
    pub community_slug: Option<String>,
    pub folder_id: Option<i64>,
    pub replace_id: Option<i64>,
    pub description: String,
    pub lang: String,
    pub tags: Vec<String>,
}

/// An upload the caller may make, checked before any byte is written.
pub struct UploadPlan {
    owner: Owner,
    community: Option<CommunityPlace>,
    target: UploadTarget,
    /// The file a new version is for.
    replacing: Option<FileRow>,
    /// The most bytes this upload may have.
    pub limit: u64,
    /// The quota left, for a community.
    room: Option<u64>,
}

/// Checks an upload before its bytes arrive: where it goes, that the caller may put it
/// there, and how large it may be.
pub async fn prepare_upload(
    backend: &Backend,
    ctx: &RequestCtx,
    target: UploadTarget,
) -> ServiceResult<UploadPlan> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (located, replacing) = match target.replace_id {
        Some(id) => {
            let row = load(backend, ctx, id, Action::ReadContent).await?;
            if row.kind() != ContentKind::File {
                return Err(AppError::NotFound.into());
            }
            let (file, _) = repo::file(&backend.db, id)
                .await?
                .ok_or(AppError::NotFound)?;
            let owner = file.owner().ok_or(AppError::NotFound)?;
            (
                locate_owner(backend, ctx, owner, Action::Post).await?,
                Some(file),
            )
        }
        None => {
            let located = locate(
                backend,
                ctx,
                target.community_slug.as_deref(),
                None,
                Action::Post,
            )
            .await?;
            check_folder(backend, located.owner, target.folder_id, None, "folder_id").await?;
            (located, None)
        }
    };
    let mut p = Problems::default();
    if target.description.chars().count() > MAX_FILE_DESCRIPTION {
        p.push(FieldError::with_limit(
            "description",
            "too_long",
            MAX_FILE_DESCRIPTION as u32,
        ));
    }
    input::lang(&target.lang, &mut p);
    input::tags(&target.tags, &mut p);
    p.finish()?;
    let limit = max_upload_bytes(&backend.db).await?;
    let room = match located.owner {
        Owner::Community(_) => {
            let used = repo::used_bytes(&backend.db, located.owner).await?.max(0) as u64;
            Some(
                community_quota_bytes(&backend.db)
                    .await?
                    .saturating_sub(used),
            )
        }
        Owner::Person(_) => None,
    };
    Ok(UploadPlan {
        owner: located.owner,
        community: located.community,
        target,
        replacing,
        limit,
        room,
    })
}

/// Keeps an upload whose bytes have all arrived: stores them under their hash and records
/// the file (or its new version). `name` is the file's name as the browser sent it.
pub async fn finish_upload(
    backend: &Backend,
    ctx: &RequestCtx,
    plan: UploadPlan,
    incoming: Incoming,
    name: &str,
) -> ServiceResult<Uploaded> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut p = Problems::default();
    let name = file_name(name, "file", &mut p);
    p.finish()?;
    let tag_text = plan.target.tags.join(" ");
    let s = Screen::new(plan.community.as_ref().map(|c| c.id), None)
        .text("file", &name)
        .text("description", &plan.target.description)
        .text("tags", &tag_text);
    screen(backend, ctx, s, None).await?;
    if let Some(room) = plan.room
        && incoming.size() > room
    {
        return Err(AppError::QuotaExceeded { quota: room }.into());
    }
    // A taken name is refused before the bytes are kept (the transaction checks again).
    {
        let (folder, except) = match &plan.replacing {
            Some(file) => (file.folder_id, Some(file.id)),
            None => (plan.target.folder_id, None),
        };
        let mut conn = backend
            .db
            .pool
            .acquire()
            .await
            .context("checking a file name")?;
        if repo::name_taken(&mut conn, plan.owner, folder, &name, except).await? {
            return Err(name_taken("file").into());
        }
    }
    let (hash, size) = backend.files.keep(incoming).await?;
    let mime = stored_type(&name);
    let thumb = keep_thumbnail(backend, &hash, size, mime).await?;
    let now = write_time();
    let size = size as i64;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting to record an upload")?;
    let (id, version) = match &plan.replacing {
        Some(file) => {
            if name.to_lowercase() != file.name.to_lowercase()
                && repo::name_taken(&mut tx, plan.owner, file.folder_id, &name, Some(file.id))
                    .await?
            {
                return Err(name_taken("file").into());
            }
            let v = NewVersion {
                file: file.id,
                name: &name,
                hash: &hash,
                size,
                mime,
                uploader: me,
                now,
                thumb: thumb.as_deref(),
            };
            let version = repo::add_version(&mut tx, &v).await?;
            (file.id, version)
        }
        None => {
            let folder = plan.target.folder_id;
            if repo::name_taken(&mut tx, plan.owner, folder, &name, None).await? {
                return Err(name_taken("file").into());
            }
            let mut p = Problems::default();
            let lang = input::lang(&plan.target.lang, &mut p);
            let tags = input::tags(&plan.target.tags, &mut p);
            p.finish()?;
            let description = text::multi_line(&plan.target.description);
            let rendered = if description.is_empty() {
                Rendered {
                    html: String::new(),
                    excerpt: String::new(),
                    mentions: Vec::new(),
                }
            } else {
                render(&description).await?
            };
            let item = NewItem {
                kind: ContentKind::File,
                author: me,
                community: plan.community.as_ref().map(|c| c.id),
                parent: None,
                thread: None,
                title: Some(&name),
                body: &description,
                rendered: &rendered,
                lang: &lang,
                question: false,
                published: true,
                tags: &tags,
                now,
            };
            let id = content_repo::insert(&mut tx, &item).await?;
            let file = NewFile {
                id,
                owner: plan.owner,
                folder,
                name: &name,
                size,
                mime,
                uploader: me,
            };
            repo::insert_file(&mut tx, &file).await?;
            let v = NewVersion {
                file: id,
                name: &name,
                hash: &hash,
                size,
                mime,
                uploader: me,
                now,
                thumb: thumb.as_deref(),
            };
            repo::first_version(&mut tx, &v).await?;
            (id, 1)
        }
    };
    tx.commit().await.context("recording an upload")?;
    Ok(Uploaded {
        id,
        version,
        download_path: download_path(id, version, &name),
    })
}

/// Makes and keeps the thumbnail of a stored image; `None` for anything else, or an image
/// that cannot be read.
async fn keep_thumbnail(
    backend: &Backend,
    hash: &str,
    size: u64,
    mime: &str,
) -> ServiceResult<Option<String>> {
    if !is_image(mime) {
        return Ok(None);
    }
    let Some(path) = backend.files.blob_path(hash) else {
        return Ok(None);
    };
    let Some(png) = thumbnail::make(path, size).await else {
        return Ok(None);
    };
    let mut incoming = backend.files.begin(png.len() as u64).await?;
    incoming.write(&png).await?;
    Ok(Some(backend.files.keep(incoming).await?.0))
}

/// The thumbnail of one version of an image the caller may see; the same `NotFound` as for
/// a missing file otherwise.
pub async fn thumbnail(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    version: i64,
) -> ServiceResult<std::path::PathBuf> {
    let (_, located) = load_file(backend, ctx, id).await?;
    let v = repo::version(&backend.db, id, version)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::server::audit::read_in(
        backend,
        ctx,
        &located.place,
        located.community.as_ref().map(|c| c.id.0),
        "file_download",
        id,
        serde_json::json!({ "version": version, "size": v.size }),
    );
    let hash = v.thumb_hash.ok_or(AppError::NotFound)?;
    Ok(backend.files.blob_path(&hash).ok_or(AppError::NotFound)?)
}

/// A file the caller may see (living), with where it is.
async fn load_file(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
) -> ServiceResult<(FileRow, Located)> {
    let row = load(backend, ctx, id, Action::ReadContent).await?;
    if row.kind() != ContentKind::File {
        return Err(AppError::NotFound.into());
    }
    let (file, _) = repo::file(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = file.owner().ok_or(AppError::NotFound)?;
    let located = locate_owner(backend, ctx, owner, Action::ReadContent).await?;
    Ok((file, located))
}

/// A file with all its versions.
pub async fn versions(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<FileVersions> {
    let (file, located) = load_file(backend, ctx, id).await?;
    crate::server::audit::read_in(
        backend,
        ctx,
        &located.place,
        located.community.as_ref().map(|c| c.id.0),
        "file_read",
        id,
        serde_json::json!({}),
    );
    let versions = repo::versions(&backend.db, id)
        .await?
        .into_iter()
        .map(|v| FileVersion {
            download_path: download_path(id, v.version, &v.name),
            thumbnail_path: v.thumb_hash.as_ref().map(|_| thumbnail_path(id, v.version)),
            uploader: person(v.uploader_id, &v.uploader_name),
            version: v.version,
            name: v.name,
            size: v.size,
            mime: v.mime,
            created_at: v.created_at,
        })
        .collect();
    let tags = content_repo::tags_of(&backend.db, &[id])
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    Ok(FileVersions {
        id,
        community_slug: located.community.as_ref().map(|c| c.slug.clone()),
        owner_id: match located.owner {
            Owner::Person(u) => Some(u.0),
            Owner::Community(_) => None,
        },
        folder_id: file.folder_id,
        description: file.description,
        lang: file.lang,
        tags,
        current_version: file.current_version,
        versions,
        can_edit: may(ctx, located.place, Action::Post),
        can_delete: may_delete(ctx, located.place, file.author_id),
        name: file.name,
    })
}

/// What a download sends.
#[derive(Debug, Clone)]
pub struct Download {
    pub path: std::path::PathBuf,
    pub name: String,
    pub mime: String,
    pub size: i64,
}

/// One version of a file to download; the same `NotFound` for a file or version that does
/// not exist, is deleted, or is somewhere the caller may not read.
pub async fn download(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    version: i64,
) -> ServiceResult<Download> {
    let (_, located) = load_file(backend, ctx, id).await?;
    let v = repo::version(&backend.db, id, version)
        .await?
        .ok_or(AppError::NotFound)?;
    crate::server::audit::read_in(
        backend,
        ctx,
        &located.place,
        located.community.as_ref().map(|c| c.id.0),
        "file_download",
        id,
        serde_json::json!({ "version": version, "size": v.size }),
    );
    let path = backend
        .files
        .blob_path(&v.blob_hash)
        .ok_or(AppError::NotFound)?;
    Ok(Download {
        path,
        name: v.name,
        mime: v.mime,
        size: v.size,
    })
}

/// Renames, moves or describes a file.
#[derive(Debug, Clone, Default)]
pub struct FileChange {
    pub name: Option<String>,
    /// `Some(None)`: to the top.
    pub folder_id: Option<Option<i64>>,
    pub description: Option<String>,
    pub lang: Option<String>,
    pub tags: Option<Vec<String>>,
}

pub async fn update_file(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    change: FileChange,
) -> ServiceResult<()> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (file, located) = load_file(backend, ctx, id).await?;
    if !may(ctx, located.place, Action::Post) {
        return Err(AppError::Forbidden.into());
    }
    let mut p = Problems::default();
    let name = match &change.name {
        Some(n) => file_name(n, "name", &mut p),
        None => file.name.clone(),
    };
    let description = change.description.as_deref().map(text::multi_line);
    if description
        .as_ref()
        .is_some_and(|d| d.chars().count() > MAX_FILE_DESCRIPTION)
    {
        p.push(FieldError::with_limit(
            "description",
            "too_long",
            MAX_FILE_DESCRIPTION as u32,
        ));
    }
    let lang = change.lang.as_deref().map(|l| input::lang(l, &mut p));
    let tags = change.tags.as_deref().map(|t| input::tags(t, &mut p));
    p.finish()?;
    let tag_text = tags.as_ref().map(|t| t.join(" ")).unwrap_or_default();
    let s = Screen::new(located.community.as_ref().map(|c| c.id), lang.as_deref())
        .text("name", &name)
        .text("description", description.as_deref().unwrap_or(""))
        .text("tags", &tag_text);
    screen(backend, ctx, s, None).await?;
    let folder = change.folder_id.unwrap_or(file.folder_id);
    check_folder(backend, located.owner, folder, None, "folder_id").await?;
    let rendered = match &description {
        Some(d) if !d.is_empty() => Some(render(d).await?),
        Some(_) => Some(Rendered {
            html: String::new(),
            excerpt: String::new(),
            mentions: Vec::new(),
        }),
        None => None,
    };
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a file change")?;
    if repo::name_taken(&mut tx, located.owner, folder, &name, Some(id)).await? {
        return Err(name_taken("name").into());
    }
    repo::place_file(&mut tx, id, folder, &name).await?;
    let described = description.as_deref().zip(rendered.as_ref());
    repo::describe(&mut tx, id, described, lang.as_deref(), me, write_time()).await?;
    if let Some(tags) = &tags {
        content_repo::replace_tags(&mut tx, id, tags, Some(now_ms())).await?;
    }
    tx.commit().await.context("changing a file")?;
    Ok(())
}

/// Puts a file in the trash (its uploader, or those who manage the files).
pub async fn delete(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<()> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (file, located) = load_file(backend, ctx, id).await?;
    if !may_delete(ctx, located.place, file.author_id) {
        return Err(AppError::Forbidden.into());
    }
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a file delete")?;
    repo::trash_file(&mut tx, id, me, now_ms()).await?;
    tx.commit().await.context("deleting a file")?;
    Ok(())
}

/// Takes a file out of the trash (those who manage the files; a person their own). It goes
/// back to its folder, or to the top when the folder is gone.
pub async fn restore(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<()> {
    let (file, deleted) = repo::file(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let owner = file.owner().ok_or(AppError::NotFound)?;
    let cutoff = now_ms() - TRASH_DAYS * DAY_MS;
    if deleted.is_none_or(|d| d <= cutoff) {
        return Err(AppError::NotFound.into());
    }
    let located = locate_owner(backend, ctx, owner, Action::ReadContent).await?;
    if !may(ctx, located.place, Action::Moderate) {
        return Err(AppError::Forbidden.into());
    }
    let folder = match file.folder_id {
        Some(f) if repo::folder(&backend.db, f).await?.is_some() => Some(f),
        _ => None,
    };
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a restore")?;
    if repo::name_taken(&mut tx, owner, folder, &file.name, Some(id)).await? {
        return Err(name_taken("name").into());
    }
    repo::restore(&mut tx, id).await?;
    repo::place_file(&mut tx, id, folder, &file.name).await?;
    tx.commit().await.context("restoring a file")?;
    Ok(())
}

/// The trash of a community (for those who manage its files) or of oneself.
pub async fn trash(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: Option<&str>,
) -> ServiceResult<Trash> {
    let located = locate(backend, ctx, community_slug, None, Action::ReadContent).await?;
    let can_restore = may(ctx, located.place, Action::Moderate);
    if !can_restore {
        return Err(AppError::Forbidden.into());
    }
    let now = now_ms();
    let items = repo::trash(&backend.db, located.owner, now - TRASH_DAYS * DAY_MS)
        .await?
        .into_iter()
        .map(|t| TrashedFile {
            id: t.id,
            name: t.name,
            size: t.size,
            deleted_at: t.deleted_at,
            deleted_by: person(t.deleted_by, &t.deleter_name),
            purge_at: t.deleted_at + TRASH_DAYS * DAY_MS,
        })
        .collect();
    Ok(Trash {
        community_slug: located.community.map(|c| c.slug),
        items,
        can_restore,
    })
}

/// How old a stored blob nothing refers to must be before it is removed: an upload stores
/// its bytes a moment before its row is written (on another node, perhaps), and a crash in
/// between leaves bytes that no row will ever name.
pub const ORPHAN_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes stored bytes that no file version or mail attachment refers to (left by a crash
/// between storing an upload and recording it); how many.
pub async fn sweep_orphan_blobs(backend: &Backend) -> ServiceResult<usize> {
    let before = std::time::SystemTime::now()
        .checked_sub(ORPHAN_AFTER)
        .unwrap_or(std::time::UNIX_EPOCH);
    let old = backend.files.blobs_older_than(before).await?;
    let used = repo::referenced(&backend.db, &old).await?;
    let mut removed = 0;
    for hash in old.iter().filter(|h| !used.contains(*h)) {
        if backend.files.remove_idle_blob(hash, before).await? {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Empties what has been in the trash for longer than [`TRASH_DAYS`]: the files are gone
/// for good and bytes nothing else uses leave the disk. Returns how many blobs were removed.
pub async fn purge_trash(backend: &Backend, now: i64) -> ServiceResult<usize> {
    let mut tx = backend.db.pool.begin().await.context("starting a purge")?;
    let hashes = repo::purge(&mut tx, now - TRASH_DAYS * DAY_MS).await?;
    tx.commit().await.context("purging the trash")?;
    // Bytes stored or used again within the last hour may be about to be named by a new row
    // (an upload, a mail's attachment): they stay, and the sweep looks at them later.
    let cutoff = std::time::UNIX_EPOCH
        + std::time::Duration::from_millis(u64::try_from(now).unwrap_or(0))
            .saturating_sub(ORPHAN_AFTER);
    let mut removed = 0;
    for hash in &hashes {
        if backend.files.remove_idle_blob(hash, cutoff).await? {
            removed += 1;
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_from_outside_is_made_one_a_file_may_have() {
        assert_eq!(clean_file_name("Kvitto maj.pdf"), "Kvitto maj.pdf");
        assert_eq!(clean_file_name("invoice\u{202e}fdp.exe"), "invoicefdp.exe");
        assert_eq!(clean_file_name("../../etc/passwd"), ".._.._etc_passwd");
        assert_eq!(clean_file_name("a\r\nb.txt"), "ab.txt");
        for empty in ["", "  ", ".", "..", "\u{202e}"] {
            assert_eq!(clean_file_name(empty), "attachment", "{empty:?}");
        }
        assert_eq!(
            clean_file_name(&"x".repeat(1000)).chars().count(),
            MAX_FILE_NAME
        );
    }
}
