//! A page of hits as the reader sees it: read fresh from the database (and checked again:
//! something deleted a moment ago is not shown), with its address, a snippet with the
//! matched words marked, a linked translation in the reader's language, and the facets with
//! communities named.

use std::collections::{BTreeMap, HashMap};

use tantivy::snippet::SnippetGenerator;

use super::analysis;
use super::collect::Counts;
use super::document::lang_of;
use super::query::Word;
use super::reader::Reader;
use super::repo;
use super::schema::Fields;
use crate::model::content::{ContentKind, PersonRef};
use crate::model::ids::UserId;
use crate::model::search::{CommunityFacet, HitTranslation, SearchFacets, SearchHit, SearchKind};
use crate::model::wiki::page_path;
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;

/// Snippet length in characters.
const SNIPPET_CHARS: usize = 180;

/// A hit as read from the index.
#[derive(Debug, Clone)]
pub struct RawHit {
    pub kind: SearchKind,
    pub id: i64,
    pub original: i64,
    pub lang: String,
    pub snippet_html: String,
}

/// A passage of `text` with the query's words marked, in the document's language (stems)
/// or neutral (folded) form; the start of the text when nothing matches.
pub(super) fn snippet(
    words: &[Word],
    lang: &str,
    text: &str,
    field: tantivy::schema::Field,
) -> String {
    let stems: BTreeMap<String, f32> = words
        .iter()
        .filter_map(|w| w.stems.iter().find(|(l, _)| *l == lang))
        .map(|(_, s)| (s.clone(), 1.0))
        .collect();
    let (analyser, terms_text) = match analysis::language(lang) {
        Some(a) if !stems.is_empty() => (a, stems),
        _ => (
            analysis::neutral(),
            words.iter().map(|w| (w.neutral.clone(), 1.0)).collect(),
        ),
    };
    let generator = SnippetGenerator::new(terms_text, analyser, field, SNIPPET_CHARS);
    let mut s = generator.snippet(text);
    s.set_snippet_prefix_postfix("<mark>", "</mark>");
    let html = s.to_html();
    if html.trim().is_empty() {
        let start: String = text.chars().take(SNIPPET_CHARS).collect();
        return ammonia::clean_text(&start);
    }
    html
}

/// A hit as the index holds it, with a snippet of its text for `words` (none when
/// `words` is empty); `None` for a document of no known kind.
pub fn raw_hit(
    searcher: &tantivy::Searcher,
    address: tantivy::DocAddress,
    f: &Fields,
    words: &[Word],
) -> tantivy::Result<Option<RawHit>> {
    use tantivy::schema::Value;
    let doc: tantivy::TantivyDocument = searcher.doc(address)?;
    let int = |field| doc.get_first(field).and_then(|v| v.as_i64()).unwrap_or(0);
    let uint = |field| doc.get_first(field).and_then(|v| v.as_u64()).unwrap_or(0);
    let Some(kind) = SearchKind::from_code(uint(f.kind)) else {
        return Ok(None);
    };
    let lang = lang_of(uint(f.lang)).to_owned();
    let snippet_html = if words.is_empty() {
        String::new()
    } else {
        let shown = doc
            .get_first(f.shown)
            .and_then(|v| v.as_str())
            .unwrap_or("");
        snippet(words, &lang, shown, f.shown)
    };
    Ok(Some(RawHit {
        kind,
        id: int(f.id),
        original: int(f.original),
        lang,
        snippet_html,
    }))
}

/// Hits as the reader sees them, in order: each `(raw, shown)` where `shown` is `None`
/// when the database no longer lets the reader see it.
pub(super) async fn present(
    backend: &Backend,
    r: &Reader,
    raw: Vec<RawHit>,
) -> ServiceResult<Vec<(RawHit, Option<SearchHit>)>> {
    let item_ids: Vec<i64> = raw
        .iter()
        .filter(|h| !matches!(h.kind, SearchKind::Person | SearchKind::Community))
        .map(|h| h.id)
        .collect();
    let person_ids: Vec<i64> = raw
        .iter()
        .filter(|h| h.kind == SearchKind::Person)
        .map(|h| h.id)
        .collect();
    let community_ids: Vec<i64> = raw
        .iter()
        .filter(|h| h.kind == SearchKind::Community)
        .map(|h| h.id)
        .collect();
    let items: HashMap<i64, repo::ItemHitRow> = repo::item_hits(&backend.db, r.me, &item_ids)
        .await?
        .into_iter()
        .map(|row| (row.id, row))
        .collect();
    let people: HashMap<i64, (i64, String, String, String)> =
        repo::person_hits(&backend.db, &person_ids)
            .await?
            .into_iter()
            .map(|p| (p.0, p))
            .collect();
    let communities: HashMap<i64, (i64, String, String, String)> =
        repo::community_hits(&backend.db, r.me, &community_ids)
            .await?
            .into_iter()
            .map(|c| (c.0, c))
            .collect();
    // A linked translation in the reader's first language for hits in another one.
    let foreign: Vec<i64> = raw
        .iter()
        .filter(|h| !r.langs.contains(&h.lang) && items.contains_key(&h.id))
        .map(|h| h.original)
        .collect();
    let versions = repo::versions_in(&backend.db, &foreign, &r.langs).await?;
    let mut out = Vec::with_capacity(raw.len());
    for h in raw {
        let shown = match h.kind {
            SearchKind::Person => people.get(&h.id).map(|p| SearchHit {
                kind: h.kind,
                id: h.id,
                title: p.1.clone(),
                snippet_html: h.snippet_html.clone(),
                lang: "und".into(),
                community_slug: None,
                community_name: None,
                author: None,
                created_at: 0,
                url: format!("/people/{}", h.id),
                translation: None,
                answered: false,
            }),
            SearchKind::Community => communities.get(&h.id).map(|c| SearchHit {
                kind: h.kind,
                id: h.id,
                title: c.2.clone(),
                snippet_html: h.snippet_html.clone(),
                lang: "und".into(),
                community_slug: Some(c.1.clone()),
                community_name: Some(c.2.clone()),
                author: None,
                created_at: 0,
                url: format!("/communities/{}", c.1),
                translation: None,
                answered: false,
            }),
            _ => items.get(&h.id).map(|row| {
                let translation = if r.langs.contains(&row.lang) {
                    None
                } else {
                    r.langs.iter().find_map(|l| {
                        versions
                            .iter()
                            .find(|v| v.0 == h.original && v.2 == *l && v.1 != h.id)
                            .map(|v| HitTranslation {
                                id: v.1,
                                lang: v.2.clone(),
                                title: v.3.clone().unwrap_or_default(),
                                url: item_url(row, Some(&v.2)),
                            })
                    })
                };
                SearchHit {
                    kind: h.kind,
                    id: h.id,
                    title: row
                        .title
                        .clone()
                        .filter(|t| !t.is_empty())
                        .or_else(|| row.thread_title.clone())
                        .unwrap_or_default(),
                    snippet_html: h.snippet_html.clone(),
                    lang: row.lang.clone(),
                    community_slug: row.community_slug.clone(),
                    community_name: row.community_name.clone(),
                    author: Some(PersonRef {
                        id: UserId(row.author_id),
                        display_name: row.author_name.clone(),
                    }),
                    created_at: row.published_at.unwrap_or(row.created_at),
                    url: item_url(row, None),
                    translation,
                    answered: row.is_question != 0 && row.accepted_reply_id.is_some(),
                }
            }),
        };
        out.push((h, shown));
    }
    Ok(out)
}

/// Where an item is read: its thread's page (at the item), its wiki page or its file's
/// page; `lang` asks for a version in that language.
pub(super) fn item_url(row: &repo::ItemHitRow, lang: Option<&str>) -> String {
    let kind = ContentKind::parse(&row.kind);
    let thread_kind = row.thread_kind.as_deref().and_then(ContentKind::parse);
    let at = row.original_id.unwrap_or(row.id);
    let query = lang.map(|l| format!("?lang={l}")).unwrap_or_default();
    let place = |thread: i64, kind: Option<ContentKind>| match (kind, &row.community_slug) {
        (Some(ContentKind::WikiPage), Some(slug)) => format!("{}{query}", page_path(slug, thread)),
        (Some(ContentKind::File), Some(slug)) => format!("/communities/{slug}/files/{thread}"),
        (Some(ContentKind::File), None) => {
            format!(
                "/people/{}/files/{thread}",
                row.file_owner.unwrap_or(row.author_id)
            )
        }
        _ => format!("/posts/{thread}{query}"),
    };
    match row.thread_id {
        Some(thread) if thread != at => format!("{}#item-{at}", place(thread, thread_kind)),
        _ => place(at, kind),
    }
}

/// Facets with communities named (every counted document is one the reader may see).
pub(super) async fn facets(backend: &Backend, counts: &Counts) -> ServiceResult<SearchFacets> {
    let kind = counts
        .kind
        .iter()
        .filter_map(|(code, n)| SearchKind::from_code(*code).map(|k| (k.as_str().to_owned(), *n)))
        .collect();
    let lang = counts
        .lang
        .iter()
        .map(|(code, n)| (lang_of(*code).to_owned(), *n))
        .collect();
    let mut top: Vec<(i64, u64)> = counts.community.iter().map(|(k, n)| (*k, *n)).collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    top.truncate(20);
    let ids: Vec<i64> = top.iter().map(|(id, _)| *id).collect();
    let names: HashMap<i64, (String, String)> = repo::community_names(&backend.db, &ids)
        .await?
        .into_iter()
        .map(|(id, slug, name)| (id, (slug, name)))
        .collect();
    let community = top
        .into_iter()
        .filter_map(|(id, count)| {
            names.get(&id).map(|(slug, name)| CommunityFacet {
                slug: slug.clone(),
                name: name.clone(),
                count,
            })
        })
        .collect();
    Ok(SearchFacets {
        kind,
        lang,
        community,
    })
}
