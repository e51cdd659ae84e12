//! A first day that leads somewhere: for a reader who has joined no community yet, the home
//! page suggests communities (the helpdesks first, then those in the reader's languages with
//! the most members) and colleagues not yet followed (their department first, then their
//! country); and to anyone whose profile lacks what colleagues look for, which fields to fill
//! in (one line, so it never pushes the stream out of sight).

use crate::error::AppError;
use crate::model::community::{CommunitySummary, Template};
use crate::model::ids::UserId;
use crate::model::profile::{PersonCard, Welcome};
use crate::server::community::service::{CommunityQuery, list_communities};
use crate::server::content::social::following;
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::profile::service::{PeopleQuery, first_day, get_profile, search_people};

/// How many communities and colleagues are suggested.
const SUGGESTED: usize = 4;

/// What to suggest to the reader: `show` and the lists for someone in no community yet; the
/// empty profile fields for anyone.
pub async fn welcome(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Welcome> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    // Most visits end here, after one query: the lists are only for someone in no community.
    let (missing, member_somewhere) = first_day(backend, ctx).await?;
    if member_somewhere {
        return Ok(Welcome {
            missing,
            ..Welcome::default()
        });
    }
    let profile = get_profile(backend, ctx, me).await?;
    let all = list_communities(backend, ctx, &CommunityQuery::default()).await?;
    let communities = rank_communities(all.items, &profile.read_languages);
    let followed: Vec<UserId> = following(backend, ctx)
        .await?
        .people
        .into_iter()
        .map(|p| p.id)
        .collect();
    let mut people: Vec<PersonCard> = Vec::new();
    for (department, country) in [
        (profile.department.clone(), String::new()),
        (String::new(), profile.country.clone()),
    ] {
        if people.len() >= SUGGESTED || (department.is_empty() && country.is_empty()) {
            continue;
        }
        let query = PeopleQuery {
            department,
            country,
            ..Default::default()
        };
        for p in search_people(backend, ctx, &query).await?.items {
            let new =
                p.id != me && !followed.contains(&p.id) && !people.iter().any(|q| q.id == p.id);
            if new && people.len() < SUGGESTED {
                people.push(p);
            }
        }
    }
    Ok(Welcome {
        show: true,
        communities,
        people,
        missing,
    })
}

/// The communities worth joining first: helpdesks, then those in the reader's languages,
/// then the busiest; archived ones and the reader's own never.
fn rank_communities(items: Vec<CommunitySummary>, read: &[String]) -> Vec<CommunitySummary> {
    let mut open: Vec<CommunitySummary> = items
        .into_iter()
        .filter(|c| c.my_role.is_none() && !c.archived)
        .collect();
    let reads = |c: &CommunitySummary| c.languages.iter().any(|l| read.contains(l));
    open.sort_by_key(|c| {
        (
            c.template != Template::Helpdesk,
            !reads(c),
            -c.member_count,
            c.name.clone(),
        )
    });
    open.truncate(SUGGESTED);
    open
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::community::Visibility;

    fn community(name: &str, template: Template, langs: &[&str], members: i64) -> CommunitySummary {
        CommunitySummary {
            slug: name.to_lowercase(),
            name: name.to_owned(),
            visibility: Visibility::Public,
            member_count: members,
            template,
            languages: langs.iter().map(|l| (*l).to_owned()).collect(),
            summary: String::new(),
            my_role: None,
            archived: false,
        }
    }

    #[test]
    fn helpdesks_come_first_then_the_readers_languages_then_the_busiest() {
        let ranked = rank_communities(
            vec![
                community("Fika", Template::Project, &["fi"], 90),
                community("Kredit", Template::Project, &["sv"], 10),
                community("Support", Template::Helpdesk, &["en"], 5),
                community("Hållbart", Template::Project, &["sv"], 40),
            ],
            &["sv".to_owned()],
        );
        let names: Vec<&str> = ranked.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Support", "Hållbart", "Kredit", "Fika"]);
    }
}
