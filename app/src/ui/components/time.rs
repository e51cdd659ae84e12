//! A moment as the page shows it: in UTC from the server, with the exact instant in the
//! element, which the `LocalTimes` island rewrites in the reader's own zone and language.

use leptos::prelude::*;

use crate::i18n::{civil_from_millis, use_i18n};

/// The instant in ISO 8601 (UTC), as `<time datetime>` takes it.
pub fn iso_utc(millis: i64) -> String {
    let (y, m, d) = civil_from_millis(millis);
    let seconds = millis.rem_euclid(86_400_000) / 1000;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// `<time>` for milliseconds since the epoch.
#[component]
pub fn Time(at: i64) -> impl IntoView {
    let i18n = use_i18n();
    view! { <time datetime=iso_utc(at)>{i18n.format_datetime_utc(at)}</time> }
}

#[cfg(test)]
mod tests {
    use super::iso_utc;

    #[test]
    fn instants_are_written_in_iso_8601_utc() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(1_796_289_905_000), "2026-12-03T09:25:05Z");
    }
}
