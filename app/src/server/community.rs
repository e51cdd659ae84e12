//! Communities: creating and changing them (`service`), who belongs (`membership`), and the
//! append-only membership history with its insider-list export (`history`). Only these
//! services run the SQL in `repo`.

pub mod health;
pub mod history;
pub mod input;
pub mod membership;
mod repo;
pub mod service;

use rand::Rng;

/// The readable slug of a community's name: ASCII letters and digits joined by hyphens, with
/// Nordic and Baltic letters spelled the way their speakers would (`ö` → `o`, `æ` → `ae`).
pub fn slugify(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let spelled: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ā' | 'ą' => "a",
            'æ' => "ae",
            'ø' | 'ö' | 'ó' | 'ô' | 'õ' | 'ō' => "o",
            'ü' | 'ú' | 'ū' | 'ų' => "u",
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => "e",
            'í' | 'ī' | 'į' | 'ı' => "i",
            'č' | 'ć' => "c",
            'š' | 'ś' => "s",
            'ž' | 'ź' | 'ż' => "z",
            'ł' => "l",
            'ń' | 'ņ' => "n",
            'ķ' => "k",
            'ļ' => "l",
            'ģ' => "g",
            'ß' => "ss",
            'þ' => "th",
            'ð' => "d",
            _ => "-",
        };
        out.push_str(spelled);
    }
    let joined = out
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let mut slug: String = joined.chars().take(60).collect();
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        "community".to_owned()
    } else {
        slug
    }
}

/// A slug for a restricted community: random, so a client's name never appears in an
/// address, a browser history, a proxy log or a `Referer` header.
pub fn random_slug() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut rng = rand::thread_rng();
    let tail: String = (0..12)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect();
    format!("r-{tail}")
}

/// The lower-cased words of a name filter, each to be found in the name.
pub fn search_words(q: &str) -> Vec<String> {
    q.split_whitespace()
        .map(str::to_lowercase)
        .take(5)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_spell_nordic_and_baltic_letters_in_ascii() {
        assert_eq!(slugify("IT-hjälp för Åland"), "it-hjalp-for-aland");
        assert_eq!(slugify("  Økonomi & Ærø  "), "okonomi-aero");
        assert_eq!(slugify("Łódź Straße"), "lodz-strasse");
        assert_eq!(slugify("Šķērslis"), "skerslis");
        assert_eq!(slugify("!!!"), "community");
        assert!(slugify(&"a".repeat(200)).len() <= 60);
    }

    #[test]
    fn restricted_slugs_say_nothing_about_the_name() {
        let a = random_slug();
        assert!(a.starts_with("r-") && a.len() == 14);
        assert_ne!(a, random_slug());
    }
}
