//! What changed between two releases of the glossary, down to the field, with a word-level diff of
//! changed text.
//!
//! Every entry of a concept carries the releases it is valid in (`since`/`until`), so a concept "as
//! of" any release is known ([`Concept::as_of`]); a diff compares the two views. Entries are matched
//! by identity (a term by language and text, a definition by language, a citation by instrument and
//! provision …); an entry present in both with different content is *modified*, field by field.
//!
//! The diff is typed: which entry ([`Entry`]), which field ([`Field`]), and values ([`Value`]) that
//! are data, not prose. A face names them in its own interface language, so the Arabic interface
//! shows no English label; the only words in a diff are the glossary's own texts.

use crate::view::{LangText, Reader, pick_text};
use crate::{Advice, Category, CellValue, Concept, Glossary, RelationKind, Status, Version};
#[cfg(feature = "schema")]
use schemars::JsonSchema;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// Whether an entry was added, removed or modified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// New in the later release.
    Added,
    /// Gone in the later release.
    Removed,
    /// In both, with different content.
    Modified,
}

impl ChangeKind {
    /// Every kind of change.
    pub const ALL: [ChangeKind; 3] = [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Modified];

    /// Its name in the JSON output.
    ///
    /// ```
    /// assert_eq!(luxterm::diff::ChangeKind::Modified.as_str(), "modified");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
            ChangeKind::Modified => "modified",
        }
    }
}

/// A run of words in a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "op", content = "text", rename_all = "kebab-case")]
pub enum WordChange {
    /// In both texts.
    Same(String),
    /// Only in the earlier text.
    Removed(String),
    /// Only in the later text.
    Added(String),
}

/// Which entry of a concept changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "entry", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Entry {
    /// The concept's category.
    Category,
    /// A term, by language and text.
    Term {
        /// Its language.
        lang: String,
        /// The term.
        text: String,
    },
    /// A definition, by language (`n` counts from 1 when a language has several).
    Definition {
        /// Its language.
        lang: String,
        /// Which one in that language, from 1.
        n: usize,
    },
    /// Guidance of a guideline, about the concept or one of its terms.
    Guidance {
        /// The guideline's id.
        guideline: String,
        /// Its short name in the reader's language.
        guideline_name: String,
        /// The term it is about, if one.
        term: Option<LangText>,
    },
    /// A cited provision.
    Citation {
        /// The instrument's id.
        instrument: String,
        /// As a drafter cites it, with the instrument's short name in the reader's language.
        display: String,
    },
    /// A relation to another concept.
    Relation {
        /// The kind of relation.
        kind: RelationKind,
        /// The other concept's id.
        concept: String,
        /// Its name in the reader's language of terms.
        name: LangText,
    },
    /// An instrument's answer to an element of the element matrix.
    Element {
        /// The element's id.
        element: String,
        /// Its label in the reader's language.
        label: LangText,
        /// The instrument's id.
        instrument: String,
        /// Its short name in the reader's language.
        instrument_name: String,
    },
}

/// Which field of an entry changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Field {
    /// The category (of [`Entry::Category`]).
    Category,
    /// A term's status.
    Status,
    /// A term's abbreviation.
    Abbreviation,
    /// What to use instead of a term.
    Instead,
    /// Why a term is to avoid.
    Why,
    /// A term's usage note.
    Note,
    /// The instruments a term is the legal term of.
    LegalTermOf,
    /// A definition's text.
    Text,
    /// A guideline's advice.
    Advice,
    /// The reason for a guideline's advice.
    Reason,
    /// Whether a citation was verified.
    Verified,
    /// An element cell's answer.
    Answer,
    /// An element cell's answer in words.
    Detail,
    /// The provision a definition, guidance entry or answer rests on.
    Source,
    /// The existence of a relation (it has no other field).
    Present,
}

impl Field {
    /// Every field, in the order changes list them.
    pub const ALL: [Field; 15] = [
        Field::Category,
        Field::Status,
        Field::Abbreviation,
        Field::Instead,
        Field::Why,
        Field::Note,
        Field::LegalTermOf,
        Field::Text,
        Field::Advice,
        Field::Reason,
        Field::Verified,
        Field::Answer,
        Field::Detail,
        Field::Source,
        Field::Present,
    ];

    /// Its name in the JSON output (`legal-term-of`).
    ///
    /// ```
    /// assert_eq!(luxterm::diff::Field::LegalTermOf.as_str(), "legal-term-of");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Category => "category",
            Field::Status => "status",
            Field::Abbreviation => "abbreviation",
            Field::Instead => "instead",
            Field::Why => "why",
            Field::Note => "note",
            Field::LegalTermOf => "legal-term-of",
            Field::Text => "text",
            Field::Advice => "advice",
            Field::Reason => "reason",
            Field::Verified => "verified",
            Field::Answer => "answer",
            Field::Detail => "detail",
            Field::Source => "source",
            Field::Present => "present",
        }
    }
}

/// A field's value: data, for the face to name (never an English label).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Value {
    /// A text of the glossary, in its language.
    Text(LangText),
    /// A term's status.
    Status(Status),
    /// A guideline's advice.
    Advice(Advice),
    /// A category.
    Category(Category),
    /// An element cell's answer.
    Answer(CellValue),
    /// Verified or not.
    Verified(bool),
    /// Citations, as a drafter writes them.
    Citations(Vec<String>),
    /// The entry exists (a relation).
    Present,
}

/// One changed field of an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct FieldChange {
    /// Which field.
    pub field: Field,
    /// Its value in the earlier release, if it had one.
    pub old: Option<Value>,
    /// Its value in the later release, if it has one.
    pub new: Option<Value>,
    /// For a text in the same language in both: the word-level diff from old to new.
    pub words: Vec<WordChange>,
}

/// One changed entry of a concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct Change {
    /// Which entry.
    pub entry: Entry,
    /// Added, removed or modified.
    pub kind: ChangeKind,
    /// Its fields: all of them for an added or removed entry, the changed ones for a modified one.
    pub fields: Vec<FieldChange>,
}

/// The changes to one concept between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ConceptDiff {
    /// The concept's id.
    pub id: String,
    /// Its name in the reader's language of terms.
    pub name: LangText,
    /// Added, removed or modified as a whole.
    pub kind: ChangeKind,
    /// Its changed entries (for a modified concept).
    pub changes: Vec<Change>,
}

/// Everything that changed between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(JsonSchema))]
#[non_exhaustive]
pub struct ReleaseDiff {
    /// The earlier release.
    pub from: Version,
    /// The later release.
    pub to: Version,
    /// Concepts added, removed or modified, by id.
    pub concepts: Vec<ConceptDiff>,
}

/// Diffs two texts word by word (UAX #29 word boundaries, so Chinese diffs by character), merging
/// runs. A plain longest-common-subsequence: definitions are short, and texts over 2,000 words
/// each are compared whole, keeping the work bounded on any input.
///
/// ```
/// use luxterm::diff::{word_diff, WordChange::*};
/// let d = word_diff("any visual depiction of a child", "any depiction of a child");
/// assert_eq!(d, vec![Same("any ".into()), Removed("visual ".into()), Same("depiction of a child".into())]);
/// ```
pub fn word_diff(old: &str, new: &str) -> Vec<WordChange> {
    let a = tokens(old);
    let b = tokens(new);
    let mut out: Vec<WordChange> = Vec::new();
    let mut push = |c: WordChange| {
        let merged = match (out.last_mut(), &c) {
            (Some(WordChange::Same(s)), WordChange::Same(t))
            | (Some(WordChange::Removed(s)), WordChange::Removed(t))
            | (Some(WordChange::Added(s)), WordChange::Added(t)) => {
                s.push_str(t);
                true
            }
            _ => false,
        };
        if !merged {
            out.push(c);
        }
    };
    if a.len() > 2000 || b.len() > 2000 {
        if old == new {
            push(WordChange::Same(old.to_owned()));
        } else {
            push(WordChange::Removed(old.to_owned()));
            push(WordChange::Added(new.to_owned()));
        }
        return out;
    }
    // lcs[i][j] = length of the LCS of a[i..] and b[j..], in one flat vector.
    let w = b.len() + 1;
    let mut lcs = vec![0u16; (a.len() + 1) * w];
    let at = |i: usize, j: usize| i * w + j;
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            let v = if a.get(i) == b.get(j) {
                lcs.get(at(i + 1, j + 1)).copied().unwrap_or(0) + 1
            } else {
                let down = lcs.get(at(i + 1, j)).copied().unwrap_or(0);
                let right = lcs.get(at(i, j + 1)).copied().unwrap_or(0);
                down.max(right)
            };
            if let Some(cell) = lcs.get_mut(at(i, j)) {
                *cell = v;
            }
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                push(WordChange::Same((*x).to_owned()));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) => {
                let down = lcs.get(at(i + 1, j)).copied().unwrap_or(0);
                let right = lcs.get(at(i, j + 1)).copied().unwrap_or(0);
                if down >= right {
                    push(WordChange::Removed((*x).to_owned()));
                    i += 1;
                } else {
                    push(WordChange::Added((*y).to_owned()));
                    j += 1;
                }
            }
            (Some(x), None) => {
                push(WordChange::Removed((*x).to_owned()));
                i += 1;
            }
            (None, Some(y)) => {
                push(WordChange::Added((*y).to_owned()));
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// Words with the white space that follows each attached to it, so a change reads as whole words
/// (`[-a child-]{+the sexual abuse of a child+}`) rather than words separated by unchanged spaces.
fn tokens(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, w) in text.split_word_bound_indices() {
        if w.chars().all(char::is_whitespace) && i > start {
            continue;
        }
        if i > start {
            out.extend(text.get(start..i));
        }
        start = i;
    }
    if start < text.len() {
        out.extend(text.get(start..));
    }
    out
}

/// A concept's entries, keyed, each with its fields, for matching across releases.
fn entries(g: &Glossary, c: &Concept, reader: &Reader) -> Vec<(Entry, Vec<(Field, Value)>)> {
    let text_lang = reader.text.as_str();
    let text = |t: &str, lang: &str| Value::Text(LangText::new(t, lang));
    let mut v = vec![(
        Entry::Category,
        vec![(Field::Category, Value::Category(c.category))],
    )];
    for t in c.terms.iter() {
        let mut f = vec![(Field::Status, Value::Status(t.status))];
        if let Some(a) = &t.abbreviation {
            f.push((Field::Abbreviation, text(a, &t.lang)));
        }
        if let Some(i) = &t.instead {
            f.push((Field::Instead, text(i, &t.lang)));
        }
        if let Some(w) = &t.why {
            f.push((Field::Why, text(w, t.lang_of(w))));
        }
        if !t.legal_term_of.is_empty() {
            let cites = t
                .legal_term_of
                .iter()
                .map(|l| l.display_with(g.short_name(&l.instrument, text_lang)))
                .collect();
            f.push((Field::LegalTermOf, Value::Citations(cites)));
        }
        if let Some(n) = &t.note {
            f.push((Field::Note, text(n, t.lang_of(n))));
        }
        let entry = Entry::Term {
            lang: t.lang.to_string(),
            text: t.text.to_string(),
        };
        v.push((entry, f));
    }
    let mut per_lang: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in c.definitions.iter() {
        let n = per_lang.entry(&d.lang).or_insert(0);
        *n += 1;
        let entry = Entry::Definition {
            lang: d.lang.to_string(),
            n: *n,
        };
        let source = d
            .source
            .display_with(g.short_name(&d.source.instrument, text_lang));
        v.push((
            entry,
            vec![
                (Field::Text, text(&d.text, &d.lang)),
                (Field::Source, Value::Citations(vec![source])),
            ],
        ));
    }
    for gd in c.guidance.iter() {
        let mut f = vec![(Field::Advice, Value::Advice(gd.advice))];
        if let Some(r) = pick_text(&gd.reason, text_lang) {
            f.push((
                Field::Reason,
                Value::Text(LangText {
                    fallback: false,
                    ..r
                }),
            ));
        }
        let source = gd
            .cite
            .display_with(g.short_name(&gd.cite.instrument, text_lang));
        f.push((Field::Source, Value::Citations(vec![source])));
        let entry = Entry::Guidance {
            guideline: gd.guideline.to_string(),
            guideline_name: g.short_name(&gd.guideline, text_lang).to_owned(),
            term: gd.term.as_deref().map(|t| LangText::new(t, &gd.term_lang)),
        };
        v.push((entry, f));
    }
    for e in c.citations.iter() {
        let entry = Entry::Citation {
            instrument: e.citation.instrument.to_string(),
            display: e
                .citation
                .display_with(g.short_name(&e.citation.instrument, text_lang)),
        };
        v.push((
            entry,
            vec![(Field::Verified, Value::Verified(e.citation.verified))],
        ));
    }
    for r in c.relations.iter() {
        let entry = Entry::Relation {
            kind: r.kind,
            concept: r.concept.to_string(),
            name: match g.concept(&r.concept) {
                Some(x) => crate::view::concept_name(x, &reader.terms),
                None => LangText::new(&r.concept, crate::lang::FALLBACK),
            },
        };
        v.push((entry, vec![(Field::Present, Value::Present)]));
    }
    for row in c.elements.iter() {
        let def = g.data().elements.iter().find(|d| d.id == row.element);
        let label = def
            .and_then(|d| pick_text(&d.label, text_lang))
            .unwrap_or_else(|| LangText::new(&row.element, crate::lang::FALLBACK));
        for cell in row.cells.iter() {
            let mut f = vec![(Field::Answer, Value::Answer(cell.value))];
            if let Some(d) = pick_text(&cell.detail, text_lang) {
                f.push((
                    Field::Detail,
                    Value::Text(LangText {
                        fallback: false,
                        ..d
                    }),
                ));
            }
            let source = cell
                .cite
                .display_with(g.short_name(&cell.cite.instrument, text_lang));
            f.push((Field::Source, Value::Citations(vec![source])));
            let entry = Entry::Element {
                element: row.element.to_string(),
                label: label.clone(),
                instrument: cell.cite.instrument.to_string(),
                instrument_name: g.short_name(&cell.cite.instrument, text_lang).to_owned(),
            };
            v.push((entry, f));
        }
    }
    v
}

/// Whether two entries are the same entry (labels aside: a renamed instrument or element is the
/// same entry).
fn same_entry(a: &Entry, b: &Entry) -> bool {
    match (a, b) {
        (Entry::Category, Entry::Category) => true,
        (Entry::Term { lang: l1, text: t1 }, Entry::Term { lang: l2, text: t2 }) => {
            l1 == l2 && t1 == t2
        }
        (Entry::Definition { lang: l1, n: n1 }, Entry::Definition { lang: l2, n: n2 }) => {
            l1 == l2 && n1 == n2
        }
        (
            Entry::Guidance {
                guideline: g1,
                term: t1,
                ..
            },
            Entry::Guidance {
                guideline: g2,
                term: t2,
                ..
            },
        ) => g1 == g2 && t1 == t2,
        (
            Entry::Citation {
                instrument: i1,
                display: d1,
            },
            Entry::Citation {
                instrument: i2,
                display: d2,
            },
        ) => i1 == i2 && d1 == d2,
        (
            Entry::Relation {
                kind: k1,
                concept: c1,
                ..
            },
            Entry::Relation {
                kind: k2,
                concept: c2,
                ..
            },
        ) => k1 == k2 && c1 == c2,
        (
            Entry::Element {
                element: e1,
                instrument: i1,
                ..
            },
            Entry::Element {
                element: e2,
                instrument: i2,
                ..
            },
        ) => e1 == e2 && i1 == i2,
        _ => false,
    }
}

fn all_fields(fields: &[(Field, Value)], old: bool) -> Vec<FieldChange> {
    fields
        .iter()
        .map(|(f, v)| FieldChange {
            field: *f,
            old: old.then(|| v.clone()),
            new: (!old).then(|| v.clone()),
            words: Vec::new(),
        })
        .collect()
}

fn changed_fields(a: &[(Field, Value)], b: &[(Field, Value)]) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for field in Field::ALL {
        let old = a.iter().find(|(f, _)| *f == field).map(|(_, v)| v);
        let new = b.iter().find(|(f, _)| *f == field).map(|(_, v)| v);
        if old == new {
            continue;
        }
        let words = match (old, new) {
            (Some(Value::Text(x)), Some(Value::Text(y))) if x.lang == y.lang => {
                word_diff(&x.text, &y.text)
            }
            _ => Vec::new(),
        };
        out.push(FieldChange {
            field,
            old: old.cloned(),
            new: new.cloned(),
            words,
        });
    }
    out
}

/// The changes between two views of one concept, for `reader`.
pub fn concept_changes(g: &Glossary, old: &Concept, new: &Concept, reader: &Reader) -> Vec<Change> {
    let a = entries(g, old, reader);
    let b = entries(g, new, reader);
    let mut out = Vec::new();
    for (ka, fa) in &a {
        match b.iter().find(|(kb, _)| same_entry(ka, kb)) {
            None => out.push(Change {
                entry: ka.clone(),
                kind: ChangeKind::Removed,
                fields: all_fields(fa, true),
            }),
            Some((kb, fb)) => {
                let fields = changed_fields(fa, fb);
                if !fields.is_empty() {
                    out.push(Change {
                        entry: kb.clone(),
                        kind: ChangeKind::Modified,
                        fields,
                    });
                }
            }
        }
    }
    for (kb, fb) in &b {
        if !a.iter().any(|(ka, _)| same_entry(ka, kb)) {
            out.push(Change {
                entry: kb.clone(),
                kind: ChangeKind::Added,
                fields: all_fields(fb, false),
            });
        }
    }
    out
}

impl Glossary {
    /// What changed between two releases: concepts added, removed and modified, each modified
    /// one down to the field, with word-level diffs of changed text; named for `reader`.
    ///
    /// ```
    /// use luxterm::{Error, Glossary, Version, view::Reader};
    /// let g = Glossary::embedded();
    /// let v = g.releases()[0].version;
    /// let en = Reader::new("en");
    /// assert!(g.diff(v, v, &en).unwrap().concepts.is_empty());
    /// assert_eq!(g.diff(v, Version::new(9, 0, 0), &en), Err(Error::UnknownRelease(Version::new(9, 0, 0))));
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownRelease`] for a version the glossary has no release of.
    pub fn diff(
        &self,
        from: Version,
        to: Version,
        reader: &Reader,
    ) -> Result<ReleaseDiff, crate::Error> {
        for v in [from, to] {
            if self.release(v).is_none() {
                return Err(crate::Error::UnknownRelease(v));
            }
        }
        let mut concepts = Vec::new();
        for c in self.concepts() {
            if let Some(d) = self.concept_diff_inner(c, from, to, reader) {
                concepts.push(d);
            }
        }
        Ok(ReleaseDiff { from, to, concepts })
    }

    /// How one concept changed between two releases (`Ok(None)`: it did not change).
    ///
    /// ```
    /// use luxterm::view::Reader;
    /// let g = luxterm::Glossary::embedded();
    /// let v = g.releases()[0].version;
    /// assert_eq!(g.concept_diff("child", v, v, &Reader::new("ar")), Ok(None));
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::Error::UnknownRelease`] or [`crate::Error::UnknownConcept`].
    pub fn concept_diff(
        &self,
        id: &str,
        from: Version,
        to: Version,
        reader: &Reader,
    ) -> Result<Option<ConceptDiff>, crate::Error> {
        for v in [from, to] {
            if self.release(v).is_none() {
                return Err(crate::Error::UnknownRelease(v));
            }
        }
        let c = self
            .concept(id)
            .ok_or_else(|| crate::Error::UnknownConcept(id.to_owned()))?;
        Ok(self.concept_diff_inner(c, from, to, reader))
    }

    fn concept_diff_inner(
        &self,
        c: &Concept,
        from: Version,
        to: Version,
        reader: &Reader,
    ) -> Option<ConceptDiff> {
        let id = c.id.to_string();
        let name = crate::view::concept_name(c, &reader.terms);
        let whole = |kind| {
            Some(ConceptDiff {
                id: id.clone(),
                name: name.clone(),
                kind,
                changes: Vec::new(),
            })
        };
        match (c.as_of(from), c.as_of(to)) {
            (None, None) => None,
            (None, Some(_)) => whole(ChangeKind::Added),
            (Some(_), None) => whole(ChangeKind::Removed),
            (Some(a), Some(b)) => {
                let changes = concept_changes(self, &a, &b, reader);
                (!changes.is_empty()).then_some(ConceptDiff {
                    id: id.clone(),
                    name: name.clone(),
                    kind: ChangeKind::Modified,
                    changes,
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(d: &[WordChange]) -> (String, String) {
        let (mut a, mut b) = (String::new(), String::new());
        for c in d {
            match c {
                WordChange::Same(s) => {
                    a.push_str(s);
                    b.push_str(s);
                }
                WordChange::Removed(s) => a.push_str(s),
                WordChange::Added(s) => b.push_str(s),
            }
        }
        (a, b)
    }

    #[test]
    fn word_diff_reconstructs_both_texts() {
        for (x, y) in [
            ("", "new text"),
            ("old text", ""),
            ("a b c", "a x c"),
            ("儿童色情制品", "儿童性剥削材料"),
            (
                "Toute représentation d'un enfant",
                "Toute représentation, par quelque moyen que ce soit, d'un enfant",
            ),
        ] {
            let d = word_diff(x, y);
            assert_eq!(render(&d), (x.to_owned(), y.to_owned()), "{d:?}");
        }
    }

    #[test]
    fn words_carry_their_trailing_space() {
        assert_eq!(tokens("a child, being"), vec!["a ", "child", ", ", "being"]);
        assert_eq!(tokens("  lead"), vec!["  ", "lead"]);
        let d = word_diff(
            "Material that depicts a child being sexually abused.",
            "Any material that depicts or represents the sexual abuse of a child.",
        );
        assert_eq!(
            render(&d).1,
            "Any material that depicts or represents the sexual abuse of a child."
        );
        assert!(d.len() <= 8, "{d:?}");
    }

    #[test]
    fn huge_texts_are_compared_whole() {
        let a = "word ".repeat(3000);
        let b = "other ".repeat(3000);
        let d = word_diff(&a, &b);
        assert_eq!(d.len(), 2);
        assert_eq!(render(&d), (a, b));
    }
}
