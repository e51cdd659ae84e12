//! Suggestions as one types (people, communities and items whose titles start like the
//! last word), and answered questions and wiki pages like a question being written.

use tantivy::collector::TopDocs;

use super::collect::VisibleStatistics;
use super::hits::{RawHit, present, raw_hit};
use super::index::Seeing;
use super::query::{self, Filters, Word};
use super::reader::{analysis_langs, query_text, reader};
use super::repo;
use crate::model::search::{SearchKind, SimilarAnswers, Suggestion, Suggestions};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};

/// The most words of a question being written that are compared.
const SIMILAR_WORDS: usize = 30;
/// The most suggestions and similar answers given.
const SUGGESTIONS: usize = 8;
const SIMILAR: usize = 5;

/// Up to 8 people, communities and items whose titles start like what is typed.
pub async fn suggest(backend: &Backend, ctx: &RequestCtx, q: &str) -> ServiceResult<Suggestions> {
    let r = reader(backend, ctx).await?;
    let q = query_text(q)?;
    let Some(live) = backend.search.live() else {
        return Ok(Suggestions {
            suggestions: Vec::new(),
        });
    };
    let words = query::words(&q, &analysis_langs(&r.langs, true));
    if words.is_empty() {
        return Ok(Suggestions {
            suggestions: Vec::new(),
        });
    }
    let filters = Filters {
        kinds: vec![
            SearchKind::Person,
            SearchKind::Community,
            SearchKind::WikiPage,
            SearchKind::Topic,
            SearchKind::BlogPost,
            SearchKind::File,
        ],
        ..Filters::default()
    };
    let fields = backend.search.fields().clone();
    let acl = r.acl.clone();
    let raw = tokio::task::spawn_blocking(move || -> tantivy::Result<Vec<RawHit>> {
        let Seeing { searcher, visible } = live.searcher_for(&fields, &acl)?;
        let stats = VisibleStatistics::new(&searcher, &visible);
        let matching = query::Matching {
            prefix_last: true,
            typos: true,
        };
        let q = query::full_query(&fields, &words, visible.query(), &filters, matching);
        // Twice as many, so that an item and its translations can be one suggestion.
        let top = searcher.search_with_statistics_provider(
            &q,
            &TopDocs::with_limit(SUGGESTIONS * 2).order_by_score(),
            &stats,
        )?;
        let mut out: Vec<RawHit> = Vec::new();
        for (_, address) in top {
            out.extend(raw_hit(&searcher, address, &fields, &[])?);
        }
        Ok(one_per_original(out, SUGGESTIONS))
    })
    .await
    .context("suggesting")?
    .context("suggesting from the index")?;
    let hits: Vec<crate::model::search::SearchHit> = present(backend, &r, raw)
        .await?
        .into_iter()
        .filter_map(|(_, h)| h)
        .collect();
    // A suggestion shows an item's title: one from a restricted community is a read of it.
    super::service::record_restricted_hits(backend, ctx, "suggest_hits", &q, &hits).await?;
    let suggestions = hits
        .into_iter()
        .map(|h| Suggestion {
            kind: h.kind,
            id: h.id,
            title: h.title,
            url: h.url,
        })
        .collect();
    Ok(Suggestions { suggestions })
}

/// Answered questions and wiki pages like `text` (a question being written), in the
/// community named or anywhere the reader may read; at most 5.
pub async fn similar(
    backend: &Backend,
    ctx: &RequestCtx,
    text: &str,
    community_slug: Option<&str>,
) -> ServiceResult<SimilarAnswers> {
    let r = reader(backend, ctx).await?;
    let text: String = text.chars().take(2_000).collect();
    let community = match community_slug.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => match repo::readable_community(&backend.db, r.me, slug).await? {
            Some((id, _, _)) => Some(id),
            None => return Ok(SimilarAnswers { hits: Vec::new() }),
        },
        None => None,
    };
    let Some(live) = backend.search.live() else {
        return Ok(SimilarAnswers { hits: Vec::new() });
    };
    let langs = analysis_langs(&r.langs, true);
    // The words that say something: four letters or more, thirty at most.
    let words: Vec<Word> = query::words_of(&text, &langs, 4, SIMILAR_WORDS);
    if words.is_empty() {
        return Ok(SimilarAnswers { hits: Vec::new() });
    }
    let filters = Filters {
        community,
        answers_only: true,
        ..Filters::default()
    };
    let fields = backend.search.fields().clone();
    let acl = r.acl.clone();
    let min = if words.len() >= 3 { 2 } else { 1 };
    let raw = tokio::task::spawn_blocking(move || -> tantivy::Result<Vec<RawHit>> {
        let Seeing { searcher, visible } = live.searcher_for(&fields, &acl)?;
        let stats = VisibleStatistics::new(&searcher, &visible);
        let q = query::any_words_query(&fields, &words, visible.query(), &filters, min);
        let top = searcher.search_with_statistics_provider(
            &q,
            &TopDocs::with_limit(SIMILAR * 2).order_by_score(),
            &stats,
        )?;
        let mut out: Vec<RawHit> = Vec::new();
        for (_, address) in top {
            out.extend(raw_hit(&searcher, address, &fields, &words)?);
        }
        Ok(one_per_original(out, SIMILAR))
    })
    .await
    .context("finding similar answers")?
    .context("finding similar answers in the index")?;
    let hits: Vec<_> = present(backend, &r, raw)
        .await?
        .into_iter()
        .filter_map(|(_, h)| h)
        .collect();
    super::service::record_restricted_hits(backend, ctx, "similar_hits", &text, &hits).await?;
    Ok(SimilarAnswers { hits })
}

/// The first `max` hits, an item and its translations counted once (the better placed one;
/// it is shown in the reader's language when it has a translation in it).
fn one_per_original(hits: Vec<RawHit>, max: usize) -> Vec<RawHit> {
    let mut out: Vec<RawHit> = Vec::with_capacity(max);
    for hit in hits {
        let item = !matches!(hit.kind, SearchKind::Person | SearchKind::Community);
        if item
            && out
                .iter()
                .any(|o| o.original == hit.original && o.kind == hit.kind)
        {
            continue;
        }
        out.push(hit);
        if out.len() == max {
            break;
        }
    }
    out
}
