//! Profiles and the directory.

use super::{account, as_admin, as_member};
use crate::error::AppError;
use crate::server::account::service::set_disabled;
use crate::server::demo::seed_if_empty;
use crate::server::policy::Actor;
use crate::server::profile::service::{
    PeopleQuery, ProfilePatch, get_profile, search_people, update_profile,
};
use crate::server::testing::backends;

#[tokio::test]
async fn a_member_edits_their_own_profile_and_nobody_elses() {
    for b in backends().await {
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let erik = account(&b, "erik@bank.example", "Erik Johansson", false).await;
        let patch = ProfilePatch {
            title: Some("Helpdesk lead".into()),
            department: Some("Group IT".into()),
            country: Some("se".into()),
            read_languages: Some(vec!["sv".into(), "fi".into()]),
            expertise: Some(vec!["Windows".into(), "Onboarding".into()]),
            about: Some("Ask me about laptops.".into()),
            ..Default::default()
        };
        let p = update_profile(&b, &as_member(anna), anna, patch.clone())
            .await
            .unwrap();
        assert_eq!(
            (p.title.as_str(), p.country.as_str()),
            ("Helpdesk lead", "SE")
        );
        assert_eq!(p.expertise, vec!["Windows", "Onboarding"]);
        assert!(p.can_edit);
        let e = AppError::from(
            update_profile(&b, &as_member(erik), anna, patch)
                .await
                .unwrap_err(),
        );
        assert_eq!(e, AppError::Forbidden);
        let seen_by_erik = get_profile(&b, &as_member(erik), anna).await.unwrap();
        assert_eq!(seen_by_erik.about, "Ask me about laptops.");
        assert!(!seen_by_erik.can_edit);
    }
}

#[tokio::test]
async fn an_admin_edits_anyones_profile() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let patch = ProfilePatch {
            display_name: Some("Anna Lindqvist".into()),
            ..Default::default()
        };
        let p = update_profile(&b, &as_admin(admin), anna, patch)
            .await
            .unwrap();
        assert_eq!(p.display_name, "Anna Lindqvist");
        assert_eq!(p.initials, "AL");
    }
}

#[tokio::test]
async fn invalid_input_changes_nothing() {
    for b in backends().await {
        let anna = account(&b, "anna@bank.example", "Anna", false).await;
        let patch = ProfilePatch {
            title: Some("x".repeat(101)),
            about: Some("kept?".into()),
            ..Default::default()
        };
        let e = AppError::from(
            update_profile(&b, &as_member(anna), anna, patch)
                .await
                .unwrap_err(),
        );
        assert!(matches!(e, AppError::ValidationFailed { .. }));
        assert_eq!(
            get_profile(&b, &as_member(anna), anna).await.unwrap().about,
            ""
        );
    }
}

#[tokio::test]
async fn the_directory_finds_people_by_name_department_country_and_expertise() {
    for b in backends().await {
        assert_eq!(seed_if_empty(&b).await.unwrap(), 18);
        assert_eq!(
            seed_if_empty(&b).await.unwrap(),
            0,
            "seeding twice adds nobody"
        );
        let me = account(&b, "reader@bank.example", "Reader", false).await;
        let ctx = as_member(me);
        let names = |q: PeopleQuery| {
            let b = b.clone();
            let ctx = ctx.clone();
            async move {
                search_people(&b, &ctx, &q)
                    .await
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|p| p.display_name)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(
            names(PeopleQuery {
                q: "lind".into(),
                ..Default::default()
            })
            .await,
            vec!["Anna Lindqvist"]
        );
        assert_eq!(
            names(PeopleQuery {
                q: "bērz".into(),
                ..Default::default()
            })
            .await,
            vec!["Jānis Bērziņš"]
        );
        assert_eq!(
            names(PeopleQuery {
                q: "an".into(),
                country: "se".into(),
                ..Default::default()
            })
            .await,
            vec!["Anna Lindqvist"]
        );
        assert_eq!(
            names(PeopleQuery {
                department: "group it".into(),
                ..Default::default()
            })
            .await,
            vec![
                "Anna Lindqvist",
                "Astrid Admin",
                "Jonas Petraitis",
                "Lars Nielsen"
            ]
        );
        assert_eq!(
            names(PeopleQuery {
                expertise: "mortgages".into(),
                ..Default::default()
            })
            .await,
            vec!["Aino Korhonen", "Jānis Bērziņš"]
        );
        assert!(
            names(PeopleQuery {
                q: "zzz".into(),
                ..Default::default()
            })
            .await
            .is_empty()
        );
    }
}

#[tokio::test]
async fn paging_the_directory_returns_everyone_once_in_name_order() {
    for b in backends().await {
        seed_if_empty(&b).await.unwrap();
        let me = account(&b, "reader@bank.example", "Reader", false).await;
        let mut all = Vec::new();
        let mut cursor = None;
        loop {
            let page = search_people(
                &b,
                &as_member(me),
                &PeopleQuery {
                    cursor: cursor.clone(),
                    ..Default::default()
                },
            )
            .await
            .unwrap();
            all.extend(
                page.items
                    .into_iter()
                    .map(|p| p.display_name.to_lowercase()),
            );
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(all.len(), 19);
        let mut sorted = all.clone();
        sorted.sort();
        assert_eq!(all, sorted);
    }
}

#[tokio::test]
async fn disabled_people_leave_the_directory_and_their_profile_is_not_found() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        set_disabled(&b, &Actor::Admin(admin), anna, true)
            .await
            .unwrap();
        let found = search_people(
            &b,
            &as_admin(admin),
            &PeopleQuery {
                q: "anna".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        assert!(found.items.is_empty());
        let e = AppError::from(get_profile(&b, &as_admin(admin), anna).await.unwrap_err());
        assert_eq!(e, AppError::NotFound);
    }
}

#[tokio::test]
async fn the_directory_needs_a_login() {
    for b in backends().await {
        let ctx = crate::server::ctx::RequestCtx::for_actor(Actor::Anonymous);
        let e = AppError::from(
            search_people(&b, &ctx, &PeopleQuery::default())
                .await
                .unwrap_err(),
        );
        assert_eq!(e, AppError::Unauthenticated);
    }
}

#[tokio::test]
async fn a_newcomer_is_offered_the_helpdesk_colleagues_and_the_empty_profile_fields() {
    use crate::server::community::input::NewCommunity;
    use crate::server::community::membership::join;
    use crate::server::community::service::create_community;
    use crate::server::content::social::follow_person;
    use crate::server::welcome::welcome;
    for b in backends().await {
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let olle = account(&b, "olle@bank.example", "Olle Berg", false).await;
        let nova = account(&b, "nova@bank.example", "Nova Nilsson", false).await;
        let it = ProfilePatch {
            department: Some("Group IT".into()),
            country: Some("se".into()),
            ..Default::default()
        };
        update_profile(&b, &as_member(anna), anna, it.clone())
            .await
            .unwrap();
        update_profile(&b, &as_member(nova), nova, it)
            .await
            .unwrap();
        for (name, template) in [("Fika", "project"), ("IT Helpdesk", "helpdesk")] {
            let new =
                NewCommunity::parse(name, "", "public", template, vec!["sv".into()], None, 30)
                    .unwrap();
            create_community(&b, &as_member(olle), new).await.unwrap();
        }
        let w = welcome(&b, &as_member(nova)).await.unwrap();
        assert!(w.show);
        let names: Vec<&str> = w.communities.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(
            names.first(),
            Some(&"IT Helpdesk"),
            "the helpdesk first: {names:?}"
        );
        let people: Vec<_> = w.people.iter().map(|p| p.id).collect();
        assert_eq!(
            people.first(),
            Some(&anna),
            "a colleague of the same department first"
        );
        assert!(!people.contains(&nova), "never oneself");
        assert_eq!(w.missing, ["title", "expertise", "about"]);
        // Someone already followed is not suggested again.
        follow_person(&b, &as_member(nova), anna, true)
            .await
            .unwrap();
        let w = welcome(&b, &as_member(nova)).await.unwrap();
        assert!(!w.people.iter().any(|p| p.id == anna));
        // A member somewhere is offered no communities or colleagues, only the profile line.
        join(&b, &as_member(nova), "it-helpdesk").await.unwrap();
        let w = welcome(&b, &as_member(nova)).await.unwrap();
        assert!(!w.show && w.communities.is_empty() && w.people.is_empty());
        assert_eq!(w.missing, ["title", "expertise", "about"]);
        let full = ProfilePatch {
            title: Some("Analyst".into()),
            expertise: Some(vec!["Risk".into()]),
            about: Some("New here.".into()),
            ..Default::default()
        };
        update_profile(&b, &as_member(nova), nova, full)
            .await
            .unwrap();
        let w = welcome(&b, &as_member(nova)).await.unwrap();
        assert!(!w.show);
        assert!(w.communities.is_empty() && w.people.is_empty() && w.missing.is_empty());
    }
}
