//! The health panel on a community's home, for its owners: each thing the community lacks,
//! with a link to where it is fixed; one line when nothing does.

use leptos::prelude::*;

use crate::api::community::community_health;
use crate::i18n::use_i18n;
use crate::model::community::{CommunityHealth, HealthCheck};
use crate::ui::components::loaded::Loaded;

/// The panel for the community `slug` (only rendered for those who may edit it).
#[component]
pub fn HealthPanel(slug: String) -> impl IntoView {
    view! { <Loaded data=community_health(slug) children=|h| view! { <Panel health=h/> }/> }
}

#[component]
fn Panel(health: CommunityHealth) -> impl IntoView {
    let i18n = use_i18n();
    let needs: Vec<HealthCheck> = health.checks.into_iter().filter(|c| !c.ok).collect();
    view! {
        <section class="card health" aria-labelledby="health-heading">
            <h2 id="health-heading">{i18n.t("health-heading")}</h2>
            {if needs.is_empty() {
                view! { <p class="muted">{i18n.t("health-all-well")}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {needs.into_iter().map(|c| {
                            let args = [
                                ("count", c.count.unwrap_or(0).into()),
                                ("days", c.days.unwrap_or(0).into()),
                            ];
                            let text = i18n.t_args(&format!("health-{}", c.code.replace('_', "-")), &args);
                            let fix = i18n.t(&format!("health-{}-fix", c.code.replace('_', "-")));
                            view! { <li>{text} " " <a href=c.link>{fix}</a></li> }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
