//! Time as the backend stores it: UTC milliseconds since the Unix epoch, in every table.

use std::time::{SystemTime, UNIX_EPOCH};

/// Now, in UTC milliseconds.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}
