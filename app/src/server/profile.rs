//! Profiles and the people directory.

pub(crate) mod repo;
pub mod service;

/// The key a display name sorts by: lower-cased, spaces collapsed.
pub fn sort_key(display_name: &str) -> String {
    display_name
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The words of a display name that a name search matches by prefix, lower-cased, unique.
pub fn name_terms(display_name: &str) -> Vec<String> {
    let mut terms: Vec<String> = display_name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_double_barrelled_name_is_found_by_each_part() {
        assert_eq!(
            name_terms("Anna-Karin  Ö. Lindqvist"),
            vec!["anna", "karin", "lindqvist", "ö."]
        );
        assert_eq!(sort_key("  Anna   Lindqvist "), "anna lindqvist");
    }
}
