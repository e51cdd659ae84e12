//! The frame around every page.

pub mod header;
pub mod language_switcher;
