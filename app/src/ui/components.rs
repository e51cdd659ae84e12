//! Components shared by several pages.

pub mod avatar;
pub mod error_message;
pub mod json_form;
pub mod require_user;
