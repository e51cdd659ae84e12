//! Components shared by several pages.

pub mod avatar;
pub mod composer;
pub mod data_table;
pub mod error_message;
pub mod json_form;
pub mod kind_tabs;
pub mod language_bar;
pub mod language_name;
pub mod loaded;
pub mod login_form;
pub mod not_found;
pub mod plain_form_error;
pub mod post_composer;
pub mod query_href;
pub mod require_user;
pub mod status_composer;
pub mod stream_list;
pub mod time;
pub mod welcome;
