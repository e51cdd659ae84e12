//! Suggestions for an e-mail field naming a colleague (inviting someone to a community): as
//! one types a name, people whose names start with it are offered in the field's list. The
//! field is an ordinary e-mail input without JavaScript.

use leptos::prelude::*;

use super::http::get_json;
use crate::model::site_path::encode_query_value;

/// An e-mail `<input>` with a `<datalist>` of matching people (their addresses, named).
#[island]
pub fn PeopleEmailInput(id: String, name: String, describedby: String) -> impl IntoView {
    super::ready();
    let people = RwSignal::new(Vec::<(String, String)>::new());
    let list = format!("{id}-people");
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev).trim().to_owned();
        if typed.chars().count() < 2 || typed.contains('@') {
            return;
        }
        let url = format!("/api/people/search?q={}", encode_query_value(&typed));
        leptos::task::spawn_local(async move {
            if let Ok(v) = get_json(&url).await {
                let found = v["items"]
                    .as_array()
                    .map(|items| {
                        items
                            .iter()
                            .filter_map(|p| {
                                Some((
                                    p["email"].as_str()?.to_owned(),
                                    p["display_name"].as_str()?.to_owned(),
                                ))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                people.set(found);
            }
        });
    };
    view! {
        <input id=id type="email" name=name required list=list.clone() autocomplete="off"
            aria-describedby=describedby on:input=on_input/>
        <datalist id=list>
            {move || people.get().into_iter().map(|(email, name)| view! {
                <option value=email>{name}</option>
            }).collect_view()}
        </datalist>
    }
}
