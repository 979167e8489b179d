//! The browser's CLDR data, through `Intl`: plural categories (`Intl.PluralRules`), numbers in a
//! language's digits and grouping (`Intl.NumberFormat`) and dates in its words
//! (`Intl.DateTimeFormat`).
//!
//! The rules come from the browser's ICU, not from this crate: no plural rule is written by hand
//! and the first load carries no CLDR tables. The formatters are made once per language and kept.
//!
//! Outside a browser (native `cargo test`, doc tests) there is no `Intl`: [`plural`] answers
//! [`Plural::Other`], [`number`] the digits and [`date`] the ISO form. The app itself runs only in
//! the browser, where its component tests check the real rules (`web/tests/components.rs`).

use crate::i18n::UiLang;

/// A CLDR plural category ([UTS #35, plural rules](https://unicode.org/reports/tr35/tr35-numbers.html#Language_Plural_Rules)).
///
/// Which categories a language has, and which numbers fall in each, is CLDR's: Arabic has all
/// six, Russian `one`, `few`, `many` and `other`, Chinese only `other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    /// `zero` (Arabic 0).
    Zero,
    /// `one` (English 1; Russian 1, 21, 101; French 0 and 1).
    One,
    /// `two` (Arabic 2).
    Two,
    /// `few` (Russian 2–4, 22–24; Arabic 3–10, 103–110).
    Few,
    /// `many` (Russian 0, 5–20, 25–30; Arabic 11–99).
    Many,
    /// `other`: every language has it.
    Other,
}

impl Plural {
    /// Every category, in CLDR's order.
    pub const ALL: [Plural; 6] = [
        Plural::Zero,
        Plural::One,
        Plural::Two,
        Plural::Few,
        Plural::Many,
        Plural::Other,
    ];

    /// The category's CLDR keyword.
    ///
    /// ```
    /// assert_eq!(luxterm_web::intl::Plural::Few.as_str(), "few");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    /// The category of a CLDR keyword.
    ///
    /// ```
    /// use luxterm_web::intl::Plural;
    /// assert_eq!(Plural::from_keyword("many"), Some(Plural::Many));
    /// assert_eq!(Plural::from_keyword("several"), None);
    /// ```
    pub fn from_keyword(keyword: &str) -> Option<Plural> {
        Plural::ALL.into_iter().find(|p| p.as_str() == keyword)
    }
}

/// The locale `Intl` is asked for: the interface language, with two choices made explicit.
/// English dates are written day, month, year as in UN documents (`en-GB`); Arabic keeps the
/// digits 0–9 that the glossary's Arabic texts and UN Arabic documents use (`-u-nu-latn`).
pub fn locale(ui: UiLang) -> &'static str {
    match ui {
        UiLang::En => "en-GB",
        UiLang::Ar => "ar-u-nu-latn",
        other => other.code(),
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    pub(super) fn locales(tag: &str) -> Array {
        Array::of1(&JsValue::from_str(tag))
    }

    pub(super) fn options(pairs: &[(&str, &str)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
        }
        o
    }

    pub(super) fn call(format: Function, value: &JsValue) -> Option<String> {
        format.call1(&JsValue::NULL, value).ok()?.as_string()
    }

    pub(super) fn plural_rules(tag: &str) -> Intl::PluralRules {
        Intl::PluralRules::new(&locales(tag), &Object::new())
    }

    pub(super) fn categories(rules: &Intl::PluralRules) -> Vec<String> {
        let options = rules.resolved_options();
        Reflect::get(&options, &JsValue::from_str("pluralCategories"))
            .ok()
            .and_then(|c| c.dyn_into::<Array>().ok())
            // Every entry is a string (a CLDR keyword): a conversion, not a choice.
            .map(|a| {
                a.iter()
                    .map(|c| c.as_string().unwrap_or_default())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// One language's formatters, made on first use.
#[cfg(target_arch = "wasm32")]
struct Formatters {
    ui: UiLang,
    plural: js_sys::Intl::PluralRules,
    number: js_sys::Intl::NumberFormat,
    day: js_sys::Intl::DateTimeFormat,
    month: js_sys::Intl::DateTimeFormat,
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static FORMATTERS: std::cell::RefCell<Vec<std::rc::Rc<Formatters>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
fn formatters(ui: UiLang) -> std::rc::Rc<Formatters> {
    use js_sys::Intl;
    FORMATTERS.with(|cache| {
        if let Some(f) = cache.borrow().iter().find(|f| f.ui == ui) {
            return f.clone();
        }
        let tag = locale(ui);
        let date = |pairs: &[(&str, &str)]| {
            Intl::DateTimeFormat::new(&browser::locales(tag), &browser::options(pairs))
        };
        let f = std::rc::Rc::new(Formatters {
            ui,
            plural: browser::plural_rules(tag),
            number: Intl::NumberFormat::new(&browser::locales(tag), &browser::options(&[])),
            day: date(&[
                ("year", "numeric"),
                ("month", "long"),
                ("day", "numeric"),
                ("timeZone", "UTC"),
            ]),
            month: date(&[("year", "numeric"), ("month", "long"), ("timeZone", "UTC")]),
        });
        cache.borrow_mut().push(f.clone());
        f
    })
}

/// The plural category of `n` in the interface language, by the browser's CLDR rules.
pub fn plural(ui: UiLang, n: u64) -> Plural {
    #[cfg(target_arch = "wasm32")]
    {
        let keyword = formatters(ui).plural.select(n as f64);
        Plural::from_keyword(&String::from(keyword)).unwrap_or(Plural::Other)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (ui, n);
        Plural::Other
    }
}

/// The plural categories the interface language has, by the browser's CLDR data
/// (`resolvedOptions().pluralCategories`; empty outside a browser).
pub fn plural_categories(ui: UiLang) -> Vec<Plural> {
    #[cfg(target_arch = "wasm32")]
    {
        browser::categories(&formatters(ui).plural)
            .iter()
            // CLDR has six keywords, all known: one unknown means no rules at all.
            .map(|k| Plural::from_keyword(k))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ui;
        Vec::new()
    }
}

/// `n` in the interface language's digits and grouping (`1,234` in English, `1 234` in French
/// and Russian).
///
/// ```
/// // Outside a browser: the plain digits.
/// assert_eq!(luxterm_web::intl::number(luxterm_web::i18n::UiLang::Ru, 1234), "1234");
/// ```
pub fn number(ui: UiLang, n: u64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        browser::call(
            formatters(ui).number.format(),
            &wasm_bindgen::JsValue::from_f64(n as f64),
        )
        .unwrap_or_else(|| n.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ui;
        n.to_string()
    }
}

/// A date in the interface language's words (`20 November 1989`, `1989年11月20日`,
/// `20 ноября 1989 г.`); a date known only to the month has no day, one known only to the year
/// is the year. The ISO form outside a browser or if `Intl` fails.
///
/// ```
/// let d = luxterm::Date { year: 1989, month: Some(11), day: Some(20) };
/// assert_eq!(luxterm_web::intl::date(luxterm_web::i18n::UiLang::Fr, d), "1989-11-20");
/// ```
pub fn date(ui: UiLang, d: luxterm::Date) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(month) = d.month else {
            return d.year.to_string();
        };
        let f = formatters(ui);
        let (format, day) = match d.day {
            Some(day) => (f.day.format(), day),
            None => (f.month.format(), 1),
        };
        let iso = format!("{:04}-{month:02}-{day:02}T00:00:00Z", d.year);
        let value = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(&iso));
        if value.get_time().is_nan() {
            return d.to_string();
        }
        browser::call(format, &value).unwrap_or_else(|| d.to_string())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ui;
        d.to_string()
    }
}
