//! The reader's languages applied to lists and items: which languages a list shows (the
//! URL's `lang=` or `all_languages=`, else the reader's settings, else the community's
//! default), and which version of an item a reader reads. Pure, and table-tested below; the
//! scan that fills a page while counting what it leaves out is in `content::stream`.

use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::language::{
    LanguageRequest, LanguageView, MAX_FILTER_LANGUAGES, UNDETERMINED, primary,
};
use crate::server::profile::service::is_language_tag;

/// A reader's stored language settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderLanguages {
    /// "Languages I read", in order of preference.
    pub read: Vec<String>,
    /// The cross-language view is on.
    pub all: bool,
}

/// How one list treats languages for one reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangView {
    pub me: UserId,
    /// The primary subtags shown; `None` in the cross-language view.
    filter: Option<Vec<String>>,
    /// The order in which versions are chosen (primary subtags).
    prefer: Vec<String>,
    /// What the answer reports.
    pub view: LanguageView,
}

/// Primary subtags of some tags, without repeats, in order.
fn primaries<'a>(tags: impl IntoIterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in tags {
        let p = primary(t);
        if !p.is_empty() && !out.contains(&p) {
            out.push(p);
        }
    }
    out
}

/// What a community's list adds to the reader's own languages: every language when the
/// community shows all by default, else the languages it declares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CommunityDefault<'a> {
    pub all: bool,
    pub languages: &'a [String],
}

/// Outside a community (or for a community that declares no languages): only whether all
/// languages show.
impl From<bool> for CommunityDefault<'_> {
    fn from(all: bool) -> Self {
        Self {
            all,
            languages: &[],
        }
    }
}

impl LangView {
    /// The view for a request. The URL wins; then the reader's cross-language switch; then
    /// the community's default: all languages, or the reader's languages with the ones the
    /// community declares (a Helpdesk that invites Danish and Norwegian questions shows them
    /// to a Swedish reader without asking); else the reader's languages.
    pub fn resolve<'a>(
        me: UserId,
        reader: &ReaderLanguages,
        request: &LanguageRequest,
        community: impl Into<CommunityDefault<'a>>,
    ) -> Result<Self, AppError> {
        let community = community.into();
        let asked = request.languages();
        if asked.len() > MAX_FILTER_LANGUAGES
            || asked
                .iter()
                .any(|l| !is_language_tag(&l.to_ascii_lowercase()))
        {
            return Err(AppError::InvalidRequest {
                detail: "lang".into(),
            });
        }
        let read = primaries(&reader.read);
        let all = |source: &str| LangView {
            me,
            filter: None,
            prefer: read.clone(),
            view: LanguageView {
                all_languages: true,
                languages: Vec::new(),
                source: source.to_owned(),
            },
        };
        let only = |langs: Vec<String>, source: &str| {
            let prefer = primaries(langs.iter().chain(&read));
            LangView {
                me,
                view: LanguageView {
                    all_languages: false,
                    languages: langs.clone(),
                    source: source.to_owned(),
                },
                filter: Some(langs),
                prefer,
            }
        };
        Ok(match request.all_languages {
            Some(true) => all("request"),
            _ if !asked.is_empty() => only(primaries(&asked), "request"),
            Some(false) => only(read.clone(), "request"),
            None if reader.all => all("reader"),
            None if community.all => all("community"),
            None => {
                let with_community = primaries(read.iter().chain(community.languages));
                if with_community.len() > read.len() {
                    only(with_community, "community")
                } else {
                    only(read.clone(), "reader")
                }
            }
        })
    }

    /// Every language, for lists that are the reader's own (drafts).
    pub fn everything(me: UserId) -> Self {
        LangView {
            me,
            filter: None,
            prefer: Vec::new(),
            view: LanguageView {
                all_languages: true,
                languages: Vec::new(),
                source: "reader".to_owned(),
            },
        }
    }

    /// Whether some languages are left out.
    pub fn filtering(&self) -> bool {
        self.filter.is_some()
    }

    /// Whether an item by `author` in `lang`, with translations in `translated`, is shown:
    /// it is the reader's own (nobody loses sight of what they just wrote), in a language
    /// shown, undetermined, or translated into a language shown.
    pub fn shows<'a>(
        &self,
        author: UserId,
        lang: &str,
        mut translated: impl Iterator<Item = &'a str>,
    ) -> bool {
        let Some(filter) = &self.filter else {
            return true;
        };
        if author == self.me {
            return true;
        }
        let p = primary(lang);
        p == UNDETERMINED || filter.contains(&p) || translated.any(|t| filter.contains(&primary(t)))
    }

    /// Which version of an item by `author` in `lang` the reader reads: `None` for the
    /// original, or the index of a translation (by language) in `translated`. The first of
    /// the reader's languages that exists wins; people read their own words as written.
    pub fn choose(&self, author: UserId, lang: &str, translated: &[&str]) -> Option<usize> {
        if author == self.me {
            return None;
        }
        let original = primary(lang);
        for want in &self.prefer {
            if *want == original {
                return None;
            }
            if let Some(i) = translated.iter().position(|t| primary(t) == *want) {
                return Some(i);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ME: UserId = UserId(1);
    const AUTHOR: UserId = UserId(2);

    fn reader(read: &[&str], all: bool) -> ReaderLanguages {
        ReaderLanguages {
            read: read.iter().map(|s| s.to_string()).collect(),
            all,
        }
    }

    fn request(lang: Option<&str>, all: Option<bool>) -> LanguageRequest {
        LanguageRequest {
            lang: lang.map(str::to_owned),
            all_languages: all,
        }
    }

    /// (reader's languages, cross-language switch, lang=, all_languages=, community default)
    /// → (every language?, languages shown, source).
    #[test]
    fn which_languages_a_list_shows() {
        type Case<'a> = (
            &'a [&'a str],
            bool,
            Option<&'a str>,
            Option<bool>,
            bool,
            (bool, &'a [&'a str], &'a str),
        );
        let cases: &[Case] = &[
            (
                &["sv", "en"],
                false,
                None,
                None,
                false,
                (false, &["sv", "en"], "reader"),
            ),
            (
                &["sv", "en-GB"],
                false,
                None,
                None,
                false,
                (false, &["sv", "en"], "reader"),
            ),
            (&["sv"], true, None, None, false, (true, &[], "reader")),
            (&["sv"], false, None, None, true, (true, &[], "community")),
            (&["sv"], true, None, None, true, (true, &[], "reader")),
            (
                &["sv"],
                false,
                Some("fi, et"),
                None,
                true,
                (false, &["fi", "et"], "request"),
            ),
            (
                &["sv"],
                true,
                Some("fi"),
                None,
                false,
                (false, &["fi"], "request"),
            ),
            (
                &["sv"],
                false,
                None,
                Some(true),
                false,
                (true, &[], "request"),
            ),
            (
                &["sv"],
                true,
                None,
                Some(false),
                true,
                (false, &["sv"], "request"),
            ),
            (
                &["sv"],
                false,
                Some(""),
                None,
                false,
                (false, &["sv"], "reader"),
            ),
        ];
        for (read, switch, lang, all, community, (want_all, want, source)) in cases {
            let v = LangView::resolve(
                ME,
                &reader(read, *switch),
                &request(*lang, *all),
                *community,
            )
            .unwrap();
            let case = format!("{read:?} {switch} {lang:?} {all:?} {community}");
            assert_eq!(v.view.all_languages, *want_all, "{case}");
            assert_eq!(v.view.languages, *want, "{case}");
            assert_eq!(v.view.source, *source, "{case}");
            assert_eq!(v.filtering(), !want_all, "{case}");
        }
    }

    #[test]
    fn a_communitys_declared_languages_join_the_readers_by_default() {
        let declared = vec!["da".to_owned(), "nb".to_owned(), "sv".to_owned()];
        let community = CommunityDefault {
            all: false,
            languages: &declared,
        };
        let v = LangView::resolve(ME, &reader(&["sv"], false), &request(None, None), community)
            .unwrap();
        assert_eq!(v.view.languages, ["sv", "da", "nb"]);
        assert_eq!(v.view.source, "community");
        assert!(v.shows(AUTHOR, "da", std::iter::empty()));
        assert!(!v.shows(AUTHOR, "fi", std::iter::empty()));
        // The address and the reader's own switch still decide first.
        let asked = LangView::resolve(
            ME,
            &reader(&["sv"], false),
            &request(Some("sv"), None),
            community,
        )
        .unwrap();
        assert_eq!(asked.view.languages, ["sv"]);
        // A community in the reader's languages only changes nothing.
        let same = vec!["sv".to_owned()];
        let v = LangView::resolve(
            ME,
            &reader(&["sv"], false),
            &request(None, None),
            CommunityDefault {
                all: false,
                languages: &same,
            },
        )
        .unwrap();
        assert_eq!(v.view.source, "reader");
    }

    #[test]
    fn a_malformed_language_filter_is_refused() {
        for bad in ["<script>", "s", "sv,toolongprimary", "12"] {
            let r = LangView::resolve(
                ME,
                &reader(&["sv"], false),
                &request(Some(bad), None),
                false,
            );
            assert!(r.is_err(), "{bad}");
        }
        let many = vec!["sv"; MAX_FILTER_LANGUAGES + 1].join(",");
        let r = LangView::resolve(
            ME,
            &reader(&["sv"], false),
            &request(Some(&many), None),
            false,
        );
        assert!(r.is_err());
    }

    #[test]
    fn an_item_is_shown_in_a_language_read_undetermined_or_translated_into_one() {
        let v = LangView::resolve(
            ME,
            &reader(&["sv", "en"], false),
            &request(None, None),
            false,
        )
        .unwrap();
        assert!(v.shows(AUTHOR, "sv", std::iter::empty()));
        assert!(v.shows(AUTHOR, "en-US", std::iter::empty()));
        assert!(v.shows(AUTHOR, "und", std::iter::empty()));
        assert!(!v.shows(AUTHOR, "fi", std::iter::empty()));
        assert!(!v.shows(AUTHOR, "fi", ["et"].into_iter()));
        assert!(v.shows(AUTHOR, "fi", ["et", "sv"].into_iter()));
        let all =
            LangView::resolve(ME, &reader(&["sv"], true), &request(None, None), false).unwrap();
        assert!(all.shows(AUTHOR, "fi", std::iter::empty()));
    }

    #[test]
    fn the_first_of_the_readers_languages_that_exists_is_read() {
        let v = LangView::resolve(
            ME,
            &reader(&["sv", "en"], false),
            &request(None, None),
            false,
        )
        .unwrap();
        // (original, translations, chosen)
        let cases: &[(&str, &[&str], Option<usize>)] = &[
            ("sv", &["en"], None),
            ("fi", &["en", "sv"], Some(1)),
            ("fi", &["en"], Some(0)),
            ("en", &["sv"], Some(0)),
            ("fi", &["et"], None),
            ("fi", &[], None),
            ("en-GB", &["de"], None),
        ];
        for (lang, translated, want) in cases {
            assert_eq!(
                v.choose(AUTHOR, lang, translated),
                *want,
                "{lang} {translated:?}"
            );
        }
        // One's own words are read as written.
        assert_eq!(v.choose(ME, "fi", &["sv"]), None);
        // A lang= filter puts its languages first.
        let fi = LangView::resolve(
            ME,
            &reader(&["sv"], false),
            &request(Some("fi"), None),
            false,
        )
        .unwrap();
        assert_eq!(fi.choose(AUTHOR, "fi", &["sv"]), None);
        assert_eq!(fi.choose(AUTHOR, "en", &["sv", "fi"]), Some(1));
    }
}
