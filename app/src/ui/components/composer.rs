//! The parts of every composer: a Markdown text area with a preview and an `@mention`
//! picker that offers only people who can see the place, and the language choice.

use leptos::prelude::*;

use crate::api::content::preview_markdown;
use crate::api::social::mention_suggest;
use crate::i18n::use_i18n;
use crate::model::account::Me;
use crate::model::content::{CONTENT_LANGUAGES, MentionCandidate};
use crate::ui::components::error_message::ErrorMessage;
use crate::ui::pages::people::profile::language_name;

/// The language a new text starts with: the author's first reading language, else their UI
/// language, else unknown.
pub fn default_lang(me: &Me) -> String {
    me.read_languages
        .iter()
        .chain(std::iter::once(&me.ui_language))
        .find(|l| CONTENT_LANGUAGES.contains(&l.as_str()))
        .cloned()
        .unwrap_or_else(|| "und".to_owned())
}

/// A language menu named `lang`, with the product's languages and "other". Given the `text`
/// being written, it asks the server which language that looks like (after a pause in
/// typing) and, when that differs from the choice, offers it; the author decides.
#[component]
pub fn LangSelect(
    #[prop(into)] id: String,
    #[prop(into)] selected: String,
    #[prop(optional)] text: Option<RwSignal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let und = selected == "und" || !CONTENT_LANGUAGES.contains(&selected.as_str());
    let lang = RwSignal::new(if und {
        "und".to_owned()
    } else {
        selected.clone()
    });
    let suggestion = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    if let Some(text) = text {
        use leptos::leptos_dom::helpers::{TimeoutHandle, set_timeout_with_handle};
        let pending = StoredValue::new(None::<TimeoutHandle>);
        Effect::new(move |_| {
            let written = text.get();
            if let Some(h) = pending.get_value() {
                h.clear();
            }
            if written.trim().chars().count() < DETECT_FROM_CHARS {
                suggestion.set(None);
                return;
            }
            let ask = move || {
                leptos::task::spawn_local(async move {
                    // Detection is a suggestion: when it fails, nothing is offered.
                    if let Ok(found) = crate::api::translation::detect_language(written).await {
                        let differs = found.lang != "und" && found.lang != lang.get_untracked();
                        suggestion.set(differs.then_some(found.lang));
                    }
                });
            };
            pending.set_value(
                set_timeout_with_handle(ask, std::time::Duration::from_millis(700)).ok(),
            );
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = text;
    let hint = format!("{id}-suggestion");
    view! {
        <label for=id.clone()>{i18n.t("post-lang-label")}</label>
        <select id=id name="lang" aria-describedby=hint.clone()
            on:change=move |ev| { lang.set(event_target_value(&ev)); suggestion.set(None); }
            prop:value=move || lang.get()>
            {CONTENT_LANGUAGES.iter().map(|code| view! {
                <option value=*code selected=*code == selected>{language_name(code)}</option>
            }).collect_view()}
            <option value="und" selected=und>{i18n.t("post-lang-und")}</option>
        </select>
        <p id=hint class="lang-suggestion" role="status">
            {move || suggestion.get().map(|l| {
                let name = i18n.t(&format!("lang-name-{l}"));
                let take = l.clone();
                view! {
                    {i18n.t_args("detect-suggestion", &[("language", name.clone().into())])}
                    " "
                    <button type="button" class="small secondary"
                        on:click=move |_| { lang.set(take.clone()); suggestion.set(None); }>
                        {i18n.t_args("detect-use", &[("language", name.into())])}
                    </button>
                }
            })}
        </p>
    }
}

/// Texts shorter than this are not worth asking about (the server would answer `und`).
#[cfg(feature = "hydrate")]
const DETECT_FROM_CHARS: usize = 20;

/// Where `@` starts the word being typed before the caret, and that word; `None` when the
/// caret is not in a mention.
fn mention_at(text: &str, caret_utf16: usize) -> Option<(usize, String)> {
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

/// A Markdown text area with a preview button and mention suggestions. `value` holds the
/// text (the caller clears it after saving); `place` is the community's slug, or `None` on
/// a profile.
#[component]
pub fn MarkdownField(
    #[prop(into)] id: String,
    name: &'static str,
    #[prop(into)] label: String,
    max: usize,
    #[prop(default = 4)] rows: u32,
    value: RwSignal<String>,
    #[prop(into)] place: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let preview = Action::new(|body: &String| preview_markdown(body.clone()));
    let mention = RwSignal::new(None::<(usize, String)>);
    let suggest = Action::new(move |q: &String| {
        let (q, place) = (q.clone(), place.clone());
        async move {
            mention_suggest(q, place)
                .await
                .map(|p| p.items)
                .unwrap_or_default()
        }
    });
    let area = NodeRef::<leptos::html::Textarea>::new();
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let caret = area
            .get()
            .and_then(|a| a.selection_start().ok().flatten())
            .map_or(text.encode_utf16().count(), |c| c as usize);
        let found = mention_at(&text, caret);
        if let Some((_, word)) = &found
            && word.chars().count() >= 2
        {
            suggest.dispatch(word.clone());
        }
        mention.set(found);
        value.set(text);
    };
    let pick = move |p: MentionCandidate| {
        if let Some((at, word)) = mention.get_untracked() {
            let text = value.get_untracked();
            let end = (at + 1 + word.len()).min(text.len());
            let token = format!("@[{}](user:{}) ", p.display_name, p.id.0);
            value.set(format!("{}{token}{}", &text[..at], &text[end..]));
            mention.set(None);
            if let Some(a) = area.get() {
                let _ = a.focus();
            }
        }
    };
    let help = format!("{id}-help");
    let suggestions = move || {
        let open = mention.get().is_some_and(|(_, w)| w.chars().count() >= 2);
        let people = suggest.value().get().unwrap_or_default();
        (open && !people.is_empty()).then(|| {
            view! {
                <ul class="mention-suggestions" aria-label=i18n.t("post-mention-suggestions")>
                    {people.into_iter().map(|p| {
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
    view! {
        <label for=id.clone()>{label}</label>
        <textarea id=id name=name rows=rows maxlength=max.to_string() required=required node_ref=area
            aria-describedby=help.clone() prop:value=move || value.get() on:input=on_input>
            {value.get_untracked()}
        </textarea>
        {suggestions}
        <p id=help class="muted small">{i18n.t("post-markdown-help")}</p>
        <div class="preview-bar">
            <button type="button" class="link" on:click=move |_| { preview.dispatch(value.get_untracked()); }>
                {i18n.t("post-preview")}
            </button>
        </div>
        {move || preview.value().get().map(|r| match r {
            Ok(p) => view! {
                <div class="preview" aria-live="polite">
                    <p class="muted small">{i18n.t("post-preview-heading")}</p>
                    <div class="prose" inner_html=p.html/>
                </div>
            }.into_any(),
            Err(e) => view! { <ErrorMessage error=e/> }.into_any(),
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
