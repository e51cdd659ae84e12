//! The HTTP tests: the real router over HTTP on SQLite and PostgreSQL, one module per area.
//!
//! One binary rather than one per file: each test binary links the whole server with its
//! dependencies (over a gigabyte of debug build each), so five of them filled CI's disk and
//! spent most of the suite's time in the linker.

mod api;
mod communities;
mod compliance;
mod conversation;
mod files;
mod hardening;
mod islands;
mod languages;
mod mail;
mod page_cost;
mod search;
mod support;
mod wiki;
