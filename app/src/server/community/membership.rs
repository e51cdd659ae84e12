//! Who belongs to a community: joining, requests and their approval, invitations, removal,
//! roles, leaving, and the member list. Every change goes through `repo::change`, which
//! holds the cap and the last owner under concurrency and records the event.

use crate::error::{AppError, FieldError};
use crate::model::community::{
    CommunityRole, JoinRequest, MAX_REASON, MEMBER_PAGE_SIZE, MemberPage, Membership, Visibility,
};
use crate::model::ids::UserId;
use crate::server::account::normalise_email;
use crate::server::community::repo::{self, Change, CommunityRow, Event, Outcome};
use crate::server::community::service::{caller, load};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::{ServiceError, ServiceResult};
use crate::server::policy::Action;
use crate::server::profile::name_terms;

/// A reason or message: trimmed, within the limit; `required` when it may not be empty.
pub fn parse_reason(reason: &str, field: &str, required: bool) -> Result<String, AppError> {
    let reason = reason.trim().to_owned();
    if required && reason.is_empty() {
        return Err(AppError::validation(vec![FieldError::new(
            field, "required",
        )]));
    }
    if reason.chars().count() > MAX_REASON {
        return Err(AppError::validation(vec![FieldError::with_limit(
            field,
            "too_long",
            MAX_REASON as u32,
        )]));
    }
    Ok(reason)
}

/// Runs one change and turns its outcome into the caller's answer.
async fn apply(
    backend: &Backend,
    row: &CommunityRow,
    person: UserId,
    actor: UserId,
    event: &'static str,
    change: Change,
    reason: &str,
) -> ServiceResult<()> {
    let role = match change {
        Change::Add(r) | Change::SetRole(r) => Some(r),
        Change::Approve => Some(CommunityRole::Member),
        _ => None,
    };
    let e = Event {
        community: row.id,
        person: Some(person),
        actor: Some(actor),
        event,
        role,
        reason,
    };
    match repo::change(&backend.db, &e, change).await? {
        Outcome::Done | Outcome::Unchanged => Ok(()),
        Outcome::Archived => Err(AppError::CommunityArchived.into()),
        Outcome::Deleted => Err(AppError::NotFound.into()),
        Outcome::AlreadyMember => Err(AppError::AlreadyMember.into()),
        Outcome::NotMember | Outcome::NoRequest => Err(AppError::NotFound.into()),
        Outcome::CapReached(cap) => Err(AppError::MemberCapReached { cap }.into()),
        Outcome::LastOwner => Err(AppError::LastOwner.into()),
    }
}

/// Joins a public community with one click; joining again changes nothing.
pub async fn join(backend: &Backend, ctx: &RequestCtx, slug: &str) -> ServiceResult<Membership> {
    let row = load(backend, ctx, slug, Action::Join).await?;
    let me = caller(ctx)?;
    if row.my_role.is_none() {
        let add = Change::Add(CommunityRole::Member);
        // A second click that raced the first finds the membership there: that is success.
        match apply(backend, &row, me, me, "joined", add, "").await {
            Err(ServiceError::Caller(AppError::AlreadyMember)) => {}
            other => other?,
        }
    }
    membership(backend, ctx, slug).await
}

/// Asks to join a moderated community, with an optional message to those who approve.
pub async fn request_to_join(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    message: &str,
) -> ServiceResult<Membership> {
    let row = load(backend, ctx, slug, Action::RequestJoin).await?;
    let message = parse_reason(message, "message", false)?;
    let me = caller(ctx)?;
    if row.my_role.is_none() {
        apply(
            backend,
            &row,
            me,
            me,
            "requested",
            Change::Request,
            &message,
        )
        .await?;
    }
    membership(backend, ctx, slug).await
}

/// Leaves a community; the last owner must hand ownership over first.
pub async fn leave(backend: &Backend, ctx: &RequestCtx, slug: &str) -> ServiceResult<Membership> {
    let row = load(backend, ctx, slug, Action::Leave).await?;
    let me = caller(ctx)?;
    apply(backend, &row, me, me, "left", Change::Remove, "").await?;
    Ok(Membership {
        my_role: None,
        request_pending: false,
    })
}

async fn membership(backend: &Backend, ctx: &RequestCtx, slug: &str) -> ServiceResult<Membership> {
    let row = load(backend, ctx, slug, Action::View).await?;
    Ok(Membership {
        my_role: row.my_role,
        request_pending: row.my_request_pending,
    })
}

/// The join requests waiting (owners, moderators and admins).
pub async fn list_requests(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<Vec<JoinRequest>> {
    let row = load(backend, ctx, slug, Action::Approve).await?;
    repo::requests(&backend.db, row.id).await
}

/// Approves a request (the person becomes a member) or turns it down; both are recorded
/// with the reason given.
pub async fn decide_request(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    person: UserId,
    approve: bool,
    reason: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::Approve).await?;
    let reason = parse_reason(reason, "reason", false)?;
    let me = caller(ctx)?;
    // Whether the request is still waiting is checked inside the change, under the lock.
    if approve {
        apply(
            backend,
            &row,
            person,
            me,
            "approved",
            Change::Approve,
            &reason,
        )
        .await
    } else {
        apply(
            backend,
            &row,
            person,
            me,
            "rejected",
            Change::Reject,
            &reason,
        )
        .await
    }
}

/// Adds a person directly (owners). In a restricted community a written reason is required:
/// it is what the insider list says about why this person has access.
pub async fn invite(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    email: &str,
    reason: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::Invite).await?;
    let reason = parse_reason(reason, "reason", row.visibility == Visibility::Restricted)?;
    let me = caller(ctx)?;
    let person = repo::active_user_by_email(&backend.db, &normalise_email(email))
        .await?
        .ok_or_else(|| AppError::validation(vec![FieldError::new("email", "no_such_person")]))?;
    let add = Change::Add(CommunityRole::Member);
    apply(backend, &row, person, me, "added", add, &reason).await
}

/// Removes a member (owners and admins), with an optional reason.
pub async fn remove_member(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    person: UserId,
    reason: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::RemoveMember).await?;
    let reason = parse_reason(reason, "reason", false)?;
    let me = caller(ctx)?;
    apply(
        backend,
        &row,
        person,
        me,
        "removed",
        Change::Remove,
        &reason,
    )
    .await
}

/// Promotes or demotes a member (owners and admins). Handing ownership over is two steps:
/// make the other person owner, then step down or leave; the last owner cannot do either.
pub async fn set_role(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    person: UserId,
    role: &str,
    reason: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::SetRole).await?;
    let role = CommunityRole::parse(role.trim())
        .ok_or_else(|| AppError::validation(vec![FieldError::new("role", "invalid_choice")]))?;
    let reason = parse_reason(reason, "reason", false)?;
    let me = caller(ctx)?;
    let change = Change::SetRole(role);
    apply(backend, &row, person, me, "role_changed", change, &reason).await
}

/// A page of members by name, optionally only those whose name words start with `q`'s.
pub async fn list_members(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    q: &str,
    cursor_text: Option<&str>,
) -> ServiceResult<MemberPage> {
    let row = load(backend, ctx, slug, Action::ViewMembers).await?;
    let prefixes: Vec<String> = name_terms(q).into_iter().take(5).collect();
    let after = cursor::parse(cursor_text)?;
    let size = MEMBER_PAGE_SIZE as i64;
    let mut rows = repo::members(&backend.db, row.id, None, &prefixes, after, size + 1).await?;
    let next_cursor = if rows.len() > MEMBER_PAGE_SIZE {
        rows.truncate(MEMBER_PAGE_SIZE);
        rows.last()
            .map(|(card, key)| cursor::encode(key, card.id.0))
    } else {
        None
    };
    Ok(MemberPage {
        items: rows.into_iter().map(|(c, _)| c).collect(),
        next_cursor,
    })
}
