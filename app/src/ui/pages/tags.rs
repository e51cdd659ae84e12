//! `/tags/:tag`: everything carrying a tag that the reader may see, across communities and
//! profiles, with a button to follow the tag.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::social::{FollowTag, get_tag, tag_stream};
use crate::i18n::use_i18n;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::{
    LanguageActions, LanguageBar, language_query, next_page_href,
};
use crate::ui::components::query_href::encode;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::stream_list::StreamList;

/// The tag page.
#[component]
pub fn TagPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let tag = Memo::new(move |_| params.with(|p| p.get("tag").unwrap_or_default()));
    let follow = ServerAction::<FollowTag>::new();
    let info = Resource::new(
        move || (tag.get(), follow.version().get()),
        |(t, _)| get_tag(t),
    );
    let prefs = LanguageActions::new();
    let items = Resource::new(
        move || {
            (
                tag.get(),
                query.with(|q| (q.get("cursor"), language_query(q))),
                prefs.version(),
            )
        },
        |(t, (cursor, (lang, all)), _)| tag_stream(t, cursor, lang, all),
    );
    view! {
        <RequireUser children=move |_| view! {
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {move || Suspend::new(async move {
                    match info.await {
                        Ok(t) => view! {
                            <Title text=format!("#{}", t.tag)/>
                            <div class="row spread">
                                <h1>{format!("#{}", t.tag)}</h1>
                                <JsonForm action=follow class="inline">
                                    <input type="hidden" name="tag" value=t.tag.clone()/>
                                    {(!t.following).then(|| view! { <input type="hidden" name="follow[bool]" value="true"/> })}
                                    <button type="submit" aria-pressed=t.following.to_string()>
                                        {i18n.t(if t.following { "follow-stop" } else { "follow-start" })}
                                    </button>
                                </JsonForm>
                            </div>
                        }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Suspense>
            <Suspense>
                {move || Suspend::new(async move {
                    match items.await {
                        Ok(page) => {
                            let base = format!("/tags/{}", encode(&tag.get_untracked()));
                            let more = page.next_cursor.clone().map(|c| {
                                query.with_untracked(|q| next_page_href(&base, q, &[], &c))
                            });
                            view! {
                                <LanguageBar view=page.languages.clone() hidden=page.hidden_by_language.clone()
                                    base=base.clone() keep=&[] actions=prefs/>
                                <StreamList page=page more=more empty=i18n.t("tag-empty")/>
                            }.into_any()
                        }
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        }/>
    }
}
