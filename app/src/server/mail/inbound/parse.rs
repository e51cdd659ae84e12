//! One inbound message, as the mail server handed it over, read into what a post needs: who
//! sent it, its subject without reply prefixes, what it answers, the person's own words and
//! the attached files. MIME, transfer encodings, charsets and encoded headers are
//! `mail-parser`'s; choosing the body, HTML as text and stripping are ours.

use mail_parser::{MessageParser, MimeHeaders, PartType};

use super::{flowed, html_text, strip};

/// What a post is made of, read from one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundMail {
    /// The first `From` address, lower-cased.
    pub from: String,
    /// The name that goes with it, if any.
    pub from_name: String,
    /// The subject without `Re:`/`SV:`/`Fwd:`… prefixes.
    pub subject: String,
    /// The message this one answers, with its angle brackets.
    pub in_reply_to: Option<String>,
    /// This message's own id, with its angle brackets.
    pub message_id: Option<String>,
    /// The ids of the conversation so far (`References`), with their angle brackets.
    pub references: Vec<String>,
    /// What the person wrote, quotes and signature stripped.
    pub body: String,
    pub attachments: Vec<InboundAttachment>,
    /// An auto-reply or a bounce: never posted.
    pub ignore: bool,
}

/// One attached file, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InboundAttachment {
    pub name: String,
    /// Lower-case `type/subtype`.
    pub content_type: String,
    pub data: Vec<u8>,
}

/// Subject prefixes of replies and of forwards, compared without letter case.
const REPLY_PREFIXES: [&str; 7] = ["re", "sv", "aw", "vs", "odp", "atb.", "antw"];
const FORWARD_PREFIXES: [&str; 6] = ["fwd", "fw", "vb", "wg", "vl", "tr"];

/// Reads a message; `None` when it is not a message at all.
pub fn parse(raw: &[u8]) -> Option<InboundMail> {
    let message = MessageParser::default().parse(raw)?;
    let from = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address.as_deref())
        .map(|a| a.trim().to_lowercase())
        .unwrap_or_default();
    let from_name = message
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.name.as_deref())
        .map(|n| n.trim().trim_matches('"').to_owned())
        .unwrap_or_default();
    let (subject, forward) = without_prefixes(message.subject().unwrap_or(""));
    let in_reply_to = ids(message.in_reply_to()).into_iter().next();
    let references = ids(message.references());
    let message_id = message.message_id().map(|id| format!("<{id}>"));

    let root = message.root_part();
    let report = root.content_type().is_some_and(|ct| {
        ct.ctype().eq_ignore_ascii_case("multipart")
            && ct
                .subtype()
                .is_some_and(|s| s.eq_ignore_ascii_case("report"))
            && ct
                .attribute("report-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("delivery-status"))
    });
    let ignore = report || automatic(&message);

    let mut plain: Option<String> = None;
    let mut html: Option<String> = None;
    let mut attachments = Vec::new();
    for part in &message.parts {
        if matches!(part.body, PartType::Multipart(_)) {
            continue;
        }
        let (ctype, subtype) = part.content_type().map_or_else(
            || ("text".to_owned(), "plain".to_owned()),
            |ct| {
                (
                    ct.ctype().to_ascii_lowercase(),
                    ct.subtype().unwrap_or("").to_ascii_lowercase(),
                )
            },
        );
        let kind = format!("{ctype}/{subtype}");
        if report && (kind == "message/delivery-status" || kind == "text/rfc822-headers") {
            continue;
        }
        let disposition_attachment = part
            .content_disposition()
            .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"));
        let name = part.attachment_name().map(str::to_owned);
        let text_kind = kind == "text/plain" || kind == "text/html";
        if disposition_attachment || name.is_some() || !text_kind {
            let data = match &part.body {
                PartType::Message(inner) => inner.raw_message().to_vec(),
                _ => part.contents().to_vec(),
            };
            let name = name.unwrap_or_else(|| fallback_name(&kind));
            attachments.push(InboundAttachment {
                name,
                content_type: kind,
                data,
            });
            continue;
        }
        let text = part.text_contents().unwrap_or("").to_owned();
        if kind == "text/plain" && plain.is_none() {
            let flowed = part.content_type().is_some_and(|ct| {
                ct.attribute("format")
                    .is_some_and(|f| f.eq_ignore_ascii_case("flowed"))
            });
            let delsp = part.content_type().is_some_and(|ct| {
                ct.attribute("delsp")
                    .is_some_and(|f| f.eq_ignore_ascii_case("yes"))
            });
            plain = Some(if flowed {
                flowed::unflow(&text, delsp)
            } else {
                text
            });
        } else if kind == "text/html" && html.is_none() {
            html = Some(html_text::html_to_text(&text));
        }
    }
    let text = plain.or(html).unwrap_or_default();
    let body = strip::own_words(&text.replace("\r\n", "\n"), forward);
    Some(InboundMail {
        from,
        from_name,
        subject,
        in_reply_to,
        message_id,
        references,
        body,
        attachments,
        ignore,
    })
}

/// An auto-reply, by `Auto-Submitted` other than `no`, or by the older signs.
fn automatic(message: &mail_parser::Message<'_>) -> bool {
    let raw = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().to_ascii_lowercase())
    };
    raw("Auto-Submitted").is_some_and(|v| !v.is_empty() && v != "no")
        || raw("Precedence").is_some_and(|v| matches!(v.as_str(), "bulk" | "auto_reply" | "junk"))
        || raw("X-Autoreply").is_some()
        || raw("X-Autorespond").is_some()
}

/// Message ids of a header, each with its angle brackets.
fn ids(value: &mail_parser::HeaderValue<'_>) -> Vec<String> {
    let list: Vec<&str> = match value {
        mail_parser::HeaderValue::Text(id) => vec![id.as_ref()],
        mail_parser::HeaderValue::TextList(ids) => ids.iter().map(|id| id.as_ref()).collect(),
        _ => Vec::new(),
    };
    list.into_iter()
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| format!("<{id}>"))
        .collect()
}

/// The subject without any run of reply and forward prefixes, and whether one of them was a
/// forward's.
pub fn without_prefixes(subject: &str) -> (String, bool) {
    let mut rest = subject.trim();
    let mut forward = false;
    while let Some((head, tail)) = rest.split_once(':') {
        let head = head.trim().to_lowercase();
        // Outlook numbers repeated replies: `RE[2]:`.
        let word = head.split('[').next().unwrap_or("");
        if REPLY_PREFIXES.contains(&word) {
            rest = tail.trim_start();
        } else if FORWARD_PREFIXES.contains(&word) {
            forward = true;
            rest = tail.trim_start();
        } else {
            break;
        }
    }
    (rest.trim().to_owned(), forward)
}

/// A name for an attachment sent without one.
fn fallback_name(kind: &str) -> String {
    let extension = match kind {
        "message/rfc822" => "eml",
        "text/plain" => "txt",
        "text/html" => "html",
        "image/png" => "png",
        "image/jpeg" => "jpg",
        "image/gif" => "gif",
        "application/pdf" => "pdf",
        _ => "bin",
    };
    format!("attachment.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_in_any_case_and_language_are_removed() {
        assert_eq!(
            without_prefixes("RE: SV: Sv: AW: Atb.: Skrivaren"),
            ("Skrivaren".to_owned(), false)
        );
        assert_eq!(
            without_prefixes("VB: Re: Ny rutin"),
            ("Ny rutin".to_owned(), true)
        );
        assert_eq!(
            without_prefixes("Out of office: Re: x"),
            ("Out of office: Re: x".to_owned(), false)
        );
        assert_eq!(
            without_prefixes("Agenda: Monday"),
            ("Agenda: Monday".to_owned(), false)
        );
    }
}
