//! The directories' name boxes, through the index. People: every word must match a person's
//! name, title, department, country or expertise, folded (`muller` finds Müller, `ruta`
//! finds Rūta, `it` the IT department). Communities: their name or description, folded
//! (`automation` finds "Process automation"), restricted ones only for their members (the
//! reader's visibility terms, as any search). The last word also matches the start of a
//! name, as one types. The directories' other filters and their order stay their own (SQL),
//! which sees only the ids found here.

use tantivy::TantivyDocument;
use tantivy::collector::TopDocs;
use tantivy::schema::Value;

use super::index::Seeing;
use super::query::{self, Filters};
use super::reader::reader;
use crate::error::AppError;
use crate::model::search::SearchKind;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::search_audience;

/// The ids of up to `limit` people matching `q`; `None` while the index is not ready (the
/// directory then matches names in SQL).
pub async fn matching_people(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &str,
    limit: usize,
) -> ServiceResult<Option<Vec<i64>>> {
    // People are everyone's to see: the reader's terms without their communities.
    let acl = search_audience(&ctx.actor)
        .map_err(AppError::from)?
        .terms(&[]);
    matching(backend, SearchKind::Person, acl, q, limit).await
}

/// The ids of up to `limit` communities the reader may see matching `q`; `None` while the
/// index is not ready (the directory then matches names in SQL).
pub async fn matching_communities(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &str,
    limit: usize,
) -> ServiceResult<Option<Vec<i64>>> {
    let acl = reader(backend, ctx).await?.acl;
    matching(backend, SearchKind::Community, acl, q, limit).await
}

async fn matching(
    backend: &Backend,
    kind: SearchKind,
    acl: Vec<String>,
    q: &str,
    limit: usize,
) -> ServiceResult<Option<Vec<i64>>> {
    let Some(live) = backend.search.live() else {
        return Ok(None);
    };
    let words = query::words(q, &[]);
    if words.is_empty() {
        return Ok(None);
    }
    let fields = backend.search.fields().clone();
    let ids = tokio::task::spawn_blocking(move || -> tantivy::Result<Vec<i64>> {
        let Seeing { searcher, visible } = live.searcher_for(&fields, &acl)?;
        let filters = Filters {
            kinds: vec![kind],
            ..Filters::default()
        };
        let matching = query::Matching {
            prefix_last: true,
            typos: true,
        };
        let q = query::full_query(&fields, &words, visible.query(), &filters, matching);
        let top = searcher.search(&q, &TopDocs::with_limit(limit).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(fields.id).and_then(|v| v.as_i64()) {
                out.push(id);
            }
        }
        Ok(out)
    })
    .await
    .context("searching a directory")?
    .context("searching a directory in the index")?;
    Ok(Some(ids))
}
