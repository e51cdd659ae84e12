//! "Did you mean": for a query that found nothing, each longer word replaced by the nearest
//! word of the documents the reader may see that a typo-tolerant match of it finds, so the
//! suggestion can never come from a document they may not read.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

use super::analysis::{self, terms};
use super::index::{Live, Seeing};
use super::query;
use super::reader::{Reader, analysis_langs};
use super::schema::Fields;
use crate::server::ctx::Backend;
use crate::server::fault::{Context, ServiceResult};

/// A spelling that finds something, for a query that found nothing: each longer word
/// replaced by the nearest word of the documents the reader may see that a typo-tolerant
/// match of it finds (never a word from anywhere else).
pub(super) async fn did_you_mean(
    backend: &Backend,
    r: &Reader,
    q: &str,
) -> ServiceResult<Option<String>> {
    let Some(live) = backend.search.live() else {
        return Ok(None);
    };
    let fields = backend.search.fields().clone();
    let acl = r.acl.clone();
    let q = q.to_owned();
    let langs: Vec<&'static str> = analysis_langs(&r.langs, true);
    tokio::task::spawn_blocking(move || suggest_spelling(&live, &fields, &acl, &q, &langs))
        .await
        .context("suggesting a spelling")?
        .context("suggesting a spelling")
}

fn suggest_spelling(
    live: &Arc<Live>,
    f: &Fields,
    acl: &[String],
    q: &str,
    langs: &[&'static str],
) -> tantivy::Result<Option<String>> {
    let Seeing { searcher, visible } = live.searcher_for(f, acl)?;
    let words = query::words(q, langs);
    let mut changed = false;
    let mut out: Vec<String> = Vec::new();
    let mut neutral = analysis::neutral();
    for w in &words {
        if w.neutral.chars().count() < 4 {
            out.push(w.neutral.clone());
            continue;
        }
        // A word the reader's documents hold as it is spelled is left alone.
        let exact = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.neutral, &w.neutral),
                    IndexRecordOption::Basic,
                )) as Box<dyn Query>,
            ),
            (Occur::Must, visible.query()),
        ]);
        if searcher.search(&exact, &Count)? > 0 {
            out.push(w.neutral.clone());
            continue;
        }
        let fuzzy = FuzzyTermQuery::new(Term::from_field_text(f.neutral, &w.neutral), 2, true);
        let visible = BooleanQuery::new(vec![
            (Occur::Must, Box::new(fuzzy) as Box<dyn Query>),
            (Occur::Must, visible.query()),
        ]);
        let top = searcher.search(&visible, &TopDocs::with_limit(20).order_by_score())?;
        let mut best: HashMap<String, usize> = HashMap::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            let shown = doc
                .get_first(f.shown)
                .and_then(|v| v.as_str())
                .unwrap_or("");
            for t in terms(&mut neutral, shown) {
                if t != w.neutral && edit_distance(&t, &w.neutral) <= 2 {
                    *best.entry(t).or_default() += 1;
                }
            }
        }
        let pick = best
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(t, _)| t);
        match pick {
            Some(t) => {
                changed = true;
                out.push(t);
            }
            None => out.push(w.neutral.clone()),
        }
    }
    if !changed {
        return Ok(None);
    }
    // Offered only when it finds something the reader may see.
    let suggestion = out.join(" ");
    let again = query::words(&suggestion, langs);
    let q = query::full_query(
        f,
        &again,
        visible.query(),
        &query::Filters::default(),
        query::Matching::default(),
    );
    Ok((searcher.search(&q, &Count)? > 0).then_some(suggestion))
}

/// Levenshtein distance (characters), small words only.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_letters() {
        assert_eq!(edit_distance("lösenord", "lösenrod"), 2);
        assert_eq!(edit_distance("vpn", "vpn"), 0);
        assert_eq!(edit_distance("salasana", "salasna"), 1);
    }
}
