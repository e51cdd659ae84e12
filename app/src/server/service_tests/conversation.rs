//! Conversation: status updates, blogs, forums with answers, comments, likes, edits,
//! deletion, follows, the streams, mentions and notifications, and what a restricted
//! community keeps to itself.

use super::{account, as_admin, as_member};
use crate::error::AppError;
use crate::model::content::{ContentKind, NotificationKind, StreamPage};
use crate::model::ids::UserId;
use crate::model::language::LanguageRequest;
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{
    decide_request, invite, join, remove_member, request_to_join,
};
use crate::server::community::service::create_community;
use crate::server::content::thread::get;
use crate::server::content::thread::thread;
use crate::server::content::writing::{
    NewPost, create_blog_post, create_comment, create_reply, create_status, create_topic, delete,
    publish, update,
};
use crate::server::content::{forum, social, stream};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::notification;
use crate::server::settings::set_restricted_creator;
use crate::server::testing::backends;

/// A list as the reader's own languages show it, and in the cross-language view.
const READER: LanguageRequest = LanguageRequest {
    lang: None,
    all_languages: None,
};
const EVERY: LanguageRequest = LanguageRequest {
    lang: None,
    all_languages: Some(true),
};

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

/// Five people and three communities: a public helpdesk (Anna owns it, Erik joined), a public
/// project with a blog (Anna), and a restricted client team (Karin owns it, Erik is in it).
struct World {
    b: Backend,
    admin: UserId,
    anna: UserId,
    erik: UserId,
    karin: UserId,
    mikko: UserId,
    helpdesk: String,
    project: String,
    secret: String,
}

impl World {
    async fn new(b: Backend) -> Self {
        let admin = account(&b, "admin@bank.example", "Astrid Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let erik = account(&b, "erik@bank.example", "Erik Johansson", false).await;
        let karin = account(&b, "karin@bank.example", "Karin Berg", false).await;
        let mikko = account(&b, "mikko@bank.example", "Mikko Virtanen", false).await;
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
        let project = create_community(
            &b,
            &as_member(anna),
            community("Green loans", "public", "project"),
        )
        .await
        .unwrap()
        .slug;
        set_restricted_creator(&b, &as_admin(admin), karin, true)
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
        Self {
            b,
            admin,
            anna,
            erik,
            karin,
            mikko,
            helpdesk,
            project,
            secret,
        }
    }

    fn ctx(&self, u: UserId) -> RequestCtx {
        if u == self.admin {
            as_admin(u)
        } else {
            as_member(u)
        }
    }

    async fn topic(&self, who: UserId, slug: &str, title: &str, question: bool) -> i64 {
        let post = NewPost {
            community_slug: Some(slug),
            title,
            body: "Body of the topic",
            lang: "sv",
            tags: &["vpn".to_owned()],
            published: true,
            question: Some(question),
        };
        create_topic(&self.b, &self.ctx(who), post)
            .await
            .unwrap()
            .id
    }

    async fn home(&self, who: UserId) -> StreamPage {
        stream::home(&self.b, &self.ctx(who), None, None, &READER)
            .await
            .unwrap()
    }

    async fn unread(&self, who: UserId) -> i64 {
        notification::unread(&self.b, &self.ctx(who))
            .await
            .unwrap()
            .unread
    }
}

fn ids(page: &StreamPage) -> Vec<i64> {
    page.items.iter().map(|i| i.id).collect()
}

#[tokio::test]
async fn status_updates_carry_their_language_and_are_posted_where_allowed() {
    for b in backends().await {
        let w = World::new(b).await;
        let s = create_status(&w.b, &w.ctx(w.erik), "Hej **alla**!", "SV", None)
            .await
            .unwrap();
        let item = get(&w.b, &w.ctx(w.mikko), s.id, None).await.unwrap();
        assert_eq!(item.kind, ContentKind::Status);
        assert_eq!(item.lang, "sv");
        assert!(item.body_html.contains("<strong>alla</strong>"));
        assert_eq!(item.author.display_name, "Erik Johansson");
        // Only members post in a community; everyone may answer in a public one.
        let refused = create_status(&w.b, &w.ctx(w.erik), "Hej", "sv", Some(&w.project)).await;
        assert_eq!(err(refused), AppError::Forbidden);
        let in_community = create_status(
            &w.b,
            &w.ctx(w.anna),
            "Ny VPN-klient",
            "sv",
            Some(&w.helpdesk),
        )
        .await
        .unwrap();
        create_comment(&w.b, &w.ctx(w.erik), in_community.id, "Tack!", "sv")
            .await
            .unwrap();
        // Bad input: a clear field error and nothing saved.
        let long = "x".repeat(1001);
        match err(create_status(&w.b, &w.ctx(w.erik), &long, "klingon!", None).await) {
            AppError::ValidationFailed { fields } => {
                let codes: Vec<_> = fields.iter().map(|f| f.code.as_str()).collect();
                assert_eq!(codes, vec!["too_long", "invalid_language"]);
            }
            other => panic!("{other:?}"),
        }
        let mine = stream::person(&w.b, &w.ctx(w.erik), w.erik, None, None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&mine), vec![s.id]);
    }
}

#[tokio::test]
async fn a_question_is_asked_answered_accepted_and_found_as_answered() {
    for b in backends().await {
        let w = World::new(b).await;
        let q = w
            .topic(w.erik, &w.helpdesk, "VPN drops every hour", true)
            .await;
        let open = w.topic(w.erik, &w.helpdesk, "Printer in Oslo", true).await;
        // Mikko is not a member, but the helpdesk is public: anyone may answer.
        let first = create_reply(&w.b, &w.ctx(w.mikko), q, "Restart it", "en")
            .await
            .unwrap();
        let good = create_reply(&w.b, &w.ctx(w.anna), q, "Update the client to 5.2", "sv")
            .await
            .unwrap();
        // Someone else's question is not theirs to settle.
        let refused = forum::accept(&w.b, &w.ctx(w.mikko), q, Some(good.id)).await;
        assert_eq!(err(refused), AppError::Forbidden);
        forum::accept(&w.b, &w.ctx(w.erik), q, Some(good.id))
            .await
            .unwrap();
        let t = thread(&w.b, &w.ctx(w.mikko), q, None).await.unwrap();
        assert_eq!(t.item.accepted_reply_id, Some(good.id));
        assert_eq!(t.item.reply_count, 2);
        // The answer comes right under the question.
        let order: Vec<i64> = t.replies.iter().map(|r| r.item.id).collect();
        assert_eq!(order, vec![good.id, first.id]);
        let answered = forum::topics(
            &w.b,
            &w.ctx(w.mikko),
            &w.helpdesk,
            "answered",
            None,
            &READER,
        )
        .await
        .unwrap();
        assert_eq!(ids(&answered), vec![q]);
        assert!(answered.items[0].answered);
        let unanswered = forum::topics(
            &w.b,
            &w.ctx(w.mikko),
            &w.helpdesk,
            "unanswered",
            None,
            &READER,
        )
        .await
        .unwrap();
        assert_eq!(ids(&unanswered), vec![open]);
        // The answerer hears about it; a moderator (the owner) may also accept.
        let notes = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        assert!(
            notes
                .items
                .iter()
                .any(|n| n.kind == NotificationKind::Accepted && n.content_id == Some(good.id))
        );
        forum::accept(&w.b, &w.ctx(w.anna), q, Some(first.id))
            .await
            .unwrap();
        // A reply from another topic is not an answer here.
        let elsewhere = create_reply(&w.b, &w.ctx(w.anna), open, "Which floor?", "en")
            .await
            .unwrap();
        let wrong = forum::accept(&w.b, &w.ctx(w.erik), q, Some(elsewhere.id)).await;
        assert_eq!(err(wrong), AppError::NotFound);
        // A discussion topic has no answer to accept.
        let talk = w
            .topic(w.anna, &w.project, "Taxonomy reading group", false)
            .await;
        let r = create_reply(&w.b, &w.ctx(w.erik), talk, "Count me in", "sv")
            .await
            .unwrap();
        let not_q = forum::accept(&w.b, &w.ctx(w.anna), talk, Some(r.id)).await;
        assert!(matches!(err(not_q), AppError::ValidationFailed { .. }));
    }
}

#[tokio::test]
async fn pinned_topics_come_first_and_locked_ones_take_no_replies() {
    for b in backends().await {
        let w = World::new(b).await;
        let rules = w.topic(w.anna, &w.helpdesk, "Read this first", false).await;
        let later = w.topic(w.erik, &w.helpdesk, "Later question", true).await;
        use crate::server::content::repo::TopicFlag;
        let refused = forum::set_flag(&w.b, &w.ctx(w.erik), rules, TopicFlag::Pinned, true).await;
        assert_eq!(err(refused), AppError::Forbidden);
        forum::set_flag(&w.b, &w.ctx(w.anna), rules, TopicFlag::Pinned, true)
            .await
            .unwrap();
        let list = forum::topics(&w.b, &w.ctx(w.erik), &w.helpdesk, "", None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&list), vec![rules, later]);
        assert!(list.items[0].pinned);
        let early = create_reply(&w.b, &w.ctx(w.anna), later, "Which client?", "sv")
            .await
            .unwrap();
        forum::set_flag(&w.b, &w.ctx(w.anna), later, TopicFlag::Locked, true)
            .await
            .unwrap();
        let comment = create_comment(&w.b, &w.ctx(w.erik), early.id, "5.1", "sv").await;
        assert_eq!(
            err(comment),
            AppError::Locked,
            "its replies take no comments either"
        );
        let reply = create_reply(&w.b, &w.ctx(w.mikko), later, "Me too", "en").await;
        assert_eq!(err(reply), AppError::Locked);
        let t = get(&w.b, &w.ctx(w.mikko), later, None).await.unwrap();
        assert!(t.locked && !t.can.respond);
    }
}

#[tokio::test]
async fn blogs_keep_drafts_private_until_published_and_need_the_tool() {
    for b in backends().await {
        let w = World::new(b).await;
        let post = |slug: Option<&'static str>, published| NewPost {
            community_slug: slug,
            title: "Green loans in 2027",
            body: "What changes with the **taxonomy**.",
            lang: "en",
            tags: &[],
            published,
            question: None,
        };
        let draft = create_blog_post(&w.b, &w.ctx(w.anna), post(None, false))
            .await
            .unwrap();
        assert_eq!(
            err(get(&w.b, &w.ctx(w.erik), draft.id, None).await),
            AppError::NotFound
        );
        assert!(
            !get(&w.b, &w.ctx(w.anna), draft.id, None)
                .await
                .unwrap()
                .published
        );
        // Not liked or commented on until it is out, by its author either (the documented
        // answers: 404 and 422 `not_commentable`).
        assert_eq!(
            err(social::toggle_like(&w.b, &w.ctx(w.anna), draft.id).await),
            AppError::NotFound
        );
        assert!(matches!(
            err(create_comment(&w.b, &w.ctx(w.anna), draft.id, "Note to self", "en").await),
            AppError::ValidationFailed { .. }
        ));
        let drafts = stream::drafts(&w.b, &w.ctx(w.anna)).await.unwrap();
        assert_eq!(ids(&drafts), vec![draft.id]);
        let personal = stream::blog(&w.b, &w.ctx(w.erik), None, Some(w.anna), None, &READER)
            .await
            .unwrap();
        assert!(personal.items.is_empty());
        publish(&w.b, &w.ctx(w.anna), draft.id).await.unwrap();
        // Control: once out, it takes comments.
        create_comment(&w.b, &w.ctx(w.anna), draft.id, "Now it is out", "en")
            .await
            .unwrap();
        let personal = stream::blog(&w.b, &w.ctx(w.erik), None, Some(w.anna), None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&personal), vec![draft.id]);
        // A community blog exists only where the tool is on (not in a helpdesk).
        let project = w.project.clone();
        let helpdesk = w.helpdesk.clone();
        let in_project = NewPost {
            community_slug: Some(&project),
            ..post(None, true)
        };
        let p = create_blog_post(&w.b, &w.ctx(w.anna), in_project)
            .await
            .unwrap();
        let blog = stream::blog(&w.b, &w.ctx(w.erik), Some(&project), None, None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&blog), vec![p.id]);
        let in_helpdesk = NewPost {
            community_slug: Some(&helpdesk),
            ..post(None, true)
        };
        let refused = create_blog_post(&w.b, &w.ctx(w.anna), in_helpdesk).await;
        assert_eq!(err(refused), AppError::NotFound);
    }
}

#[tokio::test]
async fn comments_and_likes_are_counted_and_likes_are_grouped() {
    for b in backends().await {
        let w = World::new(b).await;
        let s = create_status(&w.b, &w.ctx(w.anna), "Fika kl 15", "sv", None)
            .await
            .unwrap();
        for who in [w.erik, w.karin, w.mikko] {
            let state = social::toggle_like(&w.b, &w.ctx(who), s.id).await.unwrap();
            assert!(state.liked);
        }
        // Liking twice takes the like back, and does not count the person twice.
        let off = social::toggle_like(&w.b, &w.ctx(w.mikko), s.id)
            .await
            .unwrap();
        assert_eq!((off.liked, off.like_count), (false, 2));
        let again = social::toggle_like(&w.b, &w.ctx(w.mikko), s.id)
            .await
            .unwrap();
        assert_eq!(again.like_count, 3);
        let likers = social::likers(&w.b, &w.ctx(w.erik), s.id).await.unwrap();
        assert_eq!(likers.count, 3);
        assert_eq!(likers.items[0].display_name, "Mikko Virtanen");
        let notes = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        let likes: Vec<_> = notes
            .items
            .iter()
            .filter(|n| n.kind == NotificationKind::Like)
            .collect();
        assert_eq!(likes.len(), 1, "one grouped line");
        assert_eq!(likes[0].others, 2);
        assert_eq!(
            likes[0].actor.as_ref().unwrap().display_name,
            "Mikko Virtanen"
        );
        let c = create_comment(&w.b, &w.ctx(w.erik), s.id, "Jag tar med bullar", "sv")
            .await
            .unwrap();
        let item = get(&w.b, &w.ctx(w.erik), s.id, None).await.unwrap();
        assert_eq!((item.comment_count, item.like_count), (1, 3));
        assert!(item.liked_by_me);
        let t = thread(&w.b, &w.ctx(w.karin), c.id, None).await.unwrap();
        assert_eq!(t.item.id, s.id);
        assert_eq!(t.comments.len(), 1);
        // Topics get replies, not comments; replies get comments.
        let topic = w.topic(w.anna, &w.helpdesk, "Question", true).await;
        let on_topic = create_comment(&w.b, &w.ctx(w.erik), topic, "x", "sv").await;
        assert!(matches!(err(on_topic), AppError::ValidationFailed { .. }));
        let r = create_reply(&w.b, &w.ctx(w.erik), topic, "Answer", "sv")
            .await
            .unwrap();
        create_comment(&w.b, &w.ctx(w.anna), r.id, "Thanks", "en")
            .await
            .unwrap();
        let t = thread(&w.b, &w.ctx(w.mikko), topic, None).await.unwrap();
        assert_eq!(t.replies[0].comments.len(), 1);
        assert_eq!(t.replies[0].item.comment_count, 1);
        let erik = notification::list(&w.b, &w.ctx(w.erik), None)
            .await
            .unwrap();
        let comments: Vec<_> = erik
            .items
            .iter()
            .filter(|n| n.kind == NotificationKind::Comment)
            .collect();
        assert_eq!(comments.len(), 1, "Anna's comment on Erik's reply");
        assert_eq!(comments[0].title.as_deref(), Some("Question"));
    }
}

#[tokio::test]
async fn edits_are_recorded_and_only_authors_edit_while_moderators_delete() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.erik, &w.helpdesk, "Outlook crashes", true).await;
        let r = create_reply(&w.b, &w.ctx(w.mikko), topic, "Safe mode?", "en")
            .await
            .unwrap();
        let c = create_comment(&w.b, &w.ctx(w.erik), r.id, "Tried it", "en")
            .await
            .unwrap();
        let refused = update(&w.b, &w.ctx(w.anna), topic, None, "Hijack", None, None).await;
        assert_eq!(err(refused), AppError::Forbidden);
        update(
            &w.b,
            &w.ctx(w.erik),
            topic,
            Some("Outlook 365 crashes"),
            "New body",
            Some("en"),
            None,
        )
        .await
        .unwrap();
        let t = get(&w.b, &w.ctx(w.mikko), topic, None).await.unwrap();
        assert_eq!(t.title.as_deref(), Some("Outlook 365 crashes"));
        assert_eq!((t.version, t.lang.as_str()), (2, "en"));
        assert!(t.edited_at.is_some());
        assert_eq!(t.edited_by.unwrap().id, w.erik);
        // Another member may not delete; the community's owner may, and what hangs under the
        // item goes with it.
        let refused = delete(&w.b, &w.ctx(w.mikko), c.id).await;
        assert_eq!(err(refused), AppError::Forbidden);
        delete(&w.b, &w.ctx(w.anna), r.id).await.unwrap();
        assert_eq!(
            err(get(&w.b, &w.ctx(w.erik), c.id, None).await),
            AppError::NotFound
        );
        let t = get(&w.b, &w.ctx(w.erik), topic, None).await.unwrap();
        assert_eq!(t.reply_count, 0);
        delete(&w.b, &w.ctx(w.erik), topic).await.unwrap();
        assert_eq!(
            err(get(&w.b, &w.ctx(w.erik), topic, None).await),
            AppError::NotFound
        );
        let list = forum::topics(&w.b, &w.ctx(w.erik), &w.helpdesk, "", None, &READER)
            .await
            .unwrap();
        assert!(list.items.is_empty());
    }
}

#[tokio::test]
async fn the_home_stream_shows_what_the_reader_follows_and_may_see() {
    for b in backends().await {
        let w = World::new(b).await;
        let by_anna = create_status(&w.b, &w.ctx(w.anna), "Anna's news", "sv", None)
            .await
            .unwrap();
        let in_project = w.topic(w.anna, &w.project, "Reading group", false).await;
        let tagged = w
            .topic(w.anna, &w.helpdesk, "Tagged VPN question", true)
            .await;
        let secret = create_status(
            &w.b,
            &w.ctx(w.karin),
            "Acme signs Friday",
            "en",
            Some(&w.secret),
        )
        .await
        .unwrap();
        let by_karin = create_status(&w.b, &w.ctx(w.karin), "Karin's public note", "sv", None)
            .await
            .unwrap();
        // Mikko follows nothing yet: his stream is empty.
        assert!(w.home(w.mikko).await.items.is_empty());
        social::follow_person(&w.b, &w.ctx(w.mikko), w.anna, true)
            .await
            .unwrap();
        social::follow_person(&w.b, &w.ctx(w.mikko), w.karin, true)
            .await
            .unwrap();
        let home = w.home(w.mikko).await;
        // Karin's post in the restricted community is not his to see, following or not.
        assert_eq!(
            ids(&home),
            vec![by_karin.id, tagged, in_project, by_anna.id]
        );
        social::follow_person(&w.b, &w.ctx(w.mikko), w.anna, false)
            .await
            .unwrap();
        social::follow_tag(&w.b, &w.ctx(w.mikko), "#VPN", true)
            .await
            .unwrap();
        social::follow_community(&w.b, &w.ctx(w.mikko), &w.project, true)
            .await
            .unwrap();
        assert_eq!(
            ids(&w.home(w.mikko).await),
            vec![by_karin.id, tagged, in_project]
        );
        let forum_only = stream::home(&w.b, &w.ctx(w.mikko), Some("forum"), None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&forum_only), vec![tagged, in_project]);
        let bad = stream::home(&w.b, &w.ctx(w.mikko), Some("gossip"), None, &READER).await;
        assert!(matches!(err(bad), AppError::InvalidRequest { .. }));
        // Erik is in the client team: its post is in his stream, through membership.
        assert!(ids(&w.home(w.erik).await).contains(&secret.id));
        // A following list that is not also visible is not listed either.
        social::follow_community(&w.b, &w.ctx(w.mikko), &w.secret, true)
            .await
            .map(|_| ())
            .unwrap_err();
        let following = social::following(&w.b, &w.ctx(w.mikko)).await.unwrap();
        assert_eq!(following.tags, vec!["vpn".to_owned()]);
        assert_eq!(following.people.len(), 1);
    }
}

#[tokio::test]
async fn the_stream_pages_with_a_cursor_and_reaches_old_posts() {
    for b in backends().await {
        let w = World::new(b).await;
        let mut posted = Vec::new();
        for i in 0..25 {
            let s = create_status(&w.b, &w.ctx(w.anna), &format!("Post {i}"), "sv", None)
                .await
                .unwrap();
            posted.push(s.id);
        }
        // The first ten are months old: only the widest window reaches them.
        let day = 24 * 3600 * 1000_i64;
        for (n, id) in posted.iter().take(10).enumerate() {
            sqlx::query("UPDATE content SET published_at = published_at - $2 WHERE id = $1")
                .bind(*id)
                .bind(500 * day - n as i64)
                .execute(&w.b.db.pool)
                .await
                .unwrap();
        }
        social::follow_person(&w.b, &w.ctx(w.erik), w.anna, true)
            .await
            .unwrap();
        let first = w.home(w.erik).await;
        assert_eq!(first.items.len(), 20);
        let cursor = first.next_cursor.clone().unwrap();
        let second = stream::home(&w.b, &w.ctx(w.erik), None, Some(&cursor), &READER)
            .await
            .unwrap();
        assert_eq!(second.items.len(), 5);
        assert!(second.next_cursor.is_none());
        let mut all: Vec<i64> = ids(&first);
        all.extend(ids(&second));
        let mut want = posted[10..].to_vec();
        want.reverse();
        let mut old = posted[..10].to_vec();
        old.reverse();
        want.extend(old);
        assert_eq!(all, want);
    }
}

#[tokio::test]
async fn mentions_reach_only_people_who_can_see_the_place() {
    for b in backends().await {
        let w = World::new(b).await;
        let text = format!(
            "@[Erik](user:{}) and @[Mikko](user:{}): the term sheet is in the folder",
            w.erik.0, w.mikko.0
        );
        let saved = create_status(&w.b, &w.ctx(w.karin), &text, "en", Some(&w.secret))
            .await
            .unwrap();
        // Mikko is outside the client team: nobody tells him, and Karin is told so.
        let missed: Vec<_> = saved.not_notified.iter().map(|p| p.id).collect();
        assert_eq!(missed, vec![w.mikko]);
        assert_eq!(w.unread(w.mikko).await, 0);
        assert_eq!(
            w.unread(w.erik).await,
            2,
            "added to the team, and mentioned"
        );
        let erik_stream = w.home(w.erik).await;
        assert!(ids(&erik_stream).contains(&saved.id));
        // The picker offers only members in the restricted community, everyone elsewhere.
        let in_secret = social::mention_suggest(&w.b, &w.ctx(w.karin), "mi", Some(&w.secret))
            .await
            .unwrap();
        assert!(in_secret.items.is_empty());
        let in_secret = social::mention_suggest(&w.b, &w.ctx(w.karin), "er", Some(&w.secret))
            .await
            .unwrap();
        assert_eq!(in_secret.items.len(), 1);
        let public = social::mention_suggest(&w.b, &w.ctx(w.karin), "mi", Some(&w.helpdesk))
            .await
            .unwrap();
        assert_eq!(public.items[0].id, w.mikko);
        let outsider = social::mention_suggest(&w.b, &w.ctx(w.mikko), "er", Some(&w.secret)).await;
        assert_eq!(err(outsider), AppError::NotFound);
        // A public mention reaches anyone, once, even after an edit.
        let hi = format!("Hej @[Mikko](user:{})", w.mikko.0);
        let s = create_status(&w.b, &w.ctx(w.anna), &hi, "sv", None)
            .await
            .unwrap();
        assert!(s.not_notified.is_empty());
        update(
            &w.b,
            &w.ctx(w.anna),
            s.id,
            None,
            &format!("{hi}!"),
            None,
            None,
        )
        .await
        .unwrap();
        assert_eq!(w.unread(w.mikko).await, 1);
        assert!(ids(&w.home(w.mikko).await).contains(&s.id));
    }
}

#[tokio::test]
async fn notifications_vanish_when_the_recipient_loses_sight_of_the_place() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.erik, &w.secret, "Covenants", false).await;
        create_reply(&w.b, &w.ctx(w.karin), topic, "See clause 4", "en")
            .await
            .unwrap();
        let before = notification::list(&w.b, &w.ctx(w.erik), None)
            .await
            .unwrap();
        assert_eq!(before.unread, 2, "added, and a reply");
        remove_member(&w.b, &w.ctx(w.karin), &w.secret, w.erik, "Left the deal")
            .await
            .unwrap();
        let after = notification::list(&w.b, &w.ctx(w.erik), None)
            .await
            .unwrap();
        assert!(after.items.is_empty(), "{:?}", after.items);
        assert_eq!(after.unread, 0);
        // Marking read works on what is left, and on everything.
        let s = create_status(&w.b, &w.ctx(w.anna), "Hi", "sv", None)
            .await
            .unwrap();
        social::toggle_like(&w.b, &w.ctx(w.erik), s.id)
            .await
            .unwrap();
        let anna = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        assert_eq!(anna.unread, 1);
        let id = anna.items[0].id;
        let left = notification::mark_read(&w.b, &w.ctx(w.anna), &[id])
            .await
            .unwrap();
        assert_eq!(left.unread, 0);
        // Someone else's notification cannot be marked by id.
        notification::mark_read(&w.b, &w.ctx(w.erik), &[id])
            .await
            .unwrap();
        let read = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        assert!(read.items[0].read);
    }
}

#[tokio::test]
async fn join_requests_and_approvals_are_notified() {
    for b in backends().await {
        let w = World::new(b).await;
        let moderated = create_community(
            &w.b,
            &w.ctx(w.anna),
            NewCommunity::parse(
                "Credit risk",
                "",
                "moderated",
                "project",
                vec!["en".into()],
                None,
                30,
            )
            .unwrap(),
        )
        .await
        .unwrap()
        .slug;
        request_to_join(&w.b, &w.ctx(w.mikko), &moderated, "Please")
            .await
            .unwrap();
        let anna = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        assert_eq!(anna.items[0].kind, NotificationKind::JoinRequest);
        assert_eq!(
            anna.items[0].community_slug.as_deref(),
            Some(moderated.as_str())
        );
        decide_request(&w.b, &w.ctx(w.anna), &moderated, w.mikko, true, "")
            .await
            .unwrap();
        let mikko = notification::list(&w.b, &w.ctx(w.mikko), None)
            .await
            .unwrap();
        assert_eq!(mikko.items[0].kind, NotificationKind::Approved);
    }
}

#[tokio::test]
async fn a_restricted_communitys_content_is_invisible_to_outsiders_and_admins() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.karin, &w.secret, "Acme term sheet", false).await;
        let reply = create_reply(&w.b, &w.ctx(w.erik), topic, "Reviewed", "en")
            .await
            .unwrap();
        let status = create_status(
            &w.b,
            &w.ctx(w.erik),
            "Acme call at 10",
            "en",
            Some(&w.secret),
        )
        .await
        .unwrap();
        for outsider in [w.mikko, w.admin] {
            let ctx = w.ctx(outsider);
            for id in [topic, reply.id, status.id] {
                assert_eq!(err(get(&w.b, &ctx, id, None).await), AppError::NotFound);
                assert_eq!(err(thread(&w.b, &ctx, id, None).await), AppError::NotFound);
                assert_eq!(
                    err(social::likers(&w.b, &ctx, id).await),
                    AppError::NotFound
                );
                assert_eq!(
                    err(social::toggle_like(&w.b, &ctx, id).await),
                    AppError::NotFound
                );
                let c = create_comment(&w.b, &ctx, id, "x", "en").await;
                assert_eq!(err(c), AppError::NotFound);
                let d = delete(&w.b, &ctx, id).await;
                assert_eq!(err(d), AppError::NotFound);
            }
            let r = create_reply(&w.b, &ctx, topic, "x", "en").await;
            assert_eq!(err(r), AppError::NotFound);
            let a = forum::accept(&w.b, &ctx, topic, Some(reply.id)).await;
            assert_eq!(err(a), AppError::NotFound);
            let list = forum::topics(&w.b, &ctx, &w.secret, "", None, &READER).await;
            assert_eq!(err(list), AppError::NotFound);
            let cs = stream::community(&w.b, &ctx, &w.secret, None, None, &READER).await;
            assert_eq!(err(cs), AppError::NotFound);
            let tag = stream::tag(&w.b, &ctx, "vpn", None, &READER).await.unwrap();
            assert!(tag.items.is_empty());
            let person = stream::person(&w.b, &ctx, w.erik, None, None, &READER)
                .await
                .unwrap();
            assert!(person.items.is_empty());
            let post = create_status(&w.b, &ctx, "x", "en", Some(&w.secret)).await;
            assert_eq!(err(post), AppError::NotFound);
        }
        // Members see all of it.
        let members = forum::topics(&w.b, &w.ctx(w.erik), &w.secret, "", None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&members), vec![topic]);
        let tag = stream::tag(&w.b, &w.ctx(w.erik), "vpn", None, &READER)
            .await
            .unwrap();
        assert_eq!(ids(&tag), vec![topic]);
    }
}

#[tokio::test]
async fn the_demo_conversation_is_multilingual_and_keeps_client_rooms_private() {
    use crate::server::account::repo::find_id_by_email;
    use crate::server::demo::seed_if_empty;
    for b in backends().await {
        seed_if_empty(&b).await.unwrap();
        let id = |email: &'static str| {
            let b = b.clone();
            async move { find_id_by_email(&b.db, email).await.unwrap().unwrap() }
        };
        let anna = as_member(id("anna.lindqvist@nordbanken.example").await);
        let helpdesk = "it-helpdesk";
        let answered = forum::topics(&b, &anna, helpdesk, "answered", None, &EVERY)
            .await
            .unwrap();
        let unanswered = forum::topics(&b, &anna, helpdesk, "unanswered", None, &EVERY)
            .await
            .unwrap();
        assert!(answered.items.len() >= 3, "{}", answered.items.len());
        assert!(unanswered.items.len() >= 3, "{}", unanswered.items.len());
        let all = forum::topics(&b, &anna, helpdesk, "", None, &EVERY)
            .await
            .unwrap();
        assert!(all.items[0].pinned);
        let home = stream::home(&b, &anna, None, None, &EVERY).await.unwrap();
        assert!(home.items.len() >= 10, "{}", home.items.len());
        let mut langs: Vec<String> = Vec::new();
        for t in [&answered, &unanswered, &home] {
            for i in &t.items {
                // Written in: an item read in translation counts in its original's language.
                let lang = i.translated_from.as_ref().map_or(&i.lang, |f| &f.lang);
                if !langs.contains(lang) {
                    langs.push(lang.clone());
                }
            }
        }
        assert!(langs.len() >= 5, "{langs:?}");
        // Anna is in no client team: nothing from one reaches her, by any list.
        let mut cursor = None;
        loop {
            let page = stream::home(&b, &anna, None, cursor.as_deref(), &EVERY)
                .await
                .unwrap();
            for i in &page.items {
                let slug = i.community_slug.clone().unwrap_or_default();
                assert!(!slug.starts_with("r-"), "{i:?}");
            }
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        let notes = notification::list(&b, &anna, None).await.unwrap();
        assert!(notes.unread > 0);
    }
}
