//! The checker's JSON view: a report over files, the serde form that `luxterm check --format
//! json` prints, described by a committed JSON Schema (`schema/check-report.schema.json`,
//! generated from these types with the feature `schema`).

use super::{Finding, Level};
use serde::{Deserialize, Serialize};

/// The version of the report's JSON form. Adding a field is not a change of version; removing or
/// renaming one, or changing its meaning, is.
pub const FORMAT_VERSION: u32 = 1;

/// Findings per file, with a summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct CheckReport {
    /// [`FORMAT_VERSION`].
    pub format_version: u32,
    /// The glossary release the text was checked against (`1.0.0`).
    pub glossary_release: Option<String>,
    /// One entry per file, in the order given.
    pub files: Vec<FileReport>,
    /// Counts over all files.
    pub summary: Summary,
}

/// The findings of one file, or why it could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FileReport {
    /// The file as named (`-` for standard input).
    pub path: String,
    /// What was found, in document order.
    pub findings: Vec<Finding>,
    /// Why the file could not be read (then it has no findings).
    pub error: Option<String>,
}

/// How many findings of each level, and how many files could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Summary {
    /// Terms to avoid.
    pub avoid: usize,
    /// Terms to use with caution (and missing equivalents in translations).
    pub caution: usize,
    /// Titles and quoted legal terms.
    pub info: usize,
    /// Files that could not be read.
    pub errors: usize,
}

impl CheckReport {
    /// A report over `files`, against `glossary`.
    ///
    /// ```
    /// use luxterm::check::{CheckReport, FileReport, Level};
    /// let g = luxterm::Glossary::embedded();
    /// let findings = luxterm::check::check("child porn", &Default::default());
    /// let r = CheckReport::new(g, vec![FileReport { path: "-".into(), findings, error: None }]);
    /// assert_eq!(r.summary.avoid, 1);
    /// assert!(r.fails(Level::Avoid) && r.fails(Level::Caution));
    /// ```
    pub fn new(glossary: &crate::Glossary, files: Vec<FileReport>) -> CheckReport {
        let mut summary = Summary::default();
        for f in &files {
            if f.error.is_some() {
                summary.errors += 1;
            }
            for x in &f.findings {
                match x.level {
                    Level::Avoid => summary.avoid += 1,
                    Level::Caution => summary.caution += 1,
                    Level::Info => summary.info += 1,
                }
            }
        }
        CheckReport {
            format_version: FORMAT_VERSION,
            glossary_release: glossary.current_release().map(|r| r.version.to_string()),
            files,
            summary,
        }
    }

    /// Whether any finding is at `deny` or above (info never fails).
    pub fn fails(&self, deny: Level) -> bool {
        self.files
            .iter()
            .flat_map(|f| &f.findings)
            .any(|x| x.level != Level::Info && x.level >= deny)
    }
}

/// The JSON Schema of [`CheckReport`] (feature `schema`).
///
/// ```
/// let schema = serde_json::to_value(luxterm::check::report::json_schema()).unwrap();
/// assert_eq!(schema["title"], "CheckReport");
/// ```
#[cfg(feature = "schema")]
pub fn json_schema() -> schemars::Schema {
    schemars::schema_for!(CheckReport)
}
