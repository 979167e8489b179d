//! The `luxterm` binary, run as a user runs it.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::PathBuf;
use std::process::{Command, Output};

fn luxterm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_luxterm"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run luxterm")
}

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name);
    p.to_str().unwrap().to_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn show_json_has_terms_in_three_languages_definitions_and_verified_citations() {
    let o = luxterm(&["show", "child-sexual-abuse-material", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "child-sexual-abuse-material");
    let terms = v["terms"].as_array().unwrap();
    let langs: std::collections::BTreeSet<&str> =
        terms.iter().map(|t| t["lang"].as_str().unwrap()).collect();
    assert!(langs.len() >= 3, "{langs:?}");
    assert!(terms.iter().any(|t| t["status"] == "preferred"));
    assert!(
        terms
            .iter()
            .any(|t| t["status"] == "avoid" && t["instead"].is_string())
    );
    assert!(!v["definitions"].as_array().unwrap().is_empty());
    assert!(
        v["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["citation"]["verified"] == true)
    );
}

#[test]
fn validate_passes_on_the_glossary_and_fails_with_located_diagnostics() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    let ok = luxterm(&["validate", dir.to_str().unwrap()]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert!(stdout(&ok).starts_with("ok: "));

    let bad = luxterm(&["validate", &fixture("unknown-key")]);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8(bad.stderr).unwrap();
    assert!(
        err.contains("concepts/child-sexual-abuse-material.toml:8:1"),
        "{err}"
    );
    assert!(err.contains("glossary::unknown-key"), "{err}");
    assert!(err.contains("help:"), "{err}");
}

#[test]
fn validate_prints_warnings_and_fails_on_them_only_when_denied() {
    let o = luxterm(&["validate", &fixture("typography-zh")]);
    assert!(o.status.success());
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    assert!(err.contains("glossary::typography"), "{err}");
    assert!(
        err.contains("concepts/child-sexual-abuse-material.toml:32:23"),
        "{err}"
    );
    assert!(stdout(&o).contains("; 3 warnings"), "{}", stdout(&o));

    let denied = luxterm(&["validate", &fixture("typography-zh"), "--deny", "warnings"]);
    assert_eq!(denied.status.code(), Some(1));
    let err = String::from_utf8(denied.stderr).unwrap();
    assert!(err.contains("denied by --deny warnings"), "{err}");

    let clean = luxterm(&["validate", &fixture("valid"), "--deny", "warnings"]);
    assert!(clean.status.success());
    assert!(
        stdout(&clean).ends_with("; no problems\n"),
        "{}",
        stdout(&clean)
    );
}

#[test]
fn a_term_to_avoid_leads_to_its_replacement() {
    let o = luxterm(&["show", "child pornography", "--glossary", &fixture("valid")]);
    assert!(o.status.success());
    insta::assert_snapshot!("show_avoided_term", stdout(&o));
}

#[test]
fn show_as_of_a_release() {
    let old = luxterm(&[
        "show",
        "csam",
        "--release",
        "0.1.0",
        "--glossary",
        &fixture("valid"),
    ]);
    let new = luxterm(&["show", "csam", "--glossary", &fixture("valid")]);
    assert!(stdout(&old).contains("Material that depicts a child being sexually abused."));
    assert!(!stdout(&old).contains("Any material that depicts"));
    assert!(stdout(&new).contains("Any material that depicts"));
    insta::assert_snapshot!(
        "show_json_fixture",
        stdout(&luxterm(&[
            "show",
            "csam",
            "--json",
            "--glossary",
            &fixture("valid")
        ]))
    );
}

#[test]
fn errors_are_clear_and_exit_1() {
    let o = luxterm(&["show", "no such term"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no concept has the id or a term"));
    let o = luxterm(&["show", "child", "--release", "9.9.9"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no release 9.9.9"));
    let o = luxterm(&["show", "child", "--release", "one"]);
    assert_eq!(o.status.code(), Some(2), "clap rejects a malformed version");
    let o = luxterm(&["instruments", "nope"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn list_instruments_and_releases() {
    let list = stdout(&luxterm(&[
        "list",
        "--category",
        "material",
        "--lang",
        "fr",
    ]));
    assert!(list.contains("child-sexual-abuse-material"));
    assert!(list.contains("matériel d'abus sexuels sur enfants"));
    let opsc = stdout(&luxterm(&["instruments", "opsc"]));
    assert!(opsc.contains("art. 2(c)"));
    assert!(opsc.contains("cited by: ") && opsc.contains("child-sexual-abuse-material"));
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&luxterm(&["instruments", "opsc", "--json"]))).unwrap();
    assert!(
        json["provisions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["cited_by"].as_array().is_some_and(|a| !a.is_empty()))
    );
    let releases = stdout(&luxterm(&["releases", "--glossary", &fixture("valid")]));
    assert!(releases.starts_with("0.2.0  2026-11-28"));
}

#[test]
fn search_finds_terms_in_any_script_and_says_why() {
    let o = luxterm(&["search", "pedopornographie"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(
        text.starts_with("pédopornographie  (fr, avoid, exact)  → child-sexual-abuse-material"),
        "{text}"
    );
    assert!(
        text.contains("use instead: \"matériel d'abus sexuels sur enfants\""),
        "{text}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout(&luxterm(&[
        "search", "儿童", "--json", "--limit", "3",
    ])))
    .unwrap();
    assert!(!json.as_array().unwrap().is_empty());
    assert_eq!(json[0]["lang"], "zh");
    let none = luxterm(&["search", "\u{202e}\u{200b}"]);
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn compare_by_each_axis_and_diff_releases() {
    let v = fixture("valid");
    let side = luxterm(&[
        "compare",
        "csam",
        "sexual-exploitation-of-children",
        "--glossary",
        &v,
    ]);
    assert!(side.status.success());
    insta::assert_snapshot!("compare_concepts", stdout(&side));
    let langs = luxterm(&[
        "compare",
        "csam",
        "--by",
        "languages",
        "--lang",
        "fr,es",
        "--glossary",
        &v,
    ]);
    insta::assert_snapshot!("compare_languages", stdout(&langs));
    let matrix = luxterm(&["compare", "csam", "--by", "instruments", "--glossary", &v]);
    insta::assert_snapshot!("compare_instruments", stdout(&matrix));
    let releases = luxterm(&["compare", "csam", "--by", "releases", "--glossary", &v]);
    insta::assert_snapshot!("compare_releases", stdout(&releases));
    let diff = luxterm(&["diff", "0.1.0", "0.2.0", "--json", "--glossary", &v]);
    insta::assert_snapshot!("diff_json", stdout(&diff));

    // Two to four concepts side by side; one at a time on the other axes.
    let one = luxterm(&["compare", "csam", "--glossary", &v]);
    assert_eq!(one.status.code(), Some(1));
    let two = luxterm(&["compare", "csam", "child", "--by", "instruments"]);
    assert_eq!(two.status.code(), Some(1));
}

#[test]
fn the_real_element_matrix_has_a_citation_in_every_cell() {
    let o = luxterm(&[
        "compare",
        "child-sexual-abuse-material",
        "--by",
        "instruments",
        "--json",
    ]);
    assert!(o.status.success());
    let m: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let ncols = m["columns"].as_array().unwrap().len();
    assert!(ncols >= 3, "{ncols} instruments");
    for row in m["rows"].as_array().unwrap() {
        let cells = row["cells"].as_array().unwrap();
        assert_eq!(cells.len(), ncols);
        for c in cells.iter().filter(|c| !c.is_null()) {
            assert!(c["cite"]["instrument"].is_string());
            assert!(c["cite"]["verified"].is_boolean());
        }
    }
}

#[test]
fn coverage_reports_languages_fields_and_unverified_facts() {
    let o = luxterm(&["coverage", "--glossary", &fixture("valid")]);
    assert!(o.status.success());
    insta::assert_snapshot!("coverage_fixture", stdout(&o));
    let real: serde_json::Value =
        serde_json::from_str(&stdout(&luxterm(&["coverage", "--json"]))).unwrap();
    assert!(real["concepts"].as_u64().unwrap() >= 12);
    assert_eq!(real["languages"][0]["lang"], "ar");
    // The glossary's own coverage, reviewed like code when the data changes.
    insta::assert_snapshot!("coverage_glossary", stdout(&luxterm(&["coverage"])));
}
