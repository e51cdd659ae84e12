//! Per-person rate limits: nobody can tie up the server for everyone else by writing,
//! previewing, searching or asking for suggestions as fast as a script can.
//!
//! Each person (by user id; by client address before logging in) has a token bucket per
//! class of request. A request takes a token; an empty bucket answers 429 `rate_limited`
//! with the seconds until a token is back in `Retry-After`. Buckets live in this node's
//! memory: with several nodes behind a balancer each allows the rate, which bounds what one
//! person costs a node, the point of the limit. Login has its own throttling in the database
//! (`app::server::auth::throttle`).
//!
//! A refusal must cost less than the request it refuses, or a flood still slows everyone: so
//! once a session cookie has been seen to belong to a person, [`refuse_known_floods`] checks
//! that person's bucket before the session is looked up in the database, and a refused
//! request never reaches it.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

use app::error::AppError;
use app::server::auth::session;
use app::server::ctx::{RequestCtx, cookie_value};

use super::error_response;

/// What a request is, for its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// Anything that changes something.
    Write,
    /// Rendering a preview or detecting a text's language while someone types.
    Preview,
    /// Searching people, communities or members.
    Search,
    /// Suggestions as someone types a mention.
    Suggest,
}

impl Class {
    /// The class of a request, or `None` for requests without a limit (pages, reads, login,
    /// which has its own throttling).
    pub fn of(method: &Method, path: &str, query: Option<&str>) -> Option<Self> {
        let has_query = |name: &str| {
            query.is_some_and(|q| {
                form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == name && !v.is_empty())
            })
        };
        match (method, path) {
            (&Method::POST, "/api/content/preview" | "/api/lang/detect") => Some(Self::Preview),
            (&Method::POST, "/api/auth/login" | "/api/auth/logout") => None,
            (&Method::POST, p) if p.starts_with("/api/") => Some(Self::Write),
            (&Method::GET, "/api/people/mention-suggest") => Some(Self::Suggest),
            (&Method::GET, "/api/people/search" | "/api/search" | "/api/search/similar") => {
                Some(Self::Search)
            }
            (&Method::GET, "/api/search/suggest") => Some(Self::Suggest),
            (&Method::GET, "/api/communities/list" | "/api/communities/members")
                if has_query("q") =>
            {
                Some(Self::Search)
            }
            _ => None,
        }
    }

    /// (burst, sustained requests per minute). Generous for people, who type and click;
    /// tight for a loop.
    fn rate(self) -> (f64, f64) {
        match self {
            Self::Write => (30.0, 60.0),
            Self::Preview => (30.0, 120.0),
            Self::Search => (40.0, 120.0),
            Self::Suggest => (60.0, 240.0),
        }
    }
}

/// Who a bucket belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Who {
    Person(i64),
    Address(IpAddr),
    Unknown,
}

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

/// The buckets of this node.
#[derive(Debug, Clone)]
pub struct RateLimiter {
    buckets: Arc<Mutex<HashMap<(Who, Class), Bucket>>>,
    /// Session cookies (by a hash of the token) seen to belong to a person lately.
    known: Arc<Mutex<HashMap<u64, (i64, Instant)>>>,
    /// Multiplies every burst and rate; 0 turns the limits off.
    scale: f64,
}

/// Past this many buckets, full ones are forgotten (a full bucket is the same as none).
const PRUNE_AT: usize = 50_000;

/// How long a session cookie counts as known to belong to its person, for the early check.
const KNOWN_FOR: Duration = Duration::from_secs(60);

/// A request whose token was taken already by the early check.
#[derive(Debug, Clone, Copy)]
struct Counted;

/// The session cookie's token, hashed for use as a map key.
fn session_token(req: &Request) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let cookies = req
        .headers()
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|c| cookie_value(c, session::COOKIE_NAME).map(str::to_owned))?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    cookies.hash(&mut h);
    Some(h.finish())
}

/// Before the session is looked up: refuses a request of a person known to have used up
/// their requests of this class, without touching the database.
pub async fn refuse_known_floods(
    State(limiter): State<RateLimiter>,
    mut req: Request,
    next: Next,
) -> Response {
    let Some(class) = Class::of(req.method(), req.uri().path(), req.uri().query()) else {
        return next.run(req).await;
    };
    let now = Instant::now();
    let Some(person) = session_token(&req).and_then(|t| limiter.known_person(t, now)) else {
        return next.run(req).await;
    };
    match limiter.take(Who::Person(person), class, now) {
        Ok(()) => {
            req.extensions_mut().insert(Counted);
            next.run(req).await
        }
        Err(retry_after) => error_response(&AppError::RateLimited { retry_after }),
    }
}

impl RateLimiter {
    pub fn new(scale: f64) -> Self {
        Self {
            buckets: Arc::default(),
            known: Arc::default(),
            scale,
        }
    }

    /// The person a session cookie was seen to belong to within [`KNOWN_FOR`].
    fn known_person(&self, token: u64, now: Instant) -> Option<i64> {
        let known = self
            .known
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        known
            .get(&token)
            .filter(|(_, at)| now.duration_since(*at) < KNOWN_FOR)
            .map(|(person, _)| *person)
    }

    fn remember(&self, token: u64, person: i64, now: Instant) {
        let mut known = self
            .known
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if known.len() > PRUNE_AT {
            known.retain(|_, (_, at)| now.duration_since(*at) < KNOWN_FOR);
        }
        known.insert(token, (person, now));
    }

    /// Takes a token for `who` in `class`; `Err(seconds)` until one is back.
    fn take(&self, who: Who, class: Class, now: Instant) -> Result<(), u64> {
        if self.scale <= 0.0 {
            return Ok(());
        }
        let (burst, per_minute) = class.rate();
        let (burst, per_minute) = (burst * self.scale, per_minute * self.scale);
        let per_second = per_minute / 60.0;
        let mut buckets = self
            .buckets
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if buckets.len() > PRUNE_AT {
            let scale = self.scale;
            buckets.retain(|(_, c), b| {
                let (burst, per_minute) = c.rate();
                b.tokens + now.duration_since(b.at).as_secs_f64() * per_minute * scale / 60.0
                    < burst * scale
            });
        }
        let b = buckets.entry((who, class)).or_insert(Bucket {
            tokens: burst,
            at: now,
        });
        let refilled = b.tokens + now.duration_since(b.at).as_secs_f64() * per_second;
        b.tokens = refilled.min(burst);
        b.at = now;
        if b.tokens >= 1.0 {
            b.tokens -= 1.0;
            Ok(())
        } else {
            let wait = Duration::from_secs_f64((1.0 - b.tokens) / per_second);
            Err(wait.as_secs().max(1))
        }
    }
}

/// Answers 429 when the caller has used up their requests of this class.
pub async fn rate_limit(State(limiter): State<RateLimiter>, req: Request, next: Next) -> Response {
    let Some(class) = Class::of(req.method(), req.uri().path(), req.uri().query()) else {
        return next.run(req).await;
    };
    if req.extensions().get::<Counted>().is_some() {
        return next.run(req).await;
    }
    let who = match req.extensions().get::<RequestCtx>() {
        Some(ctx) => match (ctx.actor.user_id(), ctx.client_ip) {
            (Some(id), _) => Who::Person(id.0),
            (None, Some(ip)) => Who::Address(ip),
            (None, None) => Who::Unknown,
        },
        None => Who::Unknown,
    };
    let now = Instant::now();
    if let (Who::Person(person), Some(token)) = (who, session_token(&req)) {
        limiter.remember(token, person, now);
    }
    match limiter.take(who, class, now) {
        Ok(()) => next.run(req).await,
        Err(retry_after) => error_response(&AppError::RateLimited { retry_after }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_classed_by_what_they_cost() {
        let post = Method::POST;
        let get = Method::GET;
        assert_eq!(
            Class::of(&post, "/api/status/create", None),
            Some(Class::Write)
        );
        assert_eq!(
            Class::of(&post, "/api/content/preview", None),
            Some(Class::Preview)
        );
        assert_eq!(Class::of(&post, "/api/auth/login", None), None);
        assert_eq!(
            Class::of(&get, "/api/people/search", Some("q=a")),
            Some(Class::Search)
        );
        assert_eq!(
            Class::of(&get, "/api/communities/list", Some("q=risk")),
            Some(Class::Search)
        );
        assert_eq!(Class::of(&get, "/api/communities/list", None), None);
        assert_eq!(
            Class::of(&get, "/api/people/mention-suggest", Some("q=an")),
            Some(Class::Suggest)
        );
        assert_eq!(Class::of(&get, "/api/stream", None), None);
        assert_eq!(Class::of(&get, "/posts/3", None), None);
    }

    #[test]
    fn a_burst_is_allowed_then_one_waits_and_others_are_unaffected() {
        let limiter = RateLimiter::new(1.0);
        let t0 = Instant::now();
        let (burst, _) = Class::Write.rate();
        for _ in 0..burst as usize {
            assert_eq!(limiter.take(Who::Person(1), Class::Write, t0), Ok(()));
        }
        let wait = limiter.take(Who::Person(1), Class::Write, t0).unwrap_err();
        assert_eq!(wait, 1);
        assert_eq!(limiter.take(Who::Person(2), Class::Write, t0), Ok(()));
        assert_eq!(limiter.take(Who::Person(1), Class::Preview, t0), Ok(()));
        // One token is back after a second at 60 a minute.
        let later = t0 + Duration::from_millis(1_001);
        assert_eq!(limiter.take(Who::Person(1), Class::Write, later), Ok(()));
    }

    #[test]
    fn a_scale_of_zero_turns_the_limits_off() {
        let limiter = RateLimiter::new(0.0);
        let t0 = Instant::now();
        for _ in 0..1000 {
            assert_eq!(limiter.take(Who::Person(1), Class::Write, t0), Ok(()));
        }
    }
}
