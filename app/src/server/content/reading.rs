//! Reading items. Every call finds its item through [`load`], which asks the policy with the
//! reader's role in the item's community: an item the reader may not see is answered exactly
//! like an id that does not exist. [`to_item`] makes a stored row the item as its reader sees
//! it, with what they may do with it.

use crate::error::AppError;
use crate::model::content::{ContentKind, Item, ItemPermissions, PersonRef};
use crate::model::ids::UserId;
use crate::server::content::repo::{self, CommunityPlace, ItemRow};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::{Action, Actor, Place, Resource, authorize};

/// The place a new thread goes: the caller's profile, or a community by slug.
pub(super) async fn place_for(
    backend: &Backend,
    me: UserId,
    slug: Option<&str>,
) -> ServiceResult<(Place, Option<CommunityPlace>)> {
    match slug.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok((Place::Personal { owner: me }, None)),
        Some(slug) if slug.len() > 80 => Err(AppError::NotFound.into()),
        Some(slug) => {
            let c = repo::community_by_slug(&backend.db, slug, me)
                .await?
                .ok_or(AppError::NotFound)?;
            Ok((c.place(), Some(c)))
        }
    }
}

/// The community an item is in, as a place to write (for mentions and notifications).
pub(crate) async fn community_of(
    backend: &Backend,
    row: &ItemRow,
    me: UserId,
) -> ServiceResult<Option<CommunityPlace>> {
    match row.community_slug.as_deref() {
        Some(slug) => repo::community_by_slug(&backend.db, slug, me).await,
        None => Ok(None),
    }
}

/// An item the caller may do `action` on; `NotFound` for one they may not see.
pub(crate) async fn load(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    action: Action,
) -> ServiceResult<ItemRow> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut row = repo::item(&backend.db, id, me).await?;
    // Responses, likes, answers and further translations belong to the original, whatever
    // version the reader was shown.
    let to_original = matches!(
        action,
        Action::Respond | Action::Like | Action::Accept | Action::Moderate | Action::Translate
    );
    if let Some(original) = row
        .as_ref()
        .and_then(|r| r.original_id)
        .filter(|_| to_original)
    {
        row = repo::item(&backend.db, original, me).await?;
    }
    let row = row.filter(|r| !r.gone()).ok_or(AppError::NotFound)?;
    let resource = Resource::Item {
        author: UserId(row.author_id),
        place: row.place(),
        published: row.published_at.is_some(),
    };
    authorize(&ctx.actor, Action::ReadContent, &resource).map_err(AppError::from)?;
    authorize(&ctx.actor, action, &resource).map_err(AppError::from)?;
    Ok(row)
}

/// An item the caller may read, or for a translation's id its original: the one thread that
/// responses, versions and comparisons belong to.
pub(super) async fn load_original(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
) -> ServiceResult<ItemRow> {
    let row = load(backend, ctx, id, Action::ReadContent).await?;
    match row.original_id {
        Some(original) => load(backend, ctx, original, Action::ReadContent).await,
        None => Ok(row),
    }
}

/// What the caller may do with an item.
fn permissions(actor: &Actor, row: &ItemRow) -> ItemPermissions {
    let resource = Resource::Item {
        author: UserId(row.author_id),
        place: row.place(),
        published: row.published_at.is_some(),
    };
    let may = |a| authorize(actor, a, &resource).is_ok();
    let kind = row.kind();
    let published = row.published_at.is_some();
    // A wiki page's own text is edited and deleted through its wiki, a file through its
    // folder; each decides who may.
    let wiki_original =
        matches!(kind, ContentKind::WikiPage | ContentKind::File) && row.original_id.is_none();
    ItemPermissions {
        edit: !wiki_original && may(Action::Edit),
        delete: !wiki_original && may(Action::Delete),
        like: published && may(Action::Like),
        respond: published
            && row.thread_locked == 0
            && kind != ContentKind::Comment
            && may(Action::Respond),
        accept: kind == ContentKind::Topic && row.is_question != 0 && may(Action::Accept),
        moderate: kind == ContentKind::Topic
            && authorize(actor, Action::Moderate, &Resource::Place(row.place())).is_ok(),
        translate: published
            && kind != ContentKind::Comment
            && row.original_id.is_none()
            && may(Action::Translate),
        edit_translation: false,
    }
}

/// An item row as the caller sees it.
pub(super) fn to_item(actor: &Actor, row: ItemRow, tags: Vec<String>) -> Item {
    let can = permissions(actor, &row);
    Item {
        id: row.id,
        kind: row.kind(),
        author: row.author(),
        edited_by: row
            .edited_by
            .zip(row.editor_name.clone())
            .map(|(id, display_name)| PersonRef {
                id: UserId(id),
                display_name,
            }),
        title: row.title,
        body: row.body,
        body_html: row.body_html,
        excerpt: row.excerpt,
        lang: row.lang,
        community_slug: row.community_slug,
        community_name: row.community_name,
        parent_id: row.parent_id,
        thread_id: row.thread_id,
        created_at: row.created_at,
        published: row.published_at.is_some(),
        edited_at: row.edited_at,
        version: row.version,
        tags,
        like_count: row.like_count,
        liked_by_me: row.liked > 0,
        reply_count: row.reply_count,
        comment_count: row.comment_count,
        question: row.is_question != 0,
        accepted_reply_id: row.accepted_reply_id,
        pinned: row.pinned != 0,
        locked: row.locked != 0,
        can,
        translated_from: None,
        outdated: false,
        translation_id: None,
        translator: None,
        versions: Vec::new(),
    }
}
