//! Guessing the language of a text, on the server only (the models stay out of the WASM).
//! The detector knows only the product's ten languages, so it never suggests one nobody here
//! writes. A text too short, or too mixed, to tell is `und`: a wrong guess is worse than none,
//! because authors tend to accept what is preselected. Posting never depends on this.
//!
//! The thresholds were chosen on the sample posts in `samples/` (30 per language, and 20 that
//! should stay `und`); `docs/language-detection.md` has the accuracy they give.

use std::sync::OnceLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

use crate::model::language::{Detection, UNDETERMINED};

/// The languages of [`crate::model::content::CONTENT_LANGUAGES`], as the detector names them.
const LANGUAGES: [Language; 10] = [
    Language::Swedish,
    Language::Bokmal,
    Language::Danish,
    Language::Finnish,
    Language::English,
    Language::German,
    Language::Estonian,
    Language::Latvian,
    Language::Lithuanian,
    Language::Polish,
];

/// Fewer letters than this (after links, mentions and code are removed) is too little to tell.
pub const MIN_LETTERS: usize = 12;
/// The best language's share of the confidence must be at least this ...
pub const MIN_CONFIDENCE: f64 = 0.5;
/// ... and this far ahead of the second best.
pub const MIN_LEAD: f64 = 0.15;

fn detector() -> &'static LanguageDetector {
    static DETECTOR: OnceLock<LanguageDetector> = OnceLock::new();
    DETECTOR.get_or_init(|| LanguageDetectorBuilder::from_languages(&LANGUAGES).build())
}

/// Loads the models now, so the first author of the day does not wait for them.
pub fn warm_up() {
    let _ = detector().compute_language_confidence_values("Hej och välkommen");
}

/// The words of a text that are language: without links, e-mail addresses, mention tokens,
/// code spans and numbers.
fn prose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_code = false;
    for word in text.split_whitespace() {
        if word.starts_with("```") || word.matches('`').count() % 2 == 1 {
            in_code = !in_code;
            continue;
        }
        let noise = in_code
            || word.contains("://")
            || word.starts_with("www.")
            || word.contains('@')
            || word.contains("](")
            || !word.chars().any(char::is_alphabetic);
        if !noise {
            out.push_str(word);
            out.push(' ');
        }
    }
    out
}

/// The language of a text, or `und` with confidence 0 when it cannot be told.
pub fn detect(text: &str) -> Detection {
    let unsure = Detection {
        lang: UNDETERMINED.to_owned(),
        confidence: 0.0,
    };
    let words = prose(text);
    if words.chars().filter(|c| c.is_alphabetic()).count() < MIN_LETTERS {
        return unsure;
    }
    let values = detector().compute_language_confidence_values(words);
    let (Some((best, first)), second) = (values.first(), values.get(1).map_or(0.0, |v| v.1)) else {
        return unsure;
    };
    if *first < MIN_CONFIDENCE || first - second < MIN_LEAD {
        return Detection {
            lang: UNDETERMINED.to_owned(),
            confidence: (first * 100.0).round() / 100.0,
        };
    }
    Detection {
        lang: best.iso_code_639_1().to_string(),
        confidence: (first * 100.0).round() / 100.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: [(&str, &str); 11] = [
        ("sv", include_str!("samples/sv.txt")),
        ("nb", include_str!("samples/nb.txt")),
        ("da", include_str!("samples/da.txt")),
        ("fi", include_str!("samples/fi.txt")),
        ("en", include_str!("samples/en.txt")),
        ("de", include_str!("samples/de.txt")),
        ("et", include_str!("samples/et.txt")),
        ("lv", include_str!("samples/lv.txt")),
        ("lt", include_str!("samples/lt.txt")),
        ("pl", include_str!("samples/pl.txt")),
        ("und", include_str!("samples/und.txt")),
    ];

    /// Per language: right, `und` (no guess), wrong. Printed with `--nocapture` for the docs.
    #[test]
    fn accuracy_on_the_sample_posts() {
        let mut total_wrong = 0;
        let mut total = 0;
        println!("lang  posts  right  und  wrong");
        for (lang, text) in SAMPLES {
            let (mut right, mut und, mut wrong) = (0, 0, 0);
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let got = detect(line);
                if got.lang == lang {
                    right += 1;
                } else if got.lang == UNDETERMINED {
                    und += 1;
                } else {
                    wrong += 1;
                    println!("  {lang} read as {} ({}): {line}", got.lang, got.confidence);
                }
            }
            println!(
                "{lang:>4}  {:>5}  {right:>5}  {und:>3}  {wrong:>5}",
                right + und + wrong
            );
            total += right + und + wrong;
            total_wrong += wrong;
            if lang != UNDETERMINED {
                // Most posts are recognised, and a wrong guess is rare.
                assert!(
                    right * 10 >= (right + und + wrong) * 7,
                    "{lang}: {right} right"
                );
            }
            assert!(wrong * 10 <= (right + und + wrong), "{lang}: {wrong} wrong");
        }
        assert!(total_wrong * 20 <= total, "{total_wrong} wrong of {total}");
    }

    #[test]
    fn short_or_empty_text_is_undetermined() {
        for text in [
            "",
            "ok",
            "Tack!",
            "👍",
            "https://intra.example/x",
            "@[Anna](user:3)",
        ] {
            assert_eq!(detect(text).lang, UNDETERMINED, "{text}");
            assert_eq!(detect(text).confidence, 0.0, "{text}");
        }
    }

    #[test]
    fn links_and_mentions_do_not_vote() {
        let text = "Kan någon hjälpa mig med VPN-klienten? Se https://intra.example/english/help";
        assert_eq!(detect(text).lang, "sv");
        assert_eq!(prose("see `let x = 1` now"), "see now ");
    }
}
