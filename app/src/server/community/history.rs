//! The membership history of a community: the event log owners read, and the insider list
//! (who had access, in which role, why, from when to when) exported as CSV.
//!
//! The history table is append-only (the database refuses UPDATE and DELETE on it), so the
//! list is always computed from the events rather than stored.

use crate::error::{AppError, FieldError};
use crate::i18n::I18n;
use crate::model::community::{AccessPeriod, CommunityRole, HISTORY_PAGE_SIZE, HistoryPage};
use crate::server::clock::{iso_utc, now_ms, parse_date};
use crate::server::community::repo::{self, CommunityRow, StoredEvent};
use crate::server::community::service::load;
use crate::server::csv::cell;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::{ServiceError, ServiceResult};
use crate::server::policy::{Action, Resource, authorize};

const DAY_MS: i64 = 86_400_000;

/// A page of the event log, newest first (owners and admins).
pub async fn history_page(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    cursor_text: Option<&str>,
) -> ServiceResult<HistoryPage> {
    let row = load(backend, ctx, slug, Action::ExportHistory).await?;
    let before = cursor::parse_numeric(cursor_text)?;
    let size = HISTORY_PAGE_SIZE as i64;
    let mut items = repo::history_page(&backend.db, row.id, before, size + 1).await?;
    let next_cursor = if items.len() > HISTORY_PAGE_SIZE {
        items.truncate(HISTORY_PAGE_SIZE);
        items.last().map(|e| cursor::encode_numeric(e.at, e.id))
    } else {
        None
    };
    Ok(HistoryPage { items, next_cursor })
}

/// A time range of whole UTC days, `from` and `to` inclusive, written `YYYY-MM-DD`; either
/// may be empty for "from the start" or "until now".
pub fn parse_range(from: &str, to: &str) -> Result<(i64, i64), AppError> {
    let mut errors = Vec::new();
    let start = match from.trim() {
        "" => Some(0),
        f => parse_date(f).or_else(|| {
            errors.push(FieldError::new("from", "invalid_date"));
            None
        }),
    };
    let end = match to.trim() {
        "" => Some(now_ms() + 1),
        t => parse_date(t).map(|d| d + DAY_MS).or_else(|| {
            errors.push(FieldError::new("to", "invalid_date"));
            None
        }),
    };
    match (start, end) {
        (Some(s), Some(e)) if s < e => Ok((s, e)),
        (Some(_), Some(_)) => Err(AppError::validation(vec![FieldError::new(
            "to",
            "before_start",
        )])),
        _ => Err(AppError::validation(errors)),
    }
}

/// The insider list for `[from, until)`: every period of access that overlaps it.
pub async fn insider_list(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    from: i64,
    until: i64,
) -> ServiceResult<Vec<AccessPeriod>> {
    let row = match load(backend, ctx, slug, Action::ExportHistory).await {
        Err(ServiceError::Caller(AppError::NotFound)) => deleted(backend, ctx, slug).await?,
        other => other?,
    };
    let events = repo::history_until(&backend.db, row.id, until).await?;
    let periods: Vec<AccessPeriod> = access_periods(events)
        .into_iter()
        .filter(|p| p.gained_at < until && p.ended_at.is_none_or(|end| end >= from))
        .collect();
    if row.visibility == crate::model::community::Visibility::Restricted {
        // An export of a restricted community's insider list goes into the trail.
        backend.audit.record(crate::server::audit::Entry {
            at: now_ms(),
            actor: ctx.actor.user_id().map(|u| u.0),
            action: "export",
            community: Some(row.id.0),
            subject: None,
            detail: serde_json::json!({
                "what": "insider_list",
                "from": from,
                "until": until,
                "periods": periods.len(),
            })
            .to_string(),
        });
    }
    Ok(periods)
}

/// A deleted community whose history an admin exports; `NotFound` for everyone else, as
/// for any address that leads nowhere.
async fn deleted(backend: &Backend, ctx: &RequestCtx, slug: &str) -> ServiceResult<CommunityRow> {
    authorize(
        &ctx.actor,
        Action::ExportHistory,
        &Resource::DeletedCommunity,
    )
    .map_err(|_| AppError::NotFound)?;
    Ok(repo::find_deleted_by_slug(&backend.db, slug.trim())
        .await?
        .ok_or(AppError::NotFound)?)
}

/// Turns the event log into periods of access, in the order access was gained.
fn access_periods(events: Vec<StoredEvent>) -> Vec<AccessPeriod> {
    let mut done: Vec<AccessPeriod> = Vec::new();
    let mut open: Vec<AccessPeriod> = Vec::new();
    for StoredEvent { event: e, email } in events {
        match (e.event.as_str(), e.person_id) {
            ("created" | "joined" | "approved" | "added", Some(person)) => {
                open.push(AccessPeriod {
                    person_id: person,
                    person: e.person.unwrap_or_default(),
                    email: email.unwrap_or_default(),
                    role: e.role.unwrap_or(CommunityRole::Member),
                    reason: e.reason,
                    added_by: e.actor,
                    gained_at: e.at,
                    ended_at: None,
                    ended_by: None,
                    end_reason: String::new(),
                });
            }
            ("role_changed", Some(person)) => {
                if let Some(p) = open.iter_mut().find(|p| p.person_id == person) {
                    p.role = e.role.unwrap_or(p.role);
                }
            }
            ("left" | "removed", Some(person)) => {
                if let Some(i) = open.iter().position(|p| p.person_id == person) {
                    let mut p = open.remove(i);
                    p.ended_at = Some(e.at);
                    p.ended_by = e.actor;
                    p.end_reason = e.reason;
                    done.push(p);
                }
            }
            // Deleting the community ends everyone's access.
            ("deleted", None) => {
                for mut p in open.drain(..) {
                    p.ended_at = Some(e.at);
                    p.ended_by = e.actor.clone();
                    done.push(p);
                }
            }
            _ => {}
        }
    }
    done.extend(open);
    done.sort_by_key(|p| (p.gained_at, p.person_id));
    done
}

/// The insider list as CSV, headed in the reader's language, times in UTC (ISO 8601).
pub fn insider_csv(periods: &[AccessPeriod], i18n: &I18n) -> String {
    let headers = [
        "community-csv-person",
        "community-csv-email",
        "community-csv-role",
        "community-csv-reason",
        "community-csv-gained",
        "community-csv-ended",
        "community-csv-added-by",
        "community-csv-ended-by",
        "community-csv-end-reason",
    ];
    // A byte-order mark, so spreadsheet programs read the file as UTF-8 (å, ä, ö, ā, ł...).
    let mut out = String::from('\u{feff}');
    let header: Vec<String> = headers.iter().map(|h| cell(&i18n.t(h))).collect();
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for p in periods {
        let role = i18n.t(&format!("community-role-{}", p.role.as_str()));
        let fields = [
            p.person.clone(),
            p.email.clone(),
            role,
            p.reason.clone(),
            iso_utc(p.gained_at),
            p.ended_at.map(iso_utc).unwrap_or_default(),
            p.added_by.clone().unwrap_or_default(),
            p.ended_by.clone().unwrap_or_default(),
            p.end_reason.clone(),
        ];
        let line: Vec<String> = fields.iter().map(|f| cell(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::community::HistoryEvent;
    use crate::model::ids::UserId;

    fn ev(
        at: i64,
        event: &str,
        person: Option<i64>,
        role: Option<CommunityRole>,
        reason: &str,
    ) -> StoredEvent {
        StoredEvent {
            event: HistoryEvent {
                id: at,
                at,
                event: event.to_owned(),
                person: person.map(|p| format!("P{p}")),
                person_id: person.map(UserId),
                actor: Some("Owner".into()),
                role,
                reason: reason.to_owned(),
            },
            email: person.map(|p| format!("p{p}@bank.example")),
        }
    }

    #[test]
    fn periods_open_on_access_and_close_on_leaving_with_the_latest_role() {
        use CommunityRole::*;
        let periods = access_periods(vec![
            ev(1, "created", Some(1), Some(Owner), ""),
            ev(2, "added", Some(2), Some(Member), "deal team"),
            ev(3, "refused_cap", Some(3), None, "too many"),
            ev(4, "role_changed", Some(2), Some(Moderator), ""),
            ev(5, "removed", Some(2), None, "left the deal"),
            ev(6, "added", Some(2), Some(Member), "back"),
        ]);
        let summary: Vec<_> = periods
            .iter()
            .map(|p| {
                (
                    p.person_id.0,
                    p.role,
                    p.gained_at,
                    p.ended_at,
                    p.reason.as_str(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (1, Owner, 1, None, ""),
                (2, Moderator, 2, Some(5), "deal team"),
                (2, Member, 6, None, "back"),
            ]
        );
        assert_eq!(periods[1].end_reason, "left the deal");
    }

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("Anna"), "Anna");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("=1+1"), "'=1+1");
        assert_eq!(cell("x;=HYPERLINK(1)"), "\"x;=HYPERLINK(1)\"");
    }

    #[test]
    fn a_range_is_whole_days_and_must_run_forwards() {
        let (from, to) = parse_range("2026-11-01", "2026-11-30").unwrap();
        assert_eq!(to - from, 30 * DAY_MS);
        assert!(parse_range("2026-11-30", "2026-11-01").is_err());
        assert!(parse_range("yesterday", "").is_err());
        assert_eq!(parse_range("", "").unwrap().0, 0);
    }
}
