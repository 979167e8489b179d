//! The glossary baked into `luxterm` is exactly the one the loader reads from `glossary/`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::Glossary;
use std::path::Path;

fn loaded() -> Glossary {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../glossary");
    Glossary::load_dir(&dir).expect("the workspace glossary is valid")
}

#[test]
fn embedded_equals_loaded() {
    assert_eq!(Glossary::embedded().data(), loaded().data());
}

#[test]
fn ids_are_sorted_and_unique_and_lookups_agree() {
    let g = Glossary::embedded();
    for w in g.concepts().windows(2) {
        assert!(w[0].id < w[1].id);
    }
    for c in g.concepts() {
        assert_eq!(g.concept(&c.id).map(|x| &x.id), Some(&c.id));
        for t in c.terms.iter() {
            assert!(
                g.find_by_term(&t.text).iter().any(|h| h.concept.id == c.id),
                "{} not found by its term {}",
                c.id,
                t.text
            );
        }
    }
    for i in g.instruments() {
        assert_eq!(g.instrument(&i.id).map(|x| &x.id), Some(&i.id));
    }
}

#[test]
fn every_citation_resolves() {
    let g = Glossary::embedded();
    for c in g.concepts() {
        for e in c.citations.iter() {
            let i = g.instrument(&e.citation.instrument).expect("instrument");
            if let Some(p) = &e.citation.provision {
                assert!(i.provisions.iter().any(|x| &x.path == p));
            }
        }
    }
}

#[test]
fn the_seed_exercises_the_model_in_three_languages() {
    use luxterm::{RelationKind, Status};
    let g = Glossary::embedded();
    assert!(g.concepts().len() >= 12);
    for lang in ["en", "fr", "es"] {
        let with = g
            .concepts()
            .iter()
            .filter(|c| c.preferred(lang).is_some())
            .count();
        assert!(with >= 12, "{with} concepts with a preferred {lang} term");
    }
    let terms = || g.concepts().iter().flat_map(|c| c.terms.iter());
    for s in [
        Status::Preferred,
        Status::Admitted,
        Status::UseWithCaution,
        Status::Avoid,
    ] {
        assert!(terms().any(|t| t.status == s), "no term with status {s:?}");
    }
    assert!(terms().any(|t| !t.legal_term_of.is_empty()));
    assert!(terms().any(|t| t.abbreviation.is_some()));
    assert!(terms().any(|t| t.grammar.gender.is_some()));
    let relations = || g.concepts().iter().flat_map(|c| c.relations.iter());
    for k in [
        RelationKind::Broader,
        RelationKind::Narrower,
        RelationKind::Related,
        RelationKind::ReplacedBy,
    ] {
        assert!(relations().any(|r| r.kind == k), "no relation {k:?}");
    }
    let guidelines: std::collections::BTreeSet<&str> = g
        .concepts()
        .iter()
        .flat_map(|c| c.guidance.iter())
        .map(|x| &*x.guideline)
        .collect();
    assert!(guidelines.len() >= 2, "guidance from {guidelines:?}");
}
