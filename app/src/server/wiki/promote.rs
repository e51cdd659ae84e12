//! The helpdesk loop: an answered question kept in the wiki. The page is made once from the
//! question and its accepted answer, in the question's language, under the wiki's FAQ
//! section (made when the first answer arrives), and linked both ways: the topic says where
//! its answer is kept, the page says which question it came from and how often people
//! reached it from there. Later edits of the page leave the thread as it was.

use crate::error::AppError;
use crate::i18n::I18n;
use crate::model::content::ContentKind;
use crate::model::ids::UserId;
use crate::model::wiki::{Promoted, page_path};
use crate::server::clock::write_time;
use crate::server::content::markdown::render_page;
use crate::server::content::reading::load;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::{Action, Resource, authorize};
use crate::server::wiki::repo;
use crate::server::wiki::service::{PageWrite, wiki_of, write_page};

/// How many titles to try when the question's title is taken in the wiki.
const TITLE_TRIES: usize = 20;

/// Keeps an answered question in the community's wiki; asking again gives the same page.
pub async fn promote(
    backend: &Backend,
    ctx: &RequestCtx,
    topic_id: i64,
) -> ServiceResult<Promoted> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let topic = load(backend, ctx, topic_id, Action::ReadContent).await?;
    if topic.kind() != ContentKind::Topic || topic.original_id.is_some() {
        return Err(AppError::NotFound.into());
    }
    let Some(reply_id) = topic.accepted_reply_id.filter(|_| topic.is_question != 0) else {
        return Err(AppError::NotAnswered.into());
    };
    let answer = load(backend, ctx, reply_id, Action::ReadContent).await?;
    let resource = Resource::Promotion {
        place: topic.place(),
        asker: UserId(topic.author_id),
        answerer: UserId(answer.author_id),
    };
    authorize(&ctx.actor, Action::Create, &resource).map_err(AppError::from)?;
    let slug = topic.community_slug.clone().ok_or(AppError::NotFound)?;
    let c = wiki_of(backend, ctx, &slug, Action::ReadContent).await?;
    if let Some(id) = repo::page_of_topic(&backend.db, topic_id).await? {
        return Ok(Promoted {
            wiki_page_id: id,
            path: page_path(&c.slug, id),
        });
    }
    // The page speaks the question's language; the FAQ section the community's first.
    let words = I18n::new(&topic.lang);
    let faq_words = I18n::new(c.languages.first().map_or("en", String::as_str));
    let title = topic.title.clone().unwrap_or_default();
    let body = format!(
        "{}\n\n## {}\n\n{}\n\n*{}*",
        topic.body.trim_end(),
        words.t("wiki-faq-answer-heading"),
        answer.body.trim_end(),
        words.t_args(
            "wiki-faq-answered-by",
            &[("name", answer.author_name.clone().into())]
        ),
    );
    let (rendered, _) = render_page(&body, &c.slug).await?;
    let faq_title = faq_words.t("wiki-faq-title");
    let (faq_rendered, _) = render_page(&faq_words.t("wiki-faq-body"), &c.slug).await?;
    let now = write_time();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("starting to keep an answer")?;
    let faq = match repo::faq_page(&mut tx, c.id).await? {
        Some(id) => id,
        None => match repo::page_titled(&mut tx, c.id, &faq_title).await? {
            Some(id) => {
                repo::mark_faq(&mut tx, id).await?;
                id
            }
            None => {
                let page = PageWrite {
                    title: &faq_title,
                    body: &faq_words.t("wiki-faq-body"),
                    rendered: &faq_rendered,
                    lang: faq_words.code(),
                    tags: &[],
                    parent: None,
                    front: repo::front_page(&backend.db, c.id).await?.is_none(),
                    faq: true,
                    from_topic: None,
                };
                write_page(&mut tx, &c, &page, me, now)
                    .await?
                    .ok_or(AppError::Internal {
                        reference: String::new(),
                    })?
            }
        },
    };
    let mut id = None;
    for n in 1..=TITLE_TRIES {
        let candidate = if n == 1 {
            title.clone()
        } else {
            format!("{title} ({n})")
        };
        if repo::page_titled(&mut tx, c.id, &candidate)
            .await?
            .is_some()
        {
            continue;
        }
        let page = PageWrite {
            title: &candidate,
            body: &body,
            rendered: &rendered,
            lang: &topic.lang,
            tags: &[],
            parent: Some(faq),
            front: false,
            faq: false,
            from_topic: Some(topic_id),
        };
        id = write_page(&mut tx, &c, &page, me, now).await?;
        if id.is_some() {
            break;
        }
    }
    let id = id.ok_or_else(|| {
        AppError::validation(vec![crate::error::FieldError::new(
            "topic_id",
            "title_taken",
        )])
    })?;
    tx.commit().await.context("keeping an answer in the wiki")?;
    Ok(Promoted {
        wiki_page_id: id,
        path: page_path(&c.slug, id),
    })
}

/// Where a question's answer is kept, if it is, and the reader may see the wiki.
pub async fn kept_at(backend: &Backend, topic: i64, slug: &str) -> ServiceResult<Option<String>> {
    Ok(repo::page_of_topic(&backend.db, topic)
        .await?
        .map(|id| page_path(slug, id)))
}
