//! Mail as the browser and other services see it: how a person wants to hear by mail, the
//! mails the intranet sent them (their send log), and what an unsubscribe link stands for.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// How a person hears by mail about what happened (their notifications and their
/// communities): each notification at once, a digest once a day or once a week, or not at
/// all. The default is the weekly digest.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailMode {
    /// A mail for each notification, as it happens.
    Immediate,
    /// One digest a day.
    Daily,
    /// One digest a week (Mondays).
    #[default]
    Weekly,
    /// No mail.
    Never,
}

impl MailMode {
    pub const ALL: [Self; 4] = [Self::Immediate, Self::Daily, Self::Weekly, Self::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Immediate => "immediate",
            Self::Daily => "daily",
            Self::Weekly => "weekly",
            Self::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// What a mail in the send log was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailKind {
    /// One notification.
    Notice,
    /// A daily or weekly digest.
    Digest,
    /// The answer to a person's mail that was not posted (or waits for review).
    Answer,
    /// A reply from a community's shared inbox, from its functional address.
    Inbox,
}

impl MailKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Notice => "notice",
            Self::Digest => "digest",
            Self::Answer => "answer",
            Self::Inbox => "inbox",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "notice" => Some(Self::Notice),
            "digest" => Some(Self::Digest),
            "answer" => Some(Self::Answer),
            "inbox" => Some(Self::Inbox),
            _ => None,
        }
    }
}

/// Where a mail is on its way out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailStatus {
    /// Waiting to be sent, or to be tried again after the mail server refused or was down.
    Queued,
    /// Handed to the mail server.
    Sent,
    /// Not sent: by the time of sending, the person could no longer see what it was about,
    /// had chosen no mail, or had no address.
    Dropped,
    /// Given up after two days of trying.
    Failed,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Queued => "queued",
            Self::Sent => "sent",
            Self::Dropped => "dropped",
            Self::Failed => "failed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "queued" => Some(Self::Queued),
            "sent" => Some(Self::Sent),
            "dropped" => Some(Self::Dropped),
            "failed" => Some(Self::Failed),
            _ => None,
        }
    }
}

/// One mail in a person's send log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentMail {
    pub id: i64,
    pub kind: MailKind,
    pub subject: String,
    pub status: MailStatus,
    /// Tries so far (a mail server that is down is tried again, later and later).
    pub attempts: i64,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// What happens by mail with one kind of notification, beside the main choice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MailKindChoice {
    /// As the main choice says (at once, in the digest's count, or not at all).
    #[default]
    Default,
    /// Mailed at once, whatever the main choice.
    Immediate,
    /// Never mailed, and not counted in digests.
    Never,
}

impl MailKindChoice {
    pub const ALL: [Self; 3] = [Self::Default, Self::Immediate, Self::Never];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::Immediate => "immediate",
            Self::Never => "never",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A person's mail settings, as `GET /api/mail/prefs` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailPrefs {
    pub mode: MailMode,
    /// Every kind of notification (`mention`, `reply`, …) and what happens with it by mail.
    pub kinds: BTreeMap<String, MailKindChoice>,
    /// The address mails go to (the account's).
    pub address: String,
    /// Whether this intranet sends mail at all (an SMTP server is configured).
    pub enabled: bool,
}

/// The latest mails sent (or about to be sent) to the caller, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailLog {
    pub mails: Vec<SentMail>,
}

/// What an unsubscribe link stands for, for its page: whose mail it stops (their address,
/// partly hidden) and what they receive now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsubscribeInfo {
    pub address_hint: String,
    pub mode: MailMode,
    /// Whether some kind of notification is still mailed at once (whatever `mode` says).
    pub some_at_once: bool,
}

/// Whether mail goes out, for the admins' page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailStatusReport {
    /// The SMTP server mail goes to (without any password), when configured.
    pub smtp: Option<String>,
    pub from: Option<String>,
    pub queued: i64,
    pub sent_last_day: i64,
    pub failed_last_day: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mode_reads_back_as_itself_and_the_default_is_weekly() {
        for mode in MailMode::ALL {
            assert_eq!(MailMode::parse(mode.as_str()), Some(mode));
        }
        assert_eq!(MailMode::default(), MailMode::Weekly);
        assert_eq!(MailMode::parse("hourly"), None);
    }
}
