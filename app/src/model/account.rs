//! Accounts: who is logged in (`Me`), roles, and what admins see of accounts.

use serde::{Deserialize, Serialize};

use super::ids::UserId;

/// A person's role in the whole intranet (community roles come with communities).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Member,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::Admin => "admin",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "member" => Some(Self::Member),
            "admin" => Some(Self::Admin),
            _ => None,
        }
    }
}

/// The logged-in user, as `GET /api/me` returns it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub ui_language: String,
    pub read_languages: Vec<String>,
    /// Whether the policy lets this user administer accounts (what the UI offers follows it).
    #[serde(default)]
    pub can_manage_accounts: bool,
    /// Whether the policy lets this user create restricted communities.
    #[serde(default)]
    pub can_create_restricted: bool,
    /// Whether the policy lets this user use the compliance officer's tools.
    #[serde(default)]
    pub can_use_compliance_tools: bool,
}

/// One account in the admin list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    pub disabled: bool,
    pub created_at: i64,
    /// Whether an admin has allowed this person to create restricted communities.
    #[serde(default)]
    pub may_create_restricted: bool,
    /// Whether an admin has made this person a compliance officer.
    #[serde(default)]
    pub compliance_officer: bool,
}

/// A page of accounts, oldest e-mail first, with the cursor of the next page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub items: Vec<AccountSummary>,
    pub next_cursor: Option<String>,
}

/// The id of an account that was created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Created {
    pub id: UserId,
}

/// The answer of a call that only succeeds or fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Done {
    pub ok: bool,
}

impl Done {
    pub const OK: Self = Self { ok: true };
}

/// One of a person's open sessions, as their sessions page lists them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenSession {
    /// A short, stable name for the session (the start of its hash; never the token).
    pub id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub user_agent: Option<String>,
    /// The session this request came with.
    pub current: bool,
}
