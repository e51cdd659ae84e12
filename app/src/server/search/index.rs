//! The index on disk and in memory. `<data dir>/search/CURRENT` names the directory of the
//! index in use (`idx-<schema version>-<time>`); a rebuild writes a new directory, then
//! replaces CURRENT in one rename, so a crash leaves the old index or the new one, never half
//! of one. Each commit carries [`Meta`]: the outbox position the index holds everything up
//! to, so a restart catches up from there. Queries take the live index's searcher; a swap
//! leaves queries already running on the old one.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use serde::{Deserialize, Serialize};
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher};

use super::analysis;
use super::schema::{Fields, SCHEMA_VERSION};
use super::visible::{DenseSets, Visible};
use crate::server::fault::{Context, ServiceResult};

const CURRENT: &str = "CURRENT";

/// When an index directory was made, from its name (`idx-<version>-<ms>-<random>`).
fn made_at(name: &str) -> Option<i64> {
    name.split('-').nth(2)?.parse().ok()
}

/// What each commit records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub version: u32,
    /// Every outbox change up to this sequence number is in the index, except the numbers
    /// in `gaps` (not visible yet when it read past them).
    pub cursor: i64,
    /// Numbers read past without being seen, still looked for (empty in older indexes).
    #[serde(default)]
    pub gaps: Vec<super::gaps::Gap>,
    /// When the index was built, how many documents it started with, and in how long.
    pub built_at: i64,
    pub built_docs: u64,
    pub built_ms: i64,
}

impl Meta {
    pub fn payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The meta of an index's last commit (default for an empty new one).
    pub fn of(index: &Index) -> Meta {
        index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| serde_json::from_str(&p).ok())
            .unwrap_or_default()
    }
}

/// An open index and its reader.
pub struct Live {
    pub index: Index,
    pub reader: IndexReader,
    /// Its directory's name under the search root.
    pub name: String,
    /// The kept document sets of its common visibility terms.
    pub dense: DenseSets,
}

impl Live {
    fn open(mut index: Index, name: String) -> ServiceResult<Self> {
        analysis::register(&index);
        // A query's segments are searched on as many threads as there are cores: when the
        // node is idle one query uses them all; under load each thread still has work.
        index
            .set_default_multithread_executor()
            .context("starting the search threads")?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("opening a search reader")?;
        Ok(Self {
            index,
            reader,
            name,
            dense: DenseSets::default(),
        })
    }

    /// A searcher and what a reader with visibility `terms` may see in it.
    pub fn searcher_for(&self, fields: &Fields, terms: &[String]) -> tantivy::Result<Seeing> {
        let searcher = self.reader.searcher();
        let visible = self.dense.visible(&searcher, fields.acl, terms)?;
        Ok(Seeing { searcher, visible })
    }
}

/// One searcher, and the documents in it one reader may see.
pub struct Seeing {
    pub searcher: Searcher,
    pub visible: Visible,
}

struct Inner {
    root: PathBuf,
    fields: Fields,
    live: RwLock<Option<Arc<Live>>>,
}

/// The node's search index (cheap to clone).
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("root", &self.inner.root)
            .finish()
    }
}

impl SearchIndex {
    /// The index under `root` (nothing is opened yet: the indexer opens or builds it).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            inner: Arc::new(Inner {
                root: root.into(),
                fields: Fields::build(),
                live: RwLock::new(None),
            }),
        }
    }

    pub fn fields(&self) -> &Fields {
        &self.inner.fields
    }

    pub fn root(&self) -> &Path {
        &self.inner.root
    }

    /// The index answering queries; `None` before the first one is ready.
    pub fn live(&self) -> Option<Arc<Live>> {
        self.inner.live.read().ok().and_then(|l| l.clone())
    }

    fn set_live(&self, live: Arc<Live>) {
        if let Ok(mut l) = self.inner.live.write() {
            *l = Some(live);
        }
    }

    /// The name CURRENT holds.
    pub fn current_name(&self) -> Option<String> {
        std::fs::read_to_string(self.inner.root.join(CURRENT))
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| s.starts_with("idx-") && !s.contains('/') && !s.contains(".."))
    }

    /// Opens the index CURRENT names and makes it live, with its meta; `None` when there is
    /// none, or it is of another schema version (it is then rebuilt).
    pub fn open_current(&self) -> ServiceResult<Option<(Arc<Live>, Meta)>> {
        let Some(name) = self.current_name() else {
            return Ok(None);
        };
        let Ok(index) = Index::open_in_dir(self.inner.root.join(&name)) else {
            return Ok(None);
        };
        let meta = Meta::of(&index);
        if meta.version != SCHEMA_VERSION || index.schema() != self.inner.fields.schema {
            return Ok(None);
        }
        let live = Arc::new(Live::open(index, name)?);
        self.set_live(live.clone());
        Ok(Some((live, meta)))
    }

    /// A new empty index in a new directory (not live yet).
    pub fn create(&self) -> ServiceResult<(String, Index)> {
        let name = format!(
            "idx-{SCHEMA_VERSION}-{}-{:08x}",
            crate::server::clock::now_ms(),
            rand::random::<u32>()
        );
        let dir = self.inner.root.join(&name);
        std::fs::create_dir_all(&dir).context("creating a search index directory")?;
        let index = Index::create_in_dir(&dir, self.inner.fields.schema.clone())
            .context("creating a search index")?;
        analysis::register(&index);
        Ok((name, index))
    }

    /// Makes a built index the one in use, on disk (CURRENT, replaced in one rename) and in
    /// memory. (Older directories are removed by the server's indexer once it has switched:
    /// a rebuild from the command line must not pull an index from under it.)
    pub fn publish(&self, name: &str, index: Index) -> ServiceResult<Arc<Live>> {
        let root = &self.inner.root;
        let tmp = root.join(format!("{CURRENT}.tmp"));
        {
            use std::io::Write;
            let mut f = std::fs::File::create(&tmp).context("writing the search pointer")?;
            f.write_all(name.as_bytes())
                .context("writing the search pointer")?;
            f.sync_all().context("writing the search pointer")?;
        }
        std::fs::rename(&tmp, root.join(CURRENT)).context("switching the search index")?;
        if let Ok(dir) = std::fs::File::open(root) {
            let _ = dir.sync_all();
        }
        let live = Arc::new(Live::open(index, name.to_owned())?);
        self.set_live(live.clone());
        Ok(live)
    }

    /// Makes the index CURRENT names live, when another process (a rebuild from the command
    /// line) has switched it; `true` when it changed.
    pub fn follow_switch(&self) -> ServiceResult<bool> {
        let live = self.live().map(|l| l.name.clone());
        if self.current_name().is_none() || self.current_name() == live {
            return Ok(false);
        }
        Ok(self.open_current()?.is_some())
    }

    /// Removes index directories made before `keep` (older indexes, and rebuilds a crash
    /// left). Newer ones are left alone: a rebuild from the command line may be writing one.
    pub fn remove_others(&self, keep: &str) {
        let Ok(entries) = std::fs::read_dir(&self.inner.root) else {
            return;
        };
        let Some(kept_at) = made_at(keep) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with("idx-")
                && name != keep
                && made_at(&name).is_some_and(|t| t < kept_at)
            {
                let _ = std::fs::remove_dir_all(e.path());
            }
        }
    }
}
