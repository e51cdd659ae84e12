//! Account administration.

use super::{account, as_admin, as_member};
use crate::error::AppError;
use crate::server::account::service::{NewAccount, create_account, list_accounts, set_disabled};
use crate::server::policy::Actor;
use crate::server::testing::backends;

#[tokio::test]
async fn an_email_can_be_used_once_whatever_its_case() {
    for b in backends().await {
        account(&b, "anna@bank.example", "Anna", false).await;
        let again = NewAccount::parse(
            "ANNA@bank.example",
            "Other Anna",
            "long enough pass",
            false,
            None,
        )
        .unwrap();
        let e = AppError::from(create_account(&b, &Actor::System, again).await.unwrap_err());
        assert_eq!(e, AppError::EmailTaken);
    }
}

#[tokio::test]
async fn only_admins_create_and_disable_accounts() {
    for b in backends().await {
        let member = account(&b, "member@bank.example", "Member", false).await;
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        let new = || {
            NewAccount::parse("new@bank.example", "New", "long enough pass", false, None).unwrap()
        };
        let e = AppError::from(
            create_account(&b, &Actor::Member(member), new())
                .await
                .unwrap_err(),
        );
        assert_eq!(e, AppError::Forbidden);
        let e = AppError::from(
            create_account(&b, &Actor::Anonymous, new())
                .await
                .unwrap_err(),
        );
        assert_eq!(e, AppError::Unauthenticated);
        create_account(&b, &Actor::Admin(admin), new())
            .await
            .unwrap();
        let e = AppError::from(
            set_disabled(&b, &as_member(member).actor, admin, true)
                .await
                .unwrap_err(),
        );
        assert_eq!(e, AppError::Forbidden);
        let e = AppError::from(
            set_disabled(&b, &as_admin(admin).actor, admin, true)
                .await
                .unwrap_err(),
        );
        assert!(
            matches!(e, AppError::ValidationFailed { .. }),
            "an admin cannot lock themselves out"
        );
    }
}

#[tokio::test]
async fn the_account_list_pages_through_everyone_once() {
    for b in backends().await {
        let admin = account(&b, "admin@bank.example", "Admin", true).await;
        for i in 0..120 {
            let new = NewAccount::parse(
                &format!("user{i:03}@bank.example"),
                &format!("User {i}"),
                "long enough pass",
                false,
                None,
            )
            .unwrap();
            // Hashing 120 passwords is slow; insert through the service all the same.
            create_account(&b, &Actor::System, new).await.unwrap();
        }
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let page = list_accounts(&b, &Actor::Admin(admin), cursor.as_deref())
                .await
                .unwrap();
            assert!(page.items.len() <= 50);
            seen.extend(page.items.into_iter().map(|a| a.email));
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        assert_eq!(seen.len(), 121);
        let mut sorted = seen.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted, seen, "ordered by e-mail without repeats");
    }
}
