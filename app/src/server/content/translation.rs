//! Linked translations: adding one, the versions of an item, an original and a translation
//! side by side, a community's outdated translations, and dressing items in the version
//! their reader reads (the choice itself is `languages::LangView::choose`).
//!
//! A translation is an item of its original's kind and place with a link to the original
//! and the original's version it was made from; it is outdated once the original's version
//! is newer. Responses and likes always go to the original (see `reading::load`).

use crate::error::{AppError, FieldError};
use crate::model::content::{
    ContentKind, Item, MAX_POST_BODY, MAX_RESPONSE_BODY, MAX_STATUS, NotificationKind, PersonRef,
    Saved,
};
use crate::model::ids::{CommunityId, UserId};
use crate::model::language::{
    Comparison, LanguageRequest, NewTranslation, OutdatedTranslation, OutdatedTranslations,
    TranslatedFrom, UNDETERMINED, VersionRef, Versions, same_language,
};
use crate::model::wiki::MAX_PAGE_BODY;
use crate::server::clock::write_time;
use crate::server::content::input::{self, Problems};
use crate::server::content::languages::LangView;
use crate::server::content::markdown::{Rendered, render, render_page};
use crate::server::content::page::language_view;
use crate::server::content::reading::{load, load_original, place_for, to_item};
use crate::server::content::repo::translations::{self, NewTranslationRow, TranslationRow};
use crate::server::content::repo::{self, ItemRow};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::held::HeldWrite;
use crate::server::guard::{Screen, screen};
use crate::server::notification::repo::{Notice, notify};
use crate::server::policy::{Action, Place, Resource, authorize};

/// The most outdated translations a community's list shows.
const OUTDATED_LIST: i64 = 200;

/// The longest body an item of this kind may have.
pub(super) fn max_body(kind: ContentKind) -> usize {
    match kind {
        ContentKind::Status => MAX_STATUS,
        ContentKind::BlogPost | ContentKind::Topic => MAX_POST_BODY,
        ContentKind::Reply | ContentKind::Comment | ContentKind::File => MAX_RESPONSE_BODY,
        ContentKind::WikiPage => MAX_PAGE_BODY,
    }
}

/// Whether items of this kind have a title of their own.
pub(super) fn titled(kind: ContentKind) -> bool {
    matches!(
        kind,
        ContentKind::BlogPost | ContentKind::Topic | ContentKind::WikiPage
    )
}

/// Renders the text of an item of `kind` in community `slug`: a wiki page (or a translation
/// of one) links to other pages and anchors its headings.
pub(super) async fn render_as(
    kind: ContentKind,
    slug: Option<&str>,
    body: &str,
) -> ServiceResult<Rendered> {
    match (kind, slug) {
        (ContentKind::WikiPage, Some(slug)) => Ok(render_page(body, slug).await?.0),
        _ => render(body).await,
    }
}

fn not_translatable() -> AppError {
    AppError::ValidationFailed {
        fields: vec![FieldError::new("original_id", "not_translatable")],
    }
}

/// Adds a translation of a status update, blog post, topic or reply into another language.
/// Whoever may write in the item's place may; the translation records the original's
/// version, its translator, and that a person made it.
pub async fn create(
    backend: &Backend,
    ctx: &RequestCtx,
    new: NewTranslation,
) -> ServiceResult<Saved> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let original = load(backend, ctx, new.original_id, Action::Translate).await?;
    let kind = original.kind();
    if kind == ContentKind::Comment || original.published_at.is_none() {
        return Err(not_translatable().into());
    }
    let mut p = Problems::default();
    let lang = input::lang(&new.lang, &mut p);
    if lang == UNDETERMINED {
        p.push(FieldError::new("lang", "required"));
    } else if same_language(&lang, &original.lang) {
        p.push(FieldError::new("lang", "same_language"));
    }
    let title = match (titled(kind), new.title.as_deref()) {
        (true, Some(t)) => Some(input::title(t, &mut p)),
        (true, None) => Some(input::title("", &mut p)),
        (false, _) => None,
    };
    let body = input::body(&new.body, "body", max_body(kind), &mut p);
    p.finish()?;
    let held = HeldWrite::Translation {
        original_id: original.id,
        lang: lang.clone(),
        title: title.clone(),
        body: body.clone(),
    };
    let s = Screen::new(original.community_id.map(CommunityId), Some(&lang))
        .text("title", title.as_deref().unwrap_or(""))
        .text("body", &body);
    screen(backend, ctx, s, Some(held)).await?;
    let rendered = render_as(kind, original.community_slug.as_deref(), &body).await?;
    let row = NewTranslationRow {
        original_id: original.id,
        kind,
        community: original.community_id.map(CommunityId),
        translator: me,
        lang: &lang,
        title: title.as_deref(),
        body: &body,
        rendered: &rendered,
        source_version: original.version,
        now: write_time(),
    };
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting a translation")?;
    let Some(id) = translations::insert(&mut tx, &row).await? else {
        return Err(AppError::ValidationFailed {
            fields: vec![FieldError::new("lang", "translation_exists")],
        }
        .into());
    };
    tx.commit().await.context("saving a translation")?;
    Ok(Saved {
        id,
        not_notified: Vec::new(),
    })
}

/// After an original is edited (from `version_before`): its translations made from that
/// version are now outdated, and their translators are told, in the edit's transaction.
pub(crate) async fn tell_translators(
    conn: &mut sqlx::AnyConnection,
    original: &ItemRow,
    version_before: i64,
    editor: UserId,
    now: i64,
) -> ServiceResult<()> {
    for (translation, translator) in
        translations::made_from(conn, original.id, version_before, editor).await?
    {
        let notice = Notice {
            recipient: UserId(translator),
            kind: NotificationKind::TranslationOutdated,
            content: Some(translation),
            community: original.community_id.map(CommunityId),
            actor: editor,
            now,
        };
        notify(conn, notice).await?;
    }
    Ok(())
}

fn person(id: i64, name: &str) -> PersonRef {
    PersonRef {
        id: UserId(id),
        display_name: name.to_owned(),
    }
}

/// The versions of an original, the original first.
fn version_refs(original: &Item, of: &[&TranslationRow]) -> Vec<VersionRef> {
    let mut out = vec![VersionRef {
        id: original.id,
        lang: original.lang.clone(),
        original: true,
        outdated: false,
        author: original.author.clone(),
    }];
    out.extend(of.iter().map(|t| VersionRef {
        id: t.id,
        lang: t.lang.clone(),
        original: false,
        outdated: t.source_version < original.version,
        author: person(t.author_id, &t.author_name),
    }));
    out
}

/// Puts items (originals, as written, all in `place`: one thread's) into the version their
/// reader reads, with the list of their versions; the text shown is the translation's, the id
/// stays the original's.
pub(super) async fn dress(
    backend: &Backend,
    ctx: &RequestCtx,
    lv: &LangView,
    place: Place,
    items: &mut [&mut Item],
) -> ServiceResult<()> {
    let ids: Vec<i64> = items.iter().map(|i| i.id).collect();
    let all = translations::of(&backend.db, &ids, true).await?;
    for item in items.iter_mut() {
        let mine: Vec<&TranslationRow> = all.iter().filter(|t| t.original_id == item.id).collect();
        item.versions = version_refs(item, &mine);
        let langs: Vec<&str> = mine.iter().map(|t| t.lang.as_str()).collect();
        if let Some(t) = lv
            .choose(item.author.id, &item.lang, &langs)
            .map(|i| mine[i])
        {
            wear(ctx, place, item, t);
        }
    }
    Ok(())
}

/// Shows translation `t` in place of the original `item`, which is in `place`.
fn wear(ctx: &RequestCtx, place: Place, item: &mut Item, t: &TranslationRow) {
    item.translated_from = Some(TranslatedFrom {
        id: item.id,
        lang: std::mem::replace(&mut item.lang, t.lang.clone()),
    });
    if t.title.is_some() {
        item.title = t.title.clone();
    }
    item.body = t.body.clone();
    item.body_html = t.body_html.clone();
    item.excerpt = t.excerpt.clone();
    item.outdated = t.source_version < item.version;
    item.translation_id = Some(t.id);
    item.translator = Some(person(t.author_id, &t.author_name));
    // A translation is an item of its translator's in the original's place: the policy
    // decides, as for any item (its translator, and not in an archived community).
    let translation = Resource::Item {
        author: UserId(t.author_id),
        place,
        published: true,
    };
    item.can.edit_translation = authorize(&ctx.actor, Action::Edit, &translation).is_ok();
}

/// One item as the reader reads it: an original in the version of their languages (or the
/// one `lang` asks for), a translation as itself with a link to its original.
pub(super) async fn item_as_read(
    backend: &Backend,
    ctx: &RequestCtx,
    row: ItemRow,
    tags: Vec<String>,
    lang: Option<&str>,
) -> ServiceResult<Item> {
    let Some(original_id) = row.original_id else {
        let request = LanguageRequest {
            lang: lang.map(str::to_owned),
            all_languages: None,
        };
        let lv = language_view(backend, ctx, &request, false).await?;
        let place = row.place();
        let mut item = to_item(&ctx.actor, row, tags);
        dress(backend, ctx, &lv, place, &mut [&mut item]).await?;
        return Ok(item);
    };
    let original = load(backend, ctx, original_id, Action::ReadContent).await?;
    let original = to_item(&ctx.actor, original, Vec::new());
    let all = translations::of(&backend.db, &[original.id], false).await?;
    Ok(as_translation(ctx, row, tags, &original, &all))
}

/// A translation's row as an item of its own, linked to its (already read) original, whose
/// living translations are `all`.
fn as_translation(
    ctx: &RequestCtx,
    row: ItemRow,
    tags: Vec<String>,
    original: &Item,
    all: &[TranslationRow],
) -> Item {
    let source_version = row.source_version.unwrap_or(0);
    let mut item = to_item(&ctx.actor, row, tags);
    item.outdated = source_version < original.version;
    item.translation_id = Some(item.id);
    item.translator = Some(item.author.clone());
    item.can.edit_translation = item.can.edit;
    item.translated_from = Some(TranslatedFrom {
        id: original.id,
        lang: original.lang.clone(),
    });
    let mine: Vec<&TranslationRow> = all.iter().collect();
    item.versions = version_refs(original, &mine);
    item
}

/// The versions of an item (given by its own id or one of its translations').
pub async fn versions(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<Versions> {
    let row = load_original(backend, ctx, id).await?;
    let item = to_item(&ctx.actor, row, Vec::new());
    let all = translations::of(&backend.db, &[item.id], false).await?;
    let mine: Vec<&TranslationRow> = all.iter().collect();
    Ok(Versions {
        original_id: item.id,
        can_translate: item.can.translate,
        items: version_refs(&item, &mine),
    })
}

/// An original and its translation into `lang`, each as written, for reading side by side.
pub async fn compare(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    lang: &str,
) -> ServiceResult<Comparison> {
    let original = load_original(backend, ctx, id).await?;
    let all = translations::of(&backend.db, &[original.id], false).await?;
    let t = all
        .iter()
        .find(|t| same_language(&t.lang, lang))
        .ok_or(AppError::NotFound)?;
    let translation_row = load(backend, ctx, t.id, Action::ReadContent).await?;
    let tags = repo::tags_of(&backend.db, &[original.id])
        .await?
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let mut original = to_item(&ctx.actor, original, tags);
    let translation = as_translation(ctx, translation_row, Vec::new(), &original, &all);
    original.versions = translation.versions.clone();
    Ok(Comparison {
        original,
        translation,
    })
}

/// A community's translations that are older than their original's last edit.
pub async fn outdated(
    backend: &Backend,
    ctx: &RequestCtx,
    community_slug: &str,
) -> ServiceResult<OutdatedTranslations> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, community) = place_for(backend, me, Some(community_slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let community = community.ok_or(AppError::NotFound)?;
    let rows = translations::outdated(&backend.db, community.id, OUTDATED_LIST).await?;
    Ok(OutdatedTranslations {
        items: rows
            .into_iter()
            .map(|r| OutdatedTranslation {
                id: r.id,
                lang: r.lang,
                original_id: r.original_id,
                original_lang: r.original_lang,
                title: r.title,
                translator: person(r.author_id, &r.author_name),
                source_version: r.source_version,
                original_version: r.original_version,
                original_edited_at: r.original_edited_at,
            })
            .collect(),
    })
}
