//! An item's languages on its thread's page: where the text shown was translated from (and
//! whether the original changed since), one click to the original or to a version in another
//! language, the side-by-side view, adding a translation and editing one's own.

use leptos::prelude::*;

use crate::api::content::UpdateContent;
use crate::api::translation::CreateTranslation;
use leptos::server_fn::ServerFn;

use crate::i18n::use_i18n;
use crate::model::content::{
    CONTENT_LANGUAGES, ContentKind, Item, MAX_POST_BODY, MAX_RESPONSE_BODY, MAX_STATUS, MAX_TITLE,
};
use crate::model::language::same_language;
use crate::ui::components::composer::MarkdownField;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_label;

fn max_body(kind: ContentKind) -> usize {
    match kind {
        ContentKind::Status => MAX_STATUS,
        ContentKind::BlogPost | ContentKind::Topic => MAX_POST_BODY,
        ContentKind::WikiPage => crate::model::wiki::MAX_PAGE_BODY,
        _ => MAX_RESPONSE_BODY,
    }
}

/// The thread's address in one language, at this item.
fn in_language(thread: i64, item: i64, lang: &str) -> String {
    let at = if thread == item {
        String::new()
    } else {
        format!("#item-{item}")
    };
    format!("/posts/{thread}?lang={lang}{at}")
}

/// What the reader should know about the language of the text shown.
#[component]
pub fn VersionLine(item: Item, thread: i64) -> impl IntoView {
    let i18n = use_i18n();
    let id = item.id;
    if let Some(from) = item.translated_from.clone() {
        let original = language_label(i18n, &from.lang);
        let by = item
            .translator
            .as_ref()
            .map(|p| i18n.t_args("translation-by", &[("name", p.display_name.clone().into())]));
        let compare = format!("/posts/{id}/compare?lang={}", item.lang);
        return view! {
            <p class="translation-line">
                <span class="badge badge-translated">
                    {i18n.t_args("translation-from", &[("language", original.into())])}
                </span>
                {by.map(|b| view! { " " <span class="muted small">{b}</span> })}
                " · "
                <a href=in_language(thread, id, &from.lang)>{i18n.t("translation-show-original")}</a>
                " · "
                <a href=compare>{i18n.t("translation-side-by-side")}</a>
            </p>
            {item.outdated.then(|| view! {
                <p class="alert alert-warning translation-outdated" role="note">{i18n.t("translation-outdated")}</p>
            })}
        }
        .into_any();
    }
    let others: Vec<_> = item
        .versions
        .iter()
        .filter(|v| !v.original)
        .cloned()
        .collect();
    (!others.is_empty())
        .then(|| {
            view! {
                <p class="translation-line muted small">
                    {i18n.t("translation-also-in")} " "
                    {others.into_iter().enumerate().map(|(k, v)| {
                        let label = language_label(i18n, &v.lang);
                        view! {
                            {(k > 0).then_some(", ")}
                            <a href=in_language(thread, id, &v.lang) hreflang=v.lang.clone()>{label}</a>
                            {v.outdated.then(|| view! { " " <span class="badge badge-warning" title=i18n.t("translation-outdated")>"!"</span> })}
                        }
                    }).collect_view()}
                </p>
            }
        })
        .into_any()
}

/// Adding a translation (for those who may write in the place), or editing one's own. The
/// thread's first item has its form folded in place; a reply or comment has a link to its form
/// (`?translate=ID`), so a long thread does not send one translation form per item.
#[component]
pub fn TranslateForms(item: Item, first: bool, thread: i64) -> impl IntoView {
    let target = Translatable {
        id: item.id,
        kind: item.kind,
        taken: item.versions.iter().map(|v| v.lang.clone()).collect(),
        place: item.community_slug.clone(),
        can_translate: item.can.translate,
        translation_id: item.translation_id.filter(|_| item.can.edit_translation),
        title: item.title.clone(),
        body: item.body.clone(),
    };
    view! { <TranslateFormsFor target=target first=first thread=thread/> }
}

/// What the translation forms need to know about an item (a post's, or a wiki page's).
#[derive(Debug, Clone)]
pub struct Translatable {
    /// The original's id.
    pub id: i64,
    pub kind: ContentKind,
    /// The languages it exists in already.
    pub taken: Vec<String>,
    pub place: Option<String>,
    pub can_translate: bool,
    /// The translation shown, when the reader may edit it.
    pub translation_id: Option<i64>,
    /// The text shown (the translation's, when one is shown).
    pub title: Option<String>,
    pub body: String,
}

/// Adding a translation (folded unless asked for with `?translate=ID`, or at once under the
/// thread's first item) and editing the one shown.
#[component]
pub fn TranslateFormsFor(target: Translatable, first: bool, thread: i64) -> impl IntoView {
    let i18n = use_i18n();
    let item = target;
    let id = item.id;
    let asked = leptos_router::hooks::use_query_map()
        .with_untracked(|q| q.get("translate"))
        .is_some_and(|v| v == id.to_string());
    let titled = matches!(
        item.kind,
        ContentKind::BlogPost | ContentKind::Topic | ContentKind::WikiPage
    );
    let max = max_body(item.kind);
    let taken = item.taken.clone();
    let choices: Vec<&str> = CONTENT_LANGUAGES
        .iter()
        .copied()
        .filter(|l| !taken.iter().any(|t| same_language(t, l)))
        .collect();
    let place = item.place.clone();
    let add = (item.can_translate && !choices.is_empty()).then(|| {
        if !first && !asked {
            return view! {
                <a class="translate-link" href=format!("/posts/{thread}?translate={id}#translate-form-{id}")>
                    {i18n.t("translation-add")}
                </a>
            }
            .into_any();
        }
        let lang_id = format!("translate-lang-{id}");
        let title_id = format!("translate-title-{id}");
        let body_id = format!("translate-body-{id}");
        view! {
            <details class="translate" id=format!("translate-form-{id}") open=asked>
                <summary>{i18n.t("translation-add")}</summary>
                <JsonForm action=CreateTranslation::PATH class="stack">
                    <h3>{i18n.t("translation-form-title")}</h3>
                    <input type="hidden" name="original_id[num]" value=id.to_string()/>
                    <label for=lang_id.clone()>{i18n.t("translation-lang-label")}</label>
                    <select id=lang_id name="lang" required>
                        {choices.iter().map(|code| view! {
                            <option value=*code>{language_label(i18n, code)}</option>
                        }).collect_view()}
                    </select>
                    {titled.then(|| view! {
                        <label for=title_id.clone()>{i18n.t("translation-title-label")}</label>
                        <input id=title_id.clone() name="title" required maxlength=MAX_TITLE.to_string()/>
                    })}
                    <MarkdownField id=body_id name="body" label=i18n.t("translation-body-label") max=max rows=6
                        place=place required=true/>
                    <button type="submit" class="primary">{i18n.t("translation-save")}</button>
                </JsonForm>
            </details>
        }
        .into_any()
    });
    let edit = item.translation_id.map(|tid| {
            let title_id = format!("translation-title-{tid}");
            let body_id = format!("translation-body-{tid}");
            view! {
                <details class="translate">
                    <summary>{i18n.t("translation-edit")}</summary>
                    <JsonForm action=UpdateContent::PATH class="stack">
                        <input type="hidden" name="id[num]" value=tid.to_string()/>
                        {titled.then(|| view! {
                            <label for=title_id.clone()>{i18n.t("translation-title-label")}</label>
                            <input id=title_id.clone() name="title" required maxlength=MAX_TITLE.to_string()
                                value=item.title.clone().unwrap_or_default()/>
                        })}
                        <MarkdownField id=body_id name="body" label=i18n.t("translation-body-label") max=max rows=6
                            value=item.body.clone() place=item.place.clone() required=true/>
                        <button type="submit" class="primary">{i18n.t("post-save")}</button>
                    </JsonForm>
                </details>
            }
        });
    view! { {add} {edit} }.into_any()
}
