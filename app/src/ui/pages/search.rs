//! `/search?q=…`: one search over everything the reader may see. A plain GET form (results
//! follow as one types, with JavaScript), facets that narrow the results (kind, community,
//! language) as links, sorting by relevance or date, the cross-language view, "did you
//! mean", and pages. Each hit says what it is, where, by whom, when and in which language,
//! with the matched words marked and a linked translation in the reader's language.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use crate::api::search::search;
use crate::i18n::{I18n, use_i18n};
use crate::islands::live_search::LiveSearch;
use crate::model::search::{SearchHit, SearchKind, SearchResults};
use crate::ui::components::language_name::language_name;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::href_with;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::time::Time;

/// The query keys the page keeps from one address to the next.
const KEYS: [&str; 6] = [
    "q",
    "kind",
    "community_slug",
    "lang",
    "sort",
    "all_languages",
];

/// The name of a hit's kind.
pub fn search_kind_label(i18n: I18n, kind: SearchKind) -> String {
    i18n.t(match kind {
        SearchKind::Status => "kind-status",
        SearchKind::BlogPost => "kind-blog-post",
        SearchKind::Topic => "kind-topic",
        SearchKind::Reply => "kind-reply",
        SearchKind::Comment => "kind-comment",
        SearchKind::WikiPage => "kind-wiki-page",
        SearchKind::File => "kind-file",
        SearchKind::Person => "search-kind-person",
        SearchKind::Community => "search-kind-community",
    })
}

/// The results page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("search-title")/>
        <RequireUser children=move |_| view! { <Search/> }/>
    }
}

#[component]
fn Search() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let q_map = query.clone();
    let param = move |k: &str| q_map.get(k).filter(|v| !v.is_empty());
    let q = param("q").unwrap_or_default();
    let all = param("all_languages").is_some_and(|v| v == "true");
    let sort = param("sort").unwrap_or_default();
    let results = search(
        q.clone(),
        param("kind"),
        param("community_slug"),
        param("lang"),
        None,
        param("from"),
        param("to"),
        param("sort"),
        param("all_languages").map(|v| v == "true"),
        param("cursor"),
    );
    let q_value = q.clone();
    let (hidden_kind, hidden_community, hidden_lang) =
        (param("kind"), param("community_slug"), param("lang"));
    view! {
        <h1>{i18n.t("search-title")}</h1>
        <LiveSearch results="search-results".to_owned()>
            <form method="get" action="/search" class="filters" role="search" aria-label=i18n.t("search-label")>
                {hidden_kind.map(|k| view! { <input type="hidden" name="kind" value=k/> })}
                {hidden_community.map(|k| view! { <input type="hidden" name="community_slug" value=k/> })}
                {hidden_lang.map(|k| view! { <input type="hidden" name="lang" value=k/> })}
                <div class="field grow">
                    <label for="search-q">{i18n.t("search-label")}</label>
                    <input id="search-q" type="search" name="q" value=q_value maxlength="500"/>
                </div>
                <div class="field">
                    <label for="search-sort">{i18n.t("search-sort-label")}</label>
                    <select id="search-sort" name="sort">
                        <option value="relevance" selected=sort != "date">{i18n.t("search-sort-relevance")}</option>
                        <option value="date" selected=sort == "date">{i18n.t("search-sort-date")}</option>
                    </select>
                </div>
                <label class="checkbox" for="search-all">
                    <input id="search-all" type="checkbox" name="all_languages" value="true" checked=all/>
                    {i18n.t("search-all-languages")}
                </label>
                <button type="submit" class="primary">{i18n.t("search-submit")}</button>
            </form>
        </LiveSearch>
        <div id="search-results" aria-live="polite">
            {if q.trim().is_empty() {
                view! { <p class="muted">{i18n.t("search-empty-query")}</p> }.into_any()
            } else {
                view! { <Loaded data=results children=move |r| view! { <Results results=r query=query.clone()/> }/> }.into_any()
            }}
        </div>
    }
}

#[component]
fn Results(results: SearchResults, query: ParamsMap) -> impl IntoView {
    let i18n = use_i18n();
    let r = results;
    let with = |extra: &[(&str, &str)]| {
        let keep: Vec<&str> = KEYS
            .iter()
            .copied()
            .filter(|k| !extra.iter().any(|(e, _)| e == k))
            .collect();
        href_with("/search", &query, &keep, extra)
    };
    let did = r.did_you_mean.clone().map(|d| {
        let href = with(&[("q", &d)]);
        view! { <p class="did-you-mean">{i18n.t("search-did-you-mean")} " " <a href=href>{d}</a></p> }
    });
    let hidden_count: u64 = r.hidden_by_language.values().sum();
    let hidden = (hidden_count > 0).then(|| {
        let href = with(&[("all_languages", "true")]);
        view! {
            <p class="muted small">
                {i18n.t_args("search-hidden-by-language", &[("count", hidden_count.into())])} " "
                <a href=href>{i18n.t("search-show-all-languages")}</a>
            </p>
        }
    });
    let next = r.next_cursor.clone().map(|c| with(&[("cursor", &c)]));
    let facets = r.facets.clone();
    let kind_links = facets.kind.iter().filter_map(|(k, n)| {
        let kind = SearchKind::parse(k)?;
        let href = with(&[("kind", k)]);
        Some(view! { <li><a href=href>{format!("{} ({n})", search_kind_label(i18n, kind))}</a></li> })
    }).collect_view();
    let lang_links = facets
        .lang
        .iter()
        .filter(|(l, _)| l.as_str() != "und")
        .map(|(l, n)| {
            let href = with(&[("lang", l)]);
            view! { <li><a href=href>{format!("{} ({n})", language_name(l))}</a></li> }
        })
        .collect_view();
    let community_links = facets
        .community
        .iter()
        .map(|c| {
            let href = with(&[("community_slug", &c.slug)]);
            view! { <li><a href=href>{format!("{} ({})", c.name, c.count)}</a></li> }
        })
        .collect_view();
    let filtered = ["kind", "community_slug", "lang"]
        .iter()
        .any(|k| query.get(k).is_some_and(|v| !v.is_empty()));
    let clear = filtered.then(|| {
        let href = href_with("/search", &query, &["q", "sort", "all_languages"], &[]);
        view! { <p><a href=href>{i18n.t("search-clear-filters")}</a></p> }
    });
    view! {
        {did}
        <p class="search-count" role="status">{i18n.t_args("search-count", &[("count", r.total.into())])}</p>
        {hidden}
        <div class="search-layout">
            <aside class="search-facets" aria-label=i18n.t("search-facets-label")>
                {clear}
                {(!facets.kind.is_empty()).then(|| view! { <h2 class="small">{i18n.t("search-facet-kind")}</h2><ul>{kind_links}</ul> })}
                {(!facets.community.is_empty()).then(|| view! { <h2 class="small">{i18n.t("search-facet-community")}</h2><ul>{community_links}</ul> })}
                {(facets.lang.keys().any(|l| l != "und")).then(|| view! { <h2 class="small">{i18n.t("search-facet-lang")}</h2><ul>{lang_links}</ul> })}
            </aside>
            <ol class="search-hits">
                {r.hits.into_iter().map(|h| view! { <Hit hit=h/> }).collect_view()}
            </ol>
        </div>
        {next.map(|href| view! { <a class="button" href=href>{i18n.t("search-next-page")}</a> })}
    }
}

#[component]
fn Hit(hit: SearchHit) -> impl IntoView {
    let i18n = use_i18n();
    let h = hit;
    let title = if h.title.is_empty() {
        search_kind_label(i18n, h.kind)
    } else {
        h.title.clone()
    };
    let place = h.community_name.clone();
    view! {
        <li class="search-hit">
            <a class="search-hit-title" href=h.url.clone()>{title}</a>
            <p class="muted small">
                <span class="badge">{search_kind_label(i18n, h.kind)}</span>
                {h.answered.then(|| view! { " " <span class="badge badge-ok">{i18n.t("search-answered")}</span> })}
                {place.map(|p| view! { " · " {p} })}
                {h.author.clone().map(|a| view! { " · " <a href=format!("/people/{}", a.id)>{a.display_name}</a> })}
                {(h.created_at > 0).then(|| view! { " · " <Time at=h.created_at/> })}
                {(h.lang != "und").then(|| view! { " · " <span lang=h.lang.clone()>{language_name(&h.lang)}</span> })}
            </p>
            // The snippet is the index's text, escaped by the index, with only <mark> added.
            <p class="search-snippet" lang=h.lang.clone() inner_html=h.snippet_html.clone()></p>
            {h.translation.clone().map(|t| view! {
                <p class="small">
                    {i18n.t_args("search-translation", &[("language", language_name(&t.lang).into())])} " "
                    <a href=t.url lang=t.lang.clone()>{if t.title.is_empty() { language_name(&t.lang) } else { t.title }}</a>
                </p>
            })}
        </li>
    }
}
