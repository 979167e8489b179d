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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct InstrumentList {
    /// The instruments, oldest first.
    pub instruments: Vec<InstrumentSummary>,
}

/// One provision, with the provisions it contains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
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
#[non_exhaustive]
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

/// One level of a provision path, ordered as documents number them: numbers (with any suffix,
/// `5` before `5a` before `5 bis`), then roman numerals, then letters (`z` before `aa`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Piece {
    /// A number and what follows its digits (`""` for a bare number).
    Number(u32, String),
    /// A roman numeral: `(i)`, `(ii)` below a letter, or the first level of a section (`IV`).
    Roman(u32),
    /// A letter (or letters), by length first so that `(aa)` follows `(z)`.
    Letter(usize, String),
}

/// The value of a lower-case roman numeral made of `i`, `v`, `x` and `l` (`iv` → 4), or `None`.
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
            total = total.checked_add(v)?;
            prev = v;
        }
    }
    (total > 0).then_some(total)
}

/// A token that starts with digits: its number and the rest (`5a` → 5, `a`).
fn number(token: &str) -> Option<Piece> {
    let digits = token.bytes().take_while(u8::is_ascii_digit).count();
    let (n, suffix) = token.split_at_checked(digits)?;
    Some(Piece::Number(n.parse().ok()?, suffix.to_owned()))
}

/// Where a unit comes in a document: the preamble, then the body (articles, paragraphs, sections),
/// then annexes.
fn unit_rank(unit: &str) -> u8 {
    match unit {
        "preamble" => 0,
        "annex" | "appendix" | "schedule" => 2,
        _ => 1,
    }
}

/// A provision path's place in document order: the preamble first, then the numbered parts
/// (articles, paragraphs, sections) by number, each level ordered by its own numbering — numbers
/// as numbers (`art. 3` before `art. 18`), then letters (`(a)`, `(b)` … `(z)`, `(aa)`), lower-case
/// roman numerals below a letter (`(a)(i)`, `(a)(ii)`, `(a)(iv)`, `(a)(x)`), roman numerals at the
/// first level of a section (`section IV` before `section IX`); a provision comes right after the
/// provision that contains it (`art. 20`, `art. 20(1)(a)`, `art. 20(2)`, `art. 21`). Annexes come
/// last. Case and spacing do not matter.
///
/// Two readings are ambiguous and resolved as documents usually number: `(i)` right below a number
/// is the letter i (`art. 2(h)`, `art. 2(i)`), right below a letter it is the roman one; a first-level
/// section made only of `i`, `v`, `x` and `l` is a roman numeral.
///
/// ```
/// use luxterm::view::provision_order;
/// let mut paths = ["art. 20(1)(a)", "art. 3", "preamble", "art. 18", "art. 20", "art. 3(1)(a)(ii)", "art. 3(1)(a)(i)"];
/// paths.sort_by_key(|p| provision_order(p));
/// assert_eq!(paths, ["preamble", "art. 3", "art. 3(1)(a)(i)", "art. 3(1)(a)(ii)", "art. 18", "art. 20", "art. 20(1)(a)"]);
/// ```
pub fn provision_order(path: &str) -> impl Ord + Clone + core::fmt::Debug + use<> {
    let lower = path.trim().to_lowercase();
    // The leading word (`art.`, `para.`, `section`) names the kind of unit.
    let (unit, rest) = match lower.split_once(' ') {
        Some((head, tail)) => (head.trim_end_matches(['.', ',']).to_owned(), tail),
        None => (lower.trim_end_matches(['.', ',']).to_owned(), ""),
    };
    let mut pieces: Vec<Piece> = Vec::new();
    let mut after_letter = false;
    let tokens = rest
        .split(|c: char| c == '(' || c == ')' || c == '.' || c.is_whitespace())
        .filter(|t| !t.is_empty());
    for (level, token) in tokens.enumerate() {
        let roman_here = after_letter || (level == 0 && unit == "section");
        let piece = if let Some(n) = number(token) {
            after_letter = false;
            n
        } else if let Some(r) = roman_here.then(|| roman(token)).flatten() {
            after_letter = true;
            Piece::Roman(r)
        } else {
            after_letter = true;
            Piece::Letter(token.chars().count(), token.to_owned())
        };
        pieces.push(piece);
    }
    (unit_rank(&unit), unit, pieces)
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

#[cfg(test)]
mod tests {
    use super::provision_order;
    use crate::Glossary;
    use crate::view::{ProvisionNode, Reader};

    /// `paths` sorted by [`provision_order`], starting from the reverse of the expected order
    /// (so that a sort that keeps the input order fails).
    fn sorted(expected: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = expected.iter().rev().map(|s| s.to_string()).collect();
        v.sort_by_key(|p| provision_order(p));
        v
    }

    fn assert_order(expected: &[&str]) {
        assert_eq!(sorted(expected), expected, "document order");
    }

    #[test]
    fn the_preamble_comes_first_and_annexes_last() {
        assert_order(&["preamble", "art. 1", "art. 2", "annex", "annex II"]);
    }

    #[test]
    fn articles_are_ordered_by_number_not_by_text() {
        assert_order(&["art. 2", "art. 3", "art. 10", "art. 18", "art. 100"]);
    }

    #[test]
    fn a_provision_follows_the_one_that_contains_it() {
        assert_order(&[
            "art. 20",
            "art. 20(1)",
            "art. 20(1)(a)",
            "art. 20(1)(b)",
            "art. 20(2)",
            "art. 20(10)",
            "art. 21",
        ]);
    }

    #[test]
    fn letters_run_from_a_to_z_then_aa() {
        assert_order(&[
            "art. 2(a)",
            "art. 2(b)",
            "art. 2(z)",
            "art. 2(aa)",
            "art. 2(bb)",
        ]);
    }

    #[test]
    fn roman_numerals_below_a_letter_are_numbers() {
        assert_order(&[
            "art. 3(1)(a)",
            "art. 3(1)(a)(i)",
            "art. 3(1)(a)(ii)",
            "art. 3(1)(a)(iii)",
            "art. 3(1)(a)(iv)",
            "art. 3(1)(a)(v)",
            "art. 3(1)(a)(ix)",
            "art. 3(1)(a)(x)",
            "art. 3(1)(a)(xi)",
            "art. 3(1)(b)",
        ]);
    }

    #[test]
    fn i_right_below_a_number_is_a_letter() {
        assert_order(&[
            "art. 2(h)",
            "art. 2(i)",
            "art. 2(j)",
            "art. 2(v)",
            "art. 2(w)",
        ]);
    }

    #[test]
    fn sections_numbered_in_roman_numerals_and_letters() {
        assert_order(&[
            "section I",
            "section II",
            "section IV",
            "section IV.B",
            "section IV.C",
            "section V",
            "section IX",
            "section X",
        ]);
        assert_order(&[
            "section D",
            "section D.1",
            "section D.2",
            "section D.10",
            "section E",
        ]);
    }

    #[test]
    fn numbers_with_a_suffix_follow_the_bare_number() {
        assert_order(&["art. 5", "art. 5(1)", "art. 5a", "art. 5b", "art. 6"]);
        assert_order(&["art. 5", "art. 5(2)", "art. 5 bis", "art. 6"]);
    }

    #[test]
    fn paragraphs_order_like_articles() {
        assert_order(&["para. 2", "para. 9", "para. 10", "para. 60", "para. 60(a)"]);
    }

    #[test]
    fn case_and_spacing_do_not_matter() {
        assert_eq!(
            provision_order("Art. 3(1)(A)"),
            provision_order("art. 3(1)(a)")
        );
        assert_eq!(provision_order(" art. 3 "), provision_order("art. 3"));
        assert_eq!(provision_order("Preamble"), provision_order("preamble"));
        assert!(provision_order("preamble") < provision_order("art. 1"));
    }

    #[test]
    fn the_order_is_total_on_odd_input() {
        // Nothing here is a canonical path; the order must still be consistent (no panic).
        let odd = [
            "",
            " ",
            "art.",
            "art. ",
            "((",
            "art. ()",
            "art. 99999999999",
            "section",
            "x y z",
        ];
        let mut v: Vec<&str> = odd.to_vec();
        v.sort_by_key(|p| provision_order(p));
        for w in v.windows(2) {
            assert!(provision_order(w[0]) <= provision_order(w[1]));
        }
    }

    fn flatten<'a>(nodes: &'a [ProvisionNode], out: &mut Vec<&'a str>) {
        for n in nodes {
            out.push(&n.path);
            flatten(&n.children, out);
        }
    }

    #[test]
    fn the_lanzarote_convention_is_listed_in_document_order() {
        let g = Glossary::embedded();
        let page = g
            .instrument_page("lanzarote-convention", &Reader::new("en"))
            .expect("the Lanzarote Convention is in the glossary");
        let mut shown = Vec::new();
        flatten(&page.provisions, &mut shown);
        // Every provision of glossary/instruments/lanzarote-convention.toml, in the order of the
        // Convention's text (the file lists them in the order they were added).
        let expected = [
            "preamble",
            "art. 3",
            "art. 14(1)",
            "art. 16(3)",
            "art. 18",
            "art. 18(1)(a)",
            "art. 18(1)(b)",
            "art. 18(2)",
            "art. 18(3)",
            "art. 19",
            "art. 19(2)",
            "art. 20",
            "art. 20(1)(a)",
            "art. 20(1)(b)",
            "art. 20(1)(c)",
            "art. 20(1)(d)",
            "art. 20(1)(e)",
            "art. 20(1)(f)",
            "art. 20(2)",
            "art. 20(3)",
            "art. 20(4)",
            "art. 21",
            "art. 21(1)(a)",
            "art. 21(1)(b)",
            "art. 21(1)(c)",
            "art. 21(2)",
            "art. 22",
            "art. 23",
            "art. 24",
            "art. 24(1)",
            "art. 24(2)",
            "art. 24(3)",
            "art. 25(1)",
            "art. 25(2)",
            "art. 25(4)",
            "art. 25(6)",
            "art. 28",
            "art. 30(5)",
            "art. 31(1)",
            "art. 35",
            "art. 48",
        ];
        assert_eq!(shown, expected);
        assert_eq!(page.provision_count, expected.len());
        // Paragraphs nest under their article; an article without an entry of its own
        // (art. 25) leaves its paragraphs at the top level.
        let top: Vec<&str> = page.provisions.iter().map(|p| p.path.as_str()).collect();
        assert!(top.contains(&"art. 20") && !top.contains(&"art. 20(2)"));
        assert!(top.contains(&"art. 25(1)"));
    }
}
