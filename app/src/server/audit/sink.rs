//! The queue for entries about reads (items, pages, files, downloads, searches in restricted
//! communities): a reader's request puts its entry here and goes on; one task per node
//! appends what has gathered in one transaction, so a page never waits for the chain's head,
//! which every node's appends take in turn.
//!
//! What this costs: entries still in the queue when the process is killed are lost (at most
//! one batch: they are written as soon as the task gets to them, typically within a
//! millisecond). Entries about writes do not take this way: they are appended in the
//! writing transaction itself (`chain::append`).

use tokio::sync::{mpsc, oneshot};

use super::chain::{Entry, append};
use crate::server::db::Db;

/// The most entries appended in one transaction.
const BATCH: usize = 500;

#[derive(Debug)]
enum Msg {
    Entry(Entry),
    Flush(oneshot::Sender<()>),
}

/// Where a node's read entries go; clones share one queue and one task.
#[derive(Debug, Clone)]
pub struct AuditSink {
    tx: mpsc::UnboundedSender<Msg>,
}

impl AuditSink {
    /// Starts the node's appending task (inside a tokio runtime).
    pub fn start(db: Db) -> Self {
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(run(db, rx));
        Self { tx }
    }

    /// Queues an entry; never waits.
    pub fn record(&self, entry: Entry) {
        if self.tx.send(Msg::Entry(entry)).is_err() {
            tracing::error!("the audit trail's task has stopped; an entry was not recorded");
        }
    }

    /// Waits until everything queued before this call is in the trail (tests, shutdown).
    pub async fn flush(&self) {
        let (done, wait) = oneshot::channel();
        if self.tx.send(Msg::Flush(done)).is_ok() {
            let _ = wait.await;
        }
    }
}

async fn run(db: Db, mut rx: mpsc::UnboundedReceiver<Msg>) {
    while let Some(first) = rx.recv().await {
        let mut batch = Vec::new();
        let mut waiting = Vec::new();
        let mut take = |m: Msg, batch: &mut Vec<Entry>| match m {
            Msg::Entry(e) => batch.push(e),
            Msg::Flush(done) => waiting.push(done),
        };
        take(first, &mut batch);
        while batch.len() < BATCH {
            match rx.try_recv() {
                Ok(m) => take(m, &mut batch),
                Err(_) => break,
            }
        }
        if !batch.is_empty() {
            write(&db, &batch).await;
        }
        for done in waiting {
            let _ = done.send(());
        }
    }
}

/// Appends a batch, trying again for about half a minute while the database is away.
async fn write(db: &Db, batch: &[Entry]) {
    let mut wait = std::time::Duration::from_millis(50);
    for attempt in 1..=10 {
        match try_write(db, batch).await {
            Ok(()) => return,
            Err(e) if attempt == 10 => {
                tracing::error!(
                    entries = batch.len(),
                    "the audit trail could not be written, entries are lost: {e}"
                );
            }
            Err(_) => {
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(5));
            }
        }
    }
}

async fn try_write(db: &Db, batch: &[Entry]) -> Result<(), String> {
    let mut tx = db.pool.begin().await.map_err(|e| e.to_string())?;
    append(&mut tx, batch)
        .await
        .map_err(|e| crate::error::AppError::from(e).to_string())?;
    tx.commit().await.map_err(|e| e.to_string())
}
