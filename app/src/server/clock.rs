//! Time as the backend stores it: UTC milliseconds since the Unix epoch, in every table.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::i18n::civil_from_millis;

/// Now, in UTC milliseconds.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

/// The time a content write is stamped with: now, but always later than this process's
/// previous stamp. Lists order by time with the (random) id only breaking ties, so items
/// written in one burst keep the order they were written in. A burst runs ahead of the clock
/// by at most its number of writes in milliseconds.
pub fn write_time() -> i64 {
    static LAST: AtomicI64 = AtomicI64::new(0);
    let now = now_ms();
    let mut prev = LAST.load(Ordering::Relaxed);
    loop {
        let next = now.max(prev + 1);
        match LAST.compare_exchange_weak(prev, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return next,
            Err(seen) => prev = seen,
        }
    }
}

const DAY_MS: i64 = 86_400_000;

/// A UTC time as ISO 8601 to the second, e.g. `2026-11-27T09:05:00Z` (exports, logs).
pub fn iso_utc(ms: i64) -> String {
    let days = ms.div_euclid(DAY_MS);
    let in_day = ms.rem_euclid(DAY_MS) / 1000;
    let (y, m, d) = civil_from_millis(days * DAY_MS);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        in_day / 3600,
        in_day / 60 % 60,
        in_day % 60
    )
}

/// The start (UTC midnight) of a date written `YYYY-MM-DD`, in milliseconds.
pub fn parse_date(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || !(1970..=9999).contains(&y) {
        return None;
    }
    let days = days_from_civil(y, m, d);
    // Reject dates that do not exist (31 April) by converting back.
    let back = civil_from_millis(days * DAY_MS);
    (back == (y, m as u32, d as u32)).then_some(days * DAY_MS)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_times_always_move_forward() {
        let stamps: Vec<i64> = (0..1000).map(|_| write_time()).collect();
        assert!(stamps.windows(2).all(|w| w[1] > w[0]));
        // A thousand writes in a row run at most a thousand milliseconds ahead.
        assert!(stamps[999] - now_ms() <= 1000);
    }

    #[test]
    fn times_are_written_in_utc_and_dates_read_back() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(1_795_741_506_000), "2026-11-27T01:05:06Z");
        assert_eq!(parse_date("2026-11-27"), Some(1_795_737_600_000));
        assert_eq!(
            parse_date("2024-02-29").map(iso_utc).as_deref(),
            Some("2024-02-29T00:00:00Z")
        );
        assert_eq!(parse_date("2026-04-31"), None);
        assert_eq!(parse_date("27.11.2026"), None);
    }
}
