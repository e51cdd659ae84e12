//! The node's compiled watchlist: built once per watchlist version and shared by every
//! check, so a write costs one small query (the version) and one pass over its text.

use std::collections::HashMap;
use std::sync::Arc;

use tokio::sync::Mutex;

use super::matcher::{Found, Matcher, Watched};
use super::watchlist;
use crate::server::db::Db;
use crate::server::fault::ServiceResult;

/// The watchlist compiled, with where each entry may be named.
pub struct Compiled {
    pub version: i64,
    pub matcher: Matcher,
    /// Entry id → the restricted communities where it may be named.
    pub allowed: HashMap<i64, Vec<i64>>,
}

impl Compiled {
    /// The names in `text` that may not be written in `community`.
    pub fn find(&self, text: &str, lang: Option<&str>, community: Option<i64>) -> Vec<Found> {
        self.matcher
            .find(text, lang)
            .into_iter()
            .filter(|f| {
                community.is_none_or(|c| {
                    !self
                        .allowed
                        .get(&f.entry_id)
                        .is_some_and(|allowed| allowed.contains(&c))
                })
            })
            .collect()
    }
}

/// A node's compiled watchlist, kept between requests (clones share it).
#[derive(Clone, Default)]
pub struct GuardCache(Arc<Mutex<Option<Arc<Compiled>>>>);

impl std::fmt::Debug for GuardCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("GuardCache")
    }
}

impl GuardCache {
    /// The watchlist as it is now, compiled again when another request (on any node) has
    /// changed it.
    pub async fn current(&self, db: &Db) -> ServiceResult<Arc<Compiled>> {
        let version = watchlist::version(db).await?;
        // One compile at a time: the others wait for it rather than each doing it.
        let mut slot = self.0.lock().await;
        if let Some(c) = slot.as_ref()
            && c.version == version
        {
            return Ok(Arc::clone(c));
        }
        let (version, entries) = watchlist::compilable(db).await?;
        let allowed = entries
            .iter()
            .filter(|e| !e.allowed.is_empty())
            .map(|e| (e.id, e.allowed.clone()))
            .collect();
        let watched = entries
            .into_iter()
            .map(|e| Watched {
                id: e.id,
                name: e.name,
                aliases: e.aliases,
                legal_form: e.legal_form,
                strictness: e.strictness,
            })
            .collect();
        let matcher = tokio::task::spawn_blocking(move || Matcher::new(watched))
            .await
            .map_err(|e| crate::server::fault::ServiceError::Fault {
                context: "compiling the watchlist",
                source: Box::new(e),
            })?;
        let compiled = Arc::new(Compiled {
            version,
            matcher,
            allowed,
        });
        *slot = Some(Arc::clone(&compiled));
        Ok(compiled)
    }
}
