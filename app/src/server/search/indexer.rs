//! Keeping the index up to date: at start it opens the index and catches up on the outbox
//! from the position its last commit recorded (or builds it, the first time, for another
//! schema version, or when the outbox no longer reaches back that far); then it reads new
//! changes every [`POLL`], applies each (delete the document, add it again as the database
//! has it now, or not at all), commits with the new position and reloads the reader, so a
//! write is searchable well within two seconds.
//!
//! Sequence numbers become visible in commit order on SQLite, but not always on PostgreSQL
//! (a transaction can take a number and commit after a later one, or roll back). The
//! position therefore moves on at once, and the numbers it passed without seeing are kept
//! in the commit beside it and looked for on every read until they turn up or are too old
//! (see [`super::gaps`]), across restarts too. Applying a change twice is harmless.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use super::document::Entity;
use super::extract::{DocumentType, MAX_FILE_BYTES, text_of};
use super::index::{Live, Meta};
use super::schema::{Fields, SCHEMA_VERSION};
use super::{gaps, outbox, source};
use crate::error::AppError;
use crate::server::clock::now_ms;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};

/// How often the outbox is read.
pub const POLL: Duration = Duration::from_millis(200);
/// The most changes applied in one commit.
const BATCH: i64 = 2_000;
/// A rebuild reads this many rows at a time.
const PAGE: i64 = 500;
/// How many changes before a build's start are applied again after it.
const REPLAY: i64 = 1_000;
/// Outbox rows are kept this long; a node further behind rebuilds.
pub const OUTBOX_KEEP_MS: i64 = 7 * 24 * 3600 * 1000;

fn writer_of(index: &Index, threads: usize, bytes: usize) -> ServiceResult<IndexWriter> {
    index
        .writer_with_num_threads(threads, bytes)
        .context("opening the search index for writing")
}

/// Runs blocking index work off the async workers.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> ServiceResult<T> + Send + 'static,
) -> ServiceResult<T> {
    tokio::task::spawn_blocking(f)
        .await
        .context("running search work")?
}

/// The node's indexer: the live index's only writer.
pub struct Indexer {
    backend: Backend,
    live: Arc<Live>,
    writer: Arc<Mutex<IndexWriter>>,
    meta: Meta,
}

impl Indexer {
    /// Opens the node's index and catches up, or builds it first.
    pub async fn start(backend: &Backend) -> ServiceResult<Self> {
        let search = backend.search.clone();
        let opened = blocking({
            let search = search.clone();
            move || search.open_current()
        })
        .await?;
        let oldest = outbox::first(&backend.db).await?;
        let last = outbox::last(&backend.db).await?;
        let (live, meta) = match opened {
            // Changes it has not seen were pruned (it cannot catch up), or it is ahead of the
            // database (restored from a backup, or an outbox pruned empty): built again.
            Some((_, meta))
                if oldest.is_some_and(|first| first > meta.cursor + 1) || meta.cursor > last =>
            {
                build_and_publish(backend, &|_| {}).await?
            }
            Some(found) => found,
            None => build_and_publish(backend, &|_| {}).await?,
        };
        search.remove_others(&live.name);
        let writer = writer_of(&live.index, 1, 30_000_000)?;
        let mut me = Self {
            backend: backend.clone(),
            live,
            writer: Arc::new(Mutex::new(writer)),
            meta,
        };
        me.catch_up().await?;
        Ok(me)
    }

    /// The position the index holds everything up to.
    pub fn cursor(&self) -> i64 {
        self.meta.cursor
    }

    /// Applies every waiting change; how many were applied.
    pub async fn catch_up(&mut self) -> ServiceResult<usize> {
        let mut total = 0;
        loop {
            let n = self.step().await?;
            total += n;
            if n < BATCH as usize {
                return Ok(total);
            }
        }
    }

    /// Reads one batch of changes after the position and those that filled a gap, applies
    /// and commits them; how many new ones were read.
    async fn step(&mut self) -> ServiceResult<usize> {
        let db = &self.backend.db;
        let fresh = outbox::after(db, self.meta.cursor, BATCH).await?;
        let late = if self.meta.gaps.is_empty() {
            Vec::new()
        } else {
            outbox::among(db, &self.meta.gaps).await?
        };
        let mut meta = self.meta.clone();
        for c in &late {
            gaps::fill(&mut meta.gaps, c.seq);
        }
        let read: Vec<(i64, i64)> = fresh.iter().map(|c| (c.seq, c.queued_at)).collect();
        meta.cursor = gaps::read_past(&mut meta.gaps, meta.cursor, &read);
        let given_up = gaps::expire(&mut meta.gaps, now_ms());
        if given_up > 0 {
            // A change committed later than that reaches the index at the next rebuild.
            tracing::warn!("search: gave up waiting for {given_up} outbox numbers");
        }
        if !late.is_empty() {
            tracing::info!("search: {} changes committed late were found", late.len());
        }
        let mut done: HashSet<(String, i64)> = HashSet::new();
        let mut docs: Vec<(String, Option<TantivyDocument>)> = Vec::new();
        for c in late.iter().chain(&fresh) {
            let Some(entity) = c.entity() else { continue };
            if !done.insert((c.entity.clone(), c.entity_id)) {
                continue;
            }
            let doc = document(&self.backend, entity, c.entity_id).await?;
            docs.push((entity.key(c.entity_id), doc));
        }
        if docs.is_empty() && meta == self.meta {
            return Ok(fresh.len());
        }
        let (writer, fields, payload) = (
            self.writer.clone(),
            self.backend.search.fields().clone(),
            meta.payload(),
        );
        let live = self.live.clone();
        let applied = docs.len();
        blocking(move || {
            let mut w = writer.lock().map_err(|_| AppError::Internal {
                reference: "search-writer".into(),
            })?;
            for (key, doc) in docs {
                w.delete_term(Term::from_field_text(fields.key, &key));
                if let Some(doc) = doc {
                    w.add_document(doc).context("indexing a document")?;
                }
            }
            let mut commit = w.prepare_commit().context("preparing a search commit")?;
            commit.set_payload(&payload);
            commit.commit().context("committing the search index")?;
            live.reader
                .reload()
                .context("reloading the search reader")?;
            Ok(())
        })
        .await?;
        self.meta = meta;
        tracing::debug!("search: applied {applied} documents");
        Ok(fresh.len())
    }

    /// Follows a switch to an index rebuilt by another process (`gemenskap search
    /// reindex`): writes to it from then on, from its position.
    async fn follow_switch(&mut self) -> ServiceResult<()> {
        let search = self.backend.search.clone();
        let switched = blocking({
            let search = search.clone();
            move || search.follow_switch()
        })
        .await?;
        if !switched {
            return Ok(());
        }
        let Some(live) = search.live() else {
            return Ok(());
        };
        // Each index has its own writer lock: the new writer opens while the old one still
        // holds the old index, which is let go when it is replaced below.
        let writer = writer_of(&live.index, 1, 30_000_000)?;
        self.writer = Arc::new(Mutex::new(writer));
        self.meta = Meta::of(&live.index);
        search.remove_others(&live.name);
        self.live = live;
        tracing::info!("search: switched to the rebuilt index {}", self.live.name);
        Ok(())
    }

    /// Reads and applies changes every [`POLL`], and follows a rebuilt index, until an
    /// error; the caller starts again.
    async fn run(&mut self) -> ServiceResult<()> {
        loop {
            tokio::time::sleep(POLL).await;
            self.follow_switch().await?;
            self.catch_up().await?;
        }
    }
}

/// Keeps this node's index up to date for as long as the server runs: opens (or builds) it,
/// then follows the outbox; after an error (logged with a reference) it starts over.
pub fn spawn(backend: Backend) {
    tokio::spawn(async move {
        loop {
            let outcome = match Indexer::start(&backend).await {
                Ok(mut indexer) => indexer.run().await,
                Err(e) => Err(e),
            };
            if let Err(e) = outcome {
                let _ = AppError::from(e);
                tracing::warn!("search: the indexer stopped; it starts again in 5 s");
            }
            tokio::time::sleep(Duration::from_secs(5)).await;
        }
    });
}

/// The document of an entity as the database has it now; `None` when it is not to be
/// found (deleted, disabled, purged).
async fn document(
    backend: &Backend,
    entity: Entity,
    id: i64,
) -> ServiceResult<Option<TantivyDocument>> {
    let fields = backend.search.fields();
    let src = match entity {
        Entity::Item => match source::item(&backend.db, id).await? {
            Some(item) => Some(with_file_text(backend, item).await),
            None => None,
        },
        Entity::Person => source::person(&backend.db, id).await?,
        Entity::Community => source::community(&backend.db, id).await?,
    };
    Ok(src.map(|s| s.to_document(fields)))
}

/// An item's source with its file's text added (read on the blocking pool, bounded).
async fn with_file_text(backend: &Backend, item: source::ItemSource) -> super::document::Source {
    let mut src = item.source;
    let Some(file) = item.file else {
        return src;
    };
    src.text.push('\n');
    src.text.push_str(&file.name);
    let Some(kind) = DocumentType::of(&file.mime, &file.name) else {
        return src;
    };
    let Some(path) = backend.files.blob_path(&file.blob_hash) else {
        return src;
    };
    let text = tokio::task::spawn_blocking(move || {
        let size = std::fs::metadata(&path)
            .map(|m| m.len())
            .unwrap_or(u64::MAX);
        if size > MAX_FILE_BYTES {
            return String::new();
        }
        std::fs::read(&path)
            .map(|bytes| text_of(kind, &bytes))
            .unwrap_or_default()
    })
    .await
    .unwrap_or_default();
    src.text.push('\n');
    src.text.push_str(&text);
    src
}

/// Builds a whole new index from the database (not live yet): its name, the index, and its
/// meta. `progress` hears the number of documents written so far.
pub async fn build(
    backend: &Backend,
    progress: &(dyn Fn(u64) + Sync),
) -> ServiceResult<(String, Index, Meta)> {
    let started = Instant::now();
    // Changes queued from here on are applied after the build, by catching up; so are the
    // last [`REPLAY`] before it, which a transaction still open now may yet commit (on
    // PostgreSQL its number can be below the last one visible). Applying twice is harmless.
    let cursor = (outbox::last(&backend.db).await? - REPLAY).max(0);
    let search = backend.search.clone();
    let (name, index) = blocking(move || search.create()).await?;
    let threads = std::thread::available_parallelism()
        .map(|n| n.get().min(4))
        .unwrap_or(1);
    let writer = Arc::new(Mutex::new(writer_of(&index, threads, 200_000_000)?));
    let fields: Fields = backend.search.fields().clone();
    let mut written: u64 = 0;
    for entity in [Entity::Community, Entity::Person, Entity::Item] {
        let mut after = 0;
        loop {
            let (docs, last) = page(backend, entity, after).await?;
            let Some(last) = last else { break };
            after = last;
            written += docs.len() as u64;
            let (writer, fields) = (writer.clone(), fields.clone());
            blocking(move || {
                let w = writer.lock().map_err(|_| AppError::Internal {
                    reference: "search-writer".into(),
                })?;
                for src in docs {
                    w.add_document(src.to_document(&fields))
                        .context("indexing a document")?;
                }
                Ok(())
            })
            .await?;
            progress(written);
        }
    }
    let meta = Meta {
        version: SCHEMA_VERSION,
        cursor,
        gaps: Vec::new(),
        built_at: now_ms(),
        built_docs: written,
        built_ms: started.elapsed().as_millis() as i64,
    };
    let payload = meta.payload();
    blocking(move || {
        let mut w = Arc::try_unwrap(writer)
            .ok()
            .and_then(|m| m.into_inner().ok())
            .ok_or(AppError::Internal {
                reference: "search-writer".into(),
            })?;
        let mut commit = w.prepare_commit().context("preparing a search commit")?;
        commit.set_payload(&payload);
        commit.commit().context("committing a new search index")?;
        // Merges finish before the index is used (and before its writer lock is free).
        w.wait_merging_threads()
            .context("finishing a new search index")?;
        Ok(())
    })
    .await?;
    Ok((name, index, meta))
}

/// One page of a rebuild: sources with ids after `after`, and the last id read.
async fn page(
    backend: &Backend,
    entity: Entity,
    after: i64,
) -> ServiceResult<(Vec<super::document::Source>, Option<i64>)> {
    Ok(match entity {
        Entity::Item => {
            let (items, last) = source::items_after(&backend.db, after, PAGE).await?;
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(with_file_text(backend, item).await);
            }
            (out, last)
        }
        Entity::Person => source::people_after(&backend.db, after, PAGE).await?,
        Entity::Community => source::communities_after(&backend.db, after, PAGE).await?,
    })
}

/// Builds a new index and makes it the one in use.
pub async fn build_and_publish(
    backend: &Backend,
    progress: &(dyn Fn(u64) + Sync),
) -> ServiceResult<(Arc<Live>, Meta)> {
    let (name, index, meta) = build(backend, progress).await?;
    let search = backend.search.clone();
    let live = blocking(move || search.publish(&name, index)).await?;
    Ok((live, meta))
}

/// Forgets outbox rows older than every node needs.
pub async fn prune_outbox(backend: &Backend, now: i64) -> ServiceResult<u64> {
    outbox::prune(&backend.db, now - OUTBOX_KEEP_MS).await
}
