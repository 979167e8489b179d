//! Replays the seed corpora of the fuzz targets (`fuzz/corpus/<target>/`) and every crash the
//! fuzzers ever found (`fuzz/regressions/<target>/`) through the functions the targets call, so
//! that `cargo test` (stable, no libFuzzer) keeps them passing.

#![allow(clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use luxterm_tests::fuzz;

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz")
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default();
    out.retain(|p| p.is_file());
    out.sort();
    out
}

fn replay(kind: &str, target: &str) -> usize {
    let inputs = files(&fuzz_dir().join(kind).join(target));
    for input in &inputs {
        let data = fs::read(input).unwrap_or_else(|e| panic!("{}: {e}", input.display()));
        eprintln!("{}", input.display());
        assert!(fuzz::run(target, &data), "no fuzz target {target}");
    }
    inputs.len()
}

#[test]
fn every_seed_runs_clean() {
    for target in fuzz::TARGETS {
        let n = replay("corpus", target);
        assert!(
            n >= 5,
            "fuzz/corpus/{target} holds {n} seeds: expected a few dozen"
        );
    }
}

#[test]
fn every_crash_found_stays_fixed() {
    for target in fuzz::TARGETS {
        replay("regressions", target);
    }
}

#[test]
fn the_loader_seeds_reach_a_loaded_glossary() {
    // The seeds that start from the valid fixture and add a real file must load: otherwise the
    // target would only ever exercise diagnostics.
    let dir = fuzz_dir().join("corpus/load");
    let loading = files(&dir)
        .iter()
        .filter_map(|p| fs::read(p).ok())
        .filter(|data| luxterm_data::load_sources("seed", &fuzz::sources(data)).is_ok())
        .count();
    assert!(loading >= 3, "{loading} loader seeds load");
}

#[test]
fn the_compact_seeds_still_decode() {
    // Seeds that no longer decode (after a change of the compact format) would only exercise
    // the header checks: regenerate them with `LUXTERM_WRITE_SEEDS=1 cargo test -p luxterm-tests
    // --test fuzz_seeds`.
    let dir = fuzz_dir().join("corpus/compact");
    let decoding = files(&dir)
        .iter()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("fixture-"))
        })
        .filter(|p| {
            fs::read(p)
                .ok()
                .is_some_and(|b| luxterm::Glossary::from_compact(&b).is_ok())
        })
        .count();
    assert!(decoding >= 2, "{decoding} compact seeds decode");
}

#[test]
fn write_compact_seeds_when_asked() {
    if std::env::var_os("LUXTERM_WRITE_SEEDS").is_none() {
        return;
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/valid");
    let data = luxterm_data::load_dir(&fixture, "valid").unwrap_or_else(|e| panic!("{e:?}"));
    let dir = fuzz_dir().join("corpus/compact");
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    for (name, part) in [
        ("fixture-whole", luxterm::compact::Part::Whole),
        ("fixture-search", luxterm::compact::Part::Search),
    ] {
        let bytes = luxterm::compact::encode(&data, part).unwrap_or_else(|e| panic!("{e}"));
        fs::write(dir.join(name), &bytes).unwrap_or_else(|e| panic!("{e}"));
        // The same payload behind the target's "make the header valid" mode (an odd first byte).
        let mut fixed = vec![if part == luxterm::compact::Part::Whole {
            1
        } else {
            3
        }];
        fixed.extend_from_slice(
            bytes
                .get(luxterm::compact::HEADER_LEN..)
                .unwrap_or_default(),
        );
        fs::write(dir.join(format!("{name}-payload")), fixed).unwrap_or_else(|e| panic!("{e}"));
    }
}

#[test]
fn the_reader_seeds_reach_findings() {
    // Seeds that every reader refuses would only exercise its errors: the real documents must be
    // read and checked, with findings.
    use luxterm::check::{embedded, input};
    let checker = embedded();
    let read = |target: &str, name: &str| {
        let path = fuzz_dir().join("corpus").join(target).join(name);
        fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    for name in [
        "split-runs.docx",
        "six-languages.docx",
        "footnotes.docx",
        "python-docx-report.docx",
    ] {
        let doc = input::docx(&read("docx", name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let findings = checker.check_document(&doc, &Default::default());
        assert!(!findings.is_empty(), "{name}: no finding");
    }
    for name in ["external-rel.docx", "dtd.docx", "not-a-zip.docx"] {
        assert!(input::docx(&read("docx", name)).is_err(), "{name} is read");
    }
    for name in [
        "memo-2.0-en-es.xlf",
        "memo-1.1-en-fr.xlf",
        "v12-small.xlf",
        "v20-small.xlf",
    ] {
        let bytes = read("xliff", name);
        let text = std::str::from_utf8(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        let doc = input::xliff(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            !checker.check_document(&doc, &Default::default()).is_empty(),
            "{name}: no finding"
        );
    }
    for name in ["entity-bomb.xlf", "xxe.xlf", "malformed.xlf"] {
        let bytes = read("xliff", name);
        let text = std::str::from_utf8(&bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(input::xliff(text).is_err(), "{name} is read");
    }
}

#[test]
fn the_import_seeds_reach_a_plan() {
    // Seeds that every import refuses would only exercise diagnostics: the exports of the real
    // glossary (TBX-Basic and TBX 2008) and the good fixtures must import, the bad ones not.
    use luxterm_data::import::{ImportOptions, Target, plan_tbx};
    let dir = fuzz_dir().join("corpus/import");
    let options = ImportOptions::default();
    let mut planned = 0;
    for path in files(&dir) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        let plan = plan_tbx(&name, &text, &Target::New, "new", &options);
        if name == "bad-conflict.tbx" || name == "bad-xml-not-utf8.tbx" {
            // A conflict with a folder's own concepts imports into a new folder; a file that is
            // not UTF-8 is refused when read, before `plan_tbx` (the target reads it lossily).
            continue;
        } else if name.starts_with("bad-") {
            assert!(plan.is_err(), "{name} imports");
        } else {
            let plan = plan.unwrap_or_else(|e| panic!("{name}: {}", e.render(false)));
            assert!(plan.report.concepts > 0, "{name}: no concept");
            planned += 1;
        }
    }
    assert!(planned >= 6, "{planned} import seeds import");
}

#[test]
fn the_index_seeds_hold_loadable_indexes() {
    // Seeds written by an older format would only ever reach `IndexError::Version`: at least
    // two must load (then the fuzzer starts from valid indexes), and the damaged ones must not.
    let dir = fuzz_dir().join("corpus/index");
    let mut loaded = 0;
    for path in files(&dir) {
        let bytes = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let ok = luxterm_text::SearchIndex::from_vec(bytes).is_ok();
        let want = name.ends_with("-index")
            && !name.starts_with("damaged")
            && !name.starts_with("truncated");
        assert_eq!(ok, want, "{}", path.display());
        loaded += usize::from(ok);
    }
    assert!(
        loaded >= 2,
        "only {loaded} index seeds load: regenerate them for the current format"
    );
}
