//! A community's shared inbox (the community tool Inbox): conversations with people who
//! mailed its functional address, their status and assignee, replies sent by mail from that
//! address, and internal notes that never leave.

use serde::{Deserialize, Serialize};

use crate::model::content::PersonRef;

/// The longest reply or note.
pub const MAX_INBOX_TEXT: usize = 20_000;
/// Conversations on one page of the list.
pub const INBOX_PAGE_SIZE: i64 = 50;

/// Where a conversation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConversationStatus {
    /// Waiting for the team.
    Open,
    /// Answered: waiting for the correspondent.
    Waiting,
    Closed,
}

impl ConversationStatus {
    pub const ALL: [Self; 3] = [Self::Open, Self::Waiting, Self::Closed];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Waiting => "waiting",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// One message of a conversation: what came in, what the team sent, or an internal note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageDirection {
    In,
    Out,
    Note,
}

impl MessageDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::In => "in",
            Self::Out => "out",
            Self::Note => "note",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::In, Self::Out, Self::Note]
            .into_iter()
            .find(|v| v.as_str() == s)
    }
}

/// A conversation in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationSummary {
    pub id: i64,
    pub subject: String,
    /// The correspondent's name, else their address.
    pub correspondent: String,
    pub status: ConversationStatus,
    pub assignee: Option<PersonRef>,
    pub updated_at: i64,
    pub messages: i64,
}

/// `GET /api/inbox/list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxPage {
    /// The inbox's functional address, while mail is taken in.
    pub address: Option<String>,
    pub items: Vec<ConversationSummary>,
    /// How many conversations are open, waiting and closed.
    pub open: i64,
    pub waiting: i64,
    pub closed: i64,
}

/// One message as the team sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxMessage {
    pub id: i64,
    pub direction: MessageDirection,
    /// The team member who wrote a reply or a note.
    pub author: Option<PersonRef>,
    pub body: String,
    /// What came attached to a mail in (kept for the team; downloaded at `path`).
    pub attachments: Vec<InboxAttachment>,
    pub created_at: i64,
}

/// A file that came attached to a mail in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxAttachment {
    pub id: i64,
    pub name: String,
    pub content_type: String,
    pub size: i64,
    /// Where the team downloads it: `/inbox/attachments/<id>/<name>`.
    pub path: String,
}

/// `GET /api/inbox/get`: a whole conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: i64,
    pub community_slug: String,
    pub subject: String,
    pub correspondent: String,
    pub correspondent_name: String,
    pub status: ConversationStatus,
    pub assignee: Option<PersonRef>,
    pub messages: Vec<InboxMessage>,
    /// Whom it can be assigned to: the community's members.
    pub team: Vec<PersonRef>,
    /// The forum question it became.
    pub topic_id: Option<i64>,
    /// The wiki page it became.
    pub wiki_path: Option<String>,
    /// Whether the reader may answer, note, assign and change the status (not in an archived
    /// community).
    pub can_act: bool,
    /// Whether it has an answer to keep (a message in and a reply out).
    pub answered: bool,
    pub created_at: i64,
}

/// What `POST /api/inbox/to-forum` and `to-wiki` made, and where it is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Converted {
    pub path: String,
}
