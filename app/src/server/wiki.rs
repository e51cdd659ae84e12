//! Wikis: each community's tree of pages, with every save kept as a version.

pub mod conflict;
pub mod diff;
pub mod kept;
pub mod links;
pub mod merge;
pub mod promote;
pub mod repo;
pub mod service;
