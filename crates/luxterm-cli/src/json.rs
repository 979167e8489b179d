//! The `--json` output: the serde form of the core's views, one type per command, each described
//! by a JSON Schema generated from the types (`luxterm schema COMMAND`) and shipped in
//! `crates/luxterm-cli/schema/`.

use luxterm::compare::{AcrossLanguages, ElementMatrix, SideBySide};
use luxterm::coverage::Coverage;
use luxterm::diff::{ConceptDiff, ReleaseDiff};
use luxterm::view::{
    ConceptList, ConceptPage, InstrumentList, InstrumentPage, ReleaseList, SearchResults,
};
use schemars::JsonSchema;
use serde::Serialize;

/// The version of the JSON output's schemas. Bump it whenever a schema changes (the test
/// `json_schemas_are_current` fails until you do): the major part when a field is removed, renamed
/// or changes type, the minor part when one is added.
pub const SCHEMA_VERSION: &str = "1.3.0";

/// `luxterm show --json`: one concept page, or several when a term designates several concepts.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Show {
    /// The concept.
    One(Box<ConceptPage>),
    /// The concepts a term designates.
    Many(Vec<ConceptPage>),
}

/// `luxterm compare --json`: the table of the comparison asked for.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "by", content = "table", rename_all = "kebab-case")]
pub enum Compare {
    /// Concepts side by side.
    Concepts(SideBySide),
    /// One concept across languages.
    Languages(AcrossLanguages),
    /// One concept across instruments: the element matrix.
    Instruments(ElementMatrix),
    /// One concept across two releases (`null`: no change).
    Releases(Option<ConceptDiff>),
}

/// `luxterm instruments --json`: the list, or one instrument.
#[derive(Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Instruments {
    /// One instrument's page.
    One(Box<InstrumentPage>),
    /// The list of instruments.
    List(InstrumentList),
}

/// A command whose `--json` output has a schema.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SchemaOf {
    /// `luxterm show --json`.
    Show,
    /// `luxterm search --json`.
    Search,
    /// `luxterm compare --json`.
    Compare,
    /// `luxterm diff --json`.
    Diff,
    /// `luxterm list --json`.
    List,
    /// `luxterm instruments --json`.
    Instruments,
    /// `luxterm coverage --json`.
    Coverage,
    /// `luxterm releases --json`.
    Releases,
}

impl SchemaOf {
    /// Every command with a schema.
    pub const ALL: [SchemaOf; 8] = [
        SchemaOf::Show,
        SchemaOf::Search,
        SchemaOf::Compare,
        SchemaOf::Diff,
        SchemaOf::List,
        SchemaOf::Instruments,
        SchemaOf::Coverage,
        SchemaOf::Releases,
    ];

    /// The command's name.
    pub fn name(self) -> &'static str {
        match self {
            SchemaOf::Show => "show",
            SchemaOf::Search => "search",
            SchemaOf::Compare => "compare",
            SchemaOf::Diff => "diff",
            SchemaOf::List => "list",
            SchemaOf::Instruments => "instruments",
            SchemaOf::Coverage => "coverage",
            SchemaOf::Releases => "releases",
        }
    }

    /// The JSON Schema of the command's `--json` output, with its versioned `$id`.
    pub fn schema(self) -> schemars::Schema {
        let mut schema = match self {
            SchemaOf::Show => schemars::schema_for!(Show),
            SchemaOf::Search => schemars::schema_for!(SearchResults),
            SchemaOf::Compare => schemars::schema_for!(Compare),
            SchemaOf::Diff => schemars::schema_for!(ReleaseDiff),
            SchemaOf::List => schemars::schema_for!(ConceptList),
            SchemaOf::Instruments => schemars::schema_for!(Instruments),
            SchemaOf::Coverage => schemars::schema_for!(Coverage),
            SchemaOf::Releases => schemars::schema_for!(ReleaseList),
        };
        let id = format!("urn:luxterm:cli:{}:{SCHEMA_VERSION}", self.name());
        schema.insert("$id".into(), id.into());
        schema
    }
}
