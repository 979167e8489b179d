//! The glossary content meets its bar: release 1.0 (issue "Glossary content 1.0") and release 1.1
//! (issue "Glossary content 1.1"), and a view pinned to 1.0.0 still shows what 1.0.0 published.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::coverage::UN_LANGUAGES;
use luxterm::view::Reader;
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
    assert!(g.release(v1).is_some());
    assert!(g.current_release().unwrap().version >= v1);
    let diff = g
        .diff(Version::new(0, 1, 0), v1, &Reader::default())
        .unwrap();
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
fn release_one_one_is_ninety_concepts_in_six_languages_and_german_and_portuguese() {
    let g = Glossary::embedded();
    let v = Version::new(1, 1, 0);
    assert_eq!(g.current_release().unwrap().version, v);
    let c = g.coverage();
    assert!(c.concepts >= 90, "{} concepts", c.concepts);
    assert!(
        c.all_six_definitions.complete(),
        "{:?}",
        c.all_six_definitions
    );
    for lang in ["de", "pt"] {
        let l = c.languages.iter().find(|l| l.lang == lang).unwrap();
        assert!(l.preferred.complete(), "{lang}: {:?}", l.preferred);
    }
    // "deepfake", typed in the search box, leads somewhere.
    let hits = g.search("deepfake", &Default::default());
    assert!(!hits.is_empty());
    // And 1.0.0 → 1.1.0 tells the truth: concepts added and changed.
    let diff = g
        .diff(Version::new(1, 0, 0), v, &Reader::default())
        .unwrap();
    let added = diff
        .concepts
        .iter()
        .filter(|d| d.kind == luxterm::diff::ChangeKind::Added)
        .count();
    assert!(added >= 27, "{added} concepts added in 1.1.0");
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
        let m = g.compare_instruments(id, &Reader::default()).unwrap();
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

/// Errata classes of the release policy (glossary/README.md, "Corrections"): provenance
/// (`verified`, `evidence`) is corrected in place, and so is typography (punctuation and spacing
/// only). A pinned view may differ from what its release published only in those.
fn without_errata(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("verified");
            map.remove("evidence");
            map.remove("official_url_verified");
            // Derived by the view from `official_url` (added in view schema 1.1.0), not data.
            map.remove("official_link");
            for x in map.values_mut() {
                without_errata(x);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(without_errata),
        serde_json::Value::String(s) => {
            let folded: String = s
                .chars()
                .map(|c| match c {
                    '\u{202f}' | '\u{a0}' => ' ',
                    '，' => ',',
                    '；' => ';',
                    '：' => ':',
                    '（' => '(',
                    '）' => ')',
                    '！' => '!',
                    '？' => '?',
                    c => c,
                })
                .collect();
            // Spacing is typography too (a full-width bracket takes no space after it).
            *s = folded.split_whitespace().collect();
        }
        _ => {}
    }
}

fn pinned_views(g: &Glossary, v: Version) -> serde_json::Value {
    let reader = Reader::new("en");
    let pages: Vec<serde_json::Value> = g
        .concepts()
        .iter()
        .filter(|c| c.exists_in(v))
        .map(|c| {
            let mut page =
                serde_json::to_value(g.concept_page(&c.id, &reader, Some(v)).unwrap()).unwrap();
            // What the page says of the release itself, and the release list it is part of,
            // are not the concept's content.
            if let Some(o) = page.as_object_mut() {
                o.remove("release");
            }
            page
        })
        .collect();
    serde_json::Value::Array(pages)
}

/// A permalink pinned to 1.0.0 keeps showing what 1.0.0 published. The baseline,
/// `tests/releases/1.0.0.json`, is every concept's page as of 1.0.0 made from the glossary as
/// released at 1.0.0 (commit d7cff26): to remake it, check that commit's `glossary/` out into a
/// folder and run this test with `LUXTERM_RELEASE_BASELINE=<that folder>`.
#[test]
fn a_view_pinned_to_1_0_0_shows_what_1_0_0_published() {
    let v = Version::new(1, 0, 0);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("releases/1.0.0.json");
    if let Ok(dir) = std::env::var("LUXTERM_RELEASE_BASELINE") {
        let old = Glossary::load_dir(std::path::Path::new(&dir)).unwrap();
        let text = serde_json::to_string_pretty(&pinned_views(&old, v)).unwrap();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text + "\n").unwrap();
    }
    let mut published: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut now = pinned_views(Glossary::embedded(), v);
    without_errata(&mut published);
    without_errata(&mut now);
    let (published, now) = (published.as_array().unwrap(), now.as_array().unwrap());
    assert_eq!(published.len(), now.len(), "concepts in 1.0.0");
    let mut differ = Vec::new();
    for (a, b) in published.iter().zip(now) {
        if a != b {
            differ.push(a["id"].as_str().unwrap_or("?").to_owned());
        }
    }
    assert!(
        differ.is_empty(),
        "these concepts no longer show, as of 1.0.0, what 1.0.0 published (beyond the errata \
         classes): {differ:?}. Record changes as new entries (`until`/`since`), not in place."
    );
}
