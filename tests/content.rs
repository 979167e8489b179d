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
