//! The shape of a file: TOML syntax, unknown keys, wrong types (all found by parsing), and the
//! required content that serde cannot require (a title, a summary, a reason, a detail …).

use crate::diag::Code;
use crate::load::context::Cx;
use crate::load::source::{
    LocalMap, S, SrcCell, SrcConcept, SrcElementDef, SrcInstrument, SrcProvision, SrcReleases,
};
use crate::model::CellValue;
use serde::Deserialize;

impl Cx {
    /// Parses one file into its source struct; on failure reports the first structural problem.
    pub(crate) fn parse<T: for<'de> Deserialize<'de>>(&mut self, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let message = e.message().trim().to_owned();
                let span = e.span().unwrap_or(0..0);
                let (code, label, help) = classify(&message);
                self.err(code, span, message, label, help);
                None
            }
        }
    }

    /// `releases.toml` lists at least one release.
    pub(crate) fn check_some_release(&mut self, r: &SrcReleases) {
        if r.release.is_empty() {
            self.err(
                Code::MissingField,
                0..0,
                "releases.toml lists no release",
                "",
                "add a [[release]] with version, date and notes",
            );
        }
    }

    /// An element of the vocabulary has an English label.
    pub(crate) fn check_element_label(&mut self, e: &SrcElementDef) {
        if !e.label.keys().any(|k| k.get_ref() == "en") {
            self.err(
                Code::MissingField,
                e.id.span(),
                format!("element `{}` has no English label", e.id.get_ref()),
                "no label.en",
                "add `label = { en = \"…\" }` (and other languages)",
            );
        }
    }

    /// A provision has a summary.
    pub(crate) fn check_provision_summary(&mut self, p: &SrcProvision) {
        if p.summary.is_empty() {
            self.err(
                Code::MissingField,
                p.path.span(),
                format!("provision `{}` has no summary", p.path.get_ref()),
                "no summary",
                "add `summary = { en = \"…\" }`: what it defines, criminalises or asks for, in our words",
            );
        }
    }

    /// An instrument has a title.
    pub(crate) fn check_instrument_title(&mut self, i: &SrcInstrument) {
        if i.title.is_empty() {
            self.err(
                Code::MissingField,
                i.id.span(),
                "the instrument has no title",
                "no title",
                "add `title = { en = \"…\" }` with its official title(s)",
            );
        }
    }

    /// A concept has at least one term.
    pub(crate) fn check_some_term(&mut self, c: &SrcConcept) {
        if c.term.is_empty() {
            self.err(
                Code::MissingField,
                c.id.span(),
                "the concept has no term",
                "no [[term]]",
                "add at least its preferred English term as a [[term]]",
            );
        }
    }

    /// Guidance gives a reason.
    pub(crate) fn check_guidance_reason(&mut self, guideline: &S, reason: &LocalMap) {
        if reason.is_empty() {
            self.err(
                Code::MissingField,
                guideline.span(),
                "guidance without a reason",
                "no reason",
                "add `reason = { en = \"…\" }` in our words",
            );
        }
    }

    /// A cell that addresses its element says how, in `detail`.
    pub(crate) fn check_cell_detail(&mut self, cell: &SrcCell, row: &str) {
        if cell.value != CellValue::NotAddressed && cell.detail.is_empty() {
            self.err(
                Code::MissingField,
                cell.instrument.span(),
                format!(
                    "the cell for `{}` in row `{row}` has no detail",
                    cell.instrument.get_ref()
                ),
                "no detail",
                "add `detail = { en = \"…\" }`: the answer in our words",
            );
        }
    }
}

/// The check that a TOML or serde error message belongs to, with its label and hint.
fn classify(message: &str) -> (Code, &'static str, &'static str) {
    if message.starts_with("unknown field") {
        (
            Code::UnknownKey,
            "unknown key",
            "check the spelling against the keys listed above, and glossary/README.md",
        )
    } else if message.starts_with("missing field") {
        (
            Code::MissingField,
            "in this table",
            "add the missing key; glossary/README.md lists the required keys",
        )
    } else if message.starts_with("invalid type")
        || message.starts_with("unknown variant")
        || message.starts_with("invalid value")
        || message.starts_with("invalid length")
    {
        (
            Code::WrongType,
            "wrong type or value",
            "glossary/README.md gives each key's type and allowed values",
        )
    } else {
        (
            Code::Syntax,
            "here",
            "fix the TOML syntax (https://toml.io); strings need matching quotes",
        )
    }
}
