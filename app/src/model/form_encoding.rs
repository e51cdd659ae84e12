//! How an HTML form becomes the JSON body of an API call.
//!
//! Forms post to the same JSON endpoints as scripts do. Without JavaScript the browser sends
//! `application/x-www-form-urlencoded`; the server turns it into JSON with these rules before
//! the endpoint reads it, and with JavaScript the browser applies the same rules itself:
//! - `name` → a string;
//! - `name[]` (repeated) → an array of strings, in order;
//! - `name[csv]` → an array from a comma-separated text, blanks dropped;
//! - `name[num]` → a number (an empty value → `null`);
//! - `name[bool]` → `true` when present with any value but `false`/empty.

use serde_json::{Map, Value};

/// Builds the JSON object for a form's name/value pairs.
pub fn form_pairs_to_json<I, K, V>(pairs: I) -> Value
where
    I: IntoIterator<Item = (K, V)>,
    K: AsRef<str>,
    V: AsRef<str>,
{
    let mut out = Map::new();
    for (key, value) in pairs {
        let (key, value) = (key.as_ref(), value.as_ref());
        if let Some(name) = key.strip_suffix("[]") {
            push_item(&mut out, name, Value::String(value.to_owned()));
        } else if let Some(name) = key.strip_suffix("[csv]") {
            let entry = out
                .entry(name.to_owned())
                .or_insert_with(|| Value::Array(vec![]));
            if let Value::Array(items) = entry {
                items.extend(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(|s| Value::String(s.to_owned())),
                );
            }
        } else if let Some(name) = key.strip_suffix("[num]") {
            let number = value
                .trim()
                .parse::<i64>()
                .map(Value::from)
                .unwrap_or(Value::Null);
            out.insert(name.to_owned(), number);
        } else if let Some(name) = key.strip_suffix("[bool]") {
            let on = !matches!(value.trim(), "" | "false" | "0");
            out.insert(name.to_owned(), Value::Bool(on));
        } else {
            out.insert(key.to_owned(), Value::String(value.to_owned()));
        }
    }
    Value::Object(out)
}

fn push_item(out: &mut Map<String, Value>, name: &str, item: Value) {
    let entry = out
        .entry(name.to_owned())
        .or_insert_with(|| Value::Array(vec![]));
    if let Value::Array(items) = entry {
        items.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_fields_stay_strings() {
        let v = form_pairs_to_json([("email", "a@b.se"), ("password", "x y")]);
        assert_eq!(v, json!({"email": "a@b.se", "password": "x y"}));
    }

    #[test]
    fn repeated_and_comma_separated_fields_become_arrays() {
        let v = form_pairs_to_json([
            ("read_languages[]", "sv"),
            ("read_languages[]", "en"),
            ("expertise[csv]", "Risk, AML ,, Basel III"),
        ]);
        assert_eq!(
            v,
            json!({"read_languages": ["sv", "en"], "expertise": ["Risk", "AML", "Basel III"]})
        );
    }

    #[test]
    fn numbers_and_booleans_are_typed() {
        let v = form_pairs_to_json([("id[num]", "42"), ("admin[bool]", "on"), ("x[num]", "")]);
        assert_eq!(v, json!({"id": 42, "admin": true, "x": null}));
    }
}
