//! Times in the reader's own time zone. The server does not know where the reader is, so it
//! writes every time in UTC, with the exact instant in `<time datetime>`; in the browser this
//! island rewrites each one in the reader's time zone and language (the browser's `Intl`,
//! which carries every language's date words), and recent ones relatively ("5 minutes ago").
//! The full date and time stay in the element's title.

use leptos::prelude::*;

/// Rewrites the page's `<time datetime>` elements; `lang` is the page's language. Renders
/// nothing itself.
#[island]
pub fn LocalTimes(lang: String) -> impl IntoView {
    super::ready();
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || rewrite::all(&lang));
    #[cfg(not(feature = "hydrate"))]
    let _ = lang;
}

#[cfg(feature = "hydrate")]
mod rewrite {
    use js_sys::{Array, Date, Intl, Object, Reflect};
    use leptos::prelude::*;
    use leptos::wasm_bindgen::{JsCast, JsValue};

    const MINUTE: f64 = 60_000.0;
    const HOUR: f64 = 60.0 * MINUTE;
    const DAY: f64 = 24.0 * HOUR;

    fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        o
    }

    /// Every `<time datetime>` of the page, in the reader's zone.
    pub fn all(lang: &str) {
        let locales = Array::of1(&JsValue::from_str(lang));
        let full = Intl::DateTimeFormat::new(
            &locales,
            &options(&[("dateStyle", "medium"), ("timeStyle", "short")]),
        )
        .format();
        let relative = Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "auto")]));
        let Ok(found) = document().query_selector_all("time[datetime]") else {
            return;
        };
        let now = Date::now();
        for i in 0..found.length() {
            let Some(el) = found
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            else {
                continue;
            };
            let Some(at) = el.get_attribute("datetime") else {
                continue;
            };
            let date = Date::new(&JsValue::from_str(&at));
            let ms = date.get_time();
            if ms.is_nan() {
                continue;
            }
            let exact = full
                .call1(&JsValue::NULL, &date)
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let ago = now - ms;
            let text = if (0.0..7.0 * DAY).contains(&ago) {
                let (value, unit) = if ago < HOUR {
                    (-(ago / MINUTE).floor(), "minute")
                } else if ago < DAY {
                    (-(ago / HOUR).floor(), "hour")
                } else {
                    (-(ago / DAY).floor(), "day")
                };
                String::from(relative.format(value, unit))
            } else {
                exact.clone()
            };
            el.set_text_content(Some(&text));
            let _ = el.set_attribute("title", &exact);
        }
    }
}
