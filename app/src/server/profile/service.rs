//! Reading and editing profiles, and searching the people directory.

use crate::error::{AppError, FieldError};
use crate::i18n::supported_code;
use crate::model::ids::UserId;
use crate::model::profile::{
    COUNTRIES, MAX_ABOUT, MAX_DISPLAY_NAME, MAX_EXPERTISE_TAG, MAX_EXPERTISE_TAGS,
    MAX_READ_LANGUAGES, MAX_SHORT_FIELD, PEOPLE_PAGE_SIZE, PeoplePage, Profile, initials,
};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::ServiceResult;
use crate::server::guard::{Screen, screen};
use crate::server::policy::{Action, Resource, authorize};
use crate::server::profile::repo::{self, PeopleFilter};
use crate::server::profile::{name_terms, sort_key};
use crate::server::text;

/// Changes to a profile; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfilePatch {
    pub display_name: Option<String>,
    pub title: Option<String>,
    pub department: Option<String>,
    pub country: Option<String>,
    pub ui_language: Option<String>,
    pub read_languages: Option<Vec<String>>,
    pub all_languages: Option<bool>,
    pub about: Option<String>,
    pub expertise: Option<Vec<String>>,
}

impl ProfilePatch {
    /// Validates and normalises every given field, reporting all problems at once.
    pub fn parse(self) -> Result<Self, AppError> {
        let mut errors = Vec::new();
        let mut short = |field: &str, value: Option<String>, max: usize, required: bool| {
            let value = match value.as_deref().map(text::one_line) {
                Some(Err(problem)) => {
                    errors.push(FieldError::new(field, problem.code()));
                    return value;
                }
                Some(Ok(v)) => Some(v),
                None => None,
            };
            if let Some(v) = &value {
                if required && v.is_empty() {
                    errors.push(FieldError::new(field, "required"));
                } else if v.chars().count() > max {
                    errors.push(FieldError::with_limit(field, "too_long", max as u32));
                }
            }
            value
        };
        let display_name = short("display_name", self.display_name, MAX_DISPLAY_NAME, true);
        let title = short("title", self.title, MAX_SHORT_FIELD, false);
        let department = short("department", self.department, MAX_SHORT_FIELD, false);
        let about = self.about.as_deref().map(text::multi_line);
        if about
            .as_ref()
            .is_some_and(|a| a.chars().count() > MAX_ABOUT)
        {
            errors.push(FieldError::with_limit(
                "about",
                "too_long",
                MAX_ABOUT as u32,
            ));
        }
        let country = self.country.map(|c| c.trim().to_uppercase());
        if country
            .as_ref()
            .is_some_and(|c| !c.is_empty() && !COUNTRIES.contains(&c.as_str()))
        {
            errors.push(FieldError::new("country", "unknown_country"));
        }
        let ui_language = match self.ui_language {
            None => None,
            // Empty: follow the browser's language.
            Some(l) if l.trim().is_empty() => Some(String::new()),
            Some(l) => match supported_code(&l) {
                Some(code) => Some(code.to_owned()),
                None => {
                    errors.push(FieldError::new("ui_language", "unsupported_language"));
                    None
                }
            },
        };
        let read_languages = self.read_languages.map(|langs| {
            let mut out: Vec<String> = Vec::new();
            for l in langs {
                let l = l.trim().to_owned();
                if !is_language_tag(&l) {
                    errors.push(FieldError::new("read_languages", "invalid_language"));
                } else if !out.iter().any(|x| x.eq_ignore_ascii_case(&l)) {
                    out.push(l);
                }
            }
            if out.is_empty() {
                errors.push(FieldError::new("read_languages", "required"));
            } else if out.len() > MAX_READ_LANGUAGES {
                errors.push(FieldError::with_limit(
                    "read_languages",
                    "too_many",
                    MAX_READ_LANGUAGES as u32,
                ));
            }
            out
        });
        let expertise = self.expertise.map(|tags| {
            let mut out: Vec<String> = Vec::new();
            for t in tags {
                let t = match text::one_line(&t) {
                    Ok(t) => t,
                    Err(problem) => {
                        errors.push(FieldError::new("expertise", problem.code()));
                        continue;
                    }
                };
                if t.is_empty() {
                    continue;
                }
                if t.chars().count() > MAX_EXPERTISE_TAG {
                    errors.push(FieldError::with_limit(
                        "expertise",
                        "tag_too_long",
                        MAX_EXPERTISE_TAG as u32,
                    ));
                } else if !out.iter().any(|x| x.to_lowercase() == t.to_lowercase()) {
                    out.push(t);
                }
            }
            if out.len() > MAX_EXPERTISE_TAGS {
                errors.push(FieldError::with_limit(
                    "expertise",
                    "too_many",
                    MAX_EXPERTISE_TAGS as u32,
                ));
            }
            out
        });
        if !errors.is_empty() {
            return Err(AppError::validation(errors));
        }
        Ok(Self {
            display_name,
            title,
            department,
            country,
            ui_language,
            read_languages,
            all_languages: self.all_languages,
            about,
            expertise,
        })
    }
}

/// A BCP 47 tag of the simple shape people use: `sv`, `en-GB`, `und`, `zh-Hant`.
pub fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A profile as the caller may see it.
/// The reader's own empty profile fields, by name (`title`, `department`, `country`,
/// `expertise`, `about`), and whether they belong to any community yet.
pub async fn first_day(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<(Vec<String>, bool)> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (empty, member_somewhere) = repo::first_day(&backend.db, me).await?;
    let missing = ["title", "department", "country", "expertise", "about"]
        .into_iter()
        .zip(empty)
        .filter(|(_, empty)| *empty)
        .map(|(field, _)| field.to_owned())
        .collect();
    Ok((missing, member_somewhere))
}

pub async fn get_profile(
    backend: &Backend,
    ctx: &RequestCtx,
    id: UserId,
) -> ServiceResult<Profile> {
    authorize(&ctx.actor, Action::View, &Resource::Profile { owner: id })
        .map_err(AppError::from)?;
    let row = repo::find(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(as_seen_by(ctx, row))
}

/// A stored profile as the caller sees it, with whether the policy lets them edit it.
fn as_seen_by(ctx: &RequestCtx, row: repo::ProfileRow) -> Profile {
    let can_edit = authorize(
        &ctx.actor,
        Action::Edit,
        &Resource::Profile { owner: row.id },
    )
    .is_ok();
    Profile {
        id: row.id,
        initials: initials(&row.display_name),
        display_name: row.display_name,
        title: row.title,
        department: row.department,
        country: row.country,
        ui_language: row.ui_language,
        read_languages: row.read_languages,
        all_languages: row.all_languages,
        about: row.about,
        expertise: row.expertise,
        can_edit,
    }
}

/// The skeleton of a display name no other person's name looks like (`except` is the person
/// who is renaming), or `confusable_name`: someone could pass for a colleague otherwise.
/// The unique index on the skeleton holds the rule against two writes at once.
pub async fn free_name(
    backend: &Backend,
    name: &str,
    except: Option<UserId>,
) -> ServiceResult<String> {
    let skeleton = text::name_skeleton(name);
    if repo::name_skeleton_taken(&backend.db, &skeleton, except).await? {
        return Err(
            AppError::validation(vec![FieldError::new("display_name", "confusable_name")]).into(),
        );
    }
    Ok(skeleton)
}

/// Gives profiles from before the look-alike rule their skeleton (at start, after migrating).
pub async fn fill_missing_name_skeletons(backend: &Backend) -> ServiceResult<u64> {
    repo::fill_missing_skeletons(&backend.db).await
}

/// Applies a validated patch to a profile: one's own, or anyone's for an admin.
pub async fn update_profile(
    backend: &Backend,
    ctx: &RequestCtx,
    id: UserId,
    patch: ProfilePatch,
) -> ServiceResult<Profile> {
    authorize(&ctx.actor, Action::Edit, &Resource::Profile { owner: id })
        .map_err(AppError::from)?;
    let patch = patch.parse()?;
    let mut row = repo::find(&backend.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let ProfilePatch {
        display_name,
        title,
        department,
        country,
        ui_language,
        read_languages,
        all_languages,
        about,
        expertise,
    } = patch;
    // The fields being written are read by everyone. (A person's own name is not checked:
    // it is theirs, even when a client shares it.)
    let expertise_text = expertise.as_ref().map(|e| e.join(" ")).unwrap_or_default();
    let s = Screen::new(None, None)
        .text("title", title.as_deref().unwrap_or(""))
        .text("department", department.as_deref().unwrap_or(""))
        .text("about", about.as_deref().unwrap_or(""))
        .text("expertise", &expertise_text);
    screen(backend, ctx, s, None).await?;
    // Only a new name is checked: someone whose name already looked like another's before
    // the rule may still change the rest of their profile.
    let skeleton = match display_name.as_deref() {
        Some(name) if name != row.display_name => Some(free_name(backend, name, Some(id)).await?),
        _ => None,
    };
    row.display_name = display_name.unwrap_or(row.display_name);
    row.title = title.unwrap_or(row.title);
    row.department = department.unwrap_or(row.department);
    row.country = country.unwrap_or(row.country);
    row.ui_language = ui_language.unwrap_or(row.ui_language);
    row.read_languages = read_languages.unwrap_or(row.read_languages);
    row.all_languages = all_languages.unwrap_or(row.all_languages);
    row.about = about.unwrap_or(row.about);
    row.expertise = expertise.unwrap_or(row.expertise);
    repo::save(
        &backend.db,
        &row,
        &sort_key(&row.display_name),
        &name_terms(&row.display_name),
        skeleton.as_deref(),
    )
    .await?;
    // The saved row is what a reader gets; no need to read it back.
    Ok(as_seen_by(ctx, row))
}

/// Adds a language to the caller's "languages I read" (the "always show" of a list that
/// left it out); a language already there stays where it is.
pub async fn add_read_language(
    backend: &Backend,
    ctx: &RequestCtx,
    lang: &str,
) -> ServiceResult<Profile> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let row = repo::find(&backend.db, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut read = row.read_languages;
    let lang = lang.trim().to_ascii_lowercase();
    if !read.iter().any(|l| l.eq_ignore_ascii_case(&lang)) {
        read.push(lang);
    }
    let patch = ProfilePatch {
        read_languages: Some(read),
        ..ProfilePatch::default()
    };
    update_profile(backend, ctx, me, patch).await
}

/// What the directory is asked for: free text matching names, and optional filters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeopleQuery {
    pub q: String,
    pub department: String,
    pub country: String,
    pub expertise: String,
    pub cursor: Option<String>,
}

/// A page of the directory: people matching every given filter, by name.
/// The most people the name box matches (the directory pages through them by name).
const MATCHING_PEOPLE: usize = 1_000;

pub async fn search_people(
    backend: &Backend,
    ctx: &RequestCtx,
    query: &PeopleQuery,
) -> ServiceResult<PeoplePage> {
    authorize(&ctx.actor, Action::List, &Resource::Directory).map_err(AppError::from)?;
    // The name box reads names, titles, departments and expertise, folded, through the
    // search index; by name prefixes in SQL while the index is not ready.
    let only = if query.q.trim().is_empty() {
        None
    } else {
        crate::server::search::directory::matching_people(backend, ctx, &query.q, MATCHING_PEOPLE)
            .await?
    };
    let filter = PeopleFilter {
        name_prefixes: if only.is_some() {
            Vec::new()
        } else {
            name_terms(&query.q).into_iter().take(5).collect()
        },
        only,
        department_key: Some(query.department.trim().to_lowercase()).filter(|d| !d.is_empty()),
        country: Some(query.country.trim().to_uppercase()).filter(|c| !c.is_empty()),
        expertise_key: Some(
            query
                .expertise
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        )
        .filter(|e| !e.is_empty()),
        after: cursor::parse(query.cursor.as_deref())?,
    };
    let size = PEOPLE_PAGE_SIZE as i64;
    let mut rows = repo::search(&backend.db, &filter, size + 1).await?;
    let next_cursor = if rows.len() > PEOPLE_PAGE_SIZE {
        rows.truncate(PEOPLE_PAGE_SIZE);
        rows.last()
            .map(|(card, key)| cursor::encode(key, card.id.0))
    } else {
        None
    };
    Ok(PeoplePage {
        items: rows.into_iter().map(|(card, _)| card).collect(),
        next_cursor,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_an_unknown_country_and_a_blank_name() {
        let patch = ProfilePatch {
            display_name: Some("  ".into()),
            country: Some("XX".into()),
            ..Default::default()
        };
        let AppError::ValidationFailed { fields } = patch.parse().unwrap_err() else {
            panic!()
        };
        let codes: Vec<_> = fields.iter().map(|f| f.code.as_str()).collect();
        assert_eq!(codes, vec!["required", "unknown_country"]);
    }

    #[test]
    fn expertise_is_trimmed_and_deduplicated_case_insensitively() {
        let patch = ProfilePatch {
            expertise: Some(vec![
                " AML ".into(),
                "aml".into(),
                "Basel  III".into(),
                "".into(),
            ]),
            ..Default::default()
        };
        assert_eq!(
            patch.parse().unwrap().expertise,
            Some(vec!["AML".to_owned(), "Basel III".to_owned()])
        );
    }

    #[test]
    fn read_languages_must_be_language_tags() {
        let patch = ProfilePatch {
            read_languages: Some(vec!["sv".into(), "en-GB".into(), "und".into()]),
            ..Default::default()
        };
        assert!(patch.parse().is_ok());
        let patch = ProfilePatch {
            read_languages: Some(vec!["<script>".into()]),
            ..Default::default()
        };
        assert!(patch.parse().is_err());
        let patch = ProfilePatch {
            read_languages: Some(vec![]),
            ..Default::default()
        };
        assert!(patch.parse().is_err());
    }
}
