//! `/posts/:id/compare?lang=L`: an original and its translation into `L` next to each other
//! (one above the other on a phone), each as written, so a reader can check the translation
//! and a translator can see what changed.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::translation::compare_translation;
use crate::i18n::use_i18n;
use crate::model::content::Item;
use crate::ui::components::language_bar::language_label;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;

/// The side-by-side page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()).unwrap_or(0));
    let lang = use_query_map().with_untracked(|q| q.get("lang").unwrap_or_default());
    view! {
        <RequireUser children=move |_| view! {
            <Loaded data=compare_translation(id, lang) children=move |c| {
                            let back = format!("/posts/{}", c.original.thread_id.unwrap_or(c.original.id));
                            let title = c.original.title.clone().unwrap_or_else(|| c.original.excerpt.chars().take(60).collect());
                            view! {
                                <Title text=i18n.t("translation-compare-title")/>
                                <p><a href=back>{title}</a></p>
                                <h1>{i18n.t("translation-compare-title")}</h1>
                                {c.translation.outdated.then(|| view! {
                                    <p class="alert alert-warning" role="note">{i18n.t("translation-outdated")}</p>
                                })}
                                <div class="side-by-side">
                                    <Column item=c.original heading="translation-compare-original"/>
                                    <Column item=c.translation heading="translation-compare-translation"/>
                                </div>
                            }
            }/>
        }/>
    }
}

#[component]
fn Column(item: Item, heading: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let name = language_label(i18n, &item.lang);
    view! {
        <section class="card" lang=item.lang.clone()>
            <h2>{i18n.t_args(heading, &[("language", name.into())])}</h2>
            <p class="muted small">{item.author.display_name.clone()}</p>
            {item.title.clone().map(|t| view! { <h3>{t}</h3> })}
            <div class="prose" inner_html=item.body_html.clone()/>
        </section>
    }
}
