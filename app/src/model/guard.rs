//! The client-name guard and the compliance officer's tools as the API speaks of them: how
//! strictly a watched name is matched, where a match is in a text, the watchlist, the queue
//! of writes held for review and the audit trail's entries.

use serde::{Deserialize, Serialize};

use super::content::PersonRef;

/// When a watched name counts as a mention: a client called "Polar" or "Nord" is also an
/// ordinary word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strictness {
    /// Written in any case.
    Always,
    /// Only with a capital letter on each of its words (or in capitals).
    Capitalised,
    /// Only with its legal form just before or after it (`Storm AS`, `AB Volvo`).
    WithLegalForm,
}

impl Strictness {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Always => "always",
            Self::Capitalised => "capitalised",
            Self::WithLegalForm => "with_legal_form",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "always" => Some(Self::Always),
            "capitalised" => Some(Self::Capitalised),
            "with_legal_form" => Some(Self::WithLegalForm),
            _ => None,
        }
    }
}

/// One watched name found in a text. `start`/`end` count UTF-16 code units (what a
/// browser's text field counts); the same place is also given in bytes of the UTF-8 text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardMatch {
    /// Which field of a write holds it (`title`, `body`, `text`, `tags`…); empty for the
    /// check endpoint, which reads one text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub field: String,
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub entry_id: i64,
    /// The watched client's name (as the watchlist spells it, not as the text did).
    pub name: String,
}

/// `POST /api/guard/check` → the names found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuardMatches {
    pub matches: Vec<GuardMatch>,
    /// What a save would meet: refused, or held for review (`refuse` when nothing matched).
    #[serde(default)]
    pub mode: GuardMode,
}

/// What happens to a write the guard stops (an admin setting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GuardMode {
    /// Refused with 422 `client_name`; the writer changes the text.
    #[default]
    Refuse,
    /// Held in the compliance queue until an officer releases or rejects it.
    Hold,
}

impl GuardMode {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Refuse => "refuse",
            Self::Hold => "hold",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "refuse" => Some(Self::Refuse),
            "hold" => Some(Self::Hold),
            _ => None,
        }
    }
}

/// A restricted community where a client may be named.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllowedCommunity {
    pub slug: String,
    pub name: String,
}

/// One entry of the watchlist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchlistEntry {
    pub id: i64,
    pub name: String,
    pub aliases: Vec<String>,
    pub legal_form: Option<String>,
    pub strictness: Strictness,
    pub allowed_communities: Vec<AllowedCommunity>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// A page of the watchlist, by name.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WatchlistPage {
    pub entries: Vec<WatchlistEntry>,
    pub total: i64,
    pub next_cursor: Option<String>,
}

/// A line of an imported CSV that was not taken, and why (a code the UI translates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportProblem {
    pub line: usize,
    pub code: String,
}

/// What an import did. Nothing is saved when any line has a problem.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub problems: Vec<ImportProblem>,
}

/// Where a held write stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HeldStatus {
    Held,
    Released,
    Rejected,
}

impl HeldStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Held => "held",
            Self::Released => "released",
            Self::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "held" => Some(Self::Held),
            "released" => Some(Self::Released),
            "rejected" => Some(Self::Rejected),
            _ => None,
        }
    }
}

/// One text of a held write, by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldText {
    pub field: String,
    pub text: String,
}

/// A write held for review, as its author and compliance officers see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldWriteView {
    pub id: i64,
    pub author: PersonRef,
    /// What was being written: `status`, `blog_post`, `topic`, `reply`, `comment`, `edit`,
    /// `translation`, `wiki_page`, `wiki_edit`.
    pub write_kind: String,
    pub community_slug: Option<String>,
    pub community_name: Option<String>,
    pub texts: Vec<HeldText>,
    pub matches: Vec<GuardMatch>,
    pub status: HeldStatus,
    pub created_at: i64,
    pub decided_by: Option<PersonRef>,
    pub decided_at: Option<i64>,
    pub reason: String,
    /// Where the released write is now.
    pub url: Option<String>,
    /// Whether the reader may release or reject it now (the policy's answer).
    #[serde(default)]
    pub may_decide: bool,
}

/// `GET /api/compliance/queue` → held writes, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldPage {
    pub items: Vec<HeldWriteView>,
    pub next_cursor: Option<String>,
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntryView {
    pub seq: i64,
    pub at: i64,
    pub actor_id: Option<i64>,
    pub actor_name: Option<String>,
    /// What happened (`item_read`, `file_download`, `search_hits`, `membership`,
    /// `guard_hit`, `held_released`, `watchlist_create`, `role_change` …).
    pub action: String,
    pub community_id: Option<i64>,
    pub community_slug: Option<String>,
    pub subject_id: Option<i64>,
    /// The facts of the entry, as JSON.
    pub detail: String,
    pub hash: String,
}

/// `GET /api/compliance/audit` → entries, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    pub entries: Vec<AuditEntryView>,
    pub next_cursor: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strictness_reads_back_what_it_writes() {
        for s in [
            Strictness::Always,
            Strictness::Capitalised,
            Strictness::WithLegalForm,
        ] {
            assert_eq!(Strictness::parse(s.as_str()), Some(s));
        }
        assert_eq!(Strictness::parse("sometimes"), None);
    }
}
