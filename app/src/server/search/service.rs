//! Searching: a results page with facets and snippets. Every search takes the reader's
//! visibility terms from the policy (`search_audience`) and the one SQL rule of readable
//! communities, and ANDs them into the query, so hits, totals, facets, snippets and "did you
//! mean" all come from what the reader may see. A community the reader may not read, named
//! in a filter, gives the same empty answer as one that does not exist.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tantivy::DocAddress;

use super::collect::{Counts, Gather, Ranking, VisibleStatistics};
use super::document::{lang_code, lang_of};
use super::hits::{RawHit, facets, present, raw_hit};
use super::index::{Live, Seeing};
use super::query::{self, Filters, Word};
use super::reader::{analysis_langs, bad, query_text, reader};
use super::repo;
use super::schema::Fields;
use super::spelling::did_you_mean;
use crate::error::AppError;
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::search::{SearchFacets, SearchHit, SearchKind, SearchResults, SearchSort};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};

/// Hits per page.
pub const PAGE_SIZE: usize = 20;
/// The deepest a reader can page.
pub const MAX_OFFSET: usize = 1_000;

/// A search as asked.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub q: String,
    pub kind: Option<String>,
    pub community_slug: Option<String>,
    pub lang: Option<String>,
    pub author_id: Option<i64>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub sort: Option<String>,
    pub all_languages: Option<bool>,
    pub cursor: Option<String>,
}

pub(super) fn empty(q: &str) -> SearchResults {
    SearchResults {
        query: q.to_owned(),
        hits: Vec::new(),
        total: 0,
        hidden_by_language: BTreeMap::new(),
        facets: SearchFacets::default(),
        did_you_mean: None,
        next_cursor: None,
    }
}

fn offset_of(cursor: Option<&str>) -> Result<usize, AppError> {
    match cursor.map(str::trim).filter(|c| !c.is_empty()) {
        None => Ok(0),
        Some(c) => c
            .strip_prefix("o")
            .and_then(|n| n.parse::<usize>().ok())
            .filter(|n| *n <= MAX_OFFSET)
            .ok_or_else(|| bad("cursor", "invalid")),
    }
}

/// A results page.
pub async fn search(
    backend: &Backend,
    ctx: &RequestCtx,
    req: SearchRequest,
) -> ServiceResult<SearchResults> {
    let r = reader(backend, ctx).await?;
    let q = query_text(&req.q)?;
    let offset = offset_of(req.cursor.as_deref())?;
    let kind = match req.kind.as_deref().map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => Some(SearchKind::parse(k).ok_or_else(|| bad("kind", "invalid"))?),
        None => None,
    };
    let lang = match req.lang.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
        Some(l) if CONTENT_LANGUAGES.contains(&l) || l == "und" => Some(l.to_owned()),
        Some(_) => return Err(bad("lang", "invalid_language").into()),
        None => None,
    };
    let sort = match req.sort.as_deref().map(str::trim) {
        None | Some("") | Some("relevance") => SearchSort::Relevance,
        Some("date") => SearchSort::Date,
        Some(_) => return Err(bad("sort", "invalid").into()),
    };
    let (from, to) = match (req.from.as_deref(), req.to.as_deref()) {
        (None | Some(""), None | Some("")) => (None, None),
        (f, t) => {
            let (a, b) =
                crate::server::community::history::parse_range(f.unwrap_or(""), t.unwrap_or(""))?;
            (Some(a), Some(b))
        }
    };
    let community = match req
        .community_slug
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(slug) => match repo::readable_community(&backend.db, r.me, slug).await? {
            Some((id, _, _)) => Some(id),
            // Not there, or not for this reader: the same empty answer.
            None => return Ok(empty(&q)),
        },
        None => None,
    };
    let cross = req.all_languages.unwrap_or(r.cross);
    let Some(live) = backend.search.live() else {
        return Ok(empty(&q));
    };
    let reader_langs = analysis_langs(&r.langs, false);
    let mut word_langs = analysis_langs(&r.langs, cross);
    // A language asked for by name is read in that language too.
    if let Some(l) = CONTENT_LANGUAGES
        .iter()
        .find(|l| lang.as_deref() == Some(**l))
        .filter(|l| !word_langs.contains(l))
    {
        word_langs.push(l);
    }
    let words = query::words(&q, &word_langs);
    if words.is_empty() {
        return Ok(empty(&q));
    }
    let filters = Filters {
        kinds: kind.into_iter().collect(),
        community,
        langs: match (&lang, cross) {
            (Some(l), _) => vec![l.clone()],
            (None, true) => Vec::new(),
            (None, false) => reader_langs.iter().map(|l| (*l).to_owned()).collect(),
        },
        author: req.author_id,
        from,
        to,
        answers_only: false,
    };
    let fields = backend.search.fields().clone();
    let acl = r.acl.clone();
    let run = RunSearch {
        fields,
        words,
        filters,
        acl,
        sort,
        offset,
        count_hidden: lang.is_none() && !cross,
    };
    let found = tokio::task::spawn_blocking(move || run.run(&live))
        .await
        .context("searching")?
        .context("searching the index")?;
    let mut results = present(backend, &r, found.hits).await?;
    results.retain(|h| h.1.is_some());
    let hits: Vec<SearchHit> = results.into_iter().filter_map(|h| h.1).collect();
    record_restricted_hits(backend, ctx, "search_hits", &q, &hits).await?;
    let facets = facets(backend, &found.counts).await?;
    let total = found.counts.total;
    let next = offset + PAGE_SIZE;
    let did_you_mean = if total == 0 {
        did_you_mean(backend, &r, &q).await?
    } else {
        None
    };
    Ok(SearchResults {
        query: q,
        hits,
        total,
        hidden_by_language: found
            .hidden
            .iter()
            .map(|(code, n)| (lang_of(*code).to_owned(), *n))
            .collect(),
        facets,
        did_you_mean,
        next_cursor: (found.more && next <= MAX_OFFSET).then(|| format!("o{next}")),
    })
}

/// Records, per restricted community among the hits, that this search showed them.
pub(super) async fn record_restricted_hits(
    backend: &Backend,
    ctx: &RequestCtx,
    action: &'static str,
    q: &str,
    hits: &[SearchHit],
) -> ServiceResult<()> {
    let mut slugs: Vec<&str> = hits
        .iter()
        .filter_map(|h| h.community_slug.as_deref())
        .collect();
    slugs.sort_unstable();
    slugs.dedup();
    if slugs.is_empty() {
        return Ok(());
    }
    for (id, slug) in repo::restricted_among(&backend.db, &slugs).await? {
        let ids: Vec<i64> = hits
            .iter()
            .filter(|h| h.community_slug.as_deref() == Some(slug.as_str()))
            .map(|h| h.id)
            .collect();
        backend.audit.record(crate::server::audit::Entry {
            at: crate::server::clock::now_ms(),
            actor: ctx.actor.user_id().map(|u| u.0),
            action,
            community: Some(id),
            subject: None,
            detail: serde_json::json!({ "query": q, "hits": ids }).to_string(),
        });
    }
    Ok(())
}

/// What the index answered.
pub struct Found {
    pub hits: Vec<RawHit>,
    pub counts: Counts,
    /// Matches hidden by language, per language code.
    pub hidden: HashMap<u64, u64>,
    pub more: bool,
}

/// The blocking part of a search: the query on the index, with its facets, the count hidden
/// by language, and a page of hits with snippets (the benchmark runs it alone).
pub struct RunSearch {
    pub fields: Fields,
    pub words: Vec<Word>,
    pub filters: Filters,
    pub acl: Vec<String>,
    pub sort: SearchSort,
    pub offset: usize,
    pub count_hidden: bool,
}

impl RunSearch {
    pub fn run(self, live: &Arc<Live>) -> tantivy::Result<Found> {
        let f = &self.fields;
        let Seeing { searcher, visible } = live.searcher_for(f, &self.acl)?;
        let stats = VisibleStatistics::new(&searcher, &visible);
        let visible = visible.query();
        // Results in other languages than the reader's are counted in the same pass, not
        // listed (hidden_by_language).
        let mut filters = self.filters.clone();
        let split = (self.count_hidden && !filters.langs.is_empty()).then(|| {
            let mut codes: Vec<u64> = filters.langs.iter().map(|l| lang_code(l)).collect();
            codes.push(0);
            filters.langs.clear();
            Arc::new(codes)
        });
        let mut pass = self.pass(
            &searcher,
            &stats,
            visible.as_ref(),
            &filters,
            split.clone(),
            false,
        )?;
        // Typos are tolerated when the words as typed find nothing.
        if pass.1.total == 0
            && pass.1.hidden.is_empty()
            && self
                .words
                .iter()
                .any(|w| query::typos_allowed(&w.neutral) > 0)
        {
            pass = self.pass(&searcher, &stats, visible.as_ref(), &filters, split, true)?;
        }
        let (top, counts) = pass;
        let hidden = counts.hidden.clone();
        let mut hits = Vec::new();
        let mut seen: Vec<i64> = Vec::new();
        let more = top.len() > PAGE_SIZE;
        for (_, address) in top {
            if hits.len() > PAGE_SIZE {
                break;
            }
            let Some(hit) = raw_hit(&searcher, address, f, &self.words)? else {
                continue;
            };
            // A translation and its original are one hit: the better placed one.
            if hit.kind != SearchKind::Person && hit.kind != SearchKind::Community {
                if seen.contains(&hit.original) {
                    continue;
                }
                seen.push(hit.original);
            }
            hits.push(hit);
        }
        hits.truncate(PAGE_SIZE);
        Ok(Found {
            hits,
            counts,
            hidden,
            more,
        })
    }
}

impl RunSearch {
    /// One pass of the query: the top documents (in the allowed languages, when `split`)
    /// and the counts.
    fn pass(
        &self,
        searcher: &tantivy::Searcher,
        stats: &VisibleStatistics,
        visible: &dyn tantivy::query::Query,
        filters: &Filters,
        split: Option<Arc<Vec<u64>>>,
        typos: bool,
    ) -> tantivy::Result<(Vec<(f64, DocAddress)>, Counts)> {
        let f = &self.fields;
        let matching = query::Matching {
            prefix_last: false,
            typos,
        };
        let q = query::full_query(f, &self.words, visible.box_clone(), filters, matching);
        let gather = Gather {
            allowed: split,
            ranking: match self.sort {
                SearchSort::Relevance => Ranking::Relevance {
                    now: crate::server::clock::now_ms(),
                },
                SearchSort::Date => Ranking::Date,
            },
            offset: self.offset,
            // One more than a page, and twice that to collapse translations onto originals.
            limit: (PAGE_SIZE + 1) * 2,
        };
        match self.sort {
            SearchSort::Relevance => searcher.search_with_statistics_provider(&q, &gather, stats),
            SearchSort::Date => searcher.search(&q, &gather),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_are_offsets_within_bounds() {
        assert_eq!(offset_of(None), Ok(0));
        assert_eq!(offset_of(Some("o40")), Ok(40));
        assert!(offset_of(Some("o5000")).is_err());
        assert!(offset_of(Some("x")).is_err());
    }
}
