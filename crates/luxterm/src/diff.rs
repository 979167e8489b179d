//! What changed between two releases of the glossary, down to the field, with a word-level diff of
//! changed text.
//!
//! Every entry of a concept carries the releases it is valid in (`since`/`until`), so a concept "as
//! of" any release is known ([`Concept::as_of`]); a diff compares the two views. Entries are matched
//! by identity (a term by language and text, a definition by language, a citation by instrument and
//! provision …); an entry present in both with different content is *modified*.

use crate::{Concept, Glossary, Version};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

/// Whether an entry was added, removed or modified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// New in the later release.
    Added,
    /// Gone in the later release.
    Removed,
    /// In both, with different content.
    Modified,
}

/// A run of words in a word-level diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "kebab-case")]
pub enum WordChange {
    /// In both texts.
    Same(String),
    /// Only in the earlier text.
    Removed(String),
    /// Only in the later text.
    Added(String),
}

/// One changed entry of a concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Which entry: `term en "child pornography"`, `definition fr`, `citation OPSC art. 2(c)` …
    pub field: String,
    /// Added, removed or modified.
    pub kind: ChangeKind,
    /// The entry as it was (rendered as text), if it existed.
    pub old: Option<String>,
    /// The entry as it is, if it exists.
    pub new: Option<String>,
    /// For modified text: the word-level diff from `old` to `new`.
    pub words: Vec<WordChange>,
}

/// The changes to one concept between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConceptDiff {
    /// The concept's id.
    pub id: String,
    /// Added, removed or modified as a whole.
    pub kind: ChangeKind,
    /// Its changed entries (for a modified concept).
    pub changes: Vec<Change>,
}

/// Everything that changed between two releases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// Keyed, rendered entries of a concept, for matching across releases.
fn entries(g: &Glossary, c: &Concept) -> Vec<(String, String)> {
    let mut v = Vec::new();
    v.push(("category".to_owned(), c.category.as_str().to_owned()));
    for t in c.terms.iter() {
        let mut s = t.status.as_str().to_owned();
        if let Some(a) = &t.abbreviation {
            s.push_str(&format!("; abbreviation {a}"));
        }
        if let Some(i) = &t.instead {
            s.push_str(&format!("; use instead \"{i}\""));
        }
        if let Some(w) = &t.why {
            s.push_str(&format!("; why: {w}"));
        }
        for l in t.legal_term_of.iter() {
            let name = g.short_name(&l.instrument, "en");
            s.push_str(&format!("; legal term of {}", l.display_with(name)));
        }
        if let Some(n) = &t.note {
            s.push_str(&format!("; note: {n}"));
        }
        v.push((format!("term {} \"{}\"", t.lang, t.text), s));
    }
    let mut per_lang: std::collections::BTreeMap<&str, usize> = Default::default();
    for d in c.definitions.iter() {
        let n = per_lang.entry(&d.lang).or_insert(0);
        *n += 1;
        let key = if *n == 1 {
            format!("definition {}", d.lang)
        } else {
            format!("definition {} #{n}", d.lang)
        };
        v.push((key, d.text.to_string()));
    }
    for gd in c.guidance.iter() {
        let reason = crate::pick(&gd.reason, "en").map_or("", |(r, _)| &*r.text);
        let advice = gd.advice.as_str().replace('-', " ");
        v.push((
            format!("guidance {}", g.guidance_label(gd, "en")),
            format!("{advice}: {reason}"),
        ));
    }
    for e in c.citations.iter() {
        let name = g.short_name(&e.citation.instrument, "en");
        let state = if e.citation.verified {
            "verified"
        } else {
            "unverified"
        };
        v.push((
            format!("citation {}", e.citation.display_with(name)),
            state.to_owned(),
        ));
    }
    for r in c.relations.iter() {
        let kind = r.kind.as_str().replace('-', " ");
        v.push((format!("relation {kind} {}", r.concept), String::new()));
    }
    for row in c.elements.iter() {
        for cell in row.cells.iter() {
            let name = g.short_name(&cell.cite.instrument, "en");
            let detail = crate::pick(&cell.detail, "en").map_or("", |(d, _)| &*d.text);
            let value = cell.value.as_str().replace('-', " ");
            v.push((
                format!("element {} / {name}", row.element),
                format!("{value}: {detail}"),
            ));
        }
    }
    v
}

/// The changes between two views of one concept.
pub fn concept_changes(g: &Glossary, old: &Concept, new: &Concept) -> Vec<Change> {
    let a = entries(g, old);
    let b = entries(g, new);
    let mut out = Vec::new();
    for (k, va) in &a {
        match b.iter().find(|(kb, _)| kb == k) {
            None => out.push(Change {
                field: k.clone(),
                kind: ChangeKind::Removed,
                old: Some(va.clone()),
                new: None,
                words: Vec::new(),
            }),
            Some((_, vb)) if vb != va => out.push(Change {
                field: k.clone(),
                kind: ChangeKind::Modified,
                old: Some(va.clone()),
                new: Some(vb.clone()),
                words: word_diff(va, vb),
            }),
            Some(_) => {}
        }
    }
    for (k, vb) in &b {
        if !a.iter().any(|(ka, _)| ka == k) {
            out.push(Change {
                field: k.clone(),
                kind: ChangeKind::Added,
                old: None,
                new: Some(vb.clone()),
                words: Vec::new(),
            });
        }
    }
    out
}

impl Glossary {
    /// What changed between two releases: concepts added, removed and modified, each modified
    /// one down to the field, with word-level diffs of changed text.
    ///
    /// ```
    /// use luxterm::{Error, Glossary, Version};
    /// let g = Glossary::embedded();
    /// let v = g.releases()[0].version;
    /// assert!(g.diff(v, v).unwrap().concepts.is_empty());
    /// assert_eq!(g.diff(v, Version::new(9, 0, 0)), Err(Error::UnknownRelease(Version::new(9, 0, 0))));
    /// ```
    pub fn diff(&self, from: Version, to: Version) -> Result<ReleaseDiff, crate::Error> {
        for v in [from, to] {
            if self.release(v).is_none() {
                return Err(crate::Error::UnknownRelease(v));
            }
        }
        let mut concepts = Vec::new();
        for c in self.concepts() {
            if let Some(d) = self.concept_diff_inner(c, from, to) {
                concepts.push(d);
            }
        }
        Ok(ReleaseDiff { from, to, concepts })
    }

    /// How one concept changed between two releases (`Ok(None)`: it did not change).
    ///
    /// ```
    /// let g = luxterm::Glossary::embedded();
    /// let v = g.releases()[0].version;
    /// assert_eq!(g.concept_diff("child", v, v), Ok(None));
    /// ```
    pub fn concept_diff(
        &self,
        id: &str,
        from: Version,
        to: Version,
    ) -> Result<Option<ConceptDiff>, crate::Error> {
        for v in [from, to] {
            if self.release(v).is_none() {
                return Err(crate::Error::UnknownRelease(v));
            }
        }
        let c = self
            .concept(id)
            .ok_or_else(|| crate::Error::UnknownConcept(id.to_owned()))?;
        Ok(self.concept_diff_inner(c, from, to))
    }

    fn concept_diff_inner(&self, c: &Concept, from: Version, to: Version) -> Option<ConceptDiff> {
        let id = c.id.to_string();
        match (c.as_of(from), c.as_of(to)) {
            (None, None) => None,
            (None, Some(_)) => Some(ConceptDiff {
                id,
                kind: ChangeKind::Added,
                changes: Vec::new(),
            }),
            (Some(_), None) => Some(ConceptDiff {
                id,
                kind: ChangeKind::Removed,
                changes: Vec::new(),
            }),
            (Some(a), Some(b)) => {
                let changes = concept_changes(self, &a, &b);
                (!changes.is_empty()).then_some(ConceptDiff {
                    id,
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
