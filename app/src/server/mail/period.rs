//! The periods digests cover: the last whole day (UTC) for daily digests, the last whole week
//! (Monday to Monday, UTC) for weekly ones. A period's key names it in the queue, so each
//! person gets one digest per period however often the builder runs.

use crate::i18n::civil_from_millis;
use crate::model::mail::MailMode;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// The span a digest covers, `[start, end)` in milliseconds, and its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub mode: MailMode,
    pub start: i64,
    pub end: i64,
    /// `daily:2026-12-03` or `weekly:2026-11-23` (the week's Monday).
    pub key: String,
}

fn date(millis: i64) -> String {
    let (y, m, d) = civil_from_millis(millis);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The last whole period of `mode` before `now`; `None` for modes without digests.
pub fn last_whole(mode: MailMode, now: i64) -> Option<Period> {
    let today = now.div_euclid(DAY_MS) * DAY_MS;
    let (start, end) = match mode {
        MailMode::Daily => (today - DAY_MS, today),
        MailMode::Weekly => {
            // 1 January 1970 was a Thursday: three days after a Monday.
            let days = now.div_euclid(DAY_MS);
            let monday = (days - (days + 3).rem_euclid(7)) * DAY_MS;
            (monday - 7 * DAY_MS, monday)
        }
        MailMode::Immediate | MailMode::Never => return None,
    };
    Some(Period {
        mode,
        start,
        end,
        key: format!("{}:{}", mode.as_str(), date(start)),
    })
}

/// The period of `mode` that is running at `now`, up to `now` (today so far, this week so
/// far): what `gemenskap mail digests --current` builds, for trying digests out. It has the
/// key the regular run gives that period later, so that run then finds it done.
pub fn current(mode: MailMode, now: i64) -> Option<Period> {
    let whole = last_whole(mode, now)?;
    let length = whole.end - whole.start;
    Some(Period {
        mode,
        start: whole.end,
        end: now.max(whole.end + 1).min(whole.end + length),
        key: format!("{}:{}", mode.as_str(), date(whole.end)),
    })
}

/// The period a key names (`daily:2026-12-03`), as a whole period.
pub fn from_key(key: &str) -> Option<Period> {
    let (mode, day) = key.split_once(':')?;
    let mode = MailMode::parse(mode)?;
    let start = crate::server::clock::parse_date(day)?;
    let length = match mode {
        MailMode::Daily => DAY_MS,
        MailMode::Weekly => 7 * DAY_MS,
        MailMode::Immediate | MailMode::Never => return None,
    };
    Some(Period {
        mode,
        start,
        end: start + length,
        key: key.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Friday 4 December 2026, 11:49 UTC.
    const NOW: i64 = 1_796_384_940_000;

    #[test]
    fn a_daily_digest_covers_yesterday() {
        let p = last_whole(MailMode::Daily, NOW).unwrap();
        assert_eq!(p.key, "daily:2026-12-03");
        assert_eq!(p.end - p.start, DAY_MS);
        assert!(p.end <= NOW && NOW - p.end < DAY_MS);
    }

    #[test]
    fn a_weekly_digest_covers_the_last_whole_week_from_monday() {
        let p = last_whole(MailMode::Weekly, NOW).unwrap();
        assert_eq!(p.key, "weekly:2026-11-23");
        assert_eq!(p.end - p.start, 7 * DAY_MS);
        assert_eq!(date(p.end), "2026-11-30");
        // Just after midnight on Monday 7 December, the week that just ended is covered.
        let monday = last_whole(MailMode::Weekly, p.end + 7 * DAY_MS + 1).unwrap();
        assert_eq!(monday.key, "weekly:2026-11-30");
    }

    #[test]
    fn immediate_and_never_have_no_digest() {
        assert_eq!(last_whole(MailMode::Immediate, NOW), None);
        assert_eq!(last_whole(MailMode::Never, NOW), None);
    }

    #[test]
    fn a_key_names_its_period_and_a_bad_key_none() {
        let p = last_whole(MailMode::Weekly, NOW).unwrap();
        assert_eq!(from_key(&p.key), Some(p));
        let d = last_whole(MailMode::Daily, NOW).unwrap();
        assert_eq!(from_key(&d.key), Some(d));
        assert_eq!(from_key("daily:2026-02-30"), None);
        assert_eq!(from_key("hourly:2026-12-03"), None);
    }

    #[test]
    fn the_current_period_runs_up_to_now_under_the_key_of_its_start() {
        let p = current(MailMode::Daily, NOW).unwrap();
        assert_eq!(p.key, "daily:2026-12-04");
        assert_eq!(p.end, NOW);
        assert_eq!(from_key(&p.key).unwrap().start, p.start);
    }
}
