//! Communities: kinds, roles, tools, what the directory and a community page show, and the
//! limits every layer checks against.

use serde::{Deserialize, Serialize};

use super::ids::{CommunityId, UserId};

pub const MAX_COMMUNITY_NAME: usize = 80;
pub const MAX_COMMUNITY_DESCRIPTION: usize = 4000;
pub const MAX_COMMUNITY_LANGUAGES: usize = 10;
pub const MAX_REASON: usize = 500;
pub const COMMUNITY_PAGE_SIZE: usize = 20;
pub const MEMBER_PAGE_SIZE: usize = 30;
pub const HISTORY_PAGE_SIZE: usize = 50;
/// The organisation's cap on restricted communities until an admin sets one.
pub const DEFAULT_RESTRICTED_MEMBER_CAP: u32 = 30;
/// The highest cap an admin may set (an insider list is small by nature).
pub const MAX_RESTRICTED_MEMBER_CAP: u32 = 1000;

/// Who can see a community and how people get in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// Anyone reads; anyone joins with one click.
    Public,
    /// Anyone reads; joining is by request, approved by an owner or moderator.
    Moderated,
    /// Invisible to non-members; owners add members, within a cap.
    Restricted,
}

impl Visibility {
    pub const ALL: [Self; 3] = [Self::Public, Self::Moderated, Self::Restricted];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Public => "public",
            Self::Moderated => "moderated",
            Self::Restricted => "restricted",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// The starting tools and layout of a community.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Template {
    /// A forum in question-and-answer mode and a wiki.
    Helpdesk,
    /// Blog, forum, wiki and files.
    Project,
    /// A restricted team around one client: forum, wiki and files.
    ClientTeam,
}

impl Template {
    pub const ALL: [Self; 3] = [Self::Helpdesk, Self::Project, Self::ClientTeam];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Helpdesk => "helpdesk",
            Self::Project => "project",
            Self::ClientTeam => "client_team",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The tools a new community of this template starts with.
    pub fn tools(self) -> Vec<Tool> {
        match self {
            Self::Helpdesk => vec![Tool::Forum, Tool::Wiki],
            Self::Project => vec![Tool::Blog, Tool::Forum, Tool::Wiki, Tool::Files],
            Self::ClientTeam => vec![Tool::Forum, Tool::Wiki, Tool::Files],
        }
    }

    /// The forum mode a new community of this template starts with.
    pub fn forum_mode(self) -> ForumMode {
        match self {
            Self::Helpdesk => ForumMode::Questions,
            Self::Project | Self::ClientTeam => ForumMode::Discussion,
        }
    }
}

/// A tool a community can switch on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tool {
    Blog,
    Forum,
    Wiki,
    Files,
    /// A shared inbox for a functional mailbox (its members only).
    Inbox,
}

impl Tool {
    pub const ALL: [Self; 5] = [
        Self::Blog,
        Self::Forum,
        Self::Wiki,
        Self::Files,
        Self::Inbox,
    ];
    /// The tools that exist: only these are offered and listed, so nobody is led to a page
    /// that is not there.
    pub const BUILT: [Self; 5] = [
        Self::Blog,
        Self::Forum,
        Self::Wiki,
        Self::Files,
        Self::Inbox,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Blog => "blog",
            Self::Forum => "forum",
            Self::Wiki => "wiki",
            Self::Files => "files",
            Self::Inbox => "inbox",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// How a community's forum works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ForumMode {
    Discussion,
    /// Topics are questions; one reply can be accepted as the answer.
    Questions,
}

impl ForumMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Discussion => "discussion",
            Self::Questions => "questions",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::Discussion, Self::Questions]
            .into_iter()
            .find(|m| m.as_str() == s)
    }
}

/// A person's role in one community; the order is the order of rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommunityRole {
    Member,
    Moderator,
    Owner,
}

impl CommunityRole {
    pub const ALL: [Self; 3] = [Self::Member, Self::Moderator, Self::Owner];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Moderator => "moderator",
            Self::Owner => "owner",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// One community in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunitySummary {
    pub slug: String,
    pub name: String,
    pub visibility: Visibility,
    pub member_count: i64,
    pub template: Template,
    pub languages: Vec<String>,
    /// The start of the description, for the directory.
    pub summary: String,
    pub my_role: Option<CommunityRole>,
    pub archived: bool,
}

/// A page of the directory, by name, and the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityPage {
    pub items: Vec<CommunitySummary>,
    pub next_cursor: Option<String>,
}

/// A person as a community shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberCard {
    pub id: UserId,
    pub display_name: String,
    pub initials: String,
    pub title: String,
    pub role: CommunityRole,
    pub joined_at: i64,
}

/// What the reader may do in a community, as the policy decides it; the UI offers exactly
/// these.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityPermissions {
    pub join: bool,
    pub request: bool,
    pub leave: bool,
    pub invite: bool,
    pub approve: bool,
    pub manage_members: bool,
    pub edit: bool,
    pub export_history: bool,
    pub archive: bool,
    pub delete: bool,
    /// Read and answer the shared inbox (members, when the community has the tool).
    #[serde(default)]
    pub inbox: bool,
}

/// A community as a reader sees it (`GET /api/communities/get`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Community {
    pub id: CommunityId,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub template: Template,
    pub languages: Vec<String>,
    pub tools: Vec<Tool>,
    pub forum_mode: ForumMode,
    /// Lists show every language by default (the reader's own choice and the URL still win).
    #[serde(default)]
    pub all_languages: bool,
    /// Who may write the wiki.
    #[serde(default)]
    pub wiki_editors: crate::model::wiki::WikiEditors,
    pub member_count: i64,
    /// The cap that applies (the lower of the organisation's and the community's own), for
    /// restricted communities; `None` otherwise.
    pub member_cap: Option<i64>,
    /// The community's own cap, when it set one.
    pub own_member_cap: Option<i64>,
    pub my_role: Option<CommunityRole>,
    /// Whether the reader has a join request waiting.
    pub my_request_pending: bool,
    /// Join requests waiting, for those who approve them.
    pub pending_requests: Option<i64>,
    pub archived: bool,
    pub created_at: i64,
    pub owners: Vec<MemberCard>,
    /// True when the reader may see the community but not what is in it (an admin outside a
    /// restricted community): the description is then empty too, as it may name the client.
    pub content_hidden: bool,
    pub can: CommunityPermissions,
    /// The community's posting address (mail from a member becomes a forum topic or blog
    /// post), while the intranet takes mail in; `None` when it has none.
    #[serde(default)]
    pub mail_address: Option<String>,
    /// `forum` or `blog`: what mail to the posting address becomes.
    #[serde(default)]
    pub mail_posts_to: Option<String>,
    /// The functional address of the community's shared inbox; `None` when it has none.
    #[serde(default)]
    pub inbox_address: Option<String>,
    /// The domain of the intranet's addresses while mail is taken in, for those who may give
    /// the community an address; `None` otherwise.
    #[serde(default)]
    pub mail_domain: Option<String>,
}

/// A page of members and the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MemberPage {
    pub items: Vec<MemberCard>,
    pub next_cursor: Option<String>,
}

/// A request to join a moderated community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    pub user_id: UserId,
    pub display_name: String,
    pub initials: String,
    pub message: String,
    pub created_at: i64,
}

/// A membership event: who, what, by whom, why, when (UTC ms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEvent {
    pub id: i64,
    pub at: i64,
    /// `created`, `joined`, `requested`, `approved`, `rejected`, `added`, `left`, `removed`,
    /// `role_changed`, `refused_cap`, `archived`, `unarchived` or `deleted`.
    pub event: String,
    pub person: Option<String>,
    pub person_id: Option<UserId>,
    pub actor: Option<String>,
    pub role: Option<CommunityRole>,
    pub reason: String,
}

/// A page of history, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPage {
    pub items: Vec<HistoryEvent>,
    pub next_cursor: Option<String>,
}

/// One person's period of access, as an insider list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessPeriod {
    pub person_id: UserId,
    pub person: String,
    pub email: String,
    pub role: CommunityRole,
    pub reason: String,
    pub added_by: Option<String>,
    pub gained_at: i64,
    pub ended_at: Option<i64>,
    pub ended_by: Option<String>,
    pub end_reason: String,
}

/// A restricted community as admins see it: no content, only what governs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestrictedCommunity {
    pub slug: String,
    pub name: String,
    pub owners: Vec<String>,
    pub member_count: i64,
    pub member_cap: i64,
    pub archived: bool,
    /// Deleted: gone for everyone, its insider list still exportable by admins.
    pub deleted: bool,
    pub created_at: i64,
}

/// A page of the admin view of restricted communities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestrictedPage {
    pub items: Vec<RestrictedCommunity>,
    pub next_cursor: Option<String>,
}

/// Organisation-wide settings admins change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrgSettings {
    pub restricted_member_cap: u32,
    /// The largest upload, in MB (100 unless the admin set another).
    #[serde(default)]
    pub max_upload_mb: u64,
    /// What a community's files may take, every version counted, in MB.
    #[serde(default)]
    pub community_quota_mb: u64,
    /// What happens to a write that names a watched client: refused, or held for review.
    #[serde(default)]
    pub guard_mode: crate::model::guard::GuardMode,
}

/// The answer to creating a community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedCommunity {
    pub id: CommunityId,
    pub slug: String,
}

/// The reader's membership after joining, requesting or leaving.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub my_role: Option<CommunityRole>,
    pub request_pending: bool,
}

/// The join requests waiting in a community, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequests {
    pub items: Vec<JoinRequest>,
}

/// One line of a community's health panel: something its owners may want to fix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthCheck {
    /// `wiki_front_page`, `files`, `unanswered_questions`, `activity` or `silent_members`.
    pub code: String,
    /// Whether all is well on this line.
    pub ok: bool,
    /// How many (questions waiting, members who never posted), where it counts.
    pub count: Option<i64>,
    /// Days, where the line is about time (how long questions have waited, how long the
    /// community has been quiet).
    pub days: Option<i64>,
    /// Where the fix is.
    pub link: String,
}

/// A community's health panel, for those who run it (`GET /api/communities/health?slug=S`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommunityHealth {
    pub slug: String,
    pub checks: Vec<HealthCheck>,
}
