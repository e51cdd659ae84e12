//! Wikis: a community's tree of pages, reading a page (in the reader's language, with its
//! comments, links pointing where they lead now), creating, saving with a check against the
//! version the editor started from, history, differences, revert, moving, deleting and
//! following. Every call asks the policy (`Resource::Wiki` for the wiki, `Resource::Item` for
//! the page as content); a page the reader may not see is answered as one that never existed.

use std::collections::HashMap;

use crate::error::{AppError, FieldError};
use crate::model::community::Tool;
use crate::model::content::{ContentKind, MAX_TITLE, NotificationKind, PersonRef};
use crate::model::ids::{CommunityId, UserId};
use crate::model::language::TranslatedFrom;
use crate::model::wiki::{
    CreatedPage, FromQuestion, MAX_DEPTH, MAX_PAGE_BODY, MAX_PAGES, MAX_SUMMARY, PageDiff,
    PageHistory, PageLink, PagePermissions, PageVersion, SavedPage, TreePage, WikiPage, WikiTree,
    page_path,
};
use crate::server::clock::{now_ms, write_time};
use crate::server::content::input::{self, Problems};
use crate::server::content::markdown::{page_toc, render_page};
use crate::server::content::reading::load;
use crate::server::content::repo::{self as content_repo, CommunityPlace, ItemRow, NewItem};
use crate::server::content::thread::thread;
use crate::server::content::translation::tell_translators;
use crate::server::content::writing::{split_mentions, tell_mentioned};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::held::HeldWrite;
use crate::server::guard::{Screen, screen};
use crate::server::notification::repo::{Notice, notify};
use crate::server::policy::{Action, Resource, authorize};
use crate::server::text;
use crate::server::wiki::conflict;
use crate::server::wiki::diff::word_diff;
use crate::server::wiki::links;
use crate::server::wiki::repo::{self, NewPlace, NewVersion, PageSave, VersionRow, WikiRow};

/// The wiki of a community, as a resource for the policy.
fn wiki_resource(c: &CommunityPlace) -> Resource {
    Resource::Wiki {
        place: c.place(),
        editors: c.wiki_editors,
    }
}

/// A community with a wiki the caller may do `action` in; `NotFound` for a community they
/// may not see, or one without a wiki.
pub(super) async fn wiki_of(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    action: Action,
) -> ServiceResult<CommunityPlace> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let slug = slug.trim();
    if slug.is_empty() || slug.len() > 80 {
        return Err(AppError::NotFound.into());
    }
    let c = content_repo::community_by_slug(&backend.db, slug, me)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(&ctx.actor, Action::ReadContent, &wiki_resource(&c)).map_err(AppError::from)?;
    if !c.tools.contains(&Tool::Wiki) {
        return Err(AppError::NotFound.into());
    }
    authorize(&ctx.actor, action, &wiki_resource(&c)).map_err(AppError::from)?;
    Ok(c)
}

/// A page (never a translation of one) with its place and community, for `action` on the
/// wiki; `NotFound` for anything the caller may not see.
pub(super) struct Loaded {
    pub row: ItemRow,
    pub place: WikiRow,
    pub community: CommunityPlace,
}

pub(super) async fn load_page(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    action: Action,
) -> ServiceResult<Loaded> {
    let row = load(backend, ctx, id, Action::ReadContent).await?;
    if row.kind() != ContentKind::WikiPage || row.original_id.is_some() {
        return Err(AppError::NotFound.into());
    }
    let place = repo::wiki_row(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let slug = row.community_slug.clone().ok_or(AppError::NotFound)?;
    let community = wiki_of(backend, ctx, &slug, action).await?;
    Ok(Loaded {
        row,
        place,
        community,
    })
}

fn version_of(v: &VersionRow, chars: i64) -> PageVersion {
    PageVersion {
        version: v.version,
        title: v.title.clone(),
        lang: v.lang.clone(),
        author: v.author(),
        created_at: v.created_at,
        summary: v.summary.clone(),
        reverted_from: v.reverted_from,
        chars,
    }
}

/// A community's wiki: its pages in reading order (depth first, the front page first).
pub async fn tree(backend: &Backend, ctx: &RequestCtx, slug: &str) -> ServiceResult<WikiTree> {
    let c = wiki_of(backend, ctx, slug, Action::ReadContent).await?;
    let rows = repo::tree(&backend.db, c.id).await?;
    // Each page's children, in the order the query gave (front page, then position); a page
    // whose parent is gone stands at the top. Built once, so the walk is linear in pages.
    let index: HashMap<i64, usize> = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let mut children: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        let parent = r.parent_id.and_then(|p| index.get(&p).copied());
        children.entry(parent).or_default().push(i);
    }
    let mut pages = Vec::with_capacity(rows.len());
    let mut stack: Vec<(usize, u32, i64)> = Vec::new();
    let push_children = |stack: &mut Vec<(usize, u32, i64)>, parent: Option<usize>, depth: u32| {
        if let Some(kids) = children.get(&parent) {
            stack.extend(
                kids.iter()
                    .enumerate()
                    .rev()
                    .map(|(n, &j)| (j, depth, n as i64)),
            );
        }
    };
    push_children(&mut stack, None, 0);
    let mut seen = vec![false; rows.len()];
    while let Some((i, depth, position)) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        let r = &rows[i];
        pages.push(TreePage {
            id: r.id,
            title: r.title.clone(),
            parent_id: r.parent_id,
            position,
            depth,
            front: r.front != 0,
            faq: r.faq != 0,
            lang: r.lang.clone(),
            path: page_path(&c.slug, r.id),
            updated_at: r.updated_at,
        });
        push_children(&mut stack, Some(i), depth + 1);
    }
    Ok(WikiTree {
        community_slug: c.slug.clone(),
        community_name: c.name.clone(),
        pages,
        can_create: authorize(&ctx.actor, Action::Create, &wiki_resource(&c)).is_ok(),
        editors: c.wiki_editors,
    })
}

/// A new page.
pub struct NewPage<'a> {
    pub community_slug: &'a str,
    pub title: &'a str,
    pub body: &'a str,
    pub lang: &'a str,
    pub parent_id: Option<i64>,
    pub tags: &'a [String],
}

/// Checks that `parent` can take a child (in `c`'s wiki, alive, not too deep) and, for a
/// move, that it is not `moving` or below it.
async fn check_parent(
    backend: &Backend,
    c: &CommunityPlace,
    parent: i64,
    moving: Option<i64>,
) -> ServiceResult<()> {
    let bad =
        |code: &str| -> AppError { AppError::validation(vec![FieldError::new("parent_id", code)]) };
    let place = repo::wiki_row(&backend.db, parent).await?;
    let alive = match &place {
        Some(p) if p.community_id == c.id.0 => content_repo::item(&backend.db, parent, UserId(0))
            .await?
            .is_some_and(|r| r.deleted_at.is_none()),
        _ => false,
    };
    if !alive {
        return Err(bad("not_found").into());
    }
    let above = repo::ancestors(&backend.db, parent).await?;
    if moving.is_some_and(|m| m == parent || above.iter().any(|(id, _)| *id == m)) {
        return Err(bad("inside_itself").into());
    }
    if above.len() + 1 >= MAX_DEPTH {
        return Err(AppError::validation(vec![FieldError::with_limit(
            "parent_id",
            "too_deep",
            MAX_DEPTH as u32,
        )])
        .into());
    }
    Ok(())
}

fn title_taken() -> AppError {
    AppError::validation(vec![FieldError::new("title", "taken")])
}

/// Creates a page in a community's wiki; the wiki's first page becomes its front page, and
/// the author follows the page.
pub async fn create(
    backend: &Backend,
    ctx: &RequestCtx,
    new: NewPage<'_>,
) -> ServiceResult<CreatedPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let c = wiki_of(backend, ctx, new.community_slug, Action::Create).await?;
    let mut p = Problems::default();
    let title = input::title(new.title, &mut p);
    let body = input::body(new.body, "body", MAX_PAGE_BODY, &mut p);
    let lang = input::lang(new.lang, &mut p);
    let tags = input::tags(new.tags, &mut p);
    p.finish()?;
    if let Some(parent) = new.parent_id {
        check_parent(backend, &c, parent, None).await?;
    }
    let held = HeldWrite::WikiPage {
        community_slug: c.slug.clone(),
        title: title.clone(),
        body: body.clone(),
        lang: lang.clone(),
        parent_id: new.parent_id,
        tags: tags.clone(),
    };
    let tag_text = tags.join(" ");
    let s = Screen::new(Some(c.id), Some(&lang))
        .text("title", &title)
        .text("body", &body)
        .text("tags", &tag_text);
    screen(backend, ctx, s, Some(held)).await?;
    if repo::page_count(&backend.db, c.id).await? >= MAX_PAGES as i64 {
        return Err(AppError::validation(vec![FieldError::with_limit(
            "community_slug",
            "too_many_pages",
            MAX_PAGES as u32,
        )])
        .into());
    }
    let front = repo::front_page(&backend.db, c.id).await?.is_none();
    let (rendered, _) = render_page(&body, &c.slug).await?;
    let (reach, not_notified) =
        split_mentions(backend, ctx, &c.place(), Some(&c), &rendered, me).await?;
    let now = write_time();
    let mut tx = backend.db.pool.begin().await.context("starting a page")?;
    if repo::page_titled(&mut tx, c.id, &title).await?.is_some() {
        return Err(title_taken().into());
    }
    let page = PageWrite {
        title: &title,
        body: &body,
        rendered: &rendered,
        lang: &lang,
        tags: &tags,
        parent: new.parent_id,
        front: front && new.parent_id.is_none(),
        faq: false,
        from_topic: None,
    };
    let Some(id) = write_page(&mut tx, &c, &page, me, now).await? else {
        return Err(title_taken().into());
    };
    tell_mentioned(&mut tx, id, &reach, Some(&c), me, (now, now)).await?;
    tx.commit().await.context("saving a new page")?;
    Ok(CreatedPage {
        id,
        path: page_path(&c.slug, id),
        not_notified,
    })
}

/// A new page's text and place.
pub(super) struct PageWrite<'a> {
    pub title: &'a str,
    pub body: &'a str,
    pub rendered: &'a crate::server::content::markdown::Rendered,
    pub lang: &'a str,
    pub tags: &'a [String],
    pub parent: Option<i64>,
    pub front: bool,
    pub faq: bool,
    pub from_topic: Option<i64>,
}

/// Writes a new page (its item, its place in the tree, its first version) inside `tx`; its
/// author follows it. `None` when the title is taken in the wiki.
pub(super) async fn write_page(
    tx: &mut sqlx::AnyConnection,
    c: &CommunityPlace,
    page: &PageWrite<'_>,
    me: UserId,
    now: i64,
) -> ServiceResult<Option<i64>> {
    let item = NewItem {
        kind: ContentKind::WikiPage,
        author: me,
        community: Some(c.id),
        parent: None,
        thread: None,
        title: Some(page.title),
        body: page.body,
        rendered: page.rendered,
        lang: page.lang,
        question: false,
        published: true,
        tags: page.tags,
        now,
    };
    let id = content_repo::insert(tx, &item).await?;
    let place = NewPlace {
        id,
        community: c.id,
        parent: page.parent,
        title: page.title,
        front: page.front,
        faq: page.faq,
        from_topic: page.from_topic,
    };
    if !repo::insert_place(tx, &place).await? {
        return Ok(None);
    }
    let version = NewVersion {
        page: id,
        version: 1,
        title: page.title,
        body: page.body,
        lang: page.lang,
        author: me,
        now,
        summary: "",
        reverted_from: None,
    };
    repo::insert_version(tx, &version).await?;
    repo::follow_in(tx, id, me, now).await?;
    Ok(Some(id))
}

/// An edit of a page.
pub struct PageEdit<'a> {
    pub id: i64,
    /// `None` keeps the title.
    pub title: Option<&'a str>,
    pub body: &'a str,
    /// The version the editor started from.
    pub base_version: i64,
    pub summary: &'a str,
    /// `None` keeps the language.
    pub lang: Option<&'a str>,
    /// `None` keeps the tags.
    pub tags: Option<&'a [String]>,
}

/// What a save writes, checked.
struct Save {
    title: String,
    body: String,
    lang: String,
    tags: Option<Vec<String>>,
    summary: String,
    base_version: i64,
    reverted_from: Option<i64>,
}

/// Saves a new version of a page if it is still at the version the editor started from;
/// otherwise refuses with `edit_conflict`. A save that changes nothing makes no version.
pub async fn update(
    backend: &Backend,
    ctx: &RequestCtx,
    edit: PageEdit<'_>,
) -> ServiceResult<SavedPage> {
    let page = load_page(backend, ctx, edit.id, Action::Edit).await?;
    let mut p = Problems::default();
    let title = match edit.title {
        Some(t) => input::title(t, &mut p),
        None => page.row.title.clone().unwrap_or_default(),
    };
    let body = input::body(edit.body, "body", MAX_PAGE_BODY, &mut p);
    let lang = match edit.lang {
        Some(l) => input::lang(l, &mut p),
        None => page.row.lang.clone(),
    };
    let tags = edit.tags.map(|t| input::tags(t, &mut p));
    let summary = summary(edit.summary, &mut p);
    p.finish()?;
    let held = HeldWrite::WikiEdit {
        id: edit.id,
        title: Some(title.clone()),
        body: body.clone(),
        base_version: edit.base_version,
        summary: summary.clone(),
        lang: Some(lang.clone()),
        tags: tags.clone(),
    };
    let tag_text = tags.as_ref().map(|t| t.join(" ")).unwrap_or_default();
    let s = Screen::new(page.row.community_id.map(CommunityId), Some(&lang))
        .text("title", &title)
        .text("body", &body)
        .text("tags", &tag_text)
        .text("summary", &summary);
    screen(backend, ctx, s, Some(held)).await?;
    let save = Save {
        title,
        body,
        lang,
        tags,
        summary,
        base_version: edit.base_version,
        reverted_from: None,
    };
    save_version(backend, ctx, page, save).await
}

/// Refuses a save that started from an older version, keeping its text for the editor.
async fn refuse(
    backend: &Backend,
    me: UserId,
    current: &ItemRow,
    slug: &str,
    s: &Save,
) -> ServiceResult<AppError> {
    let refused = conflict::Refused {
        base_version: s.base_version,
        title: &s.title,
        body: &s.body,
        lang: &s.lang,
        summary: &s.summary,
    };
    conflict::refuse(backend, me, current, slug, refused).await
}

/// An optional one-line edit summary.
fn summary(raw: &str, p: &mut Problems) -> String {
    match text::one_line(raw) {
        Ok(s) if s.chars().count() > MAX_SUMMARY => {
            p.push(FieldError::with_limit(
                "summary",
                "too_long",
                MAX_SUMMARY as u32,
            ));
            s
        }
        Ok(s) => s,
        Err(problem) => {
            p.push(FieldError::new("summary", problem.code()));
            String::new()
        }
    }
}

async fn save_version(
    backend: &Backend,
    ctx: &RequestCtx,
    page: Loaded,
    s: Save,
) -> ServiceResult<SavedPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let Loaded {
        row, community: c, ..
    } = page;
    if s.base_version != row.version {
        return Err(refuse(backend, me, &row, &c.slug, &s).await?.into());
    }
    let current_tags: Vec<String> = content_repo::tags_of(&backend.db, &[row.id])
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let unchanged = row.title.as_deref() == Some(s.title.as_str())
        && row.body == s.body
        && row.lang == s.lang
        && s.tags.as_ref().is_none_or(|t| *t == current_tags);
    if unchanged {
        return Ok(SavedPage {
            id: row.id,
            version: row.version,
            path: page_path(&c.slug, row.id),
            not_notified: Vec::new(),
        });
    }
    let (rendered, _) = render_page(&s.body, &c.slug).await?;
    let (reach, not_notified) =
        split_mentions(backend, ctx, &c.place(), Some(&c), &rendered, me).await?;
    let already = content_repo::social::mentioned(&backend.db, row.id).await?;
    let fresh: Vec<UserId> = reach.into_iter().filter(|u| !already.contains(u)).collect();
    let now = write_time();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a page save")?;
    let write = PageSave {
        id: row.id,
        base_version: s.base_version,
        title: &s.title,
        body: &s.body,
        rendered: &rendered,
        lang: &s.lang,
        editor: me,
        now,
    };
    let Some(version) = repo::save_if_current(&mut tx, &write).await? else {
        drop(tx);
        let now_row = content_repo::item(&backend.db, row.id, me)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(refuse(backend, me, &now_row, &c.slug, &s).await?.into());
    };
    if row.title.as_deref() != Some(s.title.as_str())
        && !repo::retitle(&mut tx, row.id, &s.title).await?
    {
        return Err(title_taken().into());
    }
    let kept = NewVersion {
        page: row.id,
        version,
        title: &s.title,
        body: &s.body,
        lang: &s.lang,
        author: me,
        now,
        summary: &s.summary,
        reverted_from: s.reverted_from,
    };
    repo::insert_version(&mut tx, &kept).await?;
    if let Some(tags) = &s.tags {
        content_repo::replace_tags(&mut tx, row.id, tags, row.published_at).await?;
    }
    tell_translators(&mut tx, &row, row.version, me, now).await?;
    for follower in repo::followers(&mut tx, row.id).await? {
        let notice = Notice {
            recipient: follower,
            kind: NotificationKind::PageEdited,
            content: Some(row.id),
            community: Some(c.id),
            actor: me,
            now,
        };
        notify(&mut tx, notice).await?;
    }
    let published = row.published_at.unwrap_or(now);
    tell_mentioned(&mut tx, row.id, &fresh, Some(&c), me, (published, now)).await?;
    tx.commit().await.context("saving a page version")?;
    conflict::saved(backend, row.id, me).await?;
    Ok(SavedPage {
        id: row.id,
        version,
        path: page_path(&c.slug, row.id),
        not_notified,
    })
}

/// Makes an old version the page's text again, as a new version (nothing is erased).
pub async fn revert(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    version: i64,
) -> ServiceResult<SavedPage> {
    let page = load_page(backend, ctx, id, Action::Edit).await?;
    let old = repo::version(&backend.db, id, version)
        .await?
        .ok_or_else(|| AppError::validation(vec![FieldError::new("version", "not_found")]))?;
    let save = Save {
        title: old.title,
        body: old.body,
        lang: old.lang,
        tags: None,
        summary: String::new(),
        base_version: page.row.version,
        reverted_from: Some(version),
    };
    save_version(backend, ctx, page, save).await
}

/// A page as its reader reads it: in the version of their languages (or `lang`), with
/// its comments, its place in the tree and what the reader may do. A translation's id gives
/// that translation.
pub async fn get(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    lang: Option<&str>,
    from_forum: bool,
) -> ServiceResult<WikiPage> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let asked = load(backend, ctx, id, Action::ReadContent).await?;
    let original_id = asked.original_id.unwrap_or(asked.id);
    let mut page = load_page(backend, ctx, original_id, Action::ReadContent).await?;
    if from_forum && page.place.from_topic_id.is_some() {
        repo::count_forum_visit(&backend.db, original_id).await?;
        page.place.forum_visits += 1;
    }
    let lang = match asked.original_id {
        Some(_) => Some(asked.lang.as_str()),
        None => lang,
    };
    let conversation = thread(backend, ctx, original_id, lang).await?;
    let item = conversation.item;
    let c = &page.community;
    let body_html = links::resolve(&backend.db, c.id, &c.slug, &item.body_html).await?;
    let toc = page_toc(&item.body);
    let breadcrumbs = repo::ancestors(&backend.db, original_id)
        .await?
        .into_iter()
        .map(|(id, title)| PageLink {
            id,
            title,
            path: page_path(&c.slug, id),
        })
        .collect();
    let children = repo::children(&backend.db, original_id)
        .await?
        .into_iter()
        .map(|(id, title)| PageLink {
            id,
            title,
            path: page_path(&c.slug, id),
        })
        .collect();
    let from_question = match page.place.from_topic_id {
        Some(topic) => content_repo::item(&backend.db, topic, me)
            .await?
            .filter(|t| !t.gone())
            .map(|t| FromQuestion {
                topic_id: topic,
                title: t.title.unwrap_or_default(),
                forum_visits: page.place.forum_visits,
            }),
        None => None,
    };
    let wiki = wiki_resource(c);
    let may = |a| authorize(&ctx.actor, a, &wiki).is_ok();
    let created_by = PersonRef {
        id: UserId(page.row.author_id),
        display_name: page.row.author_name.clone(),
    };
    let updated_by = page
        .row
        .edited_by
        .zip(page.row.editor_name.clone())
        .map(|(id, display_name)| PersonRef {
            id: UserId(id),
            display_name,
        })
        .unwrap_or_else(|| created_by.clone());
    let can = PagePermissions {
        edit: may(Action::Edit),
        delete: may(Action::Delete),
        like: item.can.like,
        comment: item.can.respond,
        translate: item.can.translate && may(Action::Translate),
        edit_translation: item.can.edit_translation,
    };
    Ok(WikiPage {
        id,
        community_slug: c.slug.clone(),
        community_name: c.name.clone(),
        title: item.title.clone().unwrap_or_default(),
        body: item.body.clone(),
        body_html,
        lang: item.lang.clone(),
        version: page.row.version,
        parent_id: page.place.parent_id,
        path: page_path(&c.slug, original_id),
        updated_at: page.row.edited_at.unwrap_or(page.row.created_at),
        updated_by,
        created_at: page.row.created_at,
        created_by,
        translations: item.versions.clone(),
        outdated: item.outdated,
        translated_from: item.translated_from.clone().map(|t| TranslatedFrom {
            id: t.id,
            lang: t.lang,
        }),
        translation_id: item.translation_id,
        front: page.place.front != 0,
        faq: page.place.faq != 0,
        tags: item.tags.clone(),
        like_count: item.like_count,
        liked_by_me: item.liked_by_me,
        comment_count: item.comment_count,
        following: repo::follows(&backend.db, original_id, me).await?,
        breadcrumbs,
        children,
        toc,
        from_question,
        comments: conversation.comments,
        can,
    })
}

/// A page's saved versions, newest first.
pub async fn history(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<PageHistory> {
    let page = load_page(backend, ctx, id, Action::ReadContent).await?;
    let rows = repo::versions(&backend.db, id, false).await?;
    let versions = rows
        .iter()
        .map(|v| version_of(v, v.body.parse().unwrap_or(0)))
        .collect();
    let c = &page.community;
    Ok(PageHistory {
        id,
        community_slug: c.slug.clone(),
        title: page.row.title.clone().unwrap_or_default(),
        path: page_path(&c.slug, id),
        current_version: page.row.version,
        versions,
        can_revert: authorize(&ctx.actor, Action::Edit, &wiki_resource(c)).is_ok(),
    })
}

/// The word-level difference between two versions of a page.
pub async fn diff(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    from: i64,
    to: i64,
) -> ServiceResult<PageDiff> {
    let page = load_page(backend, ctx, id, Action::ReadContent).await?;
    let missing = |field: &str| AppError::validation(vec![FieldError::new(field, "not_found")]);
    let old = repo::version(&backend.db, id, from)
        .await?
        .ok_or_else(|| missing("from"))?;
    let new = repo::version(&backend.db, id, to)
        .await?
        .ok_or_else(|| missing("to"))?;
    let (parts, inserted_words, deleted_words) = word_diff(&old.body, &new.body);
    let chars = |v: &VersionRow| v.body.chars().count() as i64;
    Ok(PageDiff {
        id,
        community_slug: page.community.slug.clone(),
        path: page_path(&page.community.slug, id),
        title_changed: old.title != new.title,
        from: version_of(&old, chars(&old)),
        to: version_of(&new, chars(&new)),
        parts,
        inserted_words,
        deleted_words,
    })
}

/// Moves a page under another (or to the top with `None`) at `position` among its new
/// siblings. The front page stays at the top.
pub async fn move_page(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    parent: Option<i64>,
    position: i64,
) -> ServiceResult<()> {
    let page = load_page(backend, ctx, id, Action::Edit).await?;
    if position < 0 {
        return Err(AppError::validation(vec![FieldError::new("position", "invalid")]).into());
    }
    if let Some(parent) = parent {
        if page.place.front != 0 {
            return Err(
                AppError::validation(vec![FieldError::new("parent_id", "front_page")]).into(),
            );
        }
        check_parent(backend, &page.community, parent, Some(id)).await?;
    }
    let mut tx = backend.db.pool.begin().await.context("starting a move")?;
    repo::move_page(&mut tx, id, page.community.id, parent, position as usize).await?;
    tx.commit().await.context("moving a page")?;
    Ok(())
}

/// Deletes a page with its comments and translations; its children move up to its parent.
/// Returns the community's slug (the wiki to go back to).
pub async fn delete(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<String> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let page = load_page(backend, ctx, id, Action::Delete).await?;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a page delete")?;
    content_repo::delete(&mut tx, &page.row, me, now_ms()).await?;
    repo::remove_place(&mut tx, &page.place).await?;
    tx.commit().await.context("deleting a page")?;
    Ok(page.community.slug)
}

/// Follows a page (edits are told), or stops.
pub async fn follow(backend: &Backend, ctx: &RequestCtx, id: i64, on: bool) -> ServiceResult<bool> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    load_page(backend, ctx, id, Action::ReadContent).await?;
    repo::set_following(&backend.db, id, me, on, now_ms()).await?;
    Ok(on)
}

/// Where a link to `title` in a community's wiki leads: the page, or `None` when no page
/// has that title (the link offers to create it).
pub async fn find_titled(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    title: &str,
) -> ServiceResult<Option<String>> {
    let c = wiki_of(backend, ctx, slug, Action::ReadContent).await?;
    if title.chars().count() > MAX_TITLE {
        return Ok(None);
    }
    let mut conn = backend.db.pool.acquire().await.context("finding a page")?;
    Ok(repo::page_titled(&mut conn, c.id, title)
        .await?
        .map(|id| page_path(&c.slug, id)))
}
