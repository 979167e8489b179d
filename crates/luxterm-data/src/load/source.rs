//! The source structs: what the TOML files hold, exactly as the format writes it
//! (`deny_unknown_fields`), with the byte span of every value (`toml::Spanned`) for diagnostics.

use crate::model::{
    Advice, Category, CellValue, Grammar, InstrumentKind, ProvisionKind, RelationKind, Status,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A string value with its span.
pub(super) type S = Spanned<String>;
/// A table of texts by language tag (`{ en = "…", fr = "…" }`).
pub(super) type LocalMap = BTreeMap<S, S>;

/// The `since`/`until` of any entry of a concept, borrowed.
pub(super) struct SrcSpan<'a> {
    pub(super) since: Option<&'a S>,
    pub(super) until: Option<&'a S>,
}

/// The [`SrcSpan`] of any source entry with `since` and `until` fields.
macro_rules! src_span {
    ($x:expr) => {
        $crate::load::source::SrcSpan {
            since: $x.since.as_ref(),
            until: $x.until.as_ref(),
        }
    };
}
pub(super) use src_span;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcReleases {
    #[serde(default)]
    pub(super) release: Vec<SrcRelease>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcRelease {
    pub(super) version: S,
    pub(super) date: S,
    pub(super) notes: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcInstrument {
    pub(super) id: S,
    pub(super) kind: InstrumentKind,
    pub(super) body: S,
    pub(super) symbol: Option<S>,
    pub(super) adopted: S,
    pub(super) in_force: Option<S>,
    pub(super) authentic_languages: Vec<S>,
    pub(super) url: Option<S>,
    #[serde(default)]
    pub(super) url_verified: bool,
    #[serde(default)]
    pub(super) short_name: LocalMap,
    #[serde(default)]
    pub(super) title: LocalMap,
    #[serde(default)]
    pub(super) note: LocalMap,
    #[serde(default)]
    pub(super) provision: Vec<SrcProvision>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcProvision {
    pub(super) path: S,
    pub(super) kind: ProvisionKind,
    #[serde(default)]
    pub(super) heading: LocalMap,
    #[serde(default)]
    pub(super) summary: LocalMap,
    pub(super) quote: Option<SrcQuote>,
    pub(super) verified: Spanned<bool>,
    pub(super) evidence: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcQuote {
    pub(super) lang: S,
    pub(super) text: S,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcCitation {
    pub(super) instrument: S,
    pub(super) provision: Option<S>,
    pub(super) pinpoint: Option<S>,
    pub(super) verified: Spanned<bool>,
    pub(super) evidence: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcConcept {
    pub(super) id: S,
    pub(super) category: Category,
    pub(super) added: S,
    pub(super) removed: Option<S>,
    #[serde(default)]
    pub(super) term: Vec<SrcTerm>,
    #[serde(default)]
    pub(super) definition: Vec<SrcDefinition>,
    #[serde(default)]
    pub(super) guidance: Vec<SrcGuidance>,
    #[serde(default)]
    pub(super) citation: Vec<SrcCitationEntry>,
    #[serde(default)]
    pub(super) relation: Vec<SrcRelation>,
    #[serde(default)]
    pub(super) history: Vec<SrcHistory>,
    #[serde(default)]
    pub(super) element: Vec<SrcElementRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcElements {
    #[serde(default)]
    pub(super) element: Vec<SrcElementDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcElementDef {
    pub(super) id: S,
    #[serde(default)]
    pub(super) label: LocalMap,
    #[serde(default)]
    pub(super) question: LocalMap,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcElementRow {
    pub(super) element: S,
    #[serde(default)]
    pub(super) cell: Vec<SrcCell>,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcCell {
    pub(super) instrument: S,
    pub(super) provision: Option<S>,
    pub(super) pinpoint: Option<S>,
    pub(super) verified: Spanned<bool>,
    pub(super) evidence: Option<S>,
    pub(super) value: CellValue,
    #[serde(default)]
    pub(super) detail: LocalMap,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcTerm {
    pub(super) lang: S,
    pub(super) text: S,
    pub(super) status: Spanned<Status>,
    pub(super) abbreviation: Option<S>,
    pub(super) grammar: Option<Grammar>,
    pub(super) note: Option<S>,
    pub(super) instead: Option<S>,
    pub(super) instead_concept: Option<S>,
    pub(super) why: Option<S>,
    #[serde(default)]
    pub(super) legal_term_of: Vec<SrcCitation>,
    #[serde(default)]
    pub(super) forms: Vec<S>,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcDefinition {
    pub(super) lang: S,
    pub(super) text: S,
    pub(super) source: SrcCitation,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcGuidance {
    pub(super) guideline: S,
    pub(super) term: Option<S>,
    pub(super) term_lang: Option<S>,
    pub(super) advice: Advice,
    #[serde(default)]
    pub(super) reason: LocalMap,
    pub(super) cite: SrcCitation,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcCitationEntry {
    pub(super) instrument: S,
    pub(super) provision: Option<S>,
    pub(super) pinpoint: Option<S>,
    pub(super) verified: Spanned<bool>,
    pub(super) evidence: Option<S>,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcRelation {
    pub(super) kind: RelationKind,
    pub(super) concept: S,
    pub(super) since: Option<S>,
    pub(super) until: Option<S>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SrcHistory {
    pub(super) release: S,
    pub(super) summary: S,
}
