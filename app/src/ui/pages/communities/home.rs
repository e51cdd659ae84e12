//! `/communities/:slug`: a community's home: what it is for, who owns it, its tools,
//! joining, asking to join, leaving and following, and its stream with a status box.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use leptos_router::hooks::use_query_map;

use super::frame::{CommunityFrame, Tab};
use super::labels;
use crate::api::community::{JoinCommunity, LeaveCommunity, RequestToJoin};
use crate::api::social::{FollowCommunity, community_follow_state, community_stream};
use crate::i18n::use_i18n;
use crate::model::community::{Community, ForumMode, MAX_REASON, Tool};
use crate::ui::components::avatar::Avatar;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::kind_tabs::KindTabs;
use crate::ui::components::language_bar::language_query;
use crate::ui::components::language_name::language_name;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::status_composer::StatusComposer;
use crate::ui::components::stream_list::ListedStream;
use crate::ui::current_user::CurrentUser;

/// The home page of a community.
#[component]
pub fn CommunityHomePage() -> impl IntoView {
    view! {
        <CommunityFrame tab=Tab::Home children=move |c| view! {
            <Home community=c.clone()/>
            {c.can.edit.then(|| view! { <super::health::HealthPanel slug=c.slug.clone()/> })}
            {(!c.content_hidden).then(|| view! { <CommunityStream community=c/> })}
        }/>
    }
}

#[component]
fn CommunityStream(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let me = CurrentUser::get().me();
    let slug = community.slug.clone();
    let base = format!("/communities/{slug}");
    let can_post = community.my_role.is_some() && !community.archived;
    let (lang, all) = language_query(&query);
    let stream = community_stream(
        slug.clone(),
        query.get("kind"),
        query.get("cursor"),
        lang,
        all,
    );
    let following = community_follow_state(slug.clone());
    let follow_slug = slug.clone();
    view! {
        <section class="community-stream" aria-labelledby="stream-heading">
            <div class="row spread">
                <h2 id="stream-heading">{i18n.t("community-stream-heading")}</h2>
                <Suspense>
                    {Suspend::new(async move {
                        following.await.ok().map(|f| view! {
                            <JsonForm action=FollowCommunity::PATH class="inline">
                                <input type="hidden" name="slug" value=follow_slug/>
                                {(!f.following).then(|| view! { <input type="hidden" name="follow[bool]" value="true"/> })}
                                <button type="submit" aria-pressed=f.following.to_string()>
                                    {i18n.t(if f.following { "follow-stop" } else { "follow-start" })}
                                </button>
                            </JsonForm>
                        })
                    })}
                </Suspense>
            </div>
            {can_post.then(|| me.map(|me| view! { <StatusComposer me=me community=slug.clone()/> })).flatten()}
            <KindTabs base=base.clone() tools=community.tools.clone()/>
            <Loaded data=stream children=move |page| view! {
                <ListedStream page=page base=base query=query keep=&["kind"]
                    empty=i18n.t("stream-empty-community") in_community=true/>
            }/>
        </section>
    }
}

#[component]
fn Home(community: Community) -> impl IntoView {
    let i18n = use_i18n();
    let c = community;
    let members = match c.member_cap {
        Some(cap) => i18n.t_args(
            "community-members-of-cap",
            &[("count", c.member_count.into()), ("cap", cap.into())],
        ),
        None => i18n.t_args(
            "communities-member-count",
            &[("count", c.member_count.into())],
        ),
    };
    let built: Vec<Tool> = c
        .tools
        .iter()
        .copied()
        .filter(|t| Tool::BUILT.contains(t))
        .collect();
    let tools = if built.is_empty() {
        i18n.t("community-no-tools")
    } else {
        built
            .iter()
            .map(|t| {
                let name = labels::tool(i18n, *t);
                if *t == Tool::Forum && c.forum_mode == ForumMode::Questions {
                    i18n.t_args("community-tool-forum-questions", &[("tool", name.into())])
                } else {
                    name
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let langs = c
        .languages
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    let (slug_join, slug_request, slug_leave) = (c.slug.clone(), c.slug.clone(), c.slug.clone());
    view! {
        <div class="community-home">
            <section class="card">
                {if c.content_hidden {
                    view! { <p class="muted">{i18n.t("community-content-hidden")}</p> }.into_any()
                } else if c.description.is_empty() {
                    view! { <p class="muted">{i18n.t("community-no-description")}</p> }.into_any()
                } else {
                    view! { <p class="about">{c.description.clone()}</p> }.into_any()
                }}
                <dl class="facts">
                    <dt>{i18n.t("community-members-label")}</dt><dd>{members}</dd>
                    <dt>{i18n.t("field-languages")}</dt><dd>{langs}</dd>
                    <dt>{i18n.t("community-tools-label")}</dt><dd>{tools}</dd>
                    <dt>{i18n.t("community-created-label")}</dt><dd>{i18n.format_date(c.created_at)}</dd>
                    {c.my_role.map(|r| view! { <dt>{i18n.t("community-my-role-label")}</dt><dd>{labels::role(i18n, r)}</dd> })}
                </dl>
                {c.mail_address.clone().map(|address| {
                    let hint = if c.mail_posts_to.as_deref() == Some("blog") {
                        "community-mail-address-blog"
                    } else {
                        "community-mail-address-forum"
                    };
                    view! {
                        <p class="mail-address">
                            {i18n.t_args("community-mail-address", &[("address", address.into())])}
                            <br/><span class="muted">{i18n.t(hint)}</span>
                        </p>
                    }
                })}
            </section>
            <section class="card" aria-labelledby="owners-heading">
                <h2 id="owners-heading">{i18n.t("community-owners-heading")}</h2>
                <ul class="people-list compact">
                    {c.owners.iter().map(|o| view! {
                        <li class="person">
                            <Avatar id=o.id initials=o.initials.clone()/>
                            <a class="person-name" href=format!("/people/{}", o.id)>{o.display_name.clone()}</a>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section class="card membership" aria-labelledby="membership-heading">
                <h2 id="membership-heading">{i18n.t("community-membership-heading")}</h2>
                {c.can.join.then(|| view! {
                    <JsonForm action=JoinCommunity::PATH>
                        <input type="hidden" name="slug" value=slug_join/>
                        <button type="submit" class="primary">{i18n.t("community-join")}</button>
                    </JsonForm>
                })}
                {(c.can.request && c.my_request_pending).then(|| view! {
                    <p role="status">{i18n.t("community-request-pending")}</p>
                })}
                {(c.can.request && !c.my_request_pending).then(|| view! {
                    <JsonForm action=RequestToJoin::PATH class="stack narrow">
                        <input type="hidden" name="slug" value=slug_request/>
                        <label for="cr-message">{i18n.t("community-request-message")}</label>
                        <textarea id="cr-message" name="message" rows="3" maxlength=MAX_REASON.to_string()></textarea>
                        <button type="submit" class="primary">{i18n.t("community-request-submit")}</button>
                    </JsonForm>
                })}
                {c.can.leave.then(|| view! {
                    <JsonForm action=LeaveCommunity::PATH>
                        <input type="hidden" name="slug" value=slug_leave/>
                        <p class="muted">{i18n.t("community-leave-help")}</p>
                        <button type="submit">{i18n.t("community-leave")}</button>
                    </JsonForm>
                })}
                {(!c.can.join && !c.can.request && !c.can.leave).then(|| view! {
                    <p class="muted">{i18n.t("community-membership-none")}</p>
                })}
            </section>
        </div>
    }
}
