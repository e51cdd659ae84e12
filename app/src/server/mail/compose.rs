//! What a mail says, in its reader's interface language: the subject, a plain-text body and
//! an HTML body, from a notice or a digest. Everything people wrote (titles, names) is put on
//! one line and, in the HTML body, escaped; links are absolute, on the site's public address.
//! A restricted community's item is never described: the words for it say only that
//! something waits in a community the reader belongs to.

use fluent_templates::fluent_bundle::FluentValue;

use crate::i18n::I18n;
use crate::model::content::Notification;
use crate::model::mail::MailMode;

use super::MailSettings;

/// A mail's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// One line of a digest: an item, or an unanswered question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestLine {
    pub title: String,
    pub author: String,
    /// The community's name; `None` for a personal status update or blog.
    pub community: Option<String>,
    /// Where it is read, a path on the site.
    pub path: String,
}

/// What a digest holds, gathered by `digest`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DigestContent {
    pub reader_name: String,
    pub items: Vec<DigestLine>,
    /// Items found beyond those listed.
    pub more_items: i64,
    /// New items in restricted communities the reader belongs to: counted, never shown.
    pub restricted: i64,
    pub questions: Vec<DigestLine>,
    pub unread: i64,
}

impl DigestContent {
    /// Whether there is anything to tell (an empty digest is not sent).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
            && self.restricted == 0
            && self.questions.is_empty()
            && self.unread == 0
    }
}

/// Text from people on one line: line breaks, tabs and other control characters become
/// spaces (a title must not start a new header line or paragraph), runs of spaces one.
pub fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Text for an HTML body or attribute.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// At most `n` characters of `s`, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    let s = one_line(s);
    if s.chars().count() <= n {
        return s;
    }
    let cut: String = s.chars().take(n.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The parts every mail ends with: why it came, the mail settings and the one-click
/// unsubscribe.
struct Footer {
    text: String,
    html: String,
}

fn footer(i18n: I18n, settings: &MailSettings, unsubscribe: &str) -> Footer {
    let why = i18n.t("mail-footer-why");
    let prefs = settings.link("/account/mail");
    let prefs_label = i18n.t("mail-footer-settings");
    let stop = i18n.t("mail-footer-unsubscribe");
    Footer {
        text: format!("-- \n{why}\n{prefs_label}: {prefs}\n{stop}: {unsubscribe}\n"),
        html: format!(
            "<hr><p style=\"color:#555;font-size:0.9em\">{}<br><a href=\"{}\">{}</a> · <a href=\"{}\">{}</a></p>",
            escape_html(&why),
            escape_html(&prefs),
            escape_html(&prefs_label),
            escape_html(unsubscribe),
            escape_html(&stop),
        ),
    }
}

fn page(lang: &str, subject: &str, inner: &str, foot: &Footer) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width\"><title>{}</title></head>\
         <body style=\"font-family:system-ui,sans-serif;line-height:1.5;max-width:40em;margin:0 auto;padding:1em\">\
         {inner}{}</body></html>",
        escape_html(lang),
        escape_html(subject),
        foot.html
    )
}

/// A mail about one notification. `restricted`: it is about a restricted community, so it
/// says only that something waits there, and leads to the notifications page.
/// Whether a notice's mail can be answered by mail: where mail is taken in, about an item an
/// answer can go under (not a join request or an assigned conversation), and never for a
/// restricted community (its notice says nothing that could be answered).
pub fn answerable(settings: &MailSettings, n: &Notification, restricted: bool) -> bool {
    settings.inbound_domain.is_some() && !restricted && n.content_id.is_some()
}

pub fn notice(
    i18n: I18n,
    settings: &MailSettings,
    n: &Notification,
    restricted: bool,
    unsubscribe: &str,
) -> Letter {
    let foot = footer(i18n, settings, unsubscribe);
    let replyable = answerable(settings, n, restricted);
    let (subject, sentence, link) = if restricted {
        (
            i18n.t("mail-restricted-subject"),
            i18n.t("mail-restricted-body"),
            settings.link("/notifications"),
        )
    } else {
        // The same words as the notifications page.
        let (sentence, path) = crate::i18n::notification::describe(i18n, n);
        let sentence = clip(&sentence, 200);
        (sentence.clone(), sentence, settings.link(&path))
    };
    let open = i18n.t("mail-open");
    let hint = if replyable {
        i18n.t("mail-reply-hint")
    } else {
        String::new()
    };
    let text = format!("{sentence}\n\n{open}: {link}\n\n{hint}\n\n{}", foot.text)
        .replace("\n\n\n\n", "\n\n");
    let inner = format!(
        "<p>{}</p><p><a href=\"{}\">{}</a></p>{}",
        escape_html(&sentence),
        escape_html(&link),
        escape_html(&open),
        if replyable {
            format!("<p>{}</p>", escape_html(&hint))
        } else {
            String::new()
        }
    );
    Letter {
        html: page(i18n.code(), &subject, &inner, &foot),
        subject,
        text,
    }
}

fn count(n: i64) -> [(&'static str, FluentValue<'static>); 1] {
    [("count", FluentValue::from(n))]
}

fn line_words(i18n: I18n, line: &DigestLine, id_in: &str, id_alone: &str) -> String {
    let title = clip(&line.title, 120);
    let name = one_line(&line.author);
    match &line.community {
        Some(c) => i18n.t_args(
            id_in,
            &[
                ("title", title.into()),
                ("name", name.into()),
                ("community", one_line(c).into()),
            ],
        ),
        None => i18n.t_args(id_alone, &[("title", title.into()), ("name", name.into())]),
    }
}

/// A mail's body as it is written, in both forms at once.
struct Body {
    text: String,
    html: String,
}

impl Body {
    /// A heading, then a list of linked lines.
    fn list(&mut self, heading: &str, lines: &[(String, String)]) {
        self.text.push_str(&format!("\n{heading}\n"));
        self.html.push_str(&format!(
            "<h2 style=\"font-size:1.1em\">{}</h2><ul>",
            escape_html(heading)
        ));
        for (words, link) in lines {
            self.text.push_str(&format!("* {words}\n  {link}\n"));
            self.html.push_str(&format!(
                "<li><a href=\"{}\">{}</a></li>",
                escape_html(link),
                escape_html(words)
            ));
        }
        self.html.push_str("</ul>");
    }

    /// One linked paragraph.
    fn link(&mut self, words: &str, link: &str) {
        self.text.push_str(&format!("\n{words}\n  {link}\n"));
        self.html.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            escape_html(link),
            escape_html(words)
        ));
    }
}

/// A daily or weekly digest.
pub fn digest(
    i18n: I18n,
    settings: &MailSettings,
    mode: MailMode,
    d: &DigestContent,
    unsubscribe: &str,
) -> Letter {
    let foot = footer(i18n, settings, unsubscribe);
    let news = d.items.len() as i64 + d.more_items + d.restricted;
    let (subject_id, heading_id) = match mode {
        MailMode::Daily => ("mail-digest-subject-daily", "mail-digest-heading-daily"),
        _ => ("mail-digest-subject-weekly", "mail-digest-heading-weekly"),
    };
    let subject = i18n.t_args(subject_id, &count(news));
    let greeting = i18n.t_args(
        "mail-digest-greeting",
        &[("name", one_line(&d.reader_name).into())],
    );
    let heading = i18n.t(heading_id);
    let mut body = Body {
        text: format!("{greeting}\n\n{heading}\n"),
        html: format!(
            "<p>{}</p><h1 style=\"font-size:1.25em\">{}</h1>",
            escape_html(&greeting),
            escape_html(&heading)
        ),
    };
    let lines = |list: &[DigestLine], id_in: &str, id_alone: &str| -> Vec<(String, String)> {
        list.iter()
            .map(|l| (line_words(i18n, l, id_in, id_alone), settings.link(&l.path)))
            .collect()
    };
    if !d.items.is_empty() {
        let items = lines(&d.items, "mail-digest-item", "mail-digest-item-personal");
        body.list(&i18n.t("mail-digest-items"), &items);
        if d.more_items > 0 {
            let more = i18n.t_args("mail-digest-more", &count(d.more_items));
            body.link(&more, &settings.link("/"));
        }
    }
    if d.restricted > 0 {
        let words = i18n.t_args("mail-digest-restricted", &count(d.restricted));
        body.link(&words, &settings.link("/communities?mine=true"));
    }
    if !d.questions.is_empty() {
        let questions = lines(&d.questions, "mail-digest-question", "mail-digest-question");
        body.list(&i18n.t("mail-digest-questions"), &questions);
    }
    if d.unread > 0 {
        let words = i18n.t_args("mail-digest-unread", &count(d.unread));
        body.link(&words, &settings.link("/notifications"));
    }
    body.text.push('\n');
    body.text.push_str(&foot.text);
    Letter {
        html: page(i18n.code(), &subject, &body.html, &foot),
        subject,
        text: body.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> MailSettings {
        MailSettings {
            site_url: "https://intranet.bank.example".into(),
            ..MailSettings::default()
        }
    }

    fn content() -> DigestContent {
        DigestContent {
            reader_name: "Anna".into(),
            items: vec![DigestLine {
                title: "VPN <script>alert(1)</script>\r\nBcc: all@bank.example".into(),
                author: "Erik Berg".into(),
                community: Some("IT Helpdesk".into()),
                path: "/posts/7".into(),
            }],
            more_items: 0,
            restricted: 2,
            questions: vec![],
            unread: 1,
        }
    }

    #[test]
    fn a_title_cannot_break_the_html_or_start_a_new_line() {
        let letter = digest(
            I18n::new("en"),
            &settings(),
            MailMode::Daily,
            &content(),
            "https://x/u",
        );
        assert!(!letter.html.contains("<script>"));
        assert!(letter.html.contains("&lt;script&gt;"));
        assert!(
            letter
                .text
                .contains("VPN <script>alert(1)</script> Bcc: all@bank.example")
        );
        assert!(!letter.subject.contains('\n'));
    }

    #[test]
    fn a_digest_counts_restricted_items_without_naming_them() {
        let letter = digest(
            I18n::new("en"),
            &settings(),
            MailMode::Weekly,
            &content(),
            "https://x/u",
        );
        assert!(
            letter
                .text
                .contains("https://intranet.bank.example/posts/7")
        );
        assert!(letter.text.contains('2'), "{}", letter.text);
        assert!(letter.html.contains("https://x/u"));
    }

    #[test]
    fn a_digest_speaks_its_readers_language() {
        let en = digest(
            I18n::new("en"),
            &settings(),
            MailMode::Daily,
            &content(),
            "u",
        );
        let sv = digest(
            I18n::new("sv"),
            &settings(),
            MailMode::Daily,
            &content(),
            "u",
        );
        assert_ne!(en.subject, sv.subject);
        assert!(sv.html.contains("lang=\"sv\""));
    }

    #[test]
    fn clipping_keeps_short_text_and_marks_a_cut() {
        assert_eq!(clip("short", 10), "short");
        assert_eq!(clip("a b c d e f g h", 6), "a b c…");
    }
}
