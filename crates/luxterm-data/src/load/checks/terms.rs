//! The terms of a concept: one preferred term per language at any one release, a preferred English
//! term, and terms to avoid that say what to use instead, and why.

use crate::diag::Code;
use crate::load::context::{Cx, Refs};
use crate::load::source::{S, SrcConcept, SrcTerm};
use crate::model::{Status, Text, Version};
use std::collections::HashMap;
use std::ops::Range;

impl Cx {
    /// At most one preferred term per language among entries with the same `until` (entries with
    /// the same `until` overlap; an entry retired by `until` may coexist with its successor).
    pub(crate) fn check_one_preferred(
        &mut self,
        preferred: &mut HashMap<(String, String), Range<usize>>,
        t: &SrcTerm,
        until: Option<Version>,
    ) {
        if *t.status.get_ref() != Status::Preferred {
            return;
        }
        let k = (
            t.lang.get_ref().clone(),
            until.map(|v| v.to_string()).unwrap_or_default(),
        );
        if let Some(first) = preferred.get(&k) {
            let (line, _) = crate::diag::line_col(&self.src, first.start);
            self.err(
                Code::MultiplePreferred,
                t.status.span(),
                format!("a second preferred term in `{}`", t.lang.get_ref()),
                "second preferred term",
                format!("a concept has one preferred term per language (the first is on line {line}); make this one `admitted`"),
            );
        } else {
            preferred.insert(k, t.status.span());
        }
    }

    /// A term to avoid has `instead` and `why`.
    pub(crate) fn check_avoid_has_replacement(&mut self, t: &SrcTerm) {
        if *t.status.get_ref() == Status::Avoid && (t.instead.is_none() || t.why.is_none()) {
            let missing = match (&t.instead, &t.why) {
                (None, None) => "`instead` and `why`",
                (None, _) => "`instead`",
                _ => "`why`",
            };
            self.err(
                Code::AvoidWithoutReplacement,
                t.status.span(),
                format!("the term to avoid `{}` has no {missing}", t.text.get_ref()),
                "status = \"avoid\"",
                "a term to avoid says what to use instead (`instead = \"…\"`, a term of the same language) and why (`why = \"…\"`)",
            );
        }
    }

    /// A concept with terms has a preferred English one.
    pub(crate) fn check_preferred_english(&mut self, c: &SrcConcept) {
        if !c
            .term
            .iter()
            .any(|t| t.lang.get_ref() == "en" && *t.status.get_ref() == Status::Preferred)
            && !c.term.is_empty()
        {
            self.err(
                Code::MissingPreferred,
                c.id.span(),
                "the concept has no preferred English term",
                "concept",
                "every concept has one `status = \"preferred\"` term in `en`; its id is that term's slug",
            );
        }
    }

    /// A term's replacement (`instead`) is a preferred or admitted term, in the same language, of
    /// its concept or of `instead_concept`.
    pub(crate) fn check_replacement(
        &mut self,
        c: &SrcConcept,
        t: &SrcTerm,
        instead: &S,
        refs: &Refs<'_>,
    ) {
        let target_terms: &[SrcTerm] = match &t.instead_concept {
            None => &c.term,
            Some(id) => match refs
                .concepts
                .get(id.get_ref())
                .and_then(|&n| refs.concept_src.get(n))
            {
                Some((_, _, tc)) => &tc.term,
                None => return,
            },
        };
        let lang = t.lang.get_ref();
        let found = target_terms
            .iter()
            .find(|x| x.lang.get_ref() == lang && x.text.get_ref() == instead.get_ref());
        match found {
            Some(x) if matches!(x.status.get_ref(), Status::Preferred | Status::Admitted) => {}
            Some(_) => self.err(
                Code::BadReplacement,
                instead.span(),
                format!(
                    "the replacement `{}` is not a preferred or admitted term",
                    instead.get_ref()
                ),
                "not recommended itself",
                "name a preferred or admitted term as the replacement",
            ),
            None => {
                let candidates: Vec<&str> = target_terms
                    .iter()
                    .filter(|x| {
                        x.lang.get_ref() == lang
                            && matches!(x.status.get_ref(), Status::Preferred | Status::Admitted)
                    })
                    .map(|x| x.text.get_ref().as_str())
                    .collect();
                let help = if candidates.is_empty() {
                    format!(
                        "add the replacement as a preferred or admitted `{lang}` term of the target concept, or set `instead_concept`"
                    )
                } else {
                    format!(
                        "the replacement must be a `{lang}` term of the target concept: {}",
                        candidates
                            .iter()
                            .map(|c| format!("`{c}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                self.err(
                    Code::BadReplacement,
                    instead.span(),
                    format!(
                        "`{}` is not a {lang} term of the concept it replaces with",
                        instead.get_ref()
                    ),
                    "not a term of the target concept",
                    help,
                );
            }
        }
    }

    /// A term's inflected forms: each a text of the term's language (not empty, NFC, its
    /// typography), in the term's script, neither the term itself nor another form again (as
    /// search keys compare them: `term_key`).
    pub(crate) fn forms(&mut self, t: &SrcTerm) -> Vec<Text> {
        let lang = t.lang.get_ref();
        let term_key = crate::term_key(t.text.get_ref());
        let term_scripts = scripts(t.text.get_ref());
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for f in &t.forms {
            let text = self.text_in(f, lang);
            let key = crate::term_key(f.get_ref());
            if key == term_key {
                self.err(
                    Code::BadForm,
                    f.span(),
                    format!("the form `{}` is the term itself", f.get_ref()),
                    "same as `text`",
                    "list only the other forms (plural, cases); the term is always matched",
                );
            } else if seen.contains(&key) {
                self.err(
                    Code::BadForm,
                    f.span(),
                    format!("the form `{}` is listed twice", f.get_ref()),
                    "listed before",
                    "remove the second one",
                );
            } else if !term_scripts.is_empty() && scripts(f.get_ref()) != term_scripts {
                self.err(
                    Code::BadForm,
                    f.span(),
                    format!("the form `{}` is not written in the script of `{}`", f.get_ref(), t.text.get_ref()),
                    "another script",
                    format!("a form is the same term inflected, in `{lang}`: write it in the term's script"),
                );
            }
            seen.push(key);
            out.push(text);
        }
        out
    }
}

/// The scripts of a text's letters, coarsely (Latin, Greek, Cyrillic, Arabic, Hebrew, Han, other).
fn scripts(text: &str) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        let script = match c as u32 {
            0x0041..=0x024F | 0x1E00..=0x1EFF => "Latin",
            0x0370..=0x03FF | 0x1F00..=0x1FFF => "Greek",
            0x0400..=0x052F => "Cyrillic",
            0x0590..=0x05FF => "Hebrew",
            0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => "Arabic",
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => "Han",
            _ => "other",
        };
        if !out.contains(&script) {
            out.push(script);
        }
    }
    out.sort_unstable();
    out
}
