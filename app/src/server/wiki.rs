//! Wikis: each community's tree of pages, with every save kept as a version.

pub mod diff;
pub mod links;
pub mod promote;
pub mod repo;
pub mod service;
