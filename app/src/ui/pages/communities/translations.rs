//! `/communities/:slug/translations`: the community's translations made before their
//! original's last edit, newest edit first, so translators can catch up.

use leptos::prelude::*;

use super::frame::{CommunityFrame, Tab};
use crate::api::translation::outdated_translations;
use crate::i18n::use_i18n;
use crate::model::language::OutdatedTranslation;
use crate::ui::components::language_bar::language_label;
use crate::ui::components::loaded::Loaded;

/// The outdated translations page.
#[component]
pub fn CommunityTranslationsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <CommunityFrame tab=Tab::Translations children=move |c| view! {
            <h2>{i18n.t("translations-outdated-title")}</h2>
            <Loaded data=outdated_translations(c.slug) children=move |l| {
                if l.items.is_empty() {
                    view! { <p class="muted empty">{i18n.t("translations-outdated-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="stream">
                            {l.items.into_iter().map(|t| view! { <Row t=t/> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }/>
        }/>
    }
}

#[component]
fn Row(t: OutdatedTranslation) -> impl IntoView {
    let i18n = use_i18n();
    let title = t
        .title
        .clone()
        .unwrap_or_else(|| format!("#{}", t.original_id));
    let line = i18n.t_args(
        "translations-outdated-row",
        &[
            ("title", title.into()),
            ("language", language_label(i18n, &t.lang).into()),
            ("name", t.translator.display_name.clone().into()),
        ],
    );
    let versions = i18n.t_args(
        "translations-outdated-versions",
        &[
            ("from", t.source_version.into()),
            ("now", t.original_version.into()),
        ],
    );
    view! {
        <li class="stream-card">
            <a href=format!("/posts/{}/compare?lang={}", t.original_id, t.lang)>{line}</a>
            <p class="muted small">{versions}</p>
        </li>
    }
}
