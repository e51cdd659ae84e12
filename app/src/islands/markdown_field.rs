//! The text area of every composer: Markdown with a preview from the server, and an
//! `@mention` picker that offers only people who can see the place. Without JavaScript it is
//! a plain text area (a mention is then written as `@[Name](user:ID)` or left as text).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::form::ComposerText;
use super::http::{Failure, get_json, post_json};
use crate::model::content::MentionCandidate;
use crate::model::site_path::encode_query_value as encode;

/// The words an island shows around the text area, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarkdownFieldText {
    pub label: String,
    pub help: String,
    pub preview: String,
    pub preview_heading: String,
    pub suggestions: String,
    pub network: String,
}

/// Where `@` starts the word being typed before the caret, and that word; `None` when the
/// caret is not in a mention.
pub fn mention_at(text: &str, caret_utf16: usize) -> Option<(usize, String)> {
    let mut caret = 0;
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= caret_utf16 {
            break;
        }
        units += c.len_utf16();
        caret = i + c.len_utf8();
    }
    let before = &text[..caret];
    let at = before.rfind('@')?;
    let word = &before[at + 1..];
    let starts_word = before[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || "([,;".contains(c));
    let plain = !word.is_empty()
        && word.chars().count() <= 30
        && word.chars().all(|c| c.is_alphanumeric() || c == '-');
    (starts_word && plain).then(|| (at, word.to_owned()))
}

/// The text with the mention being typed (at `at`, `word` long) replaced by a mention token.
pub fn insert_mention(text: &str, at: usize, word: &str, person: &MentionCandidate) -> String {
    let end = (at + 1 + word.len()).min(text.len());
    let token = format!("@[{}](user:{}) ", person.display_name, person.id.0);
    format!("{}{token}{}", &text[..at], &text[end..])
}

/// A Markdown text area named `name`. `place` is the community's slug (mentions are offered
/// only to people who can see it), empty on a profile.
#[island]
pub fn MarkdownField(
    id: String,
    name: String,
    max: usize,
    rows: u32,
    value: String,
    place: String,
    required: bool,
    text: MarkdownFieldText,
) -> impl IntoView {
    super::ready();
    let written = use_context::<ComposerText>()
        .map(|c| c.0)
        .unwrap_or_else(|| RwSignal::new(String::new()));
    written.set(value.clone());
    let preview = RwSignal::new(None::<Result<String, Failure>>);
    let mention = RwSignal::new(None::<(usize, String)>);
    let people = RwSignal::new(Vec::<MentionCandidate>::new());
    let area = NodeRef::<leptos::html::Textarea>::new();
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        let caret = area
            .get()
            .and_then(|a| a.selection_start().ok().flatten())
            .map_or(typed.encode_utf16().count(), |c| c as usize);
        let found = mention_at(&typed, caret);
        if let Some((_, word)) = &found
            && word.chars().count() >= 2
        {
            let mut url = format!("/api/people/mention-suggest?q={}", encode(word));
            if !place.is_empty() {
                url.push_str(&format!("&community_slug={}", encode(&place)));
            }
            leptos::task::spawn_local(async move {
                let found: Vec<MentionCandidate> = get_json(&url)
                    .await
                    .ok()
                    .and_then(|v| serde_json::from_value(v["items"].clone()).ok())
                    .unwrap_or_default();
                people.set(found);
            });
        }
        mention.set(found);
        written.set(typed);
    };
    let pick = move |p: MentionCandidate| {
        if let Some((at, word)) = mention.get_untracked() {
            let now = written.get_untracked();
            written.set(insert_mention(&now, at, &word, &p));
            mention.set(None);
            if let Some(a) = area.get() {
                let _ = a.focus();
            }
        }
    };
    let show_preview = move |_| {
        let body = serde_json::json!({ "body": written.get_untracked() });
        leptos::task::spawn_local(async move {
            let answer = post_json("/api/content/preview", &body).await.map(|v| {
                v.get("html")
                    .and_then(|h| h.as_str())
                    .unwrap_or_default()
                    .to_owned()
            });
            preview.set(Some(answer));
        });
    };
    let help = format!("{id}-help");
    let suggestions_label = text.suggestions.clone();
    let suggestions = move || {
        let open = mention.get().is_some_and(|(_, w)| w.chars().count() >= 2);
        let found = people.get();
        (open && !found.is_empty()).then(|| {
            view! {
                <ul class="mention-suggestions" aria-label=suggestions_label.clone()>
                    {found.into_iter().map(|p| {
                        let name = p.display_name.clone();
                        // Two colleagues may share a name: their department and address tell
                        // them apart.
                        let detail = [p.department.as_str(), p.email.as_str()]
                            .into_iter()
                            .filter(|s| !s.is_empty())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <li><button type="button" on:click=move |_| pick(p.clone())>
                                <span class="mention-name">{name}</span>
                                <span class="mention-detail">{detail}</span>
                            </button></li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };
    let (heading, network) = (text.preview_heading.clone(), text.network.clone());
    view! {
        <label for=id.clone()>{text.label.clone()}</label>
        <textarea id=id name=name rows=rows maxlength=max.to_string() required=required node_ref=area
            aria-describedby=help.clone() prop:value=move || written.get() on:input=on_input>
            {value}
        </textarea>
        {suggestions}
        <p id=help class="muted small">{text.help.clone()}</p>
        <div class="preview-bar">
            <button type="button" class="link" on:click=show_preview>{text.preview.clone()}</button>
        </div>
        {move || preview.get().map(|r| match r {
            // The server's rendering, sanitised there as every post is (ammonia).
            Ok(html) => view! {
                <div class="preview" aria-live="polite">
                    <p class="muted small">{heading.clone()}</p>
                    <div class="prose" inner_html=html/>
                </div>
            }.into_any(),
            Err(f) => view! {
                <div class="alert alert-error" role="alert">
                    {f.lines(&network).into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                </div>
            }.into_any(),
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::mention_at;

    #[test]
    fn finds_the_mention_being_typed() {
        assert_eq!(mention_at("Hej @ann", 8), Some((4, "ann".into())));
        assert_eq!(mention_at("@Åsa", 4), Some((0, "Åsa".into())));
        assert_eq!(
            mention_at("mail a@b", 8),
            None,
            "inside a word is an address"
        );
        assert_eq!(mention_at("Hej @ann och", 12), None);
        assert_eq!(mention_at("Hej @", 5), None);
    }
}
