//! The policy's reading rule as SQL: "a community that is not deleted, and not restricted
//! unless the reader is a member", written once. Every repository that lists content,
//! communities, notifications or follows puts this condition inside its query, with the reader
//! taken from the policy's list filter (`ContentFilter`, `CommunityFilter`), so what a list may
//! hold is decided in one place.

/// The condition that community row `k` may be read by the reader whose id is the SQL
/// parameter `reader` (for example `$1`): not deleted, and not restricted unless they are a
/// member.
pub fn community_readable_by(k: &str, reader: &str) -> String {
    format!(
        "{k}.deleted_at IS NULL AND ({k}.visibility <> 'restricted' OR EXISTS \
         (SELECT 1 FROM community_members vm WHERE vm.community_id = {k}.id AND vm.user_id = {reader}))"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_names_its_reader_and_its_community() {
        let sql = community_readable_by("k", "$3");
        assert!(sql.starts_with("k.deleted_at IS NULL"));
        assert!(sql.contains("k.visibility <> 'restricted'"));
        assert!(sql.contains("vm.community_id = k.id AND vm.user_id = $3"));
    }
}
