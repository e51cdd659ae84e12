//! The index's state on this node, for admins.

use crate::error::AppError;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;

/// The index's state on this node, for admins: documents, how far behind the outbox it is,
/// and its last rebuild.
pub async fn status(
    backend: &Backend,
    ctx: &RequestCtx,
) -> ServiceResult<crate::model::search::SearchStatus> {
    use crate::server::policy::{Action, Resource, authorize};
    // Admins only: what changes the settings may see how the node is doing.
    authorize(&ctx.actor, Action::Edit, &Resource::Settings).map_err(AppError::from)?;
    let live = backend.search.live();
    let (documents, meta) = match &live {
        Some(l) => (
            l.reader.searcher().num_docs(),
            Some(super::index::Meta::of(&l.index)),
        ),
        None => (0, None),
    };
    let cursor = meta.as_ref().map_or(0, |m| m.cursor);
    let (waiting, oldest) = super::outbox::waiting(&backend.db, cursor).await?;
    let now = crate::server::clock::now_ms();
    Ok(crate::model::search::SearchStatus {
        documents,
        lag_changes: waiting.max(0) as u64,
        lag_ms: oldest.map_or(0, |t| (now - t).max(0)),
        last_rebuild_at: meta.as_ref().map(|m| m.built_at),
        last_rebuild_docs: meta.as_ref().map(|m| m.built_docs),
        last_rebuild_ms: meta.as_ref().map(|m| m.built_ms),
    })
}
