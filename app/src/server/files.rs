//! Files: community folders and each person's own files, with versions, a trash and a
//! quota; the bytes live in a content-addressed store under the data directory.

pub mod repo;
pub mod service;
pub mod store;
pub mod thumbnail;
pub mod types;
