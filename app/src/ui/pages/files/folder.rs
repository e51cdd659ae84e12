//! `/communities/:slug/files` (`?folder=N` for a folder) and `/people/:id/files`: a folder's
//! folders and files with their sizes, versions and who changed them last; the upload form
//! (a plain multipart form), a form for a new folder and one to rename, move or delete the
//! folder shown, for those who may add; the quota and the trash for those who manage.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::size_label;
use crate::api::files::{
    CreateFolder, DeleteFile, DeleteFolder, UpdateFolder, get_folder_tree, list_files,
};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::files::{FolderListing, FolderTree, MAX_FILE_NAME};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_label;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::time::Time;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};

fn folder_param() -> Option<i64> {
    use_query_map().with_untracked(|q| q.get("folder").and_then(|f| f.parse().ok()))
}

fn page_param() -> u32 {
    use_query_map().with_untracked(|q| q.get("page").and_then(|f| f.parse().ok()).unwrap_or(0))
}

/// A community's files.
#[component]
pub fn CommunityFilesPage() -> impl IntoView {
    let folder = folder_param();
    let page = page_param();
    view! {
        <CommunityFrame tab=Tab::Files children=move |c| view! {
            <Listing data=list_files(Some(c.slug), None, folder, page)/>
        }/>
    }
}

/// A person's own files.
#[component]
pub fn PersonalFilesPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map()
        .with_untracked(|p| p.get("id").and_then(|i| i.parse::<i64>().ok()).unwrap_or(0));
    let folder = folder_param();
    let page = page_param();
    view! {
        <crate::ui::components::require_user::RequireUser children=move |_| view! {
            <h1>{i18n.t("files-personal-heading")}</h1>
            <Listing data=list_files(None, Some(id), folder, page)/>
        }/>
    }
}

#[component]
fn Listing<Fut>(data: Fut) -> impl IntoView
where
    Fut: std::future::Future<Output = Result<FolderListing, AppError>> + Send + 'static,
{
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
            {Suspend::new(async move {
                match data.await {
                    Ok(l) => {
                        // Where the folder shown can move to, for those who may move it.
                        let tree = if l.can.upload && l.folder.is_some() {
                            get_folder_tree(l.community_slug.clone(), l.owner.as_ref().map(|o| o.id.0))
                                .await
                                .ok()
                        } else {
                            None
                        };
                        view! { <Folder listing=l tree=tree/> }.into_any()
                    }
                    Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                    Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Folder(listing: FolderListing, tree: Option<FolderTree>) -> impl IntoView {
    let i18n = use_i18n();
    let l = listing;
    let base = match (&l.community_slug, &l.owner) {
        (Some(slug), _) => format!("/communities/{slug}/files"),
        (None, Some(p)) => format!("/people/{}/files", p.id),
        _ => "/".to_owned(),
    };
    let here = l.folder.as_ref().map(|f| f.id);
    let folder_href = {
        let base = base.clone();
        move |id: Option<i64>| match id {
            Some(id) => format!("{base}?folder={id}"),
            None => base.clone(),
        }
    };
    let file_href = {
        let base = base.clone();
        move |id: i64| format!("{base}/{id}")
    };
    let empty = l.folders.is_empty() && l.files.is_empty();
    let next = l.next_page.map(|n| {
        let href = folder_href(here);
        let sep = if href.contains('?') { '&' } else { '?' };
        format!("{href}{sep}page={n}")
    });
    let manage = l.can.manage;
    let max_mb = (l.max_upload_bytes / (1024 * 1024)).max(1);
    view! {
        <nav class="breadcrumbs" aria-label=i18n.t("files-breadcrumbs-label")>
            <a href=folder_href(None)>{i18n.t("community-tab-files")}</a>
            {l.breadcrumbs.iter().map(|b| view! { " › " <a href=folder_href(Some(b.id))>{b.name.clone()}</a> }).collect_view()}
            {l.folder.as_ref().map(|f| view! { " › " <strong>{f.name.clone()}</strong> })}
        </nav>
        {l.quota.map(|q| view! {
            <p class="muted small">
                {i18n.t_args("files-quota", &[
                    ("used", size_label(i18n, q.used_bytes).into()),
                    ("quota", size_label(i18n, q.quota_bytes).into()),
                ])}
                " · " <a href=format!("{base}/trash")>{i18n.t("files-trash")}</a>
            </p>
        })}
        {l.can.upload.then(|| view! {
            <details class="card" open=empty>
                <summary>{i18n.t("files-upload")}</summary>
                <form method="post" action="/api/files/upload" enctype="multipart/form-data" class="stack">
                    {l.community_slug.clone().map(|slug| view! { <input type="hidden" name="community_slug" value=slug/> })}
                    {here.map(|f| view! { <input type="hidden" name="folder_id" value=f.to_string()/> })}
                    <label for="upload-file">{i18n.t("files-file-label")}</label>
                    <input id="upload-file" type="file" name="file" required aria-describedby="upload-limit"/>
                    <p id="upload-limit" class="muted small">{i18n.t_args("files-upload-limit", &[("count", max_mb.into())])}</p>
                    <label for="upload-description">{i18n.t("files-description-label")}</label>
                    <textarea id="upload-description" name="description" rows="2"></textarea>
                    <label for="upload-lang">{i18n.t("post-lang-label")}</label>
                    <select id="upload-lang" name="lang">
                        <option value="und">{i18n.t("post-lang-und")}</option>
                        {CONTENT_LANGUAGES.iter().map(|c| view! { <option value=*c>{language_label(i18n, c)}</option> }).collect_view()}
                    </select>
                    <label for="upload-tags">{i18n.t("post-tags-label")}</label>
                    <input id="upload-tags" name="tags"/>
                    <button type="submit" class="primary">{i18n.t("files-upload-submit")}</button>
                </form>
            </details>
            <details class="card">
                <summary>{i18n.t("files-new-folder")}</summary>
                <JsonForm action=CreateFolder::PATH class="stack">
                    {l.community_slug.clone().map(|slug| view! { <input type="hidden" name="community_slug" value=slug/> })}
                    {here.map(|f| view! { <input type="hidden" name="parent_id[num]" value=f.to_string()/> })}
                    <label for="folder-name">{i18n.t("files-folder-name-label")}</label>
                    <input id="folder-name" name="name" required maxlength=MAX_FILE_NAME.to_string()/>
                    <button type="submit">{i18n.t("files-new-folder-submit")}</button>
                </JsonForm>
            </details>
        })}
        {l.folder.clone().zip(tree).map(|(f, t)| {
            let parent = l.breadcrumbs.last().map(|b| b.id);
            let up = folder_href(parent);
            view! {
                <details class="card">
                    <summary>{i18n.t("files-folder-edit")}</summary>
                    <JsonForm action=UpdateFolder::PATH class="stack" done=i18n.t("files-saved")>
                        <input type="hidden" name="id[num]" value=f.id.to_string()/>
                        <label for="folder-rename">{i18n.t("files-folder-name-label")}</label>
                        <input id="folder-rename" name="name" required maxlength=MAX_FILE_NAME.to_string() value=f.name.clone()/>
                        <label for="folder-move">{i18n.t("files-folder-parent-label")}</label>
                        <select id="folder-move" name="move_to">
                            <option value="top" selected=parent.is_none()>{i18n.t("files-top")}</option>
                            {t.outside(f.id).into_iter().map(|d| {
                                let indent = "\u{a0}\u{a0}".repeat(d.depth as usize + 1);
                                view! { <option value=d.id.to_string() selected=parent == Some(d.id)>{format!("{indent}{}", d.name)}</option> }
                            }).collect_view()}
                        </select>
                        <button type="submit">{i18n.t("wiki-save")}</button>
                    </JsonForm>
                    <JsonForm action=DeleteFolder::PATH class="inline" then=AfterSave::Go(up)>
                        <input type="hidden" name="id[num]" value=f.id.to_string()/>
                        <button type="submit" class="link danger">{i18n.t("files-folder-delete")}</button>
                        <span class="muted small">" " {i18n.t("files-folder-delete-help")}</span>
                    </JsonForm>
                </details>
            }
        })}
        {if empty {
            view! { <p class="muted empty">{i18n.t("files-empty")}</p> }.into_any()
        } else {
            view! {
                <ul class="file-list">
                    {l.folders.iter().map(|f| view! {
                        <li class="file-row folder-row">
                            <a href=folder_href(Some(f.id))>{f.name.clone()}</a>
                        </li>
                    }).collect_view()}
                    {l.files.into_iter().map(|f| view! {
                        <li class="file-row">
                            {f.thumbnail_path.clone().map(|src| view! {
                                <img class="file-thumb" src=src alt="" width="48" height="48" loading="lazy"/>
                            })}
                            <a href=file_href(f.id)>{f.name.clone()}</a>
                            <span class="muted small">
                                " · " {size_label(i18n, f.size)}
                                " · " {i18n.t_args("files-version", &[("version", f.version.into())])}
                                " · " {f.updated_by.display_name.clone()} " · " <Time at=f.updated_at/>
                            </span>
                            " " <a class="small" href=f.download_path.clone()>{i18n.t("files-download")}</a>
                            {manage.then(|| view! {
                                <JsonForm action=DeleteFile::PATH class="inline">
                                    <input type="hidden" name="id[num]" value=f.id.to_string()/>
                                    <button type="submit" class="link danger">{i18n.t("files-delete")}</button>
                                </JsonForm>
                            })}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {next.map(|href| view! { <p><a href=href>{i18n.t("files-more")}</a></p> })}
    }
}
