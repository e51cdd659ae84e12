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

#[cfg(test)]
mod tests {
    use super::*;

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
