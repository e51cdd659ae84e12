//! The watchlist compiled for matching: every name, alias and stem of every entry in one
//! Aho-Corasick automaton over folded text, so a text is read once however long the list.
//! A candidate is a mention when it starts a word, the rest of its word is an ending of the
//! language (or it is followed by `-`, `:` or an apostrophe and an ending), and the entry's
//! strictness holds: a capital letter on each word, or the legal form next to it.

use aho_corasick::{AhoCorasick, MatchKind};

use super::endings;
use super::fold::{Folded, fold, fold_text};
use crate::model::guard::Strictness;

/// An entry of the watchlist, as the matcher needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Watched {
    pub id: i64,
    pub name: String,
    pub aliases: Vec<String>,
    pub legal_form: Option<String>,
    pub strictness: Strictness,
}

/// Where a name was found: offsets into the text as given, in bytes and in UTF-16 code units.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub entry_id: i64,
    pub name: String,
    pub start_byte: usize,
    pub end_byte: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    /// A stem: something must follow it.
    stem: bool,
    /// A name of several words is found by its first; each further word, in one of its
    /// forms (`(text, is a stem)`), must follow it, each with an ending of its own (Polish
    /// inflects them all: `PKO Banku Polskiego`).
    then: Vec<Vec<(String, bool)>>,
}

/// A word of a name and its stems (`longer`: the name has other words).
fn forms(word: &str, longer: bool) -> Vec<(String, bool)> {
    std::iter::once((word.to_owned(), false))
        .chain(endings::stems(word, longer).into_iter().map(|s| (s, true)))
        .collect()
}

/// The compiled watchlist.
pub struct Matcher {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
    entries: Vec<Watched>,
    /// Each entry's legal form, folded, with and without its dots.
    legal: Vec<Vec<String>>,
}

/// The longest ending read after `:` or an apostrophe (`Nokia:lle`, `Nokia's`).
const MAX_MARKED_ENDING: usize = 5;

impl Matcher {
    pub fn new(entries: Vec<Watched>) -> Self {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut legal = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let mut names: Vec<String> = std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .map(|n| fold(n))
                .filter(|n| !n.is_empty())
                .collect();
            names.sort();
            names.dedup();
            for n in names {
                let words: Vec<&str> = n.split(' ').collect();
                let longer = words.len() > 1;
                let then: Vec<Vec<(String, bool)>> =
                    words[1..].iter().map(|w| forms(w, longer)).collect();
                for (text, stem) in forms(words[0], longer) {
                    texts.push(text);
                    patterns.push(Pattern {
                        entry: i,
                        stem,
                        then: then.clone(),
                    });
                }
            }
            let forms: Vec<String> = e
                .legal_form
                .iter()
                .map(|l| fold(l))
                .filter(|l| !l.is_empty())
                .flat_map(|l| {
                    let plain = l.replace(['.', ' '], "");
                    [l, plain]
                })
                .collect();
            legal.push(forms);
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .ok();
        Self {
            automaton,
            patterns,
            entries,
            legal,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The watched names in `text`, written in `lang` (`None`: any language's endings), in
    /// the order they appear; one per entry and place.
    pub fn find(&self, text: &str, lang: Option<&str>) -> Vec<Found> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        let f = fold_text(text);
        let ends = endings::of(lang);
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for m in automaton.find_overlapping_iter(&f.text) {
            let p = &self.patterns[m.pattern().as_usize()];
            let (start, end) = (m.start(), m.end());
            if f.text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let Some(word_end) = word_end(&f, end, p.stem, ends)
                .and_then(|first| further_words(&f, first, &p.then, ends))
            else {
                continue;
            };
            let e = &self.entries[p.entry];
            let holds = match e.strictness {
                Strictness::Always => true,
                Strictness::Capitalised => capitalised(&f, start, word_end),
                Strictness::WithLegalForm => {
                    next_to_legal_form(&f.text, start, word_end, &self.legal[p.entry])
                }
            };
            if holds {
                out.push((p.entry, start, word_end));
            }
        }
        // One per entry and place: the longest.
        out.sort_by_key(|(entry, start, end)| (*start, *entry, std::cmp::Reverse(*end)));
        out.dedup_by(|b, a| a.0 == b.0 && b.1 < a.2);
        out.into_iter()
            .filter_map(|(entry, start, end)| {
                let first = f.source_at(start)?;
                let last = f.source_at(end.checked_sub(1)?)?;
                Some(Found {
                    entry_id: self.entries[entry].id,
                    name: self.entries[entry].name.clone(),
                    start_byte: first.byte,
                    end_byte: last.byte + last.bytes,
                    start_utf16: first.utf16,
                    end_utf16: last.utf16 + last.utf16_len,
                })
            })
            .collect()
    }
}

/// Where the word a name starts ends, when what follows the name is one of the language's
/// endings (or nothing, for a whole name); `None` when it is another word.
fn word_end(f: &Folded, end: usize, stem: bool, ends: &endings::Endings) -> Option<usize> {
    let after = &f.text[end..];
    let rest: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    if !rest.is_empty() {
        let allowed = if stem {
            &ends.after_stem
        } else {
            &ends.after_name
        };
        return allowed.contains(&rest).then_some(end + rest.len());
    }
    if stem {
        return None;
    }
    match after.chars().next() {
        // `Nokia:lle`, `Nokia's`, `Siemens'`: a short ending after the mark.
        Some(c @ (':' | '\'')) => {
            let marked: String = after[1..]
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            if marked.chars().count() <= MAX_MARKED_ENDING {
                Some(end + c.len_utf8() + marked.len())
            } else {
                Some(end)
            }
        }
        _ => Some(end),
    }
}

/// Where a name's further words end, each in one of its forms with an ending, one space
/// apart (a line break folds to one); `None` when one is missing.
fn further_words(
    f: &Folded,
    mut at: usize,
    then: &[Vec<(String, bool)>],
    ends: &endings::Endings,
) -> Option<usize> {
    for forms in then {
        at = f.text[at..].starts_with(' ').then_some(at + 1)?;
        at = forms.iter().find_map(|(form, stem)| {
            f.text[at..]
                .starts_with(form.as_str())
                .then(|| word_end(f, at + form.len(), *stem, ends))
                .flatten()
        })?;
    }
    Some(at)
}

/// Each word of the name, as written, starts with a capital.
fn capitalised(f: &Folded, start: usize, end: usize) -> bool {
    let mut at_word_start = true;
    for (i, c) in f.text[start..end].char_indices() {
        if c == ' ' {
            at_word_start = true;
            continue;
        }
        if at_word_start {
            if !f.source_at(start + i).is_some_and(|s| s.capital) {
                return false;
            }
            at_word_start = false;
        }
    }
    true
}

/// The name's legal form is the word just before or just after it (`AB Volvo`, `Equinor
/// ASA`, `Hexagon AB:s`, `AS-i Kalev`).
fn next_to_legal_form(text: &str, start: usize, end: usize, forms: &[String]) -> bool {
    if forms.is_empty() {
        return false;
    }
    let after = text[end..].trim_start_matches(' ');
    let before = text[..start].trim_end_matches(' ');
    forms.iter().any(|form| {
        let follows = after.strip_prefix(form.as_str()).is_some_and(|rest| {
            // `AB:s`: an ending after a colon belongs to the legal form.
            let rest = rest.strip_prefix(':').map_or(rest, |r| {
                r.trim_start_matches(|c: char| c.is_alphanumeric())
            });
            !rest.starts_with(|c: char| c.is_alphanumeric())
        });
        let precedes = {
            // `AS-i Kalev`: an ending after a hyphen belongs to the legal form.
            let word_start = before.rfind(' ').map_or(0, |i| i + 1);
            let word = &before[word_start..];
            let word = word.split_once('-').map_or(word, |(w, _)| w);
            word == form.as_str()
        };
        follows || precedes
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn watched(id: i64, name: &str, legal: Option<&str>, strictness: Strictness) -> Watched {
        Watched {
            id,
            name: name.to_owned(),
            aliases: Vec::new(),
            legal_form: legal.map(str::to_owned),
            strictness,
        }
    }

    #[test]
    fn offsets_are_given_in_bytes_and_utf16_units() {
        let m = Matcher::new(vec![watched(1, "Ørsted", None, Strictness::Always)]);
        let text = "😀 Møte hos Ørsteds";
        let found = m.find(text, Some("nb"));
        assert_eq!(found.len(), 1);
        let f = &found[0];
        assert_eq!(&text[f.start_byte..f.end_byte], "Ørsteds");
        let units: Vec<u16> = text.encode_utf16().collect();
        assert_eq!(
            String::from_utf16(&units[f.start_utf16..f.end_utf16]).unwrap(),
            "Ørsteds"
        );
    }

    #[test]
    fn strictness_decides_for_names_that_are_words() {
        let m = Matcher::new(vec![
            watched(1, "Polar", None, Strictness::Capitalised),
            watched(2, "Storm", Some("AS"), Strictness::WithLegalForm),
        ]);
        assert_eq!(m.find("Ny klokke fra Polar", Some("nb")).len(), 1);
        assert!(m.find("en polar natt", Some("nb")).is_empty());
        assert!(m.find("det var storm i natt", Some("nb")).is_empty());
        assert_eq!(m.find("Møte med Storm AS i dag", Some("nb")).len(), 1);
        assert_eq!(m.find("Avtale med AS-i Storm", Some("et")).len(), 1);
    }

    #[test]
    fn a_name_inside_another_word_is_not_the_name() {
        let m = Matcher::new(vec![watched(1, "Rimi", None, Strictness::Always)]);
        assert!(m.find("Semester i Rimini", Some("sv")).is_empty());
        assert!(m.find("Primitiv", Some("sv")).is_empty());
        assert_eq!(m.find("#Rimi och @rimi", Some("sv")).len(), 2);
    }
}
