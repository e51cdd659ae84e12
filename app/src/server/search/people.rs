//! The people directory's name box, through the index: every word must match a person's
//! name, title, department, country or expertise, folded (`muller` finds Müller, `ruta`
//! finds Rūta, `it` the IT department), the last word also as the start of a name as one
//! types. The directory's other filters and its order stay the directory's own (SQL).

use tantivy::TantivyDocument;
use tantivy::collector::TopDocs;
use tantivy::schema::Value;

use super::query::{self, Filters};
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
    // What the reader may see, as for any search (people are everyone's to see).
    let acl = search_audience(&ctx.actor)
        .map_err(AppError::from)?
        .terms(&[]);
    let Some(live) = backend.search.live() else {
        return Ok(None);
    };
    let words = query::words(q, &[]);
    if words.is_empty() {
        return Ok(None);
    }
    let fields = backend.search.fields().clone();
    let ids = tokio::task::spawn_blocking(move || -> tantivy::Result<Vec<i64>> {
        let searcher = live.reader.searcher();
        let filters = Filters {
            kinds: vec![SearchKind::Person],
            ..Filters::default()
        };
        let visible = query::visible_to(&fields, &acl);
        let matching = query::Matching {
            prefix_last: true,
            typos: true,
        };
        let q = query::full_query(&fields, &words, visible, &filters, matching);
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
    .context("searching people")?
    .context("searching people in the index")?;
    Ok(Some(ids))
}
