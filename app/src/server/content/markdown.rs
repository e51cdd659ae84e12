//! Markdown to safe HTML, the plain-text excerpt, and the people a text mentions.
//!
//! Rendering happens once, when an item is written; the stored HTML is what every reader
//! gets. Two layers keep it safe: raw HTML in the Markdown is shown as text (never passed
//! through), and the result is cleaned by `ammonia` with an allow-list: no scripts, no event
//! handlers or styles, only `http`, `https` and `mailto` links (and the intranet's own
//! relative ones), every link with `rel="noopener noreferrer nofollow"`. Images load only
//! from the intranet itself, so a post cannot make readers' browsers call an outside server.
//!
//! Rendering is bounded: a text nested deeper than [`MAX_NESTING`] quotes and lists is
//! refused when it is checked (`too_deep`, see [`nesting_problem`]), and [`render`] runs on
//! the blocking pool with a time limit, so no text can hold an async worker or run for long.
//!
//! A mention is written `@[Name](user:42)` (the composer's picker inserts it); it renders as
//! a link to the person's profile.
//!
//! Wiki pages are rendered with two more things ([`render_page`]): `[[Page title]]` (or
//! `[[Page title|shown text]]`) becomes a link to `/communities/<slug>/wiki/go?title=…`, which
//! `server::wiki::links` points at the page as it is when read, and headings get ids for the
//! table of contents.

use std::collections::HashSet;
use std::time::Duration;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};

use crate::error::{AppError, FieldError};
use crate::model::ids::UserId;
use crate::model::wiki::TocEntry;
use crate::server::fault::{Context, ServiceResult};

/// The deepest nesting of block quotes and lists a text may have. Real posts stay under
/// five; the parser's work grows with depth times length.
pub const MAX_NESTING: usize = 16;

/// How long one rendering may take before the text is refused as too complex.
const RENDER_LIMIT: Duration = Duration::from_secs(2);

/// How deeply a line opens quotes and lists: each `>`, each list marker (`-`, `*`, `+`,
/// `1.`, `1)` before a space) at the start of a line, and each four columns of indentation
/// in front of them.
fn line_nesting(line: &str) -> usize {
    let mut depth = 0;
    let mut indent = 0;
    let mut rest = line;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t']);
        indent += rest[..rest.len() - trimmed.len()]
            .chars()
            .map(|c| if c == '\t' { 4 } else { 1 })
            .sum::<usize>();
        rest = trimmed;
        if let Some(r) = rest.strip_prefix('>') {
            depth += 1;
            rest = r;
            continue;
        }
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let marker = if rest.starts_with(['-', '*', '+']) {
            1
        } else if (1..=9).contains(&digits) && rest[digits..].starts_with(['.', ')']) {
            digits + 1
        } else {
            0
        };
        if marker > 0 && rest[marker..].starts_with([' ', '\t']) {
            depth += 1;
            rest = &rest[marker..];
            continue;
        }
        return depth + indent / 4;
    }
}

/// The field error for a text nested too deeply to render, if it is.
pub fn nesting_problem(markdown: &str, field: &str) -> Option<FieldError> {
    markdown
        .lines()
        .any(|l| line_nesting(l) > MAX_NESTING)
        .then(|| FieldError::with_limit(field, "too_deep", MAX_NESTING as u32))
}

/// Renders on the blocking pool, within [`RENDER_LIMIT`]; a text that takes longer is
/// refused (`too_complex`) and its rendering is left to finish on its own.
pub async fn render(markdown: &str) -> ServiceResult<Rendered> {
    Ok(render_bounded(markdown, None).await?.0)
}

/// Renders a wiki page of the community `slug`: links between pages, and headings with ids
/// (listed, in order, for the table of contents).
pub async fn render_page(markdown: &str, slug: &str) -> ServiceResult<(Rendered, Vec<TocEntry>)> {
    render_bounded(markdown, Some(slug)).await
}

async fn render_bounded(
    markdown: &str,
    wiki: Option<&str>,
) -> ServiceResult<(Rendered, Vec<TocEntry>)> {
    if let Some(problem) = nesting_problem(markdown, "body") {
        return Err(AppError::validation(vec![problem]).into());
    }
    let owned = markdown.to_owned();
    let wiki = wiki.map(str::to_owned);
    let task = tokio::task::spawn_blocking(move || render_flavoured(&owned, wiki.as_deref()));
    match tokio::time::timeout(RENDER_LIMIT, task).await {
        Ok(joined) => joined.context("rendering Markdown"),
        Err(_) => Err(AppError::validation(vec![FieldError::new("body", "too_complex")]).into()),
    }
}

/// The longest excerpt, in characters.
const EXCERPT_CHARS: usize = 280;

/// A text rendered for storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub excerpt: String,
    /// The people mentioned, in order of first mention.
    pub mentions: Vec<UserId>,
}

/// The user id a link destination names, for `user:42`.
fn mentioned(dest: &str) -> Option<UserId> {
    let id = dest.strip_prefix("user:")?;
    id.parse::<i64>().ok().filter(|n| *n > 0).map(UserId)
}

/// Renders Markdown as sanitised HTML with its excerpt and mentions, on this thread.
pub fn render_now(markdown: &str) -> Rendered {
    render_flavoured(markdown, None).0
}

/// The address a `[[title]]` link is stored with, in the wiki of `slug`.
pub fn wiki_go_path(slug: &str, title: &str) -> String {
    format!(
        "/communities/{slug}/wiki/go?title={}",
        crate::model::site_path::encode_query_value(title.trim())
    )
}

/// A heading's anchor: its words in lower case joined by `-`, unique on the page; `h-` in
/// front keeps it from ever naming anything of the page's own.
fn anchor_for(text: &str, taken: &mut HashSet<String>) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let base: String = format!("h-{}", words.join("-")).chars().take(80).collect();
    let mut anchor = base.clone();
    let mut n = 1;
    while !taken.insert(anchor.clone()) {
        n += 1;
        anchor = format!("{base}-{n}");
    }
    anchor
}

/// Gives each heading an id and lists the headings.
fn anchor_headings(events: &mut [Event<'_>]) -> Vec<TocEntry> {
    let mut toc = Vec::new();
    let mut taken = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, .. }) = &events[i] {
            let level = *level as u8;
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    text.push_str(t);
                }
                j += 1;
            }
            let anchor = anchor_for(&text, &mut taken);
            if let Event::Start(Tag::Heading { id, .. }) = &mut events[i] {
                *id = Some(CowStr::from(anchor.clone()));
            }
            toc.push(TocEntry {
                level,
                text: text.split_whitespace().collect::<Vec<_>>().join(" "),
                anchor,
            });
            i = j;
        }
        i += 1;
    }
    toc
}

/// A wiki page's table of contents, as [`render_page`] anchors its headings.
pub fn page_toc(markdown: &str) -> Vec<TocEntry> {
    let options = Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TABLES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_WIKILINKS;
    let mut events: Vec<Event<'_>> = Parser::new_ext(markdown, options).collect();
    anchor_headings(&mut events)
}

fn render_flavoured(markdown: &str, wiki: Option<&str>) -> (Rendered, Vec<TocEntry>) {
    let mut options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
    if wiki.is_some() {
        options |= Options::ENABLE_WIKILINKS;
    }
    let mut mentions: Vec<UserId> = Vec::new();
    let mut text = String::new();
    // Images from elsewhere become links; their end tags must follow.
    let mut image_as_link: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => {
            text.push_str(&raw);
            Event::Text(raw)
        }
        Event::Start(Tag::Link {
            link_type: LinkType::WikiLink { .. },
            dest_url,
            ..
        }) => Event::Start(Tag::Link {
            link_type: LinkType::Inline,
            dest_url: CowStr::from(wiki_go_path(wiki.unwrap_or_default(), &dest_url)),
            title: CowStr::from(""),
            id: CowStr::from(""),
        }),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => match mentioned(&dest_url) {
            Some(user) => {
                if !mentions.contains(&user) {
                    mentions.push(user);
                }
                Event::Start(Tag::Link {
                    link_type: LinkType::Inline,
                    dest_url: CowStr::from(format!("/people/{}", user.0)),
                    title: CowStr::from(""),
                    id: CowStr::from(""),
                })
            }
            None => Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }),
        },
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let local = crate::model::site_path::is_site_path(&dest_url);
            image_as_link.push(!local);
            if local {
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            } else {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
        }
        Event::End(TagEnd::Image) => {
            if image_as_link.pop().unwrap_or(false) {
                Event::End(TagEnd::Link)
            } else {
                Event::End(TagEnd::Image)
            }
        }
        Event::Text(t) => {
            text.push_str(&t);
            Event::Text(t)
        }
        Event::Code(t) => {
            text.push_str(&t);
            Event::Code(t)
        }
        Event::SoftBreak
        | Event::HardBreak
        | Event::End(
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::CodeBlock
            | TagEnd::TableCell
            | TagEnd::BlockQuote(_),
        ) => {
            text.push(' ');
            event
        }
        other => other,
    });
    let mut events: Vec<Event<'_>> = events.collect();
    let toc = if wiki.is_some() {
        anchor_headings(&mut events)
    } else {
        Vec::new()
    };
    let mut raw = String::new();
    html::push_html(&mut raw, events.into_iter());
    let rendered = Rendered {
        html: clean(&raw, wiki.is_some()),
        excerpt: excerpt(&text),
        mentions,
    };
    (rendered, toc)
}

/// The allow-list pass over rendered HTML; a wiki page's headings keep their ids.
fn clean(raw: &str, heading_ids: bool) -> String {
    let schemes: HashSet<&str> = ["http", "https", "mailto"].into_iter().collect();
    let mut builder = ammonia::Builder::default();
    if heading_ids {
        for h in ["h1", "h2", "h3", "h4", "h5", "h6"] {
            builder.add_tag_attributes(h, &["id"]);
        }
    }
    builder
        .url_schemes(schemes)
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(Some("noopener noreferrer nofollow"))
        .add_tag_attributes("input", &["type", "checked", "disabled"])
        .add_tags(&["input"])
        .clean(raw)
        .to_string()
}

/// Collapses whitespace and cuts at a word boundary, with an ellipsis when cut.
pub fn excerpt(text: &str) -> String {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if words.chars().count() <= EXCERPT_CHARS {
        return words;
    }
    let cut: String = words.chars().take(EXCERPT_CHARS).collect();
    let at = cut
        .rfind(' ')
        .filter(|i| *i > EXCERPT_CHARS / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_nesting_is_refused_and_ordinary_nesting_kept() {
        assert_eq!(line_nesting("> > quote in a quote"), 2);
        assert_eq!(line_nesting(">>>>"), 4);
        assert_eq!(line_nesting("- 1. - item"), 3);
        assert_eq!(line_nesting("        - indented item"), 3);
        assert_eq!(line_nesting("-not a list"), 0);
        assert_eq!(line_nesting("2026. was a year"), 1);
        assert!(nesting_problem(&">".repeat(20_000), "body").is_some());
        assert!(nesting_problem(&"- ".repeat(17), "body").is_some());
        assert!(nesting_problem("> a\n> > b\n- c\n  - d", "body").is_none());
    }

    #[tokio::test]
    async fn a_flood_of_quote_markers_is_refused_at_once() {
        let start = std::time::Instant::now();
        let err = AppError::from(render(&">".repeat(20_000)).await.unwrap_err());
        assert_eq!(
            err,
            AppError::validation(vec![FieldError::with_limit("body", "too_deep", 16)])
        );
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn a_wiki_page_links_pages_by_title_and_anchors_its_headings() {
        let (r, toc) = render_flavoured(
            "# Getting started\n\nSee [[VPN setup]] and [[Printers|the printers]].\n\n\
             ## Getting started\n\n`[[not a link]]`",
            Some("it-help"),
        );
        assert!(
            r.html
                .contains(r#"<a href="/communities/it-help/wiki/go?title=VPN%20setup""#),
            "{}",
            r.html
        );
        assert!(r.html.contains(">the printers</a>"), "{}", r.html);
        assert!(r.html.contains("<code>[[not a link]]</code>"), "{}", r.html);
        assert!(
            r.html.contains(r#"<h1 id="h-getting-started">"#),
            "{}",
            r.html
        );
        assert!(
            r.html.contains(r#"<h2 id="h-getting-started-2">"#),
            "{}",
            r.html
        );
        let anchors: Vec<&str> = toc.iter().map(|t| t.anchor.as_str()).collect();
        assert_eq!(anchors, ["h-getting-started", "h-getting-started-2"]);
        assert_eq!(toc[1].level, 2);
        // Posts keep double brackets as text and their headings without ids.
        let post = render_now("# Title\n\n[[VPN setup]]");
        assert!(post.html.contains("[[VPN setup]]"), "{}", post.html);
        assert!(post.html.contains("<h1>Title</h1>"), "{}", post.html);
    }

    #[test]
    fn markdown_renders_and_raw_html_is_shown_as_text() {
        let r = render_now("**Hej** _alla_\n\n<script>alert(1)</script><b onclick=x>b</b>");
        assert!(r.html.contains("<strong>Hej</strong>"), "{}", r.html);
        assert!(r.html.contains("<em>alla</em>"));
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("<b "), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
    }

    #[test]
    fn dangerous_links_lose_their_address_and_safe_ones_get_rel() {
        let r = render_now(
            "[a](javascript:alert(1)) [b](https://example.com) [c](/people/3) [d](data:text/html,x) [e](vbscript:x)",
        );
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("data:"), "{}", r.html);
        assert!(!r.html.contains("vbscript:"), "{}", r.html);
        assert!(
            r.html.contains(
                r#"<a href="https://example.com" rel="noopener noreferrer nofollow">b</a>"#
            ),
            "{}",
            r.html
        );
        assert!(r.html.contains(r#"href="/people/3""#));
    }

    #[test]
    fn images_load_only_from_the_intranet() {
        let r = render_now(
            "![chart](https://tracker.example/p.gif) ![logo](/files/1/logo.png) ![x](/\\tracker.example/q.gif)",
        );
        assert!(!r.html.contains("<img src=\"https://tracker"), "{}", r.html);
        assert!(!r.html.contains("<img src=\"/\\"), "{}", r.html);
        assert!(
            r.html
                .contains(r#"<a href="https://tracker.example/p.gif""#)
        );
        assert!(
            r.html.contains(r#"<img src="/files/1/logo.png""#),
            "{}",
            r.html
        );
    }

    #[test]
    fn mentions_become_profile_links_and_are_collected_once() {
        let r = render_now(
            "Hej @[Anna Lindqvist](user:2), och @[Erik](user:3) och @[Anna](user:2)! [x](user:abc)",
        );
        assert_eq!(r.mentions, vec![UserId(2), UserId(3)]);
        assert!(
            r.html.contains(
                r#"<a href="/people/2" rel="noopener noreferrer nofollow">Anna Lindqvist</a>"#
            ),
            "{}",
            r.html
        );
        assert!(!r.html.contains("user:"), "{}", r.html);
    }

    #[test]
    fn the_excerpt_is_plain_text_cut_at_a_word() {
        let r = render_now("# Rubrik\n\nEn **fet** text med `kod`.");
        assert_eq!(r.excerpt, "Rubrik En fet text med kod.");
        let long = "ord ".repeat(200);
        let e = excerpt(&long);
        assert!(e.ends_with('…'));
        assert!(e.chars().count() <= EXCERPT_CHARS + 1);
        assert!(!e.contains("  "));
    }
}
