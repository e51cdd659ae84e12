//! Stems per language, so that a reader's `lösenordet` meets a document's `lösenord`. Snowball
//! (the `frostem` crate tantivy itself uses) for sv, nb, da, fi, de, en, et, lt and pl; the
//! light stemmer of `latvian` for lv. Two corrections, found by trying the product's own
//! words (see `docs/search.md`):
//! - Snowball is applied until the word stops changing (at most twice): one pass leaves
//!   `salasanan` at `salasan` while `salasana` becomes `salas` (fi), and `skriveren` at
//!   `skriver` while `skriver` becomes `skriv` (nb).
//! - Swedish: Snowball keeps the definite `-et` after two consonants (`lösenordet`,
//!   `dokumentet`); it is removed when at least three letters stay.
//!
//! The same stemming runs when indexing and when reading a query, so an over-short stem
//! costs nothing but a few extra matches.

use frostem::{Algorithm, Stemmer};

/// A language's stemmer.
#[derive(Clone)]
pub struct LanguageStemmer {
    kind: Kind,
}

#[derive(Clone)]
enum Kind {
    Snowball(Stemmer, bool),
    Latvian,
}

impl LanguageStemmer {
    /// The stemmer for a content language code; `None` for a language without one.
    pub fn for_language(code: &str) -> Option<Self> {
        let algorithm = match code {
            "sv" => Algorithm::Swedish,
            "nb" => Algorithm::Norwegian,
            "da" => Algorithm::Danish,
            "fi" => Algorithm::Finnish,
            "de" => Algorithm::German,
            "en" => Algorithm::English,
            "et" => Algorithm::Estonian,
            "lt" => Algorithm::Lithuanian,
            "pl" => Algorithm::Polish,
            "lv" => {
                return Some(Self {
                    kind: Kind::Latvian,
                });
            }
            _ => return None,
        };
        Some(Self {
            kind: Kind::Snowball(Stemmer::new(algorithm), code == "sv"),
        })
    }

    /// The stem of a lower-cased word.
    pub fn stem(&self, word: &str) -> String {
        match &self.kind {
            Kind::Latvian => super::latvian::stem(word),
            Kind::Snowball(stemmer, swedish) => {
                let mut out = stemmer.stem(word).into_owned();
                let again = stemmer.stem(&out).into_owned();
                if again.chars().count() >= 3 {
                    out = again;
                }
                if *swedish {
                    out = swedish_definite_et(out);
                }
                out
            }
        }
    }
}

/// `lösenordet` → `lösenord`: a final `-et` after two consonants, when three letters stay.
fn swedish_definite_et(word: String) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aeiouyåäöé".contains(c);
    if n >= 5
        && chars[n - 2] == 'e'
        && chars[n - 1] == 't'
        && consonant(chars[n - 3])
        && consonant(chars[n - 4])
    {
        return chars[..n - 2].iter().collect();
    }
    word
}

#[cfg(test)]
mod tests {
    use super::LanguageStemmer;

    fn same_stem(lang: &str, words: &[&str]) {
        let s = LanguageStemmer::for_language(lang).unwrap();
        let first = s.stem(words[0]);
        for w in words {
            assert_eq!(s.stem(w), first, "{lang}: {w} vs {}", words[0]);
        }
    }

    #[test]
    fn the_inflected_forms_the_issue_names_meet_their_base_form() {
        same_stem(
            "sv",
            &["lösenord", "lösenordet", "lösenorden", "lösenordets"],
        );
        same_stem(
            "fi",
            &[
                "salasana",
                "salasanan",
                "salasanat",
                "salasanaa",
                "salasanalla",
            ],
        );
        same_stem("pl", &["hasło", "hasła", "hasłem"]);
        same_stem(
            "lt",
            &["slaptažodis", "slaptažodžio", "slaptažodžiai", "slaptažodį"],
        );
        same_stem("nb", &["skriver", "skriveren", "skrivere"]);
        same_stem("da", &["printer", "printeren", "printere"]);
        same_stem("de", &["Passwort".to_lowercase().as_str(), "passwörter"]);
        same_stem("en", &["password", "passwords"]);
        same_stem("lv", &["parole", "paroles", "parolei"]);
    }

    #[test]
    fn short_words_and_unknown_languages() {
        let sv = LanguageStemmer::for_language("sv").unwrap();
        assert_eq!(sv.stem("it"), "it");
        assert_eq!(sv.stem("vpn"), "vpn");
        assert!(LanguageStemmer::for_language("und").is_none());
        assert!(LanguageStemmer::for_language("fr").is_none());
    }
}
