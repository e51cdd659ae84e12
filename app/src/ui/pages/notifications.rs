//! `/notifications`: what happened around the reader, newest first: mentions, replies,
//! comments, likes (grouped), accepted answers, join requests and approvals. Only what the
//! reader may still see is listed (the server checks again each time).

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::ui::components::time::Time;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::social::{MarkNotificationsRead, list_notifications};
use crate::i18n::use_i18n;
use crate::model::content::Notification;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::query_href::{encode, href_with};
use crate::ui::components::require_user::RequireUser;

/// The notifications page.
#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map().get_untracked();
    let page = list_notifications(query.get("cursor"));
    view! {
        <Title text=i18n.t("notifications-title")/>
        <RequireUser children=move |_| view! {
            <h1>{i18n.t("notifications-title")}</h1>
            <Loaded data=page children=move |p| {
                            let more = p.next_cursor.clone().map(|c| {
                                href_with("/notifications", &query, &[], &[("cursor", &c)])
                            });
                            view! {
                                <div class="row spread">
                                    <p role="status">{i18n.t_args("notifications-unread", &[("count", p.unread.into())])}</p>
                                    {(p.unread > 0).then(|| view! {
                                        <JsonForm action=MarkNotificationsRead::PATH class="inline">
                                            <button type="submit">{i18n.t("notifications-mark-all")}</button>
                                        </JsonForm>
                                    })}
                                </div>
                                {if p.items.is_empty() {
                                    view! { <p class="muted empty">{i18n.t("notifications-empty")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="notifications">
                                            {p.items.into_iter().map(|n| view! { <NotificationRow note=n/> }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                                {more.map(|href| view! { <p class="more"><a href=href rel="next">{i18n.t("stream-older")}</a></p> })}
                            }
            }/>
        }/>
    }
}

#[component]
fn NotificationRow(note: Notification) -> impl IntoView {
    let i18n = use_i18n();
    let (text, href) = crate::i18n::notification::describe(i18n, &note);
    let id = note.id;
    let unread = !note.read;
    view! {
        <li class=if unread { "notification unread" } else { "notification" }>
            // Through the server, which marks it read before the page opens.
            <a href=if unread { format!("/api/notifications/open?id={id}&to={}", encode(&href)) } else { href }>{text}</a>
            <span class="muted small">" · "<Time at=note.created_at/></span>
            {unread.then(|| view! {
                <JsonForm action=MarkNotificationsRead::PATH class="inline">
                    <input type="hidden" name="ids[]" value=id.to_string()/>
                    <button type="submit" class="link">{i18n.t("notifications-mark-read")}</button>
                </JsonForm>
            })}
        </li>
    }
}
