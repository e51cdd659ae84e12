//! What may follow a client's name in each language and still be the name: genitives,
//! definite forms and case endings, on folded text (diacritics gone: Lithuanian `ą` is `a`).
//! A name's nominative ending may be replaced too (Lithuanian `Swedbankas` → `Swedbanko`,
//! Latvian `Citadele` → `Citadelei`, Polish `Żabka` → `Żabce`): those names also match by
//! their stem, followed by one of the language's stem endings. docs/guard.md lists the rules.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Endings after the whole name, and after a name's stem, for one language.
#[derive(Debug, Default)]
pub struct Endings {
    pub after_name: HashSet<String>,
    pub after_stem: HashSet<String>,
}

const LANGS: [&str; 10] = ["sv", "nb", "da", "fi", "de", "en", "et", "lv", "lt", "pl"];

fn set(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

/// Every combination of a link (`i`, `e`), a case ending and a clitic, as Finnish and
/// Estonian glue them onto a name.
fn agglutinated(links: &[&str], cases: &[&str], clitics: &[&str]) -> HashSet<String> {
    let mut out = HashSet::new();
    for l in links {
        for c in cases {
            for k in clitics {
                let e = format!("{l}{c}{k}");
                if !e.is_empty() {
                    out.insert(e);
                }
            }
        }
    }
    out
}

fn build(lang: &str) -> Endings {
    match lang {
        "sv" => Endings {
            after_name: set(&["s"]),
            after_stem: HashSet::new(),
        },
        "nb" => Endings {
            after_name: set(&["s", "en", "ens", "et", "ets"]),
            after_stem: HashSet::new(),
        },
        "da" => Endings {
            after_name: set(&["s", "en", "ens", "et", "ets"]),
            after_stem: HashSet::new(),
        },
        "de" => Endings {
            after_name: set(&["s", "es"]),
            after_stem: HashSet::new(),
        },
        "en" => Endings {
            after_name: set(&["s"]),
            after_stem: HashSet::new(),
        },
        "fi" => Endings {
            after_name: agglutinated(
                &["", "i", "e", "ee"],
                &[
                    "", "n", "a", "ta", "tta", "ssa", "sta", "lla", "lta", "lle", "na", "ksi",
                    "an", "en", "in", "on", "un", "han", "hin", "hen", "seen", "t", "ne", "ineen",
                    "iden", "jen", "ja", "ita", "ihin", "issa", "ista", "illa", "ilta", "ille",
                    "ina", "iksi",
                ],
                &["", "kin", "kaan", "ko", "han", "pa"],
            ),
            after_stem: HashSet::new(),
        },
        "et" => Endings {
            after_name: agglutinated(
                &["", "i", "de", "te", "ide"],
                &[
                    "", "t", "d", "sse", "s", "st", "le", "l", "lt", "ks", "ni", "na", "ta", "ga",
                ],
                &["", "gi", "ki"],
            ),
            after_stem: HashSet::new(),
        },
        "lv" => Endings {
            after_name: set(&["s", "a", "am", "u", "as", "ai", "os", "i"]),
            after_stem: set(&[
                "es", "ei", "i", "e", "em", "u", "as", "ai", "a", "am", "os", "iem", "s",
            ]),
        },
        "lt" => Endings {
            after_name: set(&[
                "as", "o", "ui", "a", "u", "e", "ai", "os", "oje", "ams", "uose", "u",
            ]),
            after_stem: set(&[
                "o", "ui", "a", "u", "e", "io", "iui", "i", "iu", "yje", "os", "ai", "oje", "as",
                "is", "ys", "ams", "ais", "uose", "e", "iai", "iu",
            ]),
        },
        "pl" => Endings {
            after_name: set(&[
                "u", "a", "owi", "em", "iem", "ie", "e", "y", "i", "ii", "ach", "ami", "om", "ow",
                "o", "owski", "owska", "owskie", "owskich", "owskim", "owskiej", "owskiego",
                "owskiemu", "owskimi", "ego", "emu", "m", "ej", "mi", "ch",
            ]),
            after_stem: set(&[
                "i", "ii", "e", "a", "y", "ie", "o", "om", "ami", "ach", "u", "ow", "owi", "em",
                "iem",
            ]),
        },
        _ => Endings::default(),
    }
}

fn table() -> &'static HashMap<&'static str, Endings> {
    static TABLE: OnceLock<HashMap<&'static str, Endings>> = OnceLock::new();
    TABLE.get_or_init(|| LANGS.iter().map(|l| (*l, build(l))).collect())
}

fn union() -> &'static Endings {
    static ALL: OnceLock<Endings> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = Endings::default();
        for e in table().values() {
            all.after_name.extend(e.after_name.iter().cloned());
            all.after_stem.extend(e.after_stem.iter().cloned());
        }
        all
    })
}

/// The endings of a language (primary tag); of every language for an unknown or no language
/// (a writer may inflect a name in any of them).
pub fn of(lang: Option<&str>) -> &'static Endings {
    lang.map(crate::model::language::primary)
        .and_then(|l| table().get(l.as_str()))
        .unwrap_or_else(union)
}

/// The nominative endings a name's last word may drop before another ending, longest first.
const NOMINATIVES: [&str; 8] = ["as", "is", "ys", "us", "a", "e", "o", "s"];

/// Consonants that change before an ending (Lithuanian `t` → `č`, `d` → `dž`; Polish `k` →
/// `c`, `g` → `dz`, `r` → `rz`, `ch` → `sz`), folded.
const ALTERNATIONS: [(&str, &str); 6] = [
    ("t", "c"),
    ("d", "dz"),
    ("k", "c"),
    ("g", "dz"),
    ("r", "rz"),
    ("ch", "sz"),
];

/// The stems a folded word of a name matches by (its nominative ending dropped, and the
/// consonant before it changed): four letters at least, or three in a name of several words
/// (`Latvijas Gāzi`), where the other words say enough.
pub fn stems(name: &str, longer: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in NOMINATIVES {
        let Some(stem) = name.strip_suffix(n) else {
            continue;
        };
        let letters = stem.chars().count();
        let enough = letters >= 4 || (longer && letters >= 3);
        if !enough || !stem.ends_with(|c: char| c.is_alphabetic()) {
            continue;
        }
        out.push(stem.to_owned());
        for (from, to) in ALTERNATIONS {
            if let Some(head) = stem.strip_suffix(from) {
                out.push(format!("{head}{to}"));
            }
        }
        break;
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_knows_its_endings() {
        assert!(of(Some("fi")).after_name.contains("ssa"));
        assert!(of(Some("fi")).after_name.contains("illekin"));
        assert!(of(Some("et")).after_name.contains("iga"));
        assert!(of(Some("sv")).after_name.contains("s"));
        assert!(!of(Some("sv")).after_name.contains("n"));
        assert!(of(None).after_name.contains("n"));
        assert!(of(Some("lt")).after_stem.contains("io"));
    }

    #[test]
    fn nominative_endings_give_stems() {
        assert_eq!(stems("ignitis", false), ["ignic", "ignit"]);
        assert_eq!(stems("citadele", false), ["citadel"]);
        assert_eq!(stems("zabka", false), ["zabc", "zabk"]);
        assert!(stems("nord", false).is_empty());
        assert!(
            stems("kone", false).is_empty(),
            "three letters stay: too short"
        );
        assert_eq!(stems("gaze", true), ["gaz"], "a word of a longer name");
    }
}
