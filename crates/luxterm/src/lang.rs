//! Languages: one writing-direction rule, one display order and one fallback rule, for every face.
//!
//! The faces (CLI, web app, exports) never decide these for themselves: a language's direction is
//! [`Dir::of`], the order languages are shown in is [`order`], and what is shown when a text is
//! missing in the language asked for is [`choose`] (the language asked, else [`FALLBACK`], else
//! the first there is), always marked as a fallback.

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The six official languages of the United Nations, in the UN's order (alphabetical in English:
/// Arabic, Chinese, English, French, Russian, Spanish). Every concept is meant to have terms and a
/// definition in each.
pub const UN_LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// The language shown when the language asked for has no text: English.
pub const FALLBACK: &str = "en";

/// Writing direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic, Hebrew, Persian, Urdu, Central Kurdish, Uyghur, `az-Arab` …).
    Rtl,
}

impl Dir {
    /// The direction of a BCP 47 language tag: an explicit script subtag decides (`az-Arab` is
    /// right to left, `ku-Latn` is not), otherwise the primary language does.
    ///
    /// ```
    /// use luxterm::lang::Dir;
    /// assert_eq!(Dir::of("ar"), Dir::Rtl);
    /// assert_eq!(Dir::of("he"), Dir::Rtl);
    /// assert_eq!(Dir::of("ckb"), Dir::Rtl);
    /// assert_eq!(Dir::of("ug"), Dir::Rtl);
    /// assert_eq!(Dir::of("az-Arab"), Dir::Rtl);
    /// assert_eq!(Dir::of("fr"), Dir::Ltr);
    /// assert_eq!(Dir::of("zh-Hans"), Dir::Ltr);
    /// ```
    pub fn of(lang: &str) -> Dir {
        if luxterm_text::normalize::is_rtl(lang) {
            Dir::Rtl
        } else {
            Dir::Ltr
        }
    }

    /// `ltr` or `rtl`, as HTML's `dir` attribute wants it.
    ///
    /// ```
    /// assert_eq!(luxterm::lang::Dir::Rtl.as_str(), "rtl");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Whether a tag names one of the six UN languages (its primary subtag: `fr-CA` is French).
///
/// ```
/// assert!(luxterm::lang::is_un_language("fr-CA"));
/// assert!(!luxterm::lang::is_un_language("de"));
/// ```
pub fn is_un_language(lang: &str) -> bool {
    let primary = lang.split(['-', '_']).next().unwrap_or("");
    UN_LANGUAGES.contains(&primary)
}

/// Where a language stands in the display order: the UN languages in the UN's order, then every
/// other language by tag.
fn rank(lang: &str) -> (usize, &str) {
    let pos = UN_LANGUAGES
        .iter()
        .position(|l| *l == lang)
        .unwrap_or(UN_LANGUAGES.len());
    (pos, lang)
}

/// The display order of languages: `first` (the reader's language) if given, then the six UN
/// languages in the UN's order, then any other language by tag; each language once.
///
/// ```
/// use luxterm::lang::order;
/// assert_eq!(order(["pt", "en", "de", "ar", "en"], Some("fr")), ["fr", "ar", "en", "de", "pt"]);
/// assert_eq!(order(["es", "zh"], None), ["zh", "es"]);
/// ```
pub fn order<'a>(langs: impl IntoIterator<Item = &'a str>, first: Option<&'a str>) -> Vec<&'a str> {
    let mut out: Vec<&'a str> = Vec::new();
    for l in langs {
        if !out.contains(&l) && Some(l) != first {
            out.push(l);
        }
    }
    crate::sort::sort_by(&mut out, |a, b| rank(a).cmp(&rank(b)));
    if let Some(f) = first {
        out.insert(0, f);
    }
    out
}

/// The one fallback rule: among `items`, the first in language `lang`, else the first in
/// [`FALLBACK`], else the first item; with whether it fell back.
///
/// ```
/// use luxterm::lang::choose;
/// let items = [("fr", "bonjour"), ("en", "hello"), ("ar", "مرحبا")];
/// assert_eq!(choose(&items, "ar", |x| x.0), Some((&items[2], false)));
/// assert_eq!(choose(&items, "zh", |x| x.0), Some((&items[1], true)));
/// assert_eq!(choose(&items[..1], "zh", |x| x.0), Some((&items[0], true)));
/// assert_eq!(choose(&items[..0], "zh", |x| x.0), None);
/// ```
pub fn choose<'a, T>(
    items: impl IntoIterator<Item = &'a T> + Clone,
    lang: &str,
    lang_of: impl Fn(&T) -> &str,
) -> Option<(&'a T, bool)> {
    if let Some(x) = items.clone().into_iter().find(|x| lang_of(x) == lang) {
        return Some((x, false));
    }
    let mut first = None;
    for x in items {
        if lang_of(x) == FALLBACK {
            return Some((x, true));
        }
        if first.is_none() {
            first = Some(x);
        }
    }
    first.map(|x| (x, true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rtl_language_the_faces_disagreed_on_is_rtl() {
        for l in ["ar", "he", "ckb", "ug", "az-Arab", "fa", "ur", "ps"] {
            assert_eq!(Dir::of(l), Dir::Rtl, "{l}");
        }
        for l in ["en", "zh", "ru", "az", "az-Latn", "ku-Latn", "de", "pt-BR"] {
            assert_eq!(Dir::of(l), Dir::Ltr, "{l}");
        }
    }

    #[test]
    fn order_puts_the_reader_first_and_keeps_each_language_once() {
        assert_eq!(order(["en", "fr"], Some("en")), ["en", "fr"]);
        assert_eq!(
            order(UN_LANGUAGES.iter().copied().rev(), None),
            UN_LANGUAGES
        );
    }
}
