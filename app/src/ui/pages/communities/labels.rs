//! Translated names of community kinds, templates, roles, tools and history events.

use crate::i18n::I18n;
use crate::model::community::{CommunityRole, Template, Tool, Visibility};

pub fn visibility(i18n: I18n, v: Visibility) -> String {
    i18n.t(&format!("community-visibility-{}", v.as_str()))
}

pub fn template(i18n: I18n, t: Template) -> String {
    i18n.t(&format!(
        "community-template-{}",
        t.as_str().replace('_', "-")
    ))
}

pub fn role(i18n: I18n, r: CommunityRole) -> String {
    i18n.t(&format!("community-role-{}", r.as_str()))
}

pub fn tool(i18n: I18n, t: Tool) -> String {
    i18n.t(&format!("community-tool-{}", t.as_str()))
}

/// `created`, `joined`, `role_changed` ... as a sentence fragment.
pub fn event(i18n: I18n, e: &str) -> String {
    i18n.t(&format!("community-event-{}", e.replace('_', "-")))
}

/// The address of a community page.
pub fn href(slug: &str, page: &str) -> String {
    if page.is_empty() {
        format!("/communities/{slug}")
    } else {
        format!("/communities/{slug}/{page}")
    }
}
