//! The checker on documents made by real libraries (see tests/fixtures/check/make_fixtures.py),
//! with pinned findings; and the committed JSON Schema of the report.
#![cfg(all(feature = "docx", feature = "xliff"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::check::{CheckOptions, Finding, input};
use std::fmt::Write;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/check")
            .join(name),
    )
    .unwrap()
}

fn summary(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let loc = f.location.as_ref().map_or(String::new(), |l| {
            format!(
                " [{}{}{}]",
                l.part.as_deref().unwrap_or(""),
                l.paragraph.map_or(String::new(), |p| format!(" ¶{p}")),
                l.unit
                    .as_deref()
                    .map_or(String::new(), |u| format!("unit {u}"))
            )
        });
        writeln!(
            out,
            "{}:{} bytes {}..{}{loc} {} {:?} {:?} ({}) -> {:?}",
            f.span.line,
            f.span.column,
            f.span.start,
            f.span.end,
            f.level.as_str(),
            f.kind,
            f.found,
            f.lang,
            f.instead
        )
        .unwrap();
    }
    out
}

#[test]
fn docx_made_by_python_docx() {
    let doc = input::docx(&fixture("report.docx")).unwrap();
    let findings = luxterm::check::embedded().check_document(&doc, &CheckOptions::default());
    insta::assert_snapshot!(summary(&findings));
}

#[test]
fn xliff_1_made_by_translate_toolkit() {
    let text = String::from_utf8(fixture("memo.en-fr.xlf")).unwrap();
    let doc = input::xliff(&text).unwrap();
    let findings = luxterm::check::embedded().check_document(&doc, &CheckOptions::default());
    for f in &findings {
        assert_eq!(&text[f.span.start..f.span.end], f.found);
    }
    insta::assert_snapshot!(summary(&findings));
}

#[test]
fn xliff_2_0() {
    let text = String::from_utf8(fixture("memo.en-es.xlf")).unwrap();
    let doc = input::xliff(&text).unwrap();
    let findings = luxterm::check::embedded().check_document(&doc, &CheckOptions::default());
    insta::assert_snapshot!(summary(&findings));
}

#[cfg(feature = "schema")]
#[test]
fn committed_json_schema_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/check-report.schema.json");
    let generated =
        serde_json::to_string_pretty(&luxterm::check::report::json_schema()).unwrap() + "\n";
    if std::env::var_os("LUXTERM_WRITE_SCHEMA").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        committed, generated,
        "the checker's JSON changed: review, bump report::FORMAT_VERSION if it breaks readers, and regenerate with LUXTERM_WRITE_SCHEMA=1"
    );
}
