//! The data model of the [luxterm](https://github.com/luxterm/luxterm) glossary, its TOML source
//! format and the validator that loads it.
//!
//! Most users want the `luxterm` crate, which has the validated glossary compiled in and the query
//! API. This crate is its ground floor: the types ([`model`]), the loader with rustc-style
//! diagnostics ([`load_dir`], [`load_sources`], [`diag`]), used both by `luxterm`'s build script
//! and by anyone who keeps a glossary of their own.
//!
//! ```
//! let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
//! let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
//! let child = glossary.concepts.iter().find(|c| c.id == "child").unwrap();
//! assert!(child.terms.iter().any(|t| t.lang == "fr"));
//! ```

#![cfg_attr(not(feature = "load"), allow(unused))]

extern crate alloc;
#[cfg(feature = "bake")]
extern crate self as luxterm_data;

pub mod model;

#[cfg(feature = "compact")]
pub mod compact;

#[cfg(feature = "load")]
pub mod diag;
#[cfg(feature = "import")]
pub mod import;
#[cfg(feature = "load")]
mod load;

#[cfg(feature = "load")]
pub use load::{
    LoadError, Loaded, is_provision_path, is_slug, load_dir, load_dir_with_warnings, load_sources,
    load_sources_with_warnings,
};
pub use model::GlossaryData;

/// The key under which a term's text is indexed for exact look-up: NFC, lower-cased, white space
/// collapsed.
///
/// ```
/// assert_eq!(luxterm_data::term_key("  Child   Pornography "), "child pornography");
/// assert_eq!(luxterm_data::term_key("PE\u{301}DOPORNOGRAPHIE"), "pédopornographie");
/// ```
pub fn term_key(text: &str) -> String {
    let lower = luxterm_text::normalize::nfc(text).to_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sorted index of every term's and abbreviation's [`term_key`], for exact look-up in any
/// language. The loader builds it; a glossary decoded from a compact form rebuilds it.
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// assert_eq!(luxterm_data::index_terms(&glossary.concepts), glossary.term_index.to_vec());
/// ```
pub fn index_terms(concepts: &[model::Concept]) -> Vec<model::TermKey> {
    use std::borrow::Cow;
    let mut index = Vec::new();
    for (ci, c) in concepts.iter().enumerate() {
        for (ti, t) in c.terms.iter().enumerate() {
            let (Ok(ci), Ok(ti)) = (u32::try_from(ci), u32::try_from(ti)) else {
                continue;
            };
            for text in std::iter::once(&t.text).chain(t.abbreviation.as_ref()) {
                index.push(model::TermKey {
                    key: Cow::Owned(term_key(text)),
                    concept: ci,
                    term: ti,
                });
            }
        }
    }
    index.sort_by(|a, b| (&a.key, a.concept, a.term).cmp(&(&b.key, b.concept, b.term)));
    index.dedup();
    index
}
