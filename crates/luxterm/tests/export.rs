//! The exports on small selections of the embedded glossary, pinned as snapshots (a change of
//! form shows in review), and the committed JSON Schema of the JSON export. The whole glossary
//! in every format is checked by the real tools in `scripts/check-exports.sh`.
#![cfg(feature = "export")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::Glossary;
use luxterm::export::{Scope, Selected, Selection, csv, json, skos};

fn one(id: &str, langs: &[&str]) -> Selected<'static> {
    Selection {
        scope: Scope::Concepts(vec![id.to_owned()]),
        languages: Some(langs.iter().map(|l| (*l).to_owned()).collect()),
        release: Some("1.0.0".parse().unwrap()),
    }
    .resolve(Glossary::embedded())
    .unwrap()
}

#[test]
fn skos_turtle_of_one_concept() {
    let s = one("child-sexual-abuse-material", &["en", "fr"]);
    let ttl = String::from_utf8(skos::turtle(&s, &skos::SkosOptions::default()).unwrap()).unwrap();
    insta::assert_snapshot!(ttl);
}

#[test]
fn skos_json_ld_is_the_same_graph_as_turtle() {
    let s = one("child", &["en", "ar"]);
    let doc: serde_json::Value =
        serde_json::from_slice(&skos::json_ld(&s, &skos::SkosOptions::default()).unwrap()).unwrap();
    let ttl = String::from_utf8(skos::turtle(&s, &skos::SkosOptions::default()).unwrap()).unwrap();
    // Every node of the JSON-LD is a subject block of the Turtle.
    for node in doc["@graph"].as_array().unwrap() {
        let id = node["@id"].as_str().unwrap();
        assert!(
            ttl.contains(&format!("\n<{id}> ")),
            "{id} missing in Turtle"
        );
    }
}

#[test]
fn csv_of_one_category() {
    let s = Selection {
        scope: Scope::Category(luxterm::Category::Institution),
        languages: Some(vec!["en".into(), "es".into()]),
        release: Some("1.0.0".parse().unwrap()),
    }
    .resolve(Glossary::embedded())
    .unwrap();
    let text = String::from_utf8(csv::csv(&s, &csv::CsvOptions::default()).unwrap()).unwrap();
    insta::assert_snapshot!(text);
}

#[test]
fn json_of_a_selection_holds_only_its_languages() {
    let s = one("child", &["fr", "es"]);
    let doc = json::export(&s);
    assert_eq!(doc.languages, ["fr", "es"]);
    assert_eq!(doc.release.version.to_string(), "1.0.0");
    let page = &doc.concepts[0];
    assert!(
        page.languages
            .iter()
            .all(|l| l.lang == "fr" || l.lang == "es")
    );
    assert!(
        page.definitions
            .iter()
            .all(|d| d.text.lang == "fr" || d.text.lang == "es")
    );
}

#[cfg(feature = "schema")]
#[test]
fn committed_json_schema_is_the_generated_one() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/export.schema.json");
    let generated = serde_json::to_string_pretty(&json::json_schema()).unwrap() + "\n";
    if std::env::var_os("LUXTERM_WRITE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, generated,
        "the JSON export's form changed: review, bump export::json::FORMAT_VERSION if it breaks \
         readers, and regenerate with LUXTERM_WRITE_SCHEMA=1"
    );
}
