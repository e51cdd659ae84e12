//! Reader languages and linked translations as the browser sees them: which languages a list
//! showed and what it left out, where a shown translation came from, the versions of an item,
//! outdated translations, and the server's guess at a text's language.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::{Item, PersonRef};

/// The language tag of text whose language is not known.
pub const UNDETERMINED: &str = "und";
/// The most languages a `lang=` filter may name.
pub const MAX_FILTER_LANGUAGES: usize = 20;

/// The primary language subtag, lower-cased: `en-GB` and `en` are the same language to a
/// reader, and so are `sv` and `SV`.
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Whether two language tags name the same language for a reader.
pub fn same_language(a: &str, b: &str) -> bool {
    primary(a) == primary(b)
}

/// What a list asked for: `lang=sv,en` (these languages), `all_languages=true` (every
/// language), or neither (the reader's own settings, and the community's default).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageRequest {
    /// Comma-separated language tags, as in the URL.
    pub lang: Option<String>,
    pub all_languages: Option<bool>,
}

impl LanguageRequest {
    /// The languages of a `lang=` value, trimmed and without empties, in order.
    pub fn languages(&self) -> Vec<String> {
        self.lang
            .as_deref()
            .unwrap_or_default()
            .split(',')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }
}

/// The languages a list was shown in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageView {
    /// The cross-language view: every language was shown.
    pub all_languages: bool,
    /// The languages shown (besides `und`), in the reader's order; empty in the
    /// cross-language view.
    pub languages: Vec<String>,
    /// Where the choice came from: `request` (the URL), `reader` (the reader's settings) or
    /// `community` (the community's default).
    pub source: String,
}

/// Items a list left out because of their language, by language tag; empty when nothing
/// was left out.
pub type HiddenByLanguage = BTreeMap<String, i64>;

/// The original a shown translation was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslatedFrom {
    pub id: i64,
    pub lang: String,
}

/// One version of an item: the original or a translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionRef {
    /// The content id of this version (the original's id for the original).
    pub id: i64,
    pub lang: String,
    pub original: bool,
    /// A translation made before the original's last edit.
    pub outdated: bool,
    /// Who wrote this version.
    pub author: PersonRef,
}

/// `POST /api/translations/create`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTranslation {
    pub original_id: i64,
    pub lang: String,
    pub title: Option<String>,
    pub body: String,
}

/// An item's versions (`GET /api/translations/list?original_id=N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Versions {
    pub original_id: i64,
    pub items: Vec<VersionRef>,
    /// Whether the reader may add a translation.
    pub can_translate: bool,
}

/// An original and one translation of it, for reading side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub original: Item,
    pub translation: Item,
}

/// A translation older than its original's last edit, in a community's list for translators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutdatedTranslation {
    pub id: i64,
    pub lang: String,
    pub original_id: i64,
    pub original_lang: String,
    /// The original's title, or for a reply its thread's.
    pub title: Option<String>,
    pub translator: PersonRef,
    /// The original's version the translation was made from, and its version now.
    pub source_version: i64,
    pub original_version: i64,
    /// When the original was last edited.
    pub original_edited_at: Option<i64>,
}

/// `GET /api/translations/outdated?community_slug=S`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutdatedTranslations {
    pub items: Vec<OutdatedTranslation>,
}

/// The server's guess at the language of a text (`POST /api/lang/detect`): a tag of the
/// product's languages, or `und` when the text is too short or too mixed to tell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    pub lang: String,
    /// From 0 to 1: how far the best language is ahead of the others.
    pub confidence: f64,
}
