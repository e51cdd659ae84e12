//! What people type, made canonical before it is stored: every text in Unicode NFC (so `å`
//! is one character however it was typed, and matching, sorting and the coming search see one
//! form), one-line fields (names, titles, tags) with their whitespace collapsed and without
//! invisible characters, and the confusable skeleton that tells whether a display name looks
//! like a colleague's.
//!
//! Control characters never get this far: the HTTP layer refuses them in every body and
//! query (`control_character`), and [`one_line`] refuses them again for callers that do not
//! come through HTTP (the command line, the demo).

use unicode_normalization::UnicodeNormalization;

/// Why a one-line text was refused; the code is the field error's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    ControlCharacter,
    InvisibleCharacter,
}

impl TextProblem {
    pub fn code(self) -> &'static str {
        match self {
            Self::ControlCharacter => "control_character",
            Self::InvisibleCharacter => "invisible_character",
        }
    }
}

/// A character that takes no room and changes what a name seems to say: zero-width spaces
/// and joiners, direction marks and overrides, word joiners, fillers, tag characters and the
/// like (Unicode's format characters and default-ignorables).
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}' | '\u{E0000}'..='\u{E0FFF}')
}

/// Emoji sequences use a zero-width joiner and a presentation selector after a pictograph
/// (`👩‍💻`, `❤️`); those stay, anywhere else they are hiding something.
fn is_emoji_glue(prev: Option<char>, c: char) -> bool {
    matches!(c, '\u{200D}' | '\u{FE0F}')
        && prev.is_some_and(|p| u32::from(p) >= 0x2190 && !p.is_alphanumeric() && !is_invisible(p))
}

/// What [`one_line`] would accept, made from text nobody here typed (the name of a file
/// attached to mail from outside): control and invisible characters are dropped instead of
/// refused (`invoice\u{202e}fdp.exe` would show as `invoiceexe.pdf`).
pub fn one_line_cleaned(raw: &str) -> String {
    let mut prev = None;
    let kept: String = raw
        .chars()
        .filter(|&c| {
            let keep = !c.is_control() && (!is_invisible(c) || is_emoji_glue(prev, c));
            if keep {
                prev = Some(c);
            }
            keep
        })
        .collect();
    let nfc: String = kept.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A one-line text (a name, a title, a tag): NFC, whitespace collapsed to single spaces,
/// trimmed; refused when it holds control or invisible characters.
pub fn one_line(raw: &str) -> Result<String, TextProblem> {
    let mut prev = None;
    for c in raw.chars() {
        if c.is_control() && !c.is_whitespace() {
            return Err(TextProblem::ControlCharacter);
        }
        if is_invisible(c) && !is_emoji_glue(prev, c) {
            return Err(TextProblem::InvisibleCharacter);
        }
        prev = Some(c);
    }
    let nfc: String = raw.nfc().collect();
    Ok(nfc.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A longer text (a body, a description): NFC, trimmed, line breaks as `\n`.
pub fn multi_line(raw: &str) -> String {
    raw.trim().replace("\r\n", "\n").nfc().collect()
}

/// What a display name looks like, whatever the letters: its TR39 confusable skeleton of the
/// lower-case NFC text with whitespace collapsed. `Anna Lindqvist`, `anna  lindqvist` and
/// `Аnna Lindqvist` (Cyrillic А) share one.
pub fn name_skeleton(name: &str) -> String {
    let folded: String = name
        .nfc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let skeleton: String = unicode_security::skeleton(&folded).collect();
    // Case is folded before the skeleton, which loses that a capital `I` looks like `l`;
    // `i`, `l` and `1` (which TR39 maps to `l`) are therefore one letter here.
    skeleton
        .to_lowercase()
        .chars()
        .map(|c| if c == 'i' { 'l' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_and_direction_characters_are_refused_in_one_line_fields() {
        for bad in [
            "Anna\u{200B} Lindqvist",
            "Anna Lindqvist\u{200F}",
            "\u{202E}tsivqdniL annA",
            "Anna\u{2060}",
            "An\u{00AD}na",
            "Anna\u{FEFF}",
            "a\u{E0041}",
            "Anna\u{200D}",
        ] {
            assert_eq!(
                one_line(bad),
                Err(TextProblem::InvisibleCharacter),
                "{bad:?}"
            );
        }
        assert_eq!(one_line("a\u{0}b"), Err(TextProblem::ControlCharacter));
    }

    #[test]
    fn text_from_outside_is_cleaned_into_what_one_line_accepts() {
        for raw in [
            "invoice\u{202e}fdp.exe",
            "a\r\nb",
            "zero\u{200b}width",
            "  spaced   out ",
        ] {
            let cleaned = one_line_cleaned(raw);
            assert_eq!(
                one_line(&cleaned).as_deref(),
                Ok(cleaned.as_str()),
                "{raw:?}"
            );
        }
        assert_eq!(
            one_line_cleaned("Kod \u{1F469}\u{200D}\u{1F4BB}.txt"),
            "Kod \u{1F469}\u{200D}\u{1F4BB}.txt"
        );
    }

    #[test]
    fn one_line_text_is_nfc_with_single_spaces() {
        // `a` + combining ring is one `å` after NFC.
        assert_eq!(
            one_line("  Ma\u{030A}rten \t  Berg ").unwrap(),
            "Mårten Berg"
        );
        assert_eq!(
            one_line("Kaffe ☕ och 👩\u{200D}💻 ❤\u{FE0F}").unwrap(),
            "Kaffe ☕ och 👩\u{200D}💻 ❤\u{FE0F}"
        );
    }

    #[test]
    fn look_alike_names_share_a_skeleton_and_others_do_not() {
        let anna = name_skeleton("Anna Lindqvist");
        assert_eq!(name_skeleton("anna  lindqvist"), anna);
        assert_eq!(name_skeleton("\u{0410}nna Lindqvist"), anna, "Cyrillic A");
        assert_eq!(name_skeleton("Anna Lindqv1st"), anna, "digit one for i");
        assert_eq!(name_skeleton("Anna IIndqvist"), anna, "capital I for l");
        assert_eq!(name_skeleton("Anna Lindqvi\u{0455}t"), anna, "Cyrillic s");
        assert_ne!(name_skeleton("Anna Lindquist"), anna);
        assert_ne!(name_skeleton("Anna B. Lindqvist"), anna);
    }

    #[test]
    fn bodies_are_nfc_with_unix_line_breaks() {
        assert_eq!(
            multi_line(" a\r\nb\u{0308} "),
            "a\nb\u{0308}".nfc().collect::<String>()
        );
    }
}
