//! `/communities/:slug/settings`: name, description, languages, tools and cap for owners and
//! admins; archiving, and deleting with a confirmation.

use leptos::prelude::*;

use crate::model::wiki::WikiEditors;
use leptos::server_fn::ServerFn;

use super::frame::{CommunityFrame, Tab};
use super::labels;
use crate::api::community::{
    ArchiveCommunity, DeleteCommunity, SetCommunityMailAddress, UpdateCommunity,
};
use crate::api::inbox::SetInboxAddress;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::community::{
    Community, ForumMode, MAX_COMMUNITY_DESCRIPTION, MAX_COMMUNITY_NAME, Tool, Visibility,
};
use crate::model::profile::CONTENT_LANGUAGES;
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_name::language_name;

/// The settings page.
#[component]
pub fn CommunitySettingsPage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Settings children=move |c| view! { <Settings community=c/> }/>
    }
}

#[component]
fn Settings(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let c = community;
    if !(c.can.edit || c.can.archive || c.can.delete) {
        return view! { <ErrorMessage error=crate::error::AppError::Forbidden/> }.into_any();
    }
    let (slug, slug_archive, slug_delete) = (c.slug.clone(), c.slug.clone(), c.slug.clone());
    let confirm_text = i18n.t_args(
        "community-delete-confirm",
        &[("name", c.name.clone().into())],
    );
    let archive_confirm = i18n.t_args(
        "community-archive-confirm",
        &[("name", c.name.clone().into())],
    );
    // The address sections, made before the settings form takes the community.
    let has_inbox = c.tools.contains(&Tool::Inbox);
    let posting = c
        .mail_domain
        .clone()
        .map(|domain| view! { <MailAddress community=c.clone() domain=domain.clone()/> });
    let inbox = c
        .mail_domain
        .clone()
        .filter(|_| has_inbox)
        .map(|domain| view! { <InboxAddress community=c.clone() domain=domain/> });
    view! {
        {c.can.edit.then(|| view! {
        <section class="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{i18n.t("community-settings-heading")}</h2>
            {c.archived.then(|| view! { <p class="muted">{i18n.t("community-settings-archived")}</p> })}
            <JsonForm action=UpdateCommunity::PATH class="stack" done=i18n.t("community-settings-saved")>
                <input type="hidden" name="slug" value=slug.clone()/>
                <label for="cs-name">{i18n.t("field-name")}</label>
                <input id="cs-name" name="name" required maxlength=MAX_COMMUNITY_NAME.to_string() value=c.name.clone()/>
                <label for="cs-description">{i18n.t("field-description")}</label>
                <textarea id="cs-description" name="description" rows="5" maxlength=MAX_COMMUNITY_DESCRIPTION.to_string()>{c.description.clone()}</textarea>
                <fieldset>
                    <legend>{i18n.t("field-languages")}</legend>
                    <div class="checkbox-grid">
                        {CONTENT_LANGUAGES.iter().map(|code| {
                            let id = format!("cs-lang-{code}");
                            let label_for = id.clone();
                            view! {
                                <label for=label_for class="checkbox">
                                    <input type="checkbox" id=id name="languages[]" value=*code checked=c.languages.iter().any(|l| l == code)/>
                                    {language_name(code)}
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{i18n.t("community-tools-label")}</legend>
                    <p class="muted">{i18n.t("community-tools-help")}</p>
                    // Sent even when every box is cleared, so "no tools" can be saved.
                    <input type="hidden" name="tools[]" value=""/>
                    <div class="checkbox-grid">
                        {Tool::BUILT.iter().map(|t| {
                            let id = format!("cs-tool-{}", t.as_str());
                            let label_for = id.clone();
                            view! {
                                <label for=label_for class="checkbox">
                                    <input type="checkbox" id=id name="tools[]" value=t.as_str() checked=c.tools.contains(t)/>
                                    {labels::tool(i18n, *t)}
                                </label>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <label for="cs-forum-mode">{i18n.t("field-forum-mode")}</label>
                <select id="cs-forum-mode" name="forum_mode">
                    <option value="discussion" selected=c.forum_mode == ForumMode::Discussion>{i18n.t("community-forum-mode-discussion")}</option>
                    <option value="questions" selected=c.forum_mode == ForumMode::Questions>{i18n.t("community-forum-mode-questions")}</option>
                </select>
                {c.tools.contains(&Tool::Wiki).then(|| view! {
                    <label for="cs-wiki-editors">{i18n.t("field-wiki-editors")}</label>
                    <select id="cs-wiki-editors" name="wiki_editors">
                        <option value="members" selected=c.wiki_editors == WikiEditors::Members>{i18n.t("community-wiki-editors-members")}</option>
                        <option value="moderators" selected=c.wiki_editors == WikiEditors::Moderators>{i18n.t("community-wiki-editors-moderators")}</option>
                    </select>
                })}
                <input type="hidden" name="all_languages[bool]" value=""/>
                <label for="cs-all-languages" class="checkbox">
                    <input type="checkbox" id="cs-all-languages" name="all_languages[bool]" value="true"
                        checked=c.all_languages/>
                    {i18n.t("community-all-languages")}
                </label>
                {(c.visibility == Visibility::Restricted).then(|| view! {
                    <label for="cs-cap">{i18n.t("field-member-cap")}</label>
                    <input id="cs-cap" type="number" min="0" name="member_cap[num]" aria-describedby="cs-cap-help"
                        value=c.own_member_cap.map(|n| n.to_string()).unwrap_or_default()/>
                    <p id="cs-cap-help" class="muted">{i18n.t_args("community-cap-settings-help", &[("cap", c.member_cap.unwrap_or(0).into())])}</p>
                })}
                <button type="submit" class="primary">{i18n.t("community-settings-save")}</button>
            </JsonForm>
        </section>
        })}
        {posting}
        {inbox}
        {c.can.archive.then(|| view! {
            <section class="card" aria-labelledby="archive-heading">
                <h2 id="archive-heading">{i18n.t("community-archive-heading")}</h2>
                <p>{i18n.t(if c.archived { "community-unarchive-help" } else { "community-archive-help" })}</p>
                <JsonForm action=ArchiveCommunity::PATH class="stack">
                    <input type="hidden" name="slug" value=slug_archive/>
                    <input type="hidden" name="archived[bool]" value=(!c.archived).to_string()/>
                    // Archiving stops everyone changing anything, so it is confirmed; restoring
                    // is not.
                    {(!c.archived).then(|| view! {
                        <label class="checkbox" for="cs-archive-confirm">
                            <input type="checkbox" id="cs-archive-confirm" name="confirm[bool]" value="true" required/>
                            {archive_confirm}
                        </label>
                    })}
                    <button type="submit">{i18n.t(if c.archived { "community-unarchive" } else { "community-archive" })}</button>
                </JsonForm>
            </section>
        })}
        {c.can.delete.then(|| view! {
            <section class="card danger-zone" aria-labelledby="delete-heading">
                <h2 id="delete-heading">{i18n.t("community-delete-heading")}</h2>
                <p>{i18n.t("community-delete-help")}</p>
                <JsonForm action=DeleteCommunity::PATH class="stack" then=AfterSave::Go("/communities".to_owned())>
                    <input type="hidden" name="slug" value=slug_delete/>
                    <label class="checkbox" for="cs-delete-confirm">
                        <input type="checkbox" id="cs-delete-confirm" name="confirm[bool]" value="true" required/>
                        {confirm_text}
                    </label>
                    <button type="submit" class="danger">{i18n.t("community-delete")}</button>
                </JsonForm>
            </section>
        })}
    }
    .into_any()
}

/// The community's posting address: mail from a member to it becomes a topic or a post.
#[component]
fn MailAddress(community: Community, domain: String) -> impl IntoView {
    let i18n = use_i18n();
    let c = community;
    let local = c
        .mail_address
        .as_deref()
        .and_then(|a| a.split_once('@'))
        .map(|(l, _)| l.to_owned())
        .unwrap_or_default();
    let to_blog = c.mail_posts_to.as_deref() == Some("blog");
    let (forum, blog) = (
        c.tools.contains(&Tool::Forum),
        c.tools.contains(&Tool::Blog),
    );
    view! {
        <section class="card" aria-labelledby="mail-address-heading">
            <h2 id="mail-address-heading">{i18n.t("community-mail-heading")}</h2>
            <p class="muted">{i18n.t("community-mail-help")}</p>
            {if forum || blog {
                view! {
                    <JsonForm action=SetCommunityMailAddress::PATH class="stack" done=i18n.t("community-mail-saved")>
                        <input type="hidden" name="slug" value=c.slug.clone()/>
                        <label for="cs-mail-local">{i18n.t("field-mail-local")}</label>
                        <div class="address-field">
                            <input id="cs-mail-local" name="local" maxlength="64" value=local
                                autocomplete="off" spellcheck="false" aria-describedby="cs-mail-domain"/>
                            <span id="cs-mail-domain">{format!("@{domain}")}</span>
                        </div>
                        <label for="cs-mail-posts-to">{i18n.t("field-posts-to")}</label>
                        <select id="cs-mail-posts-to" name="posts_to">
                            {forum.then(|| view! { <option value="forum" selected=!to_blog>{i18n.t("community-mail-posts-forum")}</option> })}
                            {blog.then(|| view! { <option value="blog" selected=to_blog || !forum>{i18n.t("community-mail-posts-blog")}</option> })}
                        </select>
                        <button type="submit" class="primary">{i18n.t("community-mail-save")}</button>
                    </JsonForm>
                }.into_any()
            } else {
                view! { <p>{i18n.t("community-mail-no-tool")}</p> }.into_any()
            }}
        </section>
    }
}

/// The shared inbox's functional address.
#[component]
fn InboxAddress(community: Community, domain: String) -> impl IntoView {
    let i18n = use_i18n();
    let local = community
        .inbox_address
        .as_deref()
        .and_then(|a| a.split_once('@'))
        .map(|(l, _)| l.to_owned())
        .unwrap_or_default();
    view! {
        <section class="card" aria-labelledby="inbox-address-heading">
            <h2 id="inbox-address-heading">{i18n.t("community-inbox-address-heading")}</h2>
            <p class="muted">{i18n.t("community-inbox-address-help")}</p>
            <JsonForm action=SetInboxAddress::PATH class="stack" done=i18n.t("community-mail-saved")>
                <input type="hidden" name="slug" value=community.slug.clone()/>
                <label for="cs-inbox-local">{i18n.t("field-inbox-local")}</label>
                <div class="address-field">
                    <input id="cs-inbox-local" name="local" maxlength="64" value=local
                        autocomplete="off" spellcheck="false" aria-describedby="cs-inbox-domain"/>
                    <span id="cs-inbox-domain">{format!("@{domain}")}</span>
                </div>
                <button type="submit" class="primary">{i18n.t("community-mail-save")}</button>
            </JsonForm>
        </section>
    }
}
