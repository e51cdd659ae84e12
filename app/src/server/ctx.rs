//! Who is asking and with what: the shared `Backend` and the per-request `RequestCtx`.
//!
//! The server resolves the session cookie once per request (`RequestCtx::resolve`) and every
//! service receives the result; nothing below the API layer reads cookies or headers.

use std::net::IpAddr;

use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};

use super::auth::session;
use super::db::Db;
use super::policy::Actor;
use crate::i18n::{LANG_COOKIE, negotiate};

/// Login throttling (the rules are in `auth::throttle`).
#[derive(Debug, Clone)]
pub struct ThrottleSettings {
    /// How long a failure counts, and the longest wait.
    pub window_ms: i64,
}

impl Default for ThrottleSettings {
    fn default() -> Self {
        Self {
            window_ms: 15 * 60 * 1000,
        }
    }
}

/// Settings of the session layer.
#[derive(Debug, Clone)]
pub struct AuthSettings {
    /// How long a session lasts after login.
    pub session_ttl_ms: i64,
    /// How long a session lasts unused.
    pub session_idle_ms: i64,
    /// Mark the session cookie `Secure` (when served over https).
    pub secure_cookies: bool,
    /// Take the client address from the last `X-Forwarded-For` entry (behind a reverse proxy
    /// that sets it); otherwise the connection's address is the client's.
    pub trust_forwarded_for: bool,
    /// The site's address as browsers see it (`https://intranet.bank.example`), when it
    /// differs from what the `Host` header says (behind a proxy): the only `Origin` that
    /// may send changes with the session cookie.
    pub public_url: Option<String>,
    /// How generous the per-person request limits are: 1 as designed, 10 for ten times the
    /// burst and rate (load tests), 0 for no limits.
    pub rate_limit_scale: f64,
    pub throttle: ThrottleSettings,
}

impl Default for AuthSettings {
    fn default() -> Self {
        Self {
            session_ttl_ms: 14 * 24 * 3600 * 1000,
            session_idle_ms: 12 * 3600 * 1000,
            secure_cookies: false,
            trust_forwarded_for: false,
            public_url: None,
            rate_limit_scale: 1.0,
            throttle: ThrottleSettings::default(),
        }
    }
}

/// What every request shares: the database and the settings.
#[derive(Debug, Clone)]
pub struct Backend {
    pub db: Db,
    pub auth: AuthSettings,
    /// Where uploaded files' bytes are kept.
    pub files: crate::server::files::store::FileStore,
    /// This node's search index.
    pub search: crate::server::search::index::SearchIndex,
    /// This node's compiled watchlist of client names.
    pub guard: crate::server::guard::GuardCache,
    /// Where this node's entries about reads go on their way into the audit trail.
    pub audit: crate::server::audit::AuditSink,
    /// How mail leaves this intranet (off without an SMTP server).
    pub mail: crate::server::mail::MailSettings,
}

/// Who is asking, from which address, in which UI language.
#[derive(Debug, Clone)]
pub struct RequestCtx {
    pub actor: Actor,
    /// The hash of the session token, when the request carried a valid one.
    pub session_hash: Option<String>,
    /// The negotiated UI language code.
    pub ui_lang: &'static str,
    pub client_ip: Option<IpAddr>,
    /// A held write a compliance officer released, being done as its author: the guard has
    /// had its say (`guard::held`).
    pub released: bool,
}

impl RequestCtx {
    /// Resolves the session cookie and negotiates the UI language for one request.
    pub async fn resolve(
        backend: &Backend,
        headers: &HeaderMap,
        client_ip: Option<IpAddr>,
    ) -> Self {
        let cookies = headers
            .get_all(COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect::<Vec<_>>()
            .join("; ");
        let token = cookie_value(&cookies, session::COOKIE_NAME);
        let found = match token {
            Some(token) => session::lookup(backend, token).await.ok().flatten(),
            None => None,
        };
        let accept = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let ui_lang = negotiate(
            found.as_ref().map(|s| s.ui_language.as_str()),
            cookie_value(&cookies, LANG_COOKIE),
            accept,
        );
        Self {
            actor: found.as_ref().map_or(Actor::Anonymous, |s| s.actor),
            session_hash: found.map(|s| s.token_hash),
            ui_lang,
            client_ip,
            released: false,
        }
    }

    /// A context for the command line and tests: an actor, English, no address.
    pub fn for_actor(actor: Actor) -> Self {
        Self {
            actor,
            session_hash: None,
            ui_lang: "en",
            client_ip: None,
            released: false,
        }
    }
}

/// The client's address: the connection's, or behind a trusted proxy the last
/// `X-Forwarded-For` entry (the one that proxy added; earlier entries can be forged).
pub fn client_address(
    headers: &HeaderMap,
    peer: Option<IpAddr>,
    trust_forwarded_for: bool,
) -> Option<IpAddr> {
    if !trust_forwarded_for {
        return peer;
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|a| a.trim().parse::<IpAddr>().ok())
        .next_back()
        .or(peer)
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie_value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header.split(';').find_map(|pair| {
        let (k, v) = pair.trim().split_once('=')?;
        (k == name).then_some(v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_address_comes_from_the_proxy_only_when_trusted() {
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", "203.0.113.9, 10.1.2.3".parse().unwrap());
        let peer: Option<IpAddr> = "127.0.0.1".parse().ok();
        assert_eq!(client_address(&h, peer, false), peer);
        assert_eq!(client_address(&h, peer, true), "10.1.2.3".parse().ok());
        assert_eq!(client_address(&HeaderMap::new(), peer, true), peer);
    }

    #[test]
    fn finds_a_cookie_among_several() {
        let h = "a=1; gemenskap_session=abc; gemenskap_lang=sv";
        assert_eq!(cookie_value(h, "gemenskap_session"), Some("abc"));
        assert_eq!(cookie_value(h, "gemenskap_lang"), Some("sv"));
        assert_eq!(cookie_value(h, "missing"), None);
    }
}
