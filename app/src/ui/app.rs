//! The document shell, the router, and what every page shares (language, current user).

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::api::auth::get_me;
use crate::api::social::unread_notifications;
use crate::i18n::I18n;
use crate::islands::local_times::LocalTimes;
use crate::ui::components::plain_form_error::PlainFormError;
use crate::ui::current_user::{CurrentUser, Unread};
use crate::ui::layout::header::Header;
use crate::ui::pages::account::mail::MailSettingsPage;
use crate::ui::pages::account::password::PasswordPage;
use crate::ui::pages::account::sessions::SessionsPage;
use crate::ui::pages::admin::communities::AdminCommunitiesPage;
use crate::ui::pages::admin::mail::AdminMailPage;
use crate::ui::pages::admin::search::AdminSearchPage;
use crate::ui::pages::admin::users::AdminUsersPage;
use crate::ui::pages::communities::blog::CommunityBlogPage;
use crate::ui::pages::communities::create::CreateCommunityPage;
use crate::ui::pages::communities::directory::CommunitiesPage;
use crate::ui::pages::communities::forum::CommunityForumPage;
use crate::ui::pages::communities::history::CommunityHistoryPage;
use crate::ui::pages::communities::home::CommunityHomePage;
use crate::ui::pages::communities::inbox::{CommunityInboxPage, InboxConversationPage};
use crate::ui::pages::communities::members::CommunityMembersPage;
use crate::ui::pages::communities::requests::CommunityRequestsPage;
use crate::ui::pages::communities::settings::CommunitySettingsPage;
use crate::ui::pages::communities::translations::CommunityTranslationsPage;
use crate::ui::pages::compliance::audit::ComplianceAuditPage;
use crate::ui::pages::compliance::entry::WatchlistEntryPage;
use crate::ui::pages::compliance::queue::ComplianceQueuePage;
use crate::ui::pages::compliance::watchlist::WatchlistPage;
use crate::ui::pages::files::{CommunityFilesPage, FilePage, FileTrashPage, PersonalFilesPage};
use crate::ui::pages::home::HomePage;
use crate::ui::pages::login::LoginPage;
use crate::ui::pages::mail_unsubscribe::UnsubscribePage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::notifications::NotificationsPage;
use crate::ui::pages::people::blog::PersonalBlogPage;
use crate::ui::pages::people::directory::DirectoryPage;
use crate::ui::pages::people::edit::ProfileEditPage;
use crate::ui::pages::people::profile::ProfilePage;
use crate::ui::pages::posts::compare::ComparePage;
use crate::ui::pages::posts::thread::ThreadPage;
use crate::ui::pages::search::SearchPage;
use crate::ui::pages::tags::TagPage;
use crate::ui::pages::wiki::{
    EditWikiPage, NewWikiPage, WikiDiffPage, WikiGoPage, WikiHistoryPage, WikiIndexPage,
    WikiPageView,
};

/// The HTML document around the app, rendered on the server only. For a logged-in reader the
/// islands' script loads the WASM once the page is idle (every such page has an island: the
/// header's unread count at least). Before logging in, pages have no island (their forms are
/// plain), so they load no script and no WASM at all.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = page_language();
    let logged_in = request_ctx().is_some_and(|c| c.actor.user_id().is_some());
    view! {
        <!DOCTYPE html>
        <html lang=lang>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.ico" sizes="any"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                {logged_in.then(|| view! { <HydrationScripts options islands=true/> })}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// What the server resolved about this request (session, language), if anything.
fn request_ctx() -> Option<crate::server::ctx::RequestCtx> {
    use_context::<axum::http::request::Parts>().and_then(|p| {
        p.extensions
            .get::<crate::server::ctx::RequestCtx>()
            .cloned()
    })
}

/// The UI language of this page, negotiated by the server.
fn page_language() -> &'static str {
    request_ctx().map_or("en", |c| c.ui_lang)
}

/// The document title for a page's own title. Every `<Title>` passes through here, since
/// the root's formatter applies to all of them. On the server the result is escaped, because
/// `leptos_meta` writes the title into `<head>` as it is (a post titled
/// `</title><script>…` would otherwise run in every reader's browser).
fn head_title(page: &str, app_name: &str) -> String {
    let title = if page.is_empty() {
        app_name.to_owned()
    } else {
        format!("{page} · {app_name}")
    };
    escape_text(&title)
}

/// Text made safe to place between tags.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A page with what surrounds it (skip link, header), given the reader. The one place that
/// waits for the reader: everything inside gets them as a value from context.
#[component]
fn Framed(children: ChildrenFn) -> impl IntoView {
    let i18n = use_context::<I18n>().unwrap_or_else(|| I18n::new("en"));
    // A one-shot future, not a closure reading a resource: a closure would run again when
    // what it awaited resolved, making the page's components, and their queries, twice.
    view! {
        <Suspense>
            {Suspend::new(async move {
                let reader = get_me().await;
                if reader.is_ok() {
                    let unread = unread_notifications().await.map_or(0, |u| u.unread);
                    provide_context(Unread(unread));
                }
                let live = reader.is_ok();
                provide_context(CurrentUser(reader));
                view! {
                    <a class="skip-link" href="#main">{i18n.t("nav-skip-to-content")}</a>
                    <Header/>
                    <main id="main" class="page" tabindex="-1">
                        <PlainFormError/>
                        {children()}
                    </main>
                    {live.then(|| view! { <LocalTimes lang=i18n.code().to_owned()/> })}
                }
            })}
        </Suspense>
    }
}

/// Every page of the app, each rendered complete on the server.
#[component]
fn PageRoutes() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <Framed><NotFoundPage/></Framed> }>
            <Route path=path!("/") view=|| view! { <Framed><HomePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/login") view=|| view! { <Framed><LoginPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people") view=|| view! { <Framed><DirectoryPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people/:id") view=|| view! { <Framed><ProfilePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people/:id/edit") view=|| view! { <Framed><ProfileEditPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/account/password") view=|| view! { <Framed><PasswordPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/account/sessions") view=|| view! { <Framed><SessionsPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/account/mail") view=|| view! { <Framed><MailSettingsPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/mail/unsubscribe/:token") view=|| view! { <Framed><UnsubscribePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/admin/users") view=|| view! { <Framed><AdminUsersPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/admin/search") view=|| view! { <Framed><AdminSearchPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/admin/mail") view=|| view! { <Framed><AdminMailPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/admin/communities") view=|| view! { <Framed><AdminCommunitiesPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/compliance") view=|| view! { <Framed><WatchlistPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/compliance/watchlist/:id") view=|| view! { <Framed><WatchlistEntryPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/compliance/queue") view=|| view! { <Framed><ComplianceQueuePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/compliance/audit") view=|| view! { <Framed><ComplianceAuditPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities") view=|| view! { <Framed><CommunitiesPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/new") view=|| view! { <Framed><CreateCommunityPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug") view=|| view! { <Framed><CommunityHomePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/members") view=|| view! { <Framed><CommunityMembersPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/requests") view=|| view! { <Framed><CommunityRequestsPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/inbox") view=|| view! { <Framed><CommunityInboxPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/inbox/:id") view=|| view! { <Framed><InboxConversationPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/settings") view=|| view! { <Framed><CommunitySettingsPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/history") view=|| view! { <Framed><CommunityHistoryPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/forum") view=|| view! { <Framed><CommunityForumPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/blog") view=|| view! { <Framed><CommunityBlogPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki") view=|| view! { <Framed><WikiIndexPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/new") view=|| view! { <Framed><NewWikiPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/go") view=|| view! { <Framed><WikiGoPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/:id") view=|| view! { <Framed><WikiPageView/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/:id/edit") view=|| view! { <Framed><EditWikiPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/:id/history") view=|| view! { <Framed><WikiHistoryPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/wiki/:id/diff") view=|| view! { <Framed><WikiDiffPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/files") view=|| view! { <Framed><CommunityFilesPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/files/trash") view=|| view! { <Framed><FileTrashPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/files/:file") view=|| view! { <Framed><FilePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people/:id/files") view=|| view! { <Framed><PersonalFilesPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people/:id/files/:file") view=|| view! { <Framed><FilePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/communities/:slug/translations") view=|| view! { <Framed><CommunityTranslationsPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/people/:id/blog") view=|| view! { <Framed><PersonalBlogPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/posts/:id") view=|| view! { <Framed><ThreadPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/posts/:id/compare") view=|| view! { <Framed><ComparePage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/search") view=|| view! { <Framed><SearchPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/tags/:tag") view=|| view! { <Framed><TagPage/></Framed> } ssr=SsrMode::Async/>
            <Route path=path!("/notifications") view=|| view! { <Framed><NotificationsPage/></Framed> } ssr=SsrMode::Async/>
        </Routes>
    }
}

/// The application: routes and the context every page uses. Pages render in
/// `SsrMode::Async`: the server sends them complete, so they read well without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n::new(page_language());
    provide_context(i18n);

    view! {
        <Title formatter=move |page: String| head_title(&page, &i18n.t("app-name"))/>
        <Router>
            <PageRoutes/>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_that_closes_the_title_tag_is_escaped_on_the_server() {
        let t = head_title("</title><img src=x onerror=alert(1)>", "Gemenskap");
        assert_eq!(
            t,
            "&lt;/title&gt;&lt;img src=x onerror=alert(1)&gt; · Gemenskap"
        );
        assert_eq!(head_title("", "A & B"), "A &amp; B");
    }
}
