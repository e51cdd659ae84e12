//! Communities: kinds, visibility, membership, the cap under concurrency, history.

use super::{account, as_admin, as_member};
use crate::error::AppError;
use crate::model::community::{CommunityRole, Visibility};
use crate::model::ids::UserId;
use crate::server::community::history::{insider_csv, insider_list};
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{
    decide_request, invite, join, leave, list_members, list_requests, remove_member,
    request_to_join, set_role,
};
use crate::server::community::service::{
    CommunityQuery, archive_community, create_community, delete_community, get_community,
    get_community_heading, list_communities, list_restricted,
};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::settings::{SettingsPatch, set_restricted_creator, update_settings};
use crate::server::testing::backends;

fn new(name: &str, visibility: &str, template: &str, cap: Option<i64>) -> NewCommunity {
    NewCommunity::parse(
        name,
        "About it",
        visibility,
        template,
        vec!["sv".into(), "en".into()],
        cap,
        30,
    )
    .unwrap()
}

async fn create(
    b: &Backend,
    ctx: &RequestCtx,
    name: &str,
    visibility: &str,
    template: &str,
) -> String {
    create_community(b, ctx, new(name, visibility, template, None))
        .await
        .unwrap()
        .slug
}

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

async fn names(b: &Backend, ctx: &RequestCtx, q: &str, mine: bool) -> Vec<String> {
    let query = CommunityQuery {
        q: q.into(),
        mine,
        ..Default::default()
    };
    list_communities(b, ctx, &query)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|c| c.name)
        .collect()
}

#[tokio::test]
async fn each_kind_is_created_and_only_allowed_people_create_restricted_ones() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let helpdesk = create(&b, &as_member(anna), "IT-hjälp", "public", "helpdesk").await;
        assert_eq!(helpdesk, "it-hjalp");
        let again = create(&b, &as_member(anna), "IT hjälp", "moderated", "project").await;
        assert_eq!(again, "it-hjalp-2");
        let c = get_community(&b, &as_member(anna), &helpdesk)
            .await
            .unwrap();
        assert_eq!(c.my_role, Some(CommunityRole::Owner));
        assert_eq!(c.member_count, 1);
        assert_eq!(c.forum_mode.as_str(), "questions");
        assert_eq!(c.member_cap, None);

        let refused = create_community(
            &b,
            &as_member(anna),
            new("Acme deal", "restricted", "client_team", None),
        )
        .await;
        assert_eq!(err(refused), AppError::Forbidden);
        set_restricted_creator(&b, &as_admin(admin), anna, true)
            .await
            .unwrap();
        let secret = create(
            &b,
            &as_member(anna),
            "Acme deal",
            "restricted",
            "client_team",
        )
        .await;
        assert!(
            secret.starts_with("r-") && !secret.contains("acme"),
            "{secret}"
        );
        let c = get_community(&b, &as_member(anna), &secret).await.unwrap();
        assert_eq!(
            (c.visibility, c.member_cap),
            (Visibility::Restricted, Some(30))
        );
        let by_admin = create(
            &b,
            &as_admin(admin),
            "Beta deal",
            "restricted",
            "client_team",
        )
        .await;
        assert!(by_admin.starts_with("r-"));
    }
}

#[tokio::test]
async fn a_restricted_community_is_invisible_to_everyone_outside_it() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let owner = account(&b, "owner@bank.example", "Olle Owner", false).await;
        let erik = account(&b, "erik@bank.example", "Erik", false).await;
        create(
            &b,
            &as_member(owner),
            "Acme public news",
            "public",
            "project",
        )
        .await;
        let secret = create(
            &b,
            &as_admin(admin),
            "Acme takeover",
            "restricted",
            "client_team",
        )
        .await;
        // The admin created it, so the admin is its owner and adds people.
        invite(
            &b,
            &as_admin(admin),
            &secret,
            "owner@bank.example",
            "deal lead",
        )
        .await
        .unwrap();
        let outsider = as_member(erik);
        assert_eq!(
            err(get_community(&b, &outsider, &secret).await),
            AppError::NotFound
        );
        assert_eq!(
            err(get_community(&b, &outsider, "no-such-community").await),
            AppError::NotFound
        );
        assert_eq!(err(join(&b, &outsider, &secret).await), AppError::NotFound);
        assert_eq!(
            err(request_to_join(&b, &outsider, &secret, "").await),
            AppError::NotFound
        );
        assert_eq!(
            err(list_members(&b, &outsider, &secret, "", None).await),
            AppError::NotFound
        );
        assert_eq!(
            err(insider_list(&b, &outsider, &secret, 0, i64::MAX).await),
            AppError::NotFound
        );
        assert_eq!(
            names(&b, &outsider, "acme", false).await,
            vec!["Acme public news"]
        );
        assert_eq!(
            names(&b, &outsider, "takeover", false).await,
            Vec::<String>::new()
        );
        // Members see it; an admin outside it sees it only in the overview.
        assert_eq!(
            names(&b, &as_member(owner), "acme", false).await,
            vec!["Acme public news", "Acme takeover"]
        );
        let other_admin = account(&b, "admin2@bank.example", "Second Admin", true).await;
        assert_eq!(
            names(&b, &as_admin(other_admin), "acme", false).await,
            vec!["Acme public news"]
        );
        let overview = list_restricted(&b, &as_admin(other_admin), None)
            .await
            .unwrap();
        assert_eq!(overview.items.len(), 1);
        assert_eq!(overview.items[0].name, "Acme takeover");
        assert_eq!(overview.items[0].owners, vec!["Admin"]);
        assert_eq!(
            err(list_restricted(&b, &outsider, None).await),
            AppError::Forbidden
        );
    }
}

#[tokio::test]
async fn public_joins_in_one_click_and_moderated_goes_through_the_queue() {
    for b in backends().await {
        let owner = account(&b, "owner@bank.example", "Olle Owner", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let erik = account(&b, "erik@bank.example", "Erik", false).await;
        let public = create(&b, &as_member(owner), "Open", "public", "project").await;
        let m = join(&b, &as_member(anna), &public).await.unwrap();
        assert_eq!(m.my_role, Some(CommunityRole::Member));
        join(&b, &as_member(anna), &public).await.unwrap();
        assert_eq!(
            get_community(&b, &as_member(anna), &public)
                .await
                .unwrap()
                .member_count,
            2
        );

        let moderated = create(&b, &as_member(owner), "Risk forum", "moderated", "project").await;
        assert_eq!(
            err(join(&b, &as_member(anna), &moderated).await),
            AppError::Forbidden
        );
        let m = request_to_join(&b, &as_member(anna), &moderated, "I work in risk")
            .await
            .unwrap();
        assert!(m.request_pending && m.my_role.is_none());
        request_to_join(&b, &as_member(erik), &moderated, "")
            .await
            .unwrap();
        assert_eq!(
            err(list_requests(&b, &as_member(anna), &moderated).await),
            AppError::Forbidden
        );
        let queue = list_requests(&b, &as_member(owner), &moderated)
            .await
            .unwrap();
        assert_eq!(
            queue.iter().map(|r| r.message.as_str()).collect::<Vec<_>>(),
            vec!["I work in risk", ""]
        );
        decide_request(&b, &as_member(owner), &moderated, anna, true, "welcome")
            .await
            .unwrap();
        decide_request(
            &b,
            &as_member(owner),
            &moderated,
            erik,
            false,
            "not in risk",
        )
        .await
        .unwrap();
        let c = get_community(&b, &as_member(anna), &moderated)
            .await
            .unwrap();
        assert_eq!(
            (c.my_role, c.member_count, c.pending_requests),
            (Some(CommunityRole::Member), 2, None)
        );
        let c = get_community(&b, &as_member(erik), &moderated)
            .await
            .unwrap();
        assert_eq!((c.my_role, c.my_request_pending), (None, false));
        assert!(
            list_requests(&b, &as_member(owner), &moderated)
                .await
                .unwrap()
                .is_empty()
        );
        leave(&b, &as_member(anna), &moderated).await.unwrap();
        assert_eq!(names(&b, &as_member(anna), "", true).await, vec!["Open"]);
    }
}

#[tokio::test]
async fn the_cap_refuses_additions_beyond_it_and_records_the_refusal() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        for i in 0..4 {
            account(
                &b,
                &format!("p{i}@bank.example"),
                &format!("Person {i}"),
                false,
            )
            .await;
        }
        let owner = as_admin(admin);
        let slug = create_community(
            &b,
            &owner,
            new("Deal", "restricted", "client_team", Some(3)),
        )
        .await
        .unwrap()
        .slug;
        let e = err(invite(&b, &owner, &slug, "p0@bank.example", " ").await);
        assert!(
            matches!(e, AppError::ValidationFailed { .. }),
            "a reason is required"
        );
        invite(&b, &owner, &slug, "p0@bank.example", "analyst")
            .await
            .unwrap();
        assert_eq!(
            err(invite(&b, &owner, &slug, "p0@bank.example", "again").await),
            AppError::AlreadyMember
        );
        invite(&b, &owner, &slug, "p1@bank.example", "analyst")
            .await
            .unwrap();
        assert_eq!(
            err(invite(&b, &owner, &slug, "p2@bank.example", "one too many").await),
            AppError::MemberCapReached { cap: 3 }
        );
        // The organisation's cap applies when it is lower than the community's own.
        update_settings(
            &b,
            &owner,
            SettingsPatch {
                restricted_member_cap: Some(2),
                ..SettingsPatch::default()
            },
        )
        .await
        .unwrap();
        assert_eq!(
            get_community(&b, &owner, &slug).await.unwrap().member_cap,
            Some(2)
        );
        let periods = insider_list(&b, &owner, &slug, 0, i64::MAX).await.unwrap();
        assert_eq!(periods.len(), 3);
        assert_eq!(periods[1].reason, "analyst");
        let csv = insider_csv(&periods, &crate::i18n::I18n::new("en"));
        assert!(
            csv.lines().count() == 4 && csv.contains("p1@bank.example"),
            "{csv}"
        );
    }
}

#[tokio::test]
async fn two_invitations_for_the_last_seat_cannot_both_pass() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let owner = as_admin(admin);
        let slug = create_community(
            &b,
            &owner,
            new("Deal", "restricted", "client_team", Some(4)),
        )
        .await
        .unwrap()
        .slug;
        for i in 0..10 {
            account(
                &b,
                &format!("p{i}@bank.example"),
                &format!("Person {i}"),
                false,
            )
            .await;
        }
        invite(&b, &owner, &slug, "p0@bank.example", "seat")
            .await
            .unwrap();
        invite(&b, &owner, &slug, "p1@bank.example", "seat")
            .await
            .unwrap();
        // One seat left; eight invitations at the same moment.
        let mut tasks = Vec::new();
        for i in 2..10 {
            let (b, owner, slug) = (b.clone(), owner.clone(), slug.clone());
            tasks.push(tokio::spawn(async move {
                invite(&b, &owner, &slug, &format!("p{i}@bank.example"), "race")
                    .await
                    .map_err(AppError::from)
            }));
        }
        let mut passed = 0;
        for t in tasks {
            match t.await.unwrap() {
                Ok(()) => passed += 1,
                Err(e) => assert_eq!(e, AppError::MemberCapReached { cap: 4 }),
            }
        }
        assert_eq!(passed, 1);
        let c = get_community(&b, &owner, &slug).await.unwrap();
        assert_eq!(c.member_count, 4);
        let members = list_members(&b, &owner, &slug, "", None).await.unwrap();
        assert_eq!(members.items.len(), 4);
    }
}

#[tokio::test]
async fn a_community_always_keeps_an_owner_and_ownership_can_be_handed_over() {
    for b in backends().await {
        let olle = account(&b, "olle@bank.example", "Olle", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let slug = create(&b, &as_member(olle), "Team", "public", "project").await;
        let only_owner = get_community(&b, &as_member(olle), &slug).await.unwrap();
        assert!(
            !only_owner.can.leave,
            "the only owner is not offered to leave"
        );
        assert_eq!(
            err(leave(&b, &as_member(olle), &slug).await),
            AppError::LastOwner
        );
        assert_eq!(
            err(set_role(&b, &as_member(olle), &slug, olle, "member", "").await),
            AppError::LastOwner
        );
        join(&b, &as_member(anna), &slug).await.unwrap();
        assert_eq!(
            err(set_role(&b, &as_member(anna), &slug, anna, "owner", "").await),
            AppError::Forbidden
        );
        let member = get_community(&b, &as_member(anna), &slug).await.unwrap();
        assert!(member.can.leave, "a member may leave");
        set_role(&b, &as_member(olle), &slug, anna, "owner", "taking over")
            .await
            .unwrap();
        let one_of_two = get_community(&b, &as_member(olle), &slug).await.unwrap();
        assert!(one_of_two.can.leave, "one of two owners may leave");
        leave(&b, &as_member(olle), &slug).await.unwrap();
        let c = get_community(&b, &as_member(anna), &slug).await.unwrap();
        assert_eq!(
            c.owners.iter().map(|o| o.id).collect::<Vec<UserId>>(),
            vec![anna]
        );
        assert_eq!(c.member_count, 1);
    }
}

#[tokio::test]
async fn a_community_pages_heading_is_the_community_without_its_owners() {
    for b in backends().await {
        let olle = account(&b, "olle@bank.example", "Olle", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let eva = account(&b, "eva@bank.example", "Eva", false).await;
        let slug = create(&b, &as_member(olle), "Team", "public", "project").await;
        join(&b, &as_member(anna), &slug).await.unwrap();
        for (who, may_leave) in [(olle, false), (anna, true)] {
            let full = get_community(&b, &as_member(who), &slug).await.unwrap();
            let heading = get_community_heading(&b, &as_member(who), &slug)
                .await
                .unwrap();
            assert_eq!(
                full.owners.len(),
                1,
                "control: the full community lists its owner"
            );
            assert!(heading.owners.is_empty());
            assert_eq!(heading.can, full.can);
            assert_eq!(heading.can.leave, may_leave, "the only owner may not leave");
            assert_eq!((heading.name, heading.my_role), (full.name, full.my_role));
        }
        // The heading is refused as the community is: not found for a restricted one's outsider.
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        set_restricted_creator(&b, &as_admin(admin), olle, true)
            .await
            .unwrap();
        let hidden = create(&b, &as_member(olle), "Klient", "restricted", "client_team").await;
        assert_eq!(
            get_community_heading(&b, &as_member(olle), &hidden)
                .await
                .unwrap()
                .name,
            "Klient",
            "control: its member sees it"
        );
        assert_eq!(
            err(get_community_heading(&b, &as_member(eva), &hidden).await),
            AppError::NotFound
        );
    }
}

#[tokio::test]
async fn two_owners_leaving_at_once_leave_one_behind() {
    for b in backends().await {
        let olle = account(&b, "olle@bank.example", "Olle", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let slug = create(&b, &as_member(olle), "Team", "public", "project").await;
        join(&b, &as_member(anna), &slug).await.unwrap();
        set_role(&b, &as_member(olle), &slug, anna, "owner", "")
            .await
            .unwrap();
        let (b1, b2, s1, s2) = (b.clone(), b.clone(), slug.clone(), slug.clone());
        let a = tokio::spawn(async move {
            leave(&b1, &as_member(olle), &s1)
                .await
                .map_err(AppError::from)
        });
        let c = tokio::spawn(async move {
            leave(&b2, &as_member(anna), &s2)
                .await
                .map_err(AppError::from)
        });
        let results = [a.await.unwrap(), c.await.unwrap()];
        assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
        assert!(results.contains(&Err(AppError::LastOwner)));
    }
}

#[tokio::test]
async fn an_archived_community_is_read_only_and_a_deleted_one_is_gone_but_its_history_stays() {
    for b in backends().await {
        let olle = account(&b, "olle@bank.example", "Olle", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        account(&b, "erik@bank.example", "Erik", false).await;
        let slug = create(&b, &as_member(olle), "Team", "public", "project").await;
        join(&b, &as_member(anna), &slug).await.unwrap();
        assert_eq!(
            err(archive_community(&b, &as_member(anna), &slug, true).await),
            AppError::Forbidden
        );
        assert!(
            archive_community(&b, &as_member(olle), &slug, true)
                .await
                .unwrap()
                .archived
        );
        assert_eq!(
            err(leave(&b, &as_member(anna), &slug).await),
            AppError::CommunityArchived
        );
        assert_eq!(
            err(invite(&b, &as_member(olle), &slug, "erik@bank.example", "").await),
            AppError::CommunityArchived
        );
        assert!(get_community(&b, &as_member(anna), &slug).await.is_ok());
        archive_community(&b, &as_member(olle), &slug, false)
            .await
            .unwrap();
        invite(&b, &as_member(olle), &slug, "erik@bank.example", "")
            .await
            .unwrap();
        remove_member(&b, &as_member(olle), &slug, anna, "moved on")
            .await
            .unwrap();
        delete_community(&b, &as_member(olle), &slug).await.unwrap();
        assert_eq!(
            err(get_community(&b, &as_member(olle), &slug).await),
            AppError::NotFound
        );
        assert!(names(&b, &as_member(olle), "", false).await.is_empty());
        let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM community_history")
            .fetch_one(&b.db.pool)
            .await
            .unwrap();
        // created, joined, archived, unarchived, added, removed, deleted: refusals by the
        // policy change nothing, so they are not membership events.
        assert_eq!(kept, 7);
        let tamper = sqlx::query("UPDATE community_history SET reason = 'x'")
            .execute(&b.db.pool)
            .await;
        assert!(tamper.is_err(), "history is append-only");
        let erase = sqlx::query("DELETE FROM community_history")
            .execute(&b.db.pool)
            .await;
        assert!(erase.is_err(), "history is append-only");
    }
}

#[tokio::test]
async fn settings_save_tools_and_refuse_a_cap_below_the_members_or_an_admin_outside() {
    use crate::server::community::service::{CommunityPatch, update_community};
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let other_admin = account(&b, "admin2@bank.example", "Other Admin", true).await;
        account(&b, "p@bank.example", "Person", false).await;
        let owner = as_admin(admin);
        let slug = create_community(&b, &owner, new("Deal", "restricted", "client_team", None))
            .await
            .unwrap()
            .slug;
        invite(&b, &owner, &slug, "p@bank.example", "analyst")
            .await
            .unwrap();
        // A form with every tool box cleared sends one empty item.
        let patch = CommunityPatch {
            tools: Some(vec![String::new(), "wiki".into()]),
            description: Some("Refinancing".into()),
            ..Default::default()
        };
        let c = update_community(&b, &owner, &slug, patch).await.unwrap();
        assert_eq!(
            c.tools.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
            vec!["wiki"]
        );
        let below = CommunityPatch {
            member_cap: Some(1),
            ..Default::default()
        };
        let e = err(update_community(&b, &owner, &slug, below).await);
        assert!(
            matches!(e, AppError::ValidationFailed { ref fields } if fields[0].code == "below_member_count"),
            "{e:?}"
        );
        // An admin outside it governs it but cannot rewrite what it cannot read.
        let wipe = CommunityPatch {
            description: Some(String::new()),
            ..Default::default()
        };
        assert_eq!(
            err(update_community(&b, &as_admin(other_admin), &slug, wipe).await),
            AppError::Forbidden
        );
        assert_eq!(
            get_community(&b, &owner, &slug).await.unwrap().description,
            "Refinancing"
        );
    }
}

#[tokio::test]
async fn a_refused_request_cannot_then_be_approved_and_repeats_record_nothing() {
    for b in backends().await {
        let olle = account(&b, "olle@bank.example", "Olle", false).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let slug = create(&b, &as_member(olle), "Risk", "moderated", "project").await;
        request_to_join(&b, &as_member(anna), &slug, "first")
            .await
            .unwrap();
        request_to_join(&b, &as_member(anna), &slug, "second")
            .await
            .unwrap();
        let queue = list_requests(&b, &as_member(olle), &slug).await.unwrap();
        assert_eq!(queue[0].message, "second");
        decide_request(&b, &as_member(olle), &slug, anna, false, "no")
            .await
            .unwrap();
        assert_eq!(
            err(decide_request(&b, &as_member(olle), &slug, anna, true, "yes").await),
            AppError::NotFound
        );
        assert!(
            get_community(&b, &as_member(anna), &slug)
                .await
                .unwrap()
                .my_role
                .is_none()
        );
        set_role(&b, &as_member(olle), &slug, olle, "owner", "")
            .await
            .unwrap();
        archive_community(&b, &as_member(olle), &slug, true)
            .await
            .unwrap();
        archive_community(&b, &as_member(olle), &slug, true)
            .await
            .unwrap();
        let events: Vec<String> =
            sqlx::query_scalar("SELECT event FROM community_history ORDER BY id")
                .fetch_all(&b.db.pool)
                .await
                .unwrap();
        assert_eq!(events, vec!["created", "requested", "rejected", "archived"]);
    }
}

#[tokio::test]
async fn an_admin_exports_the_insider_list_of_a_deleted_community() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let owner_id = account(&b, "olle@bank.example", "Olle", false).await;
        let owner = as_member(owner_id);
        set_restricted_creator(&b, &as_admin(admin), owner_id, true)
            .await
            .unwrap();
        let slug = create_community(&b, &owner, new("Deal", "restricted", "client_team", None))
            .await
            .unwrap()
            .slug;
        delete_community(&b, &owner, &slug).await.unwrap();
        assert_eq!(
            err(insider_list(&b, &owner, &slug, 0, i64::MAX).await),
            AppError::NotFound
        );
        let periods = insider_list(&b, &as_admin(admin), &slug, 0, i64::MAX)
            .await
            .unwrap();
        assert_eq!(periods.len(), 1);
        assert!(
            periods[0].ended_at.is_some(),
            "deleting ended everyone's access"
        );
        let overview = list_restricted(&b, &as_admin(admin), None).await.unwrap();
        assert!(overview.items[0].deleted);
        assert_eq!(
            err(insider_list(&b, &as_admin(admin), "r-nothing", 0, i64::MAX).await),
            AppError::NotFound
        );
    }
}
