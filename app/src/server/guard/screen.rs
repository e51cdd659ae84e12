//! The guard at every write: the texts of a write are read against the compiled watchlist
//! (skipping names allowed in the write's community); a name found refuses the write with
//! 422 `client_name`, or, when the organisation holds such writes, puts it in the compliance
//! queue (`held`) and answers 202 `held_for_review`. Either way nothing is saved, the writer
//! keeps the text, and the hit is in the audit trail.

use crate::error::AppError;
use crate::model::guard::{GuardMatch, GuardMode};
use crate::model::ids::CommunityId;
use crate::server::audit::{self, Entry};
use crate::server::clock::now_ms;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};

use super::held::{self, HeldWrite};

/// The texts of one write and where it goes.
#[derive(Debug, Clone)]
pub struct Screen<'a> {
    pub community: Option<CommunityId>,
    /// The language the texts are written in (its endings are read); `None`: every
    /// language's.
    pub lang: Option<&'a str>,
    /// Each field's text (`title`, `body`, `tags` …).
    pub texts: Vec<(&'static str, &'a str)>,
}

impl<'a> Screen<'a> {
    pub fn new(community: Option<CommunityId>, lang: Option<&'a str>) -> Self {
        Self {
            community,
            lang: lang.filter(|l| !l.is_empty() && *l != "und"),
            texts: Vec::new(),
        }
    }

    pub fn text(mut self, field: &'static str, text: &'a str) -> Self {
        self.texts.push((field, text));
        self
    }
}

/// The names in the texts that may not be written where the write goes.
pub async fn find(backend: &Backend, s: &Screen<'_>) -> ServiceResult<Vec<GuardMatch>> {
    let compiled = backend.guard.current(&backend.db).await?;
    if compiled.matcher.is_empty() {
        return Ok(Vec::new());
    }
    let community = s.community.map(|c| c.0);
    let mut out = Vec::new();
    for (field, text) in &s.texts {
        for f in compiled.find(text, s.lang, community) {
            out.push(GuardMatch {
                field: (*field).to_owned(),
                start: f.start_utf16,
                end: f.end_utf16,
                start_utf16: f.start_utf16,
                end_utf16: f.end_utf16,
                start_byte: f.start_byte,
                end_byte: f.end_byte,
                entry_id: f.entry_id,
                name: f.name,
            });
        }
    }
    Ok(out)
}

/// Lets a write through, or stops it: `held` is the write as it can be done again later,
/// for writes the organisation may hold; without it a hit is always refused.
pub async fn screen(
    backend: &Backend,
    ctx: &RequestCtx,
    s: Screen<'_>,
    held: Option<HeldWrite>,
) -> ServiceResult<()> {
    if ctx.released {
        return Ok(());
    }
    let matches = find(backend, &s).await?;
    if matches.is_empty() {
        return Ok(());
    }
    let mode = crate::server::settings::guard_mode(&backend.db).await?;
    let me = ctx.actor.user_id().map(|u| u.0);
    let names: Vec<&str> = matches.iter().map(|m| m.name.as_str()).collect();
    let fields: Vec<&str> = matches.iter().map(|m| m.field.as_str()).collect();
    let entry_ids: Vec<i64> = matches.iter().map(|m| m.entry_id).collect();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("recording a guard hit")?;
    let (outcome, held_id) = match (mode, held) {
        (GuardMode::Hold, Some(write)) => {
            let texts: Vec<(String, String)> = s
                .texts
                .iter()
                .map(|(f, t)| ((*f).to_owned(), (*t).to_owned()))
                .collect();
            let id = held::insert(&mut tx, me, s.community, &write, &texts, &matches).await?;
            ("held", Some(id))
        }
        _ => ("refused", None),
    };
    let detail = serde_json::json!({
        "outcome": outcome,
        "names": names,
        "entry_ids": entry_ids,
        "fields": fields,
    });
    let entry = Entry {
        at: now_ms(),
        actor: me,
        action: "guard_hit",
        community: s.community.map(|c| c.0),
        subject: held_id,
        detail: detail.to_string(),
    };
    audit::append(&mut tx, &[entry]).await?;
    tx.commit().await.context("recording a guard hit")?;
    Err(match held_id {
        Some(id) => AppError::HeldForReview { id },
        None => AppError::ClientName { matches },
    }
    .into())
}

/// What the composer asks while the text is being written: the names found, recorded
/// nowhere (only a save is a hit).
pub async fn check(
    backend: &Backend,
    ctx: &RequestCtx,
    text: &str,
    community_slug: Option<&str>,
    lang: Option<&str>,
) -> ServiceResult<crate::model::guard::GuardMatches> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let community = match community_slug.filter(|s| !s.is_empty()) {
        Some(slug) => {
            let c = crate::server::content::repo::community_by_slug(&backend.db, slug, me)
                .await?
                .ok_or(AppError::NotFound)?;
            crate::server::policy::authorize(
                &ctx.actor,
                crate::server::policy::Action::ReadContent,
                &crate::server::policy::Resource::Community {
                    visibility: c.visibility,
                    role: c.role,
                    archived: c.archived,
                },
            )
            .map_err(AppError::from)?;
            Some(c.id)
        }
        None => None,
    };
    let mut matches = find(backend, &Screen::new(community, lang).text("", text)).await?;
    for m in &mut matches {
        m.field.clear();
    }
    // What a save would meet, so the writer is told before saving.
    let mode = if matches.is_empty() {
        crate::model::guard::GuardMode::default()
    } else {
        crate::server::settings::guard_mode(&backend.db).await?
    };
    Ok(crate::model::guard::GuardMatches { matches, mode })
}
