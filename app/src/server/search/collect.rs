//! Counting what a query matched, by kind, language and community (the facets), in the same
//! pass as the total and the best hits; and BM25 statistics taken from the documents the reader may see only,
//! so that words in a community they cannot read never move their ranking.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    DocAddress, DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED, Term,
};

use super::visible::Visible;

/// Counts per kind code, language code and community id, and the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: u64,
    /// Matches in languages outside the allowed ones, per language code (not in `total` nor
    /// the facets).
    pub hidden: HashMap<u64, u64>,
    pub kind: HashMap<u64, u64>,
    pub lang: HashMap<u64, u64>,
    pub community: HashMap<i64, u64>,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.total += other.total;
        for (k, n) in other.hidden {
            *self.hidden.entry(k).or_default() += n;
        }
        for (k, n) in other.kind {
            *self.kind.entry(k).or_default() += n;
        }
        for (k, n) in other.lang {
            *self.lang.entry(k).or_default() += n;
        }
        for (k, n) in other.community {
            *self.community.entry(k).or_default() += n;
        }
    }
}

/// How the kept documents are ordered.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ranking {
    /// BM25 times the document's boost and recency as of `now`.
    Relevance { now: i64 },
    /// Newest first.
    Date,
}

/// One pass over what a query matched: matches outside the `allowed` language codes are
/// only counted as hidden; the others are counted per kind, language and community, and the
/// best `offset + limit` of them kept. One collector, so each document's columns are read
/// once.
pub struct Gather {
    pub allowed: Option<Arc<Vec<u64>>>,
    pub ranking: Ranking,
    pub offset: usize,
    pub limit: usize,
}

/// The documents kept, best first, with their sort value; and the counts.
pub type Gathered = (Vec<(f64, DocAddress)>, Counts);

/// Codes below this are counted in arrays (kinds and languages are small numbers).
const SMALL: usize = 32;

pub struct SegmentGather {
    segment: SegmentOrdinal,
    allowed: Option<Arc<Vec<u64>>>,
    ranking: Ranking,
    keep: usize,
    kind: Option<Column<u64>>,
    lang: Option<Column<u64>>,
    community: Option<Column<i64>>,
    boost: Option<Column<f64>>,
    created: Option<Column<i64>>,
    total: u64,
    hidden: [u64; SMALL],
    kinds: [u64; SMALL],
    langs: [u64; SMALL],
    communities: HashMap<i64, u64>,
    top: BinaryHeap<Reverse<Ranked>>,
}

/// A kept document: higher value first, then lower address (as tantivy's own top lists).
#[derive(Debug, Clone, Copy)]
struct Ranked {
    value: f64,
    address: DocAddress,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value
            .total_cmp(&other.value)
            .then_with(|| other.address.cmp(&self.address))
    }
}

impl Collector for Gather {
    type Fruit = Gathered;
    type Child = SegmentGather;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentGather> {
        let ff = reader.fast_fields();
        let keep = self.offset + self.limit;
        Ok(SegmentGather {
            segment,
            allowed: self.allowed.clone(),
            ranking: self.ranking,
            keep,
            kind: ff.u64("kind").ok(),
            lang: ff.u64("lang").ok(),
            community: ff.i64("community").ok(),
            boost: ff.f64("boost").ok(),
            created: ff.i64("created").ok(),
            total: 0,
            hidden: [0; SMALL],
            kinds: [0; SMALL],
            langs: [0; SMALL],
            communities: HashMap::new(),
            top: BinaryHeap::with_capacity(keep + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        matches!(self.ranking, Ranking::Relevance { .. })
    }

    fn merge_fruits(&self, fruits: Vec<Gathered>) -> tantivy::Result<Gathered> {
        let mut counts = Counts::default();
        let mut all: Vec<Ranked> = Vec::new();
        for (top, c) in fruits {
            counts.add(c);
            all.extend(
                top.into_iter()
                    .map(|(value, address)| Ranked { value, address }),
            );
        }
        all.sort_unstable_by(|a, b| b.cmp(a));
        let top = all
            .into_iter()
            .skip(self.offset)
            .take(self.limit)
            .map(|r| (r.value, r.address))
            .collect();
        Ok((top, counts))
    }
}

fn count_small(counts: &mut [u64; SMALL], code: u64) -> bool {
    match counts.get_mut(code as usize) {
        Some(n) => {
            *n += 1;
            true
        }
        None => false,
    }
}

fn small_to_map(counts: &[u64; SMALL]) -> HashMap<u64, u64> {
    counts
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(code, n)| (code as u64, *n))
        .collect()
}

impl SegmentCollector for SegmentGather {
    type Fruit = Gathered;

    fn collect(&mut self, doc: DocId, score: Score) {
        let lang = self
            .lang
            .as_ref()
            .and_then(|col| col.first(doc))
            .unwrap_or(0);
        if let Some(allowed) = &self.allowed
            && !allowed.contains(&lang)
        {
            count_small(&mut self.hidden, lang);
            return;
        }
        self.total += 1;
        count_small(&mut self.langs, lang);
        if let Some(k) = self.kind.as_ref().and_then(|col| col.first(doc)) {
            count_small(&mut self.kinds, k);
        }
        if let Some(c) = self.community.as_ref().and_then(|col| col.first(doc))
            && c != 0
        {
            *self.communities.entry(c).or_default() += 1;
        }
        if self.keep == 0 {
            return;
        }
        let created = self.created.as_ref().and_then(|col| col.first(doc));
        let value = match self.ranking {
            Ranking::Relevance { now } => {
                let boost = self.boost.as_ref().and_then(|col| col.first(doc));
                f64::from(score) * boost.unwrap_or(1.0) * recency(now - created.unwrap_or(now))
            }
            Ranking::Date => created.unwrap_or(0) as f64,
        };
        let ranked = Ranked {
            value,
            address: DocAddress::new(self.segment, doc),
        };
        if self.top.len() < self.keep {
            self.top.push(Reverse(ranked));
        } else if let Some(mut worst) = self.top.peek_mut()
            && ranked > worst.0
        {
            worst.0 = ranked;
        }
    }

    fn harvest(self) -> Gathered {
        let counts = Counts {
            total: self.total,
            hidden: small_to_map(&self.hidden),
            kind: small_to_map(&self.kinds),
            lang: small_to_map(&self.langs),
            community: self.communities,
        };
        let top = self
            .top
            .into_iter()
            .map(|Reverse(r)| (r.value, r.address))
            .collect();
        (top, counts)
    }
}

/// Newer things rank a little higher: full weight today, about 0.84 after a year, never
/// below three quarters.
pub fn recency(age_ms: i64) -> f64 {
    let days = (age_ms.max(0) as f64) / 86_400_000.0;
    0.75 + 0.25 * (-days / 365.0).exp()
}

/// BM25 statistics of the documents a reader may see: how many there are, and how many of
/// them hold each term of the query (one walk of the term's postings against the reader's
/// sets). The average length of a field is the whole index's, scaled to them: it says
/// nothing about any one document.
pub struct VisibleStatistics<'a> {
    searcher: &'a Searcher,
    visible: &'a Visible,
    all_docs: u64,
}

impl<'a> VisibleStatistics<'a> {
    pub fn new(searcher: &'a Searcher, visible: &'a Visible) -> Self {
        Self {
            searcher,
            visible,
            all_docs: searcher.num_docs(),
        }
    }
}

impl Bm25StatisticsProvider for VisibleStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let all = self.searcher.total_num_tokens(field)?;
        if self.all_docs == 0 {
            return Ok(0);
        }
        Ok(((all as u128 * self.visible.docs() as u128) / self.all_docs as u128) as u64)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.visible.docs().max(1))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let mut n = 0u64;
        for segment in self.searcher.segment_readers() {
            let Some(set) = self.visible.of_segment(segment.segment_id()) else {
                continue;
            };
            let inverted = segment.inverted_index(term.field())?;
            let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? else {
                continue;
            };
            let mut doc = postings.doc();
            while doc != TERMINATED {
                if set.contains(doc) {
                    n += 1;
                }
                doc = postings.advance();
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newer_ranks_a_little_higher() {
        assert!(recency(0) > recency(86_400_000 * 30));
        assert!(recency(86_400_000 * 3650) >= 0.75);
    }

    #[test]
    fn the_better_value_ranks_first_then_the_earlier_document() {
        let at = |value: f64, doc: u32| Ranked {
            value,
            address: DocAddress::new(0, doc),
        };
        let mut v = [at(1.0, 5), at(2.0, 9), at(1.0, 3)];
        v.sort_unstable_by(|a, b| b.cmp(a));
        let order: Vec<u32> = v.iter().map(|r| r.address.doc_id).collect();
        assert_eq!(order, vec![9, 3, 5]);
    }
}
