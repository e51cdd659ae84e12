//! Seeds the demo conversation (`conversation_data`) through the real services, so every
//! rule applies to it, then moves each item back to the time the data gives it, adds the
//! colleagues' translations, and lets the demo people follow each other and a few tags.

use super::PEOPLE;
use super::communities::id_of;
use super::conversation_data::{DemoKind, DemoThread, THREADS, TRANSLATIONS};
use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::language::NewTranslation;
use crate::server::clock::now_ms;
use crate::server::content::repo::{TopicFlag, backdate};
use crate::server::content::writing::{
    NewPost, create_blog_post, create_comment, create_reply, create_status, create_topic,
};
use crate::server::content::{forum, social, translation};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::policy::Actor;

const HOUR_MS: i64 = 3600 * 1000;

fn ctx(id: UserId) -> RequestCtx {
    RequestCtx::for_actor(Actor::Member(id))
}

/// The text with each `@{e-mail}` turned into a mention of that person.
async fn with_mentions(backend: &Backend, text: &str) -> ServiceResult<String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("@{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return Ok(out);
        };
        let email = &after[..end];
        let name = PEOPLE
            .iter()
            .find(|p| p.email == email)
            .map(|p| p.name)
            .ok_or(AppError::NotFound)?;
        let id = id_of(backend, email).await?;
        out.push_str(&format!("@[{name}](user:{})", id.0));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Writes one thread with its responses, answer, pin and likes.
async fn thread(backend: &Backend, t: &DemoThread, slug: Option<&str>) -> ServiceResult<i64> {
    let author = id_of(backend, t.author).await?;
    let body = with_mentions(backend, t.body).await?;
    let tags: Vec<String> = t.tags.iter().map(|s| (*s).to_owned()).collect();
    let post = |published, question| NewPost {
        community_slug: slug,
        title: t.title,
        body: &body,
        lang: t.lang,
        tags: &tags,
        published,
        question,
    };
    let (id, is_topic) = match t.kind {
        DemoKind::Status => {
            let s = create_status(backend, &ctx(author), &body, t.lang, slug).await?;
            (s.id, false)
        }
        DemoKind::Blog { published } => {
            let s = create_blog_post(backend, &ctx(author), post(published, None)).await?;
            (s.id, false)
        }
        DemoKind::Topic { question, pinned } => {
            let s = create_topic(backend, &ctx(author), post(true, Some(question))).await?;
            if pinned {
                forum::set_flag(backend, &ctx(author), s.id, TopicFlag::Pinned, true).await?;
            }
            (s.id, true)
        }
    };
    let now = now_ms();
    backdate(&backend.db, id, now - i64::from(t.hours_ago) * HOUR_MS).await?;
    let mut replies = Vec::new();
    for r in t.responses {
        let who = id_of(backend, r.author).await?;
        let text = with_mentions(backend, r.body).await?;
        let saved = if is_topic {
            create_reply(backend, &ctx(who), id, &text, r.lang).await?
        } else {
            create_comment(backend, &ctx(who), id, &text, r.lang).await?
        };
        for liker in r.likes {
            let l = id_of(backend, liker).await?;
            social::toggle_like(backend, &ctx(l), saved.id).await?;
        }
        backdate(
            &backend.db,
            saved.id,
            now - i64::from(r.hours_ago) * HOUR_MS,
        )
        .await?;
        replies.push(saved.id);
    }
    if let Some(answer) = t.accepted.and_then(|i| replies.get(i)) {
        forum::accept(backend, &ctx(author), id, Some(*answer)).await?;
    }
    for liker in t.likes {
        let l = id_of(backend, liker).await?;
        social::toggle_like(backend, &ctx(l), id).await?;
    }
    Ok(id)
}

/// Seeds every thread (returned by title, or a status update's text), then follows: each person follows the next two people in the list,
/// the helpdesk lead, and the tag `onboarding`.
pub async fn seed(
    backend: &Backend,
    slugs: &[(&'static str, String)],
) -> ServiceResult<Vec<(&'static str, i64)>> {
    let mut seeded: Vec<(&'static str, i64)> = Vec::new();
    for t in THREADS {
        let slug = match t.community {
            Some(name) => Some(
                slugs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, s)| s.as_str())
                    .ok_or(AppError::NotFound)?,
            ),
            None => None,
        };
        let id = thread(backend, t, slug).await?;
        // A thread is named by its title, a status update by the start of its text.
        seeded.push((if t.title.is_empty() { t.body } else { t.title }, id));
    }
    for tr in TRANSLATIONS {
        let original = seeded
            .iter()
            .find(|(key, _)| key.starts_with(tr.of))
            .map(|(_, id)| *id)
            .ok_or(AppError::NotFound)?;
        let who = id_of(backend, tr.translator).await?;
        let new = NewTranslation {
            original_id: original,
            lang: tr.lang.to_owned(),
            title: (!tr.title.is_empty()).then(|| tr.title.to_owned()),
            body: tr.body.to_owned(),
        };
        translation::create(backend, &ctx(who), new).await?;
    }
    let anna = id_of(backend, "anna.lindqvist@nordbanken.example").await?;
    let ids: Vec<UserId> = {
        let mut v = Vec::new();
        for p in PEOPLE {
            v.push(id_of(backend, p.email).await?);
        }
        v
    };
    for (i, me) in ids.iter().enumerate() {
        let me_ctx = ctx(*me);
        for step in 1..=2 {
            let other = ids[(i + step) % ids.len()];
            social::follow_person(backend, &me_ctx, other, true).await?;
        }
        if *me != anna {
            social::follow_person(backend, &me_ctx, anna, true).await?;
        }
        social::follow_tag(backend, &me_ctx, "onboarding", true).await?;
    }
    Ok(seeded)
}
