//! The validation context that every step shares: the file being checked, the problems found so far,
//! and what the other files hold (for references).

use super::source::SrcConcept;
use crate::diag::{Code, Diagnostic};
use crate::model::Version;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::Arc;

/// A source file: its displayed name and its text.
pub(crate) struct FileRef {
    pub(crate) name: String,
    pub(crate) src: Arc<str>,
}

/// What a citation needs to know of an instrument.
pub(crate) struct InstInfo {
    pub(crate) guideline: bool,
    pub(crate) provisions: BTreeSet<String>,
    /// The instrument file, as displayed.
    pub(crate) file: String,
    /// The provisions that the instrument file marks verified, by path.
    pub(crate) verified: BTreeMap<String, VerifiedProvision>,
}

/// A provision that its instrument file marks `verified = true`.
pub(crate) struct VerifiedProvision {
    /// The line of its `verified = true`.
    pub(crate) line: usize,
    /// Its quote, if it has one, as (language, text): words read in that language version.
    pub(crate) quote: Option<(String, String)>,
}

/// Everything a concept may refer to, gathered before concepts are converted.
pub(crate) struct Refs<'a> {
    pub(crate) elements: &'a BTreeSet<String>,
    /// Ids of files that could not be read: references to them are not reported again.
    pub(crate) broken: &'a BTreeSet<String>,
    pub(crate) instruments: &'a BTreeMap<String, InstInfo>,
    pub(crate) concepts: &'a BTreeMap<String, usize>,
    pub(crate) concept_src: &'a [(FileRef, String, SrcConcept)],
    pub(crate) releases: &'a BTreeSet<Version>,
}

/// The validation context: the file being checked and the problems found so far.
pub(crate) struct Cx {
    pub(crate) diags: Vec<Diagnostic>,
    pub(crate) file: String,
    pub(crate) src: Arc<str>,
}

impl Cx {
    pub(crate) fn new() -> Self {
        Cx {
            diags: Vec::new(),
            file: String::new(),
            src: Arc::from(""),
        }
    }

    /// Makes `f` the file that the next diagnostics are about.
    pub(crate) fn set(&mut self, f: &FileRef) {
        self.file.clone_from(&f.name);
        self.src = f.src.clone();
    }

    /// Reports a problem at `span` of the current file.
    pub(crate) fn err(
        &mut self,
        code: Code,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.diags.push(Diagnostic::new(
            code,
            &self.file,
            Some(self.src.clone()),
            span,
            message,
            label,
            help,
        ));
    }
}
