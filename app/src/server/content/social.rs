//! Likes, follows, and the people the mention picker offers.

use crate::error::AppError;
use crate::model::content::{
    CommunityRef, FollowState, Following, LikeState, Likers, MENTION_SUGGESTIONS, NotificationKind,
    PersonRefs,
};
use crate::model::ids::{CommunityId, UserId};
use crate::server::clock::now_ms;
use crate::server::content::input::normal_tag;
use crate::server::content::reading::{load, place_for};
use crate::server::content::repo::social::{self, Followed};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::{Context, ServiceResult};
use crate::server::notification::repo::{Notice, notify, withdraw_like};
use crate::server::policy::{Action, Audience, Resource, authorize, mention_audience};
use crate::server::profile::name_terms;

/// How many likers a list shows.
const LIKERS_SHOWN: i64 = 50;

/// Likes an item, or takes the like back; the author is told (likes are grouped).
pub async fn toggle_like(
    backend: &Backend,
    ctx: &RequestCtx,
    target_id: i64,
) -> ServiceResult<LikeState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let item = load(backend, ctx, target_id, Action::Like).await?;
    if item.published_at.is_none() {
        return Err(AppError::NotFound.into());
    }
    let now = now_ms();
    let mut tx = backend.db.pool.begin().await.context("starting a like")?;
    let (liked, like_count) = social::toggle_like(&mut tx, item.id, me, now).await?;
    if !liked {
        withdraw_like(&mut tx, UserId(item.author_id), item.id, me).await?;
    } else {
        let community = item.community_id.map(CommunityId);
        let notice = Notice {
            recipient: UserId(item.author_id),
            kind: NotificationKind::Like,
            content: Some(item.id),
            community,
            actor: me,
            now,
        };
        notify(&mut tx, notice).await?;
    }
    tx.commit().await.context("saving a like")?;
    Ok(LikeState { liked, like_count })
}

/// Who liked an item the reader may see.
pub async fn likers(backend: &Backend, ctx: &RequestCtx, target_id: i64) -> ServiceResult<Likers> {
    let item = load(backend, ctx, target_id, Action::ReadContent).await?;
    Ok(Likers {
        items: social::likers(&backend.db, item.id, LIKERS_SHOWN).await?,
        count: item.like_count,
    })
}

/// Follows or stops following a person.
pub async fn follow_person(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
    follow: bool,
) -> ServiceResult<FollowState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    authorize(&ctx.actor, Action::View, &Resource::Profile { owner: user })
        .map_err(AppError::from)?;
    // Only active people can be followed (a disabled account's profile is not found).
    if user == me
        || social::audience(&backend.db, &[user], None)
            .await?
            .is_empty()
    {
        return Err(AppError::NotFound.into());
    }
    social::set_follow(&backend.db, me, Followed::Person(user), follow, now_ms()).await?;
    Ok(FollowState { following: follow })
}

/// Follows or stops following a community the caller may read.
pub async fn follow_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
    follow: bool,
) -> ServiceResult<FollowState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, c) = place_for(backend, me, Some(slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let c = c.ok_or(AppError::NotFound)?;
    social::set_follow(&backend.db, me, Followed::Community(c.id), follow, now_ms()).await?;
    Ok(FollowState { following: follow })
}

/// Follows or stops following a tag.
pub async fn follow_tag(
    backend: &Backend,
    ctx: &RequestCtx,
    tag: &str,
    follow: bool,
) -> ServiceResult<FollowState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let tag = normal_tag(tag).ok_or_else(|| AppError::InvalidRequest {
        detail: "tag".into(),
    })?;
    social::set_follow(&backend.db, me, Followed::Tag(&tag), follow, now_ms()).await?;
    Ok(FollowState { following: follow })
}

/// Whether the caller follows a community (for its page's button).
pub async fn follows_community(
    backend: &Backend,
    ctx: &RequestCtx,
    slug: &str,
) -> ServiceResult<FollowState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, c) = place_for(backend, me, Some(slug)).await?;
    authorize(&ctx.actor, Action::ReadContent, &Resource::Place(place)).map_err(AppError::from)?;
    let c = c.ok_or(AppError::NotFound)?;
    let following = social::follows(&backend.db, me, Followed::Community(c.id)).await?;
    Ok(FollowState { following })
}

/// Whether the caller follows a person.
pub async fn follows_person(
    backend: &Backend,
    ctx: &RequestCtx,
    user: UserId,
) -> ServiceResult<FollowState> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let following = social::follows(&backend.db, me, Followed::Person(user)).await?;
    Ok(FollowState { following })
}

/// Everything the caller follows.
pub async fn following(backend: &Backend, ctx: &RequestCtx) -> ServiceResult<Following> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    Ok(Following {
        people: social::followed_people(&backend.db, me).await?,
        communities: social::followed_communities(&backend.db, me)
            .await?
            .into_iter()
            .map(|(slug, name)| CommunityRef { slug, name })
            .collect(),
        tags: social::followed_tags(&backend.db, me).await?,
    })
}

/// People to offer when the caller types `@q` in a place: only those who can see it (in a
/// restricted community, its members).
pub async fn mention_suggest(
    backend: &Backend,
    ctx: &RequestCtx,
    q: &str,
    community_slug: Option<&str>,
) -> ServiceResult<PersonRefs> {
    let me = ctx.actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (place, c) = place_for(backend, me, community_slug).await?;
    let members_of = match mention_audience(&ctx.actor, &place).map_err(AppError::from)? {
        Audience::Everyone => None,
        Audience::Members => c.map(|c| c.id),
    };
    let prefixes: Vec<String> = name_terms(q).into_iter().take(4).collect();
    if prefixes.is_empty() {
        return Ok(PersonRefs { items: Vec::new() });
    }
    let items = social::suggest(
        &backend.db,
        &prefixes,
        members_of,
        me,
        MENTION_SUGGESTIONS as i64,
    )
    .await?;
    Ok(PersonRefs { items })
}
