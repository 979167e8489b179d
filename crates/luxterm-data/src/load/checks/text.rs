//! Every text and language tag: text is not empty and is in Unicode NFC; language tags are
//! well-formed BCP 47. These checks also convert the value, so no text reaches the model unchecked.
//! A text whose language is known is also checked for its typography (`typography.rs`).

use crate::diag::Code;
use crate::load::context::Cx;
use crate::load::source::{LocalMap, S};
use crate::model::{List, Localized, Text};
use luxterm_text::normalize::is_nfc;
use std::borrow::Cow;

impl Cx {
    /// Checks a text value: not empty, NFC. Returns it.
    pub(crate) fn text(&mut self, s: &S) -> Text {
        let v = s.get_ref();
        if v.trim().is_empty() {
            self.err(
                Code::EmptyText,
                s.span(),
                "empty text",
                "nothing here",
                "write the text, or remove the key if it is optional",
            );
        } else if !is_nfc(v) {
            let at = first_non_nfc(v);
            let span = s.span();
            // +1 for the opening quote of a basic string.
            let start = span.start + 1 + at;
            self.err(
                Code::NotNfc,
                start
                    ..start
                        + v.get(at..)
                            .and_then(|r| r.chars().next())
                            .map_or(1, char::len_utf8),
                "text is not in Unicode NFC",
                "decomposed character here",
                "save the file as NFC (e.g. `uconv -x any-nfc`, or retype the accented letter)",
            );
        }
        Cow::Owned(v.clone())
    }

    /// [`Cx::text`] of a text in language `lang`, also checked for that language's typography.
    pub(crate) fn text_in(&mut self, s: &S, lang: &str) -> Text {
        let text = self.text(s);
        self.check_typography(s, lang);
        text
    }

    /// [`Cx::text_in`] of an optional value.
    pub(crate) fn opt_text_in(&mut self, s: &Option<S>, lang: &str) -> Option<Text> {
        s.as_ref().map(|s| self.text_in(s, lang))
    }

    /// [`Cx::text`] of an optional value.
    pub(crate) fn opt_text(&mut self, s: &Option<S>) -> Option<Text> {
        s.as_ref().map(|s| self.text(s))
    }

    /// Checks a language tag. Returns it.
    pub(crate) fn lang(&mut self, s: &S) -> Text {
        let v = s.get_ref();
        let ok = language_tags::LanguageTag::parse(v)
            .map(|t| t.is_valid())
            .unwrap_or(false);
        if !ok || v.is_empty() {
            self.err(
                Code::InvalidLanguageTag,
                s.span(),
                format!("`{v}` is not a well-formed BCP 47 language tag"),
                "not a language tag",
                "use a tag such as en, fr, es, ar, zh, ru or pt-BR",
            );
        }
        Cow::Owned(v.clone())
    }

    /// Checks every tag and text of a `{ lang = "text" }` table. Returns it as a list.
    pub(crate) fn localized(&mut self, m: &LocalMap) -> List<Localized> {
        let mut out = Vec::new();
        for (k, v) in m {
            let lang = self.lang(k);
            let text = self.text_in(v, k.get_ref());
            out.push(Localized { lang, text });
        }
        Cow::Owned(out)
    }
}

/// The byte offset of the first character whose NFC differs from itself (a combining mark or a
/// decomposable base).
fn first_non_nfc(s: &str) -> usize {
    let mut prev = 0;
    for (i, _) in s.char_indices().skip(1) {
        if let Some(prefix) = s.get(..i) {
            if !is_nfc(prefix) {
                return prev;
            }
        }
        prev = i;
    }
    prev
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_decomposed_character_is_found() {
        assert_eq!(first_non_nfc("mate\u{301}riel"), 4);
        assert_eq!(first_non_nfc("e\u{301}"), 1);
    }
}
