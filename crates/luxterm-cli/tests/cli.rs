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

/// Every term of a concept page, in every language.
fn page_terms(v: &serde_json::Value) -> Vec<&serde_json::Value> {
    v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["groups"].as_array().unwrap())
        .flat_map(|g| g["terms"].as_array().unwrap())
        .collect()
}

#[test]
fn show_json_has_terms_in_three_languages_definitions_and_verified_citations() {
    let o = luxterm(&["show", "child-sexual-abuse-material", "--json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["id"], "child-sexual-abuse-material");
    let terms = page_terms(&v);
    let langs: std::collections::BTreeSet<&str> =
        terms.iter().map(|t| t["lang"].as_str().unwrap()).collect();
    assert!(langs.len() >= 3, "{langs:?}");
    assert!(terms.iter().any(|t| t["status"] == "preferred"));
    assert!(
        terms
            .iter()
            .any(|t| t["status"] == "avoid" && t["instead"]["text"]["text"].is_string())
    );
    assert!(!v["definitions"].as_array().unwrap().is_empty());
    assert!(
        v["provisions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["cite"]["verified"] == true)
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
    assert!(
        releases.starts_with("0.2.0  2026-11-28 (current)"),
        "{releases}"
    );
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
    let hits = json["hits"].as_array().unwrap();
    assert!(!hits.is_empty() && hits.len() <= 3);
    assert_eq!(hits[0]["term"]["lang"], "zh");
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
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["by"], "instruments");
    let m = &v["table"];
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

#[test]
fn a_retired_term_shows_in_its_release_and_not_after() {
    let v = fixture("valid");
    let old = stdout(&luxterm(&[
        "show",
        "csam",
        "--release",
        "0.1.0",
        "--lang",
        "fr",
        "--glossary",
        &v,
    ]));
    let new = stdout(&luxterm(&[
        "show",
        "csam",
        "--lang",
        "fr",
        "--glossary",
        &v,
    ]));
    // The French preferred term of 0.1.0 was replaced in 0.2.0: each release shows its own.
    assert!(
        old.starts_with("matériel d'abus sexuels sur enfants\n"),
        "{old}"
    );
    assert!(!old.contains("concernant des enfants"), "{old}");
    assert!(
        new.starts_with("matériel d'abus sexuels concernant des enfants\n"),
        "{new}"
    );
    assert!(!new.contains("sexuels sur enfants"), "{new}");
    // So are the retired definition and citation.
    let old_all = stdout(&luxterm(&[
        "show",
        "csam",
        "--release",
        "0.1.0",
        "--glossary",
        &v,
    ]));
    let new_all = stdout(&luxterm(&["show", "csam", "--glossary", &v]));
    assert!(old_all.contains("OPSC art. 3(1)(c)") && !new_all.contains("OPSC art. 3(1)(c)"));
    insta::assert_snapshot!("show_release_0_1_0", old_all);
    insta::assert_snapshot!(
        "show_release_0_1_0_json",
        stdout(&luxterm(&[
            "show",
            "csam",
            "--release",
            "0.1.0",
            "--json",
            "--glossary",
            &v,
        ]))
    );
}

#[test]
fn list_falls_back_alike_in_text_and_json() {
    // No concept has a Portuguese-from-Brazil term in the fixture: both outputs fall back to
    // English, and both say so.
    let v = fixture("valid");
    let text = stdout(&luxterm(&["list", "--lang", "pt-BR", "--glossary", &v]));
    let json: serde_json::Value = serde_json::from_str(&stdout(&luxterm(&[
        "list",
        "--lang",
        "pt-BR",
        "--json",
        "--glossary",
        &v,
    ])))
    .unwrap();
    for c in json["concepts"].as_array().unwrap() {
        let name = c["name"]["text"].as_str().unwrap();
        assert_eq!(c["name"]["fallback"], true);
        assert_eq!(c["name"]["lang"], "en");
        let line = text
            .lines()
            .find(|l| l.starts_with(c["id"].as_str().unwrap()))
            .unwrap();
        assert!(line.contains(name), "{line}");
        assert!(line.contains("none in the language asked"), "{line}");
    }
}

#[test]
fn no_user_facing_output_is_debug_formatting() {
    // Kinds print by their source-format names, never as Rust's Debug (`Protocol`, `Defines`).
    let kinds = [
        "treaty",
        "protocol",
        "directive",
        "proposal",
        "guideline",
        "resolution",
    ];
    for line in stdout(&luxterm(&["instruments"])).lines() {
        let kind = line.split_whitespace().nth(1).unwrap();
        assert!(kinds.contains(&kind), "{line}");
    }
    let opsc = stdout(&luxterm(&["instruments", "opsc"]));
    assert!(opsc.contains("· protocol ·"), "{opsc}");
    assert!(opsc.contains("— defines [verified]"), "{opsc}");
    for text in [
        opsc,
        stdout(&luxterm(&["show", "child"])),
        stdout(&luxterm(&["releases"])),
    ] {
        for debug in ["Some(", "None", "— Defines", "— Criminalises", "Version {"] {
            assert!(!text.contains(debug), "{debug} in {text}");
        }
    }
}

fn schema_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schema")
}

fn schema(name: &str) -> serde_json::Value {
    let path = schema_dir().join(format!("{name}.schema.json"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn json_schemas_are_current() {
    for name in [
        "show",
        "search",
        "compare",
        "diff",
        "list",
        "instruments",
        "coverage",
        "releases",
    ] {
        let o = luxterm(&["schema", name]);
        assert!(o.status.success());
        let generated: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let shipped = schema(name);
        if generated != shipped {
            if generated["$id"] == shipped["$id"] {
                panic!(
                    "the JSON output of `luxterm {name}` changed, but its schema version did not: \
                     bump SCHEMA_VERSION in crates/luxterm-cli/src/json.rs, then run \
                     `cargo run -p luxterm-cli -- schema --out crates/luxterm-cli/schema`"
                );
            }
            panic!(
                "the schema of `luxterm {name}` is stale: run \
                 `cargo run -p luxterm-cli -- schema --out crates/luxterm-cli/schema`"
            );
        }
    }
}

#[test]
fn every_json_output_validates_against_its_shipped_schema() {
    let v = fixture("valid");
    let runs: Vec<(&str, Vec<&str>)> = vec![
        (
            "show",
            vec!["show", "child-sexual-abuse-material", "--json"],
        ),
        (
            "show",
            vec!["show", "child pornography", "--json", "--lang", "ar"],
        ),
        (
            "show",
            vec![
                "show",
                "csam",
                "--json",
                "--release",
                "0.1.0",
                "--glossary",
                &v,
            ],
        ),
        ("search", vec!["search", "pedopornografia", "--json"]),
        ("search", vec!["search", "儿童", "--json", "--lang", "zh"]),
        (
            "compare",
            vec![
                "compare",
                "csam",
                "child-sexual-exploitation-material",
                "--json",
            ],
        ),
        (
            "compare",
            vec!["compare", "child", "--by", "languages", "--json"],
        ),
        (
            "compare",
            vec![
                "compare",
                "csam",
                "--by",
                "instruments",
                "--json",
                "--lang",
                "fr",
            ],
        ),
        (
            "compare",
            vec!["compare", "csam", "--by", "releases", "--json"],
        ),
        (
            "compare",
            vec![
                "compare",
                "csam",
                "--by",
                "releases",
                "--json",
                "--glossary",
                &v,
            ],
        ),
        ("diff", vec!["diff", "0.1.0", "1.0.0", "--json"]),
        (
            "diff",
            vec!["diff", "0.1.0", "0.2.0", "--json", "--glossary", &v],
        ),
        ("list", vec!["list", "--json", "--lang", "ru"]),
        ("instruments", vec!["instruments", "--json"]),
        (
            "instruments",
            vec!["instruments", "lanzarote-convention", "--json"],
        ),
        ("coverage", vec!["coverage", "--json"]),
        ("releases", vec!["releases", "--json"]),
    ];
    for (name, args) in runs {
        let o = luxterm(&args);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        let value: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
        let validator = jsonschema::validator_for(&schema(name)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .take(5)
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
}

#[test]
fn an_invalid_output_fails_the_schema() {
    // The validation above can fail: a concept page without its id does not validate.
    let mut value: serde_json::Value =
        serde_json::from_str(&stdout(&luxterm(&["show", "child", "--json"]))).unwrap();
    value.as_object_mut().unwrap().remove("id");
    let validator = jsonschema::validator_for(&schema("show")).unwrap();
    assert!(!validator.is_valid(&value));
}

#[test]
fn import_tbx_exits_0_1_2_and_validates() {
    let tbx = |name: &str| {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../luxterm-data/tests/fixtures/tbx")
            .join(name)
            .to_str()
            .unwrap()
            .to_owned()
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-import-tbx");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let into = dir.join("new");
    let into = into.to_str().unwrap();
    // Usage errors: 2, and the help has examples.
    assert_eq!(
        luxterm(&["import", "tbx", &tbx("good-dca.tbx")])
            .status
            .code(),
        Some(2)
    );
    let help = stdout(&luxterm(&["import", "tbx", "--help"]));
    assert!(
        help.contains("Examples:") && help.contains("--into"),
        "{help}"
    );
    // Bad input: 1, located diagnostics, nothing written.
    let o = luxterm(&[
        "import",
        "tbx",
        &tbx("bad/dtd-entity-bomb.tbx"),
        "--into",
        into,
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(
        err.contains("dtd-entity-bomb.tbx:2:1") && err.contains("unchanged"),
        "{err}"
    );
    assert!(!std::path::Path::new(into).exists());
    // Good input: 0, a report, and a folder `luxterm validate` accepts.
    let o = luxterm(&["import", "tbx", &tbx("good-tbx2008.tbx"), "--into", into]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        stdout(&o).starts_with("imported 1 concept, 3 terms"),
        "{}",
        stdout(&o)
    );
    assert!(luxterm(&["validate", into]).status.success());
    // Again: every id conflicts, exit 1.
    let o = luxterm(&["import", "tbx", &tbx("good-tbx2008.tbx"), "--into", into]);
    assert_eq!(o.status.code(), Some(1));
}
