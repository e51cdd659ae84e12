//! Text as the guard reads it: lower case, diacritics folded (`Ø` → `o`, `Æ` → `ae`, `ą` →
//! `a`), curly apostrophes straight, every run of white space (line breaks too) one space;
//! with the way back from each folded byte to the character it came from, in bytes and in
//! UTF-16 code units (what a browser's text field counts), and whether that character was a
//! capital.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// One character of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    pub byte: usize,
    pub bytes: usize,
    pub utf16: usize,
    pub utf16_len: usize,
    pub capital: bool,
}

/// A text folded, with its way back.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    pub text: String,
    /// For each byte of `text`, the index in `sources` of the character it came from.
    pub origin: Vec<u32>,
    pub sources: Vec<Source>,
}

/// One character folded onto `out`.
pub fn fold_char(c: char, out: &mut String) {
    match c {
        'ø' | 'Ø' => out.push('o'),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ß' | 'ẞ' => out.push_str("ss"),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' | '´' => out.push('\''),
        '\u{2010}' | '\u{2011}' => out.push('-'),
        c if c.is_whitespace() => out.push(' '),
        c => {
            for d in c.nfd().filter(|d| !is_combining_mark(*d)) {
                out.extend(d.to_lowercase());
            }
        }
    }
}

/// A short text (a name) folded, without the way back.
pub fn fold(text: &str) -> String {
    fold_text(text).text.trim().to_owned()
}

/// `text` folded, with the way back.
pub fn fold_text(text: &str) -> Folded {
    let mut f = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
        sources: Vec::with_capacity(text.len()),
    };
    let mut utf16 = 0usize;
    let mut piece = String::new();
    for (byte, c) in text.char_indices() {
        let source = Source {
            byte,
            bytes: c.len_utf8(),
            utf16,
            utf16_len: c.len_utf16(),
            capital: c.is_uppercase(),
        };
        utf16 += c.len_utf16();
        piece.clear();
        fold_char(c, &mut piece);
        // White space runs are one space.
        if piece == " " && (f.text.is_empty() || f.text.ends_with(' ')) {
            continue;
        }
        let index = f.sources.len() as u32;
        f.sources.push(source);
        f.text.push_str(&piece);
        f.origin.extend(std::iter::repeat_n(index, piece.len()));
    }
    f
}

impl Folded {
    /// The original character a folded byte came from.
    pub fn source_at(&self, folded_byte: usize) -> Option<&Source> {
        self.origin
            .get(folded_byte)
            .and_then(|i| self.sources.get(*i as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fold_and_white_space_runs_are_one_space() {
        assert_eq!(fold("Ørsted"), "orsted");
        assert_eq!(fold("Mærsk"), "maersk");
        assert_eq!(fold("Latvijas Gāze"), "latvijas gaze");
        assert_eq!(fold("Żabka"), "zabka");
        assert_eq!(fold("Igničio"), "ignicio");
        assert_eq!(fold("Nokia’s"), "nokia's");
        assert_eq!(fold("Danske\n  Bank"), "danske bank");
    }

    #[test]
    fn each_folded_byte_knows_its_character() {
        let f = fold_text("Æ😀b");
        assert_eq!(f.text, "ae😀b");
        let b = f.source_at(f.text.len() - 1).unwrap();
        assert_eq!((b.byte, b.utf16), ("Æ😀".len(), 3));
        assert!(f.source_at(1).unwrap().capital);
    }
}
