//! **To be moved into the core.** Domain logic the web app needs before the core provides it:
//! the differences between two releases of a concept, and the language of a term's note. The
//! views call only the functions below, so that each can be replaced by the core's API (a
//! history diff, a language field in the data) without touching them. Nothing here knows about
//! yew or the DOM.

use luxterm::Concept;

// ---------------------------------------------------------------------------------------------
// Differences between two releases of a concept (to be replaced by the core's history diff).
// ---------------------------------------------------------------------------------------------

/// The part of a concept a change is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// The category.
    Category,
    /// A term (key: its text).
    Term,
    /// A definition (key: its language).
    Definition,
    /// Guidance (key: the guideline and the term).
    Guidance,
    /// A cited provision (key: instrument and provision).
    Citation,
    /// A relation (key: the related concept).
    Relation,
}

/// Whether something was added, removed or changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeKind {
    /// Only in the newer release.
    Added,
    /// Only in the older release.
    Removed,
    /// In both, with different content.
    Changed,
}

/// One difference between two releases of a concept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// Where.
    pub part: Part,
    /// What happened.
    pub kind: ChangeKind,
    /// The language of the entry, if it has one.
    pub lang: Option<String>,
    /// What identifies the entry (a term's text, a provision, a concept id…).
    pub key: String,
    /// The content before (status, text, advice…), `None` when added.
    pub before: Option<String>,
    /// The content after, `None` when removed.
    pub after: Option<String>,
}

fn compare<T>(
    out: &mut Vec<Change>,
    part: Part,
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> (Option<String>, String),
    value: impl Fn(&T) -> String,
) {
    for o in old {
        let k = key(o);
        match new.iter().find(|n| key(n) == k) {
            None => out.push(Change {
                part,
                kind: ChangeKind::Removed,
                lang: k.0,
                key: k.1,
                before: Some(value(o)),
                after: None,
            }),
            Some(n) if value(n) != value(o) => out.push(Change {
                part,
                kind: ChangeKind::Changed,
                lang: k.0,
                key: k.1,
                before: Some(value(o)),
                after: Some(value(n)),
            }),
            Some(_) => {}
        }
    }
    for n in new {
        let k = key(n);
        if !old.iter().any(|o| key(o) == k) {
            out.push(Change {
                part,
                kind: ChangeKind::Added,
                lang: k.0,
                key: k.1,
                before: None,
                after: Some(value(n)),
            });
        }
    }
}

/// The differences between two states of a concept (`old` and `new`, from `Concept::as_of`).
pub fn diff(old: &Concept, new: &Concept) -> Vec<Change> {
    let mut out = Vec::new();
    if old.category != new.category {
        out.push(Change {
            part: Part::Category,
            kind: ChangeKind::Changed,
            lang: None,
            key: String::new(),
            before: Some(old.category.as_str().to_string()),
            after: Some(new.category.as_str().to_string()),
        });
    }
    compare(
        &mut out,
        Part::Term,
        &old.terms,
        &new.terms,
        |t| (Some(t.lang.to_string()), t.text.to_string()),
        |t| t.status.as_str().to_string(),
    );
    compare(
        &mut out,
        Part::Definition,
        &old.definitions,
        &new.definitions,
        |d| (Some(d.lang.to_string()), String::new()),
        |d| d.text.to_string(),
    );
    compare(
        &mut out,
        Part::Guidance,
        &old.guidance,
        &new.guidance,
        |g| {
            (
                None,
                format!("{} {}", g.guideline, g.term.as_deref().unwrap_or("")),
            )
        },
        |g| format!("{:?}", g.advice),
    );
    compare(
        &mut out,
        Part::Citation,
        &old.citations,
        &new.citations,
        |c| {
            (
                None,
                format!(
                    "{} {}",
                    c.citation.instrument,
                    c.citation.provision.as_deref().unwrap_or("")
                ),
            )
        },
        |c| c.citation.pinpoint.as_deref().unwrap_or("").to_string(),
    );
    compare(
        &mut out,
        Part::Relation,
        &old.relations,
        &new.relations,
        |r| (None, r.concept.to_string()),
        |r| format!("{:?}", r.kind),
    );
    out
}

// ---------------------------------------------------------------------------------------------
// The language of a term's note or reason (to be replaced by a language field in the data).
// ---------------------------------------------------------------------------------------------

/// The language a term's `note` or `why` is written in. The format allows "the term's language
/// or English" without saying which; a text in Latin script for a term in a language written in
/// another script is taken as English.
pub fn note_lang<'a>(term_lang: &'a str, text: &str) -> &'a str {
    let other_script = matches!(
        term_lang.split('-').next(),
        Some("ar" | "zh" | "ru" | "ja" | "ko" | "he" | "fa" | "el" | "uk")
    );
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (mut latin, mut total) = (0usize, 0usize);
    for c in letters {
        total += 1;
        if c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c) {
            latin += 1;
        }
    }
    if other_script && total > 0 && latin * 2 > total {
        "en"
    } else {
        term_lang
    }
}
