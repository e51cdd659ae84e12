//! The document shell, the router, and what every page shares (language, current user).

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::api::auth::get_me;
use crate::error::AppError;
use crate::i18n::I18n;
use crate::model::account::Me;
use crate::ui::layout::header::Header;
use crate::ui::pages::account::password::PasswordPage;
use crate::ui::pages::account::sessions::SessionsPage;
use crate::ui::pages::admin::communities::AdminCommunitiesPage;
use crate::ui::pages::admin::users::AdminUsersPage;
use crate::ui::pages::communities::blog::CommunityBlogPage;
use crate::ui::pages::communities::create::CreateCommunityPage;
use crate::ui::pages::communities::directory::CommunitiesPage;
use crate::ui::pages::communities::forum::CommunityForumPage;
use crate::ui::pages::communities::history::CommunityHistoryPage;
use crate::ui::pages::communities::home::CommunityHomePage;
use crate::ui::pages::communities::members::CommunityMembersPage;
use crate::ui::pages::communities::requests::CommunityRequestsPage;
use crate::ui::pages::communities::settings::CommunitySettingsPage;
use crate::ui::pages::communities::translations::CommunityTranslationsPage;
use crate::ui::pages::home::HomePage;
use crate::ui::pages::login::LoginPage;
use crate::ui::pages::not_found::NotFoundPage;
use crate::ui::pages::notifications::NotificationsPage;
use crate::ui::pages::people::blog::PersonalBlogPage;
use crate::ui::pages::people::directory::DirectoryPage;
use crate::ui::pages::people::edit::ProfileEditPage;
use crate::ui::pages::people::profile::ProfilePage;
use crate::ui::pages::posts::compare::ComparePage;
use crate::ui::pages::posts::thread::ThreadPage;
use crate::ui::pages::tags::TagPage;

/// The logged-in user (or why there is none), loaded once per page.
#[derive(Clone, Copy)]
pub struct CurrentUser(pub Resource<Result<Me, AppError>>);

/// The HTML document around the app, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = page_language();
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
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The UI language of this page: negotiated by the server, read back from `<html lang>` in
/// the browser so both render the same text.
fn page_language() -> &'static str {
    #[cfg(feature = "ssr")]
    {
        use_context::<axum::http::request::Parts>()
            .and_then(|p| {
                p.extensions
                    .get::<crate::server::ctx::RequestCtx>()
                    .map(|c| c.ui_lang)
            })
            .unwrap_or("en")
    }
    #[cfg(not(feature = "ssr"))]
    {
        let lang = document()
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_default();
        I18n::new(&lang).code()
    }
}

/// The document title for a page's own title. Every `<Title>` passes through here, since
/// the root's formatter applies to all of them. On the server the result is escaped, because
/// `leptos_meta` writes the title into `<head>` as it is (a post titled
/// `</title><script>…` would otherwise run in every reader's browser); in the browser it is
/// set as `document.title`, which is text already.
fn head_title(page: &str, app_name: &str) -> String {
    let title = if page.is_empty() {
        app_name.to_owned()
    } else {
        format!("{page} · {app_name}")
    };
    if cfg!(feature = "ssr") {
        escape_text(&title)
    } else {
        title
    }
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

/// The application: routes and the context every page uses. Pages render in
/// `SsrMode::Async`: the server sends them complete, so they read well without JavaScript.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let i18n = I18n::new(page_language());
    provide_context(i18n);
    let user = Resource::new(|| (), |_| get_me());
    provide_context(CurrentUser(user));

    view! {
        <Title formatter=move |page: String| head_title(&page, &i18n.t("app-name"))/>
        <Router>
            <a class="skip-link" href="#main">{i18n.t("nav-skip-to-content")}</a>
            <Header/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/people") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/people/:id") view=ProfilePage ssr=SsrMode::Async/>
                    <Route path=path!("/people/:id/edit") view=ProfileEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/password") view=PasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/account/sessions") view=SessionsPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/users") view=AdminUsersPage ssr=SsrMode::Async/>
                    <Route path=path!("/admin/communities") view=AdminCommunitiesPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities") view=CommunitiesPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/new") view=CreateCommunityPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug") view=CommunityHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/members") view=CommunityMembersPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/requests") view=CommunityRequestsPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/settings") view=CommunitySettingsPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/history") view=CommunityHistoryPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/forum") view=CommunityForumPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/blog") view=CommunityBlogPage ssr=SsrMode::Async/>
                    <Route path=path!("/communities/:slug/translations") view=CommunityTranslationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/people/:id/blog") view=PersonalBlogPage ssr=SsrMode::Async/>
                    <Route path=path!("/posts/:id") view=ThreadPage ssr=SsrMode::Async/>
                    <Route path=path!("/posts/:id/compare") view=ComparePage ssr=SsrMode::Async/>
                    <Route path=path!("/tags/:tag") view=TagPage ssr=SsrMode::Async/>
                    <Route path=path!("/notifications") view=NotificationsPage ssr=SsrMode::Async/>
                </Routes>
            </main>
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
