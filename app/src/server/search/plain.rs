//! The words of a Markdown text as a reader sees them, for the index and its snippets:
//! without Markdown's marks (`##`, `**`, `>`), link addresses or raw HTML; a line break
//! between blocks, so that a snippet does not run a heading into its paragraph.

use pulldown_cmark::{Event, Options, Parser, TagEnd};

/// `markdown` as plain text.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(end) if ends_block(&end) && !out.ends_with('\n') && !out.is_empty() => {
                out.push('\n');
            }
            Event::End(end) if ends_block(&end) => {}
            Event::End(TagEnd::TableCell) => out.push(' '),
            _ => {}
        }
    }
    out.trim_end().to_owned()
}

fn ends_block(end: &TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::Item
            | TagEnd::List(_)
            | TagEnd::TableRow
            | TagEnd::TableHead
    )
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn markdown_marks_and_link_addresses_are_left_out() {
        let md = "## Asennus\nAsiakasohjelma **asentuu** [pankin koneisiin](https://it.example/vpn).\n\n- `vpn.exe`\n- toinen\n\n> lainaus";
        assert_eq!(
            plain_text(md),
            "Asennus\nAsiakasohjelma asentuu pankin koneisiin.\nvpn.exe\ntoinen\nlainaus"
        );
    }

    #[test]
    fn plain_text_stays_as_it_is() {
        assert_eq!(plain_text("Byt lösenord i dag"), "Byt lösenord i dag");
        assert_eq!(plain_text("<b>raw</b> html"), "raw html");
        assert_eq!(plain_text(""), "");
    }
}
