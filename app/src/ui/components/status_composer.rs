//! The "what are you working on?" box: a status update on one's profile or in a community.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::content::CreateStatus;
use crate::i18n::use_i18n;
use crate::model::account::Me;
use crate::model::content::MAX_STATUS;
use crate::ui::components::composer::{LangSelect, MarkdownField, default_lang};
use crate::ui::components::json_form::JsonForm;

/// A status composer; `community` is the slug of the community it posts in, if any.
#[component]
pub fn StatusComposer(me: Me, #[prop(optional, into)] community: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let label = i18n.t(if community.is_some() {
        "status-composer-community"
    } else {
        "status-composer"
    });
    let aria = label.clone();
    view! {
        <section class="card composer" aria-label=aria>
            // After posting, the page loads again with the new post first in the stream, and
            // says so where the reader's focus was.
            <JsonForm action=CreateStatus::PATH class="stack" done=i18n.t("status-posted")>
                {community.clone().map(|slug| view! { <input type="hidden" name="community_slug" value=slug/> })}
                <MarkdownField id="status-text" name="text" label=label max=MAX_STATUS rows=3
                    place=community.clone() required=true/>
                <div class="row">
                    <LangSelect id="status-lang" selected=default_lang(&me)/>
                    <button type="submit" class="primary">{i18n.t("status-submit")}</button>
                </div>
            </JsonForm>
        </section>
    }
}
