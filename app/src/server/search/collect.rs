//! Counting what a query matched, by kind, language and community (the facets), in the same
//! pass as the total; and BM25 statistics taken from the documents the reader may see only,
//! so that words in a community they cannot read never move their ranking.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{Bm25StatisticsProvider, EnableScoring, Query};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    BitSet, DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader, TERMINATED, Term,
};

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

/// The facets collector; with `allowed` language codes, matches in other languages are only
/// counted as hidden.
pub struct Facets {
    pub allowed: Option<std::sync::Arc<Vec<u64>>>,
}

pub struct SegmentFacets {
    allowed: Option<std::sync::Arc<Vec<u64>>>,
    kind: Option<Column<u64>>,
    lang: Option<Column<u64>>,
    community: Option<Column<i64>>,
    counts: Counts,
}

impl Collector for Facets {
    type Fruit = Counts;
    type Child = SegmentFacets;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacets> {
        let ff = reader.fast_fields();
        Ok(SegmentFacets {
            allowed: self.allowed.clone(),
            kind: ff.u64("kind").ok(),
            lang: ff.u64("lang").ok(),
            community: ff.i64("community").ok(),
            counts: Counts::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut out = Counts::default();
        for f in fruits {
            out.add(f);
        }
        Ok(out)
    }
}

impl SegmentCollector for SegmentFacets {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let c = &mut self.counts;
        let lang = self.lang.as_ref().and_then(|col| col.first(doc));
        if let Some(allowed) = &self.allowed
            && !allowed.contains(&lang.unwrap_or(0))
        {
            *c.hidden.entry(lang.unwrap_or(0)).or_default() += 1;
            return;
        }
        c.total += 1;
        if let Some(k) = self.kind.as_ref().and_then(|col| col.first(doc)) {
            *c.kind.entry(k).or_default() += 1;
        }
        if let Some(l) = lang {
            *c.lang.entry(l).or_default() += 1;
        }
        if let Some(k) = self.community.as_ref().and_then(|col| col.first(doc))
            && k != 0
        {
            *c.community.entry(k).or_default() += 1;
        }
    }

    fn harvest(self) -> Counts {
        self.counts
    }
}

/// BM25 statistics of the documents a reader may see: how many there are, and how many of
/// them hold each term of the query. The visible documents are marked once per query (one
/// set per segment), so each term costs one walk of its postings. The average length of a
/// field is the whole index's, scaled to them: it says nothing about any one document.
pub struct VisibleStatistics<'a> {
    searcher: &'a Searcher,
    visible: Vec<BitSet>,
    docs: u64,
    all_docs: u64,
}

impl<'a> VisibleStatistics<'a> {
    pub fn new(searcher: &'a Searcher, visible: &dyn Query) -> tantivy::Result<Self> {
        let weight = visible.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let mut sets = Vec::with_capacity(searcher.segment_readers().len());
        let mut docs = 0u64;
        for segment in searcher.segment_readers() {
            let mut set = BitSet::with_max_value(segment.max_doc().max(1));
            let alive = segment.alive_bitset();
            let mut scorer = weight.scorer(segment, 1.0)?;
            let mut doc = scorer.doc();
            while doc != TERMINATED {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    set.insert(doc);
                    docs += 1;
                }
                doc = scorer.advance();
            }
            sets.push(set);
        }
        Ok(Self {
            searcher,
            visible: sets,
            docs,
            all_docs: searcher.num_docs(),
        })
    }

    /// How many documents the reader may see.
    pub fn visible_docs(&self) -> u64 {
        self.docs
    }
}

impl Bm25StatisticsProvider for VisibleStatistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        let all = self.searcher.total_num_tokens(field)?;
        if self.all_docs == 0 {
            return Ok(0);
        }
        Ok(((all as u128 * self.docs as u128) / self.all_docs as u128) as u64)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.docs.max(1))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        let mut n = 0u64;
        for (segment, set) in self.searcher.segment_readers().iter().zip(&self.visible) {
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
