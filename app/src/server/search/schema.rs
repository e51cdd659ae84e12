//! The index's fields. One document per item (with each translation its own document), per
//! person and per community. Text is indexed twice: in its own language's field, stemmed in
//! that language, and in the neutral field; the title also alone, to rank title matches
//! higher and to suggest as one types. Who may see a document is its `acl` terms: `all`,
//! `c:<community id>` or `u:<user id>`; a query is always ANDed with the reader's own terms.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, SchemaBuilder,
    TextFieldIndexing, TextOptions,
};

use super::analysis::{NEUTRAL, language_analyser_name};
use crate::model::content::CONTENT_LANGUAGES;

/// Changes whenever the fields, the analysers or what a document holds change: an index of
/// another version is rebuilt. 2: a translation of an answered question is answered. 3: an
/// item's text is indexed as plain text, not Markdown.
pub const SCHEMA_VERSION: u32 = 3;

/// The fields, by name.
#[derive(Clone)]
pub struct Fields {
    pub schema: Schema,
    /// `item:12`, `person:5`, `community:7`: what a change deletes before adding again.
    pub key: Field,
    /// `item`, `person` or `community`.
    pub entity: Field,
    /// The kind's code ([`super::document::kind_code`]).
    pub kind: Field,
    pub id: Field,
    /// The item a translation translates (its own id otherwise): hits collapse on it.
    pub original: Field,
    pub acl: Field,
    /// The language's code ([`super::document::lang_code`]).
    pub lang: Field,
    /// The community's id; 0 outside communities.
    pub community: Field,
    /// The author's id; 0 for people and communities.
    pub author: Field,
    /// Milliseconds since 1970.
    pub created: Field,
    /// A ranking factor: wiki pages and answered questions of helpdesks rise.
    pub boost: Field,
    /// 1 for a question with an accepted answer.
    pub answered: Field,
    pub title: Field,
    pub neutral: Field,
    /// Title and text as shown, for snippets (stored, not indexed).
    pub shown: Field,
    /// `(language, field)` for each content language.
    pub texts: Vec<(&'static str, Field)>,
}

fn text_field(b: &mut SchemaBuilder, name: &str, analyser: &str) -> Field {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(analyser)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    b.add_text_field(name, TextOptions::default().set_indexing_options(indexing))
}

impl Fields {
    pub fn build() -> Self {
        let mut b = Schema::builder();
        let key = b.add_text_field("key", STRING | STORED);
        let entity = b.add_text_field("entity", STRING | STORED);
        let kind = b.add_u64_field("kind", INDEXED | FAST | STORED);
        let id = b.add_i64_field("id", INDEXED | FAST | STORED);
        let original = b.add_i64_field("original", INDEXED | FAST | STORED);
        let acl = b.add_text_field("acl", STRING);
        let lang = b.add_u64_field("lang", INDEXED | FAST | STORED);
        let community = b.add_i64_field("community", INDEXED | FAST | STORED);
        let author = b.add_i64_field("author", INDEXED | FAST | STORED);
        let created = b.add_i64_field("created", INDEXED | FAST | STORED);
        let boost = b.add_f64_field("boost", FAST);
        let answered = b.add_u64_field("answered", INDEXED | FAST);
        let title = text_field(&mut b, "title", NEUTRAL);
        let neutral = text_field(&mut b, "neutral", NEUTRAL);
        let shown = b.add_text_field("shown", STORED);
        let texts = CONTENT_LANGUAGES
            .iter()
            .map(|lang| {
                let name = format!("text_{lang}");
                (
                    *lang,
                    text_field(&mut b, &name, &language_analyser_name(lang)),
                )
            })
            .collect();
        Self {
            schema: b.build(),
            key,
            entity,
            kind,
            id,
            original,
            acl,
            lang,
            community,
            author,
            created,
            boost,
            answered,
            title,
            neutral,
            shown,
            texts,
        }
    }

    /// The field of a content language's text.
    pub fn text(&self, lang: &str) -> Option<Field> {
        self.texts.iter().find(|(l, _)| *l == lang).map(|(_, f)| *f)
    }
}
