//! Two entries with the same identity: releases, provisions, instrument and concept ids, terms, and
//! `[[history]]` entries. (Duplicates in the element matrix are in `elements.rs`.)

use crate::diag::Code;
use crate::load::context::{Cx, InstInfo};
use crate::load::source::{S, SrcProvision, SrcTerm};
use crate::model::Version;
use std::collections::{BTreeMap, BTreeSet};

impl Cx {
    /// Release `v` is listed once; records it. False if it was listed before.
    pub(crate) fn unique_release(
        &mut self,
        known: &mut BTreeSet<Version>,
        v: Version,
        at: &S,
    ) -> bool {
        if known.insert(v) {
            return true;
        }
        self.err(
            Code::Duplicate,
            at.span(),
            format!("release {v} is listed twice"),
            "listed again here",
            "remove one of the two entries",
        );
        false
    }

    /// An instrument lists each provision path once; records it.
    pub(crate) fn unique_provision(&mut self, seen: &mut BTreeSet<String>, p: &SrcProvision) {
        if seen.contains(p.path.get_ref().as_str()) {
            self.err(
                Code::Duplicate,
                p.path.span(),
                format!("provision `{}` is listed twice", p.path.get_ref()),
                "listed again here",
                "merge the two [[provision]] entries",
            );
        }
        seen.insert(p.path.get_ref().clone());
    }

    /// No other instrument file has this id.
    pub(crate) fn unique_instrument(&mut self, index: &BTreeMap<String, InstInfo>, id: &S) {
        if index.contains_key(id.get_ref()) {
            self.err(
                Code::Duplicate,
                id.span(),
                format!("instrument id `{}` is used by another file", id.get_ref()),
                "duplicate id",
                "ids are unique; rename one of the instruments",
            );
        }
    }

    /// No other concept file has this id. False if one has.
    pub(crate) fn unique_concept(&mut self, index: &BTreeMap<String, usize>, id: &S) -> bool {
        if !index.contains_key(id.get_ref()) {
            return true;
        }
        self.err(
            Code::Duplicate,
            id.span(),
            format!("concept id `{}` is used by another file", id.get_ref()),
            "duplicate id",
            "ids are unique; merge the two concepts or rename one",
        );
        false
    }

    /// A concept lists a term (language, text, `until`) once; records it.
    pub(crate) fn unique_term(
        &mut self,
        seen: &mut BTreeSet<(String, String, Option<String>)>,
        t: &SrcTerm,
        until: Option<Version>,
    ) {
        let key = (
            t.lang.get_ref().clone(),
            t.text.get_ref().clone(),
            until.map(|v| v.to_string()),
        );
        if !seen.insert(key) {
            self.err(
                Code::Duplicate,
                t.text.span(),
                format!(
                    "the term `{}` ({}) is listed twice",
                    t.text.get_ref(),
                    t.lang.get_ref()
                ),
                "listed again",
                "merge the two [[term]] entries",
            );
        }
    }

    /// A concept has one `[[history]]` entry per release; records it.
    pub(crate) fn unique_history(&mut self, seen: &mut BTreeSet<Version>, v: Version, at: &S) {
        if !seen.insert(v) {
            self.err(
                Code::Duplicate,
                at.span(),
                format!("two [[history]] entries for release {v}"),
                "listed again",
                "merge them into one entry",
            );
        }
    }
}
