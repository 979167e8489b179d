//! `luxterm export`, run as a user runs it: pinned files of small selections, and the errors of
//! bad selections. (That other programs accept the files is checked by scripts/check-tbx.sh.)

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

fn fixture() -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid");
    p.to_str().unwrap().to_owned()
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn tbx_of_the_fixture_glossary() {
    let g = fixture();
    let basic = ok(&luxterm(&["--glossary", &g, "export", "--format", "tbx"]));
    insta::assert_snapshot!("export_fixture_tbx", basic);
    let v2 = ok(&luxterm(&["--glossary", &g, "export", "--format", "tbx2"]));
    insta::assert_snapshot!("export_fixture_tbx2", v2);
}

#[test]
fn tbx_of_one_real_concept_in_one_language_as_of_1_0_0() {
    let o = luxterm(&[
        "export",
        "--format",
        "tbx",
        "--concept",
        "child-sexual-abuse-material",
        "--lang",
        "en",
        "--release",
        "1.0.0",
    ]);
    let xml = ok(&o);
    assert!(xml.contains("<p>luxterm glossary, release 1.0.0 of 2026-11-28</p>"));
    insta::assert_snapshot!("export_csam_en_1_0_0", xml);
}

#[test]
fn output_file_holds_the_same_bytes_as_stdout_and_a_category_selects() {
    let dir = std::env::temp_dir().join(format!("luxterm-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("material.tbx");
    let args = ["export", "--format", "tbx2", "--category", "material"];
    let to_file = luxterm(&[&args[..], &["-o", file.to_str().unwrap()]].concat());
    assert!(to_file.status.success());
    assert!(to_file.stdout.is_empty());
    let stdout = ok(&luxterm(&args));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    assert!(stdout.contains(r#"<termEntry id="child-sexual-abuse-material">"#));
    assert!(!stdout.contains(r#"<termEntry id="sale-of-children">"#));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_selections_exit_2_and_say_how_to_fix_them() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["--release", "9.0.0"],
            "error: the glossary has no release 9.0.0; `luxterm releases` lists",
        ),
        (
            &["--concept", "no-such-concept"],
            "error: the glossary has no concept `no-such-concept`; `luxterm list` lists",
        ),
        (
            &["--lang", "xx"],
            "error: no concept of the glossary has a term in the language `xx`; `luxterm coverage`",
        ),
        (
            &["--release", "one"],
            "invalid value 'one' for '--release <V>'",
        ),
        (
            &["--category", "material", "--concept", "child"],
            "cannot be used with",
        ),
    ];
    for (extra, message) in cases {
        let o = luxterm(&[&["export", "--format", "tbx"], extra].concat());
        let stderr = String::from_utf8(o.stderr).unwrap();
        assert_eq!(o.status.code(), Some(2), "{extra:?}: {stderr}");
        assert!(stderr.contains(message), "{extra:?}: {stderr}");
        assert!(o.stdout.is_empty(), "{extra:?} wrote output");
    }
    let o = luxterm(&["export", "--format", "docx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8(o.stderr)
            .unwrap()
            .contains("unknown export format `docx`; expected one of tbx, tbx2, csv")
    );
}

#[test]
fn help_has_examples() {
    let help = ok(&luxterm(&["export", "--help"]));
    assert!(help.contains("luxterm export --format tbx -o luxterm.tbx"));
    assert!(help.contains("Exit status: 0 written, 2 a bad selection"));
}
