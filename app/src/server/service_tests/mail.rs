//! Mail out: digests in each reader's language with what they may see, restricted items
//! counted and never named, notices at once, a restricted notice that says only that
//! something waits, who may see checked again at sending, settings and the one-click
//! unsubscribe, choices by kind of notification, and nothing queued twice or while mail is
//! off.

use super::{PASSWORD, as_member};
use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::mail::{MailKindChoice, MailMode, MailStatus};
use crate::server::account::service::{NewAccount, create_account};
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{invite, join, remove_member};
use crate::server::community::service::create_community;
use crate::server::content::writing::{NewPost, create_reply, create_topic};
use crate::server::ctx::Backend;
use crate::server::mail::period::Period;
use crate::server::mail::{MailSettings, digest, notice, prefs, sender};
use crate::server::policy::Actor;
use crate::server::settings::set_restricted_creator;
use crate::server::testing::backends;

/// Nobody listens on port 9 here: sending fails the way a server that is down does.
const DOWN: &str = "smtp://127.0.0.1:9";

async fn person(b: &Backend, email: &str, name: &str, lang: &str) -> UserId {
    let new = NewAccount::parse(email, name, PASSWORD, false, Some(lang)).unwrap();
    create_account(b, &Actor::System, new).await.unwrap()
}

/// A helpdesk (Anna owns it; Erik, who reads German, and Mikko, who reads Swedish, joined) and
/// a restricted client team (Karin owns it, Erik is in it).
struct World {
    b: Backend,
    anna: UserId,
    erik: UserId,
    karin: UserId,
    mikko: UserId,
    helpdesk: String,
    secret: String,
}

impl World {
    async fn new(mut b: Backend, smtp: Option<&str>) -> Self {
        b.mail = MailSettings {
            smtp_url: smtp.map(str::to_owned),
            smtp_ca_file: None,
            from: "intranet@bank.example".into(),
            site_url: "https://intranet.bank.example".into(),
            poll_ms: 100,
            inbound_domain: None,
        };
        let admin_new = NewAccount::parse(
            "admin@bank.example",
            "Astrid Admin",
            PASSWORD,
            true,
            Some("sv"),
        )
        .unwrap();
        let admin = create_account(&b, &Actor::System, admin_new).await.unwrap();
        let anna = person(&b, "anna@bank.example", "Anna Lindqvist", "sv").await;
        let erik = person(&b, "erik@bank.example", "Erik Johansson", "de").await;
        let karin = person(&b, "karin@bank.example", "Karin Berg", "sv").await;
        let mikko = person(&b, "mikko@bank.example", "Mikko Virtanen", "sv").await;
        let community = |name: &str, vis: &str, template: &str| {
            NewCommunity::parse(name, "", vis, template, vec!["sv".into()], None, 30).unwrap()
        };
        let helpdesk = create_community(
            &b,
            &as_member(anna),
            community("IT Helpdesk", "public", "helpdesk"),
        )
        .await
        .unwrap()
        .slug;
        set_restricted_creator(
            &b,
            &crate::server::ctx::RequestCtx::for_actor(Actor::Admin(admin)),
            karin,
            true,
        )
        .await
        .unwrap();
        let secret = create_community(
            &b,
            &as_member(karin),
            community("Acme refinancing", "restricted", "client_team"),
        )
        .await
        .unwrap()
        .slug;
        invite(
            &b,
            &as_member(karin),
            &secret,
            "erik@bank.example",
            "Credit analysis",
        )
        .await
        .unwrap();
        join(&b, &as_member(erik), &helpdesk).await.unwrap();
        join(&b, &as_member(mikko), &helpdesk).await.unwrap();
        Self {
            b,
            anna,
            erik,
            karin,
            mikko,
            helpdesk,
            secret,
        }
    }

    async fn topic(&self, who: UserId, slug: &str, title: &str, question: bool) -> i64 {
        let post = NewPost {
            community_slug: Some(slug),
            title,
            body: "Body of the topic",
            lang: "sv",
            tags: &[],
            published: true,
            question: Some(question),
        };
        create_topic(&self.b, &as_member(who), post)
            .await
            .unwrap()
            .id
    }

    /// Moves what someone was told so far a minute into the past, so that a choice made next
    /// comes after it for certain. Without it the two may share a millisecond (a choice counts
    /// what comes from its own millisecond on), or a notification may even carry a later one:
    /// writes are stamped by a clock that runs ahead of the wall clock when they come faster
    /// than one a millisecond, and the tests of the whole binary write at once.
    async fn told_a_minute_ago(&self, who: UserId) {
        sqlx::query(
            "UPDATE notifications SET created_at = created_at - 60000, \
             updated_at = updated_at - 60000 WHERE recipient_id = $1",
        )
        .bind(who.0)
        .execute(&self.b.db.pool)
        .await
        .unwrap();
    }

    /// The mails queued for someone: subject, text, HTML and status.
    async fn mails(&self, who: UserId) -> Vec<(String, String, String, String)> {
        sqlx::query_as(
            "SELECT subject, body_text, body_html, status FROM mail_queue \
             WHERE recipient_id = $1 ORDER BY id",
        )
        .bind(who.0)
        .fetch_all(&self.b.db.pool)
        .await
        .unwrap()
    }
}

/// The period around now, as a digest run would cover it.
fn around_now() -> Period {
    let now = crate::server::clock::now_ms();
    Period {
        mode: MailMode::Weekly,
        start: now - 3_600_000,
        end: now + 3_600_000,
        key: "weekly:2026-11-30".into(),
    }
}

#[tokio::test]
async fn a_digest_speaks_its_readers_language_and_counts_restricted_items_without_naming_them() {
    for b in backends().await {
        let w = World::new(b, Some(DOWN)).await;
        w.topic(w.anna, &w.helpdesk, "VPN drops every hour", true)
            .await;
        w.topic(w.karin, &w.secret, "Acme term sheet", false).await;
        let period = around_now();
        let now = crate::server::clock::now_ms();
        let queued = digest::run(&w.b, &period, now, true).await.unwrap();
        assert!(queued >= 2, "{queued}");

        let erik = w.mails(w.erik).await;
        let mikko = w.mails(w.mikko).await;
        assert_eq!((erik.len(), mikko.len()), (1, 1));
        let (e_subject, e_text, e_html, e_status) = &erik[0];
        let (m_subject, m_text, m_html, _) = &mikko[0];
        assert_eq!(e_status, "queued");
        // Both see the helpdesk question, with a link to it, each in their own language.
        for text in [e_text, m_text] {
            assert!(text.contains("VPN drops every hour"), "{text}");
            assert!(text.contains("https://intranet.bank.example/posts/"));
            assert!(text.contains("/mail/unsubscribe/"));
        }
        assert_ne!(e_subject, m_subject);
        assert!(e_html.contains("lang=\"de\"") && m_html.contains("lang=\"sv\""));
        // Erik's digest counts the client team's topic, and names neither it nor its team.
        for part in [e_subject, e_text, e_html] {
            assert!(!part.contains("Acme"), "{part}");
        }
        let counted =
            crate::i18n::I18n::new("de").t_args("mail-digest-restricted", &[("count", 1.into())]);
        assert!(e_text.contains(&counted), "{e_text}");
        // Mikko, outside it, is told nothing about it, not even a count.
        let none =
            crate::i18n::I18n::new("sv").t_args("mail-digest-restricted", &[("count", 1.into())]);
        assert!(!m_text.contains(&none));

        // The same period again: nobody gets a second digest.
        assert_eq!(digest::run(&w.b, &period, now, true).await.unwrap(), 0);
        assert_eq!(w.mails(w.erik).await.len(), 1);
    }
}

#[tokio::test]
async fn a_notice_goes_at_once_and_one_about_a_restricted_community_says_only_that_something_waits()
{
    for b in backends().await {
        let w = World::new(b, Some(DOWN)).await;
        // Being added to the client team came before the choice.
        w.told_a_minute_ago(w.erik).await;
        prefs::set_prefs(&w.b, &as_member(w.erik), "immediate", None)
            .await
            .unwrap();
        let open = w
            .topic(w.erik, &w.helpdesk, "Printer on floor 3", false)
            .await;
        let closed = w
            .topic(w.erik, &w.secret, "Acme covenant question", false)
            .await;
        create_reply(
            &w.b,
            &as_member(w.anna),
            open,
            "Try the driver from the wiki",
            "sv",
        )
        .await
        .unwrap();
        create_reply(&w.b, &as_member(w.karin), closed, "See the Acme file", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 2);
        assert_eq!(
            notice::queue_new(&w.b, now).await.unwrap(),
            0,
            "queued once"
        );

        let mails = w.mails(w.erik).await;
        assert_eq!(mails.len(), 2);
        let public = mails.iter().find(|m| m.0.contains("Printer on floor 3"));
        assert!(public.is_some(), "{mails:?}");
        let restricted = mails.iter().find(|m| !m.0.contains("Printer")).unwrap();
        let de = crate::i18n::I18n::new("de");
        assert_eq!(restricted.0, de.t("mail-restricted-subject"));
        for part in [&restricted.0, &restricted.1, &restricted.2] {
            assert!(!part.contains("Acme") && !part.contains("Karin"), "{part}");
        }

        // Erik leaves the client team before the mail goes: it is not sent. The other one is
        // tried, meets a server that is down, and waits for its next try.
        remove_member(&w.b, &as_member(w.karin), &w.secret, w.erik, "Project over")
            .await
            .unwrap();
        let transport = sender::transport(DOWN, None).unwrap();
        // The first pass stops at the closed door; the next takes the mail behind it.
        assert_eq!(sender::send_due(&w.b, &transport).await.unwrap(), 0);
        assert_eq!(sender::send_due(&w.b, &transport).await.unwrap(), 0);
        let log = prefs::log(&w.b, &as_member(w.erik)).await.unwrap();
        let statuses: Vec<(MailStatus, i64)> =
            log.mails.iter().map(|m| (m.status, m.attempts)).collect();
        assert!(statuses.contains(&(MailStatus::Dropped, 0)), "{statuses:?}");
        assert!(statuses.contains(&(MailStatus::Queued, 1)), "{statuses:?}");
    }
}

#[tokio::test]
async fn settings_are_ones_own_and_the_unsubscribe_token_stops_all_mail() {
    for b in backends().await {
        let w = World::new(b, Some(DOWN)).await;
        let me = as_member(w.mikko);
        let prefs_now = prefs::get_prefs(&w.b, &me).await.unwrap();
        assert_eq!(prefs_now.mode, MailMode::Weekly);
        assert_eq!(prefs_now.address, "mikko@bank.example");
        assert!(prefs_now.enabled);
        match AppError::from(
            prefs::set_prefs(&w.b, &me, "hourly", None)
                .await
                .unwrap_err(),
        ) {
            AppError::ValidationFailed { fields } => assert_eq!(fields[0].field, "mode"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            prefs::get_prefs(&w.b, &me).await.unwrap().mode,
            MailMode::Weekly
        );
        let anonymous = crate::server::ctx::RequestCtx::for_actor(Actor::Anonymous);
        assert_eq!(
            AppError::from(prefs::get_prefs(&w.b, &anonymous).await.unwrap_err()),
            AppError::Unauthenticated
        );

        let link = notice::unsubscribe_link(&w.b, w.mikko).await.unwrap();
        let token = link.rsplit('/').next().unwrap().to_owned();
        assert_eq!(link, notice::unsubscribe_link(&w.b, w.mikko).await.unwrap());
        let info = prefs::unsubscribe_info(&w.b, &token).await.unwrap();
        assert_eq!(info.address_hint, "m…o@bank.example");
        prefs::unsubscribe(&w.b, &token).await.unwrap();
        assert_eq!(
            prefs::get_prefs(&w.b, &me).await.unwrap().mode,
            MailMode::Never
        );
        assert_eq!(
            AppError::from(prefs::unsubscribe(&w.b, "not-a-token").await.unwrap_err()),
            AppError::NotFound
        );

        // Unsubscribed, Mikko gets no digest; Erik, as a control, does.
        w.topic(w.anna, &w.helpdesk, "New laptops", false).await;
        let now = crate::server::clock::now_ms();
        digest::run(&w.b, &around_now(), now, true).await.unwrap();
        assert!(w.mails(w.mikko).await.is_empty());
        assert_eq!(w.mails(w.erik).await.len(), 1);
    }
}

#[tokio::test]
async fn a_kind_of_notification_can_be_mailed_at_once_or_never_whatever_the_main_choice() {
    let kinds = |pairs: &[&str]| -> Vec<String> { pairs.iter().map(|p| (*p).to_owned()).collect() };
    for b in backends().await {
        let w = World::new(b, Some(DOWN)).await;
        let erik = as_member(w.erik);
        let mikko = as_member(w.mikko);
        // Erik keeps the weekly digest but wants replies at once; Mikko wants everything at
        // once, and (as a control) has no choice for replies yet.
        let saved = prefs::set_prefs(
            &w.b,
            &erik,
            "weekly",
            Some(&kinds(&["reply:immediate"])[..]),
        )
        .await
        .unwrap();
        assert_eq!(saved.kinds["reply"], MailKindChoice::Immediate);
        assert_eq!(saved.kinds["mention"], MailKindChoice::Default);
        assert_eq!(saved.kinds.len(), 11, "every kind is listed");
        prefs::set_prefs(&w.b, &mikko, "immediate", None)
            .await
            .unwrap();
        let eriks = w
            .topic(w.erik, &w.helpdesk, "Printer on floor 3", false)
            .await;
        let mikkos = w
            .topic(w.mikko, &w.helpdesk, "VPN drops at night", false)
            .await;
        create_reply(&w.b, &as_member(w.anna), eriks, "Try the driver", "sv")
            .await
            .unwrap();
        create_reply(&w.b, &as_member(w.anna), mikkos, "Which client?", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 2);
        assert_eq!(w.mails(w.erik).await.len(), 1);
        assert_eq!(w.mails(w.mikko).await.len(), 1);

        // Mikko no longer wants replies by mail : the next
        // reply to him is not mailed, while Erik's still is.
        prefs::set_prefs(
            &w.b,
            &mikko,
            "immediate",
            Some(&kinds(&["reply:never"])[..]),
        )
        .await
        .unwrap();
        create_reply(&w.b, &as_member(w.anna), mikkos, "Still there?", "sv")
            .await
            .unwrap();
        create_reply(&w.b, &as_member(w.anna), eriks, "Or the old one", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 1);
        assert_eq!(w.mails(w.erik).await.len(), 2);
        assert_eq!(w.mails(w.mikko).await.len(), 1);

        // Replies back to the main choice: the one that came while they were never mailed
        // stays unmailed; the next one goes.
        w.told_a_minute_ago(w.mikko).await;
        prefs::set_prefs(
            &w.b,
            &mikko,
            "immediate",
            Some(&kinds(&["reply:default"])[..]),
        )
        .await
        .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 0);
        create_reply(&w.b, &as_member(w.anna), mikkos, "Found it?", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 1);
        assert_eq!(w.mails(w.mikko).await.len(), 2);

        // A kind or a choice that is not one refuses the whole, and nothing changes.
        for bad in [&["reply:hourly"][..], &["gossip:never"][..]] {
            match AppError::from(
                prefs::set_prefs(&w.b, &erik, "daily", Some(&kinds(bad)[..]))
                    .await
                    .unwrap_err(),
            ) {
                AppError::ValidationFailed { fields } => assert_eq!(fields[0].field, "kinds"),
                other => panic!("{other:?}"),
            }
        }
        let kept = prefs::get_prefs(&w.b, &erik).await.unwrap();
        assert_eq!(kept.mode, MailMode::Weekly);
        assert_eq!(kept.kinds["reply"], MailKindChoice::Immediate);

        // The one-click unsubscribe stops the kinds mailed at once too.
        let link = notice::unsubscribe_link(&w.b, w.erik).await.unwrap();
        prefs::unsubscribe(&w.b, link.rsplit('/').next().unwrap())
            .await
            .unwrap();
        assert_eq!(
            prefs::get_prefs(&w.b, &erik).await.unwrap().kinds["reply"],
            MailKindChoice::Default
        );
        create_reply(&w.b, &as_member(w.anna), eriks, "Last idea", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 0);
        assert_eq!(w.mails(w.erik).await.len(), 2);

        // No mail as the main choice, replies at once again: Erik's reply notices are tried
        // at the relay (down here) and wait for their next try; none is dropped as
        // unsubscribed. ("Last idea" came before this choice.)
        w.told_a_minute_ago(w.erik).await;
        prefs::set_prefs(&w.b, &erik, "never", Some(&kinds(&["reply:immediate"])[..]))
            .await
            .unwrap();
        create_reply(&w.b, &as_member(w.anna), eriks, "One more", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 1);
        let transport = sender::transport(DOWN, None).unwrap();
        sender::send_due(&w.b, &transport).await.unwrap();
        sender::send_due(&w.b, &transport).await.unwrap();
        let log = prefs::log(&w.b, &erik).await.unwrap();
        let statuses: Vec<(MailStatus, i64)> =
            log.mails.iter().map(|m| (m.status, m.attempts)).collect();
        assert_eq!(statuses.len(), 3, "{statuses:?}");
        assert!(
            statuses.iter().all(|s| s.0 == MailStatus::Queued),
            "{statuses:?}"
        );
        assert!(statuses.iter().any(|s| s.1 >= 1), "{statuses:?}");

        // Replies no longer at once: what waits is dropped at its next turn.
        prefs::set_prefs(&w.b, &erik, "never", Some(&kinds(&["reply:default"])[..]))
            .await
            .unwrap();
        sqlx::query("UPDATE mail_queue SET next_attempt_at = 0 WHERE recipient_id = $1")
            .bind(w.erik.0)
            .execute(&w.b.db.pool)
            .await
            .unwrap();
        sender::send_due(&w.b, &transport).await.unwrap();
        let log = prefs::log(&w.b, &erik).await.unwrap();
        assert!(
            log.mails.iter().all(|m| m.status == MailStatus::Dropped),
            "{:?}",
            log.mails
        );
    }
}

#[tokio::test]
async fn nothing_is_queued_while_mail_is_off() {
    for b in backends().await {
        let w = World::new(b, None).await;
        prefs::set_prefs(&w.b, &as_member(w.erik), "immediate", None)
            .await
            .unwrap();
        let open = w
            .topic(w.erik, &w.helpdesk, "Printer on floor 3", false)
            .await;
        create_reply(&w.b, &as_member(w.anna), open, "Driver", "sv")
            .await
            .unwrap();
        let now = crate::server::clock::now_ms();
        assert_eq!(notice::queue_new(&w.b, now).await.unwrap(), 0);
        assert_eq!(
            digest::run(&w.b, &around_now(), now, true).await.unwrap(),
            0
        );
        assert!(w.mails(w.erik).await.is_empty());
        assert!(
            !prefs::get_prefs(&w.b, &as_member(w.erik))
                .await
                .unwrap()
                .enabled
        );
    }
}
