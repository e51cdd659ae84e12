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

use std::collections::HashSet;
use std::time::Duration;

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};

use crate::error::{AppError, FieldError};
use crate::model::ids::UserId;
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
    if let Some(problem) = nesting_problem(markdown, "body") {
        return Err(AppError::validation(vec![problem]).into());
    }
    let owned = markdown.to_owned();
    let task = tokio::task::spawn_blocking(move || render_now(&owned));
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
    let options =
        Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS;
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
    let mut raw = String::new();
    html::push_html(&mut raw, events);
    Rendered {
        html: clean(&raw),
        excerpt: excerpt(&text),
        mentions,
    }
}

/// The allow-list pass over rendered HTML.
fn clean(raw: &str) -> String {
    let schemes: HashSet<&str> = ["http", "https", "mailto"].into_iter().collect();
    ammonia::Builder::default()
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
