//! The audit trail as officers read it: entries for a community, a person or a time range,
//! oldest first, as JSON pages or one CSV file in the reader's language. Reading the trail is
//! itself recorded (an export).

use crate::error::AppError;
use crate::i18n::I18n;
use crate::model::guard::{AuditEntryView, AuditPage};
use crate::model::ids::UserId;
use crate::server::audit::{self, Entry};
use crate::server::clock::{iso_utc, now_ms};
use crate::server::community::history::parse_range;
use crate::server::csv;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::{Arg, Args};
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::Action;

use super::authorize_tools;

const PAGE: i64 = 200;
/// The most entries one CSV export holds.
pub const MAX_CSV: i64 = 1_000_000;

/// Which entries.
#[derive(Debug, Clone, Default)]
pub struct TrailQuery<'a> {
    pub community_slug: Option<&'a str>,
    pub user_id: Option<i64>,
    pub from: &'a str,
    pub to: &'a str,
    pub cursor: Option<&'a str>,
}

type TrailRow = (
    i64,
    i64,
    Option<i64>,
    Option<String>,
    String,
    Option<i64>,
    Option<String>,
    Option<i64>,
    String,
    String,
);

async fn entries(
    backend: &Backend,
    q: &TrailQuery<'_>,
    limit: i64,
) -> ServiceResult<(Vec<AuditEntryView>, Option<i64>)> {
    let (from, until) = parse_range(q.from, q.to)?;
    let mut args = Args::default();
    let mut conds = vec![
        format!("a.at >= {}", args.push(Arg::Int(from))),
        format!("a.at < {}", args.push(Arg::Int(until))),
    ];
    if let Some(slug) = q.community_slug.filter(|s| !s.is_empty()) {
        // Officers name any community, a deleted one too (its trail stays).
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM communities WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&backend.db.pool)
            .await
            .context("finding a community")?;
        let id = id.ok_or(AppError::NotFound)?;
        conds.push(format!("a.community_id = {}", args.push(Arg::Int(id))));
    }
    if let Some(user) = q.user_id {
        let u = args.push(Arg::Int(user));
        // About a person: what they did, and what was done to them (a role, a membership).
        conds.push(format!(
            "(a.actor_id = {u} OR (a.subject_id = {u} AND a.action IN ('role_change', 'membership')))"
        ));
    }
    if let Some(c) = q.cursor.filter(|c| !c.is_empty()) {
        let after: i64 = c.parse().map_err(|_| AppError::InvalidRequest {
            detail: "cursor".into(),
        })?;
        conds.push(format!("a.seq > {}", args.push(Arg::Int(after))));
    }
    let l = args.push(Arg::Int(limit + 1));
    let rows: Vec<TrailRow> = args
        .bind(sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT a.seq, a.at, a.actor_id, p.display_name, a.action, a.community_id, k.slug, \
             a.subject_id, a.detail, a.hash FROM audit_log a \
             LEFT JOIN profiles p ON p.user_id = a.actor_id \
             LEFT JOIN communities k ON k.id = a.community_id \
             WHERE {} ORDER BY a.seq LIMIT {l}",
            conds.join(" AND ")
        ))))
        .fetch_all(&backend.db.pool)
        .await
        .context("reading the audit trail")?;
    let mut out: Vec<AuditEntryView> = rows
        .into_iter()
        .map(
            |(
                seq,
                at,
                actor_id,
                actor_name,
                action,
                community_id,
                slug,
                subject_id,
                detail,
                hash,
            )| {
                AuditEntryView {
                    seq,
                    at,
                    actor_id,
                    actor_name,
                    action,
                    community_id,
                    community_slug: slug,
                    subject_id,
                    detail,
                    hash,
                }
            },
        )
        .collect();
    let more = out.len() as i64 > limit;
    out.truncate(limit as usize);
    let next = more.then(|| out.last().map(|e| e.seq)).flatten();
    Ok((out, next))
}

async fn record_export(
    backend: &Backend,
    me: UserId,
    q: &TrailQuery<'_>,
    format: &str,
    count: usize,
) -> ServiceResult<()> {
    let mut conn = backend
        .db
        .pool
        .acquire()
        .await
        .context("recording an export")?;
    let e = Entry {
        at: now_ms(),
        actor: Some(me.0),
        action: "export",
        community: None,
        subject: None,
        detail: serde_json::json!({
            "what": "audit_trail",
            "format": format,
            "community_slug": q.community_slug,
            "user_id": q.user_id,
            "from": q.from,
            "to": q.to,
            "entries": count,
        })
        .to_string(),
    };
    audit::append(&mut conn, &[e]).await
}

/// A page of entries (officers).
pub async fn page(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &TrailQuery<'_>,
) -> ServiceResult<AuditPage> {
    let me = authorize_tools(backend, ctx, Action::View).await?;
    let (entries, next) = entries(backend, q, PAGE).await?;
    // The first page of a reading is recorded, not every page turned.
    if q.cursor.is_none_or(str::is_empty) {
        record_export(backend, me, q, "json", entries.len()).await?;
    }
    Ok(AuditPage {
        entries,
        next_cursor: next.map(|s| s.to_string()),
    })
}

/// Every entry asked for, as CSV headed in the reader's language (officers).
pub async fn csv_export(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &TrailQuery<'_>,
) -> ServiceResult<String> {
    let me = authorize_tools(backend, ctx, Action::ExportHistory).await?;
    let (entries, _) = entries(backend, q, MAX_CSV).await?;
    let i18n = I18n::new(ctx.ui_lang);
    let headers = [
        "audit-csv-seq",
        "audit-csv-time",
        "audit-csv-actor-id",
        "audit-csv-actor",
        "audit-csv-action",
        "audit-csv-community",
        "audit-csv-subject",
        "audit-csv-detail",
        "audit-csv-hash",
    ];
    let mut out = String::from('\u{feff}');
    out.push_str(&csv::line(
        &headers.iter().map(|h| i18n.t(h)).collect::<Vec<_>>(),
    ));
    for e in &entries {
        out.push_str(&csv::line(&[
            e.seq.to_string(),
            iso_utc(e.at),
            e.actor_id.map(|a| a.to_string()).unwrap_or_default(),
            e.actor_name.clone().unwrap_or_default(),
            e.action.clone(),
            e.community_slug.clone().unwrap_or_default(),
            e.subject_id.map(|s| s.to_string()).unwrap_or_default(),
            e.detail.clone(),
            e.hash.clone(),
        ]));
    }
    record_export(backend, me, q, "csv", entries.len()).await?;
    Ok(out)
}
