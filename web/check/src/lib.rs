//! The luxterm web app's text checker, a WebAssembly module of its own.
//!
//! The app's first load carries no checker and no code to show its findings: the Check page
//! loads this module on demand (`web/static/boot.js` imports its wasm-bindgen glue,
//! `checker/luxterm_web_check.js`) and hands it the bytes of the whole glossary it has already
//! fetched (the checker needs the terms' inflected `forms`, which only the whole glossary has).
//! Nothing is fetched by the module itself.
//!
//! The module renders the page's form itself ([`WebChecker::mount`]) into an element the app
//! leaves empty, so that the app carries no code for it. The findings are the core's view,
//! [`luxterm::check::view::CheckedText`] (or the [`luxterm::check::InputError`] that stopped
//! reading a file); [`render`] lays it out as text nodes and elements — never an HTML string —
//! with labels in the interface language ([`strings`]).
//!
//! ```
//! let checker = luxterm_web_check::WebChecker::new(luxterm::parts::WHOLE).unwrap();
//! let view = checker.view_of_text("Child pornography is a crime.", None);
//! assert_eq!(view.findings[0].finding.instead.as_deref(), Some("child sexual abuse material"));
//! ```

mod page;
pub mod render;
pub mod strings;

use luxterm::Glossary;
use luxterm::check::view::CheckedText;
use luxterm::check::{CheckOptions, Checker, InputError};
use luxterm::compact::{self, Part};
use wasm_bindgen::prelude::*;

/// A checker over the whole glossary, built once (the automaton is the expensive part).
#[wasm_bindgen]
pub struct WebChecker {
    checker: &'static Checker<'static>,
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
        // One checker per page (boot.js builds it once): it lives as long as the module, and the
        // page's listeners borrow it.
        let glossary: &'static Glossary = Box::leak(Box::new(glossary));
        let checker: &'static Checker<'static> = Box::leak(Box::new(Checker::new(glossary)));
        Ok(WebChecker { checker })
    }

    /// Renders the Check page's form, live region and results into `root` (its children are
    /// replaced), with labels in the interface language `ui` (`en`, `fr`, `es`, `ar`). Mounting
    /// again (another interface language) keeps the text, the language chosen and the last
    /// check.
    ///
    /// # Errors
    ///
    /// If the page's DOM refused a node.
    pub fn mount(&self, root: &web_sys::Element, ui: &str) -> Result<(), JsValue> {
        page::mount(self.checker, root, ui)
    }
}

impl WebChecker {
    /// The core's view of pasted text.
    pub fn view_of_text(&self, text: &str, lang: Option<String>) -> CheckedText {
        CheckedText::of_text(self.checker, text, &options(lang))
    }

    /// The core's view of a file, or why it could not be read.
    ///
    /// # Errors
    ///
    /// The reader's [`InputError`]: not UTF-8, not a zip, malformed XML, too large …
    pub fn view_of_file(
        &self,
        name: &str,
        bytes: &[u8],
        lang: Option<String>,
    ) -> Result<CheckedText, InputError> {
        CheckedText::of_file(self.checker, name, bytes, &options(lang))
    }
}

fn options(lang: Option<String>) -> CheckOptions {
    CheckOptions {
        // The page's menu sends an empty value for "detect".
        lang: lang.filter(|l| !l.is_empty()),
        ..CheckOptions::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_docx_is_an_error_not_a_panic() {
        let c = WebChecker::new(luxterm::parts::WHOLE).unwrap();
        let r = c.view_of_file("bill.docx", b"not a zip", None);
        assert!(matches!(r, Err(InputError::NotZip(_))));
        assert!(c.view_of_file("t.xlf", b"<xliff><unit>", None).is_err());
    }

    #[test]
    fn the_search_part_is_refused() {
        assert!(WebChecker::new(luxterm::parts::SEARCH).is_err());
    }

    #[test]
    fn a_language_can_be_chosen() {
        let c = WebChecker::new(luxterm::parts::WHOLE).unwrap();
        let v = c.view_of_text("Борьба с детской порнографией.", Some("ru".into()));
        assert_eq!(v.findings[0].finding.term, "детская порнография");
        assert_eq!(v.blocks[0].lang.as_deref(), Some("ru"));
        let detected = c.view_of_text("Борьба с детской порнографией.", Some(String::new()));
        assert_eq!(detected.blocks[0].lang.as_deref(), Some("ru"));
    }

    #[test]
    fn the_live_region_counts_each_level() {
        let c = WebChecker::new(luxterm::parts::WHOLE).unwrap();
        let v = c.view_of_text("child porn and child prostitution", None);
        let line = render::status_line(strings::of("en"), &Ok(v));
        assert_eq!(
            line,
            "Findings: 2 — Avoid: 2, Use with caution: 0, For information: 0"
        );
        let bad = c.view_of_file("x.docx", b"nope", None);
        assert!(render::status_line(strings::of("fr"), &bad).contains("docx"));
    }
}
