//! The answer to a person's mail that was not posted: why, in their interface language, with
//! their own text quoted back so nothing is lost, threaded under their mail. Queued like any
//! mail (kind `answer`, once per message and recipient address) and sent from the queue.

use crate::i18n::I18n;
use crate::model::ids::UserId;
use crate::model::mail::MailKind;
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;

use super::compose::{Letter, escape_html, one_line};
use super::notice::{Recipient, message_id};
use super::queue::{self, NewMail};

/// Why a mail was not posted, as the answer says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The text names watched clients (their names as found).
    ClientName(Vec<String>),
    /// It names a client and waits for a compliance officer.
    Held,
    /// What it answers is gone, or no longer visible to them.
    Gone,
    Locked,
    /// Nothing of their own after quotes and signature were removed.
    Empty,
    NoTitle,
    TooLong,
    NotAllowed,
    /// An attachment could not be kept (its name).
    File(String),
    Other,
}

impl Refusal {
    fn reason(&self, i18n: I18n) -> String {
        match self {
            Self::ClientName(names) => i18n.t_args(
                "mail-answer-reason-client-name",
                &[("names", names.join(", ").into())],
            ),
            Self::Held => i18n.t("mail-answer-reason-held"),
            Self::Gone => i18n.t("mail-answer-reason-gone"),
            Self::Locked => i18n.t("mail-answer-reason-locked"),
            Self::Empty => i18n.t("mail-answer-reason-empty"),
            Self::NoTitle => i18n.t("mail-answer-reason-no-title"),
            Self::TooLong => i18n.t("mail-answer-reason-too-long"),
            Self::NotAllowed => i18n.t("mail-answer-reason-not-allowed"),
            Self::File(name) => i18n.t_args(
                "mail-answer-reason-file",
                &[("name", one_line(name).into())],
            ),
            Self::Other => i18n.t("mail-answer-reason-other"),
        }
    }

    /// A short word for the inbound log.
    pub fn code(&self) -> &'static str {
        match self {
            Self::ClientName(_) => "client_name",
            Self::Held => "held_for_review",
            Self::Gone => "not_found",
            Self::Locked => "locked",
            Self::Empty => "empty",
            Self::NoTitle => "no_title",
            Self::TooLong => "too_long",
            Self::NotAllowed => "not_allowed",
            Self::File(_) => "file",
            Self::Other => "other",
        }
    }
}

/// The words of an answer. `address`: where their mail went; `link`: the place it was for.
pub fn letter(
    i18n: I18n,
    refusal: &Refusal,
    address: &str,
    subject: &str,
    their_text: &str,
    link: &str,
) -> Letter {
    let subject = one_line(subject);
    let held = *refusal == Refusal::Held;
    let subject_line = i18n.t_args(
        if held {
            "mail-answer-held-subject"
        } else {
            "mail-answer-subject"
        },
        &[("subject", subject.into())],
    );
    let intro = i18n.t_args(
        if held {
            "mail-answer-held-intro"
        } else {
            "mail-answer-intro"
        },
        &[("address", address.to_owned().into())],
    );
    let reason = refusal.reason(i18n);
    let yours = i18n.t("mail-answer-your-text");
    let open = i18n.t("mail-answer-open");
    let quoted: String = their_text.lines().map(|l| format!("> {l}\n")).collect();
    let text = format!("{intro}\n\n{reason}\n\n{open}: {link}\n\n{yours}\n\n{quoted}");
    let html = format!(
        "<!DOCTYPE html><html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body style=\"font-family:system-ui,sans-serif;line-height:1.5;max-width:40em;margin:0 auto;padding:1em\">\
         <p>{}</p><p>{}</p><p><a href=\"{}\">{}</a></p><p>{}</p>\
         <blockquote style=\"white-space:pre-wrap;border-left:3px solid #ccc;margin:0;padding-left:1em\">{}</blockquote>\
         </body></html>",
        escape_html(i18n.code()),
        escape_html(&subject_line),
        escape_html(&intro),
        escape_html(&reason),
        escape_html(link),
        escape_html(&open),
        escape_html(&yours),
        escape_html(their_text),
    );
    Letter {
        subject: subject_line,
        text,
        html,
    }
}

/// What to answer, and to which message.
pub struct Answer<'a> {
    pub to: &'a Recipient,
    pub refusal: &'a Refusal,
    /// The address their mail went to.
    pub address: &'a str,
    pub subject: &'a str,
    pub their_text: &'a str,
    /// A path on the site: the place the mail was meant for.
    pub path: &'a str,
    /// Their message's id, with angle brackets; the answer is queued once per message.
    pub in_reply_to: Option<&'a str>,
    pub now: i64,
}

/// Queues the answer (nothing while no mail goes out).
pub async fn queue_answer(backend: &Backend, a: Answer<'_>) -> ServiceResult<()> {
    if !backend.mail.enabled() {
        return Ok(());
    }
    let i18n = I18n::new(&a.to.lang);
    let letter = letter(
        i18n,
        a.refusal,
        a.address,
        a.subject,
        a.their_text,
        &backend.mail.link(a.path),
    );
    let key = format!(
        "answer:{}:{}",
        a.address,
        a.in_reply_to
            .map_or_else(|| format!("at-{}", a.now), str::to_owned)
    );
    let mail = NewMail {
        recipient: Some(UserId(a.to.id.0)),
        kind: MailKind::Answer,
        message_id: message_id(&backend.mail.from, &key),
        dedupe_key: key,
        notification: None,
        scope: Vec::new(),
        to: a.to.email.clone(),
        subject: letter.subject,
        text: letter.text,
        html: letter.html,
        now: a.now,
        skip: None,
        in_reply_to: a.in_reply_to.map(str::to_owned),
        references: None,
        from: None,
    };
    queue::insert(&backend.db, &mail).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_quotes_the_text_back_and_escapes_it() {
        let l = letter(
            I18n::new("en"),
            &Refusal::ClientName(vec!["Fjordkraft".into()]),
            "reply@intranet.bank.example",
            "Re: Visit\r\nBcc: x@evil.example",
            "Today I visit <b>Fjordkraft</b>",
            "https://intranet.bank.example/posts/7",
        );
        assert_eq!(l.subject, "Not posted: Re: Visit Bcc: x@evil.example");
        assert!(
            l.text.contains("It names a client (Fjordkraft)"),
            "{}",
            l.text
        );
        assert!(
            l.text.contains("> Today I visit <b>Fjordkraft</b>"),
            "{}",
            l.text
        );
        assert!(
            l.html
                .contains("Today I visit &lt;b&gt;Fjordkraft&lt;/b&gt;")
        );
        assert!(!l.html.contains("<b>Fjordkraft"));
    }

    #[test]
    fn an_answer_speaks_the_senders_language() {
        let l = letter(
            I18n::new("sv"),
            &Refusal::Locked,
            "reply@x",
            "Skrivaren",
            "Hej",
            "https://x/posts/1",
        );
        assert_ne!(l.subject, "Not posted: Skrivaren");
        assert!(l.subject.contains("Skrivaren"));
    }
}
