//! A table of rows with column headings, scrolling sideways inside its own box on a narrow
//! screen so the page never does; its caption is for screen readers.

use leptos::prelude::*;

/// `children` are the body's rows.
#[component]
pub fn DataTable(
    class: &'static str,
    caption: String,
    headings: Vec<String>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class=class>
                <caption class="visually-hidden">{caption}</caption>
                <thead><tr>
                    {headings.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                </tr></thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
