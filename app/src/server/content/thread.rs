//! Items as they are read: one item in the reader's language, or a whole thread put together
//! (its first item with its own comments, its replies, an accepted answer first, each with
//! their comments), every item in the version of the reader's languages. Built on `reading`
//! and `translation`; neither of those depends on this.

use crate::error::AppError;
use crate::model::content::{ContentKind, Item, ItemWithComments, MAX_THREAD_CHILDREN, Thread};
use crate::model::language::LanguageRequest;
use crate::server::content::page::language_view;
use crate::server::content::reading::{load, load_original, to_item};
use crate::server::content::repo::{self, ItemRow};
use crate::server::content::translation;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::Action;

/// The whole thread an item (or a translation of one) belongs to, each item in the version
/// of the reader's languages, or the one `lang` asks for.
pub async fn thread(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    lang: Option<&str>,
) -> ServiceResult<Thread> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let first = load_original(backend, ctx, id).await?;
    let root = match first.thread_id {
        Some(t) => load(backend, ctx, t, Action::ReadContent).await?,
        None => first,
    };
    crate::server::audit::read_in(
        backend,
        ctx,
        &root.place(),
        root.community_id,
        "item_read",
        root.id,
        serde_json::json!({ "thread": true, "asked": id }),
    );
    let limit = MAX_THREAD_CHILDREN as i64;
    let mut rows = repo::thread_items(&backend.db, root.id, me, limit + 1).await?;
    let truncated = rows.len() > MAX_THREAD_CHILDREN;
    rows.truncate(MAX_THREAD_CHILDREN);
    let tags = repo::tags_of(&backend.db, &[root.id])
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let kept = kept_in_wiki(backend, ctx, &root).await?;
    // Every item of a thread is in its first item's place.
    let place = root.place();
    let root_item = to_item(&ctx.actor, root, tags);
    let (replies, comments): (Vec<ItemRow>, Vec<ItemRow>) = rows
        .into_iter()
        .partition(|r| r.kind() == ContentKind::Reply);
    let mut own_comments = Vec::new();
    let mut reply_comments: Vec<(i64, Item)> = Vec::new();
    for c in comments {
        let parent = c.parent_id;
        let item = to_item(&ctx.actor, c, Vec::new());
        if parent == Some(root_item.id) {
            own_comments.push(item);
        } else if let Some(p) = parent {
            reply_comments.push((p, item));
        }
    }
    let mut replies: Vec<ItemWithComments> = replies
        .into_iter()
        .map(|r| {
            let item = to_item(&ctx.actor, r, Vec::new());
            let comments = reply_comments
                .iter()
                .filter(|(p, _)| *p == item.id)
                .map(|(_, c)| c.clone())
                .collect();
            ItemWithComments { item, comments }
        })
        .collect();
    // An answered question shows its answer right under it.
    if let Some(accepted) = root_item.accepted_reply_id {
        replies.sort_by_key(|r| r.item.id != accepted);
    }
    let request = LanguageRequest {
        lang: lang.map(str::to_owned),
        all_languages: None,
    };
    let lv = language_view(backend, ctx, &request, false).await?;
    let mut root_item = root_item;
    let mut dressed: Vec<&mut Item> = vec![&mut root_item];
    dressed.extend(replies.iter_mut().map(|r| &mut r.item));
    translation::dress(backend, ctx, &lv, place, &mut dressed).await?;
    Ok(Thread {
        item: root_item,
        replies,
        comments: own_comments,
        truncated,
        wiki_page: kept.0,
        can_keep_in_wiki: kept.1,
    })
}

/// For an answered question in a community with a wiki: where its answer is kept (if it
/// is), and whether the reader may keep it there (the helpdesk loop, `wiki::promote`).
async fn kept_in_wiki(
    backend: &Backend,
    ctx: &RequestCtx,
    root: &ItemRow,
) -> ServiceResult<(Option<String>, bool)> {
    let (Some(reply), Some(slug)) = (root.accepted_reply_id, root.community_slug.as_deref()) else {
        return Ok((None, false));
    };
    if root.kind() != ContentKind::Topic || root.is_question == 0 {
        return Ok((None, false));
    }
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Some(c) = repo::community_by_slug(&backend.db, slug, me).await? else {
        return Ok((None, false));
    };
    if !c.tools.contains(&crate::model::community::Tool::Wiki) {
        return Ok((None, false));
    }
    if let Some(id) = crate::server::wiki::repo::page_of_topic(&backend.db, root.id).await? {
        return Ok((Some(crate::model::wiki::page_path(slug, id)), false));
    }
    let answerer = repo::item(&backend.db, reply, me)
        .await?
        .map(|r| r.author_id);
    let may = answerer.is_some_and(|a| {
        let resource = crate::server::policy::Resource::Promotion {
            place: root.place(),
            asker: crate::model::ids::UserId(root.author_id),
            answerer: crate::model::ids::UserId(a),
        };
        crate::server::policy::authorize(&ctx.actor, Action::Create, &resource).is_ok()
    });
    Ok((None, may))
}

/// One item as the caller may see it: in the version of their languages (or the one `lang`
/// asks for); a translation's own id gives the translation.
pub async fn get(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    lang: Option<&str>,
) -> ServiceResult<Item> {
    let row = load(backend, ctx, id, Action::ReadContent).await?;
    crate::server::audit::read_in(
        backend,
        ctx,
        &row.place(),
        row.community_id,
        "item_read",
        row.id,
        serde_json::json!({ "thread": false }),
    );
    let tags = repo::tags_of(&backend.db, &[row.original_id.unwrap_or(row.id)])
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    translation::item_as_read(backend, ctx, row, tags, lang).await
}
