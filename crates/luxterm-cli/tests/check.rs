//! `luxterm check`, run as a user runs it: rustc-style output, JSON, SARIF, exit codes.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../luxterm/tests/fixtures/check")
        .join(name);
    p.to_str().unwrap().to_owned()
}

fn luxterm(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_luxterm"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run luxterm");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn human_output_in_six_languages() {
    let path = fixture("sample.txt");
    let o = luxterm(&["check", &path], b"");
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8(o.stdout)
        .unwrap()
        .replace(&path, "sample.txt");
    insta::assert_snapshot!(out);
}

#[test]
fn exit_codes() {
    // Clean text: 0.
    let o = luxterm(
        &["check", "-"],
        b"Child sexual abuse material must be reported.",
    );
    assert_eq!(o.status.code(), Some(0));
    // Findings at or above --deny: 1; info alone never fails.
    assert_eq!(
        luxterm(&["check", "-"], b"child porn").status.code(),
        Some(1)
    );
    let o = luxterm(
        &["check", "-"],
        b"Article 2(c) of the OPSC defines child pornography.",
    );
    assert_eq!(o.status.code(), Some(0));
    // Unreadable input: 2 with a clear message.
    let o = luxterm(&["check", "-"], b"\xFFchild porn");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not UTF-8: invalid byte at offset 0"));
    let o = luxterm(&["check", "/nonexistent/file.txt"], b"");
    assert_eq!(o.status.code(), Some(2));
    let not_a_zip =
        std::env::temp_dir().join(format!("luxterm-not-a-zip-{}.docx", std::process::id()));
    std::fs::write(&not_a_zip, b"plain text").unwrap();
    let o = luxterm(&["check", not_a_zip.to_str().unwrap()], b"");
    let _ = std::fs::remove_file(&not_a_zip);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a .docx (zip) file"));
    // Usage errors: 2.
    assert_eq!(luxterm(&["check"], b"").status.code(), Some(2));
    assert_eq!(
        luxterm(&["check", "-", "--deny", "never"], b"")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn deny_caution_and_lang() {
    let xlf = fixture("memo.en-fr.xlf");
    // The missing equivalent is at caution level: only --deny caution fails on it alone.
    let o = luxterm(&["check", &xlf, "--format", "json"], b"");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["summary"]["avoid"], 1);
    assert_eq!(v["summary"]["caution"], 1);
    let o = luxterm(&["check", "-", "--lang", "fr"], b"child porn");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn json_is_the_report_view() {
    let o = luxterm(
        &["check", "-", "--format", "json"],
        "La pédopornographie.".as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format_version"], 1);
    let f = &v["files"][0]["findings"][0];
    assert_eq!(f["span"]["start"], 3);
    assert_eq!(f["span"]["end"], 20);
    assert_eq!(f["span"]["start_utf16"], 3);
    assert_eq!(f["instead"], "matériel d'abus sexuels sur enfants");
    assert_eq!(f["level"], "avoid");
}

#[test]
fn sarif_has_rules_results_and_regions() {
    let o = luxterm(&["check", "-", "--format", "sarif"], b"x\nchild porn");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let r = &v["runs"][0]["results"][0];
    assert_eq!(r["ruleId"], "avoid-term");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startLine"],
        2
    );
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        1
    );
}
