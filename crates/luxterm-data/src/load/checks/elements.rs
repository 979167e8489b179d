//! The element matrix: the vocabulary in elements.toml (ids once each), and each concept's rows
//! (a known element, one row per element, one cell per instrument).

use crate::diag::Code;
use crate::load::context::{Cx, Refs};
use crate::load::source::{S, SrcCell, SrcElementRow};
use crate::model::Version;
use std::collections::BTreeSet;

use super::references::closest;

impl Cx {
    /// The vocabulary defines element `id` once; records it.
    pub(crate) fn unique_element(&mut self, ids: &mut BTreeSet<String>, id: &S) {
        if !ids.insert(id.get_ref().clone()) {
            self.err(
                Code::Duplicate,
                id.span(),
                format!("element `{}` is defined twice", id.get_ref()),
                "defined again here",
                "merge the two [[element]] entries",
            );
        }
    }

    /// A row names an element of the vocabulary.
    pub(crate) fn check_element_known(&mut self, row: &SrcElementRow, refs: &Refs<'_>) {
        let id = row.element.get_ref();
        if !refs.elements.contains(id) {
            let known: Vec<&str> = refs.elements.iter().map(String::as_str).collect();
            let help = match closest(id, &known) {
                Some(k) => format!("did you mean `{k}`? elements are defined in elements.toml"),
                None => "define the element in elements.toml, or use one defined there".to_owned(),
            };
            self.err(
                Code::DanglingReference,
                row.element.span(),
                format!("no element has the id `{id}`"),
                "unknown element",
                help,
            );
        }
    }

    /// A concept has one row per element among rows with the same `until`; records it.
    pub(crate) fn unique_row(
        &mut self,
        seen: &mut BTreeSet<(String, Option<String>)>,
        row: &SrcElementRow,
        until: Option<Version>,
    ) {
        let id = row.element.get_ref();
        if !seen.insert((id.clone(), until.map(|v| v.to_string()))) {
            self.err(
                Code::Duplicate,
                row.element.span(),
                format!("element `{id}` has two rows in this concept"),
                "row repeated",
                "merge the rows; give each instrument one [[element.cell]]",
            );
        }
    }

    /// A row has one cell per instrument; records it.
    pub(crate) fn unique_cell<'a>(
        &mut self,
        seen: &mut BTreeSet<&'a str>,
        cell: &'a SrcCell,
        row: &str,
    ) {
        if !seen.insert(cell.instrument.get_ref().as_str()) {
            self.err(
                Code::Duplicate,
                cell.instrument.span(),
                format!(
                    "instrument `{}` has two cells in the row `{row}`",
                    cell.instrument.get_ref()
                ),
                "cell repeated",
                "one cell per instrument: merge them, and cite the provision that gives the answer",
            );
        }
    }
}
