//! The type a file is stored and sent with, from its name. Only kinds the browser cannot run
//! keep their own type (images, PDF, office documents, plain text); anything it could
//! render as a page or a script (HTML, SVG, XML, JavaScript) and anything unknown is sent as
//! plain bytes, always as an attachment, so no upload can act as a page of the intranet.

/// The stored type of a file called `name`.
pub fn stored_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "pdf" => "application/pdf",
        "txt" | "md" | "csv" | "log" => "text/plain; charset=utf-8",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt" => "application/vnd.oasis.opendocument.text",
        "ods" => "application/vnd.oasis.opendocument.spreadsheet",
        "odp" => "application/vnd.oasis.opendocument.presentation",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// Whether a stored type is an image the server may show as a picture.
pub fn is_image(mime: &str) -> bool {
    matches!(
        mime,
        "image/png" | "image/jpeg" | "image/gif" | "image/webp"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_and_scripts_are_never_stored_as_what_they_are() {
        for name in [
            "x.html", "x.HTM", "x.svg", "x.xml", "x.js", "x.xhtml", "noext", "x.exe",
        ] {
            assert_eq!(stored_type(name), "application/octet-stream", "{name}");
        }
        assert_eq!(stored_type("Plan.PDF"), "application/pdf");
        assert_eq!(stored_type("photo.jpeg"), "image/jpeg");
        assert!(is_image(stored_type("a.png")) && !is_image(stored_type("a.pdf")));
    }
}
