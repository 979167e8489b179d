//! The luxterm web app's exports of a selection, a WebAssembly module of its own.
//!
//! The app's first load carries no export code: the Download menu's panel (`downloads.js` in
//! this folder, itself imported on the menu's first click) imports this module's wasm-bindgen
//! glue (`exporter/luxterm_web_export.js`) only when a reader asks for "this selection", and
//! hands it the bytes of the whole glossary the app has already fetched
//! ([`luxterm::parts::WHOLE_FILE`]). The module decodes them, builds the core's [`Selection`]
//! from what the page shows and returns the file's bytes from [`luxterm::export::export`]; the
//! panel saves them through a Blob. Nothing is fetched or sent.
//!
//! The whole glossary in each format is not made here: `cargo xtask build` writes those files
//! as static, fingerprinted files with the same core code.
//!
//! ```
//! use luxterm_web_export::WebExporter;
//! let exporter = WebExporter::new(luxterm::parts::WHOLE).unwrap();
//! let tbx = exporter
//!     .export_selection("tbx", vec!["child".into()], None, vec!["en".into()], None)
//!     .unwrap();
//! let text = String::from_utf8(tbx).unwrap();
//! assert!(text.contains("<conceptEntry id=\"child\""));
//! assert!(!text.contains("xml:lang=\"fr\""));
//! ```

use luxterm::compact::{self, Part};
use luxterm::export::{Format, Scope, Selection, export};
use luxterm::{Category, Glossary, Version};
use wasm_bindgen::prelude::*;

/// An exporter over the whole glossary, decoded once per page.
#[wasm_bindgen]
pub struct WebExporter {
    glossary: Glossary,
}

#[wasm_bindgen]
impl WebExporter {
    /// Decodes the whole glossary from its compact bytes.
    ///
    /// # Errors
    ///
    /// A message if the bytes are not a whole compact glossary.
    #[wasm_bindgen(constructor)]
    pub fn new(whole: &[u8]) -> Result<WebExporter, String> {
        let header = compact::header(whole).map_err(|e| e.to_string())?;
        if header.part != Part::Whole {
            return Err("exports need the whole glossary, not a part of it".to_owned());
        }
        let glossary = Glossary::from_compact(whole).map_err(|e| e.to_string())?;
        Ok(WebExporter { glossary })
    }

    /// The file of a selection in `format` (`tbx`, `tbx2`, … as on the command line): the
    /// `concepts` by id (if any), else the concepts of `category` (if given), else the whole
    /// glossary; only the `languages` given (none: every language); as of `release` (none: the
    /// current one). The same selection as `luxterm export --format F --concept …
    /// --category … --lang … --release …`, so the same bytes.
    ///
    /// # Errors
    ///
    /// A message naming what is wrong with the selection, or why the format failed.
    #[wasm_bindgen(js_name = exportSelection)]
    pub fn export_selection(
        &self,
        format: &str,
        concepts: Vec<String>,
        category: Option<String>,
        languages: Vec<String>,
        release: Option<String>,
    ) -> Result<Vec<u8>, String> {
        let format: Format = format
            .parse()
            .map_err(|e: luxterm::export::UnknownFormat| e.to_string())?;
        let selection = selection(concepts, category.as_deref(), languages, release.as_deref())?;
        let selected = selection
            .resolve(&self.glossary)
            .map_err(|e| e.to_string())?;
        export(&selected, format).map_err(|e| e.to_string())
    }
}

/// The core's [`Selection`] for what the page shows.
///
/// ```
/// use luxterm::export::Scope;
/// let s = luxterm_web_export::selection(vec![], Some("material"), vec![], Some("1.0.0")).unwrap();
/// assert_eq!(s.scope, Scope::Category(luxterm::Category::Material));
/// assert_eq!(s.languages, None);
/// assert!(luxterm_web_export::selection(vec![], Some("nope"), vec![], None).is_err());
/// ```
///
/// # Errors
///
/// A message if the category or the release is not one.
pub fn selection(
    concepts: Vec<String>,
    category: Option<&str>,
    languages: Vec<String>,
    release: Option<&str>,
) -> Result<Selection, String> {
    let scope = if !concepts.is_empty() {
        Scope::Concepts(concepts)
    } else if let Some(category) = category {
        Scope::Category(
            category
                .parse::<Category>()
                .map_err(|e| format!("category `{category}`: {e}"))?,
        )
    } else {
        Scope::All
    };
    let release = release
        .map(|v| {
            v.parse::<Version>()
                .map_err(|e| format!("release `{v}`: {e}"))
        })
        .transpose()?;
    Ok(Selection {
        scope,
        languages: (!languages.is_empty()).then_some(languages),
        release,
    })
}

/// The file name extension of a format, without the dot (`skos-ttl` → `ttl`).
///
/// # Errors
///
/// A message if the format is not one.
#[wasm_bindgen]
pub fn extension(format: &str) -> Result<String, String> {
    let format: Format = format
        .parse()
        .map_err(|e: luxterm::export::UnknownFormat| e.to_string())?;
    Ok(format.extension().to_owned())
}

/// The media type to save a format's file with.
///
/// # Errors
///
/// A message if the format is not one.
#[wasm_bindgen(js_name = mediaType)]
pub fn media_type(format: &str) -> Result<String, String> {
    let format: Format = format
        .parse()
        .map_err(|e: luxterm::export::UnknownFormat| e.to_string())?;
    Ok(format.media_type().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exporter() -> WebExporter {
        WebExporter::new(luxterm::parts::WHOLE).unwrap()
    }

    #[test]
    fn the_compact_glossary_exports_the_same_bytes_as_the_embedded_one() {
        // The CLI exports from the embedded glossary; the browser from the compact file.
        let cli = export(
            &Selection {
                scope: Scope::Concepts(vec!["child".into(), "sale-of-children".into()]),
                ..Default::default()
            }
            .resolve(Glossary::embedded())
            .unwrap(),
            Format::Tbx,
        )
        .unwrap();
        let web = exporter()
            .export_selection(
                "tbx",
                vec!["child".into(), "sale-of-children".into()],
                None,
                vec![],
                None,
            )
            .unwrap();
        assert_eq!(web, cli);
        let cli_all = export(
            &Selection::default().resolve(Glossary::embedded()).unwrap(),
            Format::Tbx2,
        )
        .unwrap();
        let web_all = exporter()
            .export_selection("tbx2", vec![], None, vec![], None)
            .unwrap();
        assert_eq!(web_all, cli_all);
    }

    #[test]
    fn bad_selections_are_messages() {
        let e = exporter();
        assert!(
            e.export_selection("docx", vec![], None, vec![], None)
                .unwrap_err()
                .contains("unknown export format")
        );
        assert!(
            e.export_selection("tbx", vec!["nope".into()], None, vec![], None)
                .unwrap_err()
                .contains("nope")
        );
        assert!(
            e.export_selection("tbx", vec![], None, vec!["xx".into()], None)
                .unwrap_err()
                .contains("xx")
        );
        assert!(
            e.export_selection("tbx", vec![], None, vec![], Some("9.0.0".into()))
                .unwrap_err()
                .contains("9.0.0")
        );
        assert!(WebExporter::new(luxterm::parts::SEARCH).is_err());
        assert!(WebExporter::new(b"<html>").is_err());
    }

    #[test]
    fn a_category_selection_holds_only_that_category() {
        let tbx = exporter()
            .export_selection(
                "tbx",
                vec![],
                Some("material".into()),
                vec!["en".into()],
                None,
            )
            .unwrap();
        let text = String::from_utf8(tbx).unwrap();
        assert!(text.contains("child-sexual-abuse-material"));
        assert!(!text.contains("conceptEntry id=\"sale-of-children\""));
        assert_eq!(extension("skos-ttl").unwrap(), "ttl");
        assert_eq!(media_type("tbx").unwrap(), "application/xml");
        assert!(extension("nope").is_err());
    }
}
