//! Turning what a reader typed into a tantivy query. Every word must match (in any field);
//! a word matches its folded form in the neutral text (names, codes, `IT`), in the title
//! (which weighs more), its stem in the text of each language searched, and, from five
//! letters on, a form one typo away (two from nine letters). Filters (kind, community,
//! language, author, time) and the reader's own visibility terms are ANDed in; none of them
//! changes a score.

use tantivy::Term;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query, RangeQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::{SimpleTokenizer, TokenStream, Tokenizer};

use super::analysis::{self, terms};
use super::document::lang_code;
use super::schema::Fields;
use crate::model::search::SearchKind;

/// The most words of a query that count.
pub const MAX_WORDS: usize = 12;

/// A word of the query in each form it is searched in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Lower-cased and folded.
    pub neutral: String,
    /// `(language, stem)` for each language searched.
    pub stems: Vec<(&'static str, String)>,
}

/// The words of a query, analysed for `langs` (at most [`MAX_WORDS`]).
pub fn words(query: &str, langs: &[&'static str]) -> Vec<Word> {
    words_of(query, langs, 0, MAX_WORDS)
}

/// The words of `text` with at least `min_chars` letters, analysed for `langs`, `max` at most.
pub fn words_of(text: &str, langs: &[&'static str], min_chars: usize, max: usize) -> Vec<Word> {
    let mut raw = Vec::new();
    let mut tokenizer = SimpleTokenizer::default();
    let mut stream = tokenizer.token_stream(text);
    while stream.advance() && raw.len() < max {
        let t = &stream.token().text;
        if t.chars().count() >= min_chars {
            raw.push(t.clone());
        }
    }
    let mut neutral = analysis::neutral();
    let mut analysers: Vec<_> = langs
        .iter()
        .filter_map(|l| analysis::language(l).map(|a| (*l, a)))
        .collect();
    raw.into_iter()
        .filter_map(|w| {
            let n = terms(&mut neutral, &w).into_iter().next()?;
            let stems = analysers
                .iter_mut()
                .filter_map(|(l, a)| terms(a, &w).into_iter().next().map(|s| (*l, s)))
                .collect();
            Some(Word { neutral: n, stems })
        })
        .collect()
}

fn term_query(term: Term) -> Box<dyn Query> {
    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
}

fn boosted(q: Box<dyn Query>, by: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(q, by))
}

/// Stems that differ from a word's only at the end, where the stemmers of the languages with
/// many cases (fi, et, lt, lv, pl) leave forms of one word apart (fi `salasana` → `salas`, `salasanoja` →
/// `salasano`; et `mikrofon` → `mikrofo`, `mikrofoniga` → `mikrofoni`; et `sööklasse` →
/// `sööklase`, `söökla` → `söökla`): a stem of five letters or more also matches the stems
/// it begins, and the stems up to three letters shorter that begin it (five letters at
/// least). They weigh less than the stem itself.
fn near_stems(lang: &str, field: tantivy::schema::Field, stem: &str) -> Vec<Box<dyn Query>> {
    let chars: Vec<char> = stem.chars().collect();
    if chars.len() < NEAR_STEM_MIN || !MANY_CASES.contains(&lang) {
        return Vec::new();
    }
    let mut out: Vec<Box<dyn Query>> = vec![Box::new(FuzzyTermQuery::new_prefix(
        Term::from_field_text(field, stem),
        0,
        false,
    ))];
    let shortest = NEAR_STEM_MIN.max(chars.len().saturating_sub(3));
    for n in shortest..chars.len() {
        let shorter: String = chars[..n].iter().collect();
        out.push(term_query(Term::from_field_text(field, &shorter)));
    }
    out
}

/// The shortest stem matched by its beginnings and endings (see [`near_stems`]).
const NEAR_STEM_MIN: usize = 5;
/// The languages whose stems are matched by their beginnings and endings too: the others'
/// stemmers bring a word's forms together well enough, and the extra terms cost time.
const MANY_CASES: [&str; 5] = ["fi", "et", "lt", "lv", "pl"];

/// How many typos a word may carry and still match.
pub fn typos_allowed(word: &str) -> u8 {
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// How words match besides exactly and by stem.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Matching {
    /// The last word may be the start of a title word (as one types).
    pub prefix_last: bool,
    /// Words from five letters may carry typos.
    pub typos: bool,
}

/// The clause one word must satisfy; `prefix` lets it match the start of a title word too
/// (the last word, as one types), `typos` a form with a typo or two.
pub fn word_clause(f: &Fields, w: &Word, prefix: bool, typos: bool) -> Box<dyn Query> {
    let mut should: Vec<(Occur, Box<dyn Query>)> = vec![
        (
            Occur::Should,
            term_query(Term::from_field_text(f.neutral, &w.neutral)),
        ),
        (
            Occur::Should,
            boosted(term_query(Term::from_field_text(f.title, &w.neutral)), 2.0),
        ),
    ];
    for (lang, stem) in &w.stems {
        if let Some(field) = f.text(lang) {
            should.push((
                Occur::Should,
                boosted(term_query(Term::from_field_text(field, stem)), 1.2),
            ));
            should.extend(
                near_stems(lang, field, stem)
                    .into_iter()
                    .map(|q| (Occur::Should, boosted(q, 0.4))),
            );
        }
    }
    let allowed = if typos { typos_allowed(&w.neutral) } else { 0 };
    if allowed > 0 {
        let fuzzy =
            FuzzyTermQuery::new(Term::from_field_text(f.neutral, &w.neutral), allowed, true);
        should.push((Occur::Should, boosted(Box::new(fuzzy), 0.5)));
    }
    if prefix {
        let p = FuzzyTermQuery::new_prefix(Term::from_field_text(f.title, &w.neutral), 0, false);
        should.push((Occur::Should, boosted(Box::new(p), 0.8)));
    }
    Box::new(BooleanQuery::new(should))
}

/// What a search is limited to, besides the reader's visibility.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    pub kinds: Vec<SearchKind>,
    pub community: Option<i64>,
    /// Languages the results may be in (empty: any). `und` is always allowed.
    pub langs: Vec<String>,
    pub author: Option<i64>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    /// Only answered questions and wiki pages.
    pub answers_only: bool,
}

/// The filters as clauses to AND in, each adding nothing to a score.
pub fn filter_clauses(f: &Fields, filters: &Filters) -> Vec<Box<dyn Query>> {
    filter_queries(f, filters)
        .into_iter()
        .map(|q| Box::new(ConstScoreQuery::new(q, 0.0)) as Box<dyn Query>)
        .collect()
}

fn filter_queries(f: &Fields, filters: &Filters) -> Vec<Box<dyn Query>> {
    let mut out: Vec<Box<dyn Query>> = Vec::new();
    if !filters.kinds.is_empty() {
        out.push(Box::new(TermSetQuery::new(
            filters
                .kinds
                .iter()
                .map(|k| Term::from_field_u64(f.kind, k.code())),
        )));
    }
    if let Some(c) = filters.community {
        out.push(term_query(Term::from_field_i64(f.community, c)));
    }
    if !filters.langs.is_empty() {
        let mut codes: Vec<u64> = filters.langs.iter().map(|l| lang_code(l)).collect();
        codes.push(0);
        codes.sort_unstable();
        codes.dedup();
        out.push(Box::new(TermSetQuery::new(
            codes.into_iter().map(|c| Term::from_field_u64(f.lang, c)),
        )));
    }
    if let Some(a) = filters.author {
        out.push(term_query(Term::from_field_i64(f.author, a)));
    }
    if filters.from.is_some() || filters.to.is_some() {
        use std::ops::Bound;
        let lower = filters.from.map_or(Bound::Unbounded, |t| {
            Bound::Included(Term::from_field_i64(f.created, t))
        });
        let upper = filters.to.map_or(Bound::Unbounded, |t| {
            Bound::Excluded(Term::from_field_i64(f.created, t))
        });
        out.push(Box::new(RangeQuery::new(lower, upper)));
    }
    if filters.answers_only {
        let wiki = term_query(Term::from_field_u64(f.kind, SearchKind::WikiPage.code()));
        let answered = term_query(Term::from_field_u64(f.answered, 1));
        out.push(Box::new(BooleanQuery::new(vec![
            (Occur::Should, wiki),
            (Occur::Should, answered),
        ])));
    }
    out
}

/// Every word required, every filter and the visibility ANDed in.
pub fn full_query(
    f: &Fields,
    words: &[Word],
    visibility: Box<dyn Query>,
    filters: &Filters,
    matching: Matching,
) -> BooleanQuery {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let prefix = matching.prefix_last && i + 1 == words.len();
            (Occur::Must, word_clause(f, w, prefix, matching.typos))
        })
        .collect();
    clauses.push((Occur::Must, visibility));
    clauses.extend(
        filter_clauses(f, filters)
            .into_iter()
            .map(|q| (Occur::Must, q)),
    );
    BooleanQuery::new(clauses)
}

/// Any of the words (at least `min` of them), for text like a question being written.
pub fn any_words_query(
    f: &Fields,
    words: &[Word],
    visibility: Box<dyn Query>,
    filters: &Filters,
    min: usize,
) -> BooleanQuery {
    let should: Vec<(Occur, Box<dyn Query>)> = words
        .iter()
        .map(|w| (Occur::Should, word_clause(f, w, false, false)))
        .collect();
    let any = BooleanQuery::with_minimum_required_clauses(should, min.min(words.len()).max(1));
    let mut clauses: Vec<(Occur, Box<dyn Query>)> =
        vec![(Occur::Must, Box::new(any)), (Occur::Must, visibility)];
    clauses.extend(
        filter_clauses(f, filters)
            .into_iter()
            .map(|q| (Occur::Must, q)),
    );
    BooleanQuery::new(clauses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_read_as_words_in_each_language() {
        let w = words("Lösenordet för VPN", &["sv", "en"]);
        assert_eq!(w.len(), 3);
        assert_eq!(w[0].neutral, "losenordet");
        assert_eq!(w[0].stems[0], ("sv", "lösenord".to_owned()));
        assert_eq!(w[2].neutral, "vpn");
        assert!(words("  ,;  ", &["sv"]).is_empty());
        assert_eq!(words(&"ord ".repeat(40), &["sv"]).len(), MAX_WORDS);
    }

    #[test]
    fn longer_words_allow_more_typos() {
        assert_eq!(typos_allowed("vpn"), 0);
        assert_eq!(typos_allowed("lösen"), 1);
        assert_eq!(typos_allowed("slaptažodis"), 2);
    }
}
