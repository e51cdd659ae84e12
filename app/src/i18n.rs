//! Localisation: the supported UI languages, language negotiation, and message lookup.
//!
//! All Fluent files under `locales/` are compiled into the server (fluent-templates' static
//! loader); none of it reaches the browser. Every string is rendered on the server in the
//! reader's language, and islands receive the few they show as props (see
//! `docs/architecture.md`). Fluent-templates is used directly rather than through
//! leptos-fluent because the language is negotiated on the server from the user's profile
//! first, which only the server knows; changing the language loads the page again.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use unic_langid::LanguageIdentifier;

pub mod notification;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        // Bidi isolation marks would end up in attributes and test selectors.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A supported UI language: its BCP 47 code and its name in itself (as shown in the switcher).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiLanguage {
    pub code: &'static str,
    pub native_name: &'static str,
}

/// The UI languages, English first (the reference). `en-XA` is the generated pseudo-locale.
pub const SUPPORTED: &[UiLanguage] = &[
    UiLanguage {
        code: "en",
        native_name: "English",
    },
    UiLanguage {
        code: "sv",
        native_name: "Svenska",
    },
    UiLanguage {
        code: "nb",
        native_name: "Norsk bokmål",
    },
    UiLanguage {
        code: "da",
        native_name: "Dansk",
    },
    UiLanguage {
        code: "fi",
        native_name: "Suomi",
    },
    UiLanguage {
        code: "et",
        native_name: "Eesti",
    },
    UiLanguage {
        code: "lv",
        native_name: "Latviešu",
    },
    UiLanguage {
        code: "lt",
        native_name: "Lietuvių",
    },
    UiLanguage {
        code: "de",
        native_name: "Deutsch",
    },
    UiLanguage {
        code: "pl",
        native_name: "Polski",
    },
    UiLanguage {
        code: "en-XA",
        native_name: "Pseudo (en-XA)",
    },
];

/// The name of the cookie that remembers a chosen UI language for visitors not logged in.
pub const LANG_COOKIE: &str = "gemenskap_lang";

static LANG_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    SUPPORTED
        .iter()
        .map(|l| l.code.parse().unwrap_or_default())
        .collect()
});

/// Maps a language tag to a supported UI language code, if there is one:
/// `no` and `nn` (and their regions) to `nb`, regional variants to their language
/// (`sv-FI` to `sv`), case-insensitively; `en-XA` only when asked for exactly.
pub fn supported_code(tag: &str) -> Option<&'static str> {
    let tag = tag.trim();
    if tag.eq_ignore_ascii_case("en-XA") {
        return Some("en-XA");
    }
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let primary = match primary.as_str() {
        "no" | "nn" => "nb",
        other => other,
    };
    SUPPORTED
        .iter()
        .find(|l| l.code != "en-XA" && l.code == primary)
        .map(|l| l.code)
}

/// Picks the UI language: the profile's, then the cookie's, then the best of the
/// `Accept-Language` header (by q-value, in order), then English.
pub fn negotiate(
    profile: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> &'static str {
    profile
        .and_then(supported_code)
        .or_else(|| cookie.and_then(supported_code))
        .or_else(|| accept_language.and_then(best_accepted))
        .unwrap_or("en")
}

fn best_accepted(header: &str) -> Option<&'static str> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, i, tag))
        })
        .collect();
    // Highest q first; equal q keeps the order the browser sent.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .into_iter()
        .find_map(|(_, _, tag)| supported_code(tag))
}

/// The UI language of this page, provided as context at the root of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct I18n {
    index: usize,
}

impl I18n {
    /// The language for a supported code; English for anything else.
    pub fn new(code: &str) -> Self {
        let index = SUPPORTED.iter().position(|l| l.code == code).unwrap_or(0);
        Self { index }
    }

    pub fn code(&self) -> &'static str {
        SUPPORTED[self.index].code
    }

    fn langid(&self) -> &'static LanguageIdentifier {
        &LANG_IDS[self.index]
    }

    /// The message `id` in this language (English when the locale lacks it).
    pub fn t(&self, id: &str) -> String {
        LOCALES.lookup(self.langid(), id)
    }

    /// The message `id` formatted with named arguments.
    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), v.clone()))
            .collect();
        LOCALES.lookup_with_args(self.langid(), id, &map)
    }

    /// A date (UTC milliseconds since the epoch) in the locale's short numeric form.
    pub fn format_date(&self, millis: i64) -> String {
        let (y, m, d) = civil_from_millis(millis);
        match self.code() {
            "sv" | "lt" => format!("{y:04}-{m:02}-{d:02}"),
            "en" | "en-XA" => format!("{d} {} {y}", EN_MONTHS[(m - 1) as usize]),
            "lv" => format!("{d:02}.{m:02}.{y:04}."),
            "da" | "nb" | "fi" | "et" | "de" | "pl" => format!("{d:02}.{m:02}.{y:04}"),
            _ => format!("{y:04}-{m:02}-{d:02}"),
        }
    }

    /// A date and the time of day in UTC, for records where the exact time matters
    /// (membership history): `27 Nov 2026 09:05 UTC`.
    pub fn format_datetime_utc(&self, millis: i64) -> String {
        let seconds = millis.rem_euclid(86_400_000) / 1000;
        format!(
            "{} {:02}:{:02} UTC",
            self.format_date(millis),
            seconds / 3600,
            seconds / 60 % 60
        )
    }

    /// An integer with the locale's digit grouping.
    pub fn format_number(&self, n: i64) -> String {
        let sep = match self.code() {
            "en" | "en-XA" => ",",
            "de" | "da" => ".",
            // sv nb fi et lv lt pl group with a no-break space.
            _ => "\u{a0}",
        };
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(sep);
            }
            out.push(c);
        }
        if n < 0 { format!("-{out}") } else { out }
    }
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Year, month and day (UTC) of a timestamp; Howard Hinnant's days-to-civil algorithm.
pub fn civil_from_millis(millis: i64) -> (i64, u32, u32) {
    let z = millis.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The `I18n` of the current page.
pub fn use_i18n() -> I18n {
    leptos::prelude::use_context::<I18n>().unwrap_or(I18n::new("en"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_variants_map_to_bokmal() {
        for tag in ["no", "nn", "nb", "nb-NO", "nn-NO", "NO"] {
            assert_eq!(supported_code(tag), Some("nb"), "{tag}");
        }
    }

    #[test]
    fn regional_variants_map_to_their_language() {
        assert_eq!(supported_code("sv-FI"), Some("sv"));
        assert_eq!(supported_code("de-AT"), Some("de"));
        assert_eq!(supported_code("en-GB"), Some("en"));
        assert_eq!(supported_code("fr-FR"), None);
    }

    #[test]
    fn profile_wins_over_cookie_and_browser() {
        assert_eq!(negotiate(Some("fi"), Some("sv"), Some("de")), "fi");
        assert_eq!(negotiate(None, Some("sv"), Some("de")), "sv");
        assert_eq!(negotiate(None, None, Some("de")), "de");
        assert_eq!(negotiate(None, None, None), "en");
        assert_eq!(negotiate(Some("xx"), None, Some("pl")), "pl");
    }

    #[test]
    fn accept_language_is_read_by_quality() {
        assert_eq!(
            negotiate(None, None, Some("fr;q=0.9, sv;q=0.8, en;q=0.7")),
            "sv"
        );
        assert_eq!(negotiate(None, None, Some("en;q=0.5, nn;q=0.9")), "nb");
        assert_eq!(negotiate(None, None, Some("fr, it")), "en");
        assert_eq!(negotiate(None, None, Some("sv;q=0, da")), "da");
    }

    #[test]
    fn dates_follow_the_locale() {
        let nov_26_2026 = 1_795_651_200_000; // 2026-11-26T00:00:00Z
        assert_eq!(I18n::new("sv").format_date(nov_26_2026), "2026-11-26");
        assert_eq!(I18n::new("de").format_date(nov_26_2026), "26.11.2026");
        assert_eq!(I18n::new("en").format_date(nov_26_2026), "26 Nov 2026");
        assert_eq!(I18n::new("lv").format_date(nov_26_2026), "26.11.2026.");
    }

    #[test]
    fn numbers_are_grouped_for_the_locale() {
        assert_eq!(I18n::new("en").format_number(17000), "17,000");
        assert_eq!(I18n::new("de").format_number(1234567), "1.234.567");
        assert_eq!(I18n::new("sv").format_number(17000), "17\u{a0}000");
        assert_eq!(I18n::new("fi").format_number(999), "999");
    }

    #[test]
    fn every_message_formats_with_plural_numbers_in_every_locale() {
        let en = I18n::new("en");
        let ids = message_ids_of("../locales/en");
        assert!(ids.len() > 50, "the English reference should be loaded");
        for lang in SUPPORTED {
            let i18n = I18n::new(lang.code);
            for id in &ids {
                for n in [0, 1, 2, 5, 11, 21] {
                    let args = [
                        ("count", FluentValue::from(n)),
                        ("name", FluentValue::from("Anna")),
                        ("seconds", FluentValue::from(n)),
                        ("limit", FluentValue::from(n)),
                        ("language", FluentValue::from("Svenska")),
                        ("email", FluentValue::from("anna@example.com")),
                        ("reference", FluentValue::from("ab12")),
                        ("percent", FluentValue::from(n)),
                        ("field", FluentValue::from("Name")),
                        ("problem", FluentValue::from("too long")),
                        ("cap", FluentValue::from(n)),
                        ("date", FluentValue::from("27 Nov 2026")),
                        ("tool", FluentValue::from("Forum")),
                        ("title", FluentValue::from("VPN drops")),
                        ("community", FluentValue::from("IT Helpdesk")),
                        ("languages", FluentValue::from("Svenska, English")),
                        ("from", FluentValue::from(n)),
                        ("now", FluentValue::from(n)),
                        ("kilobytes", FluentValue::from(n)),
                        ("time", FluentValue::from("3 Dec 2026 10:00")),
                        ("fields", FluentValue::from("Title, About me")),
                        ("version", FluentValue::from(n)),
                        ("inserted", FluentValue::from(n)),
                        ("deleted", FluentValue::from(n)),
                        ("megabytes", FluentValue::from(n)),
                        ("days", FluentValue::from(n)),
                        ("used", FluentValue::from("2 MB")),
                        ("quota", FluentValue::from("10 GB")),
                        ("names", FluentValue::from("Erik Berg, Anna Lind")),
                        ("base", FluentValue::from(n)),
                        ("seconds", FluentValue::from(n)),
                        ("start", FluentValue::from(n)),
                        ("end", FluentValue::from(n)),
                        ("found", FluentValue::from("Fjordkrafts")),
                        ("line", FluentValue::from(n)),
                        ("created", FluentValue::from(n)),
                        ("updated", FluentValue::from(n)),
                        ("subject", FluentValue::from("Re: VPN")),
                        ("address", FluentValue::from("it@intranet.example")),
                    ];
                    if lang.code == "en" && n == 0 && *id == ids[0] {
                        every_variable_has_an_argument(&args);
                    }
                    let text = i18n.t_args(id, &args);
                    assert!(!text.is_empty(), "{} {id} n={n}", lang.code);
                    assert!(!text.contains("Unknown"), "{} {id}: {text}", lang.code);
                }
            }
            // A translated locale must not just echo the reference for most messages.
            if !["en", "en-XA"].contains(&lang.code) {
                let same = ids.iter().filter(|id| i18n.t(id) == en.t(id)).count();
                assert!(
                    same * 4 < ids.len(),
                    "{}: {same} of {} messages equal English",
                    lang.code,
                    ids.len()
                );
            }
        }
    }

    /// A message whose variable this test does not pass fails to format and
    /// reads as an unknown key; name the variable instead.
    fn every_variable_has_an_argument(args: &[(&str, FluentValue)]) {
        for entry in std::fs::read_dir("../locales/en").unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines().filter(|line| !line.starts_with('#')) {
                for piece in line.split("{ $").skip(1) {
                    let var: String = piece
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    assert!(
                        args.iter().any(|(name, _)| *name == var),
                        "add ${var} to the arguments of this test"
                    );
                }
            }
        }
    }

    fn message_ids_of(dir: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for line in text.lines() {
                let first = line.chars().next().unwrap_or(' ');
                if let (true, Some((id, _))) = (first.is_ascii_lowercase(), line.split_once('=')) {
                    ids.push(id.trim().to_owned());
                }
            }
        }
        ids
    }
}
