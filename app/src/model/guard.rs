//! The client-name guard as the API speaks of it: how strictly a watched name is matched,
//! and where a match is in a text.

use serde::{Deserialize, Serialize};

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
