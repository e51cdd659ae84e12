//! `/communities/:slug/files/trash`: files deleted in the last 30 days, with who deleted them
//! and when they go for good; those who manage the files restore them.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::size_label;
use crate::api::files::{RestoreFile, get_file_trash};
use crate::i18n::use_i18n;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::loaded::Loaded;
use crate::ui::components::time::Time;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};

/// The trash page.
#[component]
pub fn FileTrashPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <CommunityFrame tab=Tab::Files children=move |c| view! {
            <p><a href=format!("/communities/{}/files", c.slug)>{format!("← {}", i18n.t("community-tab-files"))}</a></p>
            <h2>{i18n.t("files-trash")}</h2>
            <Loaded data=get_file_trash(Some(c.slug)) children=move |t| {
                if t.items.is_empty() {
                    view! { <p class="muted empty">{i18n.t("files-trash-empty")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="file-list">
                            {t.items.into_iter().map(|f| view! {
                                <li class="file-row">
                                    <strong>{f.name.clone()}</strong>
                                    <span class="muted small">
                                        " · " {size_label(i18n, f.size)} " · "
                                        {i18n.t_args("files-deleted-by", &[("name", f.deleted_by.display_name.clone().into())])}
                                        " " <Time at=f.deleted_at/>
                                    </span>
                                    {t.can_restore.then(|| view! {
                                        <JsonForm action=RestoreFile::PATH class="inline">
                                            <input type="hidden" name="id[num]" value=f.id.to_string()/>
                                            <button type="submit" class="link">{i18n.t("files-restore")}</button>
                                        </JsonForm>
                                    })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }/>
        }/>
    }
}
