//! The words of a file, for search: plain text and Markdown as they are, the paragraphs of
//! DOCX (`word/document.xml`) and ODT (`content.xml`), and the text of PDF pages. Files come
//! from people, so reading is bounded: only files up to [`MAX_FILE_BYTES`] are read, a
//! document's XML up to [`MAX_XML_BYTES`] once unpacked, at most [`MAX_TEXT_CHARS`] of text
//! are kept, and a PDF that makes the reader panic gives no text rather than a crash. Runs on
//! the blocking pool (the caller's job).

use std::io::Read;

/// Files larger than this are found by name and description only.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// The most XML read from a DOCX or ODT after unpacking (against zip bombs).
pub const MAX_XML_BYTES: u64 = 20 * 1024 * 1024;
/// The most text kept of one file.
pub const MAX_TEXT_CHARS: usize = 200_000;

/// What kind of document a file is, by its type and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    Text,
    Pdf,
    Docx,
    Odt,
}

impl DocumentType {
    pub fn of(mime: &str, name: &str) -> Option<Self> {
        let lower = name.to_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        match (mime, ext) {
            ("application/pdf", _) | (_, "pdf") => Some(Self::Pdf),
            (_, "docx") => Some(Self::Docx),
            (_, "odt") => Some(Self::Odt),
            (m, _) if m.starts_with("text/") => Some(Self::Text),
            (_, "txt" | "md" | "markdown" | "csv") => Some(Self::Text),
            _ => None,
        }
    }
}

/// The text of a file's bytes; empty when it has none that can be read.
pub fn text_of(kind: DocumentType, bytes: &[u8]) -> String {
    let text = match kind {
        DocumentType::Text => String::from_utf8_lossy(bytes).into_owned(),
        DocumentType::Pdf => pdf(bytes),
        DocumentType::Docx => zipped_xml(bytes, "word/document.xml", Flavour::Docx),
        DocumentType::Odt => zipped_xml(bytes, "content.xml", Flavour::Odt),
    };
    text.chars().take(MAX_TEXT_CHARS).collect()
}

fn pdf(bytes: &[u8]) -> String {
    // The reader has unchecked paths that panic on some files; a panic here is a file
    // without text, not a lost indexer.
    std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes))
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavour {
    Docx,
    Odt,
}

fn zipped_xml(bytes: &[u8], inner: &str, flavour: Flavour) -> String {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return String::new();
    };
    let Ok(file) = archive.by_name(inner) else {
        return String::new();
    };
    let mut xml = String::new();
    if file.take(MAX_XML_BYTES).read_to_string(&mut xml).is_err() {
        return String::new();
    }
    xml_text(&xml, flavour)
}

/// The words of a document's XML: for DOCX the runs of text (`w:t`), for ODT all text; a
/// line break after each paragraph or heading, a space for tabs, breaks and spaces.
fn xml_text(xml: &str, flavour: Flavour) -> String {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out = String::new();
    let mut in_run = false;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) if flavour == Flavour::Docx && e.local_name().as_ref() == "t" => {
                in_run = true;
            }
            Event::Empty(e) => {
                let name = e.local_name();
                if matches!(name.as_ref(), "tab" | "br" | "s" | "line-break" | "cr") {
                    out.push(' ');
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                match name.as_ref() {
                    "t" => in_run = false,
                    "p" | "h" => out.push('\n'),
                    _ => {}
                }
            }
            Event::Text(t) if in_run || flavour == Flavour::Odt => {
                out.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_run || flavour == Flavour::Odt => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    out.push(c);
                } else if let Some(s) = quick_xml::escape::resolve_predefined_entity(&r) {
                    out.push_str(s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        if out.len() > MAX_TEXT_CHARS * 4 {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zipped(name: &str, xml: &str) -> Vec<u8> {
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            z.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            z.write_all(xml.as_bytes()).unwrap();
            z.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn docx_paragraphs_come_out_as_lines() {
        let xml = r#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Lösenordet</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">byts &amp; sparas</w:t></w:r></w:p><w:p><w:r><w:instrText>PAGE</w:instrText><w:t>Rad två</w:t></w:r></w:p></w:body></w:document>"#;
        let text = text_of(DocumentType::Docx, &zipped("word/document.xml", xml));
        assert_eq!(text, "Lösenordet byts & sparas\nRad två\n");
    }

    #[test]
    fn odt_text_with_spans_and_headings() {
        let xml = r#"<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:h>Salasana</text:h><text:p>Vaihda <text:span>salasanasi</text:span><text:s/>nyt</text:p></office:text></office:body></office:document-content>"#;
        let text = text_of(DocumentType::Odt, &zipped("content.xml", xml));
        assert_eq!(text, "Salasana\nVaihda salasanasi nyt\n");
    }

    #[test]
    fn broken_files_give_no_text() {
        assert_eq!(text_of(DocumentType::Docx, b"not a zip"), "");
        assert_eq!(text_of(DocumentType::Pdf, b"%PDF-1.4 broken"), "");
        assert_eq!(text_of(DocumentType::Text, "hasło".as_bytes()), "hasło");
    }

    #[test]
    fn types_are_known_by_type_or_name() {
        assert_eq!(
            DocumentType::of("application/pdf", "x"),
            Some(DocumentType::Pdf)
        );
        assert_eq!(
            DocumentType::of("application/octet-stream", "Avtal.DOCX"),
            Some(DocumentType::Docx)
        );
        assert_eq!(
            DocumentType::of("text/markdown", "notes"),
            Some(DocumentType::Text)
        );
        assert_eq!(DocumentType::of("image/png", "a.png"), None);
    }
}
