//! Mail in: a reply to a notice posts as its author (quotes stripped, attachments kept as
//! files, taken once), only from that person; mail to a community's posting address becomes
//! a topic, and a restricted community's address answers outsiders as if it did not exist;
//! a client's name is refused with an answer in the writer's language and nothing posted;
//! the SMTP listener takes mail from a real SMTP client, only for its own domain.

use super::cast::Cast;
use crate::model::ids::UserId;
use crate::server::community::service::{
    CommunityPatch, get_community, set_mail_address, update_community,
};
use crate::server::compliance::set_officer;
use crate::server::compliance::watchlist::{self, RawEntry};
use crate::server::content::writing::{NewPost, create_reply, create_topic};
use crate::server::ctx::Backend;
use crate::server::mail::inbound::deliver::{self, Address, NO_SUCH_ADDRESS, Verdict};
use crate::server::mail::reply_address::{self, ReplyTarget};
use crate::server::testing::backends;

use super::{MAIL_DOMAIN as DOMAIN, with_mail_in};

/// The cast with mail in and out on, Anna's helpdesk with a forum, a blog and files, and a
/// topic of Anna's that Erik answered (so Anna has a notification to reply to).
struct World {
    c: Cast,
    topic: i64,
    /// Anna's notification about Erik's reply.
    notice: i64,
}

impl World {
    async fn new(b: Backend) -> Self {
        let b = with_mail_in(b);
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let tools = CommunityPatch {
            tools: Some(vec!["forum".into(), "blog".into(), "files".into()]),
            ..CommunityPatch::default()
        };
        update_community(&c.b, &c.ctx(c.anna), &c.public, tools)
            .await
            .unwrap();
        let post = NewPost {
            community_slug: Some(&c.public),
            title: "VPN drops every 15 minutes",
            body: "Since Tuesday the VPN drops.",
            lang: "en",
            tags: &[],
            published: true,
            question: Some(true),
        };
        let topic = create_topic(&c.b, &c.ctx(c.anna), post).await.unwrap().id;
        create_reply(
            &c.b,
            &c.ctx(c.erik),
            topic,
            "Same here in Copenhagen.",
            "en",
        )
        .await
        .unwrap();
        let notice: i64 = sqlx::query_scalar(
            "SELECT id FROM notifications WHERE recipient_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(c.anna.0)
        .fetch_one(&c.b.db.pool)
        .await
        .unwrap();
        Self { c, topic, notice }
    }

    async fn reply_address(&self, person: UserId, notification: i64) -> (Address, String) {
        let key = reply_address::key(&self.c.b.db).await.unwrap();
        let target = ReplyTarget {
            notification,
            person,
        };
        let local = reply_address::local_part(&key, target);
        (
            deliver::address(&self.c.b.db, &local)
                .await
                .unwrap()
                .unwrap(),
            format!("{local}@{DOMAIN}"),
        )
    }

    /// The replies on the topic: author and text.
    async fn replies(&self) -> Vec<(i64, String)> {
        sqlx::query_as(
            "SELECT author_id, body FROM content WHERE parent_id = $1 ORDER BY created_at, id",
        )
        .bind(self.topic)
        .fetch_all(&self.c.b.db.pool)
        .await
        .unwrap()
    }

    /// Subjects and texts of the answers queued for someone.
    async fn answers(&self, who: UserId) -> Vec<(String, String, Option<String>)> {
        sqlx::query_as(
            "SELECT subject, body_text, in_reply_to FROM mail_queue \
             WHERE recipient_id = $1 AND kind = 'answer' ORDER BY created_at, id",
        )
        .bind(who.0)
        .fetch_all(&self.c.b.db.pool)
        .await
        .unwrap()
    }
}

/// A reply as Gmail writes it: the answer, an attribution, the quote; a small attachment.
fn gmail_reply(from: &str, to: &str, message_id: &str, words: &str) -> Vec<u8> {
    format!(
        "From: Someone <{from}>\r\nTo: {to}\r\nSubject: Re: VPN drops every 15 minutes\r\n\
         Message-ID: {message_id}\r\nIn-Reply-To: <notice.1@bank.example>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\
         Content-Type: text/plain; charset=UTF-8\r\n\r\n{words}\r\n\r\n\
         On Thu, 3 Dec 2026 at 10:15, Intranet <intranet@bank.example> wrote:\r\n\r\n\
         > Erik Johansson replied to your topic\r\n> Same here in Copenhagen.\r\n\r\n--b1\r\n\
         Content-Type: text/plain; name=\"PanGPS.log\"\r\n\
         Content-Disposition: attachment; filename=\"PanGPS.log\"\r\n\
         Content-Transfer-Encoding: base64\r\n\r\nVHVubmVsIGlzIGRvd24K\r\n--b1--\r\n"
    )
    .into_bytes()
}

#[tokio::test]
async fn a_reply_to_a_notice_is_posted_as_its_author_once_and_only_from_them() {
    for b in backends().await {
        let w = World::new(b).await;
        let (address, to) = w.reply_address(w.c.anna, w.notice).await;

        // Erik's mail to Anna's reply address is not taken, and nothing is posted.
        let forged = gmail_reply("erik@bank.example", &to, "<f1@mail>", "I am Anna.");
        let verdict = deliver::take(&w.c.b, &address, &to, &forged).await.unwrap();
        assert!(matches!(verdict, Verdict::Rejected(550, _)), "{verdict:?}");
        assert_eq!(w.replies().await.len(), 1);

        // Anna's own reply is posted as hers, without the quote, with the log kept as a file.
        let mail = gmail_reply(
            "Anna@Bank.example",
            &to,
            "<r1@mail>",
            "Thanks, it works again after the update.",
        );
        let verdict = deliver::take(&w.c.b, &address, &to, &mail).await.unwrap();
        assert_eq!(verdict, Verdict::Taken);
        let replies = w.replies().await;
        assert_eq!(replies.len(), 2, "{replies:?}");
        let (author, body) = &replies[1];
        assert_eq!(*author, w.c.anna.0);
        assert!(
            body.starts_with("Thanks, it works again after the update."),
            "{body}"
        );
        assert!(
            !body.contains("Same here") && !body.contains("wrote:"),
            "{body}"
        );
        assert!(body.contains("[PanGPS.log](/files/"), "{body}");
        let files: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM content WHERE kind = 'file' AND author_id = $1",
        )
        .bind(w.c.anna.0)
        .fetch_one(&w.c.b.db.pool)
        .await
        .unwrap();
        assert_eq!(files, 1);

        // The mail server hands the same message over again: it is not posted twice.
        let again = deliver::take(&w.c.b, &address, &to, &mail).await.unwrap();
        assert_eq!(again, Verdict::Taken);
        assert_eq!(w.replies().await.len(), 2);

        // An auto-reply to the address is taken and not posted.
        let away = format!(
            "From: anna@bank.example\r\nTo: {to}\r\nSubject: Out of office\r\n\
             Auto-Submitted: auto-replied\r\nMessage-ID: <ooo@mail>\r\n\r\nI am away.\r\n"
        );
        let verdict = deliver::take(&w.c.b, &address, &to, away.as_bytes())
            .await
            .unwrap();
        assert_eq!(verdict, Verdict::Taken);
        assert_eq!(w.replies().await.len(), 2);
    }
}

#[tokio::test]
async fn a_mail_naming_a_client_is_answered_in_the_writers_language_and_nothing_is_posted() {
    for b in backends().await {
        let w = World::new(b).await;
        set_officer(&w.c.b, &w.c.ctx(w.c.admin), w.c.karin, true)
            .await
            .unwrap();
        let raw = RawEntry {
            name: "Fjordkraft".into(),
            aliases: vec![],
            legal_form: None,
            strictness: "always".into(),
            allowed_communities: vec![],
        };
        watchlist::create(&w.c.b, &w.c.ctx(w.c.karin), &raw)
            .await
            .unwrap();
        let (address, to) = w.reply_address(w.c.anna, w.notice).await;
        let mail = gmail_reply(
            "anna@bank.example",
            &to,
            "<r2@mail>",
            "I visit Fjordkrafts office tomorrow.",
        );
        let verdict = deliver::take(&w.c.b, &address, &to, &mail).await.unwrap();
        assert_eq!(verdict, Verdict::Taken);
        assert_eq!(w.replies().await.len(), 1, "nothing posted");
        let files: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM content WHERE kind = 'file'")
            .fetch_one(&w.c.b.db.pool)
            .await
            .unwrap();
        assert_eq!(files, 0, "no attachment kept for a refused mail");
        let answers = w.answers(w.c.anna).await;
        assert_eq!(answers.len(), 1, "{answers:?}");
        let (subject, text, in_reply_to) = &answers[0];
        assert!(subject.contains("VPN drops every 15 minutes"), "{subject}");
        assert!(text.contains("Fjordkraft"), "{text}");
        assert!(
            text.contains("> I visit Fjordkrafts office tomorrow."),
            "{text}"
        );
        assert_eq!(in_reply_to.as_deref(), Some("<r2@mail>"));
    }
}

#[tokio::test]
async fn mail_to_a_community_address_becomes_a_topic_and_a_restricted_one_hides_from_outsiders() {
    for b in backends().await {
        let w = World::new(b).await;
        // Only those who may edit the community give it an address.
        let denied = set_mail_address(
            &w.c.b,
            &w.c.ctx(w.c.erik),
            &w.c.public,
            Some("it-helpdesk"),
            "forum",
        )
        .await;
        assert!(denied.is_err());
        set_mail_address(
            &w.c.b,
            &w.c.ctx(w.c.anna),
            &w.c.public,
            Some("IT-Helpdesk"),
            "forum",
        )
        .await
        .unwrap();
        let shown = get_community(&w.c.b, &w.c.ctx(w.c.mikko), &w.c.public)
            .await
            .unwrap();
        assert_eq!(
            shown.mail_address.as_deref(),
            Some("it-helpdesk@intranet.bank.example")
        );
        assert_eq!(shown.inbox_address, None);
        // One address, one community.
        let taken = set_mail_address(
            &w.c.b,
            &w.c.ctx(w.c.karin),
            &w.c.secret,
            Some("it-helpdesk"),
            "forum",
        )
        .await;
        assert!(taken.is_err());

        let to = format!("it-helpdesk@{DOMAIN}");
        let address = deliver::address(&w.c.b.db, "it-helpdesk")
            .await
            .unwrap()
            .unwrap();
        let mail = format!(
            "From: Erik Johansson <erik@bank.example>\r\nTo: {to}\r\n\
             Subject: =?UTF-8?Q?Skrivaren_p=C3=A5_plan_4?=\r\nMessage-ID: <t1@mail>\r\n\
             Content-Type: text/plain; charset=UTF-8\r\n\r\nDen skriver inte ut.\r\n\r\n-- \r\nErik\r\n"
        );
        let verdict = deliver::take(&w.c.b, &address, &to, mail.as_bytes())
            .await
            .unwrap();
        assert_eq!(verdict, Verdict::Taken);
        let topic: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT author_id, title, body FROM content WHERE kind = 'topic' AND author_id = $1",
        )
        .bind(w.c.erik.0)
        .fetch_optional(&w.c.b.db.pool)
        .await
        .unwrap();
        let log: Vec<(String, String)> =
            sqlx::query_as("SELECT outcome, reason FROM mail_inbound ORDER BY id")
                .fetch_all(&w.c.b.db.pool)
                .await
                .unwrap();
        let topic = topic.unwrap_or_else(|| panic!("no topic; mail taken in: {log:?}"));
        assert_eq!(
            topic,
            (
                w.c.erik.0,
                "Skrivaren på plan 4".into(),
                "Den skriver inte ut.".into()
            )
        );

        // Someone without an account is refused at once.
        let stranger = mail.replace("erik@bank.example", "someone@elsewhere.example");
        let stranger = stranger.replace("<t1@mail>", "<t2@mail>");
        let verdict = deliver::take(&w.c.b, &address, &to, stranger.as_bytes())
            .await
            .unwrap();
        assert!(matches!(verdict, Verdict::Rejected(550, _)), "{verdict:?}");

        // The restricted team's address: Mikko, outside it, meets what a wrong address
        // meets; Erik, inside, posts (the control).
        set_mail_address(
            &w.c.b,
            &w.c.ctx(w.c.karin),
            &w.c.secret,
            Some("acme-team"),
            "forum",
        )
        .await
        .unwrap();
        let tools = CommunityPatch {
            tools: Some(vec!["forum".into(), "files".into()]),
            ..CommunityPatch::default()
        };
        update_community(&w.c.b, &w.c.ctx(w.c.karin), &w.c.secret, tools)
            .await
            .unwrap();
        let secret_to = format!("acme-team@{DOMAIN}");
        let secret = deliver::address(&w.c.b.db, "acme-team")
            .await
            .unwrap()
            .unwrap();
        let by = |who: &str, id: &str| {
            format!(
                "From: {who}\r\nTo: {secret_to}\r\nSubject: Term sheet\r\nMessage-ID: {id}\r\n\r\nDraft attached.\r\n"
            )
        };
        let outsider = deliver::take(
            &w.c.b,
            &secret,
            &secret_to,
            by("mikko@bank.example", "<s1@mail>").as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(outsider, NO_SUCH_ADDRESS);
        let member = deliver::take(
            &w.c.b,
            &secret,
            &secret_to,
            by("erik@bank.example", "<s2@mail>").as_bytes(),
        )
        .await
        .unwrap();
        assert_eq!(member, Verdict::Taken);
        let titles: Vec<String> = sqlx::query_scalar(
            "SELECT title FROM content WHERE kind = 'topic' AND title = 'Term sheet'",
        )
        .fetch_all(&w.c.b.db.pool)
        .await
        .unwrap();
        assert_eq!(titles.len(), 1);
        assert!(
            w.answers(w.c.mikko).await.is_empty(),
            "no answer tells Mikko it exists"
        );
    }
}

#[tokio::test]
async fn the_listener_takes_mail_from_a_real_smtp_client_only_for_its_own_addresses() {
    use crate::server::mail::inbound::listener::{ListenSettings, Relay, spawn};
    use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

    for b in backends().await {
        let w = World::new(b).await;
        let settings = ListenSettings {
            addr: "127.0.0.1:0".parse().unwrap(),
            domain: DOMAIN.into(),
            relays: vec![Relay::parse("127.0.0.1").unwrap()],
            max_bytes: 64 * 1024,
        };
        let bound = spawn(w.c.b.clone(), settings).await.unwrap();
        let smtp = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous("127.0.0.1")
            .port(bound.port())
            .build();
        let (_, to) = w.reply_address(w.c.anna, w.notice).await;
        let envelope = |rcpt: &str| {
            lettre::address::Envelope::new(
                Some("anna@bank.example".parse().unwrap()),
                vec![rcpt.parse().unwrap()],
            )
            .unwrap()
        };
        let mail = gmail_reply(
            "anna@bank.example",
            &to,
            "<l1@mail>",
            "Fixed by the new client.",
        );
        smtp.send_raw(&envelope(&to), &mail).await.unwrap();
        let replies = w.replies().await;
        assert_eq!(replies.len(), 2);
        assert!(replies[1].1.starts_with("Fixed by the new client."));

        // Another domain, and an address that is not one of ours, are refused.
        let relay = smtp
            .send_raw(&envelope("someone@elsewhere.example"), &mail)
            .await;
        assert!(relay.is_err_and(|e| e.is_permanent()));
        let unknown = smtp
            .send_raw(&envelope(&format!("nobody@{DOMAIN}")), &mail)
            .await;
        assert!(unknown.is_err_and(|e| e.is_permanent()));
        // Over the size limit.
        let mut big = gmail_reply("anna@bank.example", &to, "<l2@mail>", "x");
        big.extend(std::iter::repeat_n(b'a', 70 * 1024));
        let too_big = smtp.send_raw(&envelope(&to), &big).await;
        assert!(too_big.is_err_and(|e| e.is_permanent()));
        assert_eq!(w.replies().await.len(), 2);
    }
}
