//! The static JSON API: the files the web build (`cargo xtask build`, or `cargo xtask api`)
//! writes under `dist/api/`, so that a program in any language can fetch a concept by a stable
//! path, with no server but a static host:
//!
//! | path | holds |
//! | --- | --- |
//! | `api/index.json` | the releases ([`ApiReleases`]): version, date, and the path of each index |
//! | `api/<version>/index.json` | the release's concepts with id, category and names ([`ApiIndex`]) and its instruments |
//! | `api/<version>/concepts/<id>.json` | a concept's page as of the release ([`ConceptPage`], as `luxterm show --json`) |
//! | `api/<version>/instruments/<id>.json` | an instrument's page ([`InstrumentPage`]); instruments have no history, so every release's copy shows the instrument as the glossary has it now |
//!
//! Pages are for an English reader (the project's texts in English) with every language's
//! terms. Paths never change once a release is published: a new release adds a folder.
//!
//! ```
//! let g = luxterm::Glossary::embedded();
//! let files = luxterm::export::api::files(g).unwrap();
//! assert!(files.iter().any(|f| f.path == "api/1.0.0/concepts/child.json"));
//! assert!(files.iter().any(|f| f.path == "api/index.json"));
//! ```

use std::collections::BTreeMap;

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::ExportError;
#[cfg(doc)]
use crate::view::{ConceptPage, InstrumentPage};
use crate::view::{Reader, ReleaseRef};
use crate::{Category, Glossary, Status};

/// The version of the API's form (raised when a change would break a reader).
pub const FORMAT_VERSION: u32 = 1;

/// `api/index.json`: the releases the API has a folder for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ApiReleases {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The current release's version.
    pub current: String,
    /// Every release, oldest first.
    pub releases: Vec<ApiRelease>,
}

/// A release in `api/index.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ApiRelease {
    /// Its version and date.
    pub release: ReleaseRef,
    /// The path of its index, relative to `api/` (`1.0.0/index.json`).
    pub index: String,
}

/// `api/<version>/index.json`: what a release holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ApiIndex {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The release.
    pub release: ReleaseRef,
    /// Its concepts, by id.
    pub concepts: Vec<ApiConcept>,
    /// The instruments, by id.
    pub instruments: Vec<ApiInstrument>,
}

/// A concept in a release's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ApiConcept {
    /// Its id: its page is `concepts/<id>.json`.
    pub id: String,
    /// Its category.
    pub category: Category,
    /// Its preferred term in each language that has one (BCP 47 tag → term).
    pub names: BTreeMap<String, String>,
}

/// An instrument in a release's index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ApiInstrument {
    /// Its id: its page is `instruments/<id>.json`.
    pub id: String,
    /// Its short name in English (`OPSC`).
    pub short_name: String,
}

/// A file of the API: its path under the site's root and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFile {
    /// `api/…`, with `/` separators.
    pub path: String,
    /// Pretty-printed JSON with a final newline.
    pub bytes: Vec<u8>,
}

fn to_json<T: Serialize>(path: String, value: &T) -> Result<ApiFile, ExportError> {
    let mut bytes =
        serde_json::to_vec_pretty(value).map_err(|e| ExportError::Write(format!("{path}: {e}")))?;
    bytes.push(b'\n');
    Ok(ApiFile { path, bytes })
}

/// Every file of the API, for every release of the glossary.
///
/// # Errors
///
/// [`ExportError::NoRelease`] for a glossary without releases; [`ExportError::Write`] if a
/// page cannot be made (a concept or id the views refuse).
pub fn files(glossary: &Glossary) -> Result<Vec<ApiFile>, ExportError> {
    let current = glossary
        .current_release()
        .ok_or(ExportError::NoRelease)?
        .version;
    let reader = Reader::new("en");
    let mut out = Vec::new();
    let mut releases = Vec::new();
    for r in glossary.releases() {
        let v = r.version;
        let release = ReleaseRef {
            version: v,
            date: r.date,
        };
        releases.push(ApiRelease {
            release: release.clone(),
            index: format!("{v}/index.json"),
        });
        let mut concepts = Vec::new();
        for c in glossary.concepts() {
            let Some(as_of) = c.as_of(v) else {
                continue;
            };
            let mut names = BTreeMap::new();
            for t in as_of.terms.iter().filter(|t| t.status == Status::Preferred) {
                names
                    .entry(t.lang.to_string())
                    .or_insert_with(|| t.text.to_string());
            }
            concepts.push(ApiConcept {
                id: c.id.to_string(),
                category: c.category,
                names,
            });
            let page = glossary
                .concept_page(&c.id, &reader, Some(v))
                .map_err(|e| ExportError::Write(format!("concept {}: {e}", c.id)))?;
            out.push(to_json(format!("api/{v}/concepts/{}.json", c.id), &page)?);
        }
        let mut instruments = Vec::new();
        for i in glossary.instruments() {
            instruments.push(ApiInstrument {
                id: i.id.to_string(),
                short_name: glossary.short_name(&i.id, "en").to_owned(),
            });
            if let Some(page) = glossary.instrument_page(&i.id, &reader) {
                out.push(to_json(
                    format!("api/{v}/instruments/{}.json", i.id),
                    &page,
                )?);
            }
        }
        out.push(to_json(
            format!("api/{v}/index.json"),
            &ApiIndex {
                format_version: FORMAT_VERSION,
                release,
                concepts,
                instruments,
            },
        )?);
    }
    out.push(to_json(
        "api/index.json".to_owned(),
        &ApiReleases {
            format_version: FORMAT_VERSION,
            current: current.to_string(),
            releases,
        },
    )?);
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn ids_make_safe_paths() {
        // Concept and instrument ids are kebab-case slugs, so every path is plain.
        let files = files(Glossary::embedded()).unwrap();
        for f in &files {
            assert!(
                f.path
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/-._".contains(c)),
                "{}",
                f.path
            );
            assert!(!f.path.contains(".."), "{}", f.path);
        }
        let index: serde_json::Value = serde_json::from_slice(
            &files
                .iter()
                .find(|f| f.path == "api/index.json")
                .unwrap()
                .bytes,
        )
        .unwrap();
        assert_eq!(
            index["current"],
            Glossary::embedded()
                .current_release()
                .unwrap()
                .version
                .to_string()
        );
    }
}
