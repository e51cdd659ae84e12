//! `gemenskap user add | set-password | disable | enable | list`.

use std::io::Read;

use anyhow::{Context as _, bail};
use app::error::AppError;
use app::server::account::service::{self, NewAccount};
use app::server::policy::Actor;
use clap::{Args, Subcommand};

use crate::config::Config;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add(AddArgs),
    /// Set an account's password (read from standard input); ends its sessions.
    SetPassword(EmailArgs),
    /// Disable an account and end all its sessions at once.
    Disable(EmailArgs),
    /// Enable a disabled account again.
    Enable(EmailArgs),
    /// List accounts.
    List,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    email: String,
    /// Display name.
    #[arg(long)]
    name: String,
    /// Make the account an administrator.
    #[arg(long)]
    admin: bool,
    /// UI language (en, sv, nb, da, fi, et, lv, lt, de, pl).
    #[arg(long)]
    language: Option<String>,
    /// Read the password from standard input (the only way; the flag makes it explicit).
    #[arg(long, required = true)]
    password_stdin: bool,
}

#[derive(Debug, Args)]
pub struct EmailArgs {
    #[arg(long)]
    email: String,
    /// Read the password from standard input (set-password).
    #[arg(long)]
    password_stdin: bool,
}

pub async fn run(config: &Config, cmd: UserCommand) -> anyhow::Result<()> {
    let backend = super::open(config).await?;
    let actor = Actor::System;
    match cmd {
        UserCommand::Add(a) => {
            let password = read_password()?;
            let new =
                NewAccount::parse(&a.email, &a.name, &password, a.admin, a.language.as_deref())
                    .map_err(explain)?;
            let id = service::create_account(&backend, &actor, new)
                .await
                .map_err(|e| explain(e.into()))?;
            println!("created account {id} for {}", a.email.trim().to_lowercase());
        }
        UserCommand::SetPassword(e) => {
            let password = read_password()?;
            let id = service::find_by_email(&backend, &actor, &e.email)
                .await
                .map_err(|e| explain(e.into()))?;
            service::set_password(&backend, &actor, id, &password)
                .await
                .map_err(|e| explain(e.into()))?;
            println!("password set; the account's sessions have ended");
        }
        UserCommand::Disable(e) => {
            let id = service::find_by_email(&backend, &actor, &e.email)
                .await
                .map_err(|e| explain(e.into()))?;
            service::set_disabled(&backend, &actor, id, true)
                .await
                .map_err(|e| explain(e.into()))?;
            println!("disabled {}; all its sessions have ended", e.email);
        }
        UserCommand::Enable(e) => {
            let id = service::find_by_email(&backend, &actor, &e.email)
                .await
                .map_err(|e| explain(e.into()))?;
            service::set_disabled(&backend, &actor, id, false)
                .await
                .map_err(|e| explain(e.into()))?;
            println!("enabled {}", e.email);
        }
        UserCommand::List => {
            let mut cursor: Option<String> = None;
            loop {
                let page = service::list_accounts(&backend, &actor, cursor.as_deref())
                    .await
                    .map_err(|e| explain(e.into()))?;
                for a in &page.items {
                    let state = if a.disabled { "disabled" } else { "active" };
                    println!(
                        "{}\t{}\t{}\t{}\t{}",
                        a.id,
                        a.email,
                        a.role.as_str(),
                        state,
                        a.display_name
                    );
                }
                match page.next_cursor {
                    Some(c) => cursor = Some(c),
                    None => break,
                }
            }
        }
    }
    Ok(())
}

/// The password from standard input, without its line ending.
fn read_password() -> anyhow::Result<String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .context("reading the password from standard input")?;
    let s = s.trim_end_matches(['\n', '\r']).to_owned();
    if s.is_empty() {
        bail!("no password on standard input");
    }
    Ok(s)
}

/// A clear message for the operator from an API error.
fn explain(e: AppError) -> anyhow::Error {
    match e {
        AppError::EmailTaken => {
            anyhow::anyhow!("an account with this e-mail address exists already")
        }
        AppError::NotFound => anyhow::anyhow!("no account with this e-mail address"),
        AppError::ValidationFailed { fields } => {
            let list: Vec<String> = fields
                .iter()
                .map(|f| match f.limit {
                    Some(l) => format!("{}: {} ({l})", f.field, f.code),
                    None => format!("{}: {}", f.field, f.code),
                })
                .collect();
            anyhow::anyhow!("invalid input: {}", list.join(", "))
        }
        AppError::Internal { reference } => {
            anyhow::anyhow!("internal error (reference {reference}; see the log above)")
        }
        other => anyhow::anyhow!("{}", other.code()),
    }
}
