//! Accounts: creating them (admins and the command line), listing, disabling, passwords.

pub mod repo;
pub mod service;

/// E-mail addresses are compared trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}
