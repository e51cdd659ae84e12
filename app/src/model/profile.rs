//! Profiles and the people directory: what a profile shows, what may be changed, and the
//! limits every layer checks against.

use serde::{Deserialize, Serialize};

use super::ids::UserId;

pub const MAX_DISPLAY_NAME: usize = 100;
pub const MAX_SHORT_FIELD: usize = 100;
pub const MAX_ABOUT: usize = 4000;
pub const MAX_EXPERTISE_TAGS: usize = 20;
pub const MAX_EXPERTISE_TAG: usize = 40;
pub const MAX_READ_LANGUAGES: usize = 12;
pub const PEOPLE_PAGE_SIZE: usize = 20;

/// The countries the bank works in (ISO 3166-1 alpha-2); the UI shows translated names
/// (`country-<code>` in Fluent).
pub const COUNTRIES: &[&str] = &["SE", "NO", "DK", "FI", "EE", "LV", "LT", "DE", "PL", "GB"];

/// Languages people write and read in (BCP 47), in the order the profile form lists them.
pub const CONTENT_LANGUAGES: &[&str] =
    &["sv", "nb", "da", "fi", "et", "lv", "lt", "de", "pl", "en"];

/// A profile as a reader sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: UserId,
    pub display_name: String,
    pub title: String,
    pub department: String,
    pub country: String,
    /// The chosen UI language, empty when the browser's language is used.
    pub ui_language: String,
    pub read_languages: Vec<String>,
    /// The cross-language view: lists show every language, not only `read_languages`.
    #[serde(default)]
    pub all_languages: bool,
    pub about: String,
    pub expertise: Vec<String>,
    /// Up to two letters for the avatar, drawn from the display name.
    pub initials: String,
    /// Whether the reader may edit this profile (their own, or any for admins).
    pub can_edit: bool,
}

/// One person in the directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonCard {
    pub id: UserId,
    pub display_name: String,
    /// The work e-mail address, as in any corporate directory.
    pub email: String,
    pub title: String,
    pub department: String,
    pub country: String,
    pub initials: String,
    pub expertise: Vec<String>,
}

/// A page of the directory and the cursor of the next page, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeoplePage {
    pub items: Vec<PersonCard>,
    pub next_cursor: Option<String>,
}

/// Initials for an avatar: the first letter of the first and last words, upper-cased.
pub fn initials(display_name: &str) -> String {
    let words: Vec<&str> = display_name.split_whitespace().collect();
    let first = words.first().and_then(|w| w.chars().next());
    let last = if words.len() > 1 {
        words.last().and_then(|w| w.chars().next())
    } else {
        None
    };
    first
        .into_iter()
        .chain(last)
        .flat_map(char::to_uppercase)
        .collect()
}

/// A hue (0..360) for an avatar's background, stable for a user.
pub fn avatar_hue(id: UserId) -> u32 {
    (id.0.unsigned_abs().wrapping_mul(2_654_435_761) % 360) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_take_first_and_last_name() {
        assert_eq!(initials("Anna Lindqvist"), "AL");
        assert_eq!(initials("Jānis Bērziņš"), "JB");
        assert_eq!(initials("Maria von der Leyen"), "ML");
        assert_eq!(initials("Åsa"), "Å");
        assert_eq!(initials("  "), "");
    }
}

/// What the home page suggests: to someone in no community yet (`show`), communities to join
/// and colleagues to follow; to anyone, the profile fields still empty (`title`,
/// `department`, `country`, `expertise`, `about`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Welcome {
    pub show: bool,
    pub communities: Vec<crate::model::community::CommunitySummary>,
    pub people: Vec<PersonCard>,
    pub missing: Vec<String>,
}
