//! The decisions about content: who reads, posts, responds, likes, translates, edits, deletes,
//! moderates and accepts answers in a place, who may be mentioned there, and the visibility filter the
//! repositories write into every content query.
//!
//! Reading in a community is the community's own decision ([`super::community`]); for
//! anyone who may not read there, every answer about its content is `NotFound`, so a content
//! id in a restricted community tells an outsider (an admin included) nothing.

use super::{Action, Actor, Denial, Resource, authorize};
use crate::model::community::{CommunityRole, Visibility};
use crate::model::ids::UserId;

/// Where content is written, with the facts a decision needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Someone's own profile (status updates) or personal blog: everyone logged in reads it.
    Personal { owner: UserId },
    /// A community, with the actor's role in it.
    Community {
        visibility: Visibility,
        role: Option<CommunityRole>,
        archived: bool,
    },
}

/// The decision for an action on a place.
pub(super) fn place(action: Action, place: &Place, me: UserId, admin: bool) -> Result<(), Denial> {
    use Action::*;
    let allowed = match *place {
        Place::Personal { owner } => match action {
            ReadContent | Respond | Like => true,
            Post => owner == me,
            Moderate => owner == me || admin,
            _ => false,
        },
        Place::Community {
            visibility,
            role,
            archived,
        } => {
            if super::community(ReadContent, visibility, role, archived, admin).is_err() {
                return Err(Denial::NotFound);
            }
            if action == ReadContent {
                return Ok(());
            }
            if archived && matches!(action, Post | Respond | Like | Moderate | Accept) {
                return Err(Denial::Archived);
            }
            let member = role.is_some();
            let moderator = role >= Some(CommunityRole::Moderator);
            match action {
                Post => member,
                // Anyone may answer in a public community (a helpdesk question must not wait
                // for the asker's colleagues to join); elsewhere members do.
                Respond => member || visibility == Visibility::Public,
                Like => true,
                Moderate => moderator || admin,
                _ => false,
            }
        }
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

/// The decision for an action on one item written by `author` in `place`.
pub(super) fn item(
    action: Action,
    author: UserId,
    at: &Place,
    published: bool,
    me: UserId,
    admin: bool,
) -> Result<(), Denial> {
    use Action::*;
    // A draft is its author's alone: to anyone else, admins included, it does not exist.
    if !published && author != me {
        return Err(Denial::NotFound);
    }
    place(ReadContent, at, me, admin)?;
    let archived = matches!(at, Place::Community { archived: true, .. });
    match action {
        ReadContent | Respond | Like => place(action, at, me, admin),
        // Whoever may write in a place may add a translation of what is there.
        Translate => place(Respond, at, me, admin),
        Edit | Delete | Accept if archived => Err(Denial::Archived),
        // Nobody edits someone else's words, admins included.
        Edit if author == me => Ok(()),
        Delete | Accept if author == me => Ok(()),
        Delete | Accept => place(Moderate, at, me, admin),
        _ => Err(Denial::Forbidden),
    }
}

/// Who can see a place, and so may be mentioned there and offered by the mention picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Every active account.
    Everyone,
    /// The community's members only.
    Members,
}

/// The audience of a place the actor may read.
pub fn mention_audience(actor: &Actor, at: &Place) -> Result<Audience, Denial> {
    authorize(actor, Action::ReadContent, &Resource::Place(*at))?;
    Ok(match at {
        Place::Community {
            visibility: Visibility::Restricted,
            ..
        } => Audience::Members,
        _ => Audience::Everyone,
    })
}

/// Which content a list may show the reader, written into SQL by the repositories: not
/// deleted; published, or the reader's own draft; personal, or in a community that is not
/// deleted and is either not restricted or has the reader as a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentFilter {
    VisibleTo(UserId),
}

/// The content filter for a reader.
pub fn content_filter(actor: &Actor) -> Result<ContentFilter, Denial> {
    actor
        .user_id()
        .map(ContentFilter::VisibleTo)
        .ok_or(Denial::Unauthenticated)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: UserId = UserId(1);
    const OTHER: UserId = UserId(2);

    /// Every action on a place, for every kind of place and reader.
    /// Columns: anonymous, non-member, member, moderator, owner, admin (not a member).
    #[test]
    fn the_place_decision_table() {
        use Action::*;
        use CommunityRole as R;
        use Visibility::*;
        const Y: Option<Denial> = None;
        const U: Option<Denial> = Some(Denial::Unauthenticated);
        const F: Option<Denial> = Some(Denial::Forbidden);
        const N: Option<Denial> = Some(Denial::NotFound);
        const A: Option<Denial> = Some(Denial::Archived);
        type Row = (Action, [Option<Denial>; 6]);
        let tables: &[(Visibility, bool, [Row; 6])] = &[
            (
                Public,
                false,
                [
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (Post, [U, F, Y, Y, Y, F]),
                    (Respond, [U, Y, Y, Y, Y, Y]),
                    (Like, [U, Y, Y, Y, Y, Y]),
                    (Moderate, [U, F, F, Y, Y, Y]),
                    (Accept, [U, F, F, F, F, F]),
                ],
            ),
            (
                Moderated,
                false,
                [
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (Post, [U, F, Y, Y, Y, F]),
                    (Respond, [U, F, Y, Y, Y, F]),
                    (Like, [U, Y, Y, Y, Y, Y]),
                    (Moderate, [U, F, F, Y, Y, Y]),
                    (Accept, [U, F, F, F, F, F]),
                ],
            ),
            (
                Restricted,
                false,
                [
                    (ReadContent, [U, N, Y, Y, Y, N]),
                    (Post, [U, N, Y, Y, Y, N]),
                    (Respond, [U, N, Y, Y, Y, N]),
                    (Like, [U, N, Y, Y, Y, N]),
                    (Moderate, [U, N, F, Y, Y, N]),
                    (Accept, [U, N, F, F, F, N]),
                ],
            ),
            (
                Public,
                true,
                [
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (Post, [U, A, A, A, A, A]),
                    (Respond, [U, A, A, A, A, A]),
                    (Like, [U, A, A, A, A, A]),
                    (Moderate, [U, A, A, A, A, A]),
                    (Accept, [U, A, A, A, A, A]),
                ],
            ),
            (
                Restricted,
                true,
                [
                    (ReadContent, [U, N, Y, Y, Y, N]),
                    (Post, [U, N, A, A, A, N]),
                    (Respond, [U, N, A, A, A, N]),
                    (Like, [U, N, A, A, A, N]),
                    (Moderate, [U, N, A, A, A, N]),
                    (Accept, [U, N, A, A, A, N]),
                ],
            ),
            (
                Moderated,
                true,
                [
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (Post, [U, A, A, A, A, A]),
                    (Respond, [U, A, A, A, A, A]),
                    (Like, [U, A, A, A, A, A]),
                    (Moderate, [U, A, A, A, A, A]),
                    (Accept, [U, A, A, A, A, A]),
                ],
            ),
        ];
        let roles = [
            None,
            None,
            Some(R::Member),
            Some(R::Moderator),
            Some(R::Owner),
            None,
        ];
        let actors = [
            Actor::Anonymous,
            Actor::Member(ME),
            Actor::Member(ME),
            Actor::Member(ME),
            Actor::Member(ME),
            Actor::Admin(ME),
        ];
        for (visibility, archived, rows) in tables {
            for (action, expected) in rows {
                for i in 0..6 {
                    let at = Place::Community {
                        visibility: *visibility,
                        role: roles[i],
                        archived: *archived,
                    };
                    let got = authorize(&actors[i], *action, &Resource::Place(at)).err();
                    assert_eq!(
                        got, expected[i],
                        "column {i} {action:?} {visibility:?} archived={archived}"
                    );
                }
            }
        }
    }

    #[test]
    fn on_a_profile_only_its_owner_posts_and_everyone_responds() {
        use Action::*;
        let mine = Resource::Place(Place::Personal { owner: ME });
        let theirs = Resource::Place(Place::Personal { owner: OTHER });
        let me = Actor::Member(ME);
        for action in [ReadContent, Respond, Like, Post, Moderate] {
            assert_eq!(authorize(&me, action, &mine), Ok(()), "{action:?}");
        }
        assert_eq!(authorize(&me, Post, &theirs), Err(Denial::Forbidden));
        assert_eq!(authorize(&me, Moderate, &theirs), Err(Denial::Forbidden));
        assert_eq!(authorize(&me, Respond, &theirs), Ok(()));
        assert_eq!(authorize(&Actor::Admin(ME), Moderate, &theirs), Ok(()));
        assert_eq!(
            authorize(&Actor::Anonymous, ReadContent, &theirs),
            Err(Denial::Unauthenticated)
        );
    }

    /// Items: (author is me?, place, role) × actions.
    #[test]
    fn the_item_decision_table() {
        use Action::*;
        use CommunityRole as R;
        const Y: Result<(), Denial> = Ok(());
        const F: Result<(), Denial> = Err(Denial::Forbidden);
        const N: Result<(), Denial> = Err(Denial::NotFound);
        const A: Result<(), Denial> = Err(Denial::Archived);
        let public = |role| Place::Community {
            visibility: Visibility::Public,
            role,
            archived: false,
        };
        let restricted = |role| Place::Community {
            visibility: Visibility::Restricted,
            role,
            archived: false,
        };
        let archived = |role| Place::Community {
            visibility: Visibility::Moderated,
            role,
            archived: true,
        };
        // (actor, author, place, [ReadContent, Edit, Delete, Accept, Like, Respond, Translate]);
        // adding a translation is writing in the place, so it follows Respond.

        type Row = (Actor, UserId, Place, [Result<(), Denial>; 7]);
        let rows: &[Row] = &[
            (
                Actor::Member(ME),
                ME,
                public(Some(R::Member)),
                [Y, Y, Y, Y, Y, Y, Y],
            ),
            (
                Actor::Member(ME),
                OTHER,
                public(Some(R::Member)),
                [Y, F, F, F, Y, Y, Y],
            ),
            (
                Actor::Member(ME),
                OTHER,
                public(None),
                [Y, F, F, F, Y, Y, Y],
            ),
            (
                Actor::Member(ME),
                OTHER,
                public(Some(R::Moderator)),
                [Y, F, Y, Y, Y, Y, Y],
            ),
            (Actor::Admin(ME), OTHER, public(None), [Y, F, Y, Y, Y, Y, Y]),
            (
                Actor::Member(ME),
                ME,
                restricted(Some(R::Member)),
                [Y, Y, Y, Y, Y, Y, Y],
            ),
            (
                Actor::Member(ME),
                OTHER,
                restricted(Some(R::Owner)),
                [Y, F, Y, Y, Y, Y, Y],
            ),
            // An author removed from a restricted community loses their own items too.
            (
                Actor::Member(ME),
                ME,
                restricted(None),
                [N, N, N, N, N, N, N],
            ),
            (
                Actor::Admin(ME),
                OTHER,
                restricted(None),
                [N, N, N, N, N, N, N],
            ),
            (
                Actor::Member(ME),
                ME,
                archived(Some(R::Owner)),
                [Y, A, A, A, A, A, A],
            ),
            (
                Actor::Member(ME),
                ME,
                Place::Personal { owner: ME },
                [Y, Y, Y, Y, Y, Y, Y],
            ),
            (
                Actor::Member(ME),
                OTHER,
                Place::Personal { owner: OTHER },
                [Y, F, F, F, Y, Y, Y],
            ),
            (
                Actor::Admin(ME),
                OTHER,
                Place::Personal { owner: OTHER },
                [Y, F, Y, Y, Y, Y, Y],
            ),
        ];
        for (actor, author, at, expected) in rows {
            let resource = Resource::Item {
                author: *author,
                place: *at,
                published: true,
            };
            for (action, want) in [ReadContent, Edit, Delete, Accept, Like, Respond, Translate]
                .into_iter()
                .zip(expected)
            {
                assert_eq!(
                    authorize(actor, action, &resource),
                    *want,
                    "{actor:?} {action:?} author={author:?} {at:?}"
                );
            }
        }
    }

    #[test]
    fn a_draft_is_its_authors_alone() {
        use Action::*;
        const Y: Result<(), Denial> = Ok(());
        const N: Result<(), Denial> = Err(Denial::NotFound);
        let public = Place::Community {
            visibility: Visibility::Public,
            role: Some(CommunityRole::Owner),
            archived: false,
        };
        let personal = Place::Personal { owner: OTHER };
        // (actor, author, place, [ReadContent, Edit, Delete, Like, Respond, Translate])
        type Row = (Actor, UserId, Place, [Result<(), Denial>; 6]);
        let rows: &[Row] = &[
            // Its author decides; liking or answering a draft is refused by the services with
            // the documented answers (404, 422 `not_commentable`, `not_translatable`).
            (Actor::Member(ME), ME, public, [Y, Y, Y, Y, Y, Y]),
            (Actor::Member(ME), OTHER, public, [N, N, N, N, N, N]),
            (Actor::Admin(ME), OTHER, public, [N, N, N, N, N, N]),
            (Actor::Member(ME), OTHER, personal, [N, N, N, N, N, N]),
            (Actor::Member(OTHER), OTHER, personal, [Y, Y, Y, Y, Y, Y]),
        ];
        for (actor, author, at, expected) in rows {
            for published in [false, true] {
                let resource = Resource::Item {
                    author: *author,
                    place: *at,
                    published,
                };
                for (action, want) in [ReadContent, Edit, Delete, Like, Respond, Translate]
                    .into_iter()
                    .zip(expected)
                {
                    let got = authorize(actor, action, &resource);
                    if published {
                        // Control: once published, nothing is hidden for being a draft.
                        assert_ne!(got, N, "{actor:?} {action:?} {at:?} published");
                    } else {
                        assert_eq!(got, *want, "{actor:?} {action:?} author={author:?} {at:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn mentions_in_a_restricted_community_reach_its_members_only() {
        let me = Actor::Member(ME);
        let member = |visibility| Place::Community {
            visibility,
            role: Some(CommunityRole::Member),
            archived: false,
        };
        assert_eq!(
            mention_audience(&me, &member(Visibility::Restricted)),
            Ok(Audience::Members)
        );
        assert_eq!(
            mention_audience(&me, &member(Visibility::Moderated)),
            Ok(Audience::Everyone)
        );
        assert_eq!(
            mention_audience(&me, &Place::Personal { owner: OTHER }),
            Ok(Audience::Everyone)
        );
        let outside = Place::Community {
            visibility: Visibility::Restricted,
            role: None,
            archived: false,
        };
        assert_eq!(mention_audience(&me, &outside), Err(Denial::NotFound));
        assert_eq!(
            content_filter(&Actor::Anonymous),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(content_filter(&me), Ok(ContentFilter::VisibleTo(ME)));
    }
}
