//! Search: each kind found, inflected forms in each language, names and departments as a
//! new user types them, and a restricted community's words never reaching an outsider or an
//! admin outside it (hits, totals, facets, suggestions, spelling, similar answers), with its
//! members as the control; leaving a community, edits, deletions and a crash before
//! indexing.

use super::cast::Cast;
use crate::error::AppError;
use crate::model::ids::UserId;
use crate::model::search::{SearchKind, SearchResults};
use crate::server::community::membership::leave;
use crate::server::content::writing::{
    NewPost, create_blog_post, create_comment, create_reply, create_status, create_topic,
};
use crate::server::ctx::Backend;
use crate::server::profile::service::{ProfilePatch, update_profile};
use crate::server::search::indexer::Indexer;
use crate::server::search::service::{SearchRequest, search};
use crate::server::search::suggest::{similar, suggest};
use crate::server::testing::backends;
use crate::server::wiki::service::{NewPage, create as create_page};

/// Searches as `who`, across languages unless `cross` is false.
async fn find(c: &Cast, who: UserId, q: &str) -> SearchResults {
    let req = SearchRequest {
        q: q.to_owned(),
        all_languages: Some(true),
        ..SearchRequest::default()
    };
    search(&c.b, &c.ctx(who), req).await.unwrap()
}

fn ids(r: &SearchResults) -> Vec<i64> {
    r.hits.iter().map(|h| h.id).collect()
}

async fn post(
    c: &Cast,
    who: UserId,
    slug: Option<&str>,
    title: &str,
    body: &str,
    lang: &str,
) -> i64 {
    let p = NewPost {
        community_slug: slug,
        title,
        body,
        lang,
        tags: &[],
        published: true,
        question: None,
    };
    create_blog_post(&c.b, &c.ctx(who), p).await.unwrap().id
}

async fn new_topic(c: &Cast, who: UserId, slug: &str, title: &str, body: &str) -> i64 {
    let p = NewPost {
        community_slug: Some(slug),
        title,
        body,
        lang: "en",
        tags: &[],
        published: true,
        question: Some(false),
    };
    create_topic(&c.b, &c.ctx(who), p).await.unwrap().id
}

async fn indexer(b: &Backend) -> Indexer {
    Indexer::start(b).await.unwrap()
}

#[tokio::test]
async fn every_kind_is_found_by_its_words() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let status = create_status(&c.b, &c.ctx(c.anna), "Kaffemaskinen är lagad", "sv", None)
            .await
            .unwrap()
            .id;
        let blog = post(
            &c,
            c.anna,
            None,
            "Skrivarguide",
            "Så skriver du ut dubbelsidigt",
            "sv",
        )
        .await;
        let topic = create_topic(
            &c.b,
            &c.ctx(c.erik),
            NewPost {
                community_slug: Some(&c.public),
                title: "Tangentbordet hakar upp sig",
                body: "Vad gör jag?",
                lang: "sv",
                tags: &[],
                published: true,
                question: Some(true),
            },
        )
        .await
        .unwrap()
        .id;
        let reply = create_reply(
            &c.b,
            &c.ctx(c.anna),
            topic,
            "Prova att blåsa rent tangenterna",
            "sv",
        )
        .await
        .unwrap()
        .id;
        let comment = create_comment(&c.b, &c.ctx(c.erik), blog, "Tack för skrivartipset", "sv")
            .await
            .unwrap()
            .id;
        let page = create_page(
            &c.b,
            &c.ctx(c.anna),
            NewPage {
                community_slug: &c.public,
                title: "Brandväggen",
                body: "Regler för brandväggen",
                lang: "sv",
                parent_id: None,
                tags: &[],
            },
        )
        .await
        .unwrap()
        .id;
        let mut ix = indexer(&c.b).await;
        // Written after the first build: found through the outbox.
        update_profile(
            &c.b,
            &c.ctx(c.mikko),
            c.mikko,
            ProfilePatch {
                title: Some("Nätverkstekniker".into()),
                department: Some("IT".into()),
                expertise: Some(vec!["Process automation".into()]),
                ..ProfilePatch::default()
            },
        )
        .await
        .unwrap();
        ix.catch_up().await.unwrap();
        for (q, id, kind) in [
            ("kaffemaskinen", status, SearchKind::Status),
            ("dubbelsidigt", blog, SearchKind::BlogPost),
            ("tangentbordet", topic, SearchKind::Topic),
            ("blåsa", reply, SearchKind::Reply),
            ("skrivartipset", comment, SearchKind::Comment),
            ("brandväggen", page, SearchKind::WikiPage),
            ("nätverkstekniker", c.mikko.0, SearchKind::Person),
            ("automation", c.mikko.0, SearchKind::Person),
            ("IT", c.mikko.0, SearchKind::Person),
            ("mikko", c.mikko.0, SearchKind::Person),
        ] {
            let r = find(&c, c.karin, q).await;
            assert!(
                r.hits.iter().any(|h| h.id == id && h.kind == kind),
                "{q}: {:?}",
                r.hits
            );
        }
        let r = find(&c, c.karin, "helpdesk").await;
        assert!(
            r.hits.iter().any(|h| h.kind == SearchKind::Community),
            "the community by its name: {:?}",
            r.hits
        );
        // A reply links to its place in the thread; a page to the wiki.
        let r = find(&c, c.karin, "blåsa").await;
        assert_eq!(r.hits[0].url, format!("/posts/{topic}#item-{reply}"));
        let r = find(&c, c.karin, "brandväggen").await;
        assert_eq!(
            r.hits[0].url,
            format!("/communities/{}/wiki/{page}", c.public)
        );
        assert!(r.hits[0].snippet_html.contains("<mark>"), "{:?}", r.hits[0]);
    }
}

#[tokio::test]
async fn inflected_forms_and_names_are_found_in_each_language() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let docs = [
            ("sv", "Byt lösenord", "lösenordet"),
            ("fi", "Vaihda salasana", "salasanan"),
            ("pl", "Zmień hasło", "hasła"),
            ("lt", "Pakeiskite slaptažodis", "slaptažodžio"),
            ("de", "Passwort ändern", "passwörter"),
            ("nb", "Skriveren virker ikke", "skriver"),
            ("da", "Printeren er klar", "printere"),
            ("en", "Reset passwords", "password"),
            ("lv", "Mainiet paroli", "paroles"),
            // Forms the stemmers leave apart, met by their near stems.
            ("fi", "Älä jaa salasanoja", "salasana"),
            ("et", "Mikrofon ei tööta", "mikrofoniga"),
            ("et", "Söökla on suletud", "sööklasse"),
        ];
        let mut made = Vec::new();
        for (lang, title, _) in docs {
            made.push(post(&c, c.anna, None, title, "—", lang).await);
        }
        update_profile(
            &c.b,
            &c.ctx(c.erik),
            c.erik,
            ProfilePatch {
                display_name: Some("Katrin Müller".into()),
                ..ProfilePatch::default()
            },
        )
        .await
        .unwrap();
        update_profile(
            &c.b,
            &c.ctx(c.mikko),
            c.mikko,
            ProfilePatch {
                display_name: Some("Rūta Kazlauskienė".into()),
                ..ProfilePatch::default()
            },
        )
        .await
        .unwrap();
        indexer(&c.b).await;
        for ((lang, _, query), id) in docs.iter().zip(&made) {
            let r = find(&c, c.karin, query).await;
            assert!(ids(&r).contains(id), "{lang}: {query} → {:?}", r.hits);
        }
        for (q, who) in [
            ("muller", c.erik),
            ("ruta", c.mikko),
            ("kazlauskiene", c.mikko),
        ] {
            let r = find(&c, c.karin, q).await;
            assert!(ids(&r).contains(&who.0), "{q}: {:?}", r.hits);
        }
        // A typo in a longer word still finds it, and a query that finds nothing suggests
        // the word it meant.
        let r = find(&c, c.karin, "lösenrod").await;
        assert!(ids(&r).contains(&made[0]) || r.did_you_mean.as_deref() == Some("losenord"));
    }
}

#[tokio::test]
async fn a_readers_languages_filter_results_and_say_what_they_left_out() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let sv = post(&c, c.anna, None, "Zebrakod i kassan", "—", "sv").await;
        let fi = post(&c, c.anna, None, "Zebrakoodi kassassa", "Zebrakod", "fi").await;
        update_profile(
            &c.b,
            &c.ctx(c.karin),
            c.karin,
            ProfilePatch {
                read_languages: Some(vec!["sv".into()]),
                all_languages: Some(false),
                ..ProfilePatch::default()
            },
        )
        .await
        .unwrap();
        indexer(&c.b).await;
        let req = SearchRequest {
            q: "zebrakod".into(),
            ..SearchRequest::default()
        };
        let r = search(&c.b, &c.ctx(c.karin), req.clone()).await.unwrap();
        assert_eq!(ids(&r), vec![sv]);
        assert_eq!(r.hidden_by_language.get("fi"), Some(&1));
        assert_eq!(r.hidden_by_language.len(), 1);
        let all = SearchRequest {
            all_languages: Some(true),
            ..req
        };
        let r = search(&c.b, &c.ctx(c.karin), all).await.unwrap();
        assert!(ids(&r).contains(&fi) && ids(&r).contains(&sv));
        assert!(r.hidden_by_language.is_empty());
        assert_eq!(r.facets.lang.get("fi"), Some(&1));
    }
}

#[tokio::test]
async fn a_restricted_communitys_words_never_reach_anyone_outside_it() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let secret = new_topic(
            &c,
            c.karin,
            &c.secret,
            "Fjordkraft covenants",
            "Zanzibarwording in the term sheet",
        )
        .await;
        let topic = create_topic(
            &c.b,
            &c.ctx(c.erik),
            NewPost {
                community_slug: Some(&c.secret),
                title: "Zanzibarwording question",
                body: "How do we word the Zanzibarwording clause?",
                lang: "en",
                tags: &[],
                published: true,
                question: Some(true),
            },
        )
        .await
        .unwrap()
        .id;
        let public = new_topic(&c, c.anna, &c.public, "Public note", "Nothing secret here").await;
        let mut ix = indexer(&c.b).await;
        ix.catch_up().await.unwrap();
        // Control: a member finds it all, and suggestions and spelling come from it.
        let r = find(&c, c.erik, "zanzibarwording").await;
        assert!(
            ids(&r).contains(&secret) && ids(&r).contains(&topic),
            "{:?}",
            r.hits
        );
        assert!(r.facets.community.iter().any(|f| f.slug == c.secret));
        let s = suggest(&c.b, &c.ctx(c.erik), "fjordk").await.unwrap();
        assert!(s.suggestions.iter().any(|s| s.id == secret), "{s:?}");
        let typo = find(&c, c.erik, "zanzibarwordinh").await;
        assert!(!typo.hits.is_empty() || typo.did_you_mean.is_some());
        let r = find(&c, c.erik, "acme refinancing").await;
        assert!(r.hits.iter().any(|h| h.kind == SearchKind::Community));
        let nothing = find(&c, c.mikko, "qqqqqqqqq").await;
        for outsider in [c.mikko, c.admin] {
            for q in [
                "zanzibarwording",
                "fjordkraft",
                "zanzibarwordinh",
                "acme refinancing",
                "covenants",
            ] {
                let r = find(&c, outsider, q).await;
                assert!(r.hits.is_empty(), "{q}: {:?}", r.hits);
                assert_eq!(r.total, 0, "{q}");
                assert!(r.hidden_by_language.is_empty(), "{q}");
                assert!(
                    r.facets.community.is_empty() && r.facets.kind.is_empty(),
                    "{q}"
                );
                assert_eq!(r.did_you_mean, None, "{q}");
            }
            let s = suggest(&c.b, &c.ctx(outsider), "fjordk").await.unwrap();
            assert!(s.suggestions.is_empty(), "{s:?}");
            let s = suggest(&c.b, &c.ctx(outsider), "zanzibar").await.unwrap();
            assert!(s.suggestions.is_empty(), "{s:?}");
            let sim = similar(
                &c.b,
                &c.ctx(outsider),
                "zanzibarwording clause wording question",
                None,
            )
            .await
            .unwrap();
            assert!(sim.hits.is_empty(), "{sim:?}");
            // Naming the community answers as a community that does not exist.
            let named = SearchRequest {
                q: "note".into(),
                community_slug: Some(c.secret.clone()),
                all_languages: Some(true),
                ..SearchRequest::default()
            };
            let missing = SearchRequest {
                community_slug: Some("r-doesnotexist".into()),
                ..named.clone()
            };
            let a = search(&c.b, &c.ctx(outsider), named).await.unwrap();
            let b2 = search(&c.b, &c.ctx(outsider), missing).await.unwrap();
            assert_eq!(a, b2);
            // Their own search still works.
            assert!(ids(&find(&c, outsider, "public note").await).contains(&public));
            assert_eq!(find(&c, outsider, "qqqqqqqqq").await, nothing);
        }
        // Leaving takes effect at the next query, with nothing re-indexed.
        leave(&c.b, &c.ctx(c.erik), &c.secret).await.unwrap();
        let r = find(&c, c.erik, "zanzibarwording").await;
        assert!(r.hits.is_empty() && r.total == 0, "{:?}", r.hits);
    }
}

#[tokio::test]
async fn edits_and_deletions_reach_the_index_and_a_crash_before_indexing_loses_nothing() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let id = post(&c, c.anna, None, "Quokka notes", "first text", "en").await;
        let mut ix = indexer(&c.b).await;
        assert!(ids(&find(&c, c.erik, "quokka").await).contains(&id));
        crate::server::content::writing::update(
            &c.b,
            &c.ctx(c.anna),
            id,
            Some("Wombat notes"),
            "second text",
            None,
            None,
        )
        .await
        .unwrap();
        ix.catch_up().await.unwrap();
        assert!(find(&c, c.erik, "quokka").await.hits.is_empty());
        assert!(ids(&find(&c, c.erik, "wombat").await).contains(&id));
        // Written, then the server dies before indexing it: the next start catches up.
        let late = post(&c, c.anna, None, "Platypus notes", "—", "en").await;
        drop(ix);
        let mut again = indexer(&c.b).await;
        assert!(ids(&find(&c, c.erik, "platypus").await).contains(&late));
        crate::server::content::writing::delete(&c.b, &c.ctx(c.anna), late)
            .await
            .unwrap();
        again.catch_up().await.unwrap();
        assert!(find(&c, c.erik, "platypus").await.hits.is_empty());
    }
}

/// Sets an item's outbox rows aside (as if their transaction had not committed yet); they
/// are given back by [`commit_late`].
async fn hold_back(b: &Backend, item: i64) -> Vec<(i64, String, i64, i64)> {
    let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT seq, entity, entity_id, queued_at FROM search_outbox \
         WHERE entity = 'item' AND entity_id = $1 ORDER BY seq",
    )
    .bind(item)
    .fetch_all(&b.db.pool)
    .await
    .unwrap();
    sqlx::query("DELETE FROM search_outbox WHERE entity = 'item' AND entity_id = $1")
        .bind(item)
        .execute(&b.db.pool)
        .await
        .unwrap();
    rows
}

/// Puts rows set aside back under their own numbers, as a late commit makes them visible.
async fn commit_late(b: &Backend, rows: &[(i64, String, i64, i64)]) {
    use crate::server::db::Engine;
    let sql = match b.db.engine {
        Engine::Sqlite => {
            "INSERT INTO search_outbox (seq, entity, entity_id, queued_at) VALUES ($1, $2, $3, $4)"
        }
        Engine::Postgres => {
            "INSERT INTO search_outbox (seq, entity, entity_id, queued_at) \
             OVERRIDING SYSTEM VALUE VALUES ($1, $2, $3, $4)"
        }
    };
    for (seq, entity, id, at) in rows {
        sqlx::query(sql)
            .bind(*seq)
            .bind(entity.as_str())
            .bind(*id)
            .bind(*at)
            .execute(&b.db.pool)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_change_committed_after_later_ones_is_indexed_even_across_a_restart() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let ix = indexer(&c.b).await;
        // Its number is taken first, but it becomes visible only after the next write's.
        let slow = post(&c, c.anna, None, "Capybara notes", "—", "en").await;
        let rows = hold_back(&c.b, slow).await;
        assert!(!rows.is_empty());
        let quick = post(&c, c.anna, None, "Tapir notes", "—", "en").await;
        let mut ix = ix;
        ix.catch_up().await.unwrap();
        assert!(ids(&find(&c, c.erik, "tapir").await).contains(&quick));
        assert!(find(&c, c.erik, "capybara").await.hits.is_empty());
        // The server restarts before the slow transaction commits: the hole is remembered
        // in the index's commit, not only in the stopped process.
        drop(ix);
        let mut ix = indexer(&c.b).await;
        assert!(ix.cursor() >= rows.last().unwrap().0);
        commit_late(&c.b, &rows).await;
        ix.catch_up().await.unwrap();
        assert!(ids(&find(&c, c.erik, "capybara").await).contains(&slow));
    }
}

/// On PostgreSQL, a real transaction that took its number first and commits after a later
/// one has been indexed.
#[tokio::test]
async fn an_open_transactions_change_is_indexed_when_it_commits_late() {
    for b in backends().await {
        if b.db.engine != crate::server::db::Engine::Postgres {
            continue; // SQLite has one writer at a time: numbers are visible in order.
        }
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let slow = post(&c, c.anna, None, "Quiet notes", "—", "en").await;
        let mut ix = indexer(&c.b).await;
        let mut tx = c.b.db.pool.begin().await.unwrap();
        sqlx::query("UPDATE content SET title = 'Narwhal notes' WHERE id = $1")
            .bind(slow)
            .execute(&mut *tx)
            .await
            .unwrap();
        let quick = post(&c, c.anna, None, "Tapir notes", "—", "en").await;
        ix.catch_up().await.unwrap();
        assert!(ids(&find(&c, c.erik, "tapir").await).contains(&quick));
        assert!(find(&c, c.erik, "narwhal").await.hits.is_empty());
        tx.commit().await.unwrap();
        ix.catch_up().await.unwrap();
        assert!(ids(&find(&c, c.erik, "narwhal").await).contains(&slow));
    }
}

#[tokio::test]
async fn a_write_is_searchable_within_two_seconds_with_the_indexer_running() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        crate::server::search::indexer::spawn(c.b.clone());
        // The first build.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while c.b.search.live().is_none() && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let start = std::time::Instant::now();
        let id = post(&c, c.anna, None, "Axolotl", "—", "en").await;
        loop {
            if ids(&find(&c, c.erik, "axolotl").await).contains(&id) {
                break;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(2),
                "not found in 2 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

#[tokio::test]
async fn questions_being_written_meet_answered_questions_and_wiki_pages() {
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let page = create_page(
            &c.b,
            &c.ctx(c.anna),
            NewPage {
                community_slug: &c.public,
                title: "Printer driver installation",
                body: "Install the printer driver from the software centre.",
                lang: "en",
                parent_id: None,
                tags: &[],
            },
        )
        .await
        .unwrap()
        .id;
        let open = create_topic(
            &c.b,
            &c.ctx(c.erik),
            NewPost {
                community_slug: Some(&c.public),
                title: "Printer driver missing",
                body: "No printer driver on my laptop",
                lang: "en",
                tags: &[],
                published: true,
                question: Some(true),
            },
        )
        .await
        .unwrap()
        .id;
        indexer(&c.b).await;
        let sim = similar(
            &c.b,
            &c.ctx(c.mikko),
            "How do I install a printer driver?",
            Some(&c.public),
        )
        .await
        .unwrap();
        let found: Vec<i64> = sim.hits.iter().map(|h| h.id).collect();
        assert!(found.contains(&page), "{found:?}");
        assert!(
            !found.contains(&open),
            "an unanswered question is no answer"
        );
        // Answered, with a Swedish translation: someone asking in Swedish is offered the
        // translation (answered as its original is), once the answer is accepted.
        let translation = crate::server::content::translation::create(
            &c.b,
            &c.ctx(c.erik),
            crate::model::language::NewTranslation {
                original_id: open,
                lang: "sv".into(),
                title: Some("Skrivardrivrutin saknas".into()),
                body: "Ingen skrivardrivrutin på min bärbara dator".into(),
            },
        )
        .await
        .unwrap()
        .id;
        let mut ix = indexer(&c.b).await;
        let asking = "Var finns skrivardrivrutinen för min bärbara dator?";
        let sim = similar(&c.b, &c.ctx(c.mikko), asking, Some(&c.public))
            .await
            .unwrap();
        assert!(!sim.hits.iter().any(|h| h.id == translation), "{sim:?}");
        let reply = create_reply(
            &c.b,
            &c.ctx(c.anna),
            open,
            "Install it from the software centre",
            "en",
        )
        .await
        .unwrap()
        .id;
        crate::server::content::forum::accept(&c.b, &c.ctx(c.erik), open, Some(reply))
            .await
            .unwrap();
        ix.catch_up().await.unwrap();
        let sim = similar(&c.b, &c.ctx(c.mikko), asking, Some(&c.public))
            .await
            .unwrap();
        assert!(
            sim.hits.iter().any(|h| h.id == translation || h.id == open),
            "{sim:?}"
        );
        let err = AppError::from(
            search(
                &c.b,
                &crate::server::ctx::RequestCtx::for_actor(crate::server::policy::Actor::Anonymous),
                SearchRequest::default(),
            )
            .await
            .unwrap_err(),
        );
        assert_eq!(err, AppError::Unauthenticated);
    }
}

/// The people directory's name box, tried as a new user would: folded names, titles,
/// departments and expertise, and the start of a name as one types.
#[tokio::test]
async fn the_people_directory_finds_names_as_people_type_them() {
    use crate::server::profile::service::{PeopleQuery, search_people};
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        for (who, name, title, department, expertise) in [
            (
                c.erik,
                "Katrin Müller",
                "Controller",
                "Finance",
                "Process automation",
            ),
            (c.mikko, "Rūta Kazlauskienė", "Engineer", "IT", "Networks"),
        ] {
            update_profile(
                &c.b,
                &c.ctx(who),
                who,
                ProfilePatch {
                    display_name: Some(name.into()),
                    title: Some(title.into()),
                    department: Some(department.into()),
                    expertise: Some(vec![expertise.into()]),
                    ..ProfilePatch::default()
                },
            )
            .await
            .unwrap();
        }
        indexer(&c.b).await;
        let names = |q: &str| {
            let c = &c;
            let q = q.to_owned();
            async move {
                let query = PeopleQuery {
                    q,
                    ..PeopleQuery::default()
                };
                search_people(&c.b, &c.ctx(c.anna), &query)
                    .await
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|p| p.display_name)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(names("muller").await, ["Katrin Müller"]);
        assert_eq!(names("mül").await, ["Katrin Müller"]);
        assert_eq!(names("ruta").await, ["Rūta Kazlauskienė"]);
        assert_eq!(names("automation").await, ["Katrin Müller"]);
        assert_eq!(names("IT").await, ["Rūta Kazlauskienė"]);
        assert_eq!(names("engineer networks").await, ["Rūta Kazlauskienė"]);
        assert!(names("nobodyatall").await.is_empty());
    }
}

/// The community directory's name box goes through the index: folded words of names and
/// descriptions, the start of a name; a restricted community only for its members.
#[tokio::test]
async fn the_community_directory_finds_names_and_descriptions_folded() {
    use crate::server::community::input::NewCommunity;
    use crate::server::community::service::{CommunityQuery, create_community, list_communities};
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        for (name, description) in [
            ("Process Automation", "Robots for the back office"),
            (
                "Fjällvandring",
                "Hiking in the mountains, Överkalix and beyond",
            ),
        ] {
            let new = NewCommunity::parse(
                name,
                description,
                "public",
                "project",
                vec!["sv".into()],
                None,
                30,
            )
            .unwrap();
            create_community(&c.b, &c.ctx(c.anna), new).await.unwrap();
        }
        indexer(&c.b).await;
        let names = |who: UserId, q: &str| {
            let c = &c;
            let q = q.to_owned();
            async move {
                let query = CommunityQuery {
                    q,
                    ..CommunityQuery::default()
                };
                list_communities(&c.b, &c.ctx(who), &query)
                    .await
                    .unwrap()
                    .items
                    .into_iter()
                    .map(|s| s.name)
                    .collect::<Vec<_>>()
            }
        };
        assert_eq!(names(c.mikko, "automation").await, ["Process Automation"]);
        assert_eq!(names(c.mikko, "fjallvandring").await, ["Fjällvandring"]);
        assert_eq!(names(c.mikko, "overkalix").await, ["Fjällvandring"]);
        assert_eq!(names(c.mikko, "fjäll").await, ["Fjällvandring"]);
        assert_eq!(names(c.mikko, "back office").await, ["Process Automation"]);
        assert!(names(c.mikko, "nothingcalledthis").await.is_empty());
        // Karin's restricted "Acme refinancing": its member finds it, an outsider and an
        // admin outside it do not.
        assert_eq!(names(c.erik, "refinancing").await, ["Acme refinancing"]);
        assert!(names(c.mikko, "refinancing").await.is_empty());
        assert!(names(c.admin, "refinancing").await.is_empty());
        // Made after the index was built: found by its name before the index has it.
        let new = NewCommunity::parse(
            "Quarterly closing",
            "",
            "public",
            "project",
            vec!["sv".into()],
            None,
            30,
        )
        .unwrap();
        create_community(&c.b, &c.ctx(c.anna), new).await.unwrap();
        assert_eq!(names(c.mikko, "closing").await, ["Quarterly closing"]);
    }
}

/// A draft is its author's alone, in a community too: no other member finds it, counts it
/// or gets its words suggested.
#[tokio::test]
async fn a_draft_is_found_by_its_author_only() {
    use crate::server::community::input::NewCommunity;
    use crate::server::community::membership::join;
    use crate::server::community::service::create_community;
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let new = NewCommunity::parse(
            "Green loans",
            "",
            "public",
            "project",
            vec!["en".into()],
            None,
            30,
        )
        .unwrap();
        let slug = create_community(&c.b, &c.ctx(c.anna), new)
            .await
            .unwrap()
            .slug;
        join(&c.b, &c.ctx(c.erik), &slug).await.unwrap();
        let draft = create_blog_post(
            &c.b,
            &c.ctx(c.anna),
            NewPost {
                community_slug: Some(&slug),
                title: "Wallaby financing plans",
                body: "Not ready to share",
                lang: "en",
                tags: &[],
                published: false,
                question: None,
            },
        )
        .await
        .unwrap()
        .id;
        indexer(&c.b).await;
        // Control: the author finds it.
        assert!(ids(&find(&c, c.anna, "wallaby").await).contains(&draft));
        let r = find(&c, c.erik, "wallaby").await;
        assert!(
            r.hits.is_empty() && r.total == 0 && r.facets.kind.is_empty(),
            "{r:?}"
        );
        assert_eq!(find(&c, c.erik, "wallabi").await.did_you_mean, None);
    }
}

/// A deleted community's items leave the index (its trigger queues them), and are never
/// shown meanwhile.
#[tokio::test]
async fn a_deleted_communitys_items_leave_the_results() {
    use crate::server::community::service::delete_community;
    for b in backends().await {
        let c = Cast::new(b, "IT Helpdesk", "helpdesk").await;
        let id = new_topic(&c, c.anna, &c.public, "Numbat question", "About numbats").await;
        let mut ix = indexer(&c.b).await;
        assert!(ids(&find(&c, c.erik, "numbat").await).contains(&id));
        delete_community(&c.b, &c.ctx(c.anna), &c.public)
            .await
            .unwrap();
        // Before the change is indexed: not shown.
        assert!(find(&c, c.erik, "numbat").await.hits.is_empty());
        ix.catch_up().await.unwrap();
        let r = find(&c, c.erik, "numbat").await;
        assert!(r.hits.is_empty() && r.total == 0, "{r:?}");
    }
}
