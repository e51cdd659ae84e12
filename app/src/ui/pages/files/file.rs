//! `/communities/:slug/files/:file` and `/people/:id/files/:file`: one file: its description,
//! every version with who uploaded it and when (each downloadable), a form for a new version
//! (a plain multipart form), renaming, describing, tagging and moving it, and deleting it to
//! the trash.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_params_map;

use super::size_label;
use crate::api::files::{DeleteFile, UpdateFile, get_file_versions, get_folder_tree};
use crate::error::AppError;
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::model::content::CONTENT_LANGUAGES;
use crate::model::files::{FileVersions, FolderTree, MAX_FILE_DESCRIPTION, MAX_FILE_NAME};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_label;
use crate::ui::components::not_found::NotFound;
use crate::ui::components::require_user::RequireUser;
use crate::ui::components::time::Time;

/// The file page.
#[component]
pub fn FilePage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_params_map().with_untracked(|p| {
        p.get("file")
            .and_then(|i| i.parse::<i64>().ok())
            .unwrap_or(0)
    });
    view! {
        <RequireUser children=move |_| view! {
            <Suspense fallback=move || view! { <p class="muted">{i18n.t("loading")}</p> }>
                {Suspend::new(async move {
                    match get_file_versions(id).await {
                        Ok(f) => {
                            // Where it can move to, for those who may move it.
                            let tree = if f.can_edit {
                                let person = f.community_slug.is_none().then_some(f.owner_id).flatten();
                                get_folder_tree(f.community_slug.clone(), person).await.ok()
                            } else {
                                None
                            };
                            view! { <File file=f tree=tree/> }.into_any()
                        }
                        Err(AppError::NotFound) => view! { <NotFound/> }.into_any(),
                        Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        }/>
    }
}

#[component]
fn File(file: FileVersions, tree: Option<FolderTree>) -> impl IntoView {
    let i18n = use_i18n();
    let f = file;
    let back = match &f.community_slug {
        Some(slug) => match f.folder_id {
            Some(folder) => format!("/communities/{slug}/files?folder={folder}"),
            None => format!("/communities/{slug}/files"),
        },
        None => format!("/people/{}/files", f.owner_id.unwrap_or_default()),
    };
    let current = f.versions.first().cloned();
    view! {
        <leptos_meta::Title text=f.name.clone()/>
        <p><a href=back.clone()>{format!("← {}", i18n.t("community-tab-files"))}</a></p>
        <h1 class="wiki-title">{f.name.clone()}</h1>
        {current.clone().map(|v| view! {
            <p>
                <a class="button primary" href=v.download_path.clone()>{i18n.t("files-download")}</a>
                <span class="muted small">" " {size_label(i18n, v.size)} " · " {i18n.t_args("files-version", &[("version", v.version.into())])}</span>
            </p>
        })}
        {current.as_ref().and_then(|v| v.thumbnail_path.clone()).map(|src| view! {
            <p><img class="file-preview" src=src alt=f.name.clone()/></p>
        })}
        {(!f.description.is_empty()).then(|| view! { <p class="file-description">{f.description.clone()}</p> })}
        <h2>{i18n.t("files-versions-heading")}</h2>
        <table class="wiki-history">
            <tbody>
                {f.versions.iter().map(|v| view! {
                    <tr>
                        <td>
                            <strong>{i18n.t_args("files-version", &[("version", v.version.into())])}</strong> " · "
                            <a href=v.download_path.clone()>{v.name.clone()}</a>
                            <br/>
                            <span class="muted small">
                                {size_label(i18n, v.size)} " · " {v.uploader.display_name.clone()} " · " <Time at=v.created_at/>
                            </span>
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {f.can_edit.then(|| view! {
            <details class="card">
                <summary>{i18n.t("files-new-version")}</summary>
                <form method="post" action="/api/files/upload" enctype="multipart/form-data" class="stack">
                    <input type="hidden" name="replace_id" value=f.id.to_string()/>
                    <label for="version-file">{i18n.t("files-file-label")}</label>
                    <input id="version-file" type="file" name="file" required/>
                    <button type="submit" class="primary">{i18n.t("files-upload-submit")}</button>
                </form>
            </details>
            <details class="card">
                <summary>{i18n.t("files-edit")}</summary>
                <JsonForm action=UpdateFile::PATH class="stack" done=i18n.t("files-saved")>
                    <input type="hidden" name="id[num]" value=f.id.to_string()/>
                    <label for="file-name">{i18n.t("files-name-label")}</label>
                    <input id="file-name" name="name" required maxlength=MAX_FILE_NAME.to_string() value=f.name.clone()/>
                    <label for="file-description">{i18n.t("files-description-label")}</label>
                    <textarea id="file-description" name="description" rows="3" maxlength=MAX_FILE_DESCRIPTION.to_string()>{f.description.clone()}</textarea>
                    <label for="file-lang">{i18n.t("post-lang-label")}</label>
                    <select id="file-lang" name="lang">
                        <option value="und" selected=f.lang == "und">{i18n.t("post-lang-und")}</option>
                        {CONTENT_LANGUAGES.iter().map(|c| view! {
                            <option value=*c selected=f.lang == *c>{language_label(i18n, c)}</option>
                        }).collect_view()}
                    </select>
                    <label for="file-tags">{i18n.t("post-tags-label")}</label>
                    <input id="file-tags" name="tags[csv]" value=f.tags.join(", ")/>
                    {tree.map(|t| view! {
                        <label for="file-move">{i18n.t("files-folder-label")}</label>
                        <select id="file-move" name="move_to">
                            <option value="top" selected=f.folder_id.is_none()>{i18n.t("files-top")}</option>
                            {t.folders.into_iter().map(|d| {
                                let indent = "\u{a0}\u{a0}".repeat(d.depth as usize + 1);
                                view! { <option value=d.id.to_string() selected=f.folder_id == Some(d.id)>{format!("{indent}{}", d.name)}</option> }
                            }).collect_view()}
                        </select>
                    })}
                    <button type="submit">{i18n.t("wiki-save")}</button>
                </JsonForm>
            </details>
        })}
        {f.can_delete.then(|| view! {
            <JsonForm action=DeleteFile::PATH class="inline" then=AfterSave::Go(back.clone())>
                <input type="hidden" name="id[num]" value=f.id.to_string()/>
                <button type="submit" class="link danger">{i18n.t("files-delete")}</button>
            </JsonForm>
        })}
    }
}
