//! `/communities/new`: creating a community. Restricted is offered only to those the
//! policy allows (admins and people an admin has allowed), and then states the cap.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

use super::labels;
use crate::api::admin::get_settings;
use crate::api::community::CreateCommunity;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::account::Me;
use crate::model::community::{
    MAX_COMMUNITY_DESCRIPTION, MAX_COMMUNITY_NAME, Template, Visibility,
};
use crate::model::profile::CONTENT_LANGUAGES;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_name::language_name;
use crate::ui::components::require_user::RequireUser;

/// The page with the form.
#[component]
pub fn CreateCommunityPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=i18n.t("community-create-title")/>
        <h1>{i18n.t("community-create-title")}</h1>
        <RequireUser children=move |me| view! { <CreateForm me=me/> }/>
    }
}

#[component]
fn CreateForm(me: Me) -> impl IntoView {
    let i18n = use_i18n();
    let restricted_ok = me.can_create_restricted;
    let my_lang = me.ui_language.clone();
    let kinds: Vec<Visibility> = Visibility::ALL
        .into_iter()
        .filter(|v| *v != Visibility::Restricted || restricted_ok)
        .collect();
    view! {
        <JsonForm action=CreateCommunity::PATH class="stack community-form" then=AfterSave::Go("/communities/{slug}".to_owned())>
            <label for="cc-name">{i18n.t("field-name")}</label>
            <input id="cc-name" name="name" required maxlength=MAX_COMMUNITY_NAME.to_string()/>
            <label for="cc-description">{i18n.t("field-description")}</label>
            <textarea id="cc-description" name="description" rows="4" maxlength=MAX_COMMUNITY_DESCRIPTION.to_string()></textarea>
            <fieldset>
                <legend>{i18n.t("field-visibility")}</legend>
                {kinds.into_iter().map(|v| {
                    let id = format!("cc-vis-{}", v.as_str());
                    let label_for = id.clone();
                    let help = i18n.t(&format!("community-visibility-{}-help", v.as_str()));
                    view! {
                        <label class="checkbox" for=label_for>
                            <input type="radio" id=id name="visibility" value=v.as_str() required checked=v == Visibility::Public/>
                            <span><strong>{labels::visibility(i18n, v)}</strong>" — "{help}</span>
                        </label>
                    }
                }).collect_view()}
                {(!restricted_ok).then(|| view! { <p class="muted">{i18n.t("community-restricted-not-allowed")}</p> })}
            </fieldset>
            <label for="cc-template">{i18n.t("field-template")}</label>
            <select id="cc-template" name="template" aria-describedby="cc-template-help">
                {Template::ALL.iter().filter(|t| **t != Template::ClientTeam || restricted_ok).map(|t| view! {
                    <option value=t.as_str() selected=*t == Template::Project>{labels::template(i18n, *t)}</option>
                }).collect_view()}
            </select>
            <p id="cc-template-help" class="muted">{i18n.t("community-template-help")}</p>
            <fieldset>
                <legend>{i18n.t("field-languages")}</legend>
                <div class="checkbox-grid">
                    {CONTENT_LANGUAGES.iter().map(|code| {
                        let id = format!("cc-lang-{code}");
                        let label_for = id.clone();
                        let checked = my_lang.starts_with(code);
                        view! {
                            <label for=label_for class="checkbox">
                                <input type="checkbox" id=id name="languages[]" value=*code checked=checked/>
                                {language_name(code)}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            {restricted_ok.then(|| view! {
                <label for="cc-cap">{i18n.t("field-member-cap")}</label>
                <input id="cc-cap" type="number" min="1" name="member_cap[num]" aria-describedby="cc-cap-help"/>
                <Suspense>
                    {Suspend::new(async move {
                        let cap = get_settings().await.map(|s| s.restricted_member_cap).unwrap_or(0);
                        view! { <p id="cc-cap-help" class="muted">{i18n.t_args("community-cap-help", &[("cap", i64::from(cap).into())])}</p> }
                    })}
                </Suspense>
            })}
            <div class="actions">
                <button type="submit" class="primary">{i18n.t("community-create-submit")}</button>
                <a href="/communities">{i18n.t("cancel")}</a>
            </div>
        </JsonForm>
    }
}
