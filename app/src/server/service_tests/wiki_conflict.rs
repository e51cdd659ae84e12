//! Two people editing one page at once: the save that lost keeps its text for its editor,
//! who gets it back merged with the page as it is now, saves from it or discards it; and no
//! one else (least of all someone outside a restricted community) ever sees it.

use super::cast::Cast;
use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::wiki::SavedPage;
use crate::server::community::membership::leave;
use crate::server::fault::ServiceResult;
use crate::server::testing::backends;
use crate::server::wiki::conflict::{discard, merge};
use crate::server::wiki::service::{NewPage, PageEdit, create, get, update};

const V1: &str = "# VPN\nInstall the client.\nLog in with your card.\nCall 1234 if it fails.";

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

async fn page(c: &Cast, who: UserId, slug: &str) -> i64 {
    let new = NewPage {
        community_slug: slug,
        title: "VPN",
        body: V1,
        lang: "sv",
        parent_id: None,
        tags: &[],
    };
    create(&c.b, &c.ctx(who), new).await.unwrap().id
}

async fn edit(c: &Cast, who: UserId, id: i64, body: &str, base: i64) -> ServiceResult<SavedPage> {
    let edit = PageEdit {
        id,
        title: None,
        body,
        base_version: base,
        summary: "card readers",
        lang: None,
        tags: None,
    };
    update(&c.b, &c.ctx(who), edit).await
}

#[tokio::test]
async fn a_refused_edit_comes_back_merged_and_saves_from_the_new_version() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let id = page(&c, c.anna, &c.public).await;
        // Control: nothing is kept before anything was refused.
        assert_eq!(merge(&c.b, &c.ctx(c.anna), id).await.unwrap(), None);
        let theirs = V1.replace("the client", "the client from the portal");
        edit(&c, c.erik, id, &theirs, 1).await.unwrap();
        let ours = V1.replace("1234", "5678");
        let refused = err(edit(&c, c.anna, id, &ours, 1).await);
        let AppError::EditConflict(conflict) = refused else {
            panic!("expected edit_conflict, got {refused:?}");
        };
        assert_eq!(
            conflict.merge_path,
            format!("/communities/{}/wiki/{id}/edit", c.public)
        );
        let m = merge(&c.b, &c.ctx(c.anna), id).await.unwrap().unwrap();
        assert_eq!((m.base_version, m.current_version, m.conflicts), (1, 2, 0));
        assert_eq!(
            m.merged_body,
            "# VPN\nInstall the client from the portal.\nLog in with your card.\nCall 5678 if it fails."
        );
        assert_eq!(m.your_body, ours);
        assert_eq!(m.your_summary, "card readers");
        assert_eq!(m.merged_title, "VPN");
        let names: Vec<_> = m.saved_since_by.iter().map(|p| p.id).collect();
        assert_eq!(names, vec![c.erik]);
        // What Anna kept is hers alone: Erik, who won, has nothing kept.
        assert_eq!(merge(&c.b, &c.ctx(c.erik), id).await.unwrap(), None);
        // Saving the merge from the version it was made from goes through and forgets it.
        let saved = edit(&c, c.anna, id, &m.merged_body, m.current_version)
            .await
            .unwrap();
        assert_eq!(saved.version, 3);
        let now = get(&c.b, &c.ctx(c.mikko), id, None, false).await.unwrap();
        assert!(now.body.contains("portal") && now.body.contains("5678"));
        assert_eq!(merge(&c.b, &c.ctx(c.anna), id).await.unwrap(), None);
    }
}

#[tokio::test]
async fn the_same_line_changed_twice_keeps_both_and_discarding_forgets_them() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let id = page(&c, c.anna, &c.public).await;
        edit(&c, c.erik, id, &V1.replace("card", "smart card"), 1)
            .await
            .unwrap();
        // A refused edit a second time replaces what was kept the first time.
        err(edit(&c, c.anna, id, &V1.replace("card", "badge"), 1).await);
        err(edit(&c, c.anna, id, &V1.replace("card", "phone"), 1).await);
        let m = merge(&c.b, &c.ctx(c.anna), id).await.unwrap().unwrap();
        assert_eq!(m.conflicts, 1);
        assert!(m.merged_body.contains(
            "<<<<<<<\nLog in with your smart card.\n=======\nLog in with your phone.\n>>>>>>>"
        ));
        assert!(!m.merged_body.contains("badge"));
        let path = discard(&c.b, &c.ctx(c.anna), id).await.unwrap();
        assert_eq!(path, format!("/communities/{}/wiki/{id}", c.public));
        assert_eq!(merge(&c.b, &c.ctx(c.anna), id).await.unwrap(), None);
        let now = get(&c.b, &c.ctx(c.anna), id, None, false).await.unwrap();
        assert_eq!(
            (now.version, now.body),
            (2, V1.replace("card", "smart card"))
        );
    }
}

#[tokio::test]
async fn a_kept_edit_in_a_restricted_wiki_stays_inside_it() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let id = page(&c, c.karin, &c.secret).await;
        edit(&c, c.karin, id, &V1.replace("1234", "999"), 1)
            .await
            .unwrap();
        err(edit(&c, c.erik, id, &V1.replace("card", "Acme token"), 1).await);
        // Control: Erik, a member, has his text back.
        let kept = merge(&c.b, &c.ctx(c.erik), id).await.unwrap().unwrap();
        assert!(kept.merged_body.contains("Acme token"));
        let missing = 987_654_321;
        for outsider in [c.mikko, c.admin] {
            for target in [id, missing] {
                assert_eq!(
                    err(merge(&c.b, &c.ctx(outsider), target).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(discard(&c.b, &c.ctx(outsider), target).await),
                    AppError::NotFound
                );
            }
        }
        // Once out of the community, Erik no longer gets even his own kept text from it.
        leave(&c.b, &c.ctx(c.erik), &c.secret).await.unwrap();
        assert_eq!(
            err(merge(&c.b, &c.ctx(c.erik), id).await),
            AppError::NotFound
        );
    }
}
