//! Who may use a community's shared inbox: its members, and nobody else. The mail in it comes
//! from outside and from colleagues who wrote to a team, not to the intranet, so not even an
//! admin outside the community reads it, and to everyone outside it the inbox does not exist.

use super::{Action, Denial};
use crate::model::community::{CommunityRole, Visibility};

/// `View`: read conversations; `Respond`: reply, note, assign, change the status; `Post`:
/// make a conversation a forum question or a wiki page (the forum and the wiki then decide
/// as they always do).
pub(super) fn inbox(
    action: Action,
    _visibility: Visibility,
    role: Option<CommunityRole>,
    archived: bool,
) -> Result<(), Denial> {
    if role.is_none() {
        return Err(Denial::NotFound);
    }
    match action {
        Action::View => Ok(()),
        Action::Respond | Action::Post if archived => Err(Denial::Archived),
        Action::Respond | Action::Post => Ok(()),
        _ => Err(Denial::Forbidden),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Actor, Resource, authorize};
    use super::*;
    use crate::model::ids::UserId;

    #[test]
    fn only_members_use_an_inbox_and_outsiders_never_learn_it_exists() {
        use CommunityRole::*;
        let roles = [None, Some(Member), Some(Moderator), Some(Owner)];
        let actors = [Actor::Member(UserId(1)), Actor::Admin(UserId(1))];
        for visibility in [
            Visibility::Public,
            Visibility::Moderated,
            Visibility::Restricted,
        ] {
            for archived in [false, true] {
                for role in roles {
                    for actor in actors {
                        let r = Resource::Inbox {
                            visibility,
                            role,
                            archived,
                        };
                        for action in [Action::View, Action::Respond, Action::Post, Action::Edit] {
                            let got = authorize(&actor, action, &r);
                            let want = match (role, action) {
                                (None, _) => Err(Denial::NotFound),
                                (_, Action::View) => Ok(()),
                                (_, Action::Respond | Action::Post) if archived => {
                                    Err(Denial::Archived)
                                }
                                (_, Action::Respond | Action::Post) => Ok(()),
                                _ => Err(Denial::Forbidden),
                            };
                            assert_eq!(
                                got, want,
                                "{actor:?} {action:?} {visibility:?} {role:?} archived={archived}"
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(
            authorize(
                &Actor::Anonymous,
                Action::View,
                &Resource::Inbox {
                    visibility: Visibility::Public,
                    role: Some(Member),
                    archived: false
                }
            ),
            Err(Denial::Unauthenticated)
        );
    }
}
