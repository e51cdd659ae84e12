//! Latvian has no Snowball stemmer; this is a light one: it strips one noun or adjective
//! ending (the longest that fits, from a fixed list), keeps at least one vowel more than the
//! ending held and three letters besides, and undoes the softening of the stem's last
//! consonant that some endings cause (`brāļi` → `brāl`, `zivju` → `ziv`). It follows the
//! approach of Kreslins' light stemmer (as in Lucene's Latvian analyser); the rules are
//! written out here and in `docs/search.md`.
//!
//! It is deliberately light: a reader's word and the document's word meet in one stem for
//! the common cases (`parole`, `paroles`, `parolei`, `paroli` → `parol`); verbs and rarer
//! declensions are left to the typo-tolerant match.

/// An ending, the vowels it must leave before it (the stem keeps more than these), and
/// whether the consonant before it may have been softened.
struct Ending {
    text: &'static str,
    vowels: usize,
    softens: bool,
}

const fn e(text: &'static str, vowels: usize, softens: bool) -> Ending {
    Ending {
        text,
        vowels,
        softens,
    }
}

/// Longest first within each family, so the first that fits is the one to strip.
const ENDINGS: &[Ending] = &[
    e("ajiem", 3, false),
    e("ajai", 3, false),
    e("ajam", 2, false),
    e("ajām", 2, false),
    e("ajos", 2, false),
    e("ajās", 2, false),
    e("iem", 2, true),
    e("ajā", 2, false),
    e("ais", 2, false),
    e("ai", 2, false),
    e("ei", 2, false),
    e("ām", 1, false),
    e("am", 1, false),
    e("ēm", 1, false),
    e("īm", 1, false),
    e("im", 1, false),
    e("um", 1, false),
    e("us", 1, true),
    e("as", 1, false),
    e("ās", 1, false),
    e("es", 1, false),
    e("os", 1, true),
    e("ij", 1, false),
    e("īs", 1, false),
    e("ēs", 1, false),
    e("is", 1, false),
    e("ie", 1, false),
    e("u", 1, true),
    e("a", 1, true),
    e("i", 1, true),
    e("e", 1, false),
    e("ā", 1, false),
    e("ē", 1, false),
    e("ī", 1, false),
    e("ū", 1, false),
    e("o", 1, false),
    e("s", 0, false),
    e("š", 0, false),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'ā' | 'ē' | 'ī' | 'ū')
}

/// The stem of a lower-cased Latvian word.
pub fn stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let vowels = chars.iter().filter(|c| is_vowel(**c)).count();
    for ending in ENDINGS {
        let len = ending.text.chars().count();
        if vowels > ending.vowels && chars.len() >= len + 3 && word.ends_with(ending.text) {
            let mut out: Vec<char> = chars[..chars.len() - len].to_vec();
            if ending.softens {
                harden(&mut out, matches!(ending.text, "u" | "us"));
            }
            return out.into_iter().collect();
        }
    }
    word.to_owned()
}

/// Undoes the softening of a stem's last consonant(s), as the ending removed may have
/// caused it. After `-u` and `-us` also `kš` → `kst` and `ņņ` → `nn`.
fn harden(stem: &mut Vec<char>, genitive_plural: bool) {
    let n = stem.len();
    let ends = |s: &[char], tail: &str| {
        let t: Vec<char> = tail.chars().collect();
        s.len() >= t.len() && s[s.len() - t.len()..] == t[..]
    };
    let replace = |s: &mut Vec<char>, tail: &str, with: &str| {
        let cut = s.len() - tail.chars().count();
        s.truncate(cut);
        s.extend(with.chars());
    };
    if genitive_plural {
        if ends(stem, "kš") {
            replace(stem, "kš", "kst");
            return;
        }
        if ends(stem, "ņņ") {
            replace(stem, "ņņ", "nn");
            return;
        }
    }
    // A `j` after a labial is the softening itself: `zivj` → `ziv`.
    if n >= 2 && stem[n - 1] == 'j' && matches!(stem[n - 2], 'p' | 'b' | 'm' | 'v') {
        stem.pop();
        return;
    }
    for (soft, hard) in [
        ("šņ", "sn"),
        ("žņ", "zn"),
        ("šļ", "sl"),
        ("žļ", "zl"),
        ("ļņ", "ln"),
        ("ļļ", "ll"),
    ] {
        if ends(stem, soft) {
            replace(stem, soft, hard);
            return;
        }
    }
    if let Some(last) = stem.last_mut() {
        *last = match *last {
            'č' => 'c',
            'ļ' => 'l',
            'ņ' => 'n',
            other => other,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn the_cases_of_a_noun_meet_in_one_stem() {
        for w in [
            "parole", "paroles", "parolei", "paroli", "parolē", "parolēm",
        ] {
            assert_eq!(stem(w), "parol", "{w}");
        }
        for w in [
            "dators", "datora", "datoram", "datoru", "datorā", "datori", "datoriem",
        ] {
            assert_eq!(stem(w), "dator", "{w}");
        }
    }

    #[test]
    fn softened_consonants_are_hardened() {
        assert_eq!(stem("brāļi"), "brāl");
        assert_eq!(stem("brālis"), "brāl");
        assert_eq!(stem("zivju"), "ziv");
        assert_eq!(stem("zivis"), "ziv");
    }

    #[test]
    fn short_words_and_names_stay_whole() {
        assert_eq!(stem("it"), "it");
        assert_eq!(stem("vpn"), "vpn");
        assert_eq!(stem("rīga"), "rīg");
        assert_eq!(stem("rīgā"), "rīg");
    }
}
