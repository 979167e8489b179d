//! The validator's checks, one file per family (each a row of the table in glossary/README.md).
//! Each check is a method of [`Cx`](super::context::Cx) that reports what it finds; the conversion
//! (`convert.rs`) calls them in a fixed order, which is the order of the diagnostics.
//!
//! To add a check: add a [`Code`](crate::diag::Code), write the method in the file of its family
//! (or a new file here), call it from the step of `convert.rs` that reads the values it checks, and
//! add a fixture under `tests/fixtures/<code>/` and a row to glossary/README.md.

pub(crate) mod cycles;
pub(crate) mod duplicates;
pub(crate) mod elements;
pub(crate) mod formats;
pub(crate) mod history;
pub(crate) mod references;
pub(crate) mod structure;
pub(crate) mod terms;
pub(crate) mod text;
pub(crate) mod typography;
pub(crate) mod verification;
