//! The documents a reader may see, as one bit set per segment, and the query that keeps a
//! search to them. Each document carries one visibility term; most carry `all`, so marking
//! a reader's documents by walking the postings of their terms would walk nearly the whole
//! index for every query. The sets of the terms that hold many documents (`all`, in
//! practice) are kept per segment and reused until the segment changes or leaves the index;
//! a reader's small terms (their restricted communities, their own drafts) are added to a
//! copy per query. A reader's terms still come from the policy at query time, so a
//! membership change counts at the next query.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tantivy::index::SegmentId;
use tantivy::query::{
    BitSetDocSet, ConstScorer, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{
    BitSet, DocId, DocSet, Score, Searcher, SegmentReader, TERMINATED, TantivyError, Term,
};

/// A term is kept when it holds at least this share of a segment's documents (1/32): there
/// are then at most 32 such terms per segment, since each document has one.
const DENSE_SHARE: u32 = 32;

/// One segment as it is: a delete changes the count, and the sets with it.
type SegmentKey = (SegmentId, u32);

/// The kept sets of the dense visibility terms, per segment.
#[derive(Default)]
pub struct DenseSets {
    kept: Mutex<HashMap<SegmentKey, HashMap<String, Arc<BitSet>>>>,
}

impl DenseSets {
    /// The documents of `searcher` that carry one of `terms` (and are not deleted).
    pub fn visible(
        &self,
        searcher: &Searcher,
        acl: Field,
        terms: &[String],
    ) -> tantivy::Result<Visible> {
        let mut sets = HashMap::with_capacity(searcher.segment_readers().len());
        let mut docs = 0u64;
        for segment in searcher.segment_readers() {
            let set = self.segment_set(segment, acl, terms)?;
            docs += set.len() as u64;
            sets.insert(segment.segment_id(), set);
        }
        self.forget_others(searcher);
        Ok(Visible {
            sets: Arc::new(sets),
            docs,
        })
    }

    fn segment_set(
        &self,
        segment: &SegmentReader,
        acl: Field,
        terms: &[String],
    ) -> tantivy::Result<BitSet> {
        let max_doc = segment.max_doc();
        let inverted = segment.inverted_index(acl)?;
        let key = (segment.segment_id(), segment.num_deleted_docs());
        let mut dense: Vec<Arc<BitSet>> = Vec::new();
        let mut sparse: Vec<Term> = Vec::new();
        for t in terms {
            let term = Term::from_field_text(acl, t);
            let Some(info) = inverted.get_term_info(&term)? else {
                continue;
            };
            if info.doc_freq.saturating_mul(DENSE_SHARE) < max_doc {
                sparse.push(term);
                continue;
            }
            let kept = self
                .kept
                .lock()
                .ok()
                .and_then(|k| k.get(&key).and_then(|m| m.get(t)).cloned());
            let set = match kept {
                Some(s) => s,
                None => {
                    let mut s = BitSet::with_max_value(max_doc.max(1));
                    mark(segment, &term, &mut s)?;
                    let s = Arc::new(s);
                    if let Ok(mut k) = self.kept.lock() {
                        k.entry(key).or_default().insert(t.clone(), Arc::clone(&s));
                    }
                    s
                }
            };
            dense.push(set);
        }
        // The largest kept set is copied; the others' documents are added to the copy.
        dense.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let mut out = match dense.first() {
            Some(s) => BitSet::clone(s),
            None => BitSet::with_max_value(max_doc.max(1)),
        };
        for s in dense.iter().skip(1) {
            let mut each = BitSetDocSet::from(BitSet::clone(s));
            let mut doc = each.doc();
            while doc != TERMINATED {
                out.insert(doc);
                doc = each.advance();
            }
        }
        for term in &sparse {
            mark(segment, term, &mut out)?;
        }
        Ok(out)
    }

    /// Drops the sets of segments merged away or changed.
    fn forget_others(&self, searcher: &Searcher) {
        let now: Vec<SegmentKey> = searcher
            .segment_readers()
            .iter()
            .map(|s| (s.segment_id(), s.num_deleted_docs()))
            .collect();
        if let Ok(mut k) = self.kept.lock() {
            k.retain(|key, _| now.contains(key));
        }
    }

    /// How many sets are kept (for tests).
    pub fn kept_sets(&self) -> usize {
        self.kept
            .lock()
            .map(|k| k.values().map(HashMap::len).sum())
            .unwrap_or(0)
    }
}

/// Marks the live documents of `segment` that carry `term`.
fn mark(segment: &SegmentReader, term: &Term, set: &mut BitSet) -> tantivy::Result<()> {
    let inverted = segment.inverted_index(term.field())?;
    let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? else {
        return Ok(());
    };
    let alive = segment.alive_bitset();
    let mut doc = postings.doc();
    while doc != TERMINATED {
        if alive.is_none_or(|a| a.is_alive(doc)) {
            set.insert(doc);
        }
        doc = postings.advance();
    }
    Ok(())
}

/// What one reader may see in one searcher's segments.
#[derive(Clone)]
pub struct Visible {
    sets: Arc<HashMap<SegmentId, BitSet>>,
    docs: u64,
}

impl Visible {
    /// How many documents the reader may see.
    pub fn docs(&self) -> u64 {
        self.docs
    }

    /// The set of one segment (none when the segment is not of this searcher).
    pub fn of_segment(&self, segment: SegmentId) -> Option<&BitSet> {
        self.sets.get(&segment)
    }

    /// A query matching exactly these documents, adding nothing to a score.
    pub fn query(&self) -> Box<dyn Query> {
        Box::new(VisibleQuery {
            sets: Arc::clone(&self.sets),
        })
    }
}

#[derive(Clone)]
struct VisibleQuery {
    sets: Arc<HashMap<SegmentId, BitSet>>,
}

impl std::fmt::Debug for VisibleQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "VisibleQuery({} segments)", self.sets.len())
    }
}

impl Query for VisibleQuery {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(VisibleWeight {
            sets: Arc::clone(&self.sets),
        }))
    }
}

struct VisibleWeight {
    sets: Arc<HashMap<SegmentId, BitSet>>,
}

impl Weight for VisibleWeight {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        // A segment the sets were not made for shows nothing.
        Ok(match self.sets.get(&reader.segment_id()) {
            Some(set) if set.max_value() >= reader.max_doc().max(1) => Box::new(ConstScorer::new(
                BitSetDocSet::from(BitSet::clone(set)),
                0.0,
            )),
            _ => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        match self.sets.get(&reader.segment_id()) {
            Some(set) if set.contains(doc) => Ok(Explanation::new("visible", 0.0)),
            _ => Err(TantivyError::InvalidArgument(format!(
                "document {doc} is not visible"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::Count;
    use tantivy::schema::{STRING, Schema};
    use tantivy::{Index, IndexWriter, doc};

    fn index_of(segments: &[&[&str]]) -> (Index, Field) {
        let mut schema = Schema::builder();
        let acl = schema.add_text_field("acl", STRING);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        for segment in segments {
            for t in *segment {
                writer.add_document(doc!(acl => *t)).unwrap();
            }
            writer.commit().unwrap();
        }
        (index, acl)
    }

    fn seen(index: &Index, dense: &DenseSets, acl: Field, terms: &[&str]) -> (u64, usize) {
        let searcher = index.reader().unwrap().searcher();
        let terms: Vec<String> = terms.iter().map(|t| (*t).to_owned()).collect();
        let v = dense.visible(&searcher, acl, &terms).unwrap();
        let counted = searcher.search(&v.query(), &Count).unwrap();
        (v.docs(), counted)
    }

    #[test]
    fn a_reader_sees_the_documents_of_their_terms_only() {
        let mut one: Vec<&str> = vec!["all"; 100];
        one.extend(["c:7", "c:7", "c:8", "u:3"]);
        let two: Vec<&str> = vec!["all", "c:8", "c:7", "u:4"];
        let (index, acl) = index_of(&[&one, &two]);
        let dense = DenseSets::default();
        assert_eq!(seen(&index, &dense, acl, &["all"]), (101, 101));
        assert_eq!(
            seen(&index, &dense, acl, &["all", "c:7", "u:3"]),
            (105, 105)
        );
        assert_eq!(seen(&index, &dense, acl, &["c:8", "u:4"]), (3, 3));
        assert_eq!(seen(&index, &dense, acl, &[]), (0, 0));
        // `all` is kept in both segments; a community's handful is read per query. In the
        // small second segment every term is a quarter of it, so each is kept there.
        assert_eq!(dense.kept_sets(), 1 + 4);
    }

    #[test]
    fn a_deletion_changes_the_kept_set() {
        let one: Vec<&str> = vec!["all"; 50];
        let (index, acl) = index_of(&[&one]);
        let dense = DenseSets::default();
        assert_eq!(seen(&index, &dense, acl, &["all"]), (50, 50));
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
        writer.add_document(doc!(acl => "c:1")).unwrap();
        writer.delete_term(Term::from_field_text(acl, "all"));
        writer.add_document(doc!(acl => "all")).unwrap();
        writer.commit().unwrap();
        assert_eq!(seen(&index, &dense, acl, &["all"]), (1, 1));
        assert_eq!(seen(&index, &dense, acl, &["all", "c:1"]), (2, 2));
    }
}
