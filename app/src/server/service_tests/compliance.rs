//! The client-name guard on every write, the hold queue from both sides, the watchlist's
//! CSV, and the audit trail: what it records, and `verify` finding an edited, a removed, a
//! swapped and a cut-off entry.

use super::cast::Cast;
use crate::error::AppError;
use crate::model::guard::{GuardMatch, HeldStatus};
use crate::model::language::NewTranslation;
use crate::server::audit::verify::{Break, RecordedHead, verify};
use crate::server::community::input::NewCommunity;
use crate::server::community::service::{CommunityPatch, create_community, update_community};
use crate::server::compliance::queue;
use crate::server::compliance::watchlist::{self, RawEntry};
use crate::server::compliance::{set_officer, trail};
use crate::server::content::thread::thread;
use crate::server::content::translation;
use crate::server::content::writing::{
    NewPost, create_blog_post, create_comment, create_reply, create_status, create_topic, update,
};
use crate::server::ctx::Backend;
use crate::server::fault::ServiceResult;
use crate::server::files::service::{
    FileChange, UploadTarget, create_folder, finish_upload, prepare_upload, update_file,
    update_folder,
};
use crate::server::guard::screen::check;
use crate::server::profile::service::{ProfilePatch, update_profile};
use crate::server::settings::{SettingsPatch, update_settings};
use crate::server::testing::backends;
use crate::server::wiki::service::{self as wiki, NewPage, PageEdit};

fn matches<T: std::fmt::Debug>(r: ServiceResult<T>) -> Vec<GuardMatch> {
    match AppError::from(r.expect_err("the guard should refuse")) {
        AppError::ClientName { matches } => matches,
        other => panic!("expected client_name, got {other:?}"),
    }
}

/// The match is Fjordkraft, in `field`.
fn caught<T: std::fmt::Debug>(r: ServiceResult<T>, field: &str) {
    let m = matches(r);
    assert!(
        m.iter().any(|m| m.field == field && m.name == "Fjordkraft"),
        "{field}: {m:?}"
    );
}

/// The cast with Karin as compliance officer and Fjordkraft on the watchlist, allowed in
/// Karin's restricted client team (which has a blog too).
async fn world(b: Backend) -> Cast {
    let w = Cast::new(b, "Green loans", "project").await;
    set_officer(&w.b, &w.ctx(w.admin), w.karin, true)
        .await
        .unwrap();
    let raw = RawEntry {
        name: "Fjordkraft".into(),
        aliases: vec!["Fjordkraft Holding".into()],
        legal_form: Some("ASA".into()),
        strictness: "always".into(),
        allowed_communities: vec![w.secret.clone()],
    };
    watchlist::create(&w.b, &w.ctx(w.karin), &raw)
        .await
        .unwrap();
    let tools = CommunityPatch {
        tools: Some(vec![
            "blog".into(),
            "forum".into(),
            "wiki".into(),
            "files".into(),
        ]),
        ..CommunityPatch::default()
    };
    update_community(&w.b, &w.ctx(w.karin), &w.secret, tools)
        .await
        .unwrap();
    w
}

fn post<'a>(slug: &'a str, title: &'a str, body: &'a str) -> NewPost<'a> {
    NewPost {
        community_slug: Some(slug),
        title,
        body,
        lang: "sv",
        tags: &[],
        published: true,
        question: None,
    }
}

const NAMED: &str = "I dag besöker jag Fjordkrafts kontor.";

/// Every kind of write, once where the name may not be written (refused, with the field)
/// and once in the restricted community where it may (saved).
#[tokio::test]
async fn every_write_is_refused_outside_and_saved_inside_the_allowed_community() {
    for b in backends().await {
        let w = world(b).await;
        let erik = w.ctx(w.erik);
        let (public, secret) = (w.public.as_str(), w.secret.as_str());
        // Status updates: on one's profile, in a public community; in the client team.
        caught(create_status(&w.b, &erik, NAMED, "sv", None).await, "text");
        caught(
            create_status(&w.b, &erik, NAMED, "sv", Some(public)).await,
            "text",
        );
        create_status(&w.b, &erik, NAMED, "sv", Some(secret))
            .await
            .unwrap();
        // Blog posts and topics: title, body.
        caught(
            create_blog_post(&w.b, &erik, post(public, "Fjordkraft", "x")).await,
            "title",
        );
        create_blog_post(&w.b, &erik, post(secret, "Fjordkraft", NAMED))
            .await
            .unwrap();
        caught(
            create_topic(&w.b, &erik, post(public, "Fråga", NAMED)).await,
            "body",
        );
        let open_topic = create_topic(&w.b, &erik, post(public, "Fråga", "Ren text"))
            .await
            .unwrap()
            .id;
        let team_topic = create_topic(&w.b, &erik, post(secret, "Fjordkraft", NAMED))
            .await
            .unwrap()
            .id;
        // Tags are written text too.
        let tags = vec!["fjordkraft".to_owned()];
        let tagged = NewPost {
            tags: &tags,
            ..post(public, "Fråga", "Ren text")
        };
        caught(create_topic(&w.b, &erik, tagged).await, "tags");
        // Replies, comments, edits, translations.
        caught(
            create_reply(&w.b, &erik, open_topic, NAMED, "sv").await,
            "body",
        );
        let reply = create_reply(&w.b, &erik, team_topic, NAMED, "sv")
            .await
            .unwrap()
            .id;
        let open_reply = create_reply(&w.b, &erik, open_topic, "Svar", "sv")
            .await
            .unwrap()
            .id;
        caught(
            create_comment(&w.b, &erik, open_reply, NAMED, "sv").await,
            "body",
        );
        create_comment(&w.b, &erik, reply, NAMED, "sv")
            .await
            .unwrap();
        caught(
            update(
                &w.b,
                &erik,
                open_topic,
                Some("Fjordkraft?"),
                "x",
                None,
                None,
            )
            .await,
            "title",
        );
        update(&w.b, &erik, team_topic, None, NAMED, None, None)
            .await
            .unwrap();
        let into_english = |id: i64| NewTranslation {
            original_id: id,
            lang: "en".into(),
            title: Some("Question".into()),
            body: "Visiting Fjordkraft today.".into(),
        };
        caught(
            translation::create(&w.b, &erik, into_english(open_topic)).await,
            "body",
        );
        translation::create(&w.b, &erik, into_english(team_topic))
            .await
            .unwrap();
        // Wiki pages and their edits.
        let page = |slug: &'static str, title: &'static str, body: &'static str| NewPage {
            community_slug: slug,
            title,
            body,
            lang: "sv",
            parent_id: None,
            tags: &[],
        };
        let public_static: &'static str = Box::leak(public.to_owned().into_boxed_str());
        let secret_static: &'static str = Box::leak(secret.to_owned().into_boxed_str());
        caught(
            wiki::create(&w.b, &erik, page(public_static, "Kunder", NAMED)).await,
            "body",
        );
        let open_page = wiki::create(&w.b, &erik, page(public_static, "Kunder", "Inga namn"))
            .await
            .unwrap()
            .id;
        let team_page = wiki::create(&w.b, &erik, page(secret_static, "Fjordkraft", NAMED))
            .await
            .unwrap()
            .id;
        let edit = |id: i64| PageEdit {
            id,
            title: None,
            body: NAMED,
            base_version: 1,
            summary: "",
            lang: None,
            tags: None,
        };
        caught(wiki::update(&w.b, &erik, edit(open_page)).await, "body");
        wiki::update(&w.b, &erik, edit(team_page)).await.unwrap();
        // Files: folder names, file names, descriptions.
        caught(
            create_folder(&w.b, &erik, Some(public), None, "Fjordkraft").await,
            "name",
        );
        let folder = create_folder(&w.b, &erik, Some(public), None, "Avtal")
            .await
            .unwrap()
            .id;
        caught(
            update_folder(&w.b, &erik, folder, Some("Fjordkraft 2027"), None).await,
            "name",
        );
        create_folder(&w.b, &erik, Some(secret), None, "Fjordkraft")
            .await
            .unwrap();
        let upload = |slug: &str, description: &str| UploadTarget {
            community_slug: Some(slug.to_owned()),
            lang: "sv".into(),
            description: description.to_owned(),
            ..UploadTarget::default()
        };
        let put = |target: UploadTarget, name: &'static str| {
            let b = w.b.clone();
            let ctx = erik.clone();
            async move {
                let plan = prepare_upload(&b, &ctx, target).await?;
                let mut incoming = b.files.begin(plan.limit).await?;
                incoming.write(b"bytes").await?;
                finish_upload(&b, &ctx, plan, incoming, name).await
            }
        };
        caught(put(upload(public, ""), "Fjordkraft.pdf").await, "file");
        caught(put(upload(public, NAMED), "avtal.pdf").await, "description");
        let open_file = put(upload(public, ""), "avtal.pdf").await.unwrap().id;
        put(upload(secret, NAMED), "Fjordkraft.pdf").await.unwrap();
        let rename = FileChange {
            name: Some("Fjordkraft-avtal.pdf".into()),
            ..FileChange::default()
        };
        caught(update_file(&w.b, &erik, open_file, rename).await, "name");
        // Communities that are not restricted: name and description.
        let new = |name: &str, description: &str, vis: &str| {
            NewCommunity::parse(
                name,
                description,
                vis,
                "project",
                vec!["sv".into()],
                None,
                30,
            )
            .unwrap()
        };
        caught(
            create_community(&w.b, &w.ctx(w.anna), new("Fjordkraft-teamet", "", "public")).await,
            "name",
        );
        caught(
            create_community(&w.b, &w.ctx(w.anna), new("Energi", NAMED, "moderated")).await,
            "description",
        );
        let rename = CommunityPatch {
            description: Some(NAMED.into()),
            ..CommunityPatch::default()
        };
        caught(
            update_community(&w.b, &w.ctx(w.anna), public, rename).await,
            "description",
        );
        // Profiles.
        let about = ProfilePatch {
            about: Some(NAMED.into()),
            ..ProfilePatch::default()
        };
        caught(update_profile(&w.b, &erik, w.erik, about).await, "about");
        let expertise = ProfilePatch {
            expertise: Some(vec!["Fjordkraft".into()]),
            ..ProfilePatch::default()
        };
        caught(
            update_profile(&w.b, &erik, w.erik, expertise).await,
            "expertise",
        );
        // A refused write saved nothing: the public topic has its one reply only.
        let t = thread(&w.b, &erik, open_topic, None).await.unwrap();
        assert_eq!(t.replies.len(), 1);
    }
}

#[tokio::test]
async fn the_check_gives_offsets_in_utf16_and_bytes_and_knows_the_allowed_community() {
    for b in backends().await {
        let w = world(b).await;
        let erik = w.ctx(w.erik);
        let text = "Möte 🙂 med Fjordkraft:s vd";
        let m = check(&w.b, &erik, text, None, Some("sv"))
            .await
            .unwrap()
            .matches;
        assert_eq!(m.len(), 1);
        let at = text.find("Fjordkraft").unwrap();
        assert_eq!(
            (m[0].start_byte, m[0].end_byte),
            (at, text.len() - " vd".len())
        );
        let utf16 = |s: &str| s.encode_utf16().count();
        assert_eq!(m[0].start, utf16(&text[..at]));
        assert_eq!(m[0].end, utf16(text) - utf16(" vd"));
        assert_eq!(m[0].start_utf16, m[0].start);
        // In the client team the name may be written; Mikko, outside it, learns nothing of it.
        assert!(
            check(&w.b, &erik, text, Some(&w.secret), None)
                .await
                .unwrap()
                .matches
                .is_empty()
        );
        assert_eq!(
            AppError::from(
                check(&w.b, &w.ctx(w.mikko), text, Some(&w.secret), None)
                    .await
                    .unwrap_err()
            ),
            AppError::NotFound
        );
    }
}

#[tokio::test]
async fn a_held_write_waits_for_an_officer_and_is_seen_only_by_its_author_and_officers() {
    for b in backends().await {
        let w = world(b).await;
        let hold = SettingsPatch {
            guard_mode: Some("hold".into()),
            ..SettingsPatch::default()
        };
        update_settings(&w.b, &w.ctx(w.admin), hold).await.unwrap();
        let erik = w.ctx(w.erik);
        let held = create_status(&w.b, &erik, NAMED, "sv", Some(&w.public)).await;
        let AppError::HeldForReview { id } = AppError::from(held.unwrap_err()) else {
            panic!("expected held_for_review");
        };
        // Writes the queue cannot hold are refused as before.
        let about = ProfilePatch {
            about: Some(NAMED.into()),
            ..ProfilePatch::default()
        };
        caught(update_profile(&w.b, &erik, w.erik, about).await, "about");
        // The author and the officer see it; Mikko and the admin (not an officer) do not.
        let mine = queue::list(&w.b, &erik, true, None).await.unwrap();
        assert_eq!(mine.items.len(), 1);
        assert_eq!(mine.items[0].texts[0].text, NAMED);
        assert_eq!(mine.items[0].status, HeldStatus::Held);
        assert!(
            !mine.items[0].may_decide,
            "nobody decides on their own text"
        );
        let officer = queue::list(&w.b, &w.ctx(w.karin), true, None)
            .await
            .unwrap();
        assert_eq!(
            officer.items.iter().map(|i| i.id).collect::<Vec<_>>(),
            vec![id]
        );
        assert!(officer.items[0].may_decide);
        for outsider in [w.mikko, w.admin] {
            assert!(
                queue::list(&w.b, &w.ctx(outsider), false, None)
                    .await
                    .unwrap()
                    .items
                    .is_empty()
            );
            let refused = queue::decide(&w.b, &w.ctx(outsider), id, true, "").await;
            assert_eq!(AppError::from(refused.unwrap_err()), AppError::NotFound);
        }
        // Not in the stream before it is released.
        let before = thread(&w.b, &erik, id, None).await;
        assert!(before.is_err() || before.unwrap().item.body != NAMED);
        // Released by the officer: written as Erik, where he asked.
        let decided = queue::decide(&w.b, &w.ctx(w.karin), id, true, "Public contract")
            .await
            .unwrap();
        assert_eq!(decided, HeldStatus::Released);
        let after = queue::list(&w.b, &erik, false, None).await.unwrap();
        let url = after.items[0].url.clone().unwrap();
        let item_id: i64 = url.trim_start_matches("/posts/").parse().unwrap();
        let t = thread(&w.b, &w.ctx(w.mikko), item_id, None).await.unwrap();
        assert_eq!(t.item.body, NAMED);
        assert_eq!(t.item.author.id, w.erik);
        assert_eq!(after.items[0].reason, "Public contract");
        // Deciding again changes nothing; a rejection writes nothing.
        assert_eq!(
            queue::decide(&w.b, &w.ctx(w.karin), id, false, "")
                .await
                .unwrap(),
            HeldStatus::Released
        );
        let second = create_topic(&w.b, &erik, post(&w.public, "Fjordkraft", "x")).await;
        let AppError::HeldForReview { id: second } = AppError::from(second.unwrap_err()) else {
            panic!("expected held_for_review");
        };
        queue::decide(&w.b, &w.ctx(w.karin), second, false, "Client name")
            .await
            .unwrap();
        let rejected = queue::list(&w.b, &erik, false, None).await.unwrap();
        assert_eq!(rejected.items[0].status, HeldStatus::Rejected);
        assert!(rejected.items[0].url.is_none());
        // An officer does not release their own write.
        let own = create_status(&w.b, &w.ctx(w.karin), NAMED, "sv", None).await;
        let AppError::HeldForReview { id: own } = AppError::from(own.unwrap_err()) else {
            panic!("expected held_for_review");
        };
        assert_eq!(
            AppError::from(
                queue::decide(&w.b, &w.ctx(w.karin), own, true, "")
                    .await
                    .unwrap_err()
            ),
            AppError::Forbidden
        );
        // Each decision and hit is in the trail.
        let q = trail::TrailQuery::default();
        let entries = trail::page(&w.b, &w.ctx(w.karin), &q)
            .await
            .unwrap()
            .entries;
        let actions: Vec<&str> = entries.iter().map(|e| e.action.as_str()).collect();
        assert!(actions.contains(&"held_released"), "{actions:?}");
        assert!(actions.contains(&"held_rejected"), "{actions:?}");
        assert!(actions.iter().filter(|a| **a == "guard_hit").count() >= 4);
    }
}

#[tokio::test]
async fn the_watchlist_goes_out_and_in_as_csv_and_a_bad_line_saves_nothing() {
    for b in backends().await {
        let w = world(b).await;
        let karin = w.ctx(w.karin);
        let csv = watchlist::export_csv(&w.b, &karin).await.unwrap();
        assert!(
            csv.contains("Fjordkraft,Fjordkraft Holding,ASA,always,"),
            "{csv}"
        );
        assert!(csv.contains(&w.secret));
        // A spreadsheet's file: semicolons, a formula defused, a new client and a change.
        let import = format!(
            "name;aliases;legal_form;strictness;allowed_communities\r\n\
             Fjordkraft;FKR|Fjordkraft Holding;ASA;capitalised;{}\r\n\
             Polar;;;capitalised;\r\n\
             \"'=Nord\";;AS;with_legal_form;\r\n",
            w.secret
        );
        let report = watchlist::import_csv(&w.b, &karin, &import).await.unwrap();
        assert_eq!((report.created, report.updated), (2, 1), "{report:?}");
        let list = watchlist::list(&w.b, &karin, None, None).await.unwrap();
        assert_eq!(list.total, 3);
        let names: Vec<&str> = list.entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, vec!["=Nord", "Fjordkraft", "Polar"]);
        // One bad line: nothing saved, the line and the problem named.
        let bad = "name,strictness,allowed_communities\nTelia,always,\nNokia,sometimes,\nOrlen,always,no-such\n";
        let report = watchlist::import_csv(&w.b, &karin, bad).await.unwrap();
        let problems: Vec<(usize, &str)> = report
            .problems
            .iter()
            .map(|p| (p.line, p.code.as_str()))
            .collect();
        assert_eq!(
            problems,
            vec![
                (3, "strictness_invalid_choice"),
                (4, "allowed_communities_not_restricted")
            ]
        );
        assert_eq!(
            watchlist::list(&w.b, &karin, None, None)
                .await
                .unwrap()
                .total,
            3
        );
        // Only officers keep the list.
        for other in [w.erik, w.admin] {
            let r = watchlist::export_csv(&w.b, &w.ctx(other)).await;
            assert_eq!(AppError::from(r.unwrap_err()), AppError::Forbidden);
        }
    }
}

#[tokio::test]
async fn reads_in_a_restricted_community_are_in_the_trail_and_reads_elsewhere_are_not() {
    for b in backends().await {
        let w = world(b).await;
        let erik = w.ctx(w.erik);
        let secret_topic = create_topic(&w.b, &erik, post(&w.secret, "Plan", "Text"))
            .await
            .unwrap()
            .id;
        let open_topic = create_topic(&w.b, &erik, post(&w.public, "Plan", "Text"))
            .await
            .unwrap()
            .id;
        thread(&w.b, &w.ctx(w.karin), secret_topic, None)
            .await
            .unwrap();
        thread(&w.b, &w.ctx(w.mikko), open_topic, None)
            .await
            .unwrap();
        // A stream showing the client team's items is a read of them too.
        let langs = crate::model::language::LanguageRequest::default();
        let home = crate::server::content::stream::home(&w.b, &erik, None, None, &langs)
            .await
            .unwrap();
        assert!(home.items.iter().any(|i| i.id == secret_topic));
        // So are a search and the suggestions as one types whose hits hold them.
        crate::server::search::indexer::Indexer::start(&w.b)
            .await
            .unwrap();
        let req = crate::server::search::service::SearchRequest {
            q: "plan".into(),
            all_languages: Some(true),
            ..Default::default()
        };
        let found = crate::server::search::service::search(&w.b, &erik, req.clone())
            .await
            .unwrap();
        assert!(found.hits.iter().any(|h| h.id == secret_topic));
        let offered = crate::server::search::suggest::suggest(&w.b, &erik, "pla")
            .await
            .unwrap();
        assert!(offered.suggestions.iter().any(|s| s.id == secret_topic));
        // Mikko, outside the team, finds only the open topic: nothing of his is recorded.
        crate::server::search::service::search(&w.b, &w.ctx(w.mikko), req)
            .await
            .unwrap();
        w.b.audit.flush().await;
        let q = trail::TrailQuery {
            community_slug: Some(&w.secret),
            ..trail::TrailQuery::default()
        };
        let entries = trail::page(&w.b, &w.ctx(w.karin), &q)
            .await
            .unwrap()
            .entries;
        let reads: Vec<(Option<i64>, Option<i64>)> = entries
            .iter()
            .filter(|e| e.action == "item_read")
            .map(|e| (e.actor_id, e.subject_id))
            .collect();
        assert_eq!(reads, vec![(Some(w.karin.0), Some(secret_topic))]);
        let streamed = entries
            .iter()
            .find(|e| e.action == "stream_read")
            .expect("the stream read is recorded");
        assert_eq!(streamed.actor_id, Some(w.erik.0));
        assert!(streamed.detail.contains(&secret_topic.to_string()));
        for action in ["search_hits", "suggest_hits"] {
            let e = entries
                .iter()
                .find(|e| e.action == action)
                .unwrap_or_else(|| panic!("{action} is recorded"));
            assert_eq!(e.actor_id, Some(w.erik.0));
            assert!(e.detail.contains(&secret_topic.to_string()), "{}", e.detail);
        }
        assert!(entries.iter().all(|e| e.actor_id != Some(w.mikko.0)));
        // The membership changes of the cast's restricted community are there too.
        assert!(entries.iter().any(|e| e.action == "membership"));
        let q = trail::TrailQuery {
            community_slug: Some(&w.public),
            ..trail::TrailQuery::default()
        };
        let public = trail::page(&w.b, &w.ctx(w.karin), &q)
            .await
            .unwrap()
            .entries;
        assert!(
            public
                .iter()
                .all(|e| e.action != "item_read" && e.action != "stream_read"),
            "{public:?}"
        );
        // The trail is officers' only, and its CSV is headed and holds the entries.
        let r = trail::page(&w.b, &w.ctx(w.admin), &q).await;
        assert_eq!(AppError::from(r.unwrap_err()), AppError::Forbidden);
        let q = trail::TrailQuery::default();
        let csv = trail::csv_export(&w.b, &w.ctx(w.karin), &q).await.unwrap();
        assert!(csv.lines().count() > entries.len());
        assert!(csv.contains("item_read") && csv.contains("role_change"));
    }
}

/// Runs raw SQL on the trail as someone with the database's keys would (the append-only
/// triggers dropped first).
async fn tamper(b: &Backend, sql: &[&str]) {
    let drop = match b.db.engine {
        crate::server::db::Engine::Sqlite => vec![
            "DROP TRIGGER IF EXISTS audit_log_no_update",
            "DROP TRIGGER IF EXISTS audit_log_no_delete",
        ],
        crate::server::db::Engine::Postgres => {
            vec!["DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log"]
        }
    };
    for s in drop.iter().chain(sql) {
        sqlx::query(sqlx::AssertSqlSafe(s.to_string()))
            .execute(&b.db.pool)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn verify_names_an_edited_a_removed_a_swapped_and_a_cut_off_entry() {
    for b in backends().await {
        let w = world(b).await;
        let intact = verify(&w.b.db, &[]).await.unwrap();
        assert_eq!(intact.first_break, None);
        assert!(intact.entries >= 5, "{intact:?}");
        // The application cannot change the trail at all.
        assert!(
            sqlx::query("UPDATE audit_log SET detail = '{}' WHERE seq = 2")
                .execute(&w.b.db.pool)
                .await
                .is_err()
        );
        tamper(
            &w.b,
            &["UPDATE audit_log SET detail = '{\"role\":\"none\"}' WHERE seq = 3"],
        )
        .await;
        assert_eq!(
            verify(&w.b.db, &[]).await.unwrap().first_break,
            Some(Break::Changed { seq: 3 })
        );
    }
    for b in backends().await {
        let w = world(b).await;
        tamper(&w.b, &["DELETE FROM audit_log WHERE seq = 2"]).await;
        assert_eq!(
            verify(&w.b.db, &[]).await.unwrap().first_break,
            Some(Break::Removed { first: 2, last: 2 })
        );
    }
    for b in backends().await {
        let w = world(b).await;
        tamper(
            &w.b,
            &[
                "UPDATE audit_log SET seq = -1 WHERE seq = 2",
                "UPDATE audit_log SET seq = 2 WHERE seq = 3",
                "UPDATE audit_log SET seq = 3 WHERE seq = -1",
            ],
        )
        .await;
        assert_eq!(
            verify(&w.b.db, &[]).await.unwrap().first_break,
            Some(Break::Reordered {
                seq: 2,
                written_as: 3
            })
        );
    }
    for b in backends().await {
        let w = world(b).await;
        let before = verify(&w.b.db, &[]).await.unwrap();
        let head = RecordedHead {
            at: 1,
            seq: before.entries,
            hash: before.last_hash.clone(),
        };
        assert_eq!(
            verify(&w.b.db, std::slice::from_ref(&head))
                .await
                .unwrap()
                .first_break,
            None
        );
        // The last entries cut off and the head row put back to match: the written-down
        // head still names the missing end.
        let last = before.entries;
        let cut = format!("DELETE FROM audit_log WHERE seq >= {}", last - 1);
        let head_row = format!(
            "UPDATE audit_head SET seq = {}, hash = (SELECT hash FROM audit_log WHERE seq = {})",
            last - 2,
            last - 2
        );
        tamper(&w.b, &[&cut, &head_row]).await;
        assert_eq!(verify(&w.b.db, &[]).await.unwrap().first_break, None);
        assert_eq!(
            verify(&w.b.db, &[head]).await.unwrap().first_break,
            Some(Break::CutOff {
                last: last - 2,
                head: last,
                recorded_at: Some(1)
            })
        );
    }
}
