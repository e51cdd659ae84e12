//! Every permission decision of the product, in one pure function.
//!
//! Services call [`authorize`] before doing anything; nothing else decides who may do what.
//! It does no I/O: the caller loads the facts about the resource (its owner, later a
//! community's visibility and the actor's role in it) and passes them in. Later areas extend
//! `Action` and `Resource`; the table test below must grow with them.

use crate::error::AppError;
use crate::model::ids::UserId;

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
}

/// Why an action is refused; each maps to the error the caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    /// Log in first.
    Unauthenticated,
    /// Not allowed, and the resource's existence is no secret.
    Forbidden,
}

impl From<Denial> for AppError {
    fn from(d: Denial) -> Self {
        match d {
            Denial::Unauthenticated => AppError::Unauthenticated,
            Denial::Forbidden => AppError::Forbidden,
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
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        Err(Denial::Forbidden)
    }
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
}
