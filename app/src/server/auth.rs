//! Logging in and out, sessions, passwords and login throttling.
//!
//! Password login is one way in; a session records how it was made (`auth_method`), so a
//! later OpenID Connect login only has to call `session::create` with its own method.

pub mod password;
pub mod service;
pub mod session;
pub mod throttle;
