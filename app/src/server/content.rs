//! What people write: status updates, blogs, forums, replies, comments (loaded through the
//! policy in `reading`, read as items and threads in `thread`, written in `writing`; `forum`
//! for what forums add),
//! the streams and lists they appear in (`stream`, filled page by page in the reader's
//! languages by `page`, under the rules of `languages`), linked translations
//! (`translation`), likes, follows and mention suggestions (`social`). Markdown becomes safe
//! HTML in `markdown`; input is checked in `input`. Only these services run the SQL in `repo`
//! (and notifications' own, in `notification`).

pub mod forum;
pub mod input;
pub mod languages;
pub mod markdown;
pub mod page;
pub mod reading;
pub(crate) mod repo;
pub mod social;
pub mod stream;
pub mod thread;
pub mod translation;
pub mod writing;
