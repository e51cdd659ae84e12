//! The `gemenskap` server: configuration, the HTTP router and its middleware, and the
//! command line. The binary (`main.rs`) only parses arguments and calls into here.

pub mod cli;
pub mod compliance_files;
pub mod config;
pub mod history_export;
pub mod jobs;
pub mod mail_unsubscribe;
pub mod router;
