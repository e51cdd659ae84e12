//! The shared inbox: mail from outside becomes a conversation; a member answers by mail from
//! the functional address, threaded under the sender's mail, and the sender's answer joins
//! the conversation again; notes stay inside; assigning and the status; an answered
//! conversation kept in the forum (answer accepted) and in the wiki; only members see an
//! inbox (an admin outside it and a colleague outside a restricted team get "not found");
//! mail in tells nobody, an assignment tells the assignee (a restricted team's by a mail
//! with nothing in it, and never after they left); a client's name is refused where it may
//! not stand; what came attached is kept for the team alone.

use super::cast::Cast;
use crate::error::AppError;
use crate::model::content::{Notification, NotificationKind};
use crate::model::inbox::{ConversationStatus, MessageDirection};
use crate::server::community::membership::remove_member;
use crate::server::community::service::{CommunityPatch, update_community};
use crate::server::compliance::set_officer;
use crate::server::compliance::watchlist::{self, RawEntry};
use crate::server::ctx::Backend;
use crate::server::fault::ServiceError;
use crate::server::inbox::service as inbox;
use crate::server::mail::inbound::deliver::{self, Address, Verdict};
use crate::server::mail::notice;
use crate::server::notification;
use crate::server::testing::backends;

use super::{MAIL_DOMAIN as DOMAIN, with_mail_in};

/// A queued reply: recipient, to, from, subject, In-Reply-To, References, text.
type QueuedReply = (
    Option<i64>,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

async fn world(b: Backend) -> Cast {
    let c = Cast::new(with_mail_in(b), "IT Support", "helpdesk").await;
    let tools = CommunityPatch {
        tools: Some(vec!["forum".into(), "wiki".into(), "inbox".into()]),
        ..CommunityPatch::default()
    };
    update_community(&c.b, &c.ctx(c.anna), &c.public, tools)
        .await
        .unwrap();
    inbox::set_address(&c.b, &c.ctx(c.anna), &c.public, Some("it-support"))
        .await
        .unwrap();
    c
}

fn mail(from: &str, subject: &str, id: &str, in_reply_to: Option<&str>, body: &str) -> Vec<u8> {
    let threading = in_reply_to
        .map(|r| format!("In-Reply-To: {r}\r\nReferences: {r}\r\n"))
        .unwrap_or_default();
    format!(
        "From: Ola Client <{from}>\r\nTo: it-support@{DOMAIN}\r\nSubject: {subject}\r\n\
         Message-ID: {id}\r\n{threading}Content-Type: text/plain; charset=UTF-8\r\n\r\n{body}\r\n"
    )
    .into_bytes()
}

async fn hand_in(c: &Cast, raw: &[u8]) -> Verdict {
    let to = format!("it-support@{DOMAIN}");
    let address = deliver::address(&c.b.db, "it-support")
        .await
        .unwrap()
        .unwrap();
    assert!(matches!(address, Address::Inbox(_)));
    deliver::take(&c.b, &address, &to, raw).await.unwrap()
}

fn not_found<T: std::fmt::Debug>(r: Result<T, ServiceError>) {
    assert!(
        matches!(r, Err(ServiceError::Caller(AppError::NotFound))),
        "{r:?}"
    );
}

#[tokio::test]
async fn a_mail_from_outside_is_answered_by_mail_from_the_inbox_and_its_answer_threads_back() {
    for b in backends().await {
        let c = world(b).await;
        let notices_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications")
            .fetch_one(&c.b.db.pool)
            .await
            .unwrap();
        let first = mail(
            "ola@customer.example",
            "Card blocked abroad",
            "<m1@customer.example>",
            None,
            "My card is blocked in Spain.",
        );
        assert_eq!(hand_in(&c, &first).await, Verdict::Taken);

        // Erik, a member, sees it; Mikko (not a member) and the admin (not a member) do not.
        let page = inbox::list(&c.b, &c.ctx(c.erik), &c.public, None)
            .await
            .unwrap();
        assert_eq!(
            page.address.as_deref(),
            Some("it-support@intranet.bank.example")
        );
        assert_eq!((page.items.len(), page.open), (1, 1));
        let id = page.items[0].id;
        assert_eq!(page.items[0].correspondent, "Ola Client");
        not_found(inbox::list(&c.b, &c.ctx(c.mikko), &c.public, None).await);
        not_found(inbox::get(&c.b, &c.ctx(c.mikko), id).await);
        not_found(inbox::get(&c.b, &c.ctx(c.admin), id).await);
        not_found(inbox::reply(&c.b, &c.ctx(c.mikko), id, "Hi").await);

        // A note stays inside; the reply goes by mail from the inbox's address, threaded.
        inbox::note(&c.b, &c.ctx(c.erik), id, "Probably the travel block.")
            .await
            .unwrap();
        let conv = inbox::reply(&c.b, &c.ctx(c.erik), id, "We lifted the block; try again.")
            .await
            .unwrap();
        assert_eq!(conv.status, ConversationStatus::Waiting);
        let kinds: Vec<MessageDirection> = conv.messages.iter().map(|m| m.direction).collect();
        assert_eq!(
            kinds,
            [
                MessageDirection::In,
                MessageDirection::Note,
                MessageDirection::Out
            ]
        );
        let queued: Vec<QueuedReply> =
            sqlx::query_as(
                "SELECT recipient_id, to_addr, from_addr, subject, in_reply_to, references_ids, body_text \
                 FROM mail_queue WHERE kind = 'inbox'",
            )
            .fetch_all(&c.b.db.pool)
            .await
            .unwrap();
        assert_eq!(queued.len(), 1, "the note is never sent");
        let (recipient, to, from, subject, in_reply_to, references, text) = &queued[0];
        assert_eq!(*recipient, None);
        assert_eq!(to, "\"Ola Client\" <ola@customer.example>");
        assert_eq!(from, "\"IT Support\" <it-support@intranet.bank.example>");
        assert_eq!(subject, "Re: Card blocked abroad");
        assert_eq!(in_reply_to.as_deref(), Some("<m1@customer.example>"));
        assert_eq!(references.as_deref(), Some("<m1@customer.example>"));
        assert!(
            text.starts_with("We lifted the block; try again."),
            "{text}"
        );
        assert!(
            !text.contains("travel block"),
            "the note never leaves: {text}"
        );

        // Ola answers the reply: the same conversation, open again.
        let ours: String =
            sqlx::query_scalar("SELECT message_id FROM mail_queue WHERE kind = 'inbox'")
                .fetch_one(&c.b.db.pool)
                .await
                .unwrap();
        let answer = mail(
            "ola@customer.example",
            "Re: Card blocked abroad",
            "<m2@customer.example>",
            Some(&ours),
            "It works now, thanks!\r\n\r\n> We lifted the block; try again.",
        );
        assert_eq!(hand_in(&c, &answer).await, Verdict::Taken);
        let conv = inbox::get(&c.b, &c.ctx(c.erik), id).await.unwrap();
        assert_eq!(conv.status, ConversationStatus::Open);
        assert_eq!(conv.messages.len(), 4);
        assert_eq!(conv.messages[3].body, "It works now, thanks!");
        // The same mail handed over again is taken once.
        assert_eq!(hand_in(&c, &answer).await, Verdict::Taken);
        assert_eq!(
            inbox::get(&c.b, &c.ctx(c.erik), id)
                .await
                .unwrap()
                .messages
                .len(),
            4
        );

        // Mail in told nobody.
        let notices_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notifications")
            .fetch_one(&c.b.db.pool)
            .await
            .unwrap();
        assert_eq!(notices_after, notices_before);

        // Assigned to Anna, then closed; only members can be assigned.
        let conv = inbox::assign(&c.b, &c.ctx(c.erik), id, Some(c.anna))
            .await
            .unwrap();
        assert_eq!(conv.assignee.map(|p| p.id), Some(c.anna));
        // Anna is told, once (taken from her and given back while her line is unread, it
        // stays one line), and it leads to the conversation; Erik, who gave it, is told
        // nothing.
        inbox::assign(&c.b, &c.ctx(c.erik), id, None).await.unwrap();
        inbox::assign(&c.b, &c.ctx(c.erik), id, Some(c.anna))
            .await
            .unwrap();
        let annas = assigned(&c, c.anna).await;
        assert_eq!(annas.len(), 1, "{annas:?}");
        assert_eq!(annas[0].title.as_deref(), Some("Card blocked abroad"));
        assert_eq!(annas[0].conversation_id, Some(id));
        let (said, href) =
            crate::i18n::notification::describe(crate::i18n::I18n::new("en"), &annas[0]);
        assert!(said.contains("Erik Johansson"), "{said}");
        assert!(said.contains("Card blocked abroad"), "{said}");
        assert_eq!(href, format!("/communities/{}/inbox/{id}", c.public));
        assert!(assigned(&c, c.erik).await.is_empty());
        // Taking it from Anna for oneself tells nobody.
        let conv = inbox::assign(&c.b, &c.ctx(c.erik), id, Some(c.erik))
            .await
            .unwrap();
        assert_eq!(conv.assignee.map(|p| p.id), Some(c.erik));
        assert!(
            assigned(&c, c.erik).await.is_empty(),
            "no line for taking one's own"
        );
        assert!(
            inbox::assign(&c.b, &c.ctx(c.erik), id, Some(c.mikko))
                .await
                .is_err()
        );
        let conv = inbox::set_status(&c.b, &c.ctx(c.anna), id, "closed")
            .await
            .unwrap();
        assert_eq!(conv.status, ConversationStatus::Closed);
        let page = inbox::list(&c.b, &c.ctx(c.erik), &c.public, Some("closed"))
            .await
            .unwrap();
        assert_eq!((page.items.len(), page.closed, page.open), (1, 1, 0));
    }
}

/// The recipient's notifications of conversations assigned to them, as they may see them.
async fn assigned(c: &Cast, who: crate::model::ids::UserId) -> Vec<Notification> {
    notification::list(&c.b, &c.ctx(who), None)
        .await
        .unwrap()
        .items
        .into_iter()
        .filter(|n| n.kind == NotificationKind::Assigned)
        .collect()
}

#[tokio::test]
async fn an_answered_conversation_is_kept_in_the_forum_and_in_the_wiki_without_the_sender() {
    for b in backends().await {
        let c = world(b).await;
        let first = mail(
            "ola@customer.example",
            "How do I reset my token?",
            "<q1@customer.example>",
            None,
            "The token shows an error after the update.",
        );
        hand_in(&c, &first).await;
        let id = inbox::list(&c.b, &c.ctx(c.erik), &c.public, None)
            .await
            .unwrap()
            .items[0]
            .id;
        // Not answered yet: nothing to keep.
        assert!(inbox::to_forum(&c.b, &c.ctx(c.erik), id).await.is_err());
        inbox::reply(&c.b, &c.ctx(c.erik), id, "Hold the button for ten seconds.")
            .await
            .unwrap();
        let kept = inbox::to_forum(&c.b, &c.ctx(c.erik), id).await.unwrap();
        let topic: i64 = kept.path.trim_start_matches("/posts/").parse().unwrap();
        let (title, body, accepted): (String, String, Option<i64>) =
            sqlx::query_as("SELECT title, body, accepted_reply_id FROM content WHERE id = $1")
                .bind(topic)
                .fetch_one(&c.b.db.pool)
                .await
                .unwrap();
        assert_eq!(title, "How do I reset my token?");
        assert_eq!(body, "The token shows an error after the update.");
        assert!(!body.contains("ola@") && !body.contains("Ola"));
        let answer: String = sqlx::query_scalar("SELECT body FROM content WHERE id = $1")
            .bind(accepted.expect("the answer is accepted"))
            .fetch_one(&c.b.db.pool)
            .await
            .unwrap();
        assert_eq!(answer, "Hold the button for ten seconds.");
        // Keeping it again goes to the same question.
        assert_eq!(
            inbox::to_forum(&c.b, &c.ctx(c.erik), id).await.unwrap(),
            kept
        );
        let page = inbox::to_wiki(&c.b, &c.ctx(c.erik), id).await.unwrap();
        let conv = inbox::get(&c.b, &c.ctx(c.erik), id).await.unwrap();
        assert_eq!(conv.topic_id, Some(topic));
        assert_eq!(conv.wiki_path.as_deref(), Some(page.path.as_str()));
    }
}

#[tokio::test]
async fn a_restricted_teams_inbox_is_its_members_alone_and_the_guard_reads_mail_in() {
    for b in backends().await {
        let c = world(b).await;
        let tools = CommunityPatch {
            tools: Some(vec!["forum".into(), "inbox".into()]),
            ..CommunityPatch::default()
        };
        update_community(&c.b, &c.ctx(c.karin), &c.secret, tools)
            .await
            .unwrap();
        inbox::set_address(&c.b, &c.ctx(c.karin), &c.secret, Some("acme-deal"))
            .await
            .unwrap();
        // Only its editors give an inbox its address; one address, one community.
        assert!(
            inbox::set_address(&c.b, &c.ctx(c.erik), &c.secret, Some("x"))
                .await
                .is_err()
        );
        assert!(
            inbox::set_address(&c.b, &c.ctx(c.karin), &c.secret, Some("it-support"))
                .await
                .is_err()
        );

        // Fjordkraft is watched and may be named only in the restricted team.
        set_officer(&c.b, &c.ctx(c.admin), c.karin, true)
            .await
            .unwrap();
        let raw = RawEntry {
            name: "Fjordkraft".into(),
            aliases: vec![],
            legal_form: None,
            strictness: "always".into(),
            allowed_communities: vec![c.secret.clone()],
        };
        watchlist::create(&c.b, &c.ctx(c.karin), &raw)
            .await
            .unwrap();
        let naming = mail(
            "cfo@fjordkraft.example",
            "Fjordkraft term sheet",
            "<f1@fjordkraft.example>",
            None,
            "Attached is Fjordkraft's draft.",
        );
        // To the public helpdesk: refused, nothing kept.
        let verdict = hand_in(&c, &naming).await;
        assert!(matches!(verdict, Verdict::Rejected(550, _)), "{verdict:?}");
        assert!(
            inbox::list(&c.b, &c.ctx(c.erik), &c.public, None)
                .await
                .unwrap()
                .items
                .is_empty()
        );
        // To the client team's inbox: taken.
        let to = format!("acme-deal@{DOMAIN}");
        let address = deliver::address(&c.b.db, "acme-deal")
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            deliver::take(&c.b, &address, &to, &naming).await.unwrap(),
            Verdict::Taken
        );
        let page = inbox::list(&c.b, &c.ctx(c.erik), &c.secret, None)
            .await
            .unwrap();
        assert_eq!(page.items.len(), 1, "Erik, a member, sees it (the control)");
        let id = page.items[0].id;
        not_found(inbox::list(&c.b, &c.ctx(c.mikko), &c.secret, None).await);
        not_found(inbox::get(&c.b, &c.ctx(c.mikko), id).await);
        not_found(inbox::get(&c.b, &c.ctx(c.admin), id).await);
        not_found(inbox::list(&c.b, &c.ctx(c.admin), &c.secret, None).await);

        // Erik's reading is in the audit trail (the outsiders' attempts read nothing); his
        // note is a change, not one more read.
        inbox::get(&c.b, &c.ctx(c.erik), id).await.unwrap();
        inbox::note(&c.b, &c.ctx(c.erik), id, "For the credit committee.")
            .await
            .unwrap();
        c.b.audit.flush().await;
        let reads: Vec<(Option<i64>, Option<i64>)> = sqlx::query_as(
            "SELECT actor_id, subject_id FROM audit_log WHERE action = 'inbox_read' ORDER BY seq",
        )
        .fetch_all(&c.b.db.pool)
        .await
        .unwrap();
        assert_eq!(reads, vec![(Some(c.erik.0), Some(id))]);

        // Karin gives it to Erik: he is told, and by mail (he wants mail at once) only that
        // something waits in a community he belongs to: no subject, no client, no team.
        crate::server::mail::prefs::set_prefs(&c.b, &c.ctx(c.erik), "immediate", None)
            .await
            .unwrap();
        inbox::assign(&c.b, &c.ctx(c.karin), id, Some(c.erik))
            .await
            .unwrap();
        assert_eq!(assigned(&c, c.erik).await.len(), 1, "the control");
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&c.b, now).await.unwrap(), 1);
        let (subject, text, html): (String, String, String) = sqlx::query_as(
            "SELECT subject, body_text, body_html FROM mail_queue WHERE recipient_id = $1",
        )
        .bind(c.erik.0)
        .fetch_one(&c.b.db.pool)
        .await
        .unwrap();
        for part in [&subject, &text, &html] {
            for secret in ["Fjordkraft", "term sheet", "Karin", "Acme", &c.secret] {
                assert!(!part.contains(secret), "{secret} in {part}");
            }
        }
        assert!(text.contains("/notifications"), "{text}");

        // Removed from the team, Erik no longer sees the line (nor would a mail be written).
        remove_member(&c.b, &c.ctx(c.karin), &c.secret, c.erik, "")
            .await
            .unwrap();
        assert!(assigned(&c, c.erik).await.is_empty());
    }
}

#[tokio::test]
async fn a_mails_attachments_are_kept_for_the_team_alone() {
    for b in backends().await {
        let c = world(b).await;
        let raw = "From: Ola Client <ola@customer.example>\r\nTo: it-support@intranet.bank.example\r\n\
             Subject: Statement attached\r\nMessage-ID: <att1@customer.example>\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\
             Content-Type: text/plain; charset=UTF-8\r\n\r\nThe statement is attached.\r\n--b1\r\n\
             Content-Type: text/csv; name=\"statement.csv\"\r\n\
             Content-Disposition: attachment; filename=\"statement.csv\"\r\n\r\n\
             date,amount\r\n2026-12-01,-120.00\r\n--b1--\r\n";
        assert_eq!(hand_in(&c, raw.as_bytes()).await, Verdict::Taken);
        let page = inbox::list(&c.b, &c.ctx(c.erik), &c.public, None)
            .await
            .unwrap();
        let conv = inbox::get(&c.b, &c.ctx(c.erik), page.items[0].id)
            .await
            .unwrap();
        let message = &conv.messages[0];
        assert_eq!(message.body, "The statement is attached.");
        assert_eq!(message.attachments.len(), 1, "{message:?}");
        let a = &message.attachments[0];
        assert_eq!(
            (a.name.as_str(), a.content_type.as_str()),
            ("statement.csv", "text/plain; charset=utf-8")
        );
        assert_eq!(a.path, format!("/inbox/attachments/{}/statement.csv", a.id));

        // A member downloads the bytes as they came; Mikko (not a member) and the admin
        // (outside the community) are told there is no such thing.
        let download = inbox::attachment(&c.b, &c.ctx(c.erik), a.id).await.unwrap();
        let bytes = tokio::fs::read(&download.path).await.unwrap();
        assert_eq!(bytes, b"date,amount\r\n2026-12-01,-120.00");
        assert_eq!(download.size, bytes.len() as i64);
        not_found(inbox::attachment(&c.b, &c.ctx(c.mikko), a.id).await);
        not_found(inbox::attachment(&c.b, &c.ctx(c.admin), a.id).await);
        not_found(inbox::attachment(&c.b, &c.ctx(c.erik), a.id + 1000).await);

        // It is not a file of the (public) community, and the sweep of bytes nobody names
        // keeps it.
        let files: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM files")
            .fetch_one(&c.b.db.pool)
            .await
            .unwrap();
        assert_eq!(files, 0);
        let hash = download
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let used = crate::server::files::repo::referenced(&c.b.db, std::slice::from_ref(&hash))
            .await
            .unwrap();
        assert!(used.contains(&hash));
    }
}
