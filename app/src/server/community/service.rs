//! Creating, reading, listing, changing, archiving and deleting communities.
//!
//! Every call finds the community through [`load`], which asks the policy; a restricted
//! community the caller is not in is answered exactly like a slug that does not exist.

use crate::error::{AppError, FieldError};
use crate::model::community::{
    COMMUNITY_PAGE_SIZE, Community, CommunityPage, CommunityPermissions, CommunityRole,
    CreatedCommunity, ForumMode, RestrictedCommunity, RestrictedPage, Template, Tool, Visibility,
};
use crate::model::ids::{CommunityId, UserId};
use crate::model::wiki::WikiEditors;
use crate::server::community::input::{
    NewCommunity, check_cap, check_description, check_languages, check_name,
};
use crate::server::community::repo::{self, CommunityRow, ListFilter};
use crate::server::community::{random_slug, search_words, slugify};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::cursor;
use crate::server::fault::{Context, ServiceError, ServiceResult};
use crate::server::guard::{Screen, screen};
use crate::server::policy::{
    Action, Resource, authorize, community_list_filter, restricted_overview_filter,
};
use crate::server::settings::{may_create_restricted, restricted_member_cap};

/// The longest slug anyone can ask for; longer ones cannot exist.
const MAX_SLUG: usize = 80;

/// The slug of a visible community. `r-` starts only restricted communities' random slugs,
/// so a public name can never collide with one and reveal by its `-2` that it exists.
fn readable_slug(name: &str) -> String {
    let slug = slugify(name);
    if slug.starts_with("r-") {
        format!("c-{slug}")
    } else {
        slug
    }
}

/// The policy's view of a loaded community.
pub(super) fn resource(row: &CommunityRow) -> Resource {
    Resource::Community {
        visibility: row.visibility,
        role: row.my_role,
        archived: row.archived,
    }
}

/// Finds a community by slug and checks that the caller may do `action` on it. A missing
/// community and one the caller may not know about give the same `NotFound`.
pub(crate) async fn load(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    action: Action,
) -> ServiceResult<CommunityRow> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let slug = slug.trim();
    if slug.is_empty() || slug.len() > MAX_SLUG {
        return Err(AppError::NotFound.into());
    }
    let row = repo::find_by_slug(&backend.db, slug, me)
        .await?
        .ok_or(AppError::NotFound)?;
    authorize(&ctx.actor, action, &resource(&row)).map_err(AppError::from)?;
    Ok(row)
}

/// Creates a community with the caller as its owner.
pub async fn create_community(
    backend: &Backend,
    ctx: &RequestCtx,
    new: NewCommunity,
) -> ServiceResult<CreatedCommunity> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let granted =
        new.visibility == Visibility::Restricted && may_create_restricted(&backend.db, me).await?;
    let resource = Resource::NewCommunity {
        visibility: new.visibility,
        may_create_restricted: granted,
    };
    authorize(&ctx.actor, Action::Create, &resource).map_err(AppError::from)?;
    // A restricted community is where client work is named; public and moderated ones are
    // read by people without a need to know.
    if new.visibility != Visibility::Restricted {
        let s = Screen::new(None, None)
            .text("name", &new.name)
            .text("description", &new.description);
        screen(backend, ctx, s, None).await?;
    }
    let tools = new.template.tools();
    for attempt in 0..50 {
        let slug = if new.visibility == Visibility::Restricted {
            random_slug()
        } else if attempt == 0 {
            readable_slug(&new.name)
        } else {
            format!("{}-{}", readable_slug(&new.name), attempt + 1)
        };
        if repo::slug_taken(&backend.db, &slug).await? {
            continue;
        }
        let insert = repo::CommunityInsert {
            slug: &slug,
            name: &new.name,
            description: &new.description,
            visibility: new.visibility,
            template: new.template,
            languages: &new.languages,
            tools: &tools,
            forum_mode: new.template.forum_mode(),
            member_cap: new.member_cap,
            creator: me,
        };
        if let Some(id) = repo::insert(&backend.db, &insert).await? {
            return Ok(CreatedCommunity { id, slug });
        }
    }
    Err(ServiceError::Fault {
        context: "finding a free slug",
        source: "50 candidate slugs were all taken".into(),
    })
}

/// A community as the caller sees it.
pub async fn get_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<Community> {
    let row = load(backend, ctx, slug, Action::View).await?;
    as_seen_by(backend, ctx, row, Owners::Listed).await
}

/// A community as the caller sees it with `owners` left empty: what the heading and tabs of
/// every community page need, without the query for the owners that only its home shows.
pub async fn get_community_heading(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<Community> {
    let row = load(backend, ctx, slug, Action::View).await?;
    as_seen_by(backend, ctx, row, Owners::Left).await
}

/// Whether a community is returned with its owners.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Owners {
    Listed,
    Left,
}

async fn as_seen_by(
    backend: &Backend,
    ctx: &RequestCtx,
    row: CommunityRow,
    listed: Owners,
) -> ServiceResult<Community> {
    let resource = resource(&row);
    let may = |action| authorize(&ctx.actor, action, &resource).is_ok();
    let mut can = CommunityPermissions {
        join: may(Action::Join) && row.my_role.is_none(),
        request: may(Action::RequestJoin) && row.my_role.is_none(),
        leave: may(Action::Leave),
        invite: may(Action::Invite),
        approve: may(Action::Approve),
        manage_members: may(Action::SetRole),
        edit: may(Action::Edit),
        export_history: may(Action::ExportHistory),
        archive: may(Action::Archive),
        delete: may(Action::Delete),
        inbox: row.tools.contains(&Tool::Inbox)
            && authorize(
                &ctx.actor,
                Action::View,
                &Resource::Inbox {
                    visibility: row.visibility,
                    role: row.my_role,
                    archived: row.archived,
                },
            )
            .is_ok(),
    };
    let content_hidden = !may(Action::ReadContent);
    let member_cap = if row.visibility == Visibility::Restricted {
        let org = i64::from(restricted_member_cap(&backend.db).await?);
        Some(row.member_cap.map_or(org, |own| own.min(org)))
    } else {
        None
    };
    let pending_requests = if can.approve {
        Some(repo::request_count(&backend.db, row.id).await?)
    } else {
        None
    };
    let owner = row.my_role == Some(CommunityRole::Owner);
    let owners = if listed == Owners::Listed || owner {
        repo::members(
            &backend.db,
            row.id,
            Some(CommunityRole::Owner),
            &[],
            None,
            20,
        )
        .await?
        .into_iter()
        .map(|(card, _)| card)
        .collect::<Vec<_>>()
    } else {
        Vec::new()
    };
    // The only owner cannot leave (the service would refuse with `last_owner`), so leaving
    // is not offered to them: they hand the community over first.
    if owner && owners.len() <= 1 {
        can.leave = false;
    }
    let owners = if listed == Owners::Listed {
        owners
    } else {
        Vec::new()
    };
    // The inbox's functional address is for anyone to write to, like the posting address;
    // what comes in is the members' own.
    let addresses = if content_hidden {
        MailAddresses::default()
    } else {
        mail_addresses(backend, row.id).await?
    };
    // Those who may edit the community are offered a posting address while mail is taken in.
    let mail_domain = backend.mail.inbound_domain.clone().filter(|_| can.edit);
    Ok(Community {
        id: row.id,
        slug: row.slug,
        name: row.name,
        description: if content_hidden {
            String::new()
        } else {
            row.description
        },
        visibility: row.visibility,
        template: row.template,
        languages: row.languages,
        tools: row.tools,
        forum_mode: row.forum_mode,
        all_languages: row.all_languages,
        wiki_editors: row.wiki_editors,
        member_count: row.member_count,
        member_cap,
        own_member_cap: row.member_cap,
        my_role: row.my_role,
        my_request_pending: row.my_request_pending,
        pending_requests,
        archived: row.archived,
        created_at: row.created_at,
        owners,
        content_hidden,
        can,
        mail_address: addresses.posting,
        mail_posts_to: addresses.posts_to,
        inbox_address: addresses.inbox,
        mail_domain,
    })
}

/// A community's addresses while mail is taken in.
#[derive(Default)]
struct MailAddresses {
    posting: Option<String>,
    /// `forum` or `blog`, with a posting address.
    posts_to: Option<String>,
    inbox: Option<String>,
}

async fn mail_addresses(backend: &Backend, id: CommunityId) -> ServiceResult<MailAddresses> {
    if backend.mail.inbound_domain.is_none() {
        return Ok(MailAddresses::default());
    }
    let row: Option<(Option<String>, String, Option<String>)> = sqlx::query_as(
        "SELECT mail_local, mail_posts_to, inbox_local FROM communities WHERE id = $1",
    )
    .bind(id.0)
    .fetch_optional(&backend.db.pool)
    .await
    .context("reading a community's mail addresses")?;
    let Some((posting, to, inbox)) = row else {
        return Ok(MailAddresses::default());
    };
    Ok(MailAddresses {
        posts_to: posting.is_some().then_some(to),
        posting: posting.and_then(|l| backend.mail.address(&l)),
        inbox: inbox.and_then(|l| backend.mail.address(&l)),
    })
}

/// Whether `local` (lower case) can be the part before the `@` of a community's address:
/// letters, digits, `.`, `-` and `_`, at most 64, not `reply…` (the notices' own).
pub fn is_mail_local(l: &str) -> bool {
    l.len() <= 64
        && l.starts_with(|c: char| c.is_ascii_alphanumeric())
        && l.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        && !l.ends_with('.')
        && !l.contains("..")
        && !l.starts_with("reply")
}

/// Gives a community a posting address (`local` before the `@`), or takes it away (`None`).
/// Mail from a member to it becomes a forum topic or a blog post (`posts_to`). For those who
/// may edit the community.
pub async fn set_mail_address(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    local: Option<&str>,
    posts_to: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::Edit).await?;
    let mut problems = Vec::new();
    let tool = match posts_to {
        "forum" => Some(Tool::Forum),
        "blog" => Some(Tool::Blog),
        _ => None,
    };
    match tool {
        None => problems.push(FieldError::new("posts_to", "invalid")),
        Some(t) if !row.tools.contains(&t) => {
            problems.push(FieldError::new("posts_to", "tool_off"));
        }
        Some(_) => {}
    }
    let local = local
        .map(|l| l.trim().to_ascii_lowercase())
        .filter(|l| !l.is_empty());
    if let Some(l) = &local
        && !is_mail_local(l)
    {
        problems.push(FieldError::new("mail_local", "invalid_address"));
    }
    if !problems.is_empty() {
        return Err(AppError::validation(problems).into());
    }
    let done = sqlx::query(
        "UPDATE communities SET mail_local = $2, mail_posts_to = $3 WHERE id = $1 \
         AND NOT EXISTS (SELECT 1 FROM communities o \
         WHERE (o.mail_local = $2 AND o.id <> $1) OR o.inbox_local = $2)",
    )
    .bind(row.id.0)
    .bind(&local)
    .bind(posts_to)
    .execute(&backend.db.pool)
    .await
    .context("setting a community's mail address")?;
    if done.rows_affected() == 0 {
        return Err(
            AppError::validation(vec![FieldError::new("mail_local", "address_taken")]).into(),
        );
    }
    Ok(())
}

/// What the directory is asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommunityQuery {
    pub q: String,
    pub lang: String,
    pub template: String,
    pub mine: bool,
    pub cursor: Option<String>,
}

/// The most communities the name box matches (the directory pages through them by name).
const MATCHING_COMMUNITIES: usize = 1_000;

/// A page of the directory: the communities the caller may see, by name.
pub async fn list_communities(
    backend: &Backend,
    ctx: &RequestCtx,
    query: &CommunityQuery,
) -> ServiceResult<CommunityPage> {
    let scope = community_list_filter(&ctx.actor).map_err(AppError::from)?;
    let template = match query.template.trim() {
        "" => None,
        t => Some(Template::parse(t).ok_or_else(|| {
            AppError::validation(vec![FieldError::new("template", "invalid_choice")])
        })?),
    };
    // The name box reads names and descriptions, folded, through the search index, and
    // parts of names in SQL (a community just made is found before the index has it).
    let only = if query.q.trim().is_empty() {
        None
    } else {
        crate::server::search::directory::matching_communities(
            backend,
            ctx,
            &query.q,
            MATCHING_COMMUNITIES,
        )
        .await?
    };
    let filter = ListFilter {
        words: search_words(&query.q),
        only,
        lang: Some(query.lang.trim().to_owned()).filter(|l| !l.is_empty()),
        template,
        mine: query.mine,
        after: cursor::parse(query.cursor.as_deref())?,
    };
    let size = COMMUNITY_PAGE_SIZE as i64;
    let mut rows = repo::list(&backend.db, scope, &filter, size + 1).await?;
    let next_cursor = if rows.len() > COMMUNITY_PAGE_SIZE {
        rows.truncate(COMMUNITY_PAGE_SIZE);
        rows.last().map(|(_, key, id)| cursor::encode(key, *id))
    } else {
        None
    };
    Ok(CommunityPage {
        items: rows.into_iter().map(|(s, _, _)| s).collect(),
        next_cursor,
    })
}

/// Changes to a community's settings; `None` leaves a value as it is. A `member_cap` of 0
/// removes the community's own cap (the organisation's still applies).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommunityPatch {
    pub name: Option<String>,
    pub description: Option<String>,
    pub languages: Option<Vec<String>>,
    pub tools: Option<Vec<String>>,
    pub forum_mode: Option<String>,
    pub member_cap: Option<i64>,
    /// Its lists show every language by default (for communities writing in several).
    pub all_languages: Option<bool>,
    /// Who may write the wiki: `members` or `moderators`.
    pub wiki_editors: Option<String>,
}

/// Changes name, description, languages, tools, forum mode, cap or the cross-language
/// default (owners and admins).
pub async fn update_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    patch: CommunityPatch,
) -> ServiceResult<Community> {
    let row = load(backend, ctx, slug, Action::Edit).await?;
    let org_cap = restricted_member_cap(&backend.db).await?;
    let mut errors = Vec::new();
    let name = match &patch.name {
        Some(n) => check_name(n, &mut errors),
        None => row.name.clone(),
    };
    let description = match &patch.description {
        Some(d) => check_description(d, &mut errors),
        None => row.description.clone(),
    };
    let languages = match patch.languages {
        Some(l) => check_languages(l, &mut errors),
        None => row.languages.clone(),
    };
    let tools = match &patch.tools {
        Some(list) => {
            let mut tools = Vec::new();
            // Empty items are what a form sends when every box is cleared.
            for t in list.iter().filter(|t| !t.trim().is_empty()) {
                match Tool::parse(t.trim()) {
                    Some(tool) if !tools.contains(&tool) => tools.push(tool),
                    Some(_) => {}
                    None => errors.push(FieldError::new("tools", "invalid_choice")),
                }
            }
            // Stored in one order, whatever order they came in.
            Tool::ALL
                .into_iter()
                .filter(|t| tools.contains(t))
                .collect()
        }
        None => row.tools.clone(),
    };
    let forum_mode = match patch.forum_mode.as_deref().map(str::trim) {
        Some(m) => ForumMode::parse(m).unwrap_or_else(|| {
            errors.push(FieldError::new("forum_mode", "invalid_choice"));
            row.forum_mode
        }),
        None => row.forum_mode,
    };
    let wiki_editors = match patch.wiki_editors.as_deref().map(str::trim) {
        Some(e) => WikiEditors::parse(e).unwrap_or_else(|| {
            errors.push(FieldError::new("wiki_editors", "invalid_choice"));
            row.wiki_editors
        }),
        None => row.wiki_editors,
    };
    let member_cap = match patch.member_cap {
        Some(0) => None,
        Some(cap) if cap > 0 && cap < row.member_count => {
            errors.push(FieldError::with_limit(
                "member_cap",
                "below_member_count",
                u32::try_from(row.member_count).unwrap_or(u32::MAX),
            ));
            None
        }
        Some(cap) => check_cap(Some(cap), Some(row.visibility), org_cap, &mut errors),
        None => row.member_cap,
    };
    if !errors.is_empty() {
        return Err(AppError::validation(errors).into());
    }
    if row.visibility != Visibility::Restricted {
        let s = Screen::new(None, None)
            .text("name", &name)
            .text("description", &description);
        screen(backend, ctx, s, None).await?;
    }
    let update = repo::CommunityUpdate {
        name: &name,
        description: &description,
        languages: &languages,
        tools: &tools,
        forum_mode,
        member_cap,
        all_languages: patch.all_languages.unwrap_or(row.all_languages),
        wiki_editors,
    };
    // `false`: archived, deleted or grown past the new cap since it was read.
    if !repo::update(&backend.db, row.id, &update).await? {
        return Err(AppError::CommunityArchived.into());
    }
    get_community(backend, ctx, &row.slug).await
}

/// Archives (read-only) or restores a community (owners and admins).
pub async fn archive_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    archived: bool,
) -> ServiceResult<Community> {
    let row = load(backend, ctx, slug, Action::Archive).await?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    if row.archived != archived {
        let event = if archived { "archived" } else { "unarchived" };
        repo::set_state(&backend.db, row.id, me, event).await?;
    }
    get_community(backend, ctx, &row.slug).await
}

/// Deletes a community (owners and admins): it disappears for everyone; its membership
/// history stays in the database, as an insider list must.
pub async fn delete_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<()> {
    let row = load(backend, ctx, slug, Action::Delete).await?;
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    repo::set_state(&backend.db, row.id, me, "deleted").await
}

/// The admin view of restricted communities: name, owners, size and cap; no content.
pub async fn list_restricted(
    backend: &Backend,
    ctx: &RequestCtx,
    cursor_text: Option<&str>,
) -> ServiceResult<RestrictedPage> {
    let scope = restricted_overview_filter(&ctx.actor).map_err(AppError::from)?;
    let after = cursor::parse(cursor_text)?;
    let size = COMMUNITY_PAGE_SIZE as i64;
    let mut rows = repo::restricted(&backend.db, scope, after, size + 1).await?;
    let next_cursor = if rows.len() > COMMUNITY_PAGE_SIZE {
        rows.truncate(COMMUNITY_PAGE_SIZE);
        rows.last().map(|r| cursor::encode(&r.name_key, r.id.0))
    } else {
        None
    };
    let ids: Vec<_> = rows.iter().map(|r| r.id).collect();
    let owners = repo::owner_names(&backend.db, &ids).await?;
    let org = i64::from(restricted_member_cap(&backend.db).await?);
    let items = rows
        .into_iter()
        .map(|r| RestrictedCommunity {
            owners: owners
                .iter()
                .filter(|(c, _)| *c == r.id)
                .map(|(_, n)| n.clone())
                .collect(),
            slug: r.slug,
            name: r.name,
            member_count: r.member_count,
            member_cap: r.member_cap.map_or(org, |own| own.min(org)),
            archived: r.archived,
            deleted: r.deleted,
            created_at: r.created_at,
        })
        .collect();
    Ok(RestrictedPage { items, next_cursor })
}

/// The id of the caller, who must be logged in.
pub(super) fn caller(ctx: &RequestCtx) -> Result<UserId, AppError> {
    ctx.actor.user_id().ok_or(AppError::Unauthenticated)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_slug_never_looks_like_a_restricted_one() {
        assert_eq!(readable_slug("R-Team"), "c-r-team");
        assert_eq!(readable_slug("Risk"), "risk");
    }
}
