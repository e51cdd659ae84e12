//! `/`: the home activity stream: a status box, then what is new in the reader's
//! communities, from the people and tags they follow and where they are mentioned, filtered
//! by kind and paged with a cursor in the address.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::content::CreateStatus;
use crate::api::people::welcome;
use crate::api::social::home_stream;
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::kind_tabs::KindTabs;
use crate::ui::components::language_bar::{
    LanguageActions, LanguageBar, language_query, next_page_href,
};
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::status_composer::StatusComposer;
use crate::ui::components::stream_list::StreamList;
use crate::ui::components::welcome::WelcomeCard;

/// The home page.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let post = ServerAction::<CreateStatus>::new();
    let prefs = LanguageActions::new();
    let stream = Resource::new(
        move || {
            (
                query.with(|q| (q.get("kind"), q.get("cursor"), language_query(q))),
                post.version().get() + prefs.version(),
            )
        },
        |((kind, cursor, (lang, all)), _)| home_stream(cursor, kind, lang, all),
    );
    let welcome = Resource::new(|| (), |_| welcome());
    view! {
        <Title text=i18n.t("home-title")/>
        <RequireUser children=move |me| {
            let first = me.display_name.split_whitespace().next().unwrap_or_default().to_owned();
            view! {
                <h1>{i18n.t_args("home-greeting", &[("name", first.into())])}</h1>
                <Suspense>
                    {move || Suspend::new(async move {
                        welcome.await.ok().map(|w| view! { <WelcomeCard welcome=w me=me.id/> })
                    })}
                </Suspense>
                <StatusComposer me=me.clone() action=post/>
                <KindTabs base="/"/>
                <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                    {move || Suspend::new(async move {
                        match stream.await {
                            Ok(page) => {
                                let more = page.next_cursor.clone().map(|c| {
                                    query.with_untracked(|q| next_page_href("/", q, &["kind"], &c))
                                });
                                view! {
                                    <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
                                        base="/" keep=&["kind"] actions=prefs/>
                                    <StreamList page=page more=more empty=i18n.t("stream-empty-home")/>
                                }.into_any()
                            }
                            Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        }/>
    }
}
