//! The compact binary form of a glossary, whole or in parts, for clients that load the glossary
//! as data rather than compile it in (the web app fetches it as a static file).
//!
//! A compact glossary is a 16-byte header followed by the [`GlossaryData`] in
//! [postcard](https://docs.rs/postcard):
//!
//! | bytes | content |
//! |---|---|
//! | 0–3 | the magic `LXTG` |
//! | 4–5 | the format version, little-endian ([`FORMAT`]) |
//! | 6 | the part: 0 the whole glossary, 1 the search part ([`Part`]) |
//! | 7 | reserved, 0 |
//! | 8–15 | the fingerprint of the whole glossary's payload, little-endian ([`fingerprint`]) |
//!
//! The search part carries the fingerprint of the whole glossary it was cut from, so a client that
//! starts on the search part and fetches the whole later can tell whether the two belong together.
//!
//! ```
//! use luxterm_data::compact::{self, Part};
//! # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
//! # let data = luxterm_data::load_dir(&dir, "glossary").unwrap();
//! let whole = compact::encode(&data, Part::Whole).unwrap();
//! let search = compact::encode(&data, Part::Search).unwrap();
//! assert!(search.len() * 4 < whole.len());
//!
//! let (header, decoded) = compact::decode(&whole).unwrap();
//! assert_eq!((header.part, decoded.concepts.len()), (Part::Whole, data.concepts.len()));
//! assert_eq!(compact::header(&search).unwrap().fingerprint, header.fingerprint);
//! ```

use core::fmt;
use std::borrow::Cow;

use crate::model::{Concept, GlossaryData, Instrument, Term};

/// The first four bytes of every compact glossary.
pub const MAGIC: [u8; 4] = *b"LXTG";

/// The version of the compact format this crate reads and writes. It changes whenever the model's
/// serialized shape changes, so an old file is refused rather than misread (2: terms carry
/// `forms`).
pub const FORMAT: u16 = 2;

/// Bytes before the payload.
pub const HEADER_LEN: usize = 16;

/// Which part of a glossary a compact file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Part {
    /// Everything.
    Whole,
    /// What search, browsing by category and a home page need: releases, instruments without
    /// provisions or notes, every concept's id, category and current terms (with status, what to
    /// use instead and why), nothing else. See [`search_part`].
    Search,
}

impl Part {
    fn byte(self) -> u8 {
        match self {
            Part::Whole => 0,
            Part::Search => 1,
        }
    }

    fn from_byte(b: u8) -> Option<Part> {
        match b {
            0 => Some(Part::Whole),
            1 => Some(Part::Search),
            _ => None,
        }
    }

    /// The part's name, as error messages and reports write it.
    ///
    /// ```
    /// assert_eq!(luxterm_data::compact::Part::Search.as_str(), "search part");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Whole => "whole glossary",
            Part::Search => "search part",
        }
    }
}

/// What a compact file's header says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Header {
    /// The part it holds.
    pub part: Part,
    /// The fingerprint of the whole glossary's payload (for the search part: of the whole it was
    /// cut from).
    pub fingerprint: u64,
}

/// Why bytes could not be read as a compact glossary.
///
/// ```
/// use luxterm_data::compact::{decode, CompactError};
/// assert_eq!(decode(b"LXTG").unwrap_err(), CompactError::Truncated { len: 4 });
/// assert_eq!(
///     decode(b"<!doctype html><html></html>").unwrap_err().to_string(),
///     "not a compact luxterm glossary (it does not start with `LXTG`): a web server may have \
///      answered with a page instead of the file"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompactError {
    /// Shorter than the header.
    Truncated {
        /// How many bytes there were.
        len: usize,
    },
    /// The bytes do not start with [`MAGIC`].
    NotAGlossary,
    /// Written in another version of the format.
    UnsupportedFormat {
        /// The version in the file.
        found: u16,
    },
    /// The part byte names no known part.
    UnknownPart(u8),
    /// The header's fingerprint does not match the payload (a damaged or altered file).
    Corrupt {
        /// The fingerprint in the header.
        expected: u64,
        /// The payload's fingerprint.
        found: u64,
    },
    /// The payload is not a glossary in this crate's model.
    Payload(String),
    /// The data could not be encoded.
    Encode(String),
}

impl fmt::Display for CompactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompactError::Truncated { len } => write!(
                f,
                "a compact glossary has a {HEADER_LEN}-byte header, but only {len} byte(s) arrived: the download was cut short"
            ),
            CompactError::NotAGlossary => write!(
                f,
                "not a compact luxterm glossary (it does not start with `LXTG`): a web server may have answered with a page instead of the file"
            ),
            CompactError::UnsupportedFormat { found } => write!(
                f,
                "the compact glossary is in format {found}, but this build reads format {FORMAT}: rebuild both from the same sources"
            ),
            CompactError::UnknownPart(b) => {
                write!(f, "the compact glossary names an unknown part ({b})")
            }
            CompactError::Corrupt { expected, found } => write!(
                f,
                "the compact glossary is damaged: its header promises fingerprint {expected:016x}, its content has {found:016x}"
            ),
            CompactError::Payload(e) => write!(f, "the compact glossary cannot be decoded: {e}"),
            CompactError::Encode(e) => write!(f, "the glossary cannot be encoded: {e}"),
        }
    }
}

impl std::error::Error for CompactError {}

/// The 64-bit FNV-1a hash of `bytes`: a stable fingerprint (not a security measure) that names a
/// glossary's contents in file names and tells matching parts apart.
///
/// ```
/// assert_eq!(luxterm_data::compact::fingerprint(b""), 0xcbf2_9ce4_8422_2325);
/// assert_ne!(luxterm_data::compact::fingerprint(b"a"), luxterm_data::compact::fingerprint(b"b"));
/// ```
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// `data` cut down to what search and browsing need (see [`Part::Search`]).
///
/// ```
/// # let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// # let data = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// let part = luxterm_data::compact::search_part(&data);
/// assert_eq!(part.concepts.len(), data.concepts.len());
/// assert!(part.concepts.iter().all(|c| c.definitions.is_empty() && c.citations.is_empty()));
/// ```
pub fn search_part(data: &GlossaryData) -> GlossaryData {
    // What search and its first paint need of a term: its text, language, status, abbreviation
    // and what to use instead. Notes, the reasons for a term to avoid and the legal uses come
    // with the whole glossary.
    // Grammar and the span (only current terms are kept) come with the whole glossary too.
    let term = |t: &Term| Term {
        note: None,
        why: None,
        legal_term_of: Cow::Borrowed(&[]),
        grammar: Default::default(),
        span: Default::default(),
        forms: Cow::Borrowed(&[]),
        ..t.clone()
    };
    let concept = |c: &Concept| Concept {
        id: c.id.clone(),
        category: c.category,
        added: c.added,
        removed: c.removed,
        terms: c
            .terms
            .iter()
            .filter(|t| t.span.until.is_none())
            .map(term)
            .collect(),
        definitions: Cow::Borrowed(&[]),
        guidance: Cow::Borrowed(&[]),
        citations: Cow::Borrowed(&[]),
        relations: Cow::Borrowed(&[]),
        history: Cow::Borrowed(&[]),
        elements: Cow::Borrowed(&[]),
    };
    // Instruments by id and short name only (what a citation shows); titles, notes, links and
    // provisions come with the whole glossary.
    let instrument = |i: &Instrument| Instrument {
        note: Cow::Borrowed(&[]),
        title: Cow::Borrowed(&[]),
        url: None,
        body: Cow::Borrowed(""),
        symbol: None,
        authentic_languages: Cow::Borrowed(&[]),
        provisions: Cow::Borrowed(&[]),
        ..i.clone()
    };
    // Releases by version and date; their notes (long prose) come with the whole glossary.
    let release = |r: &crate::model::Release| crate::model::Release {
        notes: Cow::Borrowed(""),
        ..r.clone()
    };
    GlossaryData {
        releases: data.releases.iter().map(release).collect(),
        instruments: data.instruments.iter().map(instrument).collect(),
        concepts: data.concepts.iter().map(concept).collect(),
        term_index: Cow::Borrowed(&[]),
        elements: Cow::Borrowed(&[]),
    }
}

fn payload(data: &GlossaryData) -> Result<Vec<u8>, CompactError> {
    postcard::to_allocvec(data).map_err(|e| CompactError::Encode(e.to_string()))
}

/// `data` (or its search part) in the compact form.
///
/// # Errors
///
/// [`CompactError::Encode`] if postcard cannot encode the data (it can encode every valid
/// glossary).
pub fn encode(data: &GlossaryData, part: Part) -> Result<Vec<u8>, CompactError> {
    let whole = payload(data)?;
    let fp = fingerprint(&whole);
    let body = match part {
        Part::Whole => whole,
        Part::Search => payload(&search_part(data))?,
    };
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT.to_le_bytes());
    out.push(part.byte());
    out.push(0);
    out.extend_from_slice(&fp.to_le_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// Reads the header of a compact glossary without decoding it.
///
/// # Errors
///
/// [`CompactError::Truncated`], [`CompactError::NotAGlossary`],
/// [`CompactError::UnsupportedFormat`] or [`CompactError::UnknownPart`].
pub fn header(bytes: &[u8]) -> Result<Header, CompactError> {
    let Some((head, _)) = bytes.split_first_chunk::<HEADER_LEN>() else {
        if bytes.len() >= MAGIC.len() && bytes.get(..MAGIC.len()) != Some(&MAGIC[..]) {
            return Err(CompactError::NotAGlossary);
        }
        return Err(CompactError::Truncated { len: bytes.len() });
    };
    let [m0, m1, m2, m3, f0, f1, part, _, fp @ ..] = *head;
    if [m0, m1, m2, m3] != MAGIC {
        return Err(CompactError::NotAGlossary);
    }
    let format = u16::from_le_bytes([f0, f1]);
    if format != FORMAT {
        return Err(CompactError::UnsupportedFormat { found: format });
    }
    Ok(Header {
        part: Part::from_byte(part).ok_or(CompactError::UnknownPart(part))?,
        fingerprint: u64::from_le_bytes(fp),
    })
}

/// Decodes a compact glossary, checking its header (and, for the whole glossary, that the
/// content matches the fingerprint). The term index is left empty: rebuild it with
/// [`crate::index_terms`].
///
/// # Errors
///
/// Any [`CompactError`] but `Encode`: nothing is returned from a damaged file.
pub fn decode(bytes: &[u8]) -> Result<(Header, GlossaryData), CompactError> {
    let header = header(bytes)?;
    let body = bytes.get(HEADER_LEN..).unwrap_or_default();
    if header.part == Part::Whole {
        let found = fingerprint(body);
        if found != header.fingerprint {
            return Err(CompactError::Corrupt {
                expected: header.fingerprint,
                found,
            });
        }
    }
    let data = postcard::from_bytes(body).map_err(|e| CompactError::Payload(e.to_string()))?;
    Ok((header, data))
}

#[cfg(all(test, feature = "load"))]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn data() -> GlossaryData {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid");
        crate::load_dir(&dir, "valid").unwrap()
    }

    #[test]
    fn round_trips_whole_and_search_part() {
        let data = data();
        let whole = encode(&data, Part::Whole).unwrap();
        let (h, back) = decode(&whole).unwrap();
        assert_eq!(h.part, Part::Whole);
        assert_eq!(
            back,
            GlossaryData {
                term_index: Default::default(),
                ..data.clone()
            }
        );
        let search = encode(&data, Part::Search).unwrap();
        let (hs, part) = decode(&search).unwrap();
        assert_eq!((hs.part, hs.fingerprint), (Part::Search, h.fingerprint));
        assert_eq!(part, search_part(&data));
    }

    #[test]
    fn search_part_keeps_current_terms_and_drops_the_rest() {
        let data = data();
        let part = search_part(&data);
        for (c, p) in data.concepts.iter().zip(part.concepts.iter()) {
            assert_eq!((&c.id, c.category), (&p.id, p.category));
            let current: Vec<_> = c.terms.iter().filter(|t| t.span.until.is_none()).collect();
            assert_eq!(current.len(), p.terms.len());
            for (t, q) in current.iter().zip(p.terms.iter()) {
                assert_eq!(
                    (&t.text, &t.lang, t.status, &t.instead, &t.abbreviation),
                    (&q.text, &q.lang, q.status, &q.instead, &q.abbreviation)
                );
                assert!(q.legal_term_of.is_empty() && q.note.is_none() && q.why.is_none());
            }
            assert!(p.definitions.is_empty() && p.guidance.is_empty() && p.history.is_empty());
        }
        assert!(
            part.instruments
                .iter()
                .all(|i| i.provisions.is_empty() && i.title.is_empty())
        );
        let versions =
            |r: &[crate::model::Release]| r.iter().map(|r| (r.version, r.date)).collect::<Vec<_>>();
        assert_eq!(versions(&part.releases), versions(&data.releases));
    }

    #[test]
    fn refuses_damaged_and_foreign_bytes() {
        let whole = encode(&data(), Part::Whole).unwrap();
        assert_eq!(
            decode(&whole[..10]),
            Err(CompactError::Truncated { len: 10 })
        );
        assert_eq!(decode(b"<html>"), Err(CompactError::NotAGlossary));
        let mut other = whole.clone();
        other[4] = 9;
        assert_eq!(
            decode(&other),
            Err(CompactError::UnsupportedFormat { found: 9 })
        );
        let mut part = whole.clone();
        part[6] = 7;
        assert_eq!(decode(&part), Err(CompactError::UnknownPart(7)));
        let mut flipped = whole.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(
            decode(&flipped),
            Err(CompactError::Corrupt { .. })
        ));
        let cut = &whole[..whole.len() / 2];
        assert!(matches!(decode(cut), Err(CompactError::Corrupt { .. })));
    }

    #[test]
    fn a_cut_search_part_is_a_payload_error_not_a_panic() {
        let search = encode(&data(), Part::Search).unwrap();
        let cut = &search[..search.len() / 2];
        assert!(matches!(decode(cut), Err(CompactError::Payload(_))));
    }

    mod round_trip {
        use super::*;
        use crate::model::{
            Concept, Definition, Gender, Grammar, PartOfSpeech, Span, Status, Term,
        };
        use proptest::prelude::*;
        use std::borrow::Cow;

        fn status() -> impl Strategy<Value = Status> {
            prop_oneof![
                Just(Status::Preferred),
                Just(Status::Admitted),
                Just(Status::UseWithCaution),
                Just(Status::Avoid),
            ]
        }

        fn version() -> impl Strategy<Value = Option<crate::model::Version>> {
            proptest::option::of((0u16..3, 0u16..40, any::<u16>()).prop_map(
                |(major, minor, patch)| crate::model::Version {
                    major,
                    minor,
                    patch,
                },
            ))
        }

        /// Any Unicode text: every scalar value, combining marks, bidi controls, NUL.
        fn text() -> impl Strategy<Value = Cow<'static, str>> {
            prop_oneof![
                any::<String>(),
                "\\PC{0,40}",
                "[\u{0}-\u{7f}\u{202a}-\u{202e}\u{300}-\u{36f}\u{600}-\u{6ff}\u{4e00}-\u{4e20}]{0,30}",
            ]
            .prop_map(Cow::Owned)
        }

        fn lang() -> impl Strategy<Value = Cow<'static, str>> {
            prop_oneof!["(en|fr|es|ar|ru|zh)(-[A-Z][a-z]{3})?", "\\PC{0,12}",].prop_map(Cow::Owned)
        }

        fn term() -> impl Strategy<Value = Term> {
            (
                lang(),
                text(),
                status(),
                proptest::option::of(text()),
                proptest::option::of(text()),
                proptest::option::of(text()),
                (version(), version()),
                proptest::option::of(prop_oneof![
                    Just(PartOfSpeech::Noun),
                    Just(PartOfSpeech::Phrase)
                ]),
                proptest::option::of(prop_oneof![Just(Gender::Feminine), Just(Gender::Neuter)]),
            )
                .prop_map(
                    |(lang, text, status, abbreviation, note, why, (since, until), pos, gender)| {
                        Term {
                            lang,
                            text,
                            status,
                            abbreviation,
                            grammar: Grammar { pos, gender },
                            note,
                            instead: None,
                            instead_concept: None,
                            why,
                            legal_term_of: Cow::Owned(Vec::new()),
                            forms: Cow::Owned(Vec::new()),
                            span: Span { since, until },
                        }
                    },
                )
        }

        /// A real glossary (the `valid` fixture) whose concepts get generated terms and
        /// definitions, and generated concepts besides.
        fn glossary() -> impl Strategy<Value = GlossaryData> {
            let base = data();
            let template = base.concepts.first().cloned();
            (
                proptest::collection::vec(
                    (
                        any::<prop::sample::Index>(),
                        proptest::collection::vec(term(), 0..6),
                        proptest::collection::vec((lang(), text()), 0..3),
                    ),
                    0..4,
                ),
                proptest::collection::vec(
                    ("[a-z0-9-]{1,20}", proptest::collection::vec(term(), 1..4)),
                    0..3,
                ),
                text(),
            )
                .prop_map(move |(edits, added, notes)| {
                    let mut data = base.clone();
                    let mut concepts: Vec<Concept> = data.concepts.to_vec();
                    for (at, terms, definitions) in edits {
                        if concepts.is_empty() {
                            break;
                        }
                        let i = at.index(concepts.len());
                        let Some(concept) = concepts.get_mut(i) else {
                            continue;
                        };
                        let source = concept.definitions.first().map(|d| d.source.clone());
                        concept.terms.to_mut().extend(terms);
                        if let Some(source) = source {
                            concept
                                .definitions
                                .to_mut()
                                .extend(definitions.into_iter().map(|(lang, text)| Definition {
                                    lang,
                                    text,
                                    source: source.clone(),
                                    span: Span::default(),
                                }));
                        }
                    }
                    if let Some(template) = &template {
                        for (id, terms) in added {
                            let mut c = template.clone();
                            c.id = Cow::Owned(id);
                            c.terms = Cow::Owned(terms);
                            concepts.push(c);
                        }
                    }
                    data.concepts = Cow::Owned(concepts);
                    if let Some(release) = data.releases.to_mut().first_mut() {
                        release.notes = notes;
                    }
                    data.term_index = Cow::Owned(Vec::new());
                    data
                })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            /// decode(encode(g)) == g for the whole glossary, and the search part decodes to
            /// exactly `search_part(g)` with the whole's fingerprint.
            #[test]
            fn encode_then_decode_is_the_identity(g in glossary()) {
                let whole = encode(&g, Part::Whole).unwrap();
                let (h, back) = decode(&whole).unwrap();
                prop_assert_eq!(h.part, Part::Whole);
                prop_assert_eq!(&back, &g);
                // And again: encoding what was decoded gives the same bytes.
                prop_assert_eq!(encode(&back, Part::Whole).unwrap(), whole);
                let search = encode(&g, Part::Search).unwrap();
                let (hs, part) = decode(&search).unwrap();
                prop_assert_eq!((hs.part, hs.fingerprint), (Part::Search, h.fingerprint));
                prop_assert_eq!(part, search_part(&g));
            }
        }
    }
}

/// The compact format's layout, pinned: a fixed small glossary that fills every field of every
/// model type encodes to bytes whose fingerprint is recorded here. A change to the model's
/// serialized shape (a field added, removed or moved, a variant inserted, a type changed) or to
/// the header changes those bytes, and old files would be misread: bump [`FORMAT`], then record
/// the new fingerprint. (Adding a model field also fails to compile here: every literal names all
/// fields, so the field gets a value below.)
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod layout {
    use super::*;
    use crate::model::*;

    fn cite(instrument: &'static str) -> Citation {
        Citation {
            instrument: instrument.into(),
            provision: Some("art. 2(c)".into()),
            pinpoint: Some("second sentence".into()),
            verified: true,
            evidence: Some("read in the English authentic text".into()),
        }
    }

    fn loc(text: &'static str) -> List<Localized> {
        vec![Localized {
            lang: "en".into(),
            text: text.into(),
        }]
        .into()
    }

    fn span() -> Span {
        Span {
            since: Some(V1),
            until: Some(Version {
                major: 1,
                minor: 1,
                patch: 0,
            }),
        }
    }

    const V1: Version = Version {
        major: 1,
        minor: 0,
        patch: 0,
    };

    fn glossary() -> GlossaryData {
        let date = Date {
            year: 2000,
            month: Some(5),
            day: Some(25),
        };
        let term = Term {
            lang: "en".into(),
            text: "child pornography".into(),
            status: Status::Avoid,
            abbreviation: Some("CP".into()),
            grammar: Grammar {
                pos: Some(PartOfSpeech::Phrase),
                gender: Some(Gender::Common),
            },
            note: Some("note".into()),
            instead: Some("child sexual abuse material".into()),
            instead_concept: Some("child-sexual-abuse-material".into()),
            why: Some("why".into()),
            legal_term_of: vec![cite("opsc")].into(),
            forms: vec!["child pornographies".into()].into(),
            span: span(),
        };
        let concept = Concept {
            id: "child-sexual-abuse-material".into(),
            category: Category::Institution,
            added: V1,
            removed: Some(V1),
            terms: vec![term].into(),
            definitions: vec![Definition {
                lang: "en".into(),
                text: "definition".into(),
                source: cite("opsc"),
                span: span(),
            }]
            .into(),
            guidance: vec![Guidance {
                guideline: "luxembourg-guidelines".into(),
                term: Some("child pornography".into()),
                term_lang: "en".into(),
                advice: Advice::Avoid,
                reason: loc("reason"),
                cite: cite("luxembourg-guidelines"),
                span: span(),
            }]
            .into(),
            citations: vec![CitationEntry {
                citation: cite("opsc"),
                span: span(),
            }]
            .into(),
            relations: vec![Relation {
                kind: RelationKind::ReplacedBy,
                concept: "child".into(),
                span: span(),
            }]
            .into(),
            history: vec![Revision {
                release: V1,
                summary: "added".into(),
            }]
            .into(),
            elements: vec![ElementRow {
                element: "age-limit".into(),
                cells: vec![ElementCell {
                    value: CellValue::NotAddressed,
                    detail: loc("detail"),
                    cite: cite("opsc"),
                }]
                .into(),
                span: span(),
            }]
            .into(),
        };
        let instrument = Instrument {
            id: "opsc".into(),
            kind: InstrumentKind::Resolution,
            body: "UN General Assembly".into(),
            symbol: Some("A/RES/54/263".into()),
            adopted: date,
            in_force: Some(Date {
                year: 2002,
                month: Some(1),
                day: None,
            }),
            authentic_languages: vec!["en".into(), "fr".into()].into(),
            url: Some("https://example.org/opsc".into()),
            url_verified: true,
            short_name: loc("OPSC"),
            title: loc("Optional Protocol"),
            note: loc("note"),
            provisions: vec![Provision {
                path: "art. 2(c)".into(),
                kind: ProvisionKind::Other,
                heading: loc("heading"),
                summary: loc("summary"),
                quote: Some(Quote {
                    lang: "en".into(),
                    text: "quote".into(),
                }),
                verified: false,
                evidence: None,
            }]
            .into(),
        };
        GlossaryData {
            releases: vec![Release {
                version: V1,
                date,
                notes: "notes".into(),
            }]
            .into(),
            instruments: vec![instrument].into(),
            concepts: vec![concept].into(),
            term_index: Default::default(),
            elements: vec![ElementDef {
                id: "age-limit".into(),
                label: loc("age limit"),
                question: loc("question"),
            }]
            .into(),
        }
    }

    #[test]
    fn the_compact_layout_is_pinned() {
        let data = glossary();
        let whole = encode(&data, Part::Whole).unwrap();
        let search = encode(&data, Part::Search).unwrap();
        let pinned = (FORMAT, fingerprint(&whole), fingerprint(&search));
        // (FORMAT, fingerprint of the whole encoding, of the search part's), header included.
        assert_eq!(
            pinned,
            (2, 0x136a_5500_edcb_4914, 0x95f9_bf33_70d4_3f28),
            "the compact form's bytes changed ({pinned:x?}): if the model's serialized shape or \
             the header changed, bump `FORMAT` in crates/luxterm-data/src/compact.rs (old files \
             must be refused, not misread), then record the new fingerprints here"
        );
        assert_eq!(decode(&whole).unwrap().1, data);
    }
}
