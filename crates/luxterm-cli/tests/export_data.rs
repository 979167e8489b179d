//! `luxterm export` for the CSV, XLSX, SKOS and JSON formats, run as a user runs it: the bytes
//! it writes are the core's export of the same selection (the formats themselves are checked by
//! the real tools in scripts/check-exports.sh).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm::Glossary;
use luxterm::export::{Scope, Selection, csv, json, skos, xlsx};
use std::process::{Command, Output};

fn luxterm(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_luxterm"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run luxterm")
}

#[test]
fn each_format_writes_the_cores_bytes() {
    let g = Glossary::embedded();
    let selected = Selection {
        scope: Scope::Category(luxterm::Category::Material),
        languages: Some(vec!["en".into(), "fr".into()]),
        release: Some("1.0.0".parse().unwrap()),
    }
    .resolve(g)
    .unwrap();
    let dir = std::env::temp_dir().join(format!("luxterm-export-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "csv",
            csv::csv(
                &selected,
                &csv::CsvOptions {
                    bom: true,
                    ..Default::default()
                },
            )
            .unwrap(),
        ),
        ("xlsx", xlsx::xlsx(&selected, &Default::default()).unwrap()),
        (
            "skos-ttl",
            skos::turtle(&selected, &Default::default()).unwrap(),
        ),
        (
            "skos-jsonld",
            skos::json_ld(&selected, &Default::default()).unwrap(),
        ),
        ("json", json::json(&selected).unwrap()),
    ];
    for (format, expected) in cases {
        let file = dir.join(format!("out.{format}"));
        let out = luxterm(&[
            "export",
            "--format",
            format,
            "--category",
            "material",
            "--lang",
            "en",
            "--lang",
            "fr",
            "--release",
            "1.0.0",
            "--bom",
            "-o",
            file.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read(&file).unwrap();
        assert!(written == expected, "{format}: not the core's bytes");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_selections_say_what_is_wrong() {
    let out = luxterm(&["export", "--format", "csv", "--concept", "nope"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no concept `nope`"));
    let out = luxterm(&["export", "--format", "skos-ttl", "--base", "not a uri"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("base URI"));
    let out = luxterm(&["export", "--format", "json", "--release", "9.9.9"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no release 9.9.9"));
}
