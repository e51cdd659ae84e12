//! The error a form posted without JavaScript came back with. The server sends the browser
//! back to the form's page with the endpoint and the error in the address (`__path`,
//! `__err`); the page shows it at the top of its content, worded in the reader's language.
//! With JavaScript, the `AsyncForm` island shows errors beside the form instead.

use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos::server_fn::error::ServerFnUrlError;

use crate::error::AppError;
use crate::ui::components::error_message::ErrorMessage;

/// The error in the address, if the page was loaded back from a failed plain form.
#[component]
pub fn PlainFormError() -> impl IntoView {
    use_context::<ServerActionError>().map(|e| {
        let error = ServerFnUrlError::<AppError>::decode_err(e.err());
        view! { <ErrorMessage error=error/> }
    })
}
