//! `/people`: the people directory, searched by name and filtered by department, country
//! and expertise, one page at a time. The search is a plain GET form, so results have an
//! address that can be shared and work without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::people::search_people;
use crate::i18n::use_i18n;
use crate::islands::live_search::LiveSearch;
use crate::model::profile::{COUNTRIES, PersonCard};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::href_with;
use crate::ui::components::require_user::RequireUser;

/// The directory page.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("people-title")/>
        <RequireUser children=move |_| view! { <Directory/> }/>
    }
}

#[component]
fn Directory() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let param = |k: &str| query.get(k).unwrap_or_default();
    let results = search_people(
        Some(param("q")),
        Some(param("department")),
        Some(param("country")),
        Some(param("expertise")),
        Some(param("cursor")),
    );
    let country_now = param("country");
    let q_param = param("q");
    let department_param = param("department");
    let expertise_param = param("expertise");
    view! {
        <h1>{i18n.t("people-title")}</h1>
        <LiveSearch results="people-results".to_owned()>
        <form method="get" action="/people" class="filters" role="search" aria-label=i18n.t("people-search-label")>
            <div class="field">
                <label for="people-q">{i18n.t("people-filter-name")}</label>
                <input id="people-q" type="search" name="q" value=q_param.clone()/>
            </div>
            <div class="field">
                <label for="people-department">{i18n.t("field-department")}</label>
                <input id="people-department" type="text" name="department" value=department_param.clone()/>
            </div>
            <div class="field">
                <label for="people-country">{i18n.t("field-country")}</label>
                <select id="people-country" name="country">
                    <option value="">{i18n.t("people-filter-any-country")}</option>
                    {COUNTRIES.iter().map(|c| {
                        let selected = country_now == *c;
                        view! { <option value=*c selected=selected>{i18n.t(&format!("country-{}", c.to_lowercase()))}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="people-expertise">{i18n.t("field-expertise")}</label>
                <input id="people-expertise" type="text" name="expertise" value=expertise_param.clone()/>
            </div>
            <button type="submit" class="primary">{i18n.t("people-search-submit")}</button>
        </form>
        </LiveSearch>
        <div id="people-results" aria-live="polite">
        <Loaded data=results children=move |page| {
                    if page.items.is_empty() {
                        return view! { <p>{i18n.t("people-none-found")}</p> }.into_any();
                    }
                        let next = page.next_cursor.map(|c| href_with("/people", &query, &["q", "department", "country", "expertise"], &[("cursor", &c)]));
                        view! {
                            <ul class="people-list">
                                {page.items.into_iter().map(|p| view! { <PersonRow person=p/> }).collect_view()}
                            </ul>
                            {next.map(|href| view! { <a class="button" href=href>{i18n.t("people-next-page")}</a> })}
                        }.into_any()
        }/>
        </div>
    }
}

#[component]
fn PersonRow(person: PersonCard) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/people/{}", person.id);
    let country = (!person.country.is_empty())
        .then(|| i18n.t(&format!("country-{}", person.country.to_lowercase())));
    let details = [person.title.clone(), person.department.clone()]
        .into_iter()
        .chain(country)
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="person">
            <Avatar id=person.id initials=person.initials.clone()/>
            <div>
                <a href=href class="person-name">{person.display_name.clone()}</a>
                <p class="muted">{details}</p>
                {(!person.expertise.is_empty()).then(|| view! {
                    <ul class="tags" aria-label=i18n.t("field-expertise")>
                        {person.expertise.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}
                    </ul>
                })}
            </div>
        </li>
    }
}
