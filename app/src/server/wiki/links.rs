//! Links between pages, pointed at the pages as they are when read. A page stores
//! `[[Title]]` as a link to `…/wiki/go?title=Title` (see `content::markdown::render_page`);
//! reading it points each such link at the page with that title now, or, when there is none,
//! at the form that creates it (`…/wiki/new?title=Title`, which the style sheet marks as
//! missing). So a page created later turns every link to it live without re-rendering.

use crate::model::ids::CommunityId;
use crate::model::site_path::encode_query_value;
use crate::model::wiki::page_path;
use crate::server::db::Db;
use crate::server::fault::ServiceResult;
use crate::server::wiki::repo::{pages_titled, title_key};

/// Decodes a percent-encoded query value (the encoder's inverse; anything malformed stays).
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(h), Some(l)) if hex(*h).is_some() && hex(*l).is_some() => {
                out.push((hex(*h).unwrap_or(0) * 16 + hex(*l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The titles a page's HTML links to, as written (decoded), in order of appearance.
fn linked_titles(html: &str, prefix: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(prefix) {
        rest = &rest[at + prefix.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        titles.push(decode(&rest[..end]));
        rest = &rest[end..];
    }
    titles
}

/// `html` with every link between pages of the wiki of `slug` pointing where it leads now.
pub async fn resolve(
    db: &Db,
    community: CommunityId,
    slug: &str,
    html: &str,
) -> ServiceResult<String> {
    let prefix = format!("href=\"/communities/{slug}/wiki/go?title=");
    if !html.contains(&prefix) {
        return Ok(html.to_owned());
    }
    let titles = linked_titles(html, &prefix);
    let mut keys: Vec<String> = titles.iter().map(|t| title_key(t)).collect();
    keys.sort();
    keys.dedup();
    let found = pages_titled(db, community, &keys).await?;
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(&prefix) {
        out.push_str(&rest[..at]);
        rest = &rest[at + prefix.len()..];
        let end = rest.find('"').unwrap_or(rest.len());
        let title = decode(&rest[..end]);
        let key = title_key(&title);
        let target = match found.iter().find(|(k, _)| *k == key) {
            Some((_, id)) => page_path(slug, *id),
            None => format!(
                "/communities/{slug}/wiki/new?title={}",
                encode_query_value(&title)
            ),
        };
        out.push_str("href=\"");
        out.push_str(&target);
        rest = &rest[end..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linked_titles_are_read_back_as_written() {
        let html = r#"<p><a href="/communities/it/wiki/go?title=VPN%20setup%20%26%20%C3%85">x</a> and <a href="/communities/it/wiki/go?title=Printers">y</a></p>"#;
        let titles = linked_titles(html, "href=\"/communities/it/wiki/go?title=");
        assert_eq!(titles, ["VPN setup & Å", "Printers"]);
        assert_eq!(decode("%zz%4"), "%zz%4");
    }
}
