//! HTML mail bodies as plain text, for mail that has no `text/plain` part.
//!
//! A small tag scanner rather than an HTML parser: mail HTML is written by mail clients and
//! only its words and its line structure matter here. The result is stripped like any
//! plain-text body afterwards and then stored as Markdown text, so no markup survives.

/// Elements whose content is never shown.
const HIDDEN: [&str; 4] = ["head", "title", "style", "script"];
/// Elements that stand apart as paragraphs (a blank line before and after).
const PARAGRAPHS: [&str; 11] = [
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "table",
    "blockquote",
];
/// Elements that start and end a line.
const LINES: [&str; 2] = ["div", "tr"];

/// The text of an HTML document: hidden elements dropped, whitespace collapsed, block
/// elements as line and paragraph breaks, list items as `- item`, links as `text (url)`.
pub fn html_to_text(html: &str) -> String {
    let mut out = Out::default();
    let mut rest = html;
    // The element whose content is being skipped, until its end tag.
    let mut hidden: Option<String> = None;
    // The open link's target and where its text began, to add the target after the text.
    let mut link: Option<(String, usize)> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if hidden.is_none() {
                out.text(&decode_entities(rest));
            }
            break;
        };
        if hidden.is_none() {
            out.text(&decode_entities(&rest[..lt]));
        }
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = Tag::read(&rest[1..end]);
        rest = rest.get(end + 1..).unwrap_or("");
        let Some(tag) = tag else {
            continue;
        };
        if let Some(name) = &hidden {
            if tag.closing && &tag.name == name {
                hidden = None;
            }
            continue;
        }
        if !tag.closing && HIDDEN.contains(&tag.name.as_str()) {
            hidden = Some(tag.name);
            continue;
        }
        match tag.name.as_str() {
            "br" => out.line_break(),
            "li" if !tag.closing => {
                out.end_line();
                out.raw("- ");
            }
            "li" => out.end_line(),
            "a" if !tag.closing => {
                link = tag.href.map(|href| (href, out.buf.len()));
            }
            "a" => {
                if let Some((href, start)) = link.take() {
                    let text = out.buf[start..].trim().to_owned();
                    let mail = href.to_ascii_lowercase().starts_with("mailto:");
                    if !mail && !href.is_empty() && text != href {
                        out.text(&format!(" ({href})"));
                    }
                }
            }
            name if PARAGRAPHS.contains(&name) => out.end_paragraph(),
            name if LINES.contains(&name) => out.end_line(),
            _ => {}
        }
    }
    tidy(&out.buf)
}

/// The text being written, with whitespace collapsed as it comes.
#[derive(Default)]
struct Out {
    buf: String,
    space: bool,
}

impl Out {
    fn at_line_start(&self) -> bool {
        self.buf.is_empty() || self.buf.ends_with('\n')
    }

    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.at_line_start() {
                self.buf.push(' ');
            }
            self.space = false;
            self.buf.push(c);
        }
    }

    fn raw(&mut self, s: &str) {
        self.buf.push_str(s);
        self.space = false;
    }

    fn line_break(&mut self) {
        self.buf.push('\n');
        self.space = false;
    }

    fn end_line(&mut self) {
        if !self.at_line_start() {
            self.line_break();
        }
        self.space = false;
    }

    fn end_paragraph(&mut self) {
        self.end_line();
        if !self.buf.is_empty() && !self.buf.ends_with("\n\n") {
            self.line_break();
        }
    }
}

/// One tag: its lower-case name, whether it closes, and a link's target.
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
}

impl Tag {
    fn read(inner: &str) -> Option<Tag> {
        let (closing, inner) = match inner.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inner),
        };
        let name: String = inner
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            // `<!DOCTYPE>`, `<?xml?>` and stray `<`: nothing to show.
            return None;
        }
        let href = (!closing && name == "a")
            .then(|| attribute(inner, "href"))
            .flatten();
        Some(Tag {
            name,
            closing,
            href,
        })
    }
}

/// The value of an attribute, quoted or not, entities decoded.
fn attribute(inner: &str, name: &str) -> Option<String> {
    let lower = inner.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = inner[from..].trim_start();
        let Some(value) = rest.strip_prefix('=').filter(|_| before_ok) else {
            continue;
        };
        let value = value.trim_start();
        let raw = match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or(""),
            _ => value
                .split(|c: char| c.is_whitespace())
                .next()
                .unwrap_or(""),
        };
        return Some(decode_entities(raw).trim().to_owned());
    }
    None
}

/// Named and numeric character references decoded; `&nbsp;` becomes a plain space.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest[e..].starts_with(';'))
            .and_then(|e| entity(&rest[1..e]).map(|text| (text, e + 1)));
        match decoded {
            Some((text, len)) => {
                out.push_str(&text);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<String> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return match char::from_u32(code)? {
            '\u{a0}' => Some(" ".to_owned()),
            c => Some(c.to_string()),
        };
    }
    if name == "nbsp" {
        return Some(" ".to_owned());
    }
    quick_xml::escape::resolve_html5_entity(name).map(str::to_owned)
}

/// Lines trimmed, runs of blank lines made one, no blank lines at either end.
fn tidy(text: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() && lines.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_paragraphs() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body>\
            <p>Hello <b>you</b>,</p><p>line one<br>\nline two</p>\
            <ul><li>a</li><li>b</li></ul><div>x</div><div>y</div></body></html>";
        assert_eq!(
            html_to_text(html),
            "Hello you,\n\nline one\nline two\n\n- a\n- b\n\nx\ny"
        );
    }

    #[test]
    fn links_keep_their_target_but_mail_links_do_not() {
        let html = r#"<p>See <a href="https://x.example/a?b=1&amp;c=2">the guide</a>
            or write to <a href="mailto:it@x.example">it@x.example</a>.</p>"#;
        assert_eq!(
            html_to_text(html),
            "See the guide (https://x.example/a?b=1&c=2) or write to it@x.example."
        );
    }

    #[test]
    fn entities_are_decoded_and_nbsp_is_a_space() {
        assert_eq!(
            html_to_text(
                "<p>Self&nbsp;Service &#8211; s&auml;ger &quot;ok&quot; &#x263A; &bogus; a&b</p>"
            ),
            "Self Service \u{2013} säger \"ok\" \u{263a} &bogus; a&b"
        );
    }

    #[test]
    fn scripts_and_comments_never_show() {
        assert_eq!(
            html_to_text(
                "<script>document.write('<p>no</p>')</script><!-- <p>no</p> --><p>yes</p>"
            ),
            "yes"
        );
    }
}
