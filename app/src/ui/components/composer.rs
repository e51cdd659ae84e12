//! The parts of every composer, made on the server for the islands that run them: the
//! Markdown field (preview, mention picker) and the language menu (with the suggestion from
//! detection), each given its words in the page's language.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use leptos::prelude::*;

use crate::i18n::{I18n, use_i18n};
use crate::islands::lang_select::{LangChoice, LangSelect as LangSelectIsland};
use crate::islands::markdown_field::{MarkdownField as MarkdownFieldIsland, MarkdownFieldText};
use crate::model::account::Me;
use crate::model::content::CONTENT_LANGUAGES;
use crate::ui::components::language_name::language_name;

/// The language a new text starts with: the author's first reading language, else their UI
/// language, else unknown.
pub fn default_lang(me: &Me) -> String {
    me.read_languages
        .iter()
        .chain(std::iter::once(&me.ui_language))
        .find(|l| CONTENT_LANGUAGES.contains(&l.as_str()))
        .cloned()
        .unwrap_or_else(|| "und".to_owned())
}

/// The languages of the menu with the sentences that offer each, and "other" last: the same
/// for every menu in one UI language, so made once per language (a thread page has a menu per
/// comment box, each asking Fluent for 21 sentences otherwise).
fn lang_choices(i18n: I18n) -> Vec<LangChoice> {
    static MADE: OnceLock<Mutex<HashMap<&'static str, Vec<LangChoice>>>> = OnceLock::new();
    let made = MADE.get_or_init(Default::default);
    if let Some(found) = made.lock().ok().and_then(|m| m.get(i18n.code()).cloned()) {
        return found;
    }
    let fresh = make_lang_choices(i18n);
    if let Ok(mut m) = made.lock() {
        m.insert(i18n.code(), fresh.clone());
    }
    fresh
}

fn make_lang_choices(i18n: I18n) -> Vec<LangChoice> {
    let mut out: Vec<LangChoice> = CONTENT_LANGUAGES
        .iter()
        .map(|code| {
            let name = i18n.t(&format!("lang-name-{code}"));
            LangChoice {
                code: (*code).to_owned(),
                name: language_name(code),
                suggestion: i18n.t_args("detect-suggestion", &[("language", name.clone().into())]),
                take: i18n.t_args("detect-use", &[("language", name.into())]),
            }
        })
        .collect();
    out.push(LangChoice {
        code: "und".to_owned(),
        name: i18n.t("post-lang-und"),
        suggestion: String::new(),
        take: String::new(),
    });
    out
}

/// A language menu named `lang`; inside a composer it offers the language the text looks
/// like when that differs from the choice.
#[component]
pub fn LangSelect(#[prop(into)] id: String, #[prop(into)] selected: String) -> impl IntoView {
    let i18n = use_i18n();
    let selected = if CONTENT_LANGUAGES.contains(&selected.as_str()) {
        selected
    } else {
        "und".to_owned()
    };
    view! {
        <LangSelectIsland id=id label=i18n.t("post-lang-label") selected=selected choices=lang_choices(i18n)/>
    }
}

/// A Markdown text area with a preview button and mention suggestions; `place` is the
/// community's slug, or `None` on a profile.
#[component]
pub fn MarkdownField(
    #[prop(into)] id: String,
    name: &'static str,
    #[prop(into)] label: String,
    max: usize,
    #[prop(default = 4)] rows: u32,
    #[prop(optional, into)] value: String,
    #[prop(into)] place: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = MarkdownFieldText {
        label,
        help: i18n.t("post-markdown-help"),
        preview: i18n.t("post-preview"),
        preview_heading: i18n.t("post-preview-heading"),
        suggestions: i18n.t("post-mention-suggestions"),
        network: i18n.t("error-network"),
        guard_refuse: i18n.t("guard-warning-refuse"),
        guard_hold: i18n.t("guard-warning-hold"),
        guard_found: i18n.t_args(
            "guard-warning-found",
            &[("found", "{found}".into()), ("name", "{name}".into())],
        ),
        guard_show_label: i18n.t_args("guard-warning-show-label", &[("found", "{found}".into())]),
    };
    view! {
        <MarkdownFieldIsland id=id name=name.to_owned() max=max rows=rows value=value
            place=place.unwrap_or_default() required=required text=text/>
    }
}
