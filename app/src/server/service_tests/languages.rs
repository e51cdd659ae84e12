//! Reader languages and linked translations: which items a list shows and what it says it
//! left out, which version a reader reads, outdated translations and who is told, what a
//! translation may be, and that nothing of a restricted community is ever counted for an
//! outsider.

use super::{account, as_admin, as_member};
use crate::error::{AppError, FieldError};
use crate::model::content::{NotificationKind, StreamPage};
use crate::model::ids::UserId;
use crate::model::language::{LanguageRequest, NewTranslation};
use crate::server::community::input::NewCommunity;
use crate::server::community::membership::{invite, join};
use crate::server::community::service::{CommunityPatch, create_community, update_community};
use crate::server::content::thread::get;
use crate::server::content::thread::thread;
use crate::server::content::writing::{
    NewPost, create_comment, create_status, create_topic, delete, update,
};
use crate::server::content::{forum, social, stream, translation};
use crate::server::ctx::{Backend, RequestCtx};
use crate::server::fault::ServiceResult;
use crate::server::notification;
use crate::server::profile::service::{ProfilePatch, update_profile};
use crate::server::settings::set_restricted_creator;
use crate::server::testing::backends;

fn err<T: std::fmt::Debug>(r: ServiceResult<T>) -> AppError {
    AppError::from(r.unwrap_err())
}

fn field(e: AppError) -> Vec<(String, String)> {
    match e {
        AppError::ValidationFailed { fields } => fields
            .into_iter()
            .map(|FieldError { field, code, .. }| (field, code))
            .collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

fn hidden(page: &StreamPage) -> Vec<(&str, i64)> {
    page.hidden_by_language
        .iter()
        .map(|(l, n)| (l.as_str(), *n))
        .collect()
}

fn langs(lang: Option<&str>, all: Option<bool>) -> LanguageRequest {
    LanguageRequest {
        lang: lang.map(str::to_owned),
        all_languages: all,
    }
}

/// Erik and Anna read Swedish and English (their accounts are Swedish); Mikko reads Finnish
/// and English. A public helpdesk everyone may write in, and a restricted client team of
/// Karin's with Erik in it.
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
    async fn new(b: Backend) -> Self {
        let admin = account(&b, "admin@bank.example", "Astrid Admin", true).await;
        let anna = account(&b, "anna@bank.example", "Anna Lindqvist", false).await;
        let erik = account(&b, "erik@bank.example", "Erik Johansson", false).await;
        let karin = account(&b, "karin@bank.example", "Karin Berg", false).await;
        let mikko = account(&b, "mikko@bank.example", "Mikko Virtanen", false).await;
        let finnish = ProfilePatch {
            read_languages: Some(vec!["fi".into(), "en".into()]),
            ..ProfilePatch::default()
        };
        update_profile(&b, &as_member(mikko), mikko, finnish)
            .await
            .unwrap();
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

    fn ctx(&self, u: UserId) -> RequestCtx {
        as_member(u)
    }

    async fn topic(&self, who: UserId, slug: &str, title: &str, lang: &str) -> i64 {
        let post = NewPost {
            community_slug: Some(slug),
            title,
            body: "Body of the topic",
            lang,
            tags: &["vpn".to_owned()],
            published: true,
            question: Some(false),
        };
        create_topic(&self.b, &self.ctx(who), post)
            .await
            .unwrap()
            .id
    }

    async fn translate(&self, who: UserId, id: i64, lang: &str, title: &str) -> i64 {
        let new = NewTranslation {
            original_id: id,
            lang: lang.into(),
            title: Some(title.into()),
            body: format!("{title}: the body"),
        };
        translation::create(&self.b, &self.ctx(who), new)
            .await
            .unwrap()
            .id
    }

    async fn community_stream(&self, who: UserId, request: LanguageRequest) -> StreamPage {
        stream::community(
            &self.b,
            &self.ctx(who),
            &self.helpdesk,
            None,
            None,
            &request,
        )
        .await
        .unwrap()
    }
}

#[tokio::test]
async fn a_list_shows_the_readers_languages_and_says_what_it_left_out() {
    for b in backends().await {
        let w = World::new(b).await;
        for title in ["VPN katkeaa", "Tulostin", "Salasana"] {
            w.topic(w.mikko, &w.helpdesk, title, "fi").await;
        }
        w.topic(w.mikko, &w.helpdesk, "Parool", "et").await;
        let sv = w.topic(w.anna, &w.helpdesk, "Skrivaren", "sv").await;
        let und = w.topic(w.anna, &w.helpdesk, "???", "und").await;

        let erik = w.community_stream(w.erik, langs(None, None)).await;
        let ids: Vec<i64> = erik.items.iter().map(|i| i.id).collect();
        assert_eq!(ids, vec![und, sv], "Swedish and undetermined, newest first");
        assert_eq!(hidden(&erik), vec![("et", 1), ("fi", 3)]);
        assert_eq!(erik.languages.languages, vec!["sv", "en"]);
        assert!(!erik.languages.all_languages);

        // Shown once, by asking for Finnish: the others are counted instead.
        let fi = w.community_stream(w.erik, langs(Some("fi"), None)).await;
        assert_eq!(fi.items.len(), 4, "three Finnish and the undetermined one");
        assert_eq!(hidden(&fi), vec![("et", 1), ("sv", 1)]);

        // The cross-language view: everything, nothing hidden.
        let all = w.community_stream(w.erik, langs(None, Some(true))).await;
        assert_eq!(all.items.len(), 6);
        assert!(all.hidden_by_language.is_empty());

        // Switched on for good in the profile, it is the default everywhere.
        let on = ProfilePatch {
            all_languages: Some(true),
            ..ProfilePatch::default()
        };
        update_profile(&w.b, &w.ctx(w.erik), w.erik, on)
            .await
            .unwrap();
        let home = stream::home(&w.b, &w.ctx(w.erik), None, None, &langs(None, None))
            .await
            .unwrap();
        assert_eq!(home.items.len(), 6);
        assert!(home.hidden_by_language.is_empty());
        assert_eq!(home.languages.source, "reader");
        // And the URL still wins over it.
        let back = w.community_stream(w.erik, langs(None, Some(false))).await;
        assert_eq!(hidden(&back), vec![("et", 1), ("fi", 3)]);

        // "Always show" is adding the language to the reader's languages.
        let always = ProfilePatch {
            read_languages: Some(vec!["sv".into(), "en".into(), "fi".into()]),
            all_languages: Some(false),
            ..ProfilePatch::default()
        };
        update_profile(&w.b, &w.ctx(w.erik), w.erik, always)
            .await
            .unwrap();
        let now = w.community_stream(w.erik, langs(None, None)).await;
        assert_eq!(hidden(&now), vec![("et", 1)]);

        // Forums and tag pages count the same way.
        let topics = forum::topics(
            &w.b,
            &w.ctx(w.anna),
            &w.helpdesk,
            "",
            None,
            &langs(None, None),
        )
        .await
        .unwrap();
        assert_eq!(hidden(&topics), vec![("et", 1), ("fi", 3)]);
        let tag = stream::tag(&w.b, &w.ctx(w.anna), "vpn", None, &langs(None, None))
            .await
            .unwrap();
        assert_eq!(hidden(&tag), vec![("et", 1), ("fi", 3)]);

        let bad = stream::tag(&w.b, &w.ctx(w.anna), "vpn", None, &langs(Some("<x>"), None)).await;
        assert!(matches!(err(bad), AppError::InvalidRequest { .. }));
    }
}

#[tokio::test]
async fn a_community_may_show_every_language_by_default() {
    for b in backends().await {
        let w = World::new(b).await;
        w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        let before = w.community_stream(w.erik, langs(None, None)).await;
        assert_eq!(hidden(&before), vec![("fi", 1)]);
        let on = CommunityPatch {
            all_languages: Some(true),
            ..CommunityPatch::default()
        };
        update_community(&w.b, &w.ctx(w.anna), &w.helpdesk, on)
            .await
            .unwrap();
        let after = w.community_stream(w.erik, langs(None, None)).await;
        assert_eq!(after.items.len(), 1);
        assert_eq!(after.languages.source, "community");
        // Only the community's own lists: the home stream keeps the reader's languages.
        let home = stream::home(&w.b, &w.ctx(w.erik), None, None, &langs(None, None))
            .await
            .unwrap();
        assert_eq!(hidden(&home), vec![("fi", 1)]);
        // Only its owners decide.
        let off = CommunityPatch {
            all_languages: Some(false),
            ..CommunityPatch::default()
        };
        let denied = update_community(&w.b, &w.ctx(w.erik), &w.helpdesk, off).await;
        assert_eq!(err(denied), AppError::Forbidden);
    }
}

#[tokio::test]
async fn counts_never_include_what_the_reader_may_not_see() {
    for b in backends().await {
        let w = World::new(b).await;
        w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        for title in ["Acme luotto", "Acme vakuus"] {
            w.topic(w.karin, &w.secret, title, "fi").await;
        }
        // Anna is not in the client team: only the helpdesk's Finnish topic is counted.
        let anna = stream::tag(&w.b, &w.ctx(w.anna), "vpn", None, &langs(None, None))
            .await
            .unwrap();
        assert_eq!(hidden(&anna), vec![("fi", 1)]);
        let all = stream::tag(&w.b, &w.ctx(w.anna), "vpn", None, &langs(None, Some(true)))
            .await
            .unwrap();
        assert_eq!(all.items.len(), 1);
        // Erik is: all three.
        let erik = stream::tag(&w.b, &w.ctx(w.erik), "vpn", None, &langs(None, None))
            .await
            .unwrap();
        assert_eq!(hidden(&erik), vec![("fi", 3)]);
        // A person's stream counts only what the reader may see of them.
        let karin = stream::person(
            &w.b,
            &w.ctx(w.anna),
            w.karin,
            None,
            None,
            &langs(None, None),
        )
        .await
        .unwrap();
        assert!(karin.items.is_empty());
        assert!(karin.hidden_by_language.is_empty());
    }
}

#[tokio::test]
async fn the_reader_reads_the_first_of_their_languages_that_exists() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        let sv = w.translate(w.anna, topic, "sv", "VPN bryts").await;

        // Erik reads Swedish first: the topic is in his list, in Swedish, under its own id.
        let erik = w.community_stream(w.erik, langs(None, None)).await;
        assert!(
            erik.hidden_by_language.is_empty(),
            "the translation shows it"
        );
        let item = &erik.items[0];
        assert_eq!((item.id, item.lang.as_str()), (topic, "sv"));
        assert_eq!(item.title.as_deref(), Some("VPN bryts"));
        let from = item.translated_from.as_ref().unwrap();
        assert_eq!((from.id, from.lang.as_str()), (topic, "fi"));
        assert!(!item.outdated);

        let read = get(&w.b, &w.ctx(w.erik), topic, None).await.unwrap();
        assert_eq!(read.lang, "sv");
        assert_eq!(read.body, "VPN bryts: the body");
        assert_eq!(read.translation_id, Some(sv));
        assert_eq!(read.translator.as_ref().map(|p| p.id), Some(w.anna));
        let versions: Vec<(&str, bool)> = read
            .versions
            .iter()
            .map(|v| (v.lang.as_str(), v.original))
            .collect();
        assert_eq!(versions, vec![("fi", true), ("sv", false)]);
        // One click to the original.
        let original = get(&w.b, &w.ctx(w.erik), topic, Some("fi")).await.unwrap();
        assert_eq!(
            (original.lang.as_str(), original.translated_from),
            ("fi", None)
        );
        // The thread page reads the same way.
        let t = thread(&w.b, &w.ctx(w.erik), topic, None).await.unwrap();
        assert_eq!(t.item.lang, "sv");
        // The translation's own id gives the translation, linked to its original.
        let own = get(&w.b, &w.ctx(w.mikko), sv, None).await.unwrap();
        assert_eq!(own.lang, "sv");
        assert_eq!(own.translated_from.unwrap().id, topic);

        // Mikko reads Finnish first, and reads his own words as written anyway.
        let mikko = get(&w.b, &w.ctx(w.mikko), topic, None).await.unwrap();
        assert_eq!((mikko.lang.as_str(), mikko.translated_from), ("fi", None));
        // Karin reads Swedish too.
        let karin = get(&w.b, &w.ctx(w.karin), topic, None).await.unwrap();
        assert_eq!(karin.lang, "sv");

        // Side by side: both as written.
        let both = translation::compare(&w.b, &w.ctx(w.erik), topic, "sv")
            .await
            .unwrap();
        assert_eq!(both.original.lang, "fi");
        assert_eq!(both.translation.lang, "sv");
        assert_eq!(both.translation.id, sv);

        // Its translator deletes it: the Finnish topic is left out again, and counted.
        delete(&w.b, &w.ctx(w.anna), sv).await.unwrap();
        let gone = w.community_stream(w.erik, langs(None, None)).await;
        assert!(gone.items.is_empty());
        assert_eq!(hidden(&gone), vec![("fi", 1)]);
    }
}

#[tokio::test]
async fn editing_the_original_outdates_its_translations_and_tells_the_translator() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        let sv = w.translate(w.anna, topic, "sv", "VPN bryts").await;
        assert!(
            translation::outdated(&w.b, &w.ctx(w.anna), &w.helpdesk)
                .await
                .unwrap()
                .items
                .is_empty()
        );

        update(
            &w.b,
            &w.ctx(w.mikko),
            topic,
            None,
            "Korjattu: käynnistä kone uudelleen",
            None,
            None,
        )
        .await
        .unwrap();
        let read = get(&w.b, &w.ctx(w.erik), topic, None).await.unwrap();
        assert_eq!(read.lang, "sv");
        assert!(read.outdated, "translated before the author's last edit");
        let item = &w.community_stream(w.erik, langs(None, None)).await.items[0];
        assert!(item.outdated);

        let told = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        let outdated: Vec<_> = told
            .items
            .iter()
            .filter(|n| n.kind == NotificationKind::TranslationOutdated)
            .collect();
        assert_eq!(outdated.len(), 1);
        assert_eq!(outdated[0].content_id, Some(sv));
        assert_eq!(outdated[0].actor.as_ref().map(|p| p.id), Some(w.mikko));

        let list = translation::outdated(&w.b, &w.ctx(w.erik), &w.helpdesk)
            .await
            .unwrap();
        assert_eq!(list.items.len(), 1);
        assert_eq!((list.items[0].id, list.items[0].original_id), (sv, topic));
        assert_eq!(
            (list.items[0].source_version, list.items[0].original_version),
            (1, 2)
        );

        // A second edit does not tell her again; her own update brings it up to date.
        update(
            &w.b,
            &w.ctx(w.mikko),
            topic,
            None,
            "Korjattu taas",
            None,
            None,
        )
        .await
        .unwrap();
        let again = notification::list(&w.b, &w.ctx(w.anna), None)
            .await
            .unwrap();
        let count = again
            .items
            .iter()
            .filter(|n| n.kind == NotificationKind::TranslationOutdated)
            .count();
        assert_eq!(count, 1);
        update(
            &w.b,
            &w.ctx(w.anna),
            sv,
            Some("VPN bryts"),
            "Löst: starta om",
            Some("fi"),
            None,
        )
        .await
        .unwrap();
        let fresh = get(&w.b, &w.ctx(w.erik), topic, None).await.unwrap();
        assert!(!fresh.outdated);
        assert_eq!(fresh.lang, "sv", "a translation keeps its language");
        assert!(
            translation::outdated(&w.b, &w.ctx(w.anna), &w.helpdesk)
                .await
                .unwrap()
                .items
                .is_empty()
        );
        // Only its translator edits a translation.
        let other = update(&w.b, &w.ctx(w.erik), sv, None, "Nej", None, None).await;
        assert_eq!(err(other), AppError::Forbidden);
    }
}

#[tokio::test]
async fn a_translation_follows_the_places_rules_and_its_originals_thread() {
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        let new = |id: i64, lang: &str| NewTranslation {
            original_id: id,
            lang: lang.into(),
            title: Some("Otsikko".into()),
            body: "Text".into(),
        };
        let w = &w;
        let t = |who: UserId, n: NewTranslation| {
            let ctx = w.ctx(who);
            async move { translation::create(&w.b, &ctx, n).await }
        };
        assert_eq!(
            field(err(t(w.anna, new(topic, "fi")).await)),
            [("lang".into(), "same_language".into())]
        );
        assert_eq!(
            field(err(t(w.anna, new(topic, "")).await)),
            [("lang".into(), "required".into())]
        );
        let mut untitled = new(topic, "sv");
        untitled.title = None;
        assert_eq!(
            field(err(t(w.anna, untitled).await)),
            [("title".into(), "required".into())]
        );
        w.translate(w.anna, topic, "sv", "VPN bryts").await;
        assert_eq!(
            field(err(t(w.erik, new(topic, "sv")).await)),
            [("lang".into(), "translation_exists".into())]
        );
        // Comments are not translated.
        let status = create_status(&w.b, &w.ctx(w.anna), "Hej alla", "sv", None)
            .await
            .unwrap()
            .id;
        let comment = create_comment(&w.b, &w.ctx(w.erik), status, "Hej!", "sv")
            .await
            .unwrap()
            .id;
        assert_eq!(
            field(err(t(w.erik, new(comment, "en")).await)),
            [("original_id".into(), "not_translatable".into())]
        );
        // Anyone may translate a status update; nobody outside a restricted community may
        // translate there, or learn that the item exists.
        let mut en = new(status, "en");
        en.title = None;
        assert!(t(w.mikko, en).await.is_ok());
        let hidden = w.topic(w.karin, &w.secret, "Acme", "sv").await;
        assert_eq!(err(t(w.anna, new(hidden, "fi")).await), AppError::NotFound);
        assert!(t(w.erik, new(hidden, "fi")).await.is_ok());

        // Likes and comments given through the translation belong to the original.
        let sv = get(&w.b, &w.ctx(w.erik), topic, None)
            .await
            .unwrap()
            .translation_id
            .unwrap();
        social::toggle_like(&w.b, &w.ctx(w.erik), sv).await.unwrap();
        let reply = crate::server::content::writing::create_reply(
            &w.b,
            &w.ctx(w.erik),
            sv,
            "Samma här",
            "sv",
        )
        .await
        .unwrap()
        .id;
        let original = get(&w.b, &w.ctx(w.mikko), topic, None).await.unwrap();
        assert_eq!((original.like_count, original.reply_count), (1, 1));
        let th = thread(&w.b, &w.ctx(w.mikko), sv, None).await.unwrap();
        assert_eq!(th.item.id, topic);
        assert_eq!(th.replies[0].item.id, reply);

        // Deleting the original takes its translations with it.
        delete(&w.b, &w.ctx(w.mikko), topic).await.unwrap();
        assert_eq!(
            err(get(&w.b, &w.ctx(w.anna), sv, None).await),
            AppError::NotFound
        );
        let _ = w.mikko;
    }
}

#[tokio::test]
async fn the_policy_decides_who_may_edit_the_translation_shown() {
    use crate::server::community::service::archive_community;
    for b in backends().await {
        let w = World::new(b).await;
        let topic = w.topic(w.mikko, &w.helpdesk, "VPN katkeaa", "fi").await;
        w.translate(w.anna, topic, "sv", "VPN bryts").await;
        // Shown in Swedish to its translator, who may edit it, and to Erik, who may not.
        let anna = get(&w.b, &w.ctx(w.anna), topic, Some("sv")).await.unwrap();
        assert!(anna.translated_from.is_some() && anna.can.edit_translation);
        let erik = get(&w.b, &w.ctx(w.erik), topic, Some("sv")).await.unwrap();
        assert!(erik.translated_from.is_some() && !erik.can.edit_translation);
        // An archived community is read-only: not even the translator edits it there.
        archive_community(&w.b, &w.ctx(w.anna), &w.helpdesk, true)
            .await
            .unwrap();
        let anna = get(&w.b, &w.ctx(w.anna), topic, Some("sv")).await.unwrap();
        assert!(anna.translated_from.is_some() && !anna.can.edit_translation);
        let whole = thread(&w.b, &w.ctx(w.anna), topic, Some("sv"))
            .await
            .unwrap();
        assert!(!whole.item.can.edit_translation);
    }
}
