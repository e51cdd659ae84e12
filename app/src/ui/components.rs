//! Components shared by several pages.

pub mod avatar;
pub mod error_message;
pub mod json_form;
pub mod query_href;
pub mod require_user;
