//! `/communities/:slug/wiki/:id`: one page: where it sits (breadcrumbs), its languages, a
//! table of contents when it is long, its text, the pages under it, likes, following, its
//! comments, and the ways to edit it, see its history or add a page under it.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

use super::{WikiLoaded, id_param};
use crate::api::wiki::{DeleteWikiPage, FollowWikiPage, get_wiki_page};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::islands::likes::{LikeText, Likes};
use crate::model::account::Me;
use crate::model::content::ContentKind;
use crate::model::wiki::{WikiPage, wiki_path};
use crate::ui::components::json_form::JsonForm;
use crate::ui::components::language_bar::language_label;
use crate::ui::components::stream_list::LangBadge;
use crate::ui::components::time::Time;
use crate::ui::current_user::CurrentUser;
use crate::ui::pages::communities::frame::{CommunityFrame, Tab};
use crate::ui::pages::posts::thread::{CommentForm, Comments};
use crate::ui::pages::posts::versions::{Translatable, TranslateFormsFor};

/// A page shows its table of contents from this many headings on.
const TOC_FROM: usize = 3;

/// The page view.
#[component]
pub fn WikiPageView() -> impl IntoView {
    let id = id_param();
    let (lang, from) = use_query_map().with_untracked(|q| (q.get("lang"), q.get("from")));
    view! {
        <CommunityFrame tab=Tab::Wiki children=move |_| view! {
            <WikiLoaded data=get_wiki_page(id, lang, from) children=|page| view! { <PageBody page=page/> }/>
        }/>
    }
}

#[component]
fn PageBody(page: WikiPage) -> impl IntoView {
    let i18n = use_i18n();
    let me: Option<Me> = CurrentUser::get().me();
    let original = page.translated_from.as_ref().map_or(page.id, |t| t.id);
    let base = page.path.clone();
    let counted = |n: i64| i18n.t_args("stream-likes", &[("count", n.into())]);
    let toggled = if page.liked_by_me {
        page.like_count - 1
    } else {
        page.like_count + 1
    };
    let like_text = LikeText {
        like: i18n.t("post-like"),
        unlike: i18n.t("post-unlike"),
        count_now: counted(page.like_count),
        count_toggled: counted(toggled.max(0)),
    };
    let updated = i18n.t_args(
        "wiki-updated-by",
        &[("name", page.updated_by.display_name.clone().into())],
    );
    let show_toc = page.toc.len() >= TOC_FROM;
    let slug = page.community_slug.clone();
    let translatable = Translatable {
        id: original,
        kind: ContentKind::WikiPage,
        taken: page.translations.iter().map(|v| v.lang.clone()).collect(),
        place: Some(slug.clone()),
        can_translate: page.can.translate,
        translation_id: page.translation_id.filter(|_| page.can.edit_translation),
        title: Some(page.title.clone()),
        body: page.body.clone(),
    };
    view! {
        <nav class="breadcrumbs" aria-label=i18n.t("wiki-breadcrumbs-label")>
            <a href=wiki_path(&slug)>{i18n.t("community-tab-wiki")}</a>
            {page.breadcrumbs.iter().map(|c| view! { " › " <a href=c.path.clone()>{c.title.clone()}</a> }).collect_view()}
        </nav>
        <article class="wiki-page">
            <h2 class="wiki-title">{page.title.clone()}</h2>
            <p class="stream-meta">
                {page.front.then(|| view! { <span class="badge">{i18n.t("wiki-front-page")}</span> " " })}
                <LangBadge lang=page.lang.clone()/>
                " · " {updated} " · " <Time at=page.updated_at/>
                " · " <a href=format!("{base}/history")>{i18n.t_args("wiki-version", &[("version", page.version.into())])}</a>
            </p>
            {page.translated_from.clone().map(|from| view! {
                <p class="translation-line">
                    <span class="badge badge-translated">
                        {i18n.t_args("translation-from", &[("language", language_label(i18n, &from.lang).into())])}
                    </span>
                    {page.outdated.then(|| view! { " " <span class="badge badge-outdated">{i18n.t("translation-outdated")}</span> })}
                    " · " <a href=format!("{base}?lang={}", from.lang)>{i18n.t("translation-show-original")}</a>
                </p>
            })}
            {(page.translations.len() > 1).then(|| view! {
                <p class="muted small">
                    {i18n.t("wiki-languages")} " "
                    {page.translations.iter().map(|v| view! {
                        <a href=format!("{base}?lang={}", v.lang) class="lang-link">{language_label(i18n, &v.lang)}</a> " "
                    }).collect_view()}
                </p>
            })}
            {page.from_question.clone().map(|q| view! {
                <p class="alert alert-info">
                    {i18n.t("wiki-from-question")} " "
                    <a href=format!("/posts/{}", q.topic_id)>{q.title}</a>
                    " · " <span class="muted small">{i18n.t_args("wiki-forum-visits", &[("count", q.forum_visits.into())])}</span>
                </p>
            })}
            {show_toc.then(|| view! {
                <nav class="wiki-toc" aria-label=i18n.t("wiki-toc-label")>
                    <p class="small"><strong>{i18n.t("wiki-toc-label")}</strong></p>
                    <ol>
                        {page.toc.iter().map(|t| view! {
                            <li class=format!("toc-level-{}", t.level.min(4))><a href=format!("#{}", t.anchor)>{t.text.clone()}</a></li>
                        }).collect_view()}
                    </ol>
                </nav>
            })}
            // Sanitised when saved (ammonia's allow-list, as posts); reading only repoints the
            // links between pages at addresses built from a slug and a percent-encoded title.
            <div class="prose" lang=page.lang.clone() inner_html=page.body_html.clone()/>
            {(!page.children.is_empty()).then(|| view! {
                <section class="wiki-children">
                    <h3>{i18n.t("wiki-children-heading")}</h3>
                    <ul>{page.children.iter().map(|c| view! { <li><a href=c.path.clone()>{c.title.clone()}</a></li> }).collect_view()}</ul>
                </section>
            })}
            <div class="item-bar">
                <Likes target_id=original liked=page.liked_by_me can_like=page.can.like text=like_text/>
                <JsonForm action=FollowWikiPage::PATH class="inline">
                    <input type="hidden" name="id[num]" value=original.to_string()/>
                    <input type="hidden" name="follow[bool]" value=(!page.following).to_string()/>
                    <button type="submit" class="link">{i18n.t(if page.following { "wiki-unfollow" } else { "wiki-follow" })}</button>
                </JsonForm>
                {page.can.edit.then(|| view! {
                    <a href=format!("{base}/edit")>{i18n.t("wiki-edit")}</a>
                    <a href=format!("/communities/{slug}/wiki/new?parent={original}")>{i18n.t("wiki-add-child")}</a>
                })}
                {page.can.delete.then(|| view! {
                    <JsonForm action=DeleteWikiPage::PATH class="inline" then=AfterSave::Go(wiki_path(&slug))>
                        <input type="hidden" name="id[num]" value=original.to_string()/>
                        <button type="submit" class="link danger">{i18n.t("wiki-delete")}</button>
                    </JsonForm>
                })}
            </div>
            <TranslateFormsFor target=translatable first=true thread=original/>
        </article>
        <section class="wiki-comments">
            <h3>{i18n.t_args("wiki-comments-heading", &[("count", page.comment_count.into())])}</h3>
            <Comments items=page.comments.clone() thread=original/>
            {(page.can.comment).then(|| me.map(|me| view! {
                <CommentForm target=original place=Some(page.community_slug.clone()) me=me open=false/>
            }))}
        </section>
    }
}
