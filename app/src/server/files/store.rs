//! Where file bytes live: `<data dir>/files/blobs/ab/abcdef…`, named by their SHA-256, each
//! stored once however many files and versions share it. An upload is written to
//! `files/tmp/` while it arrives, hashed and counted as it goes, and only moved to its blob
//! name once whole: a crash or a refused upload leaves at most a temporary file, which no
//! download can reach (downloads go through the database) and which the next start removes.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::error::AppError;
use crate::server::fault::{Context, ServiceResult};

/// The store under one directory.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }

    /// The path of a stored blob (its hash is checked to be one, so no name leads elsewhere).
    pub fn blob_path(&self, hash: &str) -> Option<PathBuf> {
        let valid = hash.len() == 64
            && hash
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
        valid.then(|| self.root.join("blobs").join(&hash[..2]).join(hash))
    }

    /// Removes what interrupted uploads left behind (at start, when nothing is uploading).
    pub async fn clear_temporary(&self) -> ServiceResult<usize> {
        let mut removed = 0;
        let Ok(mut dir) = tokio::fs::read_dir(self.tmp_dir()).await else {
            return Ok(0);
        };
        while let Some(entry) = dir
            .next_entry()
            .await
            .context("listing unfinished uploads")?
        {
            if tokio::fs::remove_file(entry.path()).await.is_ok() {
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Starts an upload of at most `limit` bytes.
    pub async fn begin(&self, limit: u64) -> ServiceResult<Incoming> {
        let dir = self.tmp_dir();
        tokio::fs::create_dir_all(&dir)
            .await
            .context("creating the upload directory")?;
        let path = dir.join(format!(
            "up-{:016x}{:016x}",
            rand::random::<u64>(),
            rand::random::<u64>()
        ));
        let file = tokio::fs::File::create(&path)
            .await
            .context("starting an upload")?;
        Ok(Incoming {
            path,
            file: Some(file),
            hasher: Sha256::new(),
            size: 0,
            limit,
        })
    }

    /// Keeps a finished upload under its hash; returns the hash and size.
    pub async fn keep(&self, mut incoming: Incoming) -> ServiceResult<(String, u64)> {
        let Some(mut file) = incoming.file.take() else {
            return Err(AppError::Internal {
                reference: String::new(),
            }
            .into());
        };
        file.flush().await.context("finishing an upload")?;
        file.sync_all().await.context("saving an upload")?;
        drop(file);
        let hash = hex::encode(std::mem::take(&mut incoming.hasher).finalize());
        let Some(target) = self.blob_path(&hash) else {
            return Err(AppError::Internal {
                reference: String::new(),
            }
            .into());
        };
        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent)
                .await
                .context("creating a blob directory")?;
        }
        // When the same bytes are stored already, they are marked as just used, so a purge or
        // a sweep that found nothing naming them a moment ago leaves them to the row about to
        // be written; the temporary copy goes only once that worked. If they are not there
        // (never stored, or removed since), the copy takes their place.
        let touched = target.clone();
        let reused = tokio::task::spawn_blocking(move || {
            std::fs::File::options()
                .append(true)
                .open(&touched)
                .and_then(|f| f.set_modified(std::time::SystemTime::now()))
        })
        .await
        .is_ok_and(|r| r.is_ok());
        if reused {
            let _ = tokio::fs::remove_file(&incoming.path).await;
        } else {
            tokio::fs::rename(&incoming.path, &target)
                .await
                .context("storing an upload")?;
        }
        incoming.path = PathBuf::new();
        Ok((hash, incoming.size))
    }

    /// Removes a blob nothing referred to when asked, unless it was stored or used again
    /// since `cutoff` (a new row may be about to name it); whether it was removed.
    pub async fn remove_idle_blob(
        &self,
        hash: &str,
        cutoff: std::time::SystemTime,
    ) -> ServiceResult<bool> {
        let Some(path) = self.blob_path(hash) else {
            return Ok(false);
        };
        let recent = tokio::fs::metadata(&path)
            .await
            .and_then(|m| m.modified())
            .is_ok_and(|t| t >= cutoff);
        if recent {
            return Ok(false);
        }
        self.remove_blob(hash).await?;
        Ok(true)
    }

    /// Removes a blob nothing refers to any more.
    pub async fn remove_blob(&self, hash: &str) -> ServiceResult<()> {
        if let Some(path) = self.blob_path(hash) {
            match tokio::fs::remove_file(&path).await {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).context("removing a blob"),
            }
        }
        Ok(())
    }

    /// The names (hashes) of the stored blobs last changed before `before`.
    pub async fn blobs_older_than(
        &self,
        before: std::time::SystemTime,
    ) -> ServiceResult<Vec<String>> {
        let mut out = Vec::new();
        let Ok(mut shards) = tokio::fs::read_dir(self.root.join("blobs")).await else {
            return Ok(out);
        };
        while let Some(shard) = shards.next_entry().await.context("listing blobs")? {
            let Ok(mut blobs) = tokio::fs::read_dir(shard.path()).await else {
                continue;
            };
            while let Some(blob) = blobs.next_entry().await.context("listing blobs")? {
                let old = blob
                    .metadata()
                    .await
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t < before);
                let name = blob.file_name().to_string_lossy().into_owned();
                if old && self.blob_path(&name).is_some() {
                    out.push(name);
                }
            }
        }
        Ok(out)
    }

    /// The root directory (for tests that look at what is on disk).
    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// An upload on its way to disk. Dropped before [`FileStore::keep`], it removes its
/// temporary file.
#[derive(Debug)]
pub struct Incoming {
    path: PathBuf,
    file: Option<tokio::fs::File>,
    hasher: Sha256,
    size: u64,
    limit: u64,
}

impl Incoming {
    /// Appends a chunk; refuses with `file_too_large` once the limit is passed (the caller
    /// drops the upload, which removes what was written).
    pub async fn write(&mut self, chunk: &[u8]) -> ServiceResult<()> {
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            return Err(AppError::FileTooLarge { limit: self.limit }.into());
        }
        self.hasher.update(chunk);
        let Some(file) = self.file.as_mut() else {
            return Err(AppError::Internal {
                reference: String::new(),
            }
            .into());
        };
        file.write_all(chunk).await.context("writing an upload")?;
        Ok(())
    }

    /// Bytes received so far.
    pub fn size(&self) -> u64 {
        self.size
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            // Synchronously: a drop cannot wait, and an unlink is quick.
            let _ = std::fs::remove_file(&self.path);
        }
    }
}
