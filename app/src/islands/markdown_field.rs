//! The text area of every composer: Markdown with a preview from the server, an `@mention`
//! picker that offers only people who can see the place, and the client-name guard's warning
//! (half a second after the last key the text is checked; each watched name found is listed,
//! and selected in the text on request). Without JavaScript it is a plain text area (a
//! mention is then written as `@[Name](user:ID)` or left as text) and the guard speaks when
//! the form is saved.

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
    /// The guard's warning when a save would be refused, and when it would be held.
    pub guard_refuse: String,
    pub guard_hold: String,
    /// One name found, with `{found}` (the words) and `{name}` (the client) to fill in.
    pub guard_found: String,
    /// The label of the button that selects the words, with `{found}`.
    pub guard_show_label: String,
}

/// A watched name found while writing: its place in UTF-16 code units (as the browser
/// selects), the words and the client's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: u32,
    pub end: u32,
    pub words: String,
    pub name: String,
}

/// The names the guard's answer lists for `text`. Read field by field: a derived
/// deserialiser would cost the browser more than this.
pub fn found_in(answer: &serde_json::Value, text: &str) -> Vec<Found> {
    let Some(matches) = answer["matches"].as_array() else {
        return Vec::new();
    };
    let n = |m: &serde_json::Value, k: &str| m[k].as_u64().and_then(|v| usize::try_from(v).ok());
    matches
        .iter()
        .filter_map(|m| {
            Some(Found {
                start: u32::try_from(n(m, "start_utf16")?).ok()?,
                end: u32::try_from(n(m, "end_utf16")?).ok()?,
                words: text.get(n(m, "start_byte")?..n(m, "end_byte")?)?.to_owned(),
                name: m["name"].as_str()?.to_owned(),
            })
        })
        .collect()
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
    let guard = RwSignal::new((Vec::<Found>::new(), false));
    #[cfg(feature = "hydrate")]
    let pending = StoredValue::new(None::<leptos::leptos_dom::helpers::TimeoutHandle>);
    let guard_place = place.clone();
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        #[cfg(feature = "hydrate")]
        {
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            let place = guard_place.clone();
            let check = move || {
                leptos::task::spawn_local(async move {
                    guard.set(check_text(written.get_untracked(), &place).await);
                });
            };
            let wait = std::time::Duration::from_millis(500);
            pending
                .set_value(leptos::leptos_dom::helpers::set_timeout_with_handle(check, wait).ok());
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (&guard_place, guard);
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
                let found = get_json(&url)
                    .await
                    .map(|v| super::http::people_of(&v))
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
        {guard_warning(guard, area, text.clone())}
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

/// Focuses the text area and selects `start..end` (UTF-16 code units) in it.
#[cfg(feature = "hydrate")]
fn select_in(area: &web_sys::HtmlTextAreaElement, start: u32, end: u32) {
    let _ = area.focus();
    let _ = area.set_selection_range(start, end);
}

/// Asks the guard about the text: the names found, and whether a save would be held rather
/// than refused.
#[cfg(feature = "hydrate")]
async fn check_text(text: String, place: &str) -> (Vec<Found>, bool) {
    if text.trim().chars().count() < 2 {
        return (Vec::new(), false);
    }
    let ask = serde_json::json!({
        "text": text,
        "community_slug": (!place.is_empty()).then_some(place),
    });
    match post_json("/api/guard/check", &ask).await {
        Ok(answer) => (found_in(&answer, &text), answer["mode"] == "hold"),
        Err(_) => (Vec::new(), false),
    }
}

/// The warning under the field: each name found, with a button selecting it in its field.
fn guard_warning(
    guard: RwSignal<(Vec<Found>, bool)>,
    area: NodeRef<leptos::html::Textarea>,
    text: MarkdownFieldText,
) -> impl IntoView {
    move || {
        let (found, hold) = guard.get();
        (!found.is_empty()).then(|| {
            let heading = if hold { &text.guard_hold } else { &text.guard_refuse };
            let items = found
                .into_iter()
                .map(|f| {
                    let line = text
                        .guard_found
                        .replace("{found}", &f.words)
                        .replace("{name}", &f.name);
                    let label = text.guard_show_label.replace("{found}", &f.words);
                    let select = move |_| {
                        #[cfg(feature = "hydrate")]
                        if let Some(a) = area.get_untracked() {
                            select_in(&a, f.start, f.end);
                        }
                        #[cfg(not(feature = "hydrate"))]
                        let _ = (&f, area);
                    };
                    view! { " "<button type="button" class="link" aria-label=label on:click=select><mark>{line}</mark></button> }
                })
                .collect_view();
            view! { <p class="guard-warning" role="status">{heading.clone()}{items}</p> }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, found_in, mention_at};

    #[test]
    fn the_guards_answer_gives_the_words_as_written_and_where_to_select_them() {
        let text = "Möte med Ørsteds vd";
        let at = text.find('Ø').unwrap();
        let end = at + "Ørsteds".len();
        let answer = serde_json::json!({"matches": [{
            "start": 9, "end": 16, "start_utf16": 9, "end_utf16": 16,
            "start_byte": at, "end_byte": end, "entry_id": 3, "name": "Ørsted"
        }], "mode": "refuse"});
        assert_eq!(
            found_in(&answer, text),
            vec![Found {
                start: 9,
                end: 16,
                words: "Ørsteds".into(),
                name: "Ørsted".into()
            }]
        );
        let out_of_range = serde_json::json!({"matches": [{
            "start": 0, "end": 1, "start_utf16": 0, "end_utf16": 1,
            "start_byte": 90, "end_byte": 99, "entry_id": 3, "name": "X"
        }]});
        assert!(found_in(&out_of_range, text).is_empty());
    }

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
