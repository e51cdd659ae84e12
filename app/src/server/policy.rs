//! Every permission decision of the product, in one pure function.
//!
//! Services call [`authorize`] before doing anything; nothing else decides who may do what.
//! It does no I/O: the caller loads the facts about the resource (its owner, a community's
//! visibility, the actor's role in it) and passes them in. Lists are filtered by
//! [`community_list_filter`], which the repository turns into a condition inside its SQL.
//!
//! The invariant this module protects: a restricted community is indistinguishable from one
//! that does not exist for anyone outside it, so every refusal there is `NotFound`.

use crate::error::AppError;
use crate::model::community::{CommunityRole, Visibility};
use crate::model::ids::UserId;
use crate::model::wiki::WikiEditors;

mod content;
mod inbox;
mod search;
mod wiki;

pub use content::{Audience, ContentFilter, Place, content_filter, mention_audience};
pub use search::{SearchAudience, search_audience};

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// No valid session.
    Anonymous,
    /// A logged-in member.
    Member(UserId),
    /// A logged-in administrator.
    Admin(UserId),
    /// The operator at the server's command line (`gemenskap user ...`), who can manage
    /// accounts but is nobody in the intranet.
    System,
}

impl Actor {
    pub fn user_id(&self) -> Option<UserId> {
        match self {
            Self::Anonymous | Self::System => None,
            Self::Member(id) | Self::Admin(id) => Some(*id),
        }
    }
}

/// What the actor wants to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    View,
    Edit,
    Create,
    List,
    Disable,
    /// Read what is posted in a community (its tools' content).
    ReadContent,
    /// See who the members are.
    ViewMembers,
    /// Join with one click.
    Join,
    /// Ask to join.
    RequestJoin,
    Leave,
    /// Add a person directly.
    Invite,
    /// Approve or reject join requests, and see the queue.
    Approve,
    RemoveMember,
    SetRole,
    ExportHistory,
    Archive,
    Delete,
    /// Start a thread in a place: a status update, blog post or forum topic.
    Post,
    /// Reply to a topic or comment on an item.
    Respond,
    Like,
    /// Pin, lock, and delete others' content in a place.
    Moderate,
    /// Accept a reply as the answer to a question.
    Accept,
    /// Add a translation of an item into another language.
    Translate,
}

/// What the action is on, with the facts the decision needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    /// The actor's own account (password change, `me`).
    OwnAccount,
    /// A person's profile.
    Profile { owner: UserId },
    /// The people directory.
    Directory,
    /// The accounts of the organisation (admin work).
    Accounts,
    /// The community directory.
    Communities,
    /// A community about to be created; `may_create_restricted` is an admin's grant to the
    /// actor.
    NewCommunity {
        visibility: Visibility,
        may_create_restricted: bool,
    },
    /// One community, with the actor's role in it.
    Community {
        visibility: Visibility,
        role: Option<CommunityRole>,
        archived: bool,
    },
    /// A deleted community: gone for everyone, but its membership history stays exportable
    /// by admins, as an insider list must.
    DeletedCommunity,
    /// Organisation-wide settings (members read them, admins change them).
    Settings,
    /// The admin view of restricted communities: names, owners, sizes, never content.
    RestrictedOverview,
    /// Where content is written: someone's profile or a community.
    Place(Place),
    /// One item of content; `author` is the asker for [`Action::Accept`]. An unpublished
    /// item (a draft) is its author's alone.
    Item {
        author: UserId,
        place: Place,
        published: bool,
    },
    /// A community's wiki, with who may write in it. Likes and comments on one page are
    /// decided on [`Resource::Item`].
    Wiki { place: Place, editors: WikiEditors },
    /// The compliance officer's tools: the watchlist, the queue of held writes and the audit
    /// trail. `officer`: an admin has made the actor a compliance officer.
    Compliance { officer: bool },
    /// A community's shared inbox (mail from outside, the team's replies and notes).
    Inbox {
        visibility: Visibility,
        role: Option<CommunityRole>,
        archived: bool,
    },
    /// One write the guard held for review, by `author`.
    HeldWrite { author: UserId, officer: bool },
    /// An answered question about to be kept in the wiki: its asker and the author of its
    /// accepted answer.
    Promotion {
        place: Place,
        asker: UserId,
        answerer: UserId,
    },
}

/// Why an action is refused; each maps to the error the caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// Log in first.
    Unauthenticated,
    /// Not allowed, and the resource's existence is no secret.
    Forbidden,
    /// Not allowed, and the actor may not learn that the resource exists.
    NotFound,
    /// The community is archived: it can be read, not changed.
    Archived,
}

impl From<Denial> for AppError {
    fn from(d: Denial) -> Self {
        match d {
            Denial::Unauthenticated => AppError::Unauthenticated,
            Denial::Forbidden => AppError::Forbidden,
            Denial::NotFound => AppError::NotFound,
            Denial::Archived => AppError::CommunityArchived,
        }
    }
}

/// Decides whether `actor` may do `action` on `resource`.
pub fn authorize(actor: &Actor, action: Action, resource: &Resource) -> Result<(), Denial> {
    use Action::*;
    use Resource::*;
    if *actor == Actor::System {
        return match resource {
            Accounts => Ok(()),
            _ => Err(Denial::Forbidden),
        };
    }
    // An intranet: nothing is readable without logging in.
    let Some(me) = actor.user_id() else {
        return Err(Denial::Unauthenticated);
    };
    let admin = matches!(actor, Actor::Admin(_));
    let allowed = match (action, resource) {
        (View | Edit, OwnAccount) => true,
        (View, Profile { .. }) => true,
        (Edit, Profile { owner }) => *owner == me || admin,
        (View | List, Directory) => true,
        (List | Create | Disable | Edit, Accounts) => admin,
        (List, Communities) => true,
        (
            Create,
            NewCommunity {
                visibility,
                may_create_restricted,
            },
        ) => *visibility != Visibility::Restricted || admin || *may_create_restricted,
        (
            _,
            Community {
                visibility,
                role,
                archived,
            },
        ) => return community(action, *visibility, *role, *archived, admin),
        (_, Place(place)) => return content::place(action, place, me, admin),
        (
            _,
            Item {
                author,
                place,
                published,
            },
        ) => return content::item(action, *author, place, *published, me, admin),
        (_, Wiki { place, editors }) => return wiki::wiki(action, place, *editors, me, admin),
        (
            _,
            Inbox {
                visibility,
                role,
                archived,
            },
        ) => return inbox::inbox(action, *visibility, *role, *archived),
        (
            Create,
            Promotion {
                place,
                asker,
                answerer,
            },
        ) => return wiki::promotion(place, *asker, *answerer, me, admin),
        (ExportHistory, DeletedCommunity) => admin,
        // Officers, not admins: the bank separates running the intranet from watching it.
        (View | List | Create | Edit | Delete | ExportHistory, Compliance { officer }) => *officer,
        (View, HeldWrite { author, officer }) => *author == me || *officer,
        // Nobody releases their own write.
        (Approve, HeldWrite { author, officer }) => *officer && *author != me,
        (View, Settings) => true,
        (Edit, Settings) => admin,
        (List, RestrictedOverview) => admin,
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

/// The decision for one community. Admins who are not members see a restricted community's
/// governance (name, members, history) but not its content, and cannot add people to it.
pub(super) fn community(
    action: Action,
    visibility: Visibility,
    role: Option<CommunityRole>,
    archived: bool,
    admin: bool,
) -> Result<(), Denial> {
    use Action::*;
    let restricted = visibility == Visibility::Restricted;
    let member = role.is_some();
    let owner = role == Some(CommunityRole::Owner);
    let moderator = role >= Some(CommunityRole::Moderator);
    if restricted && !member && !admin {
        return Err(Denial::NotFound);
    }
    // Archiving is undone by owners and admins, and an archived community can be deleted.
    let changes = !matches!(
        action,
        View | ReadContent
            | ViewMembers
            | ExportHistory
            | Archive
            | Delete
            | Create
            | List
            | Disable
    );
    if archived && changes {
        // Those who could act on it learn why they cannot now; an outsider may only be told
        // that joining is closed.
        return if member || admin || matches!(action, Join | RequestJoin) {
            Err(Denial::Archived)
        } else {
            Err(Denial::Forbidden)
        };
    }
    let allowed = match action {
        View | ViewMembers => true,
        ReadContent => !restricted || member,
        // Joining again or asking again is harmless; the service answers with the state.
        Join => visibility == Visibility::Public,
        RequestJoin => visibility == Visibility::Moderated,
        Leave => member,
        Approve => visibility == Visibility::Moderated && (moderator || admin),
        Invite => owner || (admin && !restricted),
        // An admin outside a restricted community cannot read its description or tools, so
        // may not rewrite them either; governing it (members, archive, delete) stays open.
        Edit => owner || (admin && !restricted),
        RemoveMember | SetRole | ExportHistory | Archive | Delete => owner || admin,
        // Content is decided on `Resource::Place` and `Resource::Item`.
        Create | List | Disable | Post | Respond | Like | Moderate | Accept | Translate => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
}

/// Which communities a list may show the actor, turned into SQL by the repository.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommunityFilter {
    /// Public and moderated communities, and restricted ones `user` is a member of.
    VisibleTo(UserId),
    /// Restricted communities only, for the admin overview (no content is shown there).
    RestrictedOnly,
}

/// The filter for the community directory: admins browse it like everyone else, so a
/// restricted community they are not in is not listed there either.
pub fn community_list_filter(actor: &Actor) -> Result<CommunityFilter, Denial> {
    authorize(actor, Action::List, &Resource::Communities)?;
    actor
        .user_id()
        .map(CommunityFilter::VisibleTo)
        .ok_or(Denial::Unauthenticated)
}

/// The filter for the admin view of restricted communities.
pub fn restricted_overview_filter(actor: &Actor) -> Result<CommunityFilter, Denial> {
    authorize(actor, Action::List, &Resource::RestrictedOverview)?;
    Ok(CommunityFilter::RestrictedOnly)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: UserId = UserId(1);
    const OTHER: UserId = UserId(2);

    /// Every actor × every action × every resource, the expected answer written out.
    /// Columns: anonymous, member (acting on own things), member (someone else's), admin.
    #[test]
    fn the_decision_table() {
        use Action::*;
        use Resource::*;
        const Y: Option<Denial> = None;
        const U: Option<Denial> = Some(Denial::Unauthenticated);
        const F: Option<Denial> = Some(Denial::Forbidden);
        let rows: &[(Action, Resource, [Option<Denial>; 3])] = &[
            // (action, resource, [anonymous, member, admin]) for a resource owned by ME.
            (View, OwnAccount, [U, Y, Y]),
            (Edit, OwnAccount, [U, Y, Y]),
            (Create, OwnAccount, [U, F, F]),
            (List, OwnAccount, [U, F, F]),
            (Disable, OwnAccount, [U, F, F]),
            (View, Profile { owner: ME }, [U, Y, Y]),
            (Edit, Profile { owner: ME }, [U, Y, Y]),
            (Create, Profile { owner: ME }, [U, F, F]),
            (List, Profile { owner: ME }, [U, F, F]),
            (Disable, Profile { owner: ME }, [U, F, F]),
            (View, Profile { owner: OTHER }, [U, Y, Y]),
            (Edit, Profile { owner: OTHER }, [U, F, Y]),
            (Create, Profile { owner: OTHER }, [U, F, F]),
            (List, Profile { owner: OTHER }, [U, F, F]),
            (Disable, Profile { owner: OTHER }, [U, F, F]),
            (View, Directory, [U, Y, Y]),
            (List, Directory, [U, Y, Y]),
            (Edit, Directory, [U, F, F]),
            (Create, Directory, [U, F, F]),
            (Disable, Directory, [U, F, F]),
            (View, Accounts, [U, F, F]),
            (List, Accounts, [U, F, Y]),
            (Create, Accounts, [U, F, Y]),
            (Edit, Accounts, [U, F, Y]),
            (Disable, Accounts, [U, F, Y]),
        ];
        let actors = [Actor::Anonymous, Actor::Member(ME), Actor::Admin(ME)];
        for (action, resource, expected) in rows {
            for (actor, want) in actors.iter().zip(expected) {
                let got = authorize(actor, *action, resource).err();
                assert_eq!(got, *want, "{actor:?} {action:?} {resource:?}");
            }
            // The command-line operator manages accounts and nothing else.
            let system = authorize(&Actor::System, *action, resource).err();
            let want = if *resource == Accounts { None } else { F };
            assert_eq!(system, want, "System {action:?} {resource:?}");
        }
    }

    /// The compliance officer's tools: officers only (admins are not officers by being
    /// admins); a held write is seen by its author and officers, and decided by an officer
    /// who did not write it.
    #[test]
    fn the_compliance_decision_table() {
        use Action::*;
        const Y: Option<Denial> = None;
        const U: Option<Denial> = Some(Denial::Unauthenticated);
        const F: Option<Denial> = Some(Denial::Forbidden);
        let officer = Resource::Compliance { officer: true };
        let not_officer = Resource::Compliance { officer: false };
        // Columns: anonymous, member, admin.
        let rows: &[(Action, Resource, [Option<Denial>; 3])] = &[
            (View, officer, [U, Y, Y]),
            (List, officer, [U, Y, Y]),
            (Create, officer, [U, Y, Y]),
            (Edit, officer, [U, Y, Y]),
            (Delete, officer, [U, Y, Y]),
            (ExportHistory, officer, [U, Y, Y]),
            (Approve, officer, [U, F, F]),
            (View, not_officer, [U, F, F]),
            (List, not_officer, [U, F, F]),
            (Create, not_officer, [U, F, F]),
            (Edit, not_officer, [U, F, F]),
            (Delete, not_officer, [U, F, F]),
            (ExportHistory, not_officer, [U, F, F]),
            (
                View,
                Resource::HeldWrite {
                    author: ME,
                    officer: false,
                },
                [U, Y, Y],
            ),
            (
                View,
                Resource::HeldWrite {
                    author: OTHER,
                    officer: false,
                },
                [U, F, F],
            ),
            (
                View,
                Resource::HeldWrite {
                    author: OTHER,
                    officer: true,
                },
                [U, Y, Y],
            ),
            (
                Approve,
                Resource::HeldWrite {
                    author: OTHER,
                    officer: true,
                },
                [U, Y, Y],
            ),
            (
                Approve,
                Resource::HeldWrite {
                    author: ME,
                    officer: true,
                },
                [U, F, F],
            ),
            (
                Approve,
                Resource::HeldWrite {
                    author: OTHER,
                    officer: false,
                },
                [U, F, F],
            ),
        ];
        let actors = [Actor::Anonymous, Actor::Member(ME), Actor::Admin(ME)];
        for (action, resource, expected) in rows {
            for (actor, want) in actors.iter().zip(expected) {
                let got = authorize(actor, *action, resource).err();
                assert_eq!(got, *want, "{actor:?} {action:?} {resource:?}");
            }
            assert_eq!(
                authorize(&Actor::System, *action, resource).err(),
                F,
                "System {action:?} {resource:?}"
            );
        }
    }

    #[test]
    fn an_admin_may_edit_anyones_profile_but_a_member_only_their_own() {
        assert!(
            authorize(
                &Actor::Admin(OTHER),
                Action::Edit,
                &Resource::Profile { owner: ME }
            )
            .is_ok()
        );
        assert_eq!(
            authorize(
                &Actor::Member(OTHER),
                Action::Edit,
                &Resource::Profile { owner: ME }
            ),
            Err(Denial::Forbidden)
        );
    }

    /// Every community role × every visibility × every action, archived or not.
    /// Columns: anonymous, logged-in non-member, member, moderator, owner, admin (not a member).
    #[test]
    fn the_community_decision_table() {
        use Action::*;
        use CommunityRole as R;
        use Visibility::*;
        const Y: Option<Denial> = None;
        const U: Option<Denial> = Some(Denial::Unauthenticated);
        const F: Option<Denial> = Some(Denial::Forbidden);
        const N: Option<Denial> = Some(Denial::NotFound);
        const A: Option<Denial> = Some(Denial::Archived);
        type Row = (Action, [Option<Denial>; 6]);
        let tables: &[(Visibility, bool, &[Row])] = &[
            (
                Public,
                false,
                &[
                    (View, [U, Y, Y, Y, Y, Y]),
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (ViewMembers, [U, Y, Y, Y, Y, Y]),
                    (Join, [U, Y, Y, Y, Y, Y]),
                    (RequestJoin, [U, F, F, F, F, F]),
                    (Leave, [U, F, Y, Y, Y, F]),
                    (Invite, [U, F, F, F, Y, Y]),
                    (Approve, [U, F, F, F, F, F]),
                    (RemoveMember, [U, F, F, F, Y, Y]),
                    (SetRole, [U, F, F, F, Y, Y]),
                    (Edit, [U, F, F, F, Y, Y]),
                    (ExportHistory, [U, F, F, F, Y, Y]),
                    (Archive, [U, F, F, F, Y, Y]),
                    (Delete, [U, F, F, F, Y, Y]),
                    (Create, [U, F, F, F, F, F]),
                    (List, [U, F, F, F, F, F]),
                    (Disable, [U, F, F, F, F, F]),
                ],
            ),
            (
                Moderated,
                false,
                &[
                    (View, [U, Y, Y, Y, Y, Y]),
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (ViewMembers, [U, Y, Y, Y, Y, Y]),
                    (Join, [U, F, F, F, F, F]),
                    (RequestJoin, [U, Y, Y, Y, Y, Y]),
                    (Leave, [U, F, Y, Y, Y, F]),
                    (Invite, [U, F, F, F, Y, Y]),
                    (Approve, [U, F, F, Y, Y, Y]),
                    (RemoveMember, [U, F, F, F, Y, Y]),
                    (SetRole, [U, F, F, F, Y, Y]),
                    (Edit, [U, F, F, F, Y, Y]),
                    (ExportHistory, [U, F, F, F, Y, Y]),
                    (Archive, [U, F, F, F, Y, Y]),
                    (Delete, [U, F, F, F, Y, Y]),
                    (Create, [U, F, F, F, F, F]),
                    (List, [U, F, F, F, F, F]),
                    (Disable, [U, F, F, F, F, F]),
                ],
            ),
            (
                Restricted,
                false,
                &[
                    (View, [U, N, Y, Y, Y, Y]),
                    (ReadContent, [U, N, Y, Y, Y, F]),
                    (ViewMembers, [U, N, Y, Y, Y, Y]),
                    (Join, [U, N, F, F, F, F]),
                    (RequestJoin, [U, N, F, F, F, F]),
                    (Leave, [U, N, Y, Y, Y, F]),
                    (Invite, [U, N, F, F, Y, F]),
                    (Approve, [U, N, F, F, F, F]),
                    (RemoveMember, [U, N, F, F, Y, Y]),
                    (SetRole, [U, N, F, F, Y, Y]),
                    (Edit, [U, N, F, F, Y, F]),
                    (ExportHistory, [U, N, F, F, Y, Y]),
                    (Archive, [U, N, F, F, Y, Y]),
                    (Delete, [U, N, F, F, Y, Y]),
                    (Create, [U, N, F, F, F, F]),
                    (List, [U, N, F, F, F, F]),
                    (Disable, [U, N, F, F, F, F]),
                ],
            ),
            (
                Public,
                true,
                &[
                    (View, [U, Y, Y, Y, Y, Y]),
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (ViewMembers, [U, Y, Y, Y, Y, Y]),
                    (Join, [U, A, A, A, A, A]),
                    (RequestJoin, [U, A, A, A, A, A]),
                    (Leave, [U, F, A, A, A, A]),
                    (Invite, [U, F, A, A, A, A]),
                    (Approve, [U, F, A, A, A, A]),
                    (RemoveMember, [U, F, A, A, A, A]),
                    (SetRole, [U, F, A, A, A, A]),
                    (Edit, [U, F, A, A, A, A]),
                    (ExportHistory, [U, F, F, F, Y, Y]),
                    (Archive, [U, F, F, F, Y, Y]),
                    (Delete, [U, F, F, F, Y, Y]),
                    (Create, [U, F, F, F, F, F]),
                    (List, [U, F, F, F, F, F]),
                    (Disable, [U, F, F, F, F, F]),
                ],
            ),
            (
                Moderated,
                true,
                &[
                    (View, [U, Y, Y, Y, Y, Y]),
                    (ReadContent, [U, Y, Y, Y, Y, Y]),
                    (ViewMembers, [U, Y, Y, Y, Y, Y]),
                    (Join, [U, A, A, A, A, A]),
                    (RequestJoin, [U, A, A, A, A, A]),
                    (Leave, [U, F, A, A, A, A]),
                    (Invite, [U, F, A, A, A, A]),
                    (Approve, [U, F, A, A, A, A]),
                    (RemoveMember, [U, F, A, A, A, A]),
                    (SetRole, [U, F, A, A, A, A]),
                    (Edit, [U, F, A, A, A, A]),
                    (ExportHistory, [U, F, F, F, Y, Y]),
                    (Archive, [U, F, F, F, Y, Y]),
                    (Delete, [U, F, F, F, Y, Y]),
                    (Create, [U, F, F, F, F, F]),
                    (List, [U, F, F, F, F, F]),
                    (Disable, [U, F, F, F, F, F]),
                ],
            ),
            (
                Restricted,
                true,
                &[
                    (View, [U, N, Y, Y, Y, Y]),
                    (ReadContent, [U, N, Y, Y, Y, F]),
                    (ViewMembers, [U, N, Y, Y, Y, Y]),
                    (Join, [U, N, A, A, A, A]),
                    (RequestJoin, [U, N, A, A, A, A]),
                    (Leave, [U, N, A, A, A, A]),
                    (Invite, [U, N, A, A, A, A]),
                    (Approve, [U, N, A, A, A, A]),
                    (RemoveMember, [U, N, A, A, A, A]),
                    (SetRole, [U, N, A, A, A, A]),
                    (Edit, [U, N, A, A, A, A]),
                    (ExportHistory, [U, N, F, F, Y, Y]),
                    (Archive, [U, N, F, F, Y, Y]),
                    (Delete, [U, N, F, F, Y, Y]),
                    (Create, [U, N, F, F, F, F]),
                    (List, [U, N, F, F, F, F]),
                    (Disable, [U, N, F, F, F, F]),
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
            assert_eq!(
                rows.len(),
                17,
                "every action is in the {visibility:?} table"
            );
            for (action, expected) in *rows {
                for i in 0..6 {
                    let resource = Resource::Community {
                        visibility: *visibility,
                        role: roles[i],
                        archived: *archived,
                    };
                    let got = authorize(&actors[i], *action, &resource).err();
                    assert_eq!(
                        got, expected[i],
                        "column {i} {action:?} {visibility:?} archived={archived}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_admin_who_is_a_member_reads_the_content_and_an_outsider_learns_nothing() {
        let inside = Resource::Community {
            visibility: Visibility::Restricted,
            role: Some(CommunityRole::Member),
            archived: false,
        };
        assert!(authorize(&Actor::Admin(ME), Action::ReadContent, &inside).is_ok());
        let outside = Resource::Community {
            visibility: Visibility::Restricted,
            role: None,
            archived: false,
        };
        for action in [
            Action::View,
            Action::Join,
            Action::Leave,
            Action::ExportHistory,
        ] {
            assert_eq!(
                authorize(&Actor::Member(ME), action, &outside),
                Err(Denial::NotFound)
            );
        }
    }

    #[test]
    fn restricted_communities_are_created_by_admins_and_by_those_they_allow() {
        let new = |visibility, may| Resource::NewCommunity {
            visibility,
            may_create_restricted: may,
        };
        let member = Actor::Member(ME);
        assert!(authorize(&member, Action::Create, &new(Visibility::Public, false)).is_ok());
        assert!(authorize(&member, Action::Create, &new(Visibility::Moderated, false)).is_ok());
        assert_eq!(
            authorize(&member, Action::Create, &new(Visibility::Restricted, false)),
            Err(Denial::Forbidden)
        );
        assert!(authorize(&member, Action::Create, &new(Visibility::Restricted, true)).is_ok());
        assert!(
            authorize(
                &Actor::Admin(ME),
                Action::Create,
                &new(Visibility::Restricted, false)
            )
            .is_ok()
        );
        assert_eq!(
            authorize(
                &Actor::Anonymous,
                Action::Create,
                &new(Visibility::Public, true)
            ),
            Err(Denial::Unauthenticated)
        );
    }

    #[test]
    fn lists_are_filtered_for_the_reader_and_the_overview_is_for_admins() {
        assert_eq!(
            community_list_filter(&Actor::Member(ME)),
            Ok(CommunityFilter::VisibleTo(ME))
        );
        assert_eq!(
            community_list_filter(&Actor::Admin(ME)),
            Ok(CommunityFilter::VisibleTo(ME))
        );
        assert_eq!(
            community_list_filter(&Actor::Anonymous),
            Err(Denial::Unauthenticated)
        );
        assert_eq!(
            restricted_overview_filter(&Actor::Member(ME)),
            Err(Denial::Forbidden)
        );
        assert_eq!(
            restricted_overview_filter(&Actor::Admin(ME)),
            Ok(CommunityFilter::RestrictedOnly)
        );
    }

    #[test]
    fn only_admins_export_the_history_of_a_deleted_community() {
        for action in [Action::View, Action::ExportHistory, Action::Edit] {
            let want = if action == Action::ExportHistory {
                Ok(())
            } else {
                Err(Denial::Forbidden)
            };
            assert_eq!(
                authorize(&Actor::Admin(ME), action, &Resource::DeletedCommunity),
                want
            );
            assert_eq!(
                authorize(&Actor::Member(ME), action, &Resource::DeletedCommunity),
                Err(Denial::Forbidden)
            );
        }
    }
}
