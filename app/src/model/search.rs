//! Search as the API answers it: what a hit is, the results page with its facets, and
//! suggestions. Kinds are the content kinds plus people and communities.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::{ContentKind, PersonRef};

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Status,
    BlogPost,
    Topic,
    Reply,
    Comment,
    WikiPage,
    File,
    Person,
    Community,
}

impl SearchKind {
    pub const ALL: [Self; 9] = [
        Self::Status,
        Self::BlogPost,
        Self::Topic,
        Self::Reply,
        Self::Comment,
        Self::WikiPage,
        Self::File,
        Self::Person,
        Self::Community,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::BlogPost => "blog_post",
            Self::Topic => "topic",
            Self::Reply => "reply",
            Self::Comment => "comment",
            Self::WikiPage => "wiki_page",
            Self::File => "file",
            Self::Person => "person",
            Self::Community => "community",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The number the index keeps (never 0).
    pub fn code(self) -> u64 {
        Self::ALL.iter().position(|k| *k == self).unwrap_or(0) as u64 + 1
    }

    pub fn from_code(code: u64) -> Option<Self> {
        Self::ALL.get((code as usize).checked_sub(1)?).copied()
    }

    pub fn of_content(kind: ContentKind) -> Self {
        match kind {
            ContentKind::Status => Self::Status,
            ContentKind::BlogPost => Self::BlogPost,
            ContentKind::Topic => Self::Topic,
            ContentKind::Reply => Self::Reply,
            ContentKind::Comment => Self::Comment,
            ContentKind::WikiPage => Self::WikiPage,
            ContentKind::File => Self::File,
        }
    }
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SearchSort {
    #[default]
    Relevance,
    Date,
}

/// One hit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub kind: SearchKind,
    pub id: i64,
    pub title: String,
    /// A passage with the matched words in `<mark>`, HTML-escaped otherwise.
    pub snippet_html: String,
    pub lang: String,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub author: Option<PersonRef>,
    pub created_at: i64,
    pub url: String,
    /// A human translation of the hit in one of the reader's languages, when there is one
    /// and the hit is in another language.
    pub translation: Option<HitTranslation>,
    /// A forum question with an accepted answer.
    pub answered: bool,
}

/// A linked translation of a hit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HitTranslation {
    pub id: i64,
    pub lang: String,
    pub title: String,
    pub url: String,
}

/// A community in the facets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityFacet {
    pub slug: String,
    pub name: String,
    pub count: u64,
}

/// Counts of the results by kind, language and community (all from what the reader may see).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchFacets {
    pub kind: BTreeMap<String, u64>,
    pub lang: BTreeMap<String, u64>,
    pub community: Vec<CommunityFacet>,
}

/// A results page (`GET /api/search`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub query: String,
    pub hits: Vec<SearchHit>,
    pub total: u64,
    /// Results left out because they are in languages the reader does not read, per
    /// language (as lists count them); the cross-language view shows them.
    pub hidden_by_language: BTreeMap<String, u64>,
    pub facets: SearchFacets,
    pub did_you_mean: Option<String>,
    pub next_cursor: Option<String>,
}

/// A suggestion as one types (`GET /api/search/suggest`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub kind: SearchKind,
    pub id: i64,
    pub title: String,
    pub url: String,
}

/// Suggestions: people, communities and items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestions {
    pub suggestions: Vec<Suggestion>,
}

/// Answered questions and wiki pages like a text being written (`GET /api/search/similar`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarAnswers {
    pub hits: Vec<SearchHit>,
}

/// The search index's state, for the admin page (`GET /api/admin/search`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchStatus {
    pub documents: u64,
    /// Changes queued and not yet in this node's index.
    pub lag_changes: u64,
    /// How long the oldest of them has waited, in milliseconds.
    pub lag_ms: i64,
    pub last_rebuild_at: Option<i64>,
    pub last_rebuild_docs: Option<u64>,
    pub last_rebuild_ms: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names_and_codes() {
        for k in SearchKind::ALL {
            assert_eq!(SearchKind::parse(k.as_str()), Some(k));
            assert_eq!(SearchKind::from_code(k.code()), Some(k));
        }
        assert_eq!(SearchKind::from_code(0), None);
        assert_eq!(SearchKind::parse("nope"), None);
    }
}
