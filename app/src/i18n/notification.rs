//! What a notification says, in a language, and where it leads: the same words on the
//! notifications page and in a mail about it.

use crate::i18n::I18n;
use crate::model::content::{Notification, NotificationKind};
use crate::model::site_path::item_path;

/// The sentence for a notification, and where it leads.
pub fn describe(i18n: I18n, n: &Notification) -> (String, String) {
    let name = n
        .actor
        .as_ref()
        .map(|a| a.display_name.clone())
        .unwrap_or_default();
    let what = n
        .title
        .clone()
        .filter(|t| !t.is_empty())
        .or_else(|| n.excerpt.clone())
        .unwrap_or_default();
    let community = n.community_name.clone().unwrap_or_default();
    let slug = n.community_slug.clone().unwrap_or_default();
    let args = [
        ("name", name.into()),
        ("title", what.into()),
        ("community", community.into()),
        ("count", n.others.into()),
    ];
    let id = match n.kind {
        NotificationKind::Mention => "notification-mention",
        NotificationKind::Reply => "notification-reply",
        NotificationKind::Comment => "notification-comment",
        NotificationKind::Like => "notification-like",
        NotificationKind::Accepted => "notification-accepted",
        NotificationKind::JoinRequest => "notification-join-request",
        NotificationKind::Approved => "notification-approved",
        NotificationKind::Added => "notification-added",
        NotificationKind::TranslationOutdated => "notification-translation-outdated",
        NotificationKind::PageEdited => "notification-page-edited",
        NotificationKind::Assigned => "notification-assigned",
    };
    let href = match (n.kind, n.content_id, n.thread_id) {
        (NotificationKind::JoinRequest, _, _) => format!("/communities/{slug}/requests"),
        (NotificationKind::Assigned, _, _) => match n.conversation_id {
            Some(conversation) => format!("/communities/{slug}/inbox/{conversation}"),
            None => format!("/communities/{slug}/inbox"),
        },
        (_, Some(id), Some(thread)) => item_path(thread, id),
        _ => format!("/communities/{slug}"),
    };
    (i18n.t_args(id, &args), href)
}
