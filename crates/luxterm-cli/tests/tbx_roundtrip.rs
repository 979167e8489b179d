//! The TBX round trip as a user runs it: the real glossary exported as TBX, imported into a
//! folder, validated by `luxterm validate`, and exported again gives the same bytes (a fixed
//! point), for TBX-Basic (ISO 30042:2019, DCA) and TBX 2008 (`martif`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn luxterm(args: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_luxterm"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run luxterm");
    assert!(
        o.status.success(),
        "luxterm {args:?} failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn glossary() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../glossary")
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A glossary folder with the real glossary's releases, elements and instruments and no
/// concept: what TBX does not carry (instruments are only cited by id) is there to cite.
fn seeded(dir: &Path) -> PathBuf {
    let g = dir.join("glossary");
    std::fs::create_dir_all(g.join("concepts")).unwrap();
    std::fs::create_dir_all(g.join("instruments")).unwrap();
    for f in ["releases.toml", "elements.toml"] {
        std::fs::copy(glossary().join(f), g.join(f)).unwrap();
    }
    for e in std::fs::read_dir(glossary().join("instruments")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), g.join("instruments").join(e.file_name())).unwrap();
    }
    g
}

fn round_trip(format: &str) {
    let dir = scratch(&format!("tbx-roundtrip-{format}"));
    let first = dir.join("first.tbx");
    let second = dir.join("second.tbx");
    luxterm(&["export", "--format", format, "-o", first.to_str().unwrap()]);
    let into = seeded(&dir);
    let report = luxterm(&[
        "import",
        "tbx",
        first.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    let report = String::from_utf8(report.stdout).unwrap();
    let concepts = std::fs::read_dir(glossary().join("concepts"))
        .unwrap()
        .count();
    assert!(
        report.starts_with(&format!("imported {concepts} concepts")),
        "{report}"
    );
    luxterm(&["validate", into.to_str().unwrap()]);
    luxterm(&[
        "--glossary",
        into.to_str().unwrap(),
        "export",
        "--format",
        format,
        "-o",
        second.to_str().unwrap(),
    ]);
    let (a, b) = (
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap(),
    );
    if a != b {
        let (a, b) = (String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
        let line = a
            .lines()
            .zip(b.lines())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "{format}: the second export differs from the first at line {}:\n  first:  {}\n  second: {}",
            line + 1,
            a.lines().nth(line).unwrap_or(""),
            b.lines().nth(line).unwrap_or("")
        );
    }
}

#[test]
fn tbx_basic_export_import_export_is_a_fixed_point() {
    round_trip("tbx");
}

#[test]
fn tbx_2008_export_import_export_is_a_fixed_point() {
    round_trip("tbx2");
}

#[test]
fn the_export_imports_into_a_new_folder_that_validates() {
    // Without instruments to cite, definitions and citations cannot be kept: the report says
    // so, and what is written still validates.
    let dir = scratch("tbx-roundtrip-new");
    let file = dir.join("luxterm.tbx");
    luxterm(&["export", "--format", "tbx", "-o", file.to_str().unwrap()]);
    let into = dir.join("new");
    let o = luxterm(&[
        "import",
        "tbx",
        file.to_str().unwrap(),
        "--into",
        into.to_str().unwrap(),
    ]);
    let report = String::from_utf8(o.stdout).unwrap();
    assert!(report.contains("into a new folder"), "{report}");
    assert!(
        report.contains("names no instrument of the folder"),
        "{report}"
    );
    luxterm(&["validate", into.to_str().unwrap()]);
}
