//! `/tags/:tag`: everything carrying a tag that the reader may see, across communities and
//! profiles, with a button to follow the tag.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::social::{FollowTag, get_tag, tag_stream};
use crate::i18n::use_i18n;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::encode;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::stream_list::ListedStream;

/// The tag page.
#[component]
pub fn TagPage() -> impl IntoView {
    let i18n = use_i18n();
    let tag = use_params_map().with_untracked(|p| p.get("tag").unwrap_or_default());
    let query = use_query_map().get_untracked();
    let (lang, all) = language_query(&query);
    let base = format!("/tags/{}", encode(&tag));
    let items = tag_stream(tag.clone(), query.get("cursor"), lang, all);
    view! {
        <RequireUser children=move |_| view! {
            <Loaded data=get_tag(tag) children=move |t| view! {
                            <Title text=format!("#{}", t.tag)/>
                            <div class="row spread">
                                <h1>{format!("#{}", t.tag)}</h1>
                                <JsonForm action=FollowTag::PATH class="inline">
                                    <input type="hidden" name="tag" value=t.tag.clone()/>
                                    {(!t.following).then(|| view! { <input type="hidden" name="follow[bool]" value="true"/> })}
                                    <button type="submit" aria-pressed=t.following.to_string()>
                                        {i18n.t(if t.following { "follow-stop" } else { "follow-start" })}
                                    </button>
                                </JsonForm>
                            </div>
            }/>
            <Loaded data=items children=move |page| view! {
                <ListedStream page=page base=base query=query keep=&[] empty=i18n.t("tag-empty")/>
            }/>
        }/>
    }
}
