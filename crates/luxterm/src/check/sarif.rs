//! SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format) from a [`CheckReport`], so that
//! code hosts and editors show the findings. Typed: the structs below serialize to the subset of
//! the format luxterm fills in; a test validates the output against the official schema.

use super::{CheckReport, Finding, FindingKind, Level};
use serde::Serialize;

/// The schema address SARIF files name.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// A SARIF log.
#[derive(Debug, Clone, Serialize)]
pub struct Log {
    /// [`SCHEMA`].
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// `2.1.0`.
    pub version: &'static str,
    /// One run.
    pub runs: Vec<Run>,
}

/// A run of the checker.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// luxterm and its rules.
    pub tool: Tool,
    /// Columns count Unicode code points (as luxterm's `column`).
    pub column_kind: &'static str,
    /// The findings.
    pub results: Vec<SarifResult>,
}

/// The tool.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    /// Its driver.
    pub driver: Driver,
}

/// The tool's driver: name, version, rules.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// `luxterm`.
    pub name: &'static str,
    /// The crate's version.
    pub version: &'static str,
    /// The glossary release, as the semantic version of the rules' data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub semantic_version: Option<String>,
    /// The project's address.
    pub information_uri: &'static str,
    /// One rule per kind of finding.
    pub rules: Vec<Rule>,
}

/// A rule.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rule {
    /// Its id (`avoid-term`).
    pub id: &'static str,
    /// What it checks.
    pub short_description: Text,
}

/// A message.
#[derive(Debug, Clone, Serialize)]
pub struct Text {
    /// The text.
    pub text: String,
}

/// One finding.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    /// The rule's id.
    pub rule_id: &'static str,
    /// `error` (avoid), `warning` (caution), `note` (info).
    pub level: &'static str,
    /// The message.
    pub message: Text,
    /// Where.
    pub locations: Vec<ResultLocation>,
    /// luxterm's own fields: term, language, concept, replacement.
    pub properties: serde_json_free::Properties,
}

/// A result's location.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultLocation {
    /// The file and region.
    pub physical_location: PhysicalLocation,
    /// The part and paragraph of a `.docx`, the unit of an XLIFF file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub logical_locations: Vec<LogicalLocation>,
}

/// A file and a region in it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The region (none for `.docx`, which has no lines: see the logical location).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<Region>,
}

/// A file.
#[derive(Debug, Clone, Serialize)]
pub struct ArtifactLocation {
    /// Its path as given, as a relative URI reference.
    pub uri: String,
}

/// A region of a text file.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// Line, from 1.
    pub start_line: usize,
    /// Column, from 1, in code points.
    pub start_column: usize,
    /// The text of the span.
    pub snippet: Text,
}

/// A named place in a document that is not a region of text.
#[derive(Debug, Clone, Serialize)]
pub struct LogicalLocation {
    /// `word/document.xml, paragraph 3` or `unit 7`.
    pub name: String,
    /// `element`.
    pub kind: &'static str,
}

/// Properties, without a JSON value type in the core (typed fields, all optional).
pub mod serde_json_free {
    use serde::Serialize;

    /// luxterm's fields on a result.
    #[derive(Debug, Clone, Serialize)]
    pub struct Properties {
        /// The term found.
        pub term: String,
        /// Its language.
        pub lang: String,
        /// The concept.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub concept: Option<String>,
        /// What to use instead.
        #[serde(skip_serializing_if = "Option::is_none")]
        pub instead: Option<String>,
    }
}

const RULES: &[(&str, &str)] = &[
    ("avoid-term", "A term the glossary advises to avoid."),
    (
        "caution-term",
        "A term the glossary advises to use with caution.",
    ),
    (
        "instrument-title",
        "The title of an instrument, quoted as it is.",
    ),
    (
        "quoted-legal-term",
        "A term quoted as the legal term of an instrument mentioned next to it.",
    ),
    (
        "missing-equivalent",
        "A translation without the target-language term of a concept its source names.",
    ),
];

fn rule(f: &Finding) -> &'static str {
    match (f.kind, f.level) {
        (FindingKind::Term, Level::Avoid) => "avoid-term",
        (FindingKind::Term, _) => "caution-term",
        (FindingKind::InstrumentTitle, _) => "instrument-title",
        (FindingKind::QuotedLegalTerm, _) => "quoted-legal-term",
        (FindingKind::MissingEquivalent, _) => "missing-equivalent",
    }
}

/// The SARIF log of `report`. Files that could not be read are left out (the CLI reports them
/// on standard error and exits with 2).
///
/// ```
/// let g = luxterm::Glossary::embedded();
/// let findings = luxterm::check::check("child porn", &Default::default());
/// let file = luxterm::check::FileReport { path: "a.txt".into(), findings, error: None };
/// let log = luxterm::check::sarif::log(&luxterm::check::CheckReport::new(g, vec![file]));
/// assert_eq!(log.runs[0].results[0].rule_id, "avoid-term");
/// assert_eq!(log.runs[0].results[0].level, "error");
/// ```
pub fn log(report: &CheckReport) -> Log {
    let mut results = Vec::new();
    for file in &report.files {
        for f in &file.findings {
            let logical: Vec<LogicalLocation> = f
                .location
                .as_ref()
                .map(|l| match (&l.part, l.paragraph, &l.unit) {
                    (Some(p), Some(n), _) => format!("{p}, paragraph {n}"),
                    (_, _, Some(u)) => format!("unit {u}"),
                    _ => String::new(),
                })
                .filter(|n| !n.is_empty())
                .map(|name| LogicalLocation {
                    name,
                    kind: "element",
                })
                .into_iter()
                .collect();
            let in_docx = f.location.as_ref().is_some_and(|l| l.paragraph.is_some());
            results.push(SarifResult {
                rule_id: rule(f),
                level: match f.level {
                    Level::Avoid => "error",
                    Level::Caution => "warning",
                    Level::Info => "note",
                },
                message: Text {
                    text: f.message.clone(),
                },
                locations: vec![ResultLocation {
                    physical_location: PhysicalLocation {
                        artifact_location: ArtifactLocation {
                            uri: file.path.replace('\\', "/"),
                        },
                        region: (!in_docx).then(|| Region {
                            start_line: f.span.line,
                            start_column: f.span.column,
                            snippet: Text {
                                text: f.found.clone(),
                            },
                        }),
                    },
                    logical_locations: logical,
                }],
                properties: serde_json_free::Properties {
                    term: f.term.clone(),
                    lang: f.lang.clone(),
                    concept: f.concept.clone(),
                    instead: f.instead.clone(),
                },
            });
        }
    }
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "luxterm",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: report.glossary_release.clone(),
                    information_uri: "https://github.com/luxterm/luxterm",
                    rules: RULES
                        .iter()
                        .map(|&(id, text)| Rule {
                            id,
                            short_description: Text {
                                text: text.to_owned(),
                            },
                        })
                        .collect(),
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}
