//! Counting what a query matched, by kind, language and community (the facets), in the same
//! pass as the total; and BM25 statistics taken from the documents the reader may see only,
//! so that words in a community they cannot read never move their ranking.

use std::collections::HashMap;

use tantivy::collector::{Collector, Count, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::query::{Bm25StatisticsProvider, BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocId, Score, Searcher, SegmentOrdinal, SegmentReader, Term};

/// Counts per kind code, language code and community id, and the total.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: u64,
    pub kind: HashMap<u64, u64>,
    pub lang: HashMap<u64, u64>,
    pub community: HashMap<i64, u64>,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.total += other.total;
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

/// The facets collector.
pub struct Facets;

pub struct SegmentFacets {
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
        c.total += 1;
        if let Some(k) = self.kind.as_ref().and_then(|col| col.first(doc)) {
            *c.kind.entry(k).or_default() += 1;
        }
        if let Some(l) = self.lang.as_ref().and_then(|col| col.first(doc)) {
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
/// them hold each term (one count per term of the query). The average length of a field is
/// the whole index's, scaled to them: it says nothing about any one document.
pub struct VisibleStatistics<'a> {
    searcher: &'a Searcher,
    visible: Box<dyn Query>,
    docs: u64,
    all_docs: u64,
}

impl<'a> VisibleStatistics<'a> {
    pub fn new(searcher: &'a Searcher, visible: Box<dyn Query>) -> tantivy::Result<Self> {
        let docs = searcher.search(visible.as_ref(), &Count)? as u64;
        Ok(Self {
            searcher,
            visible,
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
        let both = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic)) as Box<dyn Query>,
            ),
            (Occur::Must, self.visible.box_clone()),
        ]);
        Ok(self.searcher.search(&both, &Count)? as u64)
    }
}
