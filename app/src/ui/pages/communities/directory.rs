//! `/communities`: the community directory, filtered by name, language, template and "my
//! communities", a page at a time. A plain GET form, so a filtered list has an address; with
//! JavaScript the list follows the name field as one types.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::labels;
use crate::api::community::list_communities;
use crate::i18n::use_i18n;
use crate::islands::live_search::LiveSearch;
use crate::model::community::{CommunitySummary, Template};
use crate::model::profile::CONTENT_LANGUAGES;
use crate::ui::components::language_name::language_name;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::href_with;
use crate::ui::components::require_user::RequireUser;

/// The directory page.
#[component]
pub fn CommunitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("communities-title")/>
        <RequireUser children=move |_| view! { <Directory/> }/>
    }
}

#[component]
fn Directory() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let param = |k: &str| query.get(k).unwrap_or_default();
    let results = list_communities(
        Some(param("q")),
        Some(param("lang")),
        Some(param("template")),
        Some(param("mine") == "true"),
        Some(param("cursor")),
    );
    let (lang_now, template_now, mine_now) =
        (param("lang"), param("template"), param("mine") == "true");
    let q_param = param("q");
    view! {
        <div class="page-head">
            <h1>{i18n.t("communities-title")}</h1>
            <a class="button primary-link" href="/communities/new">{i18n.t("communities-create")}</a>
        </div>
        // Search as you type: the results below follow the form (the `LiveSearch` island).
        <LiveSearch results="community-results".to_owned()>
        <form method="get" action="/communities" class="filters community-filters" role="search" aria-label=i18n.t("communities-search-label")>
            <div class="field">
                <label for="cf-q">{i18n.t("communities-filter-name")}</label>
                <input id="cf-q" type="search" name="q" value=q_param.clone() autocomplete="off"/>
            </div>
            <div class="field">
                <label for="cf-lang">{i18n.t("communities-filter-language")}</label>
                <select id="cf-lang" name="lang">
                    <option value="">{i18n.t("communities-filter-any-language")}</option>
                    {CONTENT_LANGUAGES.iter().map(|l| view! {
                        <option value=*l selected=lang_now == *l>{language_name(l)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="cf-template">{i18n.t("communities-filter-template")}</label>
                <select id="cf-template" name="template">
                    <option value="">{i18n.t("communities-filter-any-template")}</option>
                    {Template::ALL.iter().map(|t| view! {
                        <option value=t.as_str() selected=template_now == t.as_str()>{labels::template(i18n, *t)}</option>
                    }).collect_view()}
                </select>
            </div>
            <label class="checkbox" for="cf-mine">
                <input id="cf-mine" type="checkbox" name="mine" value="true" checked=mine_now/>
                {i18n.t("communities-filter-mine")}
            </label>
            <button type="submit" class="primary">{i18n.t("communities-search-submit")}</button>
        </form>
        </LiveSearch>
        <div id="community-results" aria-live="polite">
        <Loaded data=results children=move |page| {
                    if page.items.is_empty() {
                        return view! { <p>{i18n.t("communities-none-found")}</p> }.into_any();
                    }
                        let next = page.next_cursor.map(|c| href_with("/communities", &query, &["q", "lang", "template", "mine"], &[("cursor", &c)]));
                        view! {
                            <ul class="community-list">
                                {page.items.into_iter().map(|c| view! { <CommunityRow community=c/> }).collect_view()}
                            </ul>
                            {next.map(|href| view! { <a class="button" href=href>{i18n.t("communities-next-page")}</a> })}
                        }.into_any()
        }/>
        </div>
    }
}

#[component]
fn CommunityRow(community: CommunitySummary) -> impl IntoView {
    let i18n = use_i18n();
    let c = community;
    let members = i18n.t_args(
        "communities-member-count",
        &[("count", c.member_count.into())],
    );
    let langs = c
        .languages
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li class="community-card">
            <a class="community-name" href=labels::href(&c.slug, "")>{c.name.clone()}</a>
            <ul class="tags">
                <li class=format!("badge badge-{}", c.visibility.as_str())>{labels::visibility(i18n, c.visibility)}</li>
                <li>{labels::template(i18n, c.template)}</li>
                {c.my_role.map(|r| view! { <li class="badge badge-mine">{labels::role(i18n, r)}</li> })}
                {c.archived.then(|| view! { <li class="badge badge-archived">{i18n.t("community-archived-badge")}</li> })}
            </ul>
            {(!c.summary.is_empty()).then(|| view! { <p>{c.summary.clone()}</p> })}
            <p class="muted">{members}" · "{langs}</p>
        </li>
    }
}
