//! The composer for blog posts and forum topics: title, Markdown text with preview and
//! mentions, tags, language, and (for topics) whether it is a question; a blog post can be
//! kept as a draft. After saving, the reader goes to the new post.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use crate::api::content::{CreateBlogPost, CreateTopic};
use crate::i18n::use_i18n;
use crate::islands::form::AfterSave;
use crate::islands::similar_answers::SimilarAnswers;
use crate::model::account::Me;
use crate::model::content::{MAX_POST_BODY, MAX_TITLE};
use crate::ui::components::composer::{LangSelect, MarkdownField, default_lang};
use crate::ui::components::json_form::JsonForm;

/// The new post's page.
fn open_saved() -> AfterSave {
    AfterSave::Go("/posts/{id}".to_owned())
}

/// The shared fields: title, text, tags, language.
#[component]
fn PostFields(me: Me, prefix: &'static str, place: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label for=format!("{prefix}-title")>{i18n.t("post-title-label")}</label>
        <input id=format!("{prefix}-title") name="title" required maxlength=MAX_TITLE.to_string()/>
        <MarkdownField id=format!("{prefix}-body") name="body" label=i18n.t("post-body-label")
            max=MAX_POST_BODY rows=8 place=place required=true/>
        <label for=format!("{prefix}-tags")>{i18n.t("post-tags-label")}</label>
        <input id=format!("{prefix}-tags") name="tags[csv]" aria-describedby=format!("{prefix}-tags-help")/>
        <p id=format!("{prefix}-tags-help") class="muted small">{i18n.t("post-tags-help")}</p>
        <LangSelect id=format!("{prefix}-lang") selected=default_lang(&me)/>
    }
}

/// A new forum topic in a community; `question` pre-ticks "this is a question".
#[component]
pub fn TopicComposer(me: Me, community: String, question: bool) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="card composer" open=false>
            <summary>{i18n.t("forum-new-topic")}</summary>
            <JsonForm action=CreateTopic::PATH class="stack" then=open_saved()>
                <input type="hidden" name="community_slug" value=community.clone()/>
                <PostFields me=me prefix="topic" place=Some(community.clone())/>
                <SimilarAnswers community=community heading=i18n.t("search-similar-heading")/>
                <input type="hidden" name="question[bool]" value="false"/>
                <label class="check">
                    <input type="checkbox" name="question[bool]" value="true" checked=question/>
                    {i18n.t("forum-is-question")}
                </label>
                <button type="submit" class="primary">{i18n.t("forum-new-topic-submit")}</button>
            </JsonForm>
        </details>
    }
}

/// A new blog post, in a community's blog or on the author's own.
#[component]
pub fn BlogComposer(me: Me, #[prop(optional, into)] community: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="card composer">
            <summary>{i18n.t("blog-new-post")}</summary>
            <JsonForm action=CreateBlogPost::PATH class="stack" then=open_saved()>
                {community.clone().map(|slug| view! { <input type="hidden" name="community_slug" value=slug/> })}
                <PostFields me=me prefix="blog" place=community/>
                <div class="row">
                    <button type="submit" class="primary" name="published[bool]" value="true">{i18n.t("blog-publish")}</button>
                    <button type="submit" name="published[bool]" value="false">{i18n.t("blog-save-draft")}</button>
                </div>
            </JsonForm>
        </details>
    }
}
