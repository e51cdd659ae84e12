//! The reader of the page: who is logged in (or why nobody is), known before any part of the
//! page renders.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::account::Me;

/// The logged-in user, or why there is none. Loaded once per page by the app root and given
/// to every part as a plain value: the header and the page reading one resource in two
/// `Suspense` boundaries made Leptos leave a response unfinished now and then (the stream
/// waited for a boundary that was never woken).
#[derive(Clone)]
pub struct CurrentUser(pub Result<Me, AppError>);

impl CurrentUser {
    /// The reader from the app root's context.
    pub fn get() -> Self {
        expect_context::<CurrentUser>()
    }

    /// The logged-in user, if any.
    pub fn me(&self) -> Option<Me> {
        self.0.clone().ok()
    }
}

/// How many notifications the reader has not read, when the page was made (the header's
/// island keeps it current afterwards).
#[derive(Clone, Copy, Debug, Default)]
pub struct Unread(pub i64);
