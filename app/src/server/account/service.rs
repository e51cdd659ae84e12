//! Account administration: create, list, disable, reset a password. Admins do it in the UI,
//! the operator from the command line; both go through the policy as an `Actor`.

use crate::error::{AppError, FieldError};
use crate::i18n::supported_code;
use crate::model::account::{AccountPage, Role};
use crate::model::ids::UserId;
use crate::model::profile::MAX_DISPLAY_NAME;
use crate::server::account::{normalise_email, repo};
use crate::server::auth::password;
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;
use crate::server::policy::{Action, Actor, Resource, authorize};
use crate::server::profile::{name_terms, sort_key};

const ACCOUNTS_PAGE: i64 = 50;
const MAX_EMAIL: usize = 254;

/// A validated new account.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    pub password: String,
    pub role: Role,
    /// The chosen UI language; `None` follows the browser.
    pub ui_language: Option<&'static str>,
}

impl NewAccount {
    /// Checks every field at once, so the form shows all problems together.
    pub fn parse(
        email: &str,
        display_name: &str,
        password: &str,
        admin: bool,
        ui_language: Option<&str>,
    ) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let email = normalise_email(email);
        if !looks_like_email(&email) {
            errors.push(FieldError::new("email", "invalid_email"));
        } else if email.len() > MAX_EMAIL {
            errors.push(FieldError::with_limit(
                "email",
                "too_long",
                MAX_EMAIL as u32,
            ));
        }
        let display_name = match crate::server::text::one_line(display_name) {
            Ok(name) => name,
            Err(problem) => {
                errors.push(FieldError::new("display_name", problem.code()));
                display_name.to_owned()
            }
        };
        if display_name.is_empty() {
            errors.push(FieldError::new("display_name", "required"));
        } else if display_name.chars().count() > MAX_DISPLAY_NAME {
            errors.push(FieldError::with_limit(
                "display_name",
                "too_long",
                MAX_DISPLAY_NAME as u32,
            ));
        }
        if let Err(AppError::ValidationFailed { fields }) =
            password::validate_new(password, "password")
        {
            errors.extend(fields);
        }
        let ui_language = match ui_language.map(str::trim).filter(|l| !l.is_empty()) {
            None => None,
            Some(l) => {
                let code = supported_code(l);
                if code.is_none() {
                    errors.push(FieldError::new("ui_language", "unsupported_language"));
                }
                code
            }
        };
        if !errors.is_empty() {
            return Err(AppError::validation(errors));
        }
        Ok(Self {
            email,
            display_name,
            password: password.to_owned(),
            role: if admin { Role::Admin } else { Role::Member },
            ui_language,
        })
    }
}

fn looks_like_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !domain.contains('@')
}

/// Creates an account with its profile.
pub async fn create_account(
    backend: &Backend,
    actor: &Actor,
    new: NewAccount,
) -> ServiceResult<UserId> {
    authorize(actor, Action::Create, &Resource::Accounts).map_err(AppError::from)?;
    // A taken e-mail says more than a look-alike name, and costs no hashing to find.
    if repo::find_login(&backend.db, &new.email).await?.is_some() {
        return Err(AppError::EmailTaken.into());
    }
    let skeleton =
        crate::server::profile::service::free_name(backend, &new.display_name, None).await?;
    let hash = password::hash(new.password.clone()).await?;
    let insert = repo::AccountInsert {
        email: &new.email,
        password_hash: Some(&hash),
        role: new.role,
        display_name: &new.display_name,
        name_skeleton: &skeleton,
        ui_language: new.ui_language.unwrap_or(""),
    };
    let id = repo::insert(
        &backend.db,
        &insert,
        &name_terms(&new.display_name),
        &sort_key(&new.display_name),
    )
    .await?;
    Ok(id.ok_or(AppError::EmailTaken)?)
}

/// A page of accounts, by e-mail; the cursor is the last e-mail of the previous page.
pub async fn list_accounts(
    backend: &Backend,
    actor: &Actor,
    cursor: Option<&str>,
) -> ServiceResult<AccountPage> {
    authorize(actor, Action::List, &Resource::Accounts).map_err(AppError::from)?;
    let mut items = repo::list(
        &backend.db,
        cursor.filter(|c| !c.is_empty()),
        ACCOUNTS_PAGE + 1,
    )
    .await?;
    let next_cursor = if items.len() as i64 > ACCOUNTS_PAGE {
        items.truncate(ACCOUNTS_PAGE as usize);
        items.last().map(|a| a.email.clone())
    } else {
        None
    };
    Ok(AccountPage { items, next_cursor })
}

/// Disables (ending all sessions at once) or re-enables an account.
pub async fn set_disabled(
    backend: &Backend,
    actor: &Actor,
    id: UserId,
    disabled: bool,
) -> ServiceResult<()> {
    authorize(actor, Action::Disable, &Resource::Accounts).map_err(AppError::from)?;
    if disabled && actor.user_id() == Some(id) {
        return Err(
            AppError::validation(vec![FieldError::new("id", "cannot_disable_self")]).into(),
        );
    }
    if repo::set_disabled(&backend.db, id, disabled).await? {
        Ok(())
    } else {
        Err(AppError::NotFound.into())
    }
}

/// Sets a password for someone else (admin reset, command line); ends their sessions.
pub async fn set_password(
    backend: &Backend,
    actor: &Actor,
    id: UserId,
    new: &str,
) -> ServiceResult<()> {
    authorize(actor, Action::Edit, &Resource::Accounts).map_err(AppError::from)?;
    password::validate_new(new, "password")?;
    let hash = password::hash(new.to_owned()).await?;
    repo::update_password(&backend.db, id, &hash, None).await
}

/// The account id of an e-mail address (command line).
pub async fn find_by_email(backend: &Backend, actor: &Actor, email: &str) -> ServiceResult<UserId> {
    authorize(actor, Action::List, &Resource::Accounts).map_err(AppError::from)?;
    Ok(repo::find_id_by_email(&backend.db, &normalise_email(email))
        .await?
        .ok_or(AppError::NotFound)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_a_malformed_email_and_a_short_password_together() {
        let err = NewAccount::parse("not-an-email", "Anna", "short", false, None).unwrap_err();
        let AppError::ValidationFailed { fields } = err else {
            panic!("expected validation")
        };
        let codes: Vec<_> = fields
            .iter()
            .map(|f| (f.field.as_str(), f.code.as_str()))
            .collect();
        assert_eq!(
            codes,
            vec![("email", "invalid_email"), ("password", "too_short")]
        );
    }

    #[test]
    fn normalises_the_email_and_trims_the_name() {
        let a = NewAccount::parse(
            "  Anna.L@Bank.SE ",
            " Anna L ",
            "long enough password",
            true,
            Some("sv-FI"),
        )
        .unwrap();
        assert_eq!(a.email, "anna.l@bank.se");
        assert_eq!(a.display_name, "Anna L");
        assert_eq!(a.role, Role::Admin);
        assert_eq!(a.ui_language, Some("sv"));
    }
}
