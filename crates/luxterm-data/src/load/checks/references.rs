//! References from one file to another: instruments, provisions, guidelines, concepts and releases
//! that must exist. A reference to a file that failed to parse is not reported again (no cascades);
//! a likely typo gets a suggestion.

use crate::diag::Code;
use crate::load::context::{Cx, InstInfo, Refs};
use crate::load::source::{S, SrcCitation, SrcConcept};
use crate::model::Version;
use std::collections::BTreeSet;

use super::formats::is_provision_path;

impl Cx {
    /// A release named by `since`, `until`, `added`, `removed` or `[[history]]` is in
    /// releases.toml. Returns the version if it parses.
    pub(crate) fn release(&mut self, s: &S, releases: &BTreeSet<Version>) -> Option<Version> {
        let v = self.version(s)?;
        if !releases.contains(&v) {
            let known: Vec<String> = releases.iter().map(ToString::to_string).collect();
            self.err(
                Code::DanglingReference,
                s.span(),
                format!("release {v} is not in releases.toml"),
                "unknown release",
                format!(
                    "name one of the releases ({}), or add {v} to releases.toml",
                    known.join(", ")
                ),
            );
        }
        Some(v)
    }

    /// A citation's instrument exists, and so does its provision (in the canonical form). Returns
    /// what is known of the instrument, if it exists.
    pub(crate) fn check_cited<'r>(
        &mut self,
        c: &SrcCitation,
        refs: &Refs<'r>,
    ) -> Option<&'r InstInfo> {
        let refs_inst = refs.instruments;
        let id = c.instrument.get_ref();
        match refs_inst.get(id) {
            None if refs.broken.contains(id) => None,
            None => {
                let known: Vec<&str> = refs_inst.keys().map(String::as_str).collect();
                let help = match closest(id, &known) {
                    Some(k) => {
                        format!("did you mean `{k}`? instruments live in instruments/<id>.toml")
                    }
                    None => "add the instrument under instruments/, or fix the id".to_owned(),
                };
                self.err(
                    Code::DanglingReference,
                    c.instrument.span(),
                    format!("no instrument has the id `{id}`"),
                    "unknown instrument",
                    help,
                );
                None
            }
            Some(info) => {
                if let Some(p) = &c.provision {
                    if !is_provision_path(p.get_ref()) {
                        self.malformed_path(p);
                    } else if !info.provisions.contains(p.get_ref()) {
                        let known: Vec<&str> = info.provisions.iter().map(String::as_str).collect();
                        let help = match closest(p.get_ref(), &known) {
                            Some(k) => format!(
                                "did you mean `{k}`? or add a [[provision]] with this path to instruments/{id}.toml"
                            ),
                            None => format!(
                                "add a [[provision]] with this path to instruments/{id}.toml"
                            ),
                        };
                        self.err(
                            Code::DanglingReference,
                            p.span(),
                            format!("instrument `{id}` has no provision `{}`", p.get_ref()),
                            "unknown provision",
                            help,
                        );
                    }
                }
                Some(info)
            }
        }
    }

    /// Guidance names an instrument that exists and is a guideline.
    pub(crate) fn check_guideline(&mut self, guideline: &S, refs: &Refs<'_>) {
        match refs.instruments.get(guideline.get_ref()) {
            Some(info) if !info.guideline => self.err(
                Code::NotAGuideline,
                guideline.span(),
                format!("`{}` is not a guideline", guideline.get_ref()),
                "not kind = \"guideline\"",
                "guidance comes from instruments of kind \"guideline\" (the Terminology Guidelines, CRC/C/156 …); cite treaties under [[citation]]",
            ),
            Some(_) => {}
            None if refs.broken.contains(guideline.get_ref()) => {}
            None => {
                let known: Vec<&str> = refs.instruments.keys().map(String::as_str).collect();
                let help = match closest(guideline.get_ref(), &known) {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => "add the guideline under instruments/".to_owned(),
                };
                self.err(
                    Code::DanglingReference,
                    guideline.span(),
                    format!("no instrument has the id `{}`", guideline.get_ref()),
                    "unknown guideline",
                    help,
                );
            }
        }
    }

    /// Guidance about a term names a term of the concept, in `term_lang`.
    pub(crate) fn check_guidance_term(&mut self, c: &SrcConcept, term: &S, term_lang: &str) {
        let exists = c
            .term
            .iter()
            .any(|t| t.text.get_ref() == term.get_ref() && *t.lang.get_ref() == *term_lang);
        if !exists {
            self.err(
                Code::DanglingReference,
                term.span(),
                format!("the concept has no {term_lang} term `{}`", term.get_ref()),
                "not a term of this concept",
                "guidance about a term names one of the concept's [[term]] texts (set `term_lang` for other languages)",
            );
        }
    }

    /// A concept named by a relation or `instead_concept` exists.
    pub(crate) fn check_concept_ref(&mut self, s: &S, refs: &Refs<'_>) -> bool {
        if refs.concepts.contains_key(s.get_ref()) {
            return true;
        }
        self.dangling_concept(s, refs);
        false
    }

    /// Reports `s` as naming no concept (unless that concept's file could not be read).
    pub(crate) fn dangling_concept(&mut self, s: &S, refs: &Refs<'_>) {
        if refs.broken.contains(s.get_ref()) {
            return;
        }
        let known: Vec<&str> = refs.concepts.keys().map(String::as_str).collect();
        let help = match closest(s.get_ref(), &known) {
            Some(k) => format!("did you mean `{k}`?"),
            None => "name the id of a concept under concepts/".to_owned(),
        };
        self.err(
            Code::DanglingReference,
            s.span(),
            format!("no concept has the id `{}`", s.get_ref()),
            "unknown concept",
            help,
        );
    }
}

/// The candidate closest to `s` by edit distance, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(s: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for &c in candidates {
        let d = levenshtein(s, c);
        if d <= (s.chars().count() / 4).max(1) && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Edit distance counting a swap of two neighbouring characters as one edit (optimal string
/// alignment), the usual shape of a typo.
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    let get =
        |d: &Vec<usize>, i: usize, j: usize| d.get(i * w + j).copied().unwrap_or(usize::MAX / 2);
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            let v = if i == 0 {
                j
            } else if j == 0 {
                i
            } else {
                let same = a.get(i - 1) == b.get(j - 1);
                let mut v = (get(&d, i - 1, j) + 1)
                    .min(get(&d, i, j - 1) + 1)
                    .min(get(&d, i - 1, j - 1) + usize::from(!same));
                if i > 1 && j > 1 && a.get(i - 1) == b.get(j - 2) && a.get(i - 2) == b.get(j - 1) {
                    v = v.min(get(&d, i - 2, j - 2) + 1);
                }
                v
            };
            if let Some(x) = d.get_mut(i * w + j) {
                *x = v;
            }
        }
    }
    get(&d, a.len(), b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_get_a_suggestion_and_strangers_do_not() {
        assert_eq!(closest("opcs", &["opsc", "crc"]), Some("opsc"));
        assert_eq!(closest("acrwc", &["crc"]), None);
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
