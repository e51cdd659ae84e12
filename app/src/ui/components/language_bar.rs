//! The language controls above every list: which languages it shows (and a way back to the
//! reader's own when the address asked for others), the cross-language switch (remembered),
//! a picker for one or several languages (in the address, so a filtered list can be shared),
//! and what the list left out, per language, with "show" (this once, a link) and "always
//! show" (added to the reader's languages). Nothing is hidden without saying so.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::params::ParamsMap;

use crate::api::prefs::{AddReadLanguage, SetAllLanguages};
use crate::i18n::{I18n, use_i18n};
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::language::{HiddenByLanguage, LanguageView, UNDETERMINED};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::query_href::href_with;

/// The list's `lang=` (one or several, comma-separated or repeated) and `all_languages=`.
pub fn language_query(q: &ParamsMap) -> (Option<String>, Option<bool>) {
    let langs: Vec<String> = q
        .get_all("lang")
        .unwrap_or_default()
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let all = q
        .get("all_languages")
        .map(|v| matches!(v.as_str(), "true" | "1" | "on"));
    ((!langs.is_empty()).then(|| langs.join(",")), all)
}

/// The list's language choice as query pairs, normalised (`lang=sv,fi`), for links that
/// keep it (the next page).
pub fn language_pairs(q: &ParamsMap) -> [(&'static str, String); 2] {
    let (lang, all) = language_query(q);
    [
        ("lang", lang.unwrap_or_default()),
        (
            "all_languages",
            all.map(|a| a.to_string()).unwrap_or_default(),
        ),
    ]
}

/// The address of a list's next page: `base` with the kept keys, the language choice and
/// the cursor.
pub fn next_page_href(base: &str, q: &ParamsMap, keep: &[&str], cursor: &str) -> String {
    let [(l, lang), (a, all)] = language_pairs(q);
    href_with(base, q, keep, &[(l, &lang), (a, &all), ("cursor", cursor)])
}

/// A language's name in the interface's language (the code itself for one we do not name).
pub fn language_label(i18n: I18n, code: &str) -> String {
    if code == UNDETERMINED || CONTENT_LANGUAGES.contains(&code) {
        i18n.t(&format!("lang-name-{code}"))
    } else {
        code.to_owned()
    }
}

/// The controls for one list at `base`, keeping the query keys in `keep` (a kind filter, for
/// example) in every link it makes.
#[component]
pub fn LanguageBar(
    view: LanguageView,
    hidden: HiddenByLanguage,
    #[prop(into)] base: String,
    keep: &'static [&'static str],
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let location = use_location();
    let here = {
        let search = location.search.get_untracked();
        let path = location.pathname.get_untracked();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{}", search.trim_start_matches('?'))
        }
    };
    let names = |codes: &[String]| {
        codes
            .iter()
            .map(|c| language_label(i18n, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let showing = match (view.all_languages, view.source.as_str()) {
        (true, "community") => i18n.t("lang-showing-community"),
        (true, _) => i18n.t("lang-showing-all"),
        (false, _) => i18n.t_args(
            "lang-showing",
            &[("languages", names(&view.languages).into())],
        ),
    };
    let mine = query.with_untracked(|q| href_with(&base, q, keep, &[]));
    let back = (view.source == "request").then(|| {
        view! { <a class="lang-back" href=mine.clone()>{i18n.t("lang-my-languages")}</a> }
    });
    let switch_on = !view.all_languages;
    let shown = view.languages.clone();
    let kept: Vec<(String, String)> = query.with_untracked(|q| {
        keep.iter()
            .filter_map(|k| q.get(k).map(|v| (k.to_string(), v)))
            .filter(|(_, v)| !v.is_empty())
            .collect()
    });
    let here_once = here.clone();
    let base_once = base.clone();
    let hidden_box = (!hidden.is_empty()).then(move || {
        let mut counts = Vec::new();
        let rows = hidden
            .into_iter()
            .map(|(lang, count)| {
                let name = language_label(i18n, &lang);
                let mut with: Vec<String> = shown.clone();
                if !with.contains(&lang) {
                    with.push(lang.clone());
                }
                let once = query.with_untracked(|q| {
                    href_with(&base_once, q, keep, &[("lang", &with.join(","))])
                });
                let back = here_once.clone();
                let count_text = i18n.t_args(
                    "lang-hidden-count",
                    &[("count", count.into()), ("language", name.into())],
                );
                counts.push(count_text.clone());
                view! {
                    <li>
                        <span>{count_text}</span>
                        <a class="button small" href=once>{i18n.t("lang-show-once")}</a>
                        <JsonForm action=AddReadLanguage::PATH class="inline">
                            <input type="hidden" name="lang" value=lang/>
                            <input type="hidden" name="back" value=back/>
                            <button type="submit" class="small secondary">{i18n.t("lang-show-always")}</button>
                        </JsonForm>
                    </li>
                }
            })
            .collect_view();
        // One line until opened (what is left out, and how much), so the list itself starts
        // on a phone's first screen; the ways to show it are inside.
        view! {
            <details class="lang-hidden">
                <summary>
                    <strong>{i18n.t("lang-hidden-title")}</strong>
                    {counts.into_iter().map(|c| view! { <span class="lang-hidden-count">{c}</span> }).collect_view()}
                </summary>
                <ul>{rows}</ul>
            </details>
        }
    });
    let checked = view.languages.clone();
    view! {
        <div class="lang-bar">
            <p class="lang-showing">{showing} " " {back}</p>
            <JsonForm action=SetAllLanguages::PATH class="inline lang-switch">
                <input type="hidden" name="on[bool]" value=if switch_on { "true" } else { "" }/>
                <input type="hidden" name="back" value=here.clone()/>
                <button type="submit" class="small secondary" aria-pressed=if view.all_languages { "true" } else { "false" }
                    title=i18n.t("lang-all-help")>
                    {i18n.t("lang-all-switch")}
                </button>
            </JsonForm>
            <details class="lang-filter">
                <summary>{i18n.t("lang-filter-label")}</summary>
                <form method="get" action=base.clone()>
                    {kept.into_iter().map(|(k, v)| view! { <input type="hidden" name=k value=v/> }).collect_view()}
                    <fieldset>
                        <legend class="visually-hidden">{i18n.t("lang-filter-label")}</legend>
                        {CONTENT_LANGUAGES.iter().map(|code| {
                            let id = format!("lang-filter-{code}");
                            let label_for = id.clone();
                            view! {
                                <label for=label_for class="checkbox">
                                    <input type="checkbox" id=id name="lang" value=*code
                                        checked=checked.iter().any(|c| c == code)/>
                                    {language_label(i18n, code)}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <button type="submit" class="small">{i18n.t("lang-filter-apply")}</button>
                </form>
            </details>
        </div>
        {hidden_box}
    }
}
