//! The tabs above a stream that filter it by kind (status updates, blog posts, forum topics).

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::use_i18n;
use crate::model::community::Tool;
use crate::model::content::StreamKind;
use crate::ui::components::language_bar::language_pairs;
use crate::ui::components::query_href::href_with;

/// Links that filter a stream by kind, keeping the page's address.
#[component]
pub fn KindTabs(
    #[prop(into)] base: String,
    /// In a community, only the kinds of the tools it has.
    #[prop(optional)]
    tools: Option<Vec<Tool>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let current = move || query.with(|q| q.get("kind").unwrap_or_default());
    // A kind tab keeps the list's languages.
    let tab = move |kind: &'static str, label: String| {
        let href = query.with_untracked(|q| {
            let [(l, lang), (a, all)] = language_pairs(q);
            href_with(&base, q, &[], &[("kind", kind), (l, &lang), (a, &all)])
        });
        view! { <a href=href aria-current=move || (current() == kind).then_some("page")>{label}</a> }
    };
    view! {
        <nav class="tabs kind-tabs" aria-label=i18n.t("stream-kind-label")>
            {tab("", i18n.t("stream-kind-all"))}
            {StreamKind::ALL.iter().filter(|k| tools.as_ref().is_none_or(|t| k.offered_with(t))).map(|k| tab(k.as_str(), i18n.t(&format!("stream-kind-{}", k.as_str())))).collect_view()}
        </nav>
    }
}
