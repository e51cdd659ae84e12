//! Paths on this site: where a form may send the browser back to, and where an image in a
//! post may load from. Browsers read `\` as `/` and drop tabs and line breaks inside an
//! address, so `/\evil.example` and `/<TAB>/evil.example` both lead to another host; only a
//! path that starts with one `/` and holds none of those characters is this site's.

/// Whether `path` is an address on this site (and only on this site).
pub fn is_site_path(path: &str) -> bool {
    let mut chars = path.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !path
            .chars()
            .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
}

/// The address of an item: its thread's page, at the item.
pub fn item_path(thread_id: i64, id: i64) -> String {
    if thread_id == id {
        format!("/posts/{id}")
    } else {
        format!("/posts/{thread_id}#item-{id}")
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay as they are), for
/// addresses built on the server and in islands alike.
pub fn encode_query_value(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// `address` with `key=value` in its query, in place of any earlier `key` and of the keys in
/// `drop`; the rest of the query and the fragment stay.
pub fn with_query_pair(address: &str, key: &str, value: &str, drop: &[&str]) -> String {
    edit_query(address, &[&[key], drop].concat(), Some((key, value)))
}

/// `address` without the keys in `drop` in its query; the rest and the fragment stay.
pub fn without_query_keys(address: &str, drop: &[&str]) -> String {
    edit_query(address, drop, None)
}

fn edit_query(address: &str, drop: &[&str], add: Option<(&str, &str)>) -> String {
    let (address, fragment) = address
        .split_once('#')
        .map_or((address, None), |(a, f)| (a, Some(f)));
    let (page, query) = address.split_once('?').unwrap_or((address, ""));
    let mut pairs: Vec<String> = query
        .split('&')
        .filter(|p| {
            let k = p.split('=').next().unwrap_or_default();
            !p.is_empty() && !drop.contains(&k)
        })
        .map(str::to_owned)
        .collect();
    if let Some((key, value)) = add {
        pairs.push(format!("{key}={}", encode_query_value(value)));
    }
    let mut out = if pairs.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?{}", pairs.join("&"))
    };
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_leave_an_address_and_the_rest_stays() {
        assert_eq!(
            without_query_keys("/f?__err=x&folder=3#top", &["__err"]),
            "/f?folder=3#top"
        );
        assert_eq!(without_query_keys("/f?__err=x", &["__err", "__path"]), "/f");
    }

    #[test]
    fn query_values_are_percent_encoded() {
        assert_eq!(encode_query_value("Åsa & co"), "%C3%85sa%20%26%20co");
        assert_eq!(encode_query_value("it-helpdesk"), "it-helpdesk");
    }

    #[test]
    fn only_paths_that_stay_on_this_site_pass() {
        for ok in [
            "/",
            "/people",
            "/communities?q=risk&lang=sv",
            "/posts/4#c-2",
        ] {
            assert!(is_site_path(ok), "{ok}");
        }
        for bad in [
            "",
            "people",
            "//evil.example",
            "/\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/ /evil.example",
            "https://evil.example",
            "\\\\evil.example",
            "/a\\b",
        ] {
            assert!(!is_site_path(bad), "{bad:?}");
        }
    }
}
