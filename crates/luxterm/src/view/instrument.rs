//! Instruments: the list, and one instrument with its provisions in document order, nested, each
//! with the concepts citing it.

use super::{ConceptLink, LangText, Reader, link, pick_text, provision_anchor};
use crate::{Date, Glossary, Instrument, InstrumentKind, ProvisionKind};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;

/// One instrument in the list of instruments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct InstrumentSummary {
    /// Its id.
    pub id: String,
    /// What kind of document it is.
    pub kind: InstrumentKind,
    /// Its short name in the reader's language.
    pub short_name: String,
    /// Its official title in the reader's language (fallback marked).
    pub title: Option<LangText>,
    /// Date of adoption.
    pub adopted: Date,
    /// Date of entry into force, if any.
    pub in_force: Option<Date>,
}

/// The instruments, in order of adoption.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct InstrumentList {
    /// The instruments, oldest first.
    pub instruments: Vec<InstrumentSummary>,
}

/// One provision, with the provisions it contains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct ProvisionNode {
    /// Its path (`art. 20(1)(a)`).
    pub path: String,
    /// The citation as a drafter writes it (`Lanzarote Convention art. 20(1)(a)`).
    pub display: String,
    /// The id of its element on the page (`provision-art-20-1-a`).
    pub anchor: String,
    /// What it does.
    pub kind: ProvisionKind,
    /// Its own heading, in the reader's language (fallback marked).
    pub heading: Option<LangText>,
    /// What it defines, criminalises or asks for, in the project's words.
    pub summary: Option<LangText>,
    /// The exact defined term or key phrase, quoted from the authentic text in that language.
    pub quote: Option<LangText>,
    /// Whether its content was read in the instrument's text.
    pub verified: bool,
    /// What the check rests on.
    pub evidence: Option<String>,
    /// The concepts citing it.
    pub cited_by: Vec<ConceptLink>,
    /// The provisions inside it (paragraphs, sub-paragraphs), in document order.
    pub children: Vec<ProvisionNode>,
}

/// An instrument's page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
pub struct InstrumentPage {
    /// Its id.
    pub id: String,
    /// What kind of document it is.
    pub kind: InstrumentKind,
    /// The body that adopted it.
    pub body: String,
    /// Document symbol, treaty series number or CELEX number.
    pub symbol: Option<String>,
    /// Date of adoption (or of opening for signature).
    pub adopted: Date,
    /// Date of entry into force, if any.
    pub in_force: Option<Date>,
    /// Languages whose texts are equally authentic.
    pub authentic_languages: Vec<String>,
    /// Its official URL as the data gives it (show it as text).
    pub url: Option<String>,
    /// The same URL when a face may render it as a link (`https:` to a listed publisher:
    /// [`super::official_link`]); `None` otherwise.
    pub link: Option<String>,
    /// Whether the link was seen serving the instrument.
    pub url_verified: bool,
    /// Its short name in the reader's language.
    pub short_name: String,
    /// Its official title in the reader's language (fallback marked).
    pub title: Option<LangText>,
    /// Its official titles in the other languages the data has.
    pub other_titles: Vec<LangText>,
    /// A note in the project's words.
    pub note: Option<LangText>,
    /// Its provisions in document order (preamble, then articles by number), nested.
    pub provisions: Vec<ProvisionNode>,
    /// How many provisions the data lists, at every level.
    pub provision_count: usize,
}

/// One piece of a provision path, ordered as documents number them.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    Number(u32),
    Roman(u32),
    Letter(String),
}

fn roman(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// A provision path's place in document order: the preamble first, then the numbered parts
/// (articles, paragraphs, sections) by number, each level ordered by its own numbering (numbers,
/// letters, lower-case roman numerals below a letter).
///
/// ```
/// use luxterm::view::provision_order;
/// let mut paths = ["art. 20(1)(a)", "art. 3", "preamble", "art. 18", "art. 20", "art. 3(1)(a)(ii)", "art. 3(1)(a)(i)"];
/// paths.sort_by_key(|p| provision_order(p));
/// assert_eq!(paths, ["preamble", "art. 3", "art. 3(1)(a)(i)", "art. 3(1)(a)(ii)", "art. 18", "art. 20", "art. 20(1)(a)"]);
/// ```
pub fn provision_order(path: &str) -> impl Ord + Clone + core::fmt::Debug + use<> {
    let lower = path.trim().to_lowercase();
    let rank = if lower == "preamble" { 0u8 } else { 1 };
    let mut pieces: Vec<Piece> = Vec::new();
    // The leading word (`art.`, `para.`, `section`) names the kind of unit.
    let mut unit = String::new();
    let mut rest = lower.as_str();
    if let Some((head, tail)) = lower.split_once(' ') {
        unit = head.trim_end_matches('.').to_owned();
        rest = tail;
    }
    let mut after_letter = false;
    for token in rest
        .split(|c: char| c == '(' || c == ')' || c == '.' || c.is_whitespace())
        .filter(|t| !t.is_empty())
    {
        let piece = if let Ok(n) = token.parse::<u32>() {
            after_letter = false;
            Piece::Number(n)
        } else if let Some(r) = after_letter.then(|| roman(token)).flatten() {
            Piece::Roman(r)
        } else {
            after_letter = true;
            Piece::Letter(token.to_owned())
        };
        pieces.push(piece);
    }
    (rank, unit, pieces)
}

fn pieces_of(path: &str) -> (String, Vec<String>) {
    let lower = path.trim().to_lowercase();
    let (unit, rest) = lower.split_once(' ').unwrap_or(("", lower.as_str()));
    let tokens = rest
        .split(|c: char| c == '(' || c == ')' || c == '.' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    (unit.trim_end_matches('.').to_owned(), tokens)
}

impl Glossary {
    /// The instruments in order of adoption, named for `reader`.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let list = Glossary::embedded().instrument_list(&Reader::new("en"));
    /// assert!(list.instruments.windows(2).all(|w| w[0].adopted <= w[1].adopted));
    /// ```
    pub fn instrument_list(&self, reader: &Reader) -> InstrumentList {
        let mut all: Vec<&Instrument> = self.instruments().iter().collect();
        crate::sort::sort_by(&mut all, |a, b| (a.adopted, &a.id).cmp(&(b.adopted, &b.id)));
        InstrumentList {
            instruments: all
                .into_iter()
                .map(|i| InstrumentSummary {
                    id: i.id.to_string(),
                    kind: i.kind,
                    short_name: self.short_name(&i.id, &reader.text).to_owned(),
                    title: pick_text(&i.title, &reader.text),
                    adopted: i.adopted,
                    in_force: i.in_force,
                })
                .collect(),
        }
    }

    /// An instrument's page: its metadata and its provisions in document order, nested, each with
    /// the concepts citing it; `None` if the glossary has no such instrument.
    ///
    /// ```
    /// use luxterm::{Glossary, view::Reader};
    /// let g = Glossary::embedded();
    /// let page = g.instrument_page("lanzarote-convention", &Reader::new("en")).unwrap();
    /// let top: Vec<_> = page.provisions.iter().map(|p| p.path.as_str()).collect();
    /// assert_eq!(top[0], "preamble");
    /// let art20 = page.provisions.iter().find(|p| p.path == "art. 20").unwrap();
    /// assert!(art20.children.iter().any(|p| p.path == "art. 20(1)(a)"));
    /// ```
    pub fn instrument_page(&self, id: &str, reader: &Reader) -> Option<InstrumentPage> {
        let i = self.instrument(id)?;
        let short = self.short_name(&i.id, &reader.text).to_owned();
        let mut provisions: Vec<&crate::Provision> = i.provisions.iter().collect();
        crate::sort::sort_by(&mut provisions, |a, b| {
            provision_order(&a.path).cmp(&provision_order(&b.path))
        });
        let keys: Vec<(String, Vec<String>)> =
            provisions.iter().map(|p| pieces_of(&p.path)).collect();
        // The parent of each provision: the nearest earlier one whose path is a prefix of its own.
        let parent: Vec<Option<usize>> = keys
            .iter()
            .enumerate()
            .map(|(n, (unit, pieces))| {
                (0..n).rev().find(|&m| {
                    keys.get(m).is_some_and(|(u, p)| {
                        u == unit && p.len() < pieces.len() && pieces.starts_with(p)
                    })
                })
            })
            .collect();
        let nodes: Vec<ProvisionNode> = provisions
            .iter()
            .map(|p| ProvisionNode {
                path: p.path.to_string(),
                display: format!("{short} {}", p.path),
                anchor: provision_anchor(&p.path),
                kind: p.kind,
                heading: pick_text(&p.heading, &reader.text),
                summary: pick_text(&p.summary, &reader.text),
                quote: p.quote.as_ref().map(|q| LangText::new(&q.text, &q.lang)),
                verified: p.verified,
                evidence: p.evidence.as_deref().map(str::to_owned),
                cited_by: self
                    .citing(&i.id, Some(&p.path))
                    .into_iter()
                    .map(|c| link(c, &reader.terms))
                    .collect(),
                children: Vec::new(),
            })
            .collect();
        Some(InstrumentPage {
            id: i.id.to_string(),
            kind: i.kind,
            body: i.body.to_string(),
            symbol: i.symbol.as_deref().map(str::to_owned),
            adopted: i.adopted,
            in_force: i.in_force,
            authentic_languages: i
                .authentic_languages
                .iter()
                .map(|l| l.to_string())
                .collect(),
            url: i.url.as_deref().map(str::to_owned),
            link: i.url.as_deref().and_then(super::official_link),
            url_verified: i.url_verified,
            title: pick_text(&i.title, &reader.text),
            other_titles: i
                .title
                .iter()
                .filter(|t| t.lang != reader.text)
                .map(|t| LangText::new(&t.text, &t.lang))
                .collect(),
            note: pick_text(&i.note, &reader.text),
            provision_count: nodes.len(),
            provisions: nest(nodes, &parent),
            short_name: short,
        })
    }
}

/// Builds the tree from nodes in document order and each one's parent (an earlier index).
fn nest(nodes: Vec<ProvisionNode>, parent: &[Option<usize>]) -> Vec<ProvisionNode> {
    let mut slots: Vec<Option<ProvisionNode>> = nodes.into_iter().map(Some).collect();
    // Children come after their parent, so attach from the last node back to the first.
    for n in (0..slots.len()).rev() {
        let Some(Some(p)) = parent.get(n) else {
            continue;
        };
        let child = slots.get_mut(n).and_then(Option::take);
        if let (Some(child), Some(Some(parent))) = (child, slots.get_mut(*p)) {
            parent.children.insert(0, child);
        }
    }
    slots.into_iter().flatten().collect()
}
