//! Wikis: a tree of pages, every save a version, conflicts that lose nothing, history,
//! differences, revert, moves, links between pages, who may write, and what a restricted
//! community's wiki keeps to itself.

use super::cast::Cast;
use crate::error::{AppError, FieldError};
use crate::model::content::NotificationKind;
use crate::model::ids::UserId;
use crate::model::wiki::DiffOp;
use crate::server::community::membership::join;
use crate::server::community::service::{CommunityPatch, archive_community, update_community};
use crate::server::content::writing::create_comment;
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;
use crate::server::notification;
use crate::server::testing::backends;
use crate::server::wiki::service::{
    NewPage, PageEdit, create, delete, diff, follow, get, history, move_page, revert, tree, update,
};

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

/// An admin, Anna who owns a public helpdesk (Erik joined it), Karin who owns a restricted
/// client team (Erik is in it), and Mikko who is in neither.
/// The shared cast, with `helpdesk` for Anna's public community.
struct World {
    cast: Cast,
}

impl std::ops::Deref for World {
    type Target = Cast;
    fn deref(&self) -> &Cast {
        &self.cast
    }
}

impl World {
    async fn new(b: Backend) -> Self {
        Self {
            cast: Cast::new(b, "IT Helpdesk", "helpdesk").await,
        }
    }

    async fn page(
        &self,
        who: UserId,
        slug: &str,
        title: &str,
        body: &str,
        parent: Option<i64>,
    ) -> i64 {
        let new = NewPage {
            community_slug: slug,
            title,
            body,
            lang: "sv",
            parent_id: parent,
            tags: &[],
        };
        create(&self.b, &self.ctx(who), new).await.unwrap().id
    }

    async fn edit(
        &self,
        who: UserId,
        id: i64,
        body: &str,
        base: i64,
    ) -> ServiceResult<crate::model::wiki::SavedPage> {
        let edit = PageEdit {
            id,
            title: None,
            body,
            base_version: base,
            summary: "",
            lang: None,
            tags: None,
        };
        update(&self.b, &self.ctx(who), edit).await
    }
}

#[tokio::test]
async fn a_wiki_is_a_tree_with_a_front_page_breadcrumbs_and_a_table_of_contents() {
    for b in backends().await {
        let w = World::new(b).await;
        let front = w
            .page(
                w.anna,
                &w.public,
                "Welcome",
                "# Start here\n\nAsk us.",
                None,
            )
            .await;
        let vpn = w
            .page(
                w.erik,
                &w.public,
                "VPN",
                "## Install\n\ntext\n\n## Connect\n\ntext",
                Some(front),
            )
            .await;
        let mac = w
            .page(
                w.erik,
                &w.public,
                "VPN on a Mac",
                "See [[VPN]] and [[Printers]].",
                Some(vpn),
            )
            .await;
        let printers = w
            .page(w.anna, &w.public, "Printing", "Printers.", None)
            .await;

        let t = tree(&w.b, &w.ctx(w.mikko), &w.public).await.unwrap();
        let order: Vec<(i64, u32)> = t.pages.iter().map(|p| (p.id, p.depth)).collect();
        assert_eq!(order, [(front, 0), (vpn, 1), (mac, 2), (printers, 0)]);
        assert!(t.pages[0].front && !t.pages[3].front);
        assert!(!t.can_create, "Mikko is not a member");
        assert!(
            tree(&w.b, &w.ctx(w.erik), &w.public)
                .await
                .unwrap()
                .can_create
        );

        let page = get(&w.b, &w.ctx(w.mikko), mac, None, false).await.unwrap();
        let crumbs: Vec<i64> = page.breadcrumbs.iter().map(|c| c.id).collect();
        assert_eq!(crumbs, [front, vpn]);
        assert_eq!(page.path, format!("/communities/{}/wiki/{mac}", w.public));
        // A link to a page that exists leads to it; one to a missing page offers to create it.
        assert!(
            page.body_html
                .contains(&format!("href=\"/communities/{}/wiki/{vpn}\"", w.public)),
            "{}",
            page.body_html
        );
        assert!(
            page.body_html.contains(&format!(
                "href=\"/communities/{}/wiki/new?title=Printers\"",
                w.public
            )),
            "{}",
            page.body_html
        );
        let vpn_page = get(&w.b, &w.ctx(w.mikko), vpn, None, false).await.unwrap();
        let anchors: Vec<&str> = vpn_page.toc.iter().map(|t| t.anchor.as_str()).collect();
        assert_eq!(anchors, ["h-install", "h-connect"]);
        assert_eq!(vpn_page.children.len(), 1);
        assert!(
            !vpn_page.can.edit && vpn_page.can.like,
            "a non-member reads and likes, but does not edit"
        );

        // Once "Printers" exists, the same stored page links to it.
        let new_printers = w
            .page(w.anna, &w.public, "printers", "All of them.", None)
            .await;
        let page = get(&w.b, &w.ctx(w.mikko), mac, None, false).await.unwrap();
        assert!(
            page.body_html.contains(&format!("/wiki/{new_printers}\"")),
            "{}",
            page.body_html
        );

        // A second page with the same title (in any case) is refused, and nothing is made.
        let dup = NewPage {
            community_slug: &w.public,
            title: "VPN ",
            body: "x",
            lang: "sv",
            parent_id: None,
            tags: &[],
        };
        assert_eq!(
            err(create(&w.b, &w.ctx(w.anna), dup).await),
            AppError::validation(vec![FieldError::new("title", "taken")])
        );
        assert_eq!(
            tree(&w.b, &w.ctx(w.anna), &w.public)
                .await
                .unwrap()
                .pages
                .len(),
            5
        );
    }
}

#[tokio::test]
async fn two_editors_from_one_version_one_wins_and_the_other_loses_nothing() {
    for b in backends().await {
        let w = World::new(b).await;
        let id = w
            .page(
                w.anna,
                &w.public,
                "Passwords",
                "Change it every year.",
                None,
            )
            .await;
        let (a, e) = tokio::join!(
            w.edit(w.anna, id, "Change it every second year.", 1),
            w.edit(w.erik, id, "Change it when told to.", 1)
        );
        let (won, lost) = match (a, e) {
            (Ok(saved), Err(e)) => (saved, AppError::from(e)),
            (Err(e), Ok(saved)) => (saved, AppError::from(e)),
            other => panic!("exactly one save must win: {other:?}"),
        };
        assert_eq!(won.version, 2);
        let AppError::EditConflict(conflict) = lost else {
            panic!("expected edit_conflict, got {lost:?}");
        };
        let crate::error::Conflict {
            current_version,
            current_body,
            your_body,
            ..
        } = *conflict;
        assert_eq!(current_version, 2);
        let page = get(&w.b, &w.ctx(w.mikko), id, None, false).await.unwrap();
        assert_eq!(
            current_body, page.body,
            "the refused editor gets the text as saved"
        );
        assert_ne!(your_body, page.body, "and their own text back");
        assert!(your_body.starts_with("Change it"));
        // A save from the new version goes through.
        let third = w
            .edit(w.erik, id, &format!("{}\n\n{your_body}", page.body), 2)
            .await
            .unwrap();
        assert_eq!(third.version, 3);
        // Saving the same text again makes no version.
        let same = w
            .edit(
                w.erik,
                id,
                &get(&w.b, &w.ctx(w.erik), id, None, false)
                    .await
                    .unwrap()
                    .body,
                3,
            )
            .await
            .unwrap();
        assert_eq!(same.version, 3);
        assert_eq!(
            history(&w.b, &w.ctx(w.mikko), id)
                .await
                .unwrap()
                .versions
                .len(),
            3
        );
    }
}

#[tokio::test]
async fn history_diff_and_revert_keep_every_version() {
    for b in backends().await {
        let w = World::new(b).await;
        let id = w
            .page(
                w.anna,
                &w.public,
                "Printers",
                "Use the printer on floor two.",
                None,
            )
            .await;
        let edit = PageEdit {
            id,
            title: Some("Printers and scanners"),
            body: "Use the colour printer on floor three.",
            base_version: 1,
            summary: "Moved floors",
            lang: None,
            tags: None,
        };
        update(&w.b, &w.ctx(w.erik), edit).await.unwrap();
        let h = history(&w.b, &w.ctx(w.mikko), id).await.unwrap();
        let versions: Vec<(i64, &str, UserId)> = h
            .versions
            .iter()
            .map(|v| (v.version, v.summary.as_str(), v.author.id))
            .collect();
        assert_eq!(versions, [(2, "Moved floors", w.erik), (1, "", w.anna)]);
        assert_eq!(
            h.versions[1].chars,
            "Use the printer on floor two.".chars().count() as i64
        );
        assert!(!h.can_revert);

        let d = diff(&w.b, &w.ctx(w.mikko), id, 1, 2).await.unwrap();
        assert!(d.title_changed);
        let inserted: String = d
            .parts
            .iter()
            .filter(|p| p.op == DiffOp::Insert)
            .map(|p| p.text.as_str())
            .collect();
        let deleted: String = d
            .parts
            .iter()
            .filter(|p| p.op == DiffOp::Delete)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            inserted.contains("colour") && inserted.contains("three"),
            "{:?}",
            d.parts
        );
        assert!(deleted.contains("two"), "{:?}", d.parts);
        assert_eq!(
            err(diff(&w.b, &w.ctx(w.mikko), id, 1, 9).await),
            AppError::validation(vec![FieldError::new("to", "not_found")])
        );

        let back = revert(&w.b, &w.ctx(w.anna), id, 1).await.unwrap();
        assert_eq!(back.version, 3);
        let page = get(&w.b, &w.ctx(w.mikko), id, None, false).await.unwrap();
        assert_eq!(
            (page.title.as_str(), page.body.as_str()),
            ("Printers", "Use the printer on floor two.")
        );
        let h = history(&w.b, &w.ctx(w.anna), id).await.unwrap();
        assert_eq!(h.versions.len(), 3, "nothing erased");
        assert_eq!(h.versions[0].reverted_from, Some(1));
        assert!(h.can_revert);
        assert_eq!(
            err(revert(&w.b, &w.ctx(w.mikko), id, 2).await),
            AppError::Forbidden,
            "a non-member of a public community may not revert"
        );
    }
}

#[tokio::test]
async fn moving_keeps_the_tree_a_tree() {
    for b in backends().await {
        let w = World::new(b).await;
        let front = w.page(w.anna, &w.public, "Welcome", "Hi", None).await;
        let a = w.page(w.anna, &w.public, "A", "a", None).await;
        let b1 = w.page(w.anna, &w.public, "B", "b", Some(a)).await;
        let c = w.page(w.anna, &w.public, "C", "c", None).await;
        // Under its own child: refused.
        assert_eq!(
            err(move_page(&w.b, &w.ctx(w.erik), a, Some(b1), 0).await),
            AppError::validation(vec![FieldError::new("parent_id", "inside_itself")])
        );
        assert_eq!(
            err(move_page(&w.b, &w.ctx(w.erik), front, Some(c), 0).await),
            AppError::validation(vec![FieldError::new("parent_id", "front_page")])
        );
        // C goes first under A, before B.
        move_page(&w.b, &w.ctx(w.erik), c, Some(a), 0)
            .await
            .unwrap();
        let t = tree(&w.b, &w.ctx(w.erik), &w.public).await.unwrap();
        let order: Vec<(i64, u32, i64)> = t
            .pages
            .iter()
            .map(|p| (p.id, p.depth, p.position))
            .collect();
        assert_eq!(order, [(front, 0, 0), (a, 0, 1), (c, 1, 0), (b1, 1, 1)]);
        // Deleting A (as the owner) moves its children up; the page is gone for everyone.
        assert_eq!(
            err(delete(&w.b, &w.ctx(w.erik), a).await),
            AppError::Forbidden
        );
        delete(&w.b, &w.ctx(w.anna), a).await.unwrap();
        let t = tree(&w.b, &w.ctx(w.erik), &w.public).await.unwrap();
        let order: Vec<(i64, u32)> = t.pages.iter().map(|p| (p.id, p.depth)).collect();
        assert_eq!(order, [(front, 0), (c, 0), (b1, 0)]);
        assert_eq!(
            err(get(&w.b, &w.ctx(w.anna), a, None, false).await),
            AppError::NotFound
        );
        // Its title is free again.
        w.page(w.erik, &w.public, "A", "again", None).await;
    }
}

#[tokio::test]
async fn a_restricted_wiki_answers_outsiders_like_a_missing_one() {
    for b in backends().await {
        let w = World::new(b).await;
        let id = w
            .page(w.erik, &w.secret, "Acme covenants", "Confidential", None)
            .await;
        // Control: members read and write it.
        assert_eq!(
            get(&w.b, &w.ctx(w.karin), id, None, false)
                .await
                .unwrap()
                .title,
            "Acme covenants"
        );
        w.edit(w.karin, id, "Still confidential", 1).await.unwrap();
        let missing = 987_654_321;
        for outsider in [w.mikko, w.admin] {
            let ctx = w.ctx(outsider);
            for target in [id, missing] {
                assert_eq!(
                    err(get(&w.b, &ctx, target, None, false).await),
                    AppError::NotFound
                );
                assert_eq!(err(history(&w.b, &ctx, target).await), AppError::NotFound);
                assert_eq!(
                    err(diff(&w.b, &ctx, target, 1, 2).await),
                    AppError::NotFound
                );
                assert_eq!(err(revert(&w.b, &ctx, target, 1).await), AppError::NotFound);
                assert_eq!(
                    err(move_page(&w.b, &ctx, target, None, 0).await),
                    AppError::NotFound
                );
                assert_eq!(err(delete(&w.b, &ctx, target).await), AppError::NotFound);
                assert_eq!(
                    err(follow(&w.b, &ctx, target, true).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(w.edit(outsider, target, "leak", 2).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(create_comment(&w.b, &ctx, target, "hi", "sv").await),
                    AppError::NotFound
                );
            }
            for slug in [w.secret.as_str(), "no-such-community"] {
                assert_eq!(err(tree(&w.b, &ctx, slug).await), AppError::NotFound);
                let new = NewPage {
                    community_slug: slug,
                    title: "x",
                    body: "x",
                    lang: "sv",
                    parent_id: None,
                    tags: &[],
                };
                assert_eq!(err(create(&w.b, &ctx, new).await), AppError::NotFound);
            }
            // A restricted page can never be a parent elsewhere either.
            let new = NewPage {
                community_slug: &w.public,
                title: "x",
                body: "x",
                lang: "sv",
                parent_id: Some(id),
                tags: &[],
            };
            let refused = err(create(&w.b, &w.ctx(w.anna), new).await);
            assert_eq!(
                refused,
                AppError::validation(vec![FieldError::new("parent_id", "not_found")])
            );
        }
    }
}

#[tokio::test]
async fn owners_can_keep_the_wiki_to_moderators_and_an_archive_is_read_only() {
    for b in backends().await {
        let w = World::new(b).await;
        let id = w.page(w.erik, &w.public, "Guide", "text", None).await;
        let patch = CommunityPatch {
            wiki_editors: Some("moderators".into()),
            ..CommunityPatch::default()
        };
        update_community(&w.b, &w.ctx(w.anna), &w.public, patch)
            .await
            .unwrap();
        assert_eq!(
            err(w.edit(w.erik, id, "more", 1).await),
            AppError::Forbidden
        );
        assert!(
            !get(&w.b, &w.ctx(w.erik), id, None, false)
                .await
                .unwrap()
                .can
                .edit
        );
        w.edit(w.anna, id, "more", 1).await.unwrap();
        archive_community(&w.b, &w.ctx(w.anna), &w.public, true)
            .await
            .unwrap();
        assert_eq!(
            err(w.edit(w.anna, id, "even more", 2).await),
            AppError::CommunityArchived
        );
        assert_eq!(
            get(&w.b, &w.ctx(w.mikko), id, None, false)
                .await
                .unwrap()
                .body,
            "more"
        );
    }
}

#[tokio::test]
async fn followers_hear_of_edits_and_comments_hang_under_the_page() {
    for b in backends().await {
        let w = World::new(b).await;
        let id = w.page(w.anna, &w.public, "Phones", "Android", None).await;
        follow(&w.b, &w.ctx(w.mikko), id, true).await.unwrap();
        w.edit(w.erik, id, "Android and iPhone", 1).await.unwrap();
        w.edit(w.erik, id, "Android, iPhone", 2).await.unwrap();
        for who in [w.anna, w.mikko] {
            let list = notification::list(&w.b, &w.ctx(who), None).await.unwrap();
            let edits: Vec<_> = list
                .items
                .iter()
                .filter(|n| n.kind == NotificationKind::PageEdited)
                .collect();
            assert_eq!(edits.len(), 1, "two edits, one grouped notice");
            assert_eq!(edits[0].content_id, Some(id));
        }
        // Control: Erik, who edited and does not follow, is not told.
        let list = notification::list(&w.b, &w.ctx(w.erik), None)
            .await
            .unwrap();
        assert!(
            list.items
                .iter()
                .all(|n| n.kind != NotificationKind::PageEdited)
        );

        create_comment(&w.b, &w.ctx(w.mikko), id, "Which models?", "sv")
            .await
            .unwrap();
        let page = get(&w.b, &w.ctx(w.erik), id, None, false).await.unwrap();
        assert_eq!(page.comments.len(), 1);
        assert_eq!(page.comment_count, 1);
    }
}

/// An answered question in the helpdesk: Mikko asks, Erik answers, Mikko accepts.
async fn answered(w: &World) -> (i64, i64) {
    use crate::server::content::writing::{NewPost, create_reply, create_topic};
    join(&w.b, &w.ctx(w.mikko), &w.public).await.unwrap();
    let post = NewPost {
        community_slug: Some(&w.public),
        title: "Hur byter jag lösenord?",
        body: "Jag har glömt mitt lösenord.",
        lang: "sv",
        tags: &[],
        published: true,
        question: Some(true),
    };
    let topic = create_topic(&w.b, &w.ctx(w.mikko), post).await.unwrap().id;
    let reply = create_reply(
        &w.b,
        &w.ctx(w.erik),
        topic,
        "Gå till **Inställningar** och välj Lösenord.",
        "sv",
    )
    .await
    .unwrap()
    .id;
    (topic, reply)
}

#[tokio::test]
async fn an_accepted_answer_is_kept_in_the_wiki_and_linked_both_ways() {
    use crate::server::content::forum::accept;
    use crate::server::content::thread::thread;
    use crate::server::wiki::promote::promote;
    for b in backends().await {
        let w = World::new(b).await;
        let (topic, reply) = answered(&w).await;
        assert_eq!(
            err(promote(&w.b, &w.ctx(w.mikko), topic).await),
            AppError::NotAnswered
        );
        accept(&w.b, &w.ctx(w.mikko), topic, Some(reply))
            .await
            .unwrap();
        // Neither asker, answerer nor moderator: refused; the asker: kept.
        join(&w.b, &w.ctx(w.karin), &w.public).await.unwrap();
        assert_eq!(
            err(promote(&w.b, &w.ctx(w.karin), topic).await),
            AppError::Forbidden
        );
        assert!(
            !thread(&w.b, &w.ctx(w.karin), topic, None)
                .await
                .unwrap()
                .can_keep_in_wiki
        );
        assert!(
            thread(&w.b, &w.ctx(w.erik), topic, None)
                .await
                .unwrap()
                .can_keep_in_wiki
        );
        let kept = promote(&w.b, &w.ctx(w.mikko), topic).await.unwrap();
        assert_eq!(
            promote(&w.b, &w.ctx(w.erik), topic).await.unwrap(),
            kept,
            "once"
        );

        let page = get(&w.b, &w.ctx(w.anna), kept.wiki_page_id, None, false)
            .await
            .unwrap();
        assert_eq!(page.title, "Hur byter jag lösenord?");
        assert_eq!(page.lang, "sv");
        assert!(
            page.body.contains("Jag har glömt") && page.body.contains("Inställningar"),
            "{}",
            page.body
        );
        assert_eq!(page.from_question.as_ref().map(|q| q.topic_id), Some(topic));
        let faq = page.parent_id.expect("under the FAQ section");
        let t = tree(&w.b, &w.ctx(w.anna), &w.public).await.unwrap();
        assert!(t.pages.iter().any(|p| p.id == faq && p.faq));
        let on_topic = thread(&w.b, &w.ctx(w.karin), topic, None).await.unwrap();
        assert_eq!(on_topic.wiki_page.as_deref(), Some(kept.path.as_str()));

        // Reached from the question: counted. Later edits leave the thread as it was.
        let seen = get(&w.b, &w.ctx(w.karin), kept.wiki_page_id, None, true)
            .await
            .unwrap();
        assert_eq!(seen.from_question.map(|q| q.forum_visits), Some(1));
        w.edit(w.anna, kept.wiki_page_id, "Ny text", page.version)
            .await
            .unwrap();
        let after = thread(&w.b, &w.ctx(w.karin), topic, None).await.unwrap();
        assert_eq!(after.item.body, "Jag har glömt mitt lösenord.");
        assert!(after.replies[0].item.body.contains("Inställningar"));
    }
}
