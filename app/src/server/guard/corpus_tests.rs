//! The guard's corpus (`corpus.json`): a watchlist of 38 clients and 367 lines in the ten
//! languages, each with the clients a careful compliance officer finds in it: inflected and
//! plain mentions, names split over a line break, in hashtags and mentions, with legal forms;
//! and ordinary sentences, some with the ordinary words that are also clients' names. Reported
//! as recall (mentions found of those expected) and the false-positive rate (lines without a
//! client in which one was found), per language and overall (with `--nocapture`).
//!
//! The floors are the aims: the guard is the bank's protection against a regulator's
//! finding, so a missed mention is the costly mistake (recall ≥ 0.99); a false alarm costs a
//! writer a rewording and, when frequent, the writers' trust in the guard (at most 1 % of
//! ordinary lines). Honest about its origin: the corpus was written (by a helper session, from
//! the languages' grammar) before the matcher ran on it; the first run found 98.5 % of the
//! mentions with no false alarm, and three fixes came from its misses (Polish names whose
//! every word inflects, a three-letter stem in a longer name, the capital letter checked on
//! every word of a name): 2026-12-03, recall 1.000, false positives 0.000.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::matcher::{Matcher, Watched};
use crate::model::guard::Strictness;

#[derive(Deserialize)]
struct Corpus {
    watchlist: Vec<Entry>,
    lines: Vec<Line>,
}

#[derive(Deserialize)]
struct Entry {
    key: String,
    name: String,
    aliases: Vec<String>,
    legal_form: Option<String>,
    strictness: String,
}

#[derive(Deserialize)]
struct Line {
    lang: String,
    text: String,
    expect: Vec<String>,
    why: String,
}

const RECALL_FLOOR: f64 = 0.99;
const FALSE_POSITIVE_CEILING: f64 = 0.01;

#[test]
fn the_corpus_is_caught_and_ordinary_lines_pass() {
    let corpus: Corpus = serde_json::from_str(include_str!("corpus.json")).unwrap();
    let keys: Vec<String> = corpus.watchlist.iter().map(|e| e.key.clone()).collect();
    let matcher = Matcher::new(
        corpus
            .watchlist
            .iter()
            .enumerate()
            .map(|(i, e)| Watched {
                id: i as i64,
                name: e.name.clone(),
                aliases: e.aliases.clone(),
                legal_form: e.legal_form.clone(),
                strictness: Strictness::parse(&e.strictness).unwrap(),
            })
            .collect(),
    );
    // Per language: (mentions expected, found; ordinary lines, flagged).
    let mut by_lang: BTreeMap<String, (u32, u32, u32, u32)> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in &corpus.lines {
        let found: Vec<String> = matcher
            .find(&line.text, Some(&line.lang))
            .iter()
            .map(|f| keys[f.entry_id as usize].clone())
            .collect();
        let row = by_lang.entry(line.lang.clone()).or_default();
        if line.expect.is_empty() {
            row.2 += 1;
            if !found.is_empty() {
                row.3 += 1;
                misses.push(format!(
                    "FALSE {}: {:?} {:?} ({})",
                    line.lang, line.text, found, line.why
                ));
            }
            continue;
        }
        for key in &line.expect {
            row.0 += 1;
            if found.contains(key) {
                row.1 += 1;
            } else {
                misses.push(format!(
                    "MISSED {} {key}: {:?} ({})",
                    line.lang, line.text, line.why
                ));
            }
        }
    }
    eprintln!("lang  mentions  recall  ordinary  false-positive rate");
    let (mut e, mut f, mut o, mut x) = (0, 0, 0, 0);
    for (lang, (expected, found, ordinary, flagged)) in &by_lang {
        eprintln!(
            "{lang:<5} {expected:>8}  {:>6.3}  {ordinary:>8}  {:>6.3}",
            f64::from(*found) / f64::from((*expected).max(1)),
            f64::from(*flagged) / f64::from((*ordinary).max(1)),
        );
        (e, f, o, x) = (e + expected, f + found, o + ordinary, x + flagged);
    }
    let recall = f64::from(f) / f64::from(e.max(1));
    let false_rate = f64::from(x) / f64::from(o.max(1));
    eprintln!("all   {e:>8}  {recall:>6.3}  {o:>8}  {false_rate:>6.3}");
    for m in &misses {
        eprintln!("{m}");
    }
    assert!(by_lang.len() == 10, "every language has lines");
    assert!(
        recall >= RECALL_FLOOR,
        "recall {recall:.3} below {RECALL_FLOOR}"
    );
    assert!(
        false_rate <= FALSE_POSITIVE_CEILING,
        "false positives {false_rate:.3} above {FALSE_POSITIVE_CEILING}"
    );
}
