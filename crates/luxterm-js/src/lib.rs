//! The JavaScript binding of luxterm: what the npm package `luxterm` (in `npm/`) wraps.
//!
//! A thin face over the core, built for `wasm32-unknown-unknown` with wasm-bindgen
//! (`scripts/build-npm.sh`). It holds no domain logic: each export reads its options, calls one
//! function of the core and returns the core's view in its serde form — the same JSON that
//! `luxterm … --json` prints. Every export takes strings and returns one string, a JSON reply:
//!
//! * `{"ok": VALUE}` — the view;
//! * `{"error": {"code": "…", "message": "…"}}` — what went wrong, with a stable code
//!   (`unknown-concept`, `unknown-release`, `not-in-release`, `no-release`, `bad-options`,
//!   `bad-version`, `query-error`, `internal`).
//!
//! The package's hand-written ES module parses the reply, returns the value or throws a
//! `LuxtermError` carrying the code, and its `index.d.ts` describes every value. Options are a
//! JSON object (an empty string means none); unknown option names are an error, so a typo is not
//! silently ignored.
//!
//! ```
//! let reply = luxterm_js::search("child pornography", "");
//! let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
//! assert_eq!(v["ok"]["hits"][0]["concept"], "child-sexual-abuse-material");
//!
//! let reply = luxterm_js::concept("no-such-concept", "");
//! let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
//! assert_eq!(v["error"]["code"], "unknown-concept");
//! ```

use luxterm::check::CheckOptions;
use luxterm::view::Reader;
use luxterm::{Glossary, SearchOptions, Version};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::wasm_bindgen;

/// Why a call failed: a stable code for programs and a sentence for people.
///
/// ```
/// let f = luxterm_js::Failure::new("bad-options", "invalid options: expected a JSON object");
/// assert_eq!(f.code, "bad-options");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    /// What failed, in kebab-case (`unknown-concept` …); the JS side's `LuxtermError.code`.
    pub code: &'static str,
    /// What failed, in English.
    pub message: String,
}

impl Failure {
    /// A failure with `code` and `message`.
    pub fn new(code: &'static str, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }
}

impl From<luxterm::Error> for Failure {
    fn from(e: luxterm::Error) -> Failure {
        let code = match &e {
            luxterm::Error::UnknownConcept(_) => "unknown-concept",
            luxterm::Error::UnknownRelease(_) => "unknown-release",
            luxterm::Error::NotInRelease(..) => "not-in-release",
            luxterm::Error::NoRelease => "no-release",
            _ => "query-error",
        };
        Failure::new(code, e.to_string())
    }
}

/// The reply every export returns, as JSON: `{"ok": …}` or `{"error": {…}}`.
#[derive(Serialize)]
#[serde(rename_all = "lowercase")]
enum Reply<T> {
    Ok(T),
    Error(Failure),
}

/// What is returned if a reply cannot be written as JSON (it always can: the views are plain data).
const UNWRITABLE: &str =
    r#"{"error":{"code":"internal","message":"the reply could not be written as JSON"}}"#;

fn reply<T: Serialize>(result: Result<T, Failure>) -> String {
    let r = match result {
        Ok(v) => Reply::Ok(v),
        Err(e) => Reply::Error(e),
    };
    serde_json::to_string(&r).unwrap_or_else(|_| UNWRITABLE.to_owned())
}

/// Reads the options of a call: a JSON object, or nothing (empty string, `null`).
fn read_options<T: DeserializeOwned + Default>(json: &str) -> Result<T, Failure> {
    let json = json.trim();
    if json.is_empty() || json == "null" {
        return Ok(T::default());
    }
    serde_json::from_str(json)
        .map_err(|e| Failure::new("bad-options", format!("invalid options: {e}")))
}

/// The reader of a view: texts in `lang`, terms in `terms` (else `lang`); the core's default
/// reader when neither is given.
fn reader(lang: Option<&str>, terms: Option<&str>) -> Reader {
    let r = lang.map(Reader::new).unwrap_or_default();
    match terms {
        Some(t) => r.with_terms(t),
        None => r,
    }
}

fn version(text: Option<&str>) -> Result<Option<Version>, Failure> {
    text.map(|v| {
        v.parse::<Version>()
            .map_err(|e| Failure::new("bad-version", format!("invalid release `{v}`: {e}")))
    })
    .transpose()
}

fn glossary() -> &'static Glossary {
    Glossary::embedded()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct SearchOpts {
    lang: Option<String>,
    limit: Option<usize>,
    per_concept: Option<bool>,
    reader: Option<String>,
    terms: Option<String>,
}

/// Ranked search (`Glossary::search_view`): every current term and abbreviation, in any language
/// and script, forgiving case, accents and small typos.
///
/// Options: `lang` (only terms in this language), `limit` (most hits, 20 by default),
/// `perConcept` (one hit per concept, the best-ranked term of each; `true` by default),
/// `reader` (the language of texts and names; `lang`, else English, by default), `terms` (the
/// language of names, if not the reader's). Returns a `SearchResults`; an empty query has no hits.
///
/// ```
/// let reply = luxterm_js::search("pedopornographie", r#"{"limit": 3, "perConcept": false}"#);
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["per_concept"], false);
/// assert!(v["ok"]["hits"].as_array().unwrap().len() <= 3);
/// ```
#[wasm_bindgen]
pub fn search(query: &str, options: &str) -> String {
    reply(read_options::<SearchOpts>(options).map(|o| {
        let opts = SearchOptions {
            limit: o.limit.unwrap_or(SearchOptions::default().limit),
            lang: o.lang.clone(),
        };
        let reader = reader(
            o.reader.as_deref().or(o.lang.as_deref()),
            o.terms.as_deref(),
        );
        glossary().search_view(query, &opts, o.per_concept.unwrap_or(true), &reader)
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct ConceptOpts {
    lang: Option<String>,
    terms: Option<String>,
    release: Option<String>,
}

/// A concept page by id (`Glossary::concept_page`): its terms in every language, definitions,
/// guidance, provisions, relations and history.
///
/// Options: `lang` (the reader's language, first among the languages; English by default),
/// `terms` (the language of names, if not `lang`), `release` (`1.0.0`: the concept as that
/// release published it). Returns a `ConceptPage`.
///
/// ```
/// let reply = luxterm_js::concept("child-sexual-abuse-material", r#"{"lang": "fr"}"#);
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["name"]["lang"], "fr");
/// ```
#[wasm_bindgen]
pub fn concept(id: &str, options: &str) -> String {
    reply(read_options::<ConceptOpts>(options).and_then(|o| {
        let release = version(o.release.as_deref())?;
        let reader = reader(o.lang.as_deref(), o.terms.as_deref());
        Ok(glossary().concept_page(id, &reader, release)?)
    }))
}

/// The concepts a term (or an id) leads to (`Glossary::concept_pages_for`), each with the term
/// it was reached by marked: what `luxterm show TERM` shows. Options as for [`concept`].
/// Returns an array of `ConceptPage`.
///
/// ```
/// let reply = luxterm_js::lookup("pédopornographie", r#"{"lang": "fr"}"#);
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"][0]["matched"]["status"], "avoid");
/// ```
#[wasm_bindgen]
pub fn lookup(term: &str, options: &str) -> String {
    reply(read_options::<ConceptOpts>(options).and_then(|o| {
        let release = version(o.release.as_deref())?;
        let reader = reader(o.lang.as_deref(), o.terms.as_deref());
        Ok(glossary().concept_pages_for(term, &reader, release)?)
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct CompareOpts {
    lang: Option<String>,
    terms: Option<String>,
    langs: Option<Vec<String>>,
}

/// Concepts side by side in one language (`Glossary::compare_concepts`). `ids` is a JSON array
/// of concept ids; option `lang` (English by default). Returns a `SideBySide`.
///
/// ```
/// let reply = luxterm_js::compare_concepts(
///     r#"["child-sexual-abuse-material", "child-sexual-exploitation-material"]"#,
///     r#"{"lang": "es"}"#,
/// );
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["columns"].as_array().unwrap().len(), 2);
/// ```
#[wasm_bindgen(js_name = compareConcepts)]
pub fn compare_concepts(ids: &str, options: &str) -> String {
    reply(read_options::<CompareOpts>(options).and_then(|o| {
        let ids: Vec<String> = serde_json::from_str(ids).map_err(|e| {
            Failure::new(
                "bad-options",
                format!("the concept ids must be an array of strings: {e}"),
            )
        })?;
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let lang = o
            .lang
            .as_deref()
            .unwrap_or(Reader::default().text.as_str())
            .to_owned();
        Ok(glossary().compare_concepts(&ids, &lang)?)
    }))
}

/// One concept across languages (`Glossary::compare_languages`): option `langs` (the languages
/// shown; all by default), `lang` (the reader's) and `terms`. Returns an `AcrossLanguages`.
///
/// ```
/// let reply = luxterm_js::compare_languages("child", r#"{"langs": ["ar", "fr"]}"#);
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["columns"][0]["dir"], "rtl");
/// ```
#[wasm_bindgen(js_name = compareLanguages)]
pub fn compare_languages(id: &str, options: &str) -> String {
    reply(read_options::<CompareOpts>(options).and_then(|o| {
        let langs: Vec<&str> = o.langs.iter().flatten().map(String::as_str).collect();
        let reader = reader(o.lang.as_deref(), o.terms.as_deref());
        Ok(glossary().compare_languages(id, &langs, &reader)?)
    }))
}

/// One concept across instruments, element by element (`Glossary::compare_instruments`, the
/// element matrix): options `lang` and `terms`. Returns an `ElementMatrix`.
///
/// ```
/// let reply = luxterm_js::compare_instruments("child-sexual-abuse-material", "");
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert!(v["ok"]["columns"].as_array().unwrap().iter().any(|c| c["instrument"] == "opsc"));
/// ```
#[wasm_bindgen(js_name = compareInstruments)]
pub fn compare_instruments(id: &str, options: &str) -> String {
    reply(read_options::<CompareOpts>(options).and_then(|o| {
        let reader = reader(o.lang.as_deref(), o.terms.as_deref());
        Ok(glossary().compare_instruments(id, &reader)?)
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct CheckOpts {
    lang: Option<String>,
    no_info: bool,
    strict: bool,
    format: CheckFormat,
}

/// How the checker reads its text.
#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum CheckFormat {
    /// Plain text.
    #[default]
    Text,
    /// Markdown: code, link addresses and HTML skipped; spans still point into the source.
    Markdown,
}

/// Checks plain text (`luxterm::check::check`): the terms the glossary advises against, each with
/// what to use instead, why and the citations, with byte and UTF-16 spans (`start_utf16` is a
/// JavaScript string index). Options: `lang` (check every paragraph in this language instead of
/// detecting it), `noInfo` (leave out info findings), `strict` (quoted legal terms are findings
/// too), `format` (`"text"`, the default, or `"markdown"`: code and link addresses are skipped,
/// spans still index the source). Returns an array of `Finding`.
///
/// ```
/// let reply = luxterm_js::check("Material known as child pornography.", "");
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"][0]["instead"], "child sexual abuse material");
///
/// let md = "`child pornography` in code is skipped; child pornography in prose is not.";
/// let reply = luxterm_js::check(md, r#"{"format": "markdown"}"#);
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"].as_array().unwrap().len(), 1);
/// assert_eq!(v["ok"][0]["span"]["start"], md.rfind("child pornography").unwrap());
/// ```
#[wasm_bindgen]
pub fn check(text: &str, options: &str) -> String {
    reply(read_options::<CheckOpts>(options).map(|o| {
        let opts = CheckOptions {
            lang: o.lang,
            no_info: o.no_info,
            strict: o.strict,
        };
        match o.format {
            CheckFormat::Text => luxterm::check::check(text, &opts),
            CheckFormat::Markdown => luxterm::check::embedded()
                .check_document(&luxterm::check::input::markdown(text), &opts),
        }
    }))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
struct ReleaseOpts {
    lang: Option<String>,
    terms: Option<String>,
}

/// The glossary's releases, newest first (`Glossary::release_list`): each with its version, date,
/// notes, how many concepts it had and which it added, changed and removed. Options `lang` and
/// `terms` name the concepts. Returns a `ReleaseList`.
///
/// ```
/// let reply = luxterm_js::releases("");
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["releases"][0]["current"], true);
/// ```
#[wasm_bindgen]
pub fn releases(options: &str) -> String {
    reply(
        read_options::<ReleaseOpts>(options)
            .map(|o| glossary().release_list(&reader(o.lang.as_deref(), o.terms.as_deref()))),
    )
}

/// The current release of the embedded glossary (the one of [`releases`] marked `current`), as a
/// `ReleaseView`; the error `no-release` if the glossary has none.
///
/// ```
/// let reply = luxterm_js::release("");
/// let v: serde_json::Value = serde_json::from_str(&reply).unwrap();
/// assert_eq!(v["ok"]["current"], true);
/// ```
#[wasm_bindgen]
pub fn release(options: &str) -> String {
    reply(read_options::<ReleaseOpts>(options).and_then(|o| {
        glossary()
            .release_list(&reader(o.lang.as_deref(), o.terms.as_deref()))
            .releases
            .into_iter()
            .find(|r| r.current)
            .ok_or_else(|| luxterm::Error::NoRelease.into())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn parse(reply: &str) -> Value {
        serde_json::from_str(reply).unwrap()
    }

    #[test]
    fn the_reply_is_the_core_views_serde_form() {
        let g = Glossary::embedded();
        let page = g
            .concept_page("child-sexual-abuse-material", &Reader::new("fr"), None)
            .unwrap();
        let v = parse(&concept("child-sexual-abuse-material", r#"{"lang":"fr"}"#));
        assert_eq!(v["ok"], serde_json::to_value(&page).unwrap());
    }

    #[test]
    fn unknown_options_and_wrong_types_are_bad_options() {
        for opts in [
            r#"{"lmit": 3}"#,
            r#"{"limit": -1}"#,
            r#"{"limit": "3"}"#,
            "[1]",
            "{",
        ] {
            let v = parse(&search("child", opts));
            assert_eq!(v["error"]["code"], "bad-options", "{opts}");
        }
        let v = parse(&compare_concepts("child", ""));
        assert_eq!(v["error"]["code"], "bad-options");
    }

    #[test]
    fn bad_and_unknown_releases_are_typed() {
        let v = parse(&concept("child", r#"{"release": "one"}"#));
        assert_eq!(v["error"]["code"], "bad-version");
        let v = parse(&concept("child", r#"{"release": "99.0.0"}"#));
        assert_eq!(v["error"]["code"], "unknown-release");
    }

    #[test]
    fn empty_and_huge_input_give_empty_results() {
        let v = parse(&search("", ""));
        assert_eq!(v["ok"]["hits"], Value::Array(vec![]));
        let huge = "x".repeat(1 << 20);
        assert!(parse(&search(&huge, ""))["ok"]["hits"].is_array());
        assert!(parse(&check(&huge, ""))["ok"].is_array());
    }
}
