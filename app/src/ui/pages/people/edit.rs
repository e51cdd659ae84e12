//! `/people/:id/edit`: editing a profile (one's own; admins anyone's).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::profile::{UpdateProfile, get_profile};
use crate::i18n::{SUPPORTED, use_i18n};
use crate::islands::form::AfterSave;
use crate::model::profile::{CONTENT_LANGUAGES, COUNTRIES, MAX_ABOUT, Profile};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_name::language_name;
use crate::ui::components::require_user::RequireUser;

/// The profile editing page.
#[component]
pub fn ProfileEditPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().with_untracked(|p| {
        p.get("id")
            .and_then(|id| id.parse::<i64>().ok())
            .unwrap_or(0)
    });
    view! {
        <Title text=i18n.t("profile-edit-title")/>
        <RequireUser children=move |_| {
            view! {
                <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                    {Suspend::new(async move {
                        match get_profile(id).await {
                            Ok(p) if p.can_edit => view! { <EditForm profile=p/> }.into_any(),
                            Ok(_) => view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any(),
                            Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        }/>
    }
}

#[component]
fn EditForm(profile: Profile) -> impl IntoView {
    let i18n = use_i18n();
    let back = format!("/people/{}", profile.id);
    let reads = profile.read_languages.clone();
    view! {
        <h1>{i18n.t("profile-edit-title")}</h1>
        <JsonForm action=UpdateProfile::PATH class="stack profile-form" then=AfterSave::Go(back.clone())>
            <input type="hidden" name="id[num]" value=profile.id.0.to_string()/>
            <label for="pf-name">{i18n.t("field-display-name")}</label>
            <input id="pf-name" name="display_name" required maxlength="100" value=profile.display_name.clone()/>
            <label for="pf-title">{i18n.t("field-title")}</label>
            <input id="pf-title" name="title" maxlength="100" value=profile.title.clone()/>
            <label for="pf-department">{i18n.t("field-department")}</label>
            <input id="pf-department" name="department" maxlength="100" value=profile.department.clone()/>
            <label for="pf-country">{i18n.t("field-country")}</label>
            <select id="pf-country" name="country">
                <option value="">{i18n.t("profile-no-country")}</option>
                {COUNTRIES.iter().map(|c| view! {
                    <option value=*c selected=profile.country == *c>{i18n.t(&format!("country-{}", c.to_lowercase()))}</option>
                }).collect_view()}
            </select>
            <label for="pf-ui-language">{i18n.t("field-ui-language")}</label>
            <select id="pf-ui-language" name="ui_language">
                <option value="" selected=profile.ui_language.is_empty()>{i18n.t("profile-ui-language-auto")}</option>
                {SUPPORTED.iter().map(|l| view! {
                    <option value=l.code selected=profile.ui_language == l.code>{l.native_name}</option>
                }).collect_view()}
            </select>
            <fieldset>
                <legend>{i18n.t("field-read-languages")}</legend>
                <p class="muted">{i18n.t("profile-read-languages-help")}</p>
                <div class="checkbox-grid">
                    {CONTENT_LANGUAGES.iter().map(|code| {
                        let id = format!("pf-read-{code}");
                        let label_for = id.clone();
                        let checked = reads.iter().any(|r| r == code);
                        view! {
                            <label for=label_for class="checkbox">
                                <input type="checkbox" id=id name="read_languages[]" value=*code checked=checked/>
                                {language_name(code)}
                            </label>
                        }
                    }).collect_view()}
                </div>
                // The hidden field makes an unticked box say "off" (the last value wins).
                <input type="hidden" name="all_languages[bool]" value=""/>
                <label for="pf-all-languages" class="checkbox">
                    <input type="checkbox" id="pf-all-languages" name="all_languages[bool]" value="true"
                        checked=profile.all_languages/>
                    {i18n.t("profile-all-languages")}
                </label>
            </fieldset>
            <label for="pf-expertise">{i18n.t("field-expertise")}</label>
            <input id="pf-expertise" name="expertise[csv]" aria-describedby="pf-expertise-help" value=profile.expertise.join(", ")/>
            <p id="pf-expertise-help" class="muted">{i18n.t("profile-expertise-help")}</p>
            <label for="pf-about">{i18n.t("field-about")}</label>
            <textarea id="pf-about" name="about" rows="6" maxlength=MAX_ABOUT.to_string()>{profile.about.clone()}</textarea>
            <div class="actions">
                <button type="submit" class="primary">{i18n.t("profile-save")}</button>
                <a href=back>{i18n.t("cancel")}</a>
            </div>
        </JsonForm>
    }
}
