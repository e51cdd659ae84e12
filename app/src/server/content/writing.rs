//! Writing, editing, publishing and deleting items of every kind. Mentions reach only people
//! who can see the place: the others are named back to the author in `not_notified`, and
//! nobody is told.

use crate::error::{AppError, FieldError};
use crate::model::account::Done;
use crate::model::community::{ForumMode, Tool};
use crate::model::content::{
    ContentKind, MAX_POST_BODY, MAX_RESPONSE_BODY, MAX_STATUS, NotificationKind, PersonRef,
    Preview, Saved,
};
use crate::model::ids::UserId;
use crate::server::clock::{now_ms, write_time};
use crate::server::content::input::{self, Problems};
use crate::server::content::markdown::{Rendered, render};
use crate::server::content::reading::{community_of, load, place_for};
use crate::server::content::repo::social::{add_mentions, audience, mentioned, names};
use crate::server::content::repo::{self, CommunityPlace, Edit, ItemRow, NewItem, translations};
use crate::server::content::translation;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::held::HeldWrite;
use crate::server::guard::{Screen, screen};
use crate::server::notification::repo::{Notice, notify};
use crate::server::policy::{Action, Audience, Place, Resource, authorize, mention_audience};

/// What is being written, checked.
struct Writing<'a> {
    kind: ContentKind,
    place: Place,
    community: Option<&'a CommunityPlace>,
    parent: Option<&'a ItemRow>,
    title: Option<String>,
    body: String,
    lang: String,
    tags: Vec<String>,
    question: bool,
    published: bool,
}

/// Of the people a text mentions, those who can see the place (to be told) and the others
/// (named back to the author). The author is neither.
pub(crate) async fn split_mentions(
    backend: &Backend,
    ctx: &RequestCtx,
    place: &Place,
    community: Option<&CommunityPlace>,
    rendered: &Rendered,
    me: UserId,
) -> ServiceResult<(Vec<UserId>, Vec<PersonRef>)> {
    let wanted: Vec<UserId> = rendered
        .mentions
        .iter()
        .copied()
        .filter(|u| *u != me)
        .collect();
    if wanted.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let members_of = match mention_audience(&ctx.actor, place).map_err(AppError::from)? {
        Audience::Everyone => None,
        Audience::Members => community.map(|c| c.id),
    };
    let reach: Vec<UserId> = audience(&backend.db, &wanted, members_of)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect();
    let missed: Vec<UserId> = wanted
        .iter()
        .copied()
        .filter(|u| !reach.contains(u))
        .collect();
    Ok((reach, names(&backend.db, &missed).await?))
}

/// Writes an item with its tags, mentions and notifications, all in one transaction.
async fn write(backend: &Backend, ctx: &RequestCtx, w: Writing<'_>) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let rendered = render(&w.body).await?;
    let (reach, not_notified) =
        split_mentions(backend, ctx, &w.place, w.community, &rendered, me).await?;
    let now = write_time();
    let mut tx = backend.db.pool.begin().await.context("starting to write")?;
    let new = NewItem {
        kind: w.kind,
        author: me,
        community: w.community.map(|c| c.id),
        parent: w.parent.map(|p| p.id),
        thread: w.parent.map(|p| p.thread_id.unwrap_or(p.id)),
        title: w.title.as_deref(),
        body: &w.body,
        rendered: &rendered,
        lang: &w.lang,
        question: w.question,
        published: w.published,
        tags: &w.tags,
        now,
    };
    let id = repo::insert(&mut tx, &new).await?;
    if w.published {
        tell_mentioned(&mut tx, id, &reach, w.community, me, (now, now)).await?;
    }
    if let Some(parent) = w.parent {
        let recipient = UserId(parent.author_id);
        if !reach.contains(&recipient) {
            let kind = if w.kind == ContentKind::Reply {
                NotificationKind::Reply
            } else {
                NotificationKind::Comment
            };
            let notice = Notice {
                recipient,
                kind,
                content: Some(id),
                community: w.community.map(|c| c.id),
                actor: me,
                now,
            };
            notify(&mut tx, notice).await?;
        }
    }
    tx.commit().await.context("saving an item")?;
    Ok(Saved { id, not_notified })
}

/// Records mentions and tells each person, inside the writing transaction.
/// `published_at` is the item's own publication time, which orders the mention in streams.
pub(crate) async fn tell_mentioned(
    tx: &mut sqlx::AnyConnection,
    id: i64,
    reach: &[UserId],
    community: Option<&CommunityPlace>,
    me: UserId,
    (published_at, now): (i64, i64),
) -> ServiceResult<()> {
    add_mentions(tx, id, reach, Some(published_at)).await?;
    for u in reach {
        let notice = Notice {
            recipient: *u,
            kind: NotificationKind::Mention,
            content: Some(id),
            community: community.map(|c| c.id),
            actor: me,
            now,
        };
        notify(tx, notice).await?;
    }
    Ok(())
}

/// Posts a status update on the caller's profile or in a community.
pub async fn create_status(
    backend: &Backend,
    ctx: &RequestCtx,
    text: &str,
    lang: &str,
    community_slug: Option<&str>,
) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, community) = place_for(backend, me, community_slug).await?;
    authorize(&ctx.actor, Action::Post, &Resource::Place(place)).map_err(AppError::from)?;
    let mut p = Problems::default();
    let body = input::body(text, "text", MAX_STATUS, &mut p);
    let lang = input::lang(lang, &mut p);
    p.finish()?;
    let held = HeldWrite::Status {
        text: body.clone(),
        lang: lang.clone(),
        community_slug: community_slug.map(str::to_owned),
    };
    let s = Screen::new(community.as_ref().map(|c| c.id), Some(&lang)).text("text", &body);
    screen(backend, ctx, s, Some(held)).await?;
    let w = Writing {
        kind: ContentKind::Status,
        place,
        community: community.as_ref(),
        parent: None,
        title: None,
        body,
        lang,
        tags: Vec::new(),
        question: false,
        published: true,
    };
    write(backend, ctx, w).await
}

/// A new blog post or forum topic.
pub struct NewPost<'a> {
    pub community_slug: Option<&'a str>,
    pub title: &'a str,
    pub body: &'a str,
    pub lang: &'a str,
    pub tags: &'a [String],
    pub published: bool,
    /// `None`: as the forum's mode says.
    pub question: Option<bool>,
}

/// Writes a blog post, on the caller's personal blog or in a community with a blog.
pub async fn create_blog_post(
    backend: &Backend,
    ctx: &RequestCtx,
    post: NewPost<'_>,
) -> ServiceResult<Saved> {
    create_post(backend, ctx, ContentKind::BlogPost, post).await
}

/// Starts a forum topic in a community with a forum.
pub async fn create_topic(
    backend: &Backend,
    ctx: &RequestCtx,
    post: NewPost<'_>,
) -> ServiceResult<Saved> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    if post.community_slug.is_none_or(|s| s.trim().is_empty()) {
        return Err(AppError::ValidationFailed {
            fields: vec![FieldError::new("community_slug", "required")],
        }
        .into());
    }
    create_post(backend, ctx, ContentKind::Topic, post).await
}

async fn create_post(
    backend: &Backend,
    ctx: &RequestCtx,
    kind: ContentKind,
    post: NewPost<'_>,
) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, community) = place_for(backend, me, post.community_slug).await?;
    authorize(&ctx.actor, Action::Post, &Resource::Place(place)).map_err(AppError::from)?;
    let tool = if kind == ContentKind::Topic {
        Tool::Forum
    } else {
        Tool::Blog
    };
    // A community without the tool has no such place: nothing to post into.
    if community.as_ref().is_some_and(|c| !c.tools.contains(&tool)) {
        return Err(AppError::NotFound.into());
    }
    let mut p = Problems::default();
    let title = input::title(post.title, &mut p);
    let body = input::body(post.body, "body", MAX_POST_BODY, &mut p);
    let lang = input::lang(post.lang, &mut p);
    let tags = input::tags(post.tags, &mut p);
    p.finish()?;
    let held = if kind == ContentKind::Topic {
        HeldWrite::Topic {
            community_slug: post.community_slug.map(str::to_owned),
            title: title.clone(),
            body: body.clone(),
            lang: lang.clone(),
            tags: tags.clone(),
            question: post.question,
        }
    } else {
        HeldWrite::BlogPost {
            community_slug: post.community_slug.map(str::to_owned),
            title: title.clone(),
            body: body.clone(),
            lang: lang.clone(),
            tags: tags.clone(),
            published: post.published,
        }
    };
    let tag_text = tags.join(" ");
    let s = Screen::new(community.as_ref().map(|c| c.id), Some(&lang))
        .text("title", &title)
        .text("body", &body)
        .text("tags", &tag_text);
    screen(backend, ctx, s, Some(held)).await?;
    let w = Writing {
        kind,
        place,
        community: community.as_ref(),
        parent: None,
        title: Some(title),
        body,
        lang,
        tags,
        // In a questions forum a topic is a question unless the author says otherwise.
        question: kind == ContentKind::Topic
            && post.question.unwrap_or_else(|| {
                community
                    .as_ref()
                    .is_some_and(|c| c.forum_mode == ForumMode::Questions)
            }),
        published: kind == ContentKind::Topic || post.published,
    };
    write(backend, ctx, w).await
}

/// Replies to a topic (not a locked one).
pub async fn create_reply(
    backend: &Backend,
    ctx: &RequestCtx,
    topic_id: i64,
    body: &str,
    lang: &str,
) -> ServiceResult<Saved> {
    let topic = load(backend, ctx, topic_id, Action::Respond).await?;
    if topic.kind() != ContentKind::Topic {
        return Err(AppError::NotFound.into());
    }
    if topic.thread_locked != 0 {
        return Err(AppError::Locked.into());
    }
    respond(backend, ctx, &topic, ContentKind::Reply, body, lang).await
}

/// Comments on a status update, a blog post, a forum reply or a wiki page.
pub async fn create_comment(
    backend: &Backend,
    ctx: &RequestCtx,
    target_id: i64,
    body: &str,
    lang: &str,
) -> ServiceResult<Saved> {
    let target = load(backend, ctx, target_id, Action::Respond).await?;
    let commentable = matches!(
        target.kind(),
        ContentKind::Status | ContentKind::BlogPost | ContentKind::Reply | ContentKind::WikiPage
    );
    if !commentable || target.published_at.is_none() {
        return Err(AppError::ValidationFailed {
            fields: vec![FieldError::new("target_id", "not_commentable")],
        }
        .into());
    }
    // A locked topic's replies take no comments either.
    if target.thread_locked != 0 {
        return Err(AppError::Locked.into());
    }
    respond(backend, ctx, &target, ContentKind::Comment, body, lang).await
}

async fn respond(
    backend: &Backend,
    ctx: &RequestCtx,
    parent: &ItemRow,
    kind: ContentKind,
    body: &str,
    lang: &str,
) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mut p = Problems::default();
    let body = input::body(body, "body", MAX_RESPONSE_BODY, &mut p);
    let lang = input::lang(lang, &mut p);
    p.finish()?;
    let community = community_of(backend, parent, me).await?;
    let held = if kind == ContentKind::Reply {
        HeldWrite::Reply {
            topic_id: parent.id,
            body: body.clone(),
            lang: lang.clone(),
        }
    } else {
        HeldWrite::Comment {
            target_id: parent.id,
            body: body.clone(),
            lang: lang.clone(),
        }
    };
    let s = Screen::new(community.as_ref().map(|c| c.id), Some(&lang)).text("body", &body);
    screen(backend, ctx, s, Some(held)).await?;
    let w = Writing {
        kind,
        place: parent.place(),
        community: community.as_ref(),
        parent: Some(parent),
        title: None,
        body,
        lang,
        tags: Vec::new(),
        question: false,
        published: true,
    };
    write(backend, ctx, w).await
}

/// A wiki page is edited and deleted through its wiki (versions, conflicts, who may edit),
/// a file through its folder (names, the trash); their translations are items like any other.
fn refuse_kept_elsewhere(row: &ItemRow) -> Result<(), AppError> {
    let code = match row.kind() {
        ContentKind::WikiPage => "wiki_page",
        ContentKind::File => "file",
        _ => return Ok(()),
    };
    if row.original_id.is_none() {
        return Err(AppError::validation(vec![FieldError::new("id", code)]));
    }
    Ok(())
}

/// Edits one's own item: its text, and the title, language and tags where it has them.
/// Newly mentioned people are told; the previous version is kept. Editing an original
/// outdates its translations (their translators are told); editing a translation brings it
/// up to date with its original.
pub async fn update(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    title: Option<&str>,
    body: &str,
    lang: Option<&str>,
    tags: Option<&[String]>,
) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let row = load(backend, ctx, id, Action::Edit).await?;
    let kind = row.kind();
    let is_translation = row.original_id.is_some();
    refuse_kept_elsewhere(&row)?;
    let titled = translation::titled(kind);
    let mut p = Problems::default();
    let title = match (titled, title) {
        (true, Some(t)) => Some(input::title(t, &mut p)),
        (true, None) => row.title.clone(),
        (false, _) => None,
    };
    let body = input::body(body, "body", translation::max_body(kind), &mut p);
    // A translation keeps its language: another language is another translation.
    let lang = match lang {
        Some(l) if !is_translation => input::lang(l, &mut p),
        _ => row.lang.clone(),
    };
    let tags = match (titled && !is_translation, tags) {
        (true, Some(t)) => Some(input::tags(t, &mut p)),
        _ => None,
    };
    p.finish()?;
    let community = community_of(backend, &row, me).await?;
    let held = HeldWrite::Edit {
        id,
        title: title.clone(),
        body: body.clone(),
        lang: Some(lang.clone()),
        tags: tags.clone(),
    };
    let tag_text = tags.as_ref().map(|t| t.join(" ")).unwrap_or_default();
    let s = Screen::new(community.as_ref().map(|c| c.id), Some(&lang))
        .text("title", title.as_deref().unwrap_or(""))
        .text("body", &body)
        .text("tags", &tag_text);
    screen(backend, ctx, s, Some(held)).await?;
    let rendered = translation::render_as(kind, row.community_slug.as_deref(), &body).await?;
    // A translation repeats its original's mentions; those people were told once already.
    let (fresh, not_notified) = if is_translation {
        (Vec::new(), Vec::new())
    } else {
        let (reach, not_notified) = split_mentions(
            backend,
            ctx,
            &row.place(),
            community.as_ref(),
            &rendered,
            me,
        )
        .await?;
        let already = mentioned(&backend.db, id).await?;
        let fresh: Vec<UserId> = reach.into_iter().filter(|u| !already.contains(u)).collect();
        (fresh, not_notified)
    };
    let now = write_time();
    let mut tx = backend.db.pool.begin().await.context("starting an edit")?;
    let edit = Edit {
        id,
        editor: me,
        title: title.as_deref(),
        body: &body,
        rendered: &rendered,
        lang: &lang,
        tags: tags.as_deref(),
        now,
    };
    repo::update(&mut tx, &edit).await?;
    if is_translation {
        translations::catch_up(&mut tx, id).await?;
    } else if row.published_at.is_some() {
        translation::tell_translators(&mut tx, &row, row.version, me, now).await?;
    }
    if let Some(published) = row.published_at {
        let times = (published, now);
        tell_mentioned(&mut tx, id, &fresh, community.as_ref(), me, times).await?;
    }
    tx.commit().await.context("saving an edit")?;
    Ok(Saved { id, not_notified })
}

/// Publishes one's own draft blog post; the people it mentions are told now.
pub async fn publish(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let row = load(backend, ctx, id, Action::Edit).await?;
    if row.kind() != ContentKind::BlogPost {
        return Err(AppError::NotFound.into());
    }
    let community = community_of(backend, &row, me).await?;
    let rendered = render(&row.body).await?;
    let (reach, not_notified) = split_mentions(
        backend,
        ctx,
        &row.place(),
        community.as_ref(),
        &rendered,
        me,
    )
    .await?;
    let now = write_time();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting to publish")?;
    if repo::publish(&mut tx, id, now).await? {
        tell_mentioned(&mut tx, id, &reach, community.as_ref(), me, (now, now)).await?;
    }
    tx.commit().await.context("publishing")?;
    Ok(Saved { id, not_notified })
}

/// Deletes an item (one's own, or as a moderator of its place) with what hangs under it.
pub async fn delete(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Done> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let row = load(backend, ctx, id, Action::Delete).await?;
    refuse_kept_elsewhere(&row)?;
    let mut tx = backend.db.pool.begin().await.context("starting a delete")?;
    repo::delete(&mut tx, &row, me, now_ms()).await?;
    tx.commit().await.context("deleting")?;
    Ok(Done { ok: true })
}

/// The composer's preview: exactly what saving would store.
pub async fn preview(ctx: &RequestCtx, body: &str) -> ServiceResult<Preview> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    if body.chars().count() > MAX_POST_BODY {
        return Err(AppError::ValidationFailed {
            fields: vec![FieldError::with_limit(
                "body",
                "too_long",
                MAX_POST_BODY as u32,
            )],
        }
        .into());
    }
    Ok(Preview {
        html: render(body).await?.html,
    })
}
