//! Wikis as the browser receives them: a community's tree of pages, one page with its
//! versions' history, the word-level difference between two versions, and the limits every
//! layer checks against. A page is an item of the one content id space (kind `wiki_page`), so
//! likes, comments, translations and notifications name it by id alone.

use serde::{Deserialize, Serialize};

use super::content::{Item, PersonRef};
use super::language::{TranslatedFrom, VersionRef};

/// The longest page text: pages are longer than posts.
pub const MAX_PAGE_BODY: usize = 100_000;
/// The longest edit summary.
pub const MAX_SUMMARY: usize = 300;
/// The deepest a page may sit in the tree (the front page's children are at depth 1).
pub const MAX_DEPTH: usize = 10;
/// The most pages one wiki holds.
pub const MAX_PAGES: usize = 10_000;
/// How many words of unchanged text a difference shows around each change.
pub const DIFF_CONTEXT_WORDS: usize = 12;

/// Who may edit a community's wiki (a community setting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WikiEditors {
    /// Every member.
    #[default]
    Members,
    /// Owners and moderators only.
    Moderators,
}

impl WikiEditors {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Members => "members",
            Self::Moderators => "moderators",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "members" => Some(Self::Members),
            "moderators" => Some(Self::Moderators),
            _ => None,
        }
    }
}

/// The site path of a page.
pub fn page_path(community_slug: &str, id: i64) -> String {
    format!("/communities/{community_slug}/wiki/{id}")
}

/// The site path of a community's wiki (its front page, or the way to start one).
pub fn wiki_path(community_slug: &str) -> String {
    format!("/communities/{community_slug}/wiki")
}

/// The answer to creating a page (`POST /api/wiki/pages/create`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedPage {
    pub id: i64,
    /// The page's address on the site.
    pub path: String,
    /// People mentioned who cannot see the wiki, so nobody told them.
    #[serde(default)]
    pub not_notified: Vec<PersonRef>,
}

/// The answer to saving a page (`update`, `revert`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedPage {
    pub id: i64,
    /// The version the save made.
    pub version: i64,
    pub path: String,
    #[serde(default)]
    pub not_notified: Vec<PersonRef>,
}

/// A page as a link: in the tree, the breadcrumbs and a page's children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageLink {
    pub id: i64,
    pub title: String,
    pub path: String,
}

/// One heading of a page, for its table of contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// 1 to 6, as the heading's `#`s.
    pub level: u8,
    pub text: String,
    /// The heading's `id` in `body_html`.
    pub anchor: String,
}

/// What the reader may do with a page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PagePermissions {
    /// Edit, revert and move it, and add pages under it.
    pub edit: bool,
    pub delete: bool,
    pub like: bool,
    pub comment: bool,
    pub translate: bool,
    /// Edit the translation shown (its translator).
    pub edit_translation: bool,
}

/// The question a page was made from (the helpdesk loop).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FromQuestion {
    pub topic_id: i64,
    pub title: String,
    /// How many times people reached the page from the question.
    pub forum_visits: i64,
}

/// One page (`GET /api/wiki/pages/get?id=N`). For a translation's id, the fields are the
/// translation's (`translated_from` names the original); `id` stays the one asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WikiPage {
    pub id: i64,
    pub community_slug: String,
    pub community_name: String,
    pub title: String,
    /// The Markdown as written (for editing).
    pub body: String,
    /// The rendered, sanitised HTML; links between pages point at the pages as they are now.
    pub body_html: String,
    pub lang: String,
    /// The current version: send it back as `base_version` when saving.
    pub version: i64,
    /// The page above it in the tree; `null` at the top.
    pub parent_id: Option<i64>,
    pub path: String,
    pub updated_at: i64,
    pub updated_by: PersonRef,
    pub created_at: i64,
    pub created_by: PersonRef,
    /// Every language version of the page, the original first.
    pub translations: Vec<VersionRef>,
    /// Set when this is a translation made before its original's last edit.
    pub outdated: bool,
    pub translated_from: Option<TranslatedFrom>,
    /// The content id of the translation shown, when one is.
    pub translation_id: Option<i64>,
    /// The wiki's front page.
    pub front: bool,
    /// The FAQ section that answers are added to.
    pub faq: bool,
    pub tags: Vec<String>,
    pub like_count: i64,
    pub liked_by_me: bool,
    pub comment_count: i64,
    pub following: bool,
    /// From the front page down to this page's parent.
    pub breadcrumbs: Vec<PageLink>,
    pub children: Vec<PageLink>,
    /// The page's headings; shown for long pages.
    pub toc: Vec<TocEntry>,
    pub from_question: Option<FromQuestion>,
    /// Comments on the page, oldest first.
    pub comments: Vec<Item>,
    pub can: PagePermissions,
}

/// One page in a tree listing, in reading order (depth first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TreePage {
    pub id: i64,
    pub title: String,
    pub parent_id: Option<i64>,
    /// Its place among its siblings, from 0.
    pub position: i64,
    /// 0 at the top of the tree.
    pub depth: u32,
    pub front: bool,
    pub faq: bool,
    pub lang: String,
    pub path: String,
    pub updated_at: i64,
}

/// A community's wiki (`GET /api/wiki/tree?community_slug=S`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WikiTree {
    pub community_slug: String,
    pub community_name: String,
    pub pages: Vec<TreePage>,
    /// Whether the reader may add pages.
    pub can_create: bool,
    pub editors: WikiEditors,
}

/// One saved version of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageVersion {
    pub version: i64,
    pub title: String,
    pub lang: String,
    pub author: PersonRef,
    pub created_at: i64,
    /// The editor's optional summary of the change.
    pub summary: String,
    /// Set when this version restored an older one.
    pub reverted_from: Option<i64>,
    /// The text's length in characters.
    pub chars: i64,
}

/// A page's history, newest first (`GET /api/wiki/pages/history?id=N`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageHistory {
    pub id: i64,
    pub community_slug: String,
    pub title: String,
    pub path: String,
    pub current_version: i64,
    pub versions: Vec<PageVersion>,
    /// Whether the reader may revert to an older version.
    pub can_revert: bool,
}

/// What one part of a difference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    Equal,
    Insert,
    Delete,
    /// Unchanged text left out between changes (`text` is empty; `words` says how much).
    Skip,
}

/// A run of words with what happened to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPart {
    pub op: DiffOp,
    pub text: String,
    /// For `skip`: how many words were left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub words: Option<u32>,
}

/// The word-level difference between two versions (`GET /api/wiki/pages/diff`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageDiff {
    pub id: i64,
    pub community_slug: String,
    pub path: String,
    pub from: PageVersion,
    pub to: PageVersion,
    /// The titles, when they differ.
    pub title_changed: bool,
    /// The text's difference: runs of equal, inserted and deleted words, with long unchanged
    /// stretches skipped.
    pub parts: Vec<DiffPart>,
    pub inserted_words: u32,
    pub deleted_words: u32,
}

/// Where a link to a title leads (`GET /api/wiki/pages/find`): the page's address, or
/// `null` when no page has that title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FoundPage {
    pub path: Option<String>,
}

/// The answer to keeping an answered question in the wiki (`POST /api/forum/promote`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Promoted {
    pub wiki_page_id: i64,
    pub path: String,
}

/// An edit that was refused because someone saved the page first, merged with the page as
/// it is now (`GET /api/wiki/pages/merge?id=N`), for its editor to check and save.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageMerge {
    pub id: i64,
    pub community_slug: String,
    pub path: String,
    /// The version the refused edit started from.
    pub base_version: i64,
    /// The page's version now: a save from the merge is based on it.
    pub current_version: i64,
    /// Who saved the versions after `base_version`.
    pub saved_since_by: Vec<PersonRef>,
    pub current_title: String,
    pub current_body: String,
    pub your_title: String,
    pub your_body: String,
    pub your_summary: String,
    pub your_lang: String,
    /// The title to save: the editor's, unless they left it as it was and the page's changed.
    pub merged_title: String,
    /// The language to save, chosen the same way.
    pub merged_lang: String,
    /// The two edits merged by lines: what only one side changed comes from that side; where
    /// both changed the same lines, the page's lines and then the editor's stand between the
    /// marker lines `<<<<<<<`, `=======` and `>>>>>>>`.
    pub merged_body: String,
    /// How many places both changed.
    pub conflicts: u32,
    /// The difference from the page now to the editor's text, word by word.
    pub parts: Vec<DiffPart>,
    pub kept_at: i64,
}
