//! Files as the browser receives them: a community's folders and files (or a person's own),
//! each file's versions, the trash, the quota, and the limits every layer checks against. A
//! file is an item of the one content id space (kind `file`): likes, comments, tags and the
//! coming search name it by id alone; its bytes are stored once per content hash.

use serde::{Deserialize, Serialize};

use super::content::PersonRef;

/// The upload limit when the admin has set none (100 MB).
pub const DEFAULT_MAX_UPLOAD_MB: u64 = 100;
/// The highest upload limit an admin may set (10 GB).
pub const MAX_UPLOAD_MB_LIMIT: u64 = 10_240;
/// A community's quota when the admin has set none (10 GB, every version counted).
pub const DEFAULT_QUOTA_MB: u64 = 10_240;
/// The longest file or folder name.
pub const MAX_FILE_NAME: usize = 200;
/// The longest description.
pub const MAX_FILE_DESCRIPTION: usize = 2_000;
/// How long a deleted file waits in the trash before it is gone for good.
pub const TRASH_DAYS: i64 = 30;
/// The most entries a folder listing returns in one page.
pub const FOLDER_PAGE_SIZE: usize = 200;

/// Where a file's bytes are downloaded: `/files/{id}/{version}/{name}`.
pub fn download_path(id: i64, version: i64, name: &str) -> String {
    format!(
        "/files/{id}/{version}/{}",
        super::site_path::encode_query_value(name)
    )
}

/// Where a version's server-made thumbnail is (images only).
pub fn thumbnail_path(id: i64, version: i64) -> String {
    format!("/thumbnails/{id}/{version}")
}

/// The site path of a community's files (a folder with `?folder=N`).
pub fn files_path(community_slug: &str) -> String {
    format!("/communities/{community_slug}/files")
}

/// A folder as a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderRef {
    pub id: i64,
    pub name: String,
}

/// A folder inside the folder listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderEntry {
    pub id: i64,
    pub name: String,
    pub parent_id: Option<i64>,
    pub created_at: i64,
    pub created_by: PersonRef,
}

/// A file in a listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    pub id: i64,
    pub name: String,
    pub folder_id: Option<i64>,
    /// Bytes of the current version.
    pub size: i64,
    pub mime: String,
    pub version: i64,
    pub description: String,
    pub lang: String,
    pub tags: Vec<String>,
    pub updated_at: i64,
    pub updated_by: PersonRef,
    /// The current version's download address.
    pub download_path: String,
    /// Its thumbnail, for an image.
    pub thumbnail_path: Option<String>,
    pub like_count: i64,
    pub comment_count: i64,
}

/// What the reader may do in a folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderPermissions {
    /// Upload files and new versions, create, rename and move folders and files.
    pub upload: bool,
    /// Delete others' files and folders, empty and restore from the trash.
    pub manage: bool,
}

/// How much of a community's quota its files use (shown to owners).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    pub used_bytes: i64,
    pub quota_bytes: i64,
}

/// A folder's contents (`GET /api/files/list`): folders first, then files, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderListing {
    /// `null` for a person's own files.
    pub community_slug: Option<String>,
    /// The person whose own files these are.
    pub owner: Option<PersonRef>,
    /// The folder listed; `null` at the top.
    pub folder: Option<FolderRef>,
    /// From the top down to the folder's parent.
    pub breadcrumbs: Vec<FolderRef>,
    pub folders: Vec<FolderEntry>,
    /// One page of the folder's files, by name ([`FOLDER_PAGE_SIZE`] at most).
    pub files: Vec<FileEntry>,
    /// The next page of files (`page=N`), when there are more.
    pub next_page: Option<u32>,
    pub can: FolderPermissions,
    /// For those who manage the community's files.
    pub quota: Option<Quota>,
    /// The largest upload the server takes, in bytes.
    pub max_upload_bytes: i64,
}

/// One stored version of a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileVersion {
    pub version: i64,
    pub name: String,
    pub size: i64,
    pub mime: String,
    pub uploader: PersonRef,
    pub created_at: i64,
    pub download_path: String,
    /// Its thumbnail, for an image.
    pub thumbnail_path: Option<String>,
}

/// A file with every version, newest first (`GET /api/files/versions?id=N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileVersions {
    pub id: i64,
    pub name: String,
    pub community_slug: Option<String>,
    /// For a person's own file: whose.
    pub owner_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub description: String,
    pub lang: String,
    pub tags: Vec<String>,
    pub current_version: i64,
    pub versions: Vec<FileVersion>,
    /// Upload a new version, rename, describe and move it.
    pub can_edit: bool,
    pub can_delete: bool,
}

/// The answer to an upload: the file and the version it made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uploaded {
    pub id: i64,
    pub version: i64,
    pub download_path: String,
}

/// A folder in a community's (or person's) tree of folders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreeFolder {
    pub id: i64,
    pub name: String,
    pub parent_id: Option<i64>,
    /// 0 at the top.
    pub depth: u32,
}

/// Every living folder of a community or person, depth first, each level by name
/// (`GET /api/files/folders`): where a file or folder can be moved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderTree {
    pub folders: Vec<TreeFolder>,
}

impl FolderTree {
    /// The folders a folder may move under: all but itself and those inside it.
    pub fn outside(&self, id: i64) -> Vec<TreeFolder> {
        let Some(start) = self.folders.iter().position(|f| f.id == id) else {
            return self.folders.clone();
        };
        let depth = self.folders[start].depth;
        let inside = self.folders[start + 1..]
            .iter()
            .take_while(|f| f.depth > depth)
            .count();
        let mut out = self.folders[..start].to_vec();
        out.extend_from_slice(&self.folders[start + 1 + inside..]);
        out
    }
}

/// The answer to creating a folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedFolder {
    pub id: i64,
}

/// A file in the trash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashedFile {
    pub id: i64,
    pub name: String,
    pub size: i64,
    pub deleted_at: i64,
    pub deleted_by: PersonRef,
    /// When it is gone for good.
    pub purge_at: i64,
}

/// A community's trash (`GET /api/files/trash?community_slug=S`), newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trash {
    pub community_slug: Option<String>,
    pub items: Vec<TrashedFile>,
    pub can_restore: bool,
}
