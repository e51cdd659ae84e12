//! How text becomes search terms. Each content language has an analyser (words split on
//! anything that is not a letter or digit, lower-cased, stemmed in that language; words of
//! 64 bytes or more are left out); the neutral analyser lower-cases and folds diacritics (`Müller` → `muller`,
//! `Rūta` → `ruta`) without stemming or stop words, so names, codes, product words and the
//! department `IT` match across languages. The same analysers read queries.

use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

use super::stemming::LanguageStemmer;
use crate::model::content::CONTENT_LANGUAGES;

/// The neutral analyser's name.
pub const NEUTRAL: &str = "gemenskap_neutral";

/// The analyser of a content language.
pub fn language_analyser_name(lang: &str) -> String {
    format!("gemenskap_{lang}")
}

/// Registers every analyser with an index (tantivy keeps them in memory only: this runs
/// after every open).
pub fn register(index: &Index) {
    let tokenizers = index.tokenizers();
    tokenizers.register(NEUTRAL, neutral());
    for lang in CONTENT_LANGUAGES {
        if let Some(analyser) = language(lang) {
            tokenizers.register(&language_analyser_name(lang), analyser);
        }
    }
}

/// Lower-case, diacritics folded, nothing dropped.
pub fn neutral() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(64))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Lower-case and stemmed in `lang` (diacritics kept: the stemmers need them).
pub fn language(lang: &str) -> Option<TextAnalyzer> {
    let stemmer = LanguageStemmer::for_language(lang)?;
    Some(
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(64))
            .filter(LowerCaser)
            .filter(StemFilter(stemmer))
            .build(),
    )
}

/// The terms an analyser makes of a text, in order.
pub fn terms(analyser: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyser.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

/// A token filter that stems each word with a language's stemmer.
#[derive(Clone)]
pub struct StemFilter(LanguageStemmer);

impl TokenFilter for StemFilter {
    type Tokenizer<T: Tokenizer> = StemTokenizer<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> StemTokenizer<T> {
        StemTokenizer {
            stemmer: self.0,
            inner,
        }
    }
}

#[derive(Clone)]
pub struct StemTokenizer<T> {
    stemmer: LanguageStemmer,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for StemTokenizer<T> {
    type TokenStream<'a> = StemStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        StemStream {
            stemmer: &self.stemmer,
            tail: self.inner.token_stream(text),
        }
    }
}

pub struct StemStream<'a, S> {
    stemmer: &'a LanguageStemmer,
    tail: S,
}

impl<S: TokenStream> TokenStream for StemStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        token.text = self.stemmer.stem(&token.text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_neutral_analyser_folds_names_and_keeps_short_words() {
        let mut n = neutral();
        assert_eq!(
            terms(&mut n, "Katrin Müller, IT"),
            ["katrin", "muller", "it"]
        );
        assert_eq!(terms(&mut n, "Rūta Kazlauskienė"), ["ruta", "kazlauskiene"]);
        assert_eq!(terms(&mut n, "Łódź SIA"), ["lodz", "sia"]);
    }

    #[test]
    fn a_language_analyser_stems_after_lower_casing() {
        let mut sv = language("sv").unwrap();
        assert_eq!(terms(&mut sv, "Lösenordet"), terms(&mut sv, "lösenord"));
        let mut pl = language("pl").unwrap();
        assert_eq!(terms(&mut pl, "Hasła"), terms(&mut pl, "hasło"));
        assert!(language("und").is_none());
    }
}
