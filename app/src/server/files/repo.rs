//! SQL for files: folders, files with their versions, listings, the trash and the quota. A
//! file's name, description, language, tags, likes and comments are its `content` row (the
//! name is its title, the description its body); its folder, size, type and current version
//! are its `files` row; every upload is a `file_versions` row naming a blob by hash.

use sqlx::AnyConnection;

use crate::model::content::PersonRef;
use crate::model::ids::{CommunityId, UserId};
use crate::server::content::markdown::Rendered;
use crate::server::db::{Arg, Args, Db};
use crate::server::fault::{Context, ServiceResult};
use crate::server::public_id;

/// Where files live: a community, or a person's own files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Community(CommunityId),
    Person(UserId),
}

impl Owner {
    /// The stored `community_id` and `owner_id` of a folder (a file's `owner_id` is its
    /// uploader in a community).
    fn columns(self) -> (Option<i64>, Option<i64>) {
        match self {
            Self::Community(c) => (Some(c.0), None),
            Self::Person(u) => (None, Some(u.0)),
        }
    }

    /// The condition that row `alias` (a folder or a file) belongs to this owner.
    fn sql(self, alias: &str, args: &mut Args) -> String {
        match self {
            Self::Community(c) => {
                let p = args.push(Arg::Int(c.0));
                format!("{alias}.community_id = {p}")
            }
            Self::Person(u) => {
                let p = args.push(Arg::Int(u.0));
                format!("{alias}.community_id IS NULL AND {alias}.owner_id = {p}")
            }
        }
    }
}

/// The condition that row `alias`'s `column` is `value` (NULL for `None`).
fn same(alias: &str, column: &str, value: Option<i64>, args: &mut Args) -> String {
    match value {
        Some(v) => {
            let p = args.push(Arg::Int(v));
            format!("{alias}.{column} = {p}")
        }
        None => format!("{alias}.{column} IS NULL"),
    }
}

/// A folder row.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FolderRow {
    pub id: i64,
    pub community_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub parent_id: Option<i64>,
    pub name: String,
    pub created_by: i64,
    pub creator_name: String,
    pub created_at: i64,
}

impl FolderRow {
    pub fn owner(&self) -> Option<Owner> {
        match (self.community_id, self.owner_id) {
            (Some(c), _) => Some(Owner::Community(CommunityId(c))),
            (None, Some(u)) => Some(Owner::Person(UserId(u))),
            _ => None,
        }
    }

    pub fn creator(&self) -> PersonRef {
        PersonRef {
            id: UserId(self.created_by),
            display_name: self.creator_name.clone(),
        }
    }
}

const FOLDER_SELECT: &str = "SELECT f.id, f.community_id, f.owner_id, f.parent_id, f.name, \
     f.created_by, p.display_name AS creator_name, f.created_at \
     FROM file_folders f JOIN profiles p ON p.user_id = f.created_by";

/// A living folder by id.
pub async fn folder(db: &Db, id: i64) -> ServiceResult<Option<FolderRow>> {
    let sql = format!("{FOLDER_SELECT} WHERE f.id = $1 AND f.deleted_at IS NULL");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a folder")
}

/// The living folders in a folder (or at the top), by name.
pub async fn folders_in(
    db: &Db,
    owner: Owner,
    parent: Option<i64>,
) -> ServiceResult<Vec<FolderRow>> {
    let mut args = Args::default();
    let mine = owner.sql("f", &mut args);
    let under = same("f", "parent_id", parent, &mut args);
    let sql = format!(
        "{FOLDER_SELECT} WHERE {mine} AND {under} AND f.deleted_at IS NULL ORDER BY f.name_key, f.id"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing folders")
}

/// Every living folder of an owner: (id, parent, name), by name.
pub async fn all_folders(db: &Db, owner: Owner) -> ServiceResult<Vec<(i64, Option<i64>, String)>> {
    let mut args = Args::default();
    let mine = owner.sql("f", &mut args);
    let sql = format!(
        "SELECT f.id, f.parent_id, f.name FROM file_folders f \
         WHERE {mine} AND f.deleted_at IS NULL ORDER BY f.name_key, f.id"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing all folders")
}

/// The folders above one, from the top down to its parent.
pub async fn folder_ancestors(db: &Db, id: i64) -> ServiceResult<Vec<(i64, String)>> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "WITH RECURSIVE up (id, depth) AS ( \
             SELECT parent_id, CAST(1 AS BIGINT) FROM file_folders WHERE id = $1 AND parent_id IS NOT NULL \
             UNION ALL \
             SELECT f.parent_id, up.depth + 1 FROM file_folders f JOIN up ON f.id = up.id \
             WHERE f.parent_id IS NOT NULL AND up.depth < 64) \
         SELECT up.id, f.name, up.depth FROM up JOIN file_folders f ON f.id = up.id \
         ORDER BY up.depth DESC",
    )
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .context("loading a folder's parents")?;
    Ok(rows.into_iter().map(|(id, name, _)| (id, name)).collect())
}

/// A folder name's key: folders and files of one folder are unique by it.
pub fn name_key(name: &str) -> String {
    name.to_lowercase()
}

/// Whether a living folder or file in `parent` has this name (other than `except`).
pub async fn name_taken(
    conn: &mut AnyConnection,
    owner: Owner,
    parent: Option<i64>,
    name: &str,
    except: Option<i64>,
) -> ServiceResult<bool> {
    let mut args = Args::default();
    let key = args.push(Arg::Text(name_key(name)));
    let other = args.push(Arg::Int(except.unwrap_or(0)));
    let folder_owner = owner.sql("f", &mut args);
    let folder_under = same("f", "parent_id", parent, &mut args);
    let file_owner = owner.sql("x", &mut args);
    let file_under = same("x", "folder_id", parent, &mut args);
    let sql = format!(
        "SELECT (SELECT COUNT(*) FROM file_folders f WHERE {folder_owner} AND {folder_under} \
         AND f.name_key = {key} AND f.deleted_at IS NULL AND f.id <> {other}) + \
         (SELECT COUNT(*) FROM files x JOIN content c ON c.id = x.content_id \
          WHERE {file_owner} AND {file_under} AND x.name_key = {key} AND c.deleted_at IS NULL \
          AND x.content_id <> {other})"
    );
    let n: i64 = args
        .bind(sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql)))
        .fetch_one(&mut *conn)
        .await
        .context("checking a name")?
        .0;
    Ok(n > 0)
}

/// Creates a folder; returns its id.
pub async fn insert_folder(
    conn: &mut AnyConnection,
    owner: Owner,
    parent: Option<i64>,
    name: &str,
    by: UserId,
    now: i64,
) -> ServiceResult<i64> {
    let (c, u) = owner.columns();
    for _ in 0..public_id::ATTEMPTS {
        let id = public_id::draw();
        let done: Option<i64> = sqlx::query_scalar(
            "INSERT INTO file_folders (id, community_id, owner_id, parent_id, name, name_key, \
             created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (id) DO NOTHING RETURNING id",
        )
        .bind(id)
        .bind(c)
        .bind(u)
        .bind(parent)
        .bind(name)
        .bind(name_key(name))
        .bind(by.0)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await
        .context("creating a folder")?;
        if let Some(id) = done {
            return Ok(id);
        }
    }
    Err(public_id::exhausted("drawing a free folder id"))
}

/// Renames or moves a folder.
pub async fn update_folder(
    conn: &mut AnyConnection,
    id: i64,
    parent: Option<i64>,
    name: &str,
) -> ServiceResult<()> {
    sqlx::query("UPDATE file_folders SET parent_id = $2, name = $3, name_key = $4 WHERE id = $1")
        .bind(id)
        .bind(parent)
        .bind(name)
        .bind(name_key(name))
        .execute(&mut *conn)
        .await
        .context("changing a folder")?;
    Ok(())
}

/// Deletes an empty folder.
pub async fn delete_folder(
    conn: &mut AnyConnection,
    id: i64,
    by: UserId,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query("UPDATE file_folders SET deleted_at = $2, deleted_by = $3 WHERE id = $1")
        .bind(id)
        .bind(now)
        .bind(by.0)
        .execute(&mut *conn)
        .await
        .context("deleting a folder")?;
    Ok(())
}

/// Whether a folder holds anything living.
pub async fn folder_is_empty(db: &Db, id: i64) -> ServiceResult<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM file_folders WHERE parent_id = $1 AND deleted_at IS NULL) + \
         (SELECT COUNT(*) FROM files x JOIN content c ON c.id = x.content_id \
          WHERE x.folder_id = $1 AND c.deleted_at IS NULL)",
    )
    .bind(id)
    .fetch_one(&db.pool)
    .await
    .context("checking a folder is empty")?;
    Ok(n == 0)
}

/// A file row with its content row's facts.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct FileRow {
    pub id: i64,
    pub community_id: Option<i64>,
    pub owner_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub name: String,
    pub size: i64,
    pub mime: String,
    pub current_version: i64,
    pub description: String,
    pub lang: String,
    pub updated_at: i64,
    pub updated_by: i64,
    pub updater_name: String,
    /// Who uploaded the first version (the file's author as an item).
    pub author_id: i64,
    pub like_count: i64,
    pub comment_count: i64,
    /// Whether the current version has a thumbnail.
    pub has_thumb: i64,
}

impl FileRow {
    pub fn owner(&self) -> Option<Owner> {
        match (self.community_id, self.owner_id) {
            (Some(c), _) => Some(Owner::Community(CommunityId(c))),
            (None, Some(u)) => Some(Owner::Person(UserId(u))),
            _ => None,
        }
    }
}

const FILE_SELECT: &str = "SELECT x.content_id AS id, x.community_id, x.owner_id, x.folder_id, \
     x.name, x.size, x.mime, x.current_version, c.body AS description, c.lang, \
     COALESCE(c.edited_at, c.created_at) AS updated_at, COALESCE(c.edited_by, c.author_id) AS updated_by, \
     p.display_name AS updater_name, c.author_id, c.like_count, c.comment_count, \
     (SELECT COUNT(*) FROM file_versions t WHERE t.file_id = x.content_id \
      AND t.version = x.current_version AND t.thumb_hash IS NOT NULL) AS has_thumb \
     FROM files x JOIN content c ON c.id = x.content_id \
     JOIN profiles p ON p.user_id = COALESCE(c.edited_by, c.author_id)";

/// The living files in a folder (or at the top), by name; at most `limit` after `offset`.
pub async fn files_in(
    db: &Db,
    owner: Owner,
    folder: Option<i64>,
    limit: i64,
    offset: i64,
) -> ServiceResult<Vec<FileRow>> {
    let mut args = Args::default();
    let mine = owner.sql("x", &mut args);
    let under = same("x", "folder_id", folder, &mut args);
    let n = args.push(Arg::Int(limit));
    let skip = args.push(Arg::Int(offset));
    let sql = format!(
        "{FILE_SELECT} WHERE {mine} AND {under} AND c.deleted_at IS NULL \
         ORDER BY x.name_key, x.content_id LIMIT {n} OFFSET {skip}"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing files")
}

/// A file, living or in the trash (`deleted_at` says which); `None` once purged.
pub async fn file(db: &Db, id: i64) -> ServiceResult<Option<(FileRow, Option<i64>)>> {
    let sql = format!("{FILE_SELECT} WHERE x.content_id = $1 AND x.purged = 0");
    let row: Option<FileRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("loading a file")?;
    let Some(row) = row else { return Ok(None) };
    let deleted: Option<i64> = sqlx::query_scalar("SELECT deleted_at FROM content WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .context("loading a file's state")?;
    Ok(Some((row, deleted)))
}

/// A new file's stored values (its content row is written first).
pub struct NewFile<'a> {
    pub id: i64,
    pub owner: Owner,
    pub folder: Option<i64>,
    pub name: &'a str,
    pub size: i64,
    pub mime: &'a str,
    pub uploader: UserId,
}

pub async fn insert_file(conn: &mut AnyConnection, f: &NewFile<'_>) -> ServiceResult<()> {
    let (c, u) = match f.owner {
        Owner::Community(c) => (Some(c.0), f.uploader.0),
        Owner::Person(u) => (None, u.0),
    };
    sqlx::query(
        "INSERT INTO files (content_id, community_id, owner_id, folder_id, name, name_key, size, \
         mime, current_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)",
    )
    .bind(f.id)
    .bind(c)
    .bind(u)
    .bind(f.folder)
    .bind(f.name)
    .bind(name_key(f.name))
    .bind(f.size)
    .bind(f.mime)
    .execute(&mut *conn)
    .await
    .context("writing a file")?;
    Ok(())
}

/// One stored version.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct VersionRow {
    pub version: i64,
    pub name: String,
    pub blob_hash: String,
    pub size: i64,
    pub mime: String,
    pub uploader_id: i64,
    pub uploader_name: String,
    pub created_at: i64,
    pub thumb_hash: Option<String>,
}

const VERSION_SELECT: &str = "SELECT v.version, v.name, v.blob_hash, v.size, v.mime, \
     v.uploader_id, p.display_name AS uploader_name, v.created_at, v.thumb_hash \
     FROM file_versions v JOIN profiles p ON p.user_id = v.uploader_id";

/// A file's versions, newest first.
pub async fn versions(db: &Db, file: i64) -> ServiceResult<Vec<VersionRow>> {
    let sql = format!("{VERSION_SELECT} WHERE v.file_id = $1 ORDER BY v.version DESC");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(file)
        .fetch_all(&db.pool)
        .await
        .context("loading a file's versions")
}

/// One version of a file.
pub async fn version(db: &Db, file: i64, version: i64) -> ServiceResult<Option<VersionRow>> {
    let sql = format!("{VERSION_SELECT} WHERE v.file_id = $1 AND v.version = $2");
    sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(file)
        .bind(version)
        .fetch_optional(&db.pool)
        .await
        .context("loading a file version")
}

/// A version to record.
pub struct NewVersion<'a> {
    pub file: i64,
    pub name: &'a str,
    pub hash: &'a str,
    pub size: i64,
    pub mime: &'a str,
    pub uploader: UserId,
    pub now: i64,
    /// A thumbnail kept for an image.
    pub thumb: Option<&'a str>,
}

/// Records a version after the current one and makes it current; returns its number.
pub async fn add_version(conn: &mut AnyConnection, v: &NewVersion<'_>) -> ServiceResult<i64> {
    let version: i64 = sqlx::query_scalar(
        "UPDATE files SET current_version = current_version + 1, size = $2, mime = $3, \
         name = $4, name_key = $5 WHERE content_id = $1 RETURNING current_version",
    )
    .bind(v.file)
    .bind(v.size)
    .bind(v.mime)
    .bind(v.name)
    .bind(name_key(v.name))
    .fetch_one(&mut *conn)
    .await
    .context("counting a file version")?;
    // The file's name is its item's title: a new version may bring a new name.
    sqlx::query("UPDATE content SET title = $2 WHERE id = $1")
        .bind(v.file)
        .bind(v.name)
        .execute(&mut *conn)
        .await
        .context("naming a file after its new version")?;
    insert_version(conn, v, version).await?;
    Ok(version)
}

/// Records the first version of a new file.
pub async fn first_version(conn: &mut AnyConnection, v: &NewVersion<'_>) -> ServiceResult<()> {
    insert_version(conn, v, 1).await
}

async fn insert_version(
    conn: &mut AnyConnection,
    v: &NewVersion<'_>,
    version: i64,
) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO file_versions (file_id, version, name, blob_hash, size, mime, uploader_id, \
         created_at, thumb_hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(v.file)
    .bind(version)
    .bind(v.name)
    .bind(v.hash)
    .bind(v.size)
    .bind(v.mime)
    .bind(v.uploader.0)
    .bind(v.now)
    .bind(v.thumb)
    .execute(&mut *conn)
    .await
    .context("recording a file version")?;
    sqlx::query("UPDATE content SET edited_at = $2, edited_by = $3 WHERE id = $1 AND $4 > 1")
        .bind(v.file)
        .bind(v.now)
        .bind(v.uploader.0)
        .bind(version)
        .execute(&mut *conn)
        .await
        .context("marking a file changed")?;
    Ok(())
}

/// Renames a file or moves it to another folder.
pub async fn place_file(
    conn: &mut AnyConnection,
    id: i64,
    folder: Option<i64>,
    name: &str,
) -> ServiceResult<()> {
    sqlx::query("UPDATE files SET folder_id = $2, name = $3, name_key = $4 WHERE content_id = $1")
        .bind(id)
        .bind(folder)
        .bind(name)
        .bind(name_key(name))
        .execute(&mut *conn)
        .await
        .context("moving a file")?;
    sqlx::query("UPDATE content SET title = $2 WHERE id = $1")
        .bind(id)
        .bind(name)
        .execute(&mut *conn)
        .await
        .context("renaming a file")?;
    Ok(())
}

/// A file's new description (its item's body) and language.
pub async fn describe(
    conn: &mut AnyConnection,
    id: i64,
    description: Option<(&str, &Rendered)>,
    lang: Option<&str>,
    by: UserId,
    now: i64,
) -> ServiceResult<()> {
    if let Some((body, rendered)) = description {
        sqlx::query(
            "UPDATE content SET body = $2, body_html = $3, excerpt = $4, edited_at = $5, \
             edited_by = $6 WHERE id = $1",
        )
        .bind(id)
        .bind(body)
        .bind(&rendered.html)
        .bind(&rendered.excerpt)
        .bind(now)
        .bind(by.0)
        .execute(&mut *conn)
        .await
        .context("describing a file")?;
    }
    if let Some(lang) = lang {
        sqlx::query("UPDATE content SET lang = $2 WHERE id = $1")
            .bind(id)
            .bind(lang)
            .execute(&mut *conn)
            .await
            .context("setting a file's language")?;
    }
    Ok(())
}

/// Puts a file in the trash.
pub async fn trash_file(
    conn: &mut AnyConnection,
    id: i64,
    by: UserId,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query(
        "UPDATE content SET deleted_at = $2, deleted_by = $3 WHERE id = $1 AND deleted_at IS NULL",
    )
    .bind(id)
    .bind(now)
    .bind(by.0)
    .execute(&mut *conn)
    .await
    .context("putting a file in the trash")?;
    Ok(())
}

/// Takes a file back out of the trash.
pub async fn restore(conn: &mut AnyConnection, id: i64) -> ServiceResult<()> {
    sqlx::query("UPDATE content SET deleted_at = NULL, deleted_by = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await
        .context("restoring a file")?;
    Ok(())
}

/// A file in the trash, with who put it there.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TrashRow {
    pub id: i64,
    pub name: String,
    pub size: i64,
    pub deleted_at: i64,
    pub deleted_by: i64,
    pub deleter_name: String,
}

/// The files in an owner's trash deleted after `since`, newest first.
pub async fn trash(db: &Db, owner: Owner, since: i64) -> ServiceResult<Vec<TrashRow>> {
    let mut args = Args::default();
    let mine = owner.sql("x", &mut args);
    let after = args.push(Arg::Int(since));
    let sql = format!(
        "SELECT x.content_id AS id, x.name, x.size, c.deleted_at, c.deleted_by, \
         p.display_name AS deleter_name \
         FROM files x JOIN content c ON c.id = x.content_id JOIN profiles p ON p.user_id = c.deleted_by \
         WHERE {mine} AND c.deleted_at IS NOT NULL AND c.deleted_at > {after} AND x.purged = 0 \
         ORDER BY c.deleted_at DESC, x.content_id LIMIT 500"
    );
    args.bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_all(&db.pool)
        .await
        .context("listing the trash")
}

/// The bytes an owner's files take, every version counted (the trash too, until purged).
pub async fn used_bytes(db: &Db, owner: Owner) -> ServiceResult<i64> {
    let mut args = Args::default();
    let mine = owner.sql("x", &mut args);
    let sql = format!(
        "SELECT CAST(COALESCE(SUM(v.size), 0) AS BIGINT) FROM file_versions v \
         JOIN files x ON x.content_id = v.file_id WHERE {mine} AND x.purged = 0"
    );
    let used: (i64,) = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
        .fetch_one(&db.pool)
        .await
        .context("measuring a quota")?;
    Ok(used.0)
}

/// Which of `hashes` some file version (or its thumbnail) of a file not purged, or a mail's
/// attachment in an inbox, refers to. A purged file's versions stay as rows but name bytes
/// that may go.
pub async fn referenced(
    db: &Db,
    hashes: &[String],
) -> ServiceResult<std::collections::HashSet<String>> {
    let mut found = std::collections::HashSet::new();
    for chunk in hashes.chunks(200) {
        let mut args = Args::default();
        let list: Vec<String> = chunk
            .iter()
            .map(|h| args.push(Arg::Text(h.clone())))
            .collect();
        let list = list.join(", ");
        let sql = format!(
            "SELECT v.blob_hash FROM file_versions v JOIN files x ON x.content_id = v.file_id \
             WHERE v.blob_hash IN ({list}) AND x.purged = 0 UNION \
             SELECT v.thumb_hash FROM file_versions v JOIN files x ON x.content_id = v.file_id \
             WHERE v.thumb_hash IN ({list}) AND x.purged = 0 UNION \
             SELECT blob_hash FROM inbox_attachments WHERE blob_hash IN ({list})"
        );
        let rows: Vec<(String,)> = args
            .bind(sqlx::query_as(sqlx::AssertSqlSafe(sql)))
            .fetch_all(&db.pool)
            .await
            .context("finding referenced blobs")?;
        found.extend(rows.into_iter().map(|(h,)| h));
    }
    Ok(found)
}

/// Files in the trash since before `before`: gone for good now. Returns the blob hashes
/// nothing else refers to, to remove from disk after the commit.
pub async fn purge(conn: &mut AnyConnection, before: i64) -> ServiceResult<Vec<String>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT x.content_id FROM files x JOIN content c ON c.id = x.content_id \
         WHERE c.deleted_at IS NOT NULL AND c.deleted_at < $1 AND x.purged = 0",
    )
    .bind(before)
    .fetch_all(&mut *conn)
    .await
    .context("finding files to purge")?;
    let mut hashes = Vec::new();
    for id in ids {
        let mine: Vec<String> = sqlx::query_scalar(
            "SELECT blob_hash FROM file_versions WHERE file_id = $1 UNION \
             SELECT thumb_hash FROM file_versions WHERE file_id = $1 AND thumb_hash IS NOT NULL",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await
        .context("finding a file's blobs")?;
        sqlx::query("UPDATE files SET purged = 1 WHERE content_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await
            .context("purging a file")?;
        for hash in mine {
            // The same bytes may be another file's, or came attached to mail in an inbox.
            let others: i64 = sqlx::query_scalar(
                "SELECT (SELECT COUNT(*) FROM file_versions v JOIN files x ON x.content_id = v.file_id \
                 WHERE (v.blob_hash = $1 OR v.thumb_hash = $1) AND x.purged = 0) \
                 + (SELECT COUNT(*) FROM inbox_attachments WHERE blob_hash = $1)",
            )
            .bind(&hash)
            .fetch_one(&mut *conn)
            .await
            .context("checking a blob is shared")?;
            if others == 0 {
                hashes.push(hash);
            }
        }
    }
    Ok(hashes)
}
