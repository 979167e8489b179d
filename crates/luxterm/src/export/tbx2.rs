//! TBX 2008 (TBX v2, the `martif` format of ISO 30042:2008), for CAT tools that import only
//! that: `termEntry` / `langSet` / `tig`, the status in `termNote type="administrativeStatus"`
//! inside `tig`, definitions in `descrip type="definition"`. Same content, data categories,
//! picklist values and ids as the TBX-Basic file ([`super::tbx`], `docs/tbx.md`); checked by
//! reading it back with translate-toolkit (`scripts/check-tbx.sh`).
//!
//! ```
//! use luxterm::export::{Scope, Selection, tbx2};
//! let g = luxterm::Glossary::embedded();
//! let picked = Selection {
//!     scope: Scope::Concepts(vec!["child-sexual-abuse-material".into()]),
//!     languages: Some(vec!["en".into(), "fr".into()]),
//!     ..Default::default()
//! }
//! .resolve(g)
//! .unwrap();
//! let xml = String::from_utf8(tbx2::write(&picked).unwrap()).unwrap();
//! assert!(xml.contains(r#"<martif type="TBX-Basic" xml:lang="en">"#));
//! assert!(xml.contains(r#"<tig id="child-sexual-abuse-material-en-1">"#));
//! assert!(xml.contains(r#"<langSet xml:lang="fr">"#));
//! ```

use super::tbx::{Dialect, write_dialect};
use super::{ExportError, Selected};

const V2: Dialect = Dialect {
    v2: true,
    header: "martifHeader",
    entry: "termEntry",
    lang_sec: "langSet",
    term_sec: "tig",
};

/// The TBX 2008 (`martif`, TBX-Basic v2) file of a selection, as UTF-8 XML bytes.
///
/// # Errors
///
/// [`ExportError::Empty`] if no concept of the selection has a term; [`ExportError::Write`] if
/// a text holds a character XML 1.0 cannot carry.
pub fn write(selected: &Selected<'_>) -> Result<Vec<u8>, ExportError> {
    write_dialect(selected, &V2)
}
