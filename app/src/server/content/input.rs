//! Checking what people submit: titles, bodies, language tags and tags, with one field error
//! per problem (translated in the UI), nothing saved unless all is well.

use crate::error::{AppError, FieldError};
use crate::model::content::{MAX_TAG, MAX_TAGS, MAX_TITLE};
use crate::server::profile::service::is_language_tag;
use crate::server::text;

/// Collected field errors, turned into one `validation_failed` answer.
#[derive(Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    pub fn push(&mut self, e: FieldError) {
        self.0.push(e);
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::ValidationFailed { fields: self.0 })
        }
    }
}

/// A required title: one line, NFC, whitespace collapsed, nothing invisible.
pub fn title(raw: &str, p: &mut Problems) -> String {
    let t = match text::one_line(raw) {
        Ok(t) => t,
        Err(problem) => {
            p.push(FieldError::new("title", problem.code()));
            return raw.to_owned();
        }
    };
    if t.is_empty() {
        p.push(FieldError::new("title", "required"));
    } else if t.chars().count() > MAX_TITLE {
        p.push(FieldError::with_limit(
            "title",
            "too_long",
            MAX_TITLE as u32,
        ));
    }
    t
}

/// A required body of at most `max` characters, trimmed.
pub fn body(raw: &str, field: &str, max: usize, p: &mut Problems) -> String {
    let b = text::multi_line(raw);
    if b.is_empty() {
        p.push(FieldError::new(field, "required"));
    } else if b.chars().count() > max {
        p.push(FieldError::with_limit(field, "too_long", max as u32));
    } else if let Some(problem) = super::markdown::nesting_problem(&b, field) {
        p.push(problem);
    }
    b
}

/// A BCP 47 language tag (`sv`, `nb`, `pt-BR`, or `und` for unknown); empty means `und`.
pub fn lang(raw: &str, p: &mut Problems) -> String {
    let l = raw.trim();
    if l.is_empty() {
        return "und".to_owned();
    }
    // Primary subtags are lower case, regions upper case: `pt-br` and `pt-BR` are one tag.
    let normal: String = l
        .split('-')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part.to_ascii_lowercase()
            } else if part.len() == 2 {
                part.to_ascii_uppercase()
            } else {
                part.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("-");
    if !is_language_tag(&normal) {
        p.push(FieldError::new("lang", "invalid_language"));
    }
    normal
}

/// One tag in its stored form: lower case, `#` dropped, spaces as hyphens; letters of any
/// script, digits, `-`, `_` and `.` only.
pub fn normal_tag(raw: &str) -> Option<String> {
    let t = text::one_line(raw).ok()?;
    let t = t
        .trim_start_matches('#')
        .trim()
        .to_lowercase()
        .replace(' ', "-");
    let ok = !t.is_empty()
        && t.chars().count() <= MAX_TAG
        && t.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    ok.then_some(t)
}

/// Tags, de-duplicated in order.
pub fn tags(raw: &[String], p: &mut Problems) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in raw {
        if t.trim().is_empty() {
            continue;
        }
        match normal_tag(t) {
            Some(t) if !out.contains(&t) => out.push(t),
            Some(_) => {}
            None => p.push(FieldError::with_limit(
                "tags",
                "invalid_tag",
                MAX_TAG as u32,
            )),
        }
    }
    if out.len() > MAX_TAGS {
        p.push(FieldError::with_limit("tags", "too_many", MAX_TAGS as u32));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_normalised_and_bad_ones_reported() {
        let mut p = Problems::default();
        let t = tags(
            &[
                "#VPN".into(),
                "Gröna lån".into(),
                "vpn".into(),
                " ".into(),
                "a<b".into(),
            ],
            &mut p,
        );
        assert_eq!(t, vec!["vpn".to_owned(), "gröna-lån".to_owned()]);
        assert!(p.finish().is_err());
    }

    #[test]
    fn language_tags_are_checked_and_normalised() {
        let mut p = Problems::default();
        assert_eq!(lang("SV", &mut p), "sv");
        assert_eq!(lang("pt-br", &mut p), "pt-BR");
        assert_eq!(lang("", &mut p), "und");
        assert!(p.finish().is_ok());
        let mut p = Problems::default();
        lang("svenska!", &mut p);
        assert!(p.finish().is_err());
    }

    #[test]
    fn bodies_and_titles_have_limits() {
        let mut p = Problems::default();
        title(&"x".repeat(MAX_TITLE + 1), &mut p);
        body("   ", "body", 10, &mut p);
        body(&"y".repeat(11), "text", 10, &mut p);
        match p.finish() {
            Err(AppError::ValidationFailed { fields }) => {
                let codes: Vec<_> = fields
                    .iter()
                    .map(|f| (f.field.as_str(), f.code.as_str()))
                    .collect();
                assert_eq!(
                    codes,
                    vec![
                        ("title", "too_long"),
                        ("body", "required"),
                        ("text", "too_long")
                    ]
                );
            }
            other => panic!("{other:?}"),
        }
    }
}
