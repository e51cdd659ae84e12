//! A language's name as people who read it call it.

use crate::i18n::SUPPORTED;

/// Language code to a readable name: UI languages by their own names, others as written.
pub fn language_name(code: &str) -> String {
    SUPPORTED
        .iter()
        .find(|l| l.code == code)
        .map_or_else(|| code.to_owned(), |l| l.native_name.to_owned())
}
