//! What a person wrote in a mail, without what their client added: device footers, the
//! quoted mail they answer (Outlook's header block, Gmail's and Apple's attribution line,
//! `>` quotes) and their signature. The rules and the languages they know are in the mail
//! corpus's README (`service_tests/mail_corpus/README.md`); every sample there is a test.

/// Lines a phone or a client adds that are nobody's words. The Estonian, Latvian and
/// Lithuanian lines are not yet checked against mail from a real phone (see the README).
const DEVICE_FOOTERS: [&str; 10] = [
    "Sent from my iPhone",
    "Sent from my iPad",
    "Skickat från min iPhone",
    "Sendt fra min iPhone",
    "Von meinem iPhone gesendet",
    "Lähetetty iPhonesta",
    "Wysłane z iPhone'a",
    "Saadetud minu iPhone'ist",
    "Nosūtīts no mana iPhone",
    "Išsiųsta iš mano iPhone",
];

/// Outlook's "from" label in a quoted header block, per language (en, sv, de, nb/da, pl, fi,
/// et, lv, lt).
const FROM_LABELS: [&str; 10] = [
    "From:",
    "Från:",
    "Von:",
    "Fra:",
    "Od:",
    "Lähettäjä:",
    "Saatja:",
    "No:",
    "Nuo:",
    "*From:*",
];
/// The "sent" or "date" label that must follow the "from" line.
const SENT_LABELS: [&str; 14] = [
    "Sent:",
    "Date:",
    "Skickat:",
    "Datum:",
    "Gesendet:",
    "Sendt:",
    "Dato:",
    "Wysłane:",
    "Data:",
    "Lähetetty:",
    "Saadetud:",
    "Nosūtīts:",
    "Išsiųsta:",
    "*Sent:*",
];
/// Lines that introduce a quoted or forwarded mail.
const SEPARATORS: [&str; 2] = ["-----Original Message-----", "Forwarded message"];

/// The words that end an attribution line ("… wrote:"), per language.
const ATTRIBUTION_ENDINGS: [&str; 7] = [
    "wrote:",
    "kirjoitti:",
    "napisał(a):",
    "pisze:",
    "kirjutas:",
    "rakstīja:",
    "rašė:",
];
/// Words inside an attribution that end in the writer's name and a colon ("… skrev Anna:").
const ATTRIBUTION_VERBS: [&str; 3] = [" skrev ", " schrieb ", ", skrev "];

/// The person's own words of a plain-text body (already unflowed). In a forward the quoted
/// header block goes but the forwarded content stays.
pub fn own_words(text: &str, forward: bool) -> String {
    let mut lines: Vec<&str> = text
        .lines()
        .filter(|line| !is_device_line(line.trim()))
        .collect();
    cut_header_block(&mut lines, forward);
    remove_attributions(&mut lines);
    lines.retain(|line| !line.starts_with('>'));
    if let Some(sig) = lines.iter().position(|l| l.trim_end() == "--") {
        lines.truncate(sig);
    }
    tidy(&lines)
}

fn is_device_line(line: &str) -> bool {
    // A phone's smart punctuation turns the ' of a footer typed as a signature into ’.
    let straight = line.replace('\u{2019}', "'");
    DEVICE_FOOTERS.contains(&straight.as_str())
        || line.starts_with("Get Outlook for Android")
        || line.starts_with("Get Outlook for iOS")
        || (line.starts_with("[cid:") && line.ends_with(']'))
        || (line.starts_with("[image: ") && line.ends_with(']'))
}

fn is_separator(line: &str) -> bool {
    let line = line.trim();
    (line.len() >= 10 && line.chars().all(|c| c == '_'))
        || SEPARATORS.iter().any(|s| line.contains(s))
}

fn has_label(line: &str, labels: &[&str]) -> bool {
    let line = line.trim_start();
    labels.iter().any(|label| line.starts_with(label))
}

/// Outlook's (and a forward's) quoted header block: a "from" line followed by a "sent"
/// line, perhaps after a separator. A reply loses everything from there on; a forward loses
/// only the separator and the header lines.
fn cut_header_block(lines: &mut Vec<&str>, forward: bool) {
    let Some(from) = (0..lines.len().saturating_sub(1))
        .find(|&i| has_label(lines[i], &FROM_LABELS) && has_label(lines[i + 1], &SENT_LABELS))
    else {
        return;
    };
    // The separator may stand a few blank lines above the block.
    let mut start = from;
    let mut above = from;
    while above > 0 && lines[above - 1].trim().is_empty() {
        above -= 1;
    }
    if above > 0 && is_separator(lines[above - 1]) {
        start = above - 1;
    }
    if forward {
        let end = (from..lines.len())
            .find(|&i| lines[i].trim().is_empty())
            .unwrap_or(lines.len());
        lines.drain(start..end);
    } else {
        lines.truncate(start);
    }
}

fn is_attribution(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 300 || !line.ends_with(':') || !line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    ATTRIBUTION_ENDINGS.iter().any(|end| line.ends_with(end))
        || ATTRIBUTION_VERBS.iter().any(|verb| line.contains(verb))
}

/// Attribution lines ("On … wrote:"), one line or wrapped over two, that stand before
/// quoted lines or at the end.
fn remove_attributions(lines: &mut Vec<&str>) {
    let mut i = 0;
    while i < lines.len() {
        let span = if is_attribution(lines[i]) {
            1
        } else if i + 1 < lines.len()
            && !lines[i].trim().is_empty()
            && is_attribution(&format!("{} {}", lines[i].trim(), lines[i + 1].trim()))
        {
            2
        } else {
            0
        };
        let next = (i + span..lines.len()).find(|&j| !lines[j].trim().is_empty());
        if span > 0 && next.is_none_or(|j| lines[j].starts_with('>')) {
            lines.drain(i..i + span);
        } else {
            i += 1;
        }
    }
}

/// Trailing whitespace trimmed, blank runs made one, no blank lines at either end.
fn tidy(lines: &[&str]) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in lines.iter().map(|l| l.trim_end()) {
        if line.is_empty() && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_greeting_without_a_delimiter_stays() {
        assert_eq!(
            own_words("Tack!\n\nHälsningar\nErik\n", false),
            "Tack!\n\nHälsningar\nErik"
        );
    }

    #[test]
    fn a_sentence_ending_in_wrote_is_not_an_attribution_without_a_quote() {
        let text = "On Monday 3 people wrote:\nthat the printer is broken.";
        assert_eq!(own_words(text, false), text);
    }

    #[test]
    fn a_footer_with_a_curly_apostrophe_goes_too() {
        assert_eq!(
            own_words("Aitäh!\n\nSaadetud minu iPhone\u{2019}ist\n", false),
            "Aitäh!"
        );
    }

    #[test]
    fn a_from_line_alone_is_not_a_header_block() {
        let text = "From: the helpdesk\nThe printer works again.";
        assert_eq!(own_words(text, false), text);
    }
}
