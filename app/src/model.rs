//! Data shapes that cross between browser and server: ids, DTOs and inputs, one file per area.

pub mod account;
pub mod community;
pub mod content;
pub mod files;
pub mod form_encoding;
pub mod guard;
pub mod ids;
pub mod inbox;
pub mod language;
pub mod mail;
pub mod profile;
pub mod search;
pub mod site_path;
pub mod wiki;
