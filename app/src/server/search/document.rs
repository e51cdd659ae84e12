//! What the index holds of one item, person or community, and who may see it.

use tantivy::TantivyDocument;

use super::schema::Fields;
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::search::SearchKind;

/// The longest text kept for snippets, in characters.
pub const SHOWN_CHARS: usize = 4_000;

/// What a document is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entity {
    Item,
    Person,
    Community,
}

impl Entity {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Item => "item",
            Self::Person => "person",
            Self::Community => "community",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Item, Self::Person, Self::Community]
            .into_iter()
            .find(|e| e.as_str() == s)
    }

    /// The document's key: a change deletes by it before adding again.
    pub fn key(self, id: i64) -> String {
        format!("{}:{id}", self.as_str())
    }
}

/// Who may see a document: everyone logged in, a community's readers, or one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Acl {
    Everyone,
    Community(i64),
    Person(i64),
}

impl Acl {
    pub fn term(self) -> String {
        match self {
            Self::Everyone => "all".to_owned(),
            Self::Community(c) => format!("c:{c}"),
            Self::Person(u) => format!("u:{u}"),
        }
    }
}

/// A language tag's number in the index: 1.. for the content languages, 0 for any other.
pub fn lang_code(lang: &str) -> u64 {
    let lang = crate::model::language::primary(lang);
    CONTENT_LANGUAGES
        .iter()
        .position(|l| *l == lang)
        .map_or(0, |i| i as u64 + 1)
}

/// The language tag of a number; `und` for 0.
pub fn lang_of(code: u64) -> &'static str {
    (code as usize)
        .checked_sub(1)
        .and_then(|i| CONTENT_LANGUAGES.get(i))
        .copied()
        .unwrap_or("und")
}

/// One document's contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub entity: Entity,
    pub id: i64,
    pub kind: SearchKind,
    /// For a translation, its original; otherwise `id`.
    pub original: i64,
    pub acl: Acl,
    pub lang: String,
    /// 0 outside communities.
    pub community: i64,
    /// 0 for people and communities.
    pub author: i64,
    pub created: i64,
    pub boost: f64,
    /// A question with an accepted answer.
    pub answered: bool,
    pub title: String,
    /// Everything else that is searched: the text, tags, a file's contents, a person's
    /// title, department and expertise.
    pub text: String,
}

impl Source {
    pub fn key(&self) -> String {
        self.entity.key(self.id)
    }

    pub fn to_document(&self, f: &Fields) -> TantivyDocument {
        let mut d = TantivyDocument::default();
        d.add_text(f.key, self.key());
        d.add_text(f.entity, self.entity.as_str());
        d.add_u64(f.kind, self.kind.code());
        d.add_i64(f.id, self.id);
        d.add_i64(f.original, self.original);
        d.add_text(f.acl, self.acl.term());
        d.add_u64(f.lang, lang_code(&self.lang));
        d.add_i64(f.community, self.community);
        d.add_i64(f.author, self.author);
        d.add_i64(f.created, self.created);
        d.add_f64(f.boost, self.boost);
        d.add_u64(f.answered, u64::from(self.answered));
        d.add_text(f.title, &self.title);
        let all = format!("{}\n{}", self.title, self.text);
        d.add_text(f.neutral, &all);
        if let Some(field) = f.text(&crate::model::language::primary(&self.lang)) {
            d.add_text(field, &all);
        }
        let shown: String = all.chars().take(SHOWN_CHARS).collect();
        d.add_text(f.shown, shown);
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_keys_have_stable_numbers_and_names() {
        assert_eq!(lang_of(lang_code("fi")), "fi");
        assert_eq!(lang_code("fr"), 0);
        assert_eq!(lang_of(0), "und");
        assert_eq!(Entity::Item.key(12), "item:12");
        assert_eq!(Entity::parse("person"), Some(Entity::Person));
        assert_eq!(Acl::Community(7).term(), "c:7");
        assert_eq!(Acl::Person(5).term(), "u:5");
        assert_eq!(Acl::Everyone.term(), "all");
    }
}
