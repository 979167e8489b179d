//! JSON: the whole selection in the views' serde form, for developers: a header (format
//! version, the release, the languages, the reader's language) and one
//! [`ConceptPage`] a concept, exactly what `luxterm show --json`
//! prints for one concept. Its JSON Schema (`json_schema`, feature `schema`) is committed as
//! `crates/luxterm/schema/export.schema.json`.
//!
//! ```
//! use luxterm::export::{Selection, json};
//! let selected = Selection::default().resolve(luxterm::Glossary::embedded()).unwrap();
//! let doc: serde_json::Value = serde_json::from_slice(&json::json(&selected).unwrap()).unwrap();
//! assert_eq!(doc["format_version"], json::FORMAT_VERSION);
//! assert_eq!(doc["release"]["version"], selected.release.version.to_string());
//! assert_eq!(doc["concepts"].as_array().unwrap().len(), selected.concepts.len());
//! ```

#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

use super::{ExportError, Selected};
use crate::view::{ConceptPage, Reader, ReleaseRef};

/// The version of the file's form: raised when a change would break a reader (a field removed
/// or renamed, a meaning changed), not when fields are added.
pub const FORMAT_VERSION: u32 = 1;

/// A JSON export: the header and the concepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct JsonExport {
    /// Always `luxterm-export`.
    pub format: String,
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The release exported.
    pub release: ReleaseRef,
    /// The languages of the selection (BCP 47), in the glossary's order: the pages hold terms
    /// and definitions in these only.
    pub languages: Vec<String>,
    /// The language of the project's own texts and of concept names in the pages (English when
    /// the selection holds it, else its first language).
    pub reader: String,
    /// One page a concept, in the selection's order.
    pub concepts: Vec<ConceptPage>,
}

/// The selection as a [`JsonExport`].
///
/// ```
/// use luxterm::export::{Scope, Selection, json};
/// let g = luxterm::Glossary::embedded();
/// let selected = Selection {
///     scope: Scope::Concepts(vec!["child".into()]),
///     languages: Some(vec!["fr".into()]),
///     ..Default::default()
/// }
/// .resolve(g)
/// .unwrap();
/// let export = json::export(&selected);
/// assert_eq!(export.reader, "fr");
/// assert_eq!(export.concepts[0].name.text, "enfant");
/// assert!(export.concepts[0].languages.iter().all(|l| l.lang == "fr"));
/// ```
pub fn export(selected: &Selected<'_>) -> JsonExport {
    let reader_lang =
        if selected.languages.iter().any(|l| l == "en") || selected.languages.is_empty() {
            "en".to_owned()
        } else {
            selected.languages.first().cloned().unwrap_or_default()
        };
    let reader = Reader::new(&reader_lang);
    let release = ReleaseRef {
        version: selected.release.version,
        date: selected.release.date,
    };
    let g = selected.glossary;
    let concepts = selected
        .concepts
        .iter()
        .map(|c| {
            let mut page = g.page_of(c, &reader, release.clone(), true);
            page.languages
                .retain(|l| selected.languages.contains(&l.lang));
            page
        })
        .collect();
    JsonExport {
        format: "luxterm-export".to_owned(),
        format_version: FORMAT_VERSION,
        release,
        languages: selected.languages.clone(),
        reader: reader_lang,
        concepts,
    }
}

/// The selection as JSON (UTF-8, pretty-printed, with a final newline).
///
/// # Errors
///
/// [`ExportError::Write`] if serialisation fails (it cannot for these types; typed anyway).
pub fn json(selected: &Selected<'_>) -> Result<Vec<u8>, ExportError> {
    let mut out = serde_json::to_vec_pretty(&export(selected))
        .map_err(|e| ExportError::Write(format!("JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// The JSON Schema of [`JsonExport`] (feature `schema`).
///
/// ```
/// let schema = serde_json::to_value(luxterm::export::json::json_schema()).unwrap();
/// assert_eq!(schema["title"], "JsonExport");
/// ```
#[cfg(feature = "schema")]
pub fn json_schema() -> schemars::Schema {
    schemars::schema_for!(JsonExport)
}
