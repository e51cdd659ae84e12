//! The islands' requests to the JSON API, with the browser's `fetch`: same origin, so the
//! session cookie and the `Origin` header go with them as with any form on the page.

use serde_json::Value;

/// Why a request did not give a result: the server's error body (with its translated
/// `message`), or no answer at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    Answer(Value),
    Network,
}

impl Failure {
    /// The server's error code, if it answered.
    pub fn code(&self) -> Option<String> {
        match self {
            Failure::Answer(v) => v.get("code").and_then(Value::as_str).map(str::to_owned),
            Failure::Network => None,
        }
    }

    /// The lines to show: the server's translated message and, for invalid fields, one line
    /// each; `network` when the server could not be reached.
    pub fn lines(&self, network: &str) -> Vec<String> {
        match self {
            Failure::Answer(v) => {
                let mut out: Vec<String> = v
                    .get("message")
                    .and_then(Value::as_str)
                    .map(str::to_owned)
                    .into_iter()
                    .collect();
                if let Some(details) = v.get("details").and_then(Value::as_array) {
                    out.extend(details.iter().filter_map(Value::as_str).map(str::to_owned));
                }
                if out.is_empty() {
                    out.push(network.to_owned());
                }
                out
            }
            Failure::Network => vec![network.to_owned()],
        }
    }
}

/// POSTs `body` as JSON to `url`; the answer's JSON, or why not.
pub async fn post_json(url: &str, body: &Value) -> Result<Value, Failure> {
    request("POST", url, Some(body.to_string())).await
}

/// GETs `url`; the answer's JSON, or why not.
pub async fn get_json(url: &str) -> Result<Value, Failure> {
    request("GET", url, None).await
}

/// GETs a page of this site as HTML text.
pub async fn get_html(url: &str) -> Option<String> {
    #[cfg(feature = "hydrate")]
    {
        use leptos::wasm_bindgen::JsCast;
        let init = web_sys::RequestInit::new();
        init.set_method("GET");
        let request = web_sys::Request::new_with_str_and_init(url, &init).ok()?;
        request.headers().set("accept", "text/html").ok()?;
        let answer = wasm_bindgen_futures::JsFuture::from(
            leptos::prelude::window().fetch_with_request(&request),
        )
        .await
        .ok()?;
        let response: web_sys::Response = answer.dyn_into().ok()?;
        if !response.ok() {
            return None;
        }
        let text = wasm_bindgen_futures::JsFuture::from(response.text().ok()?)
            .await
            .ok()?;
        text.as_string()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = url;
        None
    }
}

#[cfg(feature = "hydrate")]
async fn request(method: &str, url: &str, body: Option<String>) -> Result<Value, Failure> {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    let init = web_sys::RequestInit::new();
    init.set_method(method);
    if let Some(body) = &body {
        init.set_body(&JsValue::from_str(body));
    }
    let request =
        web_sys::Request::new_with_str_and_init(url, &init).map_err(|_| Failure::Network)?;
    let headers = request.headers();
    let _ = headers.set("accept", "application/json");
    // Error answers then carry their words in the reader's language (`message`, `details`).
    let _ = headers.set("x-gemenskap-messages", "1");
    if body.is_some() {
        let _ = headers.set("content-type", "application/json");
    }
    let answer = wasm_bindgen_futures::JsFuture::from(
        leptos::prelude::window().fetch_with_request(&request),
    )
    .await
    .map_err(|_| Failure::Network)?;
    let response: web_sys::Response = answer.dyn_into().map_err(|_| Failure::Network)?;
    let text = match response.text() {
        Ok(promise) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|t| t.as_string()),
        Err(_) => None,
    };
    let value: Value = text
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null);
    // A write held for review (202 `held_for_review`) is not saved yet: the form keeps the
    // text and says so.
    if response.ok() && value.get("code").is_none() {
        Ok(value)
    } else if value.is_null() {
        Err(Failure::Network)
    } else {
        Err(Failure::Answer(value))
    }
}

#[cfg(not(feature = "hydrate"))]
async fn request(_method: &str, _url: &str, _body: Option<String>) -> Result<Value, Failure> {
    Err(Failure::Network)
}

/// The people of an answer's `items` (`id`, `display_name`, and `department` and `email` when
/// there), read field by field: a derived deserialiser costs the browser more.
pub fn people_of(answer: &Value) -> Vec<crate::model::content::MentionCandidate> {
    let text = |p: &Value, k: &str| p[k].as_str().unwrap_or_default().to_owned();
    answer["items"]
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|p| {
                    Some(crate::model::content::MentionCandidate {
                        id: crate::model::ids::UserId(p["id"].as_i64()?),
                        display_name: text(p, "display_name"),
                        department: text(p, "department"),
                        email: text(p, "email"),
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}
