//! The decisions about a community's wiki as a whole: who reads it, who writes pages (create,
//! edit, revert, move), who deletes them, and who translates them. Likes and comments on one
//! page are decided as for any item ([`super::content`]).
//!
//! A wiki is written by the community's members, or by its owners and moderators only when
//! the community says so; an admin outside the community never writes in it. For anyone who
//! may not read the community, every answer is `NotFound`.

use super::content::{Place, place};
use super::{Action, Denial};
use crate::model::community::CommunityRole;
use crate::model::ids::UserId;
use crate::model::wiki::WikiEditors;

/// The decision for an action on a wiki in `at`, written by `editors`.
pub(super) fn wiki(
    action: Action,
    at: &Place,
    editors: WikiEditors,
    me: UserId,
    admin: bool,
) -> Result<(), Denial> {
    use Action::*;
    place(ReadContent, at, me, admin)?;
    let Place::Community { role, archived, .. } = *at else {
        // Wikis belong to communities; a personal place has none.
        return Err(Denial::NotFound);
    };
    if action == ReadContent {
        return Ok(());
    }
    if archived && matches!(action, Create | Edit | Delete | Translate) {
        return Err(Denial::Archived);
    }
    let allowed = match action {
        Create | Edit => match editors {
            WikiEditors::Members => role.is_some(),
            WikiEditors::Moderators => role >= Some(CommunityRole::Moderator),
        },
        Delete => place(Moderate, at, me, admin).is_ok(),
        // Whoever may answer in the community may add a translation of a page.
        Translate => place(Respond, at, me, admin).is_ok(),
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

/// Who may keep an answered question in the wiki: its asker, the author of the accepted
/// answer, and the community's moderators and owners (and admins where they moderate).
pub(super) fn promotion(
    at: &Place,
    asker: UserId,
    answerer: UserId,
    me: UserId,
    admin: bool,
) -> Result<(), Denial> {
    place(Action::ReadContent, at, me, admin)?;
    if matches!(at, Place::Community { archived: true, .. }) {
        return Err(Denial::Archived);
    }
    if me == asker || me == answerer || place(Action::Moderate, at, me, admin).is_ok() {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Actor, Resource, authorize};
    use super::*;
    use crate::model::community::Visibility;

    const ME: UserId = UserId(1);

    /// Every action on a wiki, for every kind of community, editor setting and reader.
    /// Columns: non-member, member, moderator, owner, admin (not a member).
    #[test]
    fn the_wiki_decision_table() {
        use Action::*;
        use CommunityRole as R;
        use Visibility::*;
        use WikiEditors::*;
        const Y: Option<Denial> = None;
        const F: Option<Denial> = Some(Denial::Forbidden);
        const N: Option<Denial> = Some(Denial::NotFound);
        const A: Option<Denial> = Some(Denial::Archived);
        type Row = (Action, [Option<Denial>; 5]);
        let tables: &[(Visibility, bool, WikiEditors, [Row; 5])] = &[
            (
                Public,
                false,
                Members,
                [
                    (ReadContent, [Y, Y, Y, Y, Y]),
                    (Create, [F, Y, Y, Y, F]),
                    (Edit, [F, Y, Y, Y, F]),
                    (Delete, [F, F, Y, Y, Y]),
                    (Translate, [Y, Y, Y, Y, Y]),
                ],
            ),
            (
                Moderated,
                false,
                Moderators,
                [
                    (ReadContent, [Y, Y, Y, Y, Y]),
                    (Create, [F, F, Y, Y, F]),
                    (Edit, [F, F, Y, Y, F]),
                    (Delete, [F, F, Y, Y, Y]),
                    (Translate, [F, Y, Y, Y, F]),
                ],
            ),
            (
                Restricted,
                false,
                Members,
                [
                    (ReadContent, [N, Y, Y, Y, N]),
                    (Create, [N, Y, Y, Y, N]),
                    (Edit, [N, Y, Y, Y, N]),
                    (Delete, [N, F, Y, Y, N]),
                    (Translate, [N, Y, Y, Y, N]),
                ],
            ),
            (
                Restricted,
                true,
                Members,
                [
                    (ReadContent, [N, Y, Y, Y, N]),
                    (Create, [N, A, A, A, N]),
                    (Edit, [N, A, A, A, N]),
                    (Delete, [N, A, A, A, N]),
                    (Translate, [N, A, A, A, N]),
                ],
            ),
            (
                Public,
                true,
                Moderators,
                [
                    (ReadContent, [Y, Y, Y, Y, Y]),
                    (Create, [A, A, A, A, A]),
                    (Edit, [A, A, A, A, A]),
                    (Delete, [A, A, A, A, A]),
                    (Translate, [A, A, A, A, A]),
                ],
            ),
        ];
        let roles = [
            None,
            Some(R::Member),
            Some(R::Moderator),
            Some(R::Owner),
            None,
        ];
        for (visibility, archived, editors, rows) in tables {
            for (action, expected) in rows {
                for (col, want) in expected.iter().enumerate() {
                    let actor = if col == 4 {
                        Actor::Admin(ME)
                    } else {
                        Actor::Member(ME)
                    };
                    let resource = Resource::Wiki {
                        place: Place::Community {
                            visibility: *visibility,
                            role: roles[col],
                            archived: *archived,
                        },
                        editors: *editors,
                    };
                    let got = authorize(&actor, *action, &resource).err();
                    assert_eq!(
                        got, *want,
                        "{visibility:?} archived={archived} {editors:?} {action:?} column {col}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_asker_the_answerer_and_moderators_keep_an_answer_in_the_wiki() {
        const ASKER: UserId = UserId(2);
        const ANSWERER: UserId = UserId(3);
        let at = |visibility, role, archived| Place::Community {
            visibility,
            role,
            archived,
        };
        let decide = |actor: Actor, place: Place| {
            authorize(
                &actor,
                Action::Create,
                &Resource::Promotion {
                    place,
                    asker: ASKER,
                    answerer: ANSWERER,
                },
            )
            .err()
        };
        let public = |role| at(Visibility::Public, role, false);
        assert_eq!(decide(Actor::Member(ASKER), public(None)), None);
        assert_eq!(decide(Actor::Member(ANSWERER), public(None)), None);
        assert_eq!(
            decide(Actor::Member(ME), public(Some(CommunityRole::Moderator))),
            None
        );
        assert_eq!(
            decide(Actor::Member(ME), public(Some(CommunityRole::Member))),
            Some(Denial::Forbidden)
        );
        assert_eq!(decide(Actor::Admin(ME), public(None)), None);
        let secret = at(Visibility::Restricted, None, false);
        assert_eq!(decide(Actor::Admin(ME), secret), Some(Denial::NotFound));
        assert_eq!(decide(Actor::Member(ASKER), secret), Some(Denial::NotFound));
        let archived = at(Visibility::Public, Some(CommunityRole::Owner), true);
        assert_eq!(decide(Actor::Member(ME), archived), Some(Denial::Archived));
    }

    #[test]
    fn nobody_reads_a_wiki_without_logging_in_and_a_profile_has_none() {
        let public = Place::Community {
            visibility: Visibility::Public,
            role: Some(CommunityRole::Owner),
            archived: false,
        };
        let resource = Resource::Wiki {
            place: public,
            editors: WikiEditors::Members,
        };
        assert_eq!(
            authorize(&Actor::Anonymous, Action::ReadContent, &resource),
            Err(Denial::Unauthenticated)
        );
        let personal = Resource::Wiki {
            place: Place::Personal { owner: ME },
            editors: WikiEditors::Members,
        };
        assert_eq!(
            authorize(&Actor::Member(ME), Action::Create, &personal),
            Err(Denial::NotFound)
        );
    }
}
