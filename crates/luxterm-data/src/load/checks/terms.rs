//! The terms of a concept: one preferred term per language at any one release, a preferred English
//! term, and terms to avoid that say what to use instead, and why.

use crate::diag::Code;
use crate::load::context::{Cx, Refs};
use crate::load::source::{S, SrcConcept, SrcTerm};
use crate::model::{Status, Version};
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
}
