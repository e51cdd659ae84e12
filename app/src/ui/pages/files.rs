//! Files: a community's folders and files (and a person's own), one file with its versions,
//! and the trash. Uploads are the browser's own multipart form, so they work without
//! JavaScript and need no island.

mod file;
mod folder;
mod trash;

pub use file::FilePage;
pub use folder::{CommunityFilesPage, PersonalFilesPage};
pub use trash::FileTrashPage;

use crate::i18n::I18n;

/// A size as people read it: bytes, KB, MB or GB, in the reader's number format.
pub(crate) fn size_label(i18n: I18n, bytes: i64) -> String {
    const KB: i64 = 1024;
    let (value, unit) = if bytes < KB {
        (bytes, "files-size-bytes")
    } else if bytes < KB * KB {
        ((bytes + KB - 1) / KB, "files-size-kb")
    } else if bytes < KB * KB * KB {
        ((bytes + KB * KB - 1) / (KB * KB), "files-size-mb")
    } else {
        ((bytes + KB * KB * KB - 1) / (KB * KB * KB), "files-size-gb")
    };
    i18n.t_args(unit, &[("count", value.into())])
}
