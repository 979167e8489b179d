//! The luxterm web app's text checker, a WebAssembly module of its own.
//!
//! The app's first load carries no checker: the Check page loads this module on demand
//! (`web/static/boot.js` imports its wasm-bindgen glue, `check/luxterm_web_check.js`) and hands it
//! the bytes of the whole glossary it has already fetched (the checker needs the terms' inflected
//! `forms`, which only the whole glossary has). Nothing is fetched by the module itself.
//!
//! Everything it returns is the core's view, [`luxterm::check::view::CheckedText`] (or the
//! [`luxterm::check::InputError`] that stopped reading), encoded with postcard: the app decodes
//! it with the same types and lays it out.
//!
//! ```
//! use luxterm::check::view::CheckedText;
//! let checker = luxterm_web_check::WebChecker::new(luxterm::parts::WHOLE).unwrap();
//! let bytes = checker.check_text("Child pornography is a crime.", None);
//! let view: CheckedText = luxterm_web_check::decode_text(&bytes).unwrap();
//! assert_eq!(view.findings[0].finding.instead.as_deref(), Some("child sexual abuse material"));
//! ```

use luxterm::Glossary;
use luxterm::check::view::CheckedText;
use luxterm::check::{CheckOptions, Checker, InputError};
use luxterm::compact::{self, Part};
use wasm_bindgen::prelude::*;

/// A checker over the whole glossary, built once (the automaton is the expensive part).
#[wasm_bindgen]
pub struct WebChecker {
    checker: Checker<'static>,
}

#[wasm_bindgen]
impl WebChecker {
    /// Decodes the whole glossary from its compact bytes and builds the checker over it.
    ///
    /// # Errors
    ///
    /// A message if the bytes are not a whole compact glossary.
    #[wasm_bindgen(constructor)]
    pub fn new(whole: &[u8]) -> Result<WebChecker, String> {
        let header = compact::header(whole).map_err(|e| e.to_string())?;
        if header.part != Part::Whole {
            return Err("the checker needs the whole glossary, not a part of it".to_owned());
        }
        let glossary = Glossary::from_compact(whole).map_err(|e| e.to_string())?;
        // One checker per page: the glossary lives as long as the module.
        let glossary: &'static Glossary = Box::leak(Box::new(glossary));
        Ok(WebChecker {
            checker: Checker::new(glossary),
        })
    }

    /// Checks pasted text; `lang` checks every paragraph in that language instead of detecting
    /// it. Returns the postcard bytes of a [`CheckedText`].
    #[wasm_bindgen(js_name = checkText)]
    pub fn check_text(&self, text: &str, lang: Option<String>) -> Vec<u8> {
        let view = CheckedText::of_text(&self.checker, text, &options(lang));
        postcard::to_allocvec(&view).unwrap_or_default()
    }

    /// Reads a file (by its name's extension: `.txt`, `.md`, `.docx`, `.xlf`/`.xliff`) and checks
    /// it. Returns the postcard bytes of a `Result<CheckedText, InputError>`.
    #[wasm_bindgen(js_name = checkFile)]
    pub fn check_file(&self, name: &str, bytes: &[u8], lang: Option<String>) -> Vec<u8> {
        let result = CheckedText::of_file(&self.checker, name, bytes, &options(lang));
        postcard::to_allocvec(&result).unwrap_or_default()
    }
}

fn options(lang: Option<String>) -> CheckOptions {
    CheckOptions {
        lang: lang.filter(|l| !l.is_empty()),
        ..CheckOptions::default()
    }
}

/// Decodes what [`WebChecker::check_text`] returns (the app does the same with its own postcard).
///
/// # Errors
///
/// If the bytes are not a postcard [`CheckedText`].
pub fn decode_text(bytes: &[u8]) -> Result<CheckedText, postcard::Error> {
    postcard::from_bytes(bytes)
}

/// Decodes what [`WebChecker::check_file`] returns.
///
/// # Errors
///
/// If the bytes are not a postcard `Result<CheckedText, InputError>`.
pub fn decode_file(bytes: &[u8]) -> Result<Result<CheckedText, InputError>, postcard::Error> {
    postcard::from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_docx_is_an_error_not_a_panic() {
        let c = WebChecker::new(luxterm::parts::WHOLE).unwrap();
        let r = decode_file(&c.check_file("bill.docx", b"not a zip", None)).unwrap();
        assert!(matches!(r, Err(InputError::NotZip(_))));
        let r = decode_file(&c.check_file("t.xlf", b"<xliff><unit>", None)).unwrap();
        assert!(r.is_err());
    }

    #[test]
    fn the_search_part_is_refused() {
        assert!(WebChecker::new(luxterm::parts::SEARCH).is_err());
    }

    #[test]
    fn a_language_can_be_chosen() {
        let c = WebChecker::new(luxterm::parts::WHOLE).unwrap();
        let v = decode_text(&c.check_text("Борьба с детской порнографией.", Some("ru".into())))
            .unwrap();
        assert_eq!(v.findings[0].finding.term, "детская порнография");
        assert_eq!(v.blocks[0].lang.as_deref(), Some("ru"));
    }
}
