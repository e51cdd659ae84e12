//! Starts the real router on a free port over a fresh database, and gives tests an HTTP
//! client per user (each with its own cookie jar).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::net::SocketAddr;
use std::path::Path;

use app::server::account::service::{NewAccount, create_account};
use app::server::ctx::Backend;
use app::server::policy::Actor;

pub const PASSWORD: &str = "correct horse battery";

pub struct TestServer {
    pub base: String,
    pub backend: Backend,
}

impl TestServer {
    pub async fn start(backend: Backend) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let options = gemenskap::cli::serve::leptos_options(addr, Path::new("target/site"));
        let router = gemenskap::router::build(backend.clone(), options);
        tokio::spawn(async move {
            axum::serve(
                listener,
                router.into_make_service_with_connect_info::<SocketAddr>(),
            )
            .await
            .unwrap();
        });
        Self {
            base: format!("http://{addr}"),
            backend,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A client with its own cookies that does not follow redirects, sending this site as its
    /// `Origin` as a browser on the intranet's own pages does (a request may name another).
    /// A request that gets no answer fails the test after a minute instead of holding the
    /// whole run (a run once hung here, with the test's runtime idle, in
    /// `responses_are_compressed_when_the_client_accepts_it`).
    pub fn client(&self) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::ORIGIN, self.base.parse().unwrap());
        client_builder().default_headers(headers).build().unwrap()
    }

    /// A client like [`TestServer::client`] that sends no `Origin` unless a request names
    /// one, as a forged or scripted request does.
    pub fn client_without_origin(&self) -> reqwest::Client {
        client_builder().build().unwrap()
    }

    pub async fn account(&self, email: &str, name: &str, admin: bool) -> i64 {
        let new = NewAccount::parse(email, name, PASSWORD, admin, None).unwrap();
        create_account(&self.backend, &Actor::System, new)
            .await
            .unwrap()
            .0
    }

    /// A client logged in as a new account.
    pub async fn logged_in(&self, email: &str, name: &str, admin: bool) -> (reqwest::Client, i64) {
        let id = self.account(email, name, admin).await;
        let c = self.client();
        let res = c
            .post(self.url("/api/auth/login"))
            .json(&serde_json::json!({"email": email, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "login of {email}");
        (c, id)
    }
}

/// Every backend the tests run on: SQLite, and PostgreSQL when the run provides it. The
/// per-person request limits are twenty times as generous, so that a test sweeping every
/// endpoint as one person is not limited; the limits' own tests use [`servers_as_deployed`].
pub async fn servers() -> Vec<TestServer> {
    servers_scaled(20.0).await
}

/// As [`servers`], with the request limits as they are deployed.
pub async fn servers_as_deployed() -> Vec<TestServer> {
    servers_scaled(1.0).await
}

async fn servers_scaled(rate_limit_scale: f64) -> Vec<TestServer> {
    let mut out = Vec::new();
    for mut b in app::server::testing::backends().await {
        b.auth.rate_limit_scale = rate_limit_scale;
        out.push(TestServer::start(b).await);
    }
    out
}

/// Posts an HTML form the way a browser without JavaScript does, from the page `referer`.
pub async fn post_form(
    c: &reqwest::Client,
    s: &TestServer,
    path: &str,
    referer: &str,
    body: &'static str,
) -> reqwest::Response {
    c.post(s.url(path))
        .header("accept", "text/html,application/xhtml+xml")
        .header("referer", s.url(referer))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}

pub async fn json(res: reqwest::Response) -> serde_json::Value {
    res.json().await.unwrap()
}

fn client_builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(60))
}
