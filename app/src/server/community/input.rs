//! What a community is created and changed with: parsing and checking every field once,
//! reporting all problems together.

use crate::error::{AppError, FieldError};
use crate::model::community::{
    MAX_COMMUNITY_DESCRIPTION, MAX_COMMUNITY_LANGUAGES, MAX_COMMUNITY_NAME, Template, Visibility,
};
use crate::server::profile::service::is_language_tag;
use crate::server::text;

/// What a community is created with, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCommunity {
    pub name: String,
    pub description: String,
    pub visibility: Visibility,
    pub template: Template,
    pub languages: Vec<String>,
    pub member_cap: Option<i64>,
}

impl NewCommunity {
    /// Checks every field, reporting all problems at once. `org_cap` is the organisation's
    /// cap on restricted communities; a community's own cap may only be lower.
    pub fn parse(
        name: &str,
        description: &str,
        visibility: &str,
        template: &str,
        languages: Vec<String>,
        member_cap: Option<i64>,
        org_cap: u32,
    ) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let name = check_name(name, &mut errors);
        let description = check_description(description, &mut errors);
        let visibility = Visibility::parse(visibility.trim());
        if visibility.is_none() {
            errors.push(FieldError::new("visibility", "invalid_choice"));
        }
        let template = Template::parse(template.trim());
        if template.is_none() {
            errors.push(FieldError::new("template", "invalid_choice"));
        }
        if template == Some(Template::ClientTeam)
            && visibility.is_some_and(|v| v != Visibility::Restricted)
        {
            errors.push(FieldError::new("visibility", "client_team_restricted"));
        }
        let languages = check_languages(languages, &mut errors);
        let member_cap = check_cap(member_cap, visibility, org_cap, &mut errors);
        match (visibility, template) {
            (Some(visibility), Some(template)) if errors.is_empty() => Ok(Self {
                name,
                description,
                visibility,
                template,
                languages,
                member_cap,
            }),
            _ => Err(AppError::validation(errors)),
        }
    }
}

pub(super) fn check_name(name: &str, errors: &mut Vec<FieldError>) -> String {
    let name = match text::one_line(name) {
        Ok(name) => name,
        Err(problem) => {
            errors.push(FieldError::new("name", problem.code()));
            return name.to_owned();
        }
    };
    if name.is_empty() {
        errors.push(FieldError::new("name", "required"));
    } else if name.chars().count() > MAX_COMMUNITY_NAME {
        errors.push(FieldError::with_limit(
            "name",
            "too_long",
            MAX_COMMUNITY_NAME as u32,
        ));
    }
    name
}

pub(super) fn check_description(description: &str, errors: &mut Vec<FieldError>) -> String {
    let description = text::multi_line(description);
    if description.chars().count() > MAX_COMMUNITY_DESCRIPTION {
        errors.push(FieldError::with_limit(
            "description",
            "too_long",
            MAX_COMMUNITY_DESCRIPTION as u32,
        ));
    }
    description
}

pub(super) fn check_languages(languages: Vec<String>, errors: &mut Vec<FieldError>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in languages {
        let l = l.trim().to_owned();
        if !is_language_tag(&l) {
            errors.push(FieldError::new("languages", "invalid_language"));
        } else if !out.contains(&l) {
            out.push(l);
        }
    }
    if out.is_empty() {
        errors.push(FieldError::new("languages", "required"));
    } else if out.len() > MAX_COMMUNITY_LANGUAGES {
        errors.push(FieldError::with_limit(
            "languages",
            "too_many",
            MAX_COMMUNITY_LANGUAGES as u32,
        ));
    }
    out
}

/// A community's own cap: only restricted communities have one, between 1 and the
/// organisation's cap.
pub(super) fn check_cap(
    cap: Option<i64>,
    visibility: Option<Visibility>,
    org_cap: u32,
    errors: &mut Vec<FieldError>,
) -> Option<i64> {
    let cap = cap?;
    if visibility != Some(Visibility::Restricted) {
        errors.push(FieldError::new("member_cap", "cap_only_restricted"));
    } else if !(1..=i64::from(org_cap)).contains(&cap) {
        errors.push(FieldError::with_limit(
            "member_cap",
            "out_of_range",
            org_cap,
        ));
    }
    Some(cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(vis: &str, template: &str, cap: Option<i64>) -> Result<NewCommunity, AppError> {
        NewCommunity::parse(
            "Fjordkraft refinancing",
            "",
            vis,
            template,
            vec!["nb".into(), "en".into(), "nb".into()],
            cap,
            30,
        )
    }

    fn codes(e: AppError) -> Vec<String> {
        match e {
            AppError::ValidationFailed { fields } => fields
                .into_iter()
                .map(|f| format!("{}:{}", f.field, f.code))
                .collect(),
            other => vec![other.code().to_owned()],
        }
    }

    #[test]
    fn a_client_team_must_be_restricted_and_only_restricted_ones_take_a_cap() {
        let ok = parse("restricted", "client_team", Some(12)).unwrap();
        assert_eq!(ok.languages, vec!["nb", "en"]);
        assert_eq!(ok.member_cap, Some(12));
        assert_eq!(
            codes(parse("public", "client_team", None).unwrap_err()),
            vec!["visibility:client_team_restricted"]
        );
        assert_eq!(
            codes(parse("public", "project", Some(5)).unwrap_err()),
            vec!["member_cap:cap_only_restricted"]
        );
        assert_eq!(
            codes(parse("restricted", "project", Some(31)).unwrap_err()),
            vec!["member_cap:out_of_range"]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let e = NewCommunity::parse("  ", &"x".repeat(4001), "secret", "club", vec![], None, 30)
            .unwrap_err();
        assert_eq!(
            codes(e),
            vec![
                "name:required",
                "description:too_long",
                "visibility:invalid_choice",
                "template:invalid_choice",
                "languages:required"
            ]
        );
    }
}
