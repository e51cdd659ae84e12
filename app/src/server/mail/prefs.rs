//! How each person hears by mail (`mail_prefs`): their choice, read and changed by themselves,
//! and the unsubscribe token every mail to them carries, which stops their mail in one click
//! without logging in (the token is the only authority an unsubscribe needs: it is random,
//! sent only to their address, and can do nothing else).
//!
//! Beside the main choice, each kind of notification may be mailed at once whatever it says,
//! or never (`mail_kind_prefs`); a kind without a row follows the main choice.

use std::collections::BTreeMap;

use rand::RngCore;

use crate::error::{AppError, FieldError};
use crate::model::content::NotificationKind;
use crate::model::ids::UserId;
use crate::model::mail::{
    MailKindChoice, MailLog, MailMode, MailPrefs, MailStatusReport, UnsubscribeInfo,
};
use crate::server::clock::{now_ms, write_time};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::db::Db;
use crate::server::fault::{Context, ServiceResult};
use crate::server::policy::{Action, Resource, authorize};

/// How many mails the send log shows.
const LOG_LENGTH: i64 = 50;

/// The caller's mail settings.
pub async fn get_prefs(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<MailPrefs> {
    authorize(&ctx.actor, Action::View, &Resource::OwnAccount).map_err(AppError::from)?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let address: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(me.0)
        .fetch_optional(&backend.db.pool)
        .await
        .context("reading an address")?;
    Ok(MailPrefs {
        mode: mode_of(&backend.db, me).await?,
        kinds: kinds_of(&backend.db, me).await?,
        address: address.unwrap_or_default(),
        enabled: backend.mail.enabled(),
    })
}

/// Changes how the caller hears by mail; `mode` as sent (`immediate`, `daily`, `weekly`,
/// `never`), and, when given, the choices by kind (`default`, `immediate`, `never`; kinds
/// left out keep theirs). Nothing is saved unless all of it is valid.
pub async fn set_prefs(
    backend: &Backend,
    ctx: &RequestCtx,
    mode: &str,
    kinds: Option<&[String]>,
) -> ServiceResult<MailPrefs> {
    authorize(&ctx.actor, Action::Edit, &Resource::OwnAccount).map_err(AppError::from)?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mode = MailMode::parse(mode.trim())
        .ok_or_else(|| AppError::validation(vec![FieldError::new("mode", "invalid_choice")]))?;
    let kinds = match kinds {
        Some(input) => parse_kinds(input)?,
        None => Vec::new(),
    };
    // On the clock notifications are stamped by, so a notification written just before the
    // change is older than it, also within one millisecond.
    let now = write_time();
    let mut tx = backend
        .db
        .pool
        .begin()
        .await
        .context("saving mail settings")?;
    store_mode_in(&mut tx, me, mode, now).await?;
    for (kind, choice) in kinds {
        store_kind_in(&mut tx, me, kind, choice, now).await?;
    }
    tx.commit().await.context("saving mail settings")?;
    get_prefs(backend, ctx).await
}

/// The choices by kind as sent (`kind:choice`, e.g. `mention:immediate`), checked: an
/// unknown kind or choice refuses the whole.
fn parse_kinds(input: &[String]) -> Result<Vec<(NotificationKind, MailKindChoice)>, AppError> {
    input
        .iter()
        .map(|pair| {
            let (kind, choice) = pair.split_once(':').unwrap_or((pair, ""));
            match (
                NotificationKind::parse(kind.trim()),
                MailKindChoice::parse(choice.trim()),
            ) {
                (Some(k), Some(c)) => Ok((k, c)),
                _ => Err(AppError::validation(vec![FieldError::new(
                    "kinds",
                    "invalid_choice",
                )])),
            }
        })
        .collect()
}

/// Whether a notification's recipient wants it mailed at once now: its kind's own choice
/// says so, or the kind follows the main choice and that says so.
pub async fn wants_at_once(db: &Db, notification: i64) -> ServiceResult<bool> {
    let row: Option<(Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT m.mode, k.choice FROM notifications n \
         LEFT JOIN mail_prefs m ON m.user_id = n.recipient_id \
         LEFT JOIN mail_kind_prefs k ON k.user_id = n.recipient_id AND k.kind = n.kind \
         WHERE n.id = $1",
    )
    .bind(notification)
    .fetch_optional(&db.pool)
    .await
    .context("reading a mail setting by kind")?;
    Ok(match row {
        None => false,
        Some((mode, choice)) => match choice.as_deref().and_then(MailKindChoice::parse) {
            Some(MailKindChoice::Immediate) => true,
            Some(MailKindChoice::Never) => false,
            Some(MailKindChoice::Default) | None => mode.as_deref() == Some("immediate"),
        },
    })
}

/// Every kind of notification and the person's choice for it.
pub async fn kinds_of(db: &Db, user: UserId) -> ServiceResult<BTreeMap<String, MailKindChoice>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT kind, choice FROM mail_kind_prefs WHERE user_id = $1")
            .bind(user.0)
            .fetch_all(&db.pool)
            .await
            .context("reading mail settings by kind")?;
    let mut kinds: BTreeMap<String, MailKindChoice> = NotificationKind::ALL
        .into_iter()
        .map(|k| (k.as_str().to_owned(), MailKindChoice::Default))
        .collect();
    for (kind, choice) in rows {
        if let (Some(slot), Some(choice)) = (kinds.get_mut(&kind), MailKindChoice::parse(&choice)) {
            *slot = choice;
        }
    }
    Ok(kinds)
}

async fn store_kind_in(
    conn: &mut sqlx::AnyConnection,
    user: UserId,
    kind: NotificationKind,
    choice: MailKindChoice,
    now: i64,
) -> ServiceResult<()> {
    // `since` moves only when the choice changes: saving the form again with the same
    // choices must not make older notifications look new (or old ones unmailable). A kind
    // set back to `default` keeps its row for the same reason: notifications from while it
    // was `never` are not mailed at once when it follows an `immediate` main choice again.
    sqlx::query(
        "INSERT INTO mail_kind_prefs (user_id, kind, choice, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (user_id, kind) DO UPDATE SET choice = excluded.choice, since = excluded.since \
         WHERE mail_kind_prefs.choice <> excluded.choice",
    )
    .bind(user.0)
    .bind(kind.as_str())
    .bind(choice.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("saving a mail setting by kind")?;
    Ok(())
}

/// The mails sent (or on their way) to the caller, newest first.
pub async fn log(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<MailLog> {
    authorize(&ctx.actor, Action::View, &Resource::OwnAccount).map_err(AppError::from)?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let mails = super::queue::log(&backend.db, me, LOG_LENGTH).await?;
    Ok(MailLog { mails })
}

/// Whether mail goes out and how the queue stands (admins).
pub async fn status(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<MailStatusReport> {
    authorize(&ctx.actor, Action::List, &Resource::Accounts).map_err(AppError::from)?;
    let (queued, sent, failed) = super::queue::counts(&backend.db, now_ms()).await?;
    Ok(MailStatusReport {
        smtp: backend.mail.smtp_shown(),
        from: backend.mail.enabled().then(|| backend.mail.from.clone()),
        queued,
        sent_last_day: sent,
        failed_last_day: failed,
    })
}

/// A person's choice; the weekly digest when they never made one.
pub async fn mode_of(db: &Db, user: UserId) -> ServiceResult<MailMode> {
    let mode: Option<String> = sqlx::query_scalar("SELECT mode FROM mail_prefs WHERE user_id = $1")
        .bind(user.0)
        .fetch_optional(&db.pool)
        .await
        .context("reading a mail setting")?;
    Ok(mode
        .as_deref()
        .and_then(MailMode::parse)
        .unwrap_or_default())
}

/// Saves the main choice; `since` moves only when it changes (saving the settings again
/// must not skip the notifications that came meanwhile).
async fn store_mode_in(
    conn: &mut sqlx::AnyConnection,
    user: UserId,
    mode: MailMode,
    now: i64,
) -> ServiceResult<()> {
    sqlx::query(
        "INSERT INTO mail_prefs (user_id, mode, since) VALUES ($1, $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode, since = CASE \
         WHEN mail_prefs.mode = excluded.mode THEN mail_prefs.since ELSE excluded.since END",
    )
    .bind(user.0)
    .bind(mode.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await
    .context("saving a mail setting")?;
    Ok(())
}

/// The person's unsubscribe token, made the first time a mail is written for them.
pub async fn token_for(db: &Db, user: UserId) -> ServiceResult<String> {
    // Read first: every mail asks, and only the first one for a person needs to write.
    let known: Option<Option<String>> =
        sqlx::query_scalar("SELECT unsubscribe_token FROM mail_prefs WHERE user_id = $1")
            .bind(user.0)
            .fetch_optional(&db.pool)
            .await
            .context("reading an unsubscribe token")?;
    if let Some(Some(token)) = known {
        return Ok(token);
    }
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let fresh = hex::encode(bytes);
    sqlx::query(
        "INSERT INTO mail_prefs (user_id, mode, since, unsubscribe_token) VALUES ($1, 'weekly', $2, $3) \
         ON CONFLICT (user_id) DO UPDATE SET unsubscribe_token = \
         COALESCE(mail_prefs.unsubscribe_token, excluded.unsubscribe_token)",
    )
    .bind(user.0)
    .bind(now_ms())
    .bind(&fresh)
    .execute(&db.pool)
    .await
    .context("making an unsubscribe token")?;
    let token: Option<String> =
        sqlx::query_scalar("SELECT unsubscribe_token FROM mail_prefs WHERE user_id = $1")
            .bind(user.0)
            .fetch_one(&db.pool)
            .await
            .context("reading an unsubscribe token")?;
    Ok(token.unwrap_or(fresh))
}

/// Whose mail a token stops; `NotFound` for a token that is not one.
async fn holder(db: &Db, token: &str) -> ServiceResult<(UserId, MailMode, String)> {
    if token.is_empty() || token.len() > 100 {
        return Err(AppError::NotFound.into());
    }
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT m.user_id, m.mode, u.email FROM mail_prefs m \
         JOIN users u ON u.id = m.user_id WHERE m.unsubscribe_token = $1",
    )
    .bind(token)
    .fetch_optional(&db.pool)
    .await
    .context("reading an unsubscribe token")?;
    let (id, mode, email) = row.ok_or(AppError::NotFound)?;
    Ok((
        UserId(id),
        MailMode::parse(&mode).unwrap_or_default(),
        email,
    ))
}

/// What an unsubscribe link stands for (its page asks before it acts: mail scanners open
/// links).
pub async fn unsubscribe_info(backend: &Backend, token: &str) -> ServiceResult<UnsubscribeInfo> {
    let (user, mode, email) = holder(&backend.db, token).await?;
    let kinds = kinds_of(&backend.db, user).await?;
    Ok(UnsubscribeInfo {
        address_hint: address_hint(&email),
        mode,
        some_at_once: kinds.values().any(|c| *c == MailKindChoice::Immediate),
    })
}

/// Stops all mail to the token's holder (the one-click unsubscribe): the main choice becomes
/// `never` and every kind mailed at once goes back to it (kinds never mailed stay so).
pub async fn unsubscribe(backend: &Backend, token: &str) -> ServiceResult<UnsubscribeInfo> {
    let (user, _, email) = holder(&backend.db, token).await?;
    let mut tx = backend.db.pool.begin().await.context("unsubscribing")?;
    let now = write_time();
    store_mode_in(&mut tx, user, MailMode::Never, now).await?;
    sqlx::query(
        "UPDATE mail_kind_prefs SET choice = 'default', since = $2 \
         WHERE user_id = $1 AND choice = 'immediate'",
    )
    .bind(user.0)
    .bind(now)
    .execute(&mut *tx)
    .await
    .context("unsubscribing")?;
    tx.commit().await.context("unsubscribing")?;
    Ok(UnsubscribeInfo {
        address_hint: address_hint(&email),
        mode: MailMode::Never,
        some_at_once: false,
    })
}

/// An address with most of its local part hidden (`a…n@bank.example`): enough for its owner
/// to recognise it, not enough for someone who finds the link.
pub fn address_hint(email: &str) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, ""));
    let mut chars = local.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    let last = chars.next_back().map(String::from).unwrap_or_default();
    format!("{first}…{last}@{domain}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_hint_shows_the_first_and_last_letter_and_the_domain() {
        assert_eq!(address_hint("anna.lind@bank.example"), "a…d@bank.example");
        assert_eq!(address_hint("x@bank.example"), "x…@bank.example");
    }
}
