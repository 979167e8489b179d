//! Every broken glossary under `fixtures/` gives its exact diagnostics, pinned by a snapshot.
//!
//! A fixture is a whole glossary folder with one fault (or, for `many-problems`, several). Its
//! name starts with the code of the check it exercises, so the test also asserts that this check,
//! and not another, caught it. A fixture whose fault is a warning (`stale-unverified`,
//! `typography-…`) loads, and its warnings are pinned instead.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn the_valid_fixture_loads() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid");
    let loaded = luxterm_data::load_dir_with_warnings(&dir, "valid").expect("valid fixture loads");
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    let g = loaded.glossary;
    assert_eq!(g.concepts.len(), 2);
    assert_eq!(g.releases.len(), 2);
}

#[test]
fn every_broken_fixture_gives_its_diagnostics() {
    let mut checked = 0;
    for dir in fixtures() {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name == "valid" {
            continue;
        }
        let (diagnostics, rendered) = match luxterm_data::load_dir_with_warnings(&dir, &name) {
            Ok(l) if l.warnings.is_empty() => panic!("fixture {name} loaded, but it is broken"),
            Ok(l) => {
                let rendered = l.render_warnings(false);
                (l.warnings, rendered)
            }
            Err(e) => {
                let rendered = e.render(false);
                (e.diagnostics, rendered)
            }
        };
        if name != "many-problems" {
            assert!(
                diagnostics
                    .iter()
                    .any(|d| name.starts_with(d.code.as_str())),
                "fixture {name}: expected a diagnostic {name}…, got {:?}",
                diagnostics
                    .iter()
                    .map(|d| d.code.as_str())
                    .collect::<Vec<_>>()
            );
        }
        for d in &diagnostics {
            if d.code.as_str() != "io" {
                assert!(
                    d.line > 0 && d.column > 0,
                    "{name}: no line/column in {d:?}"
                );
            }
            assert!(!d.help.is_empty(), "{name}: no hint in {d:?}");
            if d.line > 0 {
                // The rendered place counts characters, as `column` does.
                let place = format!("{}:{}:{}]", d.file, d.line, d.column);
                assert!(
                    rendered.contains(&place),
                    "{name}: {place} not in\n{rendered}"
                );
            }
        }
        insta::assert_snapshot!(name.as_str(), rendered);
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} broken fixtures");
}

#[test]
fn many_problems_are_all_reported_at_once() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/many-problems");
    let err = luxterm_data::load_dir(&dir, "many-problems").unwrap_err();
    let files: std::collections::BTreeSet<&str> =
        err.diagnostics.iter().map(|d| d.file.as_str()).collect();
    assert!(err.diagnostics.len() >= 3, "{:#?}", err.diagnostics);
    assert!(
        files.len() >= 2,
        "problems in several files are all reported: {files:?}"
    );
}
