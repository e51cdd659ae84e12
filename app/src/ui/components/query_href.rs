//! Addresses with query strings: a filtered list's next page, or the same filters with one
//! value changed, built one way for every list page.

use leptos_router::params::ParamsMap;

pub use crate::model::site_path::encode_query_value as encode;

/// `path` with the non-empty values of `keep` from the current query, then `extra` (empty
/// values left out): `href_with("/people", &q, &["q", "country"], &[("cursor", c)])`.
pub fn href_with(path: &str, query: &ParamsMap, keep: &[&str], extra: &[(&str, &str)]) -> String {
    let kept = keep
        .iter()
        .filter_map(|k| query.get(k).map(|v| (k.to_string(), v)));
    let added = extra.iter().map(|(k, v)| (k.to_string(), v.to_string()));
    let parts: Vec<String> = kept
        .chain(added)
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode(&v)))
        .collect();
    if parts.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{}", parts.join("&"))
    }
}
