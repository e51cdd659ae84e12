//! What people write and what happens around it, as the browser receives it: items of every
//! kind (one id space), streams, forum threads, likes, follows, mentions and notifications,
//! and the limits every layer checks against.

use serde::{Deserialize, Serialize};

use super::ids::UserId;
use super::language::{HiddenByLanguage, LanguageView, TranslatedFrom, VersionRef};

/// The languages the composer offers (the product's ten); `und` is offered as well.
pub const CONTENT_LANGUAGES: [&str; 10] =
    ["sv", "nb", "da", "fi", "en", "de", "et", "lv", "lt", "pl"];
pub const MAX_TITLE: usize = 200;
pub const MAX_STATUS: usize = 1000;
pub const MAX_POST_BODY: usize = 20_000;
pub const MAX_RESPONSE_BODY: usize = 10_000;
pub const MAX_TAGS: usize = 10;
pub const MAX_TAG: usize = 40;
pub const STREAM_PAGE_SIZE: usize = 20;
pub const NOTIFICATION_PAGE_SIZE: usize = 30;
pub const MENTION_SUGGESTIONS: usize = 8;
/// The most replies (or comments) a thread answer carries; longer threads say so.
pub const MAX_THREAD_CHILDREN: usize = 500;

/// The kind of one item. Status updates, blog posts and topics start threads; replies
/// answer topics; comments hang under status updates, blog posts, replies and wiki pages.
/// Wiki pages live in a community's wiki tree; files in its folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    Status,
    BlogPost,
    Topic,
    Reply,
    Comment,
    WikiPage,
    File,
}

impl ContentKind {
    pub const ALL: [Self; 7] = [
        Self::Status,
        Self::BlogPost,
        Self::Topic,
        Self::Reply,
        Self::Comment,
        Self::WikiPage,
        Self::File,
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
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Which stream filter shows this kind.
    pub fn stream_kind(self) -> Option<StreamKind> {
        match self {
            Self::Status => Some(StreamKind::Status),
            Self::BlogPost => Some(StreamKind::Blog),
            Self::Topic | Self::Reply => Some(StreamKind::Forum),
            Self::WikiPage => Some(StreamKind::Wiki),
            Self::Comment | Self::File => None,
        }
    }
}

/// The stream's kind filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamKind {
    Status,
    Blog,
    Forum,
    /// New wiki pages.
    Wiki,
}

impl StreamKind {
    pub const ALL: [Self; 4] = [Self::Status, Self::Blog, Self::Forum, Self::Wiki];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Status => "status",
            Self::Blog => "blog",
            Self::Forum => "forum",
            Self::Wiki => "wiki",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether a community with these tools has items of this kind to filter by (status
    /// updates need no tool).
    pub fn offered_with(self, tools: &[crate::model::community::Tool]) -> bool {
        use crate::model::community::Tool;
        match self {
            Self::Status => true,
            Self::Blog => tools.contains(&Tool::Blog),
            Self::Forum => tools.contains(&Tool::Forum),
            Self::Wiki => tools.contains(&Tool::Wiki),
        }
    }

    /// The item kinds the filter shows.
    pub fn kinds(self) -> &'static [ContentKind] {
        match self {
            Self::Status => &[ContentKind::Status],
            Self::Blog => &[ContentKind::BlogPost],
            Self::Forum => &[ContentKind::Topic, ContentKind::Reply],
            Self::Wiki => &[ContentKind::WikiPage],
        }
    }
}

/// A person as content shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRef {
    pub id: UserId,
    pub display_name: String,
}

/// What the reader may do with an item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemPermissions {
    pub edit: bool,
    pub delete: bool,
    pub like: bool,
    /// Reply to a topic, or comment on a status update, blog post or reply.
    pub respond: bool,
    /// Accept a reply as the answer (on a question).
    pub accept: bool,
    /// Pin and lock (on a topic).
    pub moderate: bool,
    /// Add a translation of the item into another language.
    pub translate: bool,
    /// Edit the translation shown (its translator).
    pub edit_translation: bool,
}

/// One item as a reader may see it (`GET /api/content/get`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub id: i64,
    pub kind: ContentKind,
    pub title: Option<String>,
    /// The Markdown as written (for editing).
    pub body: String,
    /// The rendered, sanitised HTML.
    pub body_html: String,
    pub excerpt: String,
    pub lang: String,
    pub author: PersonRef,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub parent_id: Option<i64>,
    pub thread_id: Option<i64>,
    pub created_at: i64,
    /// False for a blog post still in draft.
    pub published: bool,
    /// When the item was last edited, if ever (shown as "edited").
    pub edited_at: Option<i64>,
    pub edited_by: Option<PersonRef>,
    pub version: i64,
    pub tags: Vec<String>,
    pub like_count: i64,
    pub liked_by_me: bool,
    pub reply_count: i64,
    pub comment_count: i64,
    pub question: bool,
    pub accepted_reply_id: Option<i64>,
    pub pinned: bool,
    pub locked: bool,
    pub can: ItemPermissions,
    /// Set when the text shown is a translation: the original's id and language. `id` stays
    /// the original's, so likes, comments and replies go to the one thread.
    pub translated_from: Option<TranslatedFrom>,
    /// The translation shown was made before the original's last edit.
    pub outdated: bool,
    /// The content id of the translation shown, and who made it.
    pub translation_id: Option<i64>,
    pub translator: Option<PersonRef>,
    /// Every version of the item, the original first.
    pub versions: Vec<VersionRef>,
}

/// A reply or a top-level item with its comments, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemWithComments {
    #[serde(flatten)]
    pub item: Item,
    pub comments: Vec<Item>,
}

/// A whole thread (`GET /api/content/thread`, `GET /api/forum/topics/get`): the first item
/// with its fields at the top level, its replies (each with comments) and its own comments.
/// In an answered question the accepted reply comes first among the replies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thread {
    #[serde(flatten)]
    pub item: Item,
    pub replies: Vec<ItemWithComments>,
    pub comments: Vec<Item>,
    /// Replies or comments beyond [`MAX_THREAD_CHILDREN`] were left out.
    pub truncated: bool,
    /// Where an answered question is kept in the wiki, when it is.
    #[serde(default)]
    pub wiki_page: Option<String>,
    /// Whether the reader may keep this answered question in the wiki.
    #[serde(default)]
    pub can_keep_in_wiki: bool,
}

/// One line of a stream, a blog, a forum or a tag page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamItem {
    pub id: i64,
    /// The stream filter that shows it: `status`, `blog` or `forum` (`comment` for a
    /// comment that mentions the reader).
    pub kind: String,
    pub content_kind: ContentKind,
    /// The item's title, or for a reply or comment the thread's.
    pub title: Option<String>,
    pub excerpt: String,
    pub lang: String,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub author: PersonRef,
    pub created_at: i64,
    /// The thread this item belongs to (its own id for a thread's first item).
    pub thread_id: i64,
    pub like_count: i64,
    pub reply_count: i64,
    pub comment_count: i64,
    pub question: bool,
    pub answered: bool,
    pub pinned: bool,
    pub locked: bool,
    pub edited: bool,
    pub tags: Vec<String>,
    /// Set when the title and excerpt shown are a translation's (see [`Item`]).
    pub translated_from: Option<TranslatedFrom>,
    pub outdated: bool,
}

/// A page of a list, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamPage {
    pub items: Vec<StreamItem>,
    pub next_cursor: Option<String>,
    /// What this page left out because of its language, counted between the page's first
    /// and last item (to the end of the list on the last page).
    pub hidden_by_language: HiddenByLanguage,
    /// The languages the page was shown in.
    pub languages: LanguageView,
}

/// The answer to creating or editing an item. `not_notified` names the people mentioned who
/// cannot see the place, so nobody was told; the author is shown who.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Saved {
    pub id: i64,
    pub not_notified: Vec<PersonRef>,
}

/// The answer to a like toggle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LikeState {
    pub liked: bool,
    pub like_count: i64,
}

/// Who liked an item, most recent first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Likers {
    pub items: Vec<PersonRef>,
    pub count: i64,
}

/// A person the mention picker offers, with what tells two people of similar names apart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MentionCandidate {
    pub id: UserId,
    pub display_name: String,
    pub department: String,
    pub email: String,
}

/// A list of people (mention suggestions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRefs {
    pub items: Vec<MentionCandidate>,
}

/// Rendered Markdown for the composer's preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preview {
    pub html: String,
}

/// Whether the reader follows something, after a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowState {
    pub following: bool,
}

/// A followed community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityRef {
    pub slug: String,
    pub name: String,
}

/// Everything the reader follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Following {
    pub people: Vec<PersonRef>,
    pub communities: Vec<CommunityRef>,
    pub tags: Vec<String>,
}

/// A tag page's header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagInfo {
    pub tag: String,
    pub following: bool,
}

/// Why someone is notified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// Someone mentioned the recipient.
    Mention,
    /// Someone replied to the recipient's topic.
    Reply,
    /// Someone commented on the recipient's item.
    Comment,
    /// People liked the recipient's item (grouped).
    Like,
    /// The recipient's reply was accepted as the answer.
    Accepted,
    /// Someone asks to join a community the recipient moderates.
    JoinRequest,
    /// The recipient's request to join was approved.
    Approved,
    /// The recipient was added to a community.
    Added,
    /// The original of the recipient's translation was edited after they translated it.
    TranslationOutdated,
    /// A wiki page the recipient follows was edited (grouped).
    PageEdited,
    /// A conversation in a community's shared inbox was assigned to the recipient.
    Assigned,
}

impl NotificationKind {
    pub const ALL: [Self; 11] = [
        Self::Mention,
        Self::Reply,
        Self::Comment,
        Self::Like,
        Self::Accepted,
        Self::JoinRequest,
        Self::Approved,
        Self::Added,
        Self::TranslationOutdated,
        Self::PageEdited,
        Self::Assigned,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Mention => "mention",
            Self::Reply => "reply",
            Self::Comment => "comment",
            Self::Like => "like",
            Self::Accepted => "accepted",
            Self::JoinRequest => "join_request",
            Self::Approved => "approved",
            Self::Added => "added",
            Self::TranslationOutdated => "translation_outdated",
            Self::PageEdited => "page_edited",
            Self::Assigned => "assigned",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One notification, as the recipient may see it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    /// The latest person behind it.
    pub actor: Option<PersonRef>,
    /// How many more people are in the group ("Anna and 3 others liked ...").
    pub others: i64,
    pub content_id: Option<i64>,
    pub thread_id: Option<i64>,
    /// The shared inbox's conversation, for `assigned`.
    #[serde(default)]
    pub conversation_id: Option<i64>,
    /// The item's title or the thread's (or the conversation's subject), else an excerpt.
    pub title: Option<String>,
    pub excerpt: Option<String>,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub created_at: i64,
    pub read: bool,
}

/// `GET /api/notifications/list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationPage {
    pub items: Vec<Notification>,
    pub unread: i64,
    pub next_cursor: Option<String>,
}

/// The unread count for the header, and how it is said in the reader's language
/// ("3 unread", for the badge's accessible name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadCount {
    pub unread: i64,
    #[serde(default)]
    pub label: String,
}
