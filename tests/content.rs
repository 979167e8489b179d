//! The glossary content release 1.0 meets its bar (issue "Glossary content 1.0").

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::coverage::UN_LANGUAGES;
use luxterm::{Glossary, Version};

#[test]
fn at_least_sixty_concepts_with_preferred_terms_in_the_six_un_languages() {
    let g = Glossary::embedded();
    let c = g.coverage();
    assert!(c.concepts >= 60, "{} concepts", c.concepts);
    assert!(c.all_six_preferred.complete(), "{:?}", c.all_six_preferred);
    for concept in g.concepts() {
        for lang in UN_LANGUAGES {
            assert!(
                concept.preferred(lang).is_some(),
                "{} has no preferred {lang} term",
                concept.id
            );
        }
    }
}

#[test]
fn every_legal_concept_cites_a_provision_and_every_avoided_term_a_replacement() {
    let c = Glossary::embedded().coverage();
    assert!(
        c.legal_concepts_citing.complete(),
        "{:?}",
        c.legal_concepts_citing
    );
    assert!(
        c.avoid_with_replacement.complete(),
        "{:?}",
        c.avoid_with_replacement
    );
}

#[test]
fn definitions_in_en_fr_es_everywhere_and_in_six_languages_for_at_least_25() {
    let g = Glossary::embedded();
    for concept in g.concepts() {
        for lang in ["en", "fr", "es"] {
            assert!(
                concept.definitions.iter().any(|d| d.lang == lang),
                "{} has no {lang} definition",
                concept.id
            );
        }
    }
    assert!(g.coverage().all_six_definitions.have >= 25);
}

#[test]
fn release_one_has_real_history() {
    let g = Glossary::embedded();
    let v1 = Version::new(1, 0, 0);
    assert_eq!(g.current_release().unwrap().version, v1);
    let diff = g.diff(Version::new(0, 1, 0), v1).unwrap();
    assert!(diff.concepts.len() >= 40);
    // A concept of the seed, as it stood then, lacks what 1.0.0 added to it.
    let then = g
        .concept_as_of("victim", Version::new(0, 1, 0))
        .unwrap()
        .unwrap();
    let now = g.concept_as_of("victim", v1).unwrap().unwrap();
    assert!(then.definitions.len() < now.definitions.len());
    // A concept new in 1.0.0 did not exist in 0.1.0.
    assert_eq!(g.concept_as_of("offender", Version::new(0, 1, 0)), Ok(None));
}

#[test]
fn element_matrices_for_the_six_legal_concepts() {
    let g = Glossary::embedded();
    for id in [
        "child-sexual-abuse-material",
        "solicitation-of-children-for-sexual-purposes",
        "sale-of-children",
        "trafficking-in-children",
        "exploitation-of-children-in-prostitution",
        "child",
    ] {
        let m = g.compare_instruments(id).unwrap();
        assert!(!m.rows.is_empty(), "{id} has no element matrix");
        assert!(
            m.columns.len() >= 2,
            "{id} compares fewer than two instruments"
        );
    }
}

/// Every evidence note in the glossary (instrument provisions, legal terms, definitions, guidance,
/// citations and element cells), with where it sits, for the checks below.
fn evidence_notes(g: &Glossary) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut push = |place: String, evidence: Option<&str>| {
        if let Some(e) = evidence {
            out.push((place, e.to_owned()));
        }
    };
    for i in g.instruments() {
        for p in i.provisions.iter() {
            push(format!("{} {}", i.id, p.path), p.evidence.as_deref());
        }
    }
    for c in g.concepts() {
        for t in c.terms.iter() {
            for l in t.legal_term_of.iter() {
                push(
                    format!("{} term {:?} legal_term_of {}", c.id, t.text, l.instrument),
                    l.evidence.as_deref(),
                );
            }
        }
        for d in c.definitions.iter() {
            push(
                format!("{} definition {}", c.id, d.lang),
                d.source.evidence.as_deref(),
            );
        }
        for gd in c.guidance.iter() {
            push(
                format!("{} guidance {}", c.id, gd.guideline),
                gd.cite.evidence.as_deref(),
            );
        }
        for ce in c.citations.iter() {
            push(
                format!("{} citation {}", c.id, ce.citation.instrument),
                ce.citation.evidence.as_deref(),
            );
        }
        for row in c.elements.iter() {
            for cell in row.cells.iter() {
                push(
                    format!("{} element {} {}", c.id, row.element, cell.cite.instrument),
                    cell.cite.evidence.as_deref(),
                );
            }
        }
    }
    out
}

#[test]
fn no_evidence_names_an_internal_file() {
    // Evidence names a public source a reader can open (glossary/README.md, "How facts were verified"),
    // never one of the project's working files.
    // The working file and its parts, the project's READMEs and shared folder, and the glossary's
    // own source files (".toml"): none of them is a text a reader can check a fact against.
    const INTERNAL: [&str; 7] = [
        "legal-facts",
        "README",
        "Part 1",
        "Part 2",
        "Part 3",
        "shared/",
        ".toml",
    ];
    let g = Glossary::embedded();
    let notes = evidence_notes(g);
    assert!(
        notes.len() > 500,
        "only {} evidence notes found",
        notes.len()
    );
    let bad: Vec<String> = notes
        .iter()
        .filter(|(_, e)| INTERNAL.iter().any(|w| e.contains(w)))
        .map(|(place, e)| format!("{place}: {e}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} evidence notes name an internal file, e.g.:\n{}",
        bad.len(),
        bad.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}
