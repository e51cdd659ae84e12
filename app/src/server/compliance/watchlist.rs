//! The watchlist as officers keep it: entries checked and saved with the change in the
//! trail, listed by name, and moved in and out as CSV (`name, aliases, legal_form,
//! strictness, allowed_communities`, lists inside a cell separated by `|`). An import is
//! all or nothing: one bad line and nothing is saved, every problem named by line.

use std::collections::HashMap;

use crate::error::{AppError, FieldError};
use crate::model::guard::{ImportProblem, ImportReport, Strictness, WatchlistEntry, WatchlistPage};
use crate::server::audit::{self, Entry};
use crate::server::clock::now_ms;
use crate::server::csv;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::{Context, ServiceResult};
use crate::server::guard::fold::fold;
use crate::server::guard::watchlist::{self as repo, EntryInput};
use crate::server::policy::Action;

use super::authorize_tools;

/// The longest name, alias or legal form.
pub const MAX_NAME: usize = 200;
/// The most aliases of one entry.
pub const MAX_ALIASES: usize = 50;
/// The most lines of one import.
pub const MAX_IMPORT_LINES: usize = 50_000;
const PAGE: i64 = 50;

/// An entry as the API sends it, before it is checked.
#[derive(Debug, Clone, Default)]
pub struct RawEntry {
    pub name: String,
    pub aliases: Vec<String>,
    pub legal_form: Option<String>,
    pub strictness: String,
    pub allowed_communities: Vec<String>,
}

/// The entry checked, with its restricted communities' slugs still to be looked up.
fn check(raw: &RawEntry) -> Result<(EntryInput, Vec<String>), Vec<FieldError>> {
    let mut problems = Vec::new();
    let name = raw.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if fold(&name).is_empty() {
        problems.push(FieldError::new("name", "required"));
    } else if name.chars().count() > MAX_NAME {
        problems.push(FieldError::with_limit("name", "too_long", MAX_NAME as u32));
    }
    let mut aliases: Vec<String> = Vec::new();
    for a in &raw.aliases {
        let a = a.split_whitespace().collect::<Vec<_>>().join(" ");
        if fold(&a).is_empty() || fold(&a) == fold(&name) || aliases.contains(&a) {
            continue;
        }
        if a.chars().count() > MAX_NAME {
            problems.push(FieldError::with_limit(
                "aliases",
                "too_long",
                MAX_NAME as u32,
            ));
            break;
        }
        aliases.push(a);
    }
    if aliases.len() > MAX_ALIASES {
        problems.push(FieldError::with_limit(
            "aliases",
            "too_many",
            MAX_ALIASES as u32,
        ));
    }
    let legal_form = raw
        .legal_form
        .as_deref()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty());
    if legal_form.as_ref().is_some_and(|l| l.chars().count() > 40) {
        problems.push(FieldError::with_limit("legal_form", "too_long", 40));
    }
    let strictness = match Strictness::parse(raw.strictness.trim()) {
        Some(s) => s,
        None => {
            problems.push(FieldError::new("strictness", "invalid_choice"));
            Strictness::Always
        }
    };
    if strictness == Strictness::WithLegalForm && legal_form.is_none() {
        problems.push(FieldError::new("legal_form", "required"));
    }
    let mut slugs: Vec<String> = raw
        .allowed_communities
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    slugs.sort();
    slugs.dedup();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok((
        EntryInput {
            name,
            aliases,
            legal_form,
            strictness,
            allowed: Vec::new(),
        },
        slugs,
    ))
}

/// Looks the slugs up: each must name a restricted community.
async fn with_communities(
    backend: &Backend,
    mut input: EntryInput,
    slugs: &[String],
) -> ServiceResult<Result<EntryInput, Vec<FieldError>>> {
    let found = repo::restricted_by_slug(&backend.db, slugs).await?;
    if found.len() != slugs.len() {
        return Ok(Err(vec![FieldError::new(
            "allowed_communities",
            "not_restricted",
        )]));
    }
    input.allowed = found.into_iter().map(|(_, id)| id).collect();
    Ok(Ok(input))
}

fn detail(e: &EntryInput, slugs: &[String]) -> String {
    serde_json::json!({
        "name": e.name,
        "aliases": e.aliases,
        "legal_form": e.legal_form,
        "strictness": e.strictness.as_str(),
        "allowed_communities": slugs,
    })
    .to_string()
}

fn entry(actor: i64, action: &'static str, id: i64, detail: String) -> Entry {
    Entry {
        at: now_ms(),
        actor: Some(actor),
        action,
        community: None,
        subject: Some(id),
        detail,
    }
}

/// Adds an entry (officers); its id.
pub async fn create(backend: &Backend, ctx: &RequestCtx, raw: &RawEntry) -> ServiceResult<i64> {
    let me = authorize_tools(backend, ctx, Action::Create).await?;
    let (input, slugs) = check(raw).map_err(AppError::validation)?;
    let input = with_communities(backend, input, &slugs)
        .await?
        .map_err(AppError::validation)?;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("adding a watchlist entry")?;
    if repo::by_name(&mut tx, &input.name).await?.is_some() {
        return Err(AppError::validation(vec![FieldError::new("name", "taken")]).into());
    }
    let id = repo::insert(&mut tx, &input, Some(me.0), now_ms()).await?;
    let e = entry(me.0, "watchlist_create", id, detail(&input, &slugs));
    audit::append(&mut tx, &[e]).await?;
    tx.commit().await.context("adding a watchlist entry")?;
    Ok(id)
}

/// Replaces an entry (officers).
pub async fn update(
    backend: &Backend,
    ctx: &RequestCtx,
    id: i64,
    raw: &RawEntry,
) -> ServiceResult<()> {
    let me = authorize_tools(backend, ctx, Action::Edit).await?;
    let (input, slugs) = check(raw).map_err(AppError::validation)?;
    let input = with_communities(backend, input, &slugs)
        .await?
        .map_err(AppError::validation)?;
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("changing a watchlist entry")?;
    if repo::by_name(&mut tx, &input.name)
        .await?
        .is_some_and(|other| other != id)
    {
        return Err(AppError::validation(vec![FieldError::new("name", "taken")]).into());
    }
    if !repo::update(&mut tx, id, &input, now_ms()).await? {
        return Err(AppError::NotFound.into());
    }
    let e = entry(me.0, "watchlist_update", id, detail(&input, &slugs));
    audit::append(&mut tx, &[e]).await?;
    tx.commit().await.context("changing a watchlist entry")?;
    Ok(())
}

/// Removes an entry (officers).
pub async fn delete(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<()> {
    let me = authorize_tools(backend, ctx, Action::Delete).await?;
    let Some(old) = repo::get(&backend.db, id).await? else {
        return Err(AppError::NotFound.into());
    };
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("removing a watchlist entry")?;
    if !repo::delete(&mut tx, id).await? {
        return Err(AppError::NotFound.into());
    }
    let d = serde_json::json!({ "name": old.name, "aliases": old.aliases }).to_string();
    audit::append(&mut tx, &[entry(me.0, "watchlist_delete", id, d)]).await?;
    tx.commit().await.context("removing a watchlist entry")?;
    Ok(())
}

/// A page of the watchlist by name, those holding `q` only (officers).
pub async fn list(
    backend: &Backend,
    ctx: &RequestCtx,
    q: Option<&str>,
    cursor_in: Option<&str>,
) -> ServiceResult<WatchlistPage> {
    authorize_tools(backend, ctx, Action::List).await?;
    let after = cursor::parse(cursor_in)?;
    let (mut entries, total) = repo::page(&backend.db, q, after, PAGE + 1).await?;
    let next_cursor = if entries.len() as i64 > PAGE {
        entries.truncate(PAGE as usize);
        entries.last().map(|e| cursor::encode(&fold(&e.name), e.id))
    } else {
        None
    };
    Ok(WatchlistPage {
        entries,
        total,
        next_cursor,
    })
}

/// One entry (officers).
pub async fn get(backend: &Backend, ctx: &RequestCtx, id: i64) -> ServiceResult<WatchlistEntry> {
    authorize_tools(backend, ctx, Action::View).await?;
    repo::get(&backend.db, id)
        .await?
        .ok_or_else(|| AppError::NotFound.into())
}

/// The CSV header, in the order of the columns.
pub const CSV_COLUMNS: [&str; 5] = [
    "name",
    "aliases",
    "legal_form",
    "strictness",
    "allowed_communities",
];

/// The whole watchlist as CSV (officers); the export is in the trail.
pub async fn export_csv(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<String> {
    let me = authorize_tools(backend, ctx, Action::ExportHistory).await?;
    let entries = repo::all(&backend.db).await?;
    let mut out = String::from('\u{feff}');
    out.push_str(&csv::line(
        &CSV_COLUMNS
            .iter()
            .map(|c| (*c).to_owned())
            .collect::<Vec<_>>(),
    ));
    for e in &entries {
        out.push_str(&csv::line(&[
            e.name.clone(),
            e.aliases.join("|"),
            e.legal_form.clone().unwrap_or_default(),
            e.strictness.as_str().to_owned(),
            e.allowed_communities
                .iter()
                .map(|c| c.slug.as_str())
                .collect::<Vec<_>>()
                .join("|"),
        ]));
    }
    let mut conn = backend
        .db
        .pool
        .acquire()
        .await
        .context("recording an export")?;
    let d = serde_json::json!({ "what": "watchlist", "entries": entries.len() }).to_string();
    let e = Entry {
        at: now_ms(),
        actor: Some(me.0),
        action: "export",
        community: None,
        subject: None,
        detail: d,
    };
    audit::append(&mut conn, &[e]).await?;
    Ok(out)
}

fn split_list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Adds and updates entries from CSV (officers): a line whose name is on the list already
/// replaces that entry. Nothing is saved unless every line is right.
pub async fn import_csv(
    backend: &Backend,
    ctx: &RequestCtx,
    text: &str,
) -> ServiceResult<ImportReport> {
    let me = authorize_tools(backend, ctx, Action::Edit).await?;
    let mut lines = csv::parse(text);
    let mut problems: Vec<ImportProblem> = Vec::new();
    // The header says which column is which; without one, the export's order.
    let mut columns: HashMap<&str, usize> = CSV_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, c)| (*c, i))
        .collect();
    if let Some((_, first)) = lines.first()
        && first
            .first()
            .is_some_and(|c| c.trim().eq_ignore_ascii_case("name"))
    {
        columns = CSV_COLUMNS
            .iter()
            .filter_map(|c| {
                first
                    .iter()
                    .position(|h| h.trim().eq_ignore_ascii_case(c))
                    .map(|i| (*c, i))
            })
            .collect();
        lines.remove(0);
    }
    if lines.len() > MAX_IMPORT_LINES {
        problems.push(ImportProblem {
            line: MAX_IMPORT_LINES + 1,
            code: "too_many_lines".into(),
        });
        return Ok(ImportReport {
            problems,
            ..ImportReport::default()
        });
    }
    let cell = |cells: &[String], name: &str| {
        columns
            .get(name)
            .and_then(|i| cells.get(*i))
            .cloned()
            .unwrap_or_default()
    };
    let mut checked: Vec<(usize, EntryInput, Vec<String>)> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut known: HashMap<String, Option<i64>> = HashMap::new();
    for (line, cells) in &lines {
        let strictness = cell(cells, "strictness");
        let raw = RawEntry {
            name: cell(cells, "name"),
            aliases: split_list(&cell(cells, "aliases")),
            legal_form: Some(cell(cells, "legal_form")),
            strictness: if strictness.trim().is_empty() {
                "always".into()
            } else {
                strictness
            },
            allowed_communities: split_list(&cell(cells, "allowed_communities")),
        };
        match check(&raw) {
            Ok((input, slugs)) => {
                if seen.insert(fold(&input.name), *line).is_some() {
                    problems.push(ImportProblem {
                        line: *line,
                        code: "duplicate_name".into(),
                    });
                    continue;
                }
                // Each restricted community is looked up once for the whole file.
                let mut input = input;
                for slug in &slugs {
                    if !known.contains_key(slug) {
                        let found =
                            repo::restricted_by_slug(&backend.db, std::slice::from_ref(slug))
                                .await?;
                        known.insert(slug.clone(), found.first().map(|(_, id)| *id));
                    }
                    match known.get(slug).copied().flatten() {
                        Some(id) => input.allowed.push(id),
                        None => {
                            problems.push(ImportProblem {
                                line: *line,
                                code: "allowed_communities_not_restricted".into(),
                            });
                            break;
                        }
                    }
                }
                if input.allowed.len() == slugs.len() {
                    checked.push((*line, input, slugs));
                }
            }
            Err(fields) => problems.extend(fields.into_iter().map(|f| ImportProblem {
                line: *line,
                code: format!("{}_{}", f.field, f.code),
            })),
        }
    }
    if !problems.is_empty() {
        return Ok(ImportReport {
            problems,
            ..ImportReport::default()
        });
    }
    let mut report = ImportReport::default();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("importing the watchlist")?;
    let mut trail = Vec::with_capacity(checked.len());
    let now = now_ms();
    for (_, input, slugs) in &checked {
        let (id, action) = match repo::by_name(&mut tx, &input.name).await? {
            Some(id) => {
                repo::update(&mut tx, id, input, now).await?;
                report.updated += 1;
                (id, "watchlist_update")
            }
            None => {
                report.created += 1;
                (
                    repo::insert(&mut tx, input, Some(me.0), now).await?,
                    "watchlist_create",
                )
            }
        };
        trail.push(entry(me.0, action, id, detail(input, slugs)));
    }
    audit::append(&mut tx, &trail).await?;
    tx.commit().await.context("importing the watchlist")?;
    Ok(report)
}
