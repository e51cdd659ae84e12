//! One page of a list in the reader's languages. Every list (streams, blogs, tags, forums)
//! reads its rows in its own order, in batches, through this scan: rows in a language shown
//! (or translated into one) fill the page, the others are counted by language, so the counts
//! come from the very rows the list read and cannot disagree with it, and never count what
//! the visibility filter inside the list's SQL left out. The version each reader reads (the
//! original or a translation) is chosen here too.

use crate::error::AppError;
use crate::model::content::{
    ContentKind, PersonRef, STREAM_PAGE_SIZE, StreamItem, StreamKind, StreamPage,
};
use crate::model::ids::UserId;
use crate::model::language::{HiddenByLanguage, LanguageRequest, TranslatedFrom, primary};
use crate::server::account::repo::split_list;
use crate::server::content::languages::{CommunityDefault, LangView, ReaderLanguages};
use crate::server::content::repo::lists::{Key, ListRow};
use crate::server::content::repo::tags_of;
use crate::server::content::repo::translations::{self, TranslationRow};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::profile::repo::reading;

/// The most rows one page reads when filtering by language. A reader whose languages are
/// rare in a list gets a shorter page (with its counts and a cursor) rather than a scan of
/// the whole history.
pub const SCAN_LIMIT: usize = 1000;

/// How a list treats languages for the caller: the request, else their settings, else the
/// community's default (`community`).
pub async fn language_view<'a>(
    backend: &Backend,
    ctx: &RequestCtx,
    request: &LanguageRequest,
    community: impl Into<CommunityDefault<'a>>,
) -> ServiceResult<LangView> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (read, all) = reading(&backend.db, me).await?;
    let reader = ReaderLanguages {
        read: split_list(&read),
        all,
    };
    Ok(LangView::resolve(me, &reader, request, community)?)
}

/// What the scan needs of a row: a list line, or a home-stream candidate (`lists::Key`)
/// whose line is read only once it is on the page.
pub trait Scanned: Clone {
    fn id(&self) -> i64;
    fn lang(&self) -> &str;
    fn author(&self) -> UserId;
    fn translation_count(&self) -> i64;
}

impl Scanned for ListRow {
    fn id(&self) -> i64 {
        self.id
    }
    fn lang(&self) -> &str {
        &self.lang
    }
    fn author(&self) -> UserId {
        UserId(self.author_id)
    }
    fn translation_count(&self) -> i64 {
        self.translation_count
    }
}

impl Scanned for Key {
    fn id(&self) -> i64 {
        self.id
    }
    fn lang(&self) -> &str {
        &self.lang
    }
    fn author(&self) -> UserId {
        UserId(self.author_id)
    }
    fn translation_count(&self) -> i64 {
        self.translation_count
    }
}

/// Some rows of a list, and whether more may follow them.
pub struct Batch<R> {
    pub rows: Vec<R>,
    pub more: bool,
}

impl<R> Batch<R> {
    /// A batch of a plain list: more may follow when it came back full.
    pub fn of(rows: Vec<R>, limit: i64) -> Self {
        let more = rows.len() as i64 == limit;
        Batch { rows, more }
    }
}

/// Fills a page of a list whose rows are list lines already.
pub async fn fill<F, Fut>(
    backend: &Backend,
    lv: &LangView,
    fetch: F,
    next: impl Fn(&ListRow) -> String,
) -> ServiceResult<StreamPage>
where
    F: FnMut(Option<ListRow>, i64) -> Fut,
    Fut: Future<Output = ServiceResult<Batch<ListRow>>>,
{
    fill_with(backend, lv, fetch, next, |rows| async move { Ok(rows) }).await
}

/// Fills a page. `fetch(after, limit)` returns at most `limit` rows of the list that come
/// after the row `after` (after the request's cursor when `None`), and whether more may
/// follow (the home stream returns a short batch when one time window is used up, and widens
/// only if the page still needs rows); `next` makes a cursor from a row.
/// `lines(rows)` turns the page's rows into list lines, in order.
pub async fn fill_with<R, F, Fut, M, MFut>(
    backend: &Backend,
    lv: &LangView,
    mut fetch: F,
    next: impl Fn(&R) -> String,
    lines: M,
) -> ServiceResult<StreamPage>
where
    R: Scanned,
    F: FnMut(Option<R>, i64) -> Fut,
    Fut: Future<Output = ServiceResult<Batch<R>>>,
    M: FnOnce(Vec<R>) -> MFut,
    MFut: Future<Output = ServiceResult<Vec<ListRow>>>,
{
    let page = STREAM_PAGE_SIZE;
    let mut shown: Vec<R> = Vec::new();
    let mut versions: Vec<TranslationRow> = Vec::new();
    let mut hidden = HiddenByLanguage::new();
    let mut after: Option<R> = None;
    let mut scanned = 0;
    let mut next_cursor = None;
    loop {
        // Without a filter one row more than a page tells whether there is a next page; with
        // one, a larger batch usually fills the page in one query.
        let limit = match (lv.filtering(), scanned) {
            (false, _) => page + 1,
            (true, 0) => 2 * page,
            (true, _) => 5 * page,
        };
        let Batch { rows, more } = fetch(after.clone(), limit as i64).await?;
        // Only the few rows with translations need them looked up.
        let ids: Vec<i64> = rows
            .iter()
            .filter(|r| r.translation_count() > 0)
            .map(Scanned::id)
            .collect();
        let batch = translations::of(&backend.db, &ids, false).await?;
        let mut page_full_here = false;
        for row in rows {
            if shown.len() == page {
                next_cursor = shown.last().map(&next);
                page_full_here = true;
                break;
            }
            scanned += 1;
            let langs = batch
                .iter()
                .filter(|t| t.original_id == row.id())
                .map(|t| t.lang.as_str());
            if lv.shows(row.author(), row.lang(), langs) {
                shown.push(row.clone());
            } else {
                *hidden.entry(primary(row.lang())).or_default() += 1;
            }
            after = Some(row);
        }
        versions.extend(batch);
        if page_full_here || !more {
            break;
        }
        if shown.len() == page {
            // The batch ended on the page's last item: what follows is the next page's.
            next_cursor = shown.last().map(&next);
            break;
        }
        if scanned >= SCAN_LIMIT {
            next_cursor = after.as_ref().map(&next);
            break;
        }
    }
    let shown = lines(shown).await?;
    let ids: Vec<i64> = shown.iter().map(|r| r.id).collect();
    let tags = tags_of(&backend.db, &ids).await?;
    let items = shown
        .into_iter()
        .map(|r| {
            let own: Vec<String> = tags
                .iter()
                .filter(|(id, _)| *id == r.id)
                .map(|(_, t)| t.clone())
                .collect();
            let mine: Vec<&TranslationRow> =
                versions.iter().filter(|t| t.original_id == r.id).collect();
            let langs: Vec<&str> = mine.iter().map(|t| t.lang.as_str()).collect();
            let chosen = lv
                .choose(UserId(r.author_id), &r.lang, &langs)
                .map(|i| mine[i]);
            to_item(r, own, chosen)
        })
        .collect();
    Ok(StreamPage {
        items,
        next_cursor,
        hidden_by_language: hidden,
        languages: lv.view.clone(),
    })
}

/// A row as a list line, in the translation `shown` when there is one.
fn to_item(r: ListRow, tags: Vec<String>, shown: Option<&TranslationRow>) -> StreamItem {
    let content_kind = ContentKind::parse(&r.kind).unwrap_or(ContentKind::Comment);
    let mut item = StreamItem {
        id: r.id,
        kind: content_kind
            .stream_kind()
            .map_or("comment", StreamKind::as_str)
            .to_owned(),
        content_kind,
        title: r.title,
        excerpt: r.excerpt,
        lang: r.lang,
        community_slug: r.community_slug,
        community_name: r.community_name,
        author: PersonRef {
            id: UserId(r.author_id),
            display_name: r.author_name,
        },
        created_at: r.published_at.unwrap_or(r.created_at),
        thread_id: r.thread_id,
        like_count: r.like_count,
        reply_count: r.reply_count,
        comment_count: r.comment_count,
        question: r.is_question != 0,
        answered: r.accepted_reply_id.is_some(),
        pinned: r.pinned != 0,
        locked: r.locked != 0,
        edited: r.edited_at.is_some(),
        tags,
        translated_from: None,
        outdated: false,
    };
    if let Some(t) = shown {
        item.translated_from = Some(TranslatedFrom {
            id: item.id,
            lang: std::mem::replace(&mut item.lang, t.lang.clone()),
        });
        // A reply's translation has no title of its own: the thread's stays.
        if t.title.is_some() {
            item.title = t.title.clone();
        }
        item.excerpt = t.excerpt.clone();
        item.outdated = t.source_version < r.version;
    }
    item
}
