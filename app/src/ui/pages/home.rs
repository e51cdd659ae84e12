//! `/`: the home activity stream: a status box, then what is new in the reader's
//! communities, from the people and tags they follow and where they are mentioned, filtered
//! by kind and paged with a cursor in the address.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::people::welcome;
use crate::api::social::home_stream;
use crate::i18n::use_i18n;
use crate::ui::components::kind_tabs::KindTabs;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::status_composer::StatusComposer;
use crate::ui::components::stream_list::ListedStream;
use crate::ui::components::welcome::WelcomeCard;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let (lang, all) = language_query(&query);
    let stream = home_stream(query.get("cursor"), query.get("kind"), lang, all);
    view! {
        <Title text=i18n.t("home-title")/>
        <RequireUser children=move |me| {
            let first = me.display_name.split_whitespace().next().unwrap_or_default().to_owned();
            view! {
                <h1>{i18n.t_args("home-greeting", &[("name", first.into())])}</h1>
                <Suspense>
                    {Suspend::new(async move {
                        welcome().await.ok().map(|w| view! { <WelcomeCard welcome=w me=me.id/> })
                    })}
                </Suspense>
                <StatusComposer me=me.clone()/>
                // The items' titles are third-level headings: the list has its own (heading order).
                <h2 class="visually-hidden">{i18n.t("home-stream-heading")}</h2>
                <KindTabs base="/"/>
                <Loaded data=stream children=move |page| view! {
                    <ListedStream page=page base="/" query=query keep=&["kind"]
                        empty=i18n.t("stream-empty-home")/>
                }/>
            }
        }/>
    }
}
