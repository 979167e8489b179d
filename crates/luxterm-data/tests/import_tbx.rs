//! The TBX import: every bad input gives its pinned diagnostics and leaves the folder exactly as
//! it was; good files import into sources the real loader validates; the publisher's own valid
//! example imports (when the interop schemas are at hand).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use luxterm_data::diag::Code;
use luxterm_data::import::{ImportOptions, Limits, import_tbx};
use luxterm_data::model::Category;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixtures() -> PathBuf {
    manifest().join("tests/fixtures/tbx")
}

/// The workspace's small valid glossary (two concepts, the instruments `opsc` and `guidelines`).
fn valid_glossary() -> PathBuf {
    manifest().join("../../tests/fixtures/valid")
}

/// A fresh scratch folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("import-tbx")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` (and every folder), with its bytes.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    if !dir.exists() {
        return out;
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            let rel = p.strip_prefix(dir).unwrap().to_path_buf();
            if e.file_type().unwrap().is_dir() {
                out.insert(rel, Vec::new());
                stack.push(p);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    out
}

fn options() -> ImportOptions {
    ImportOptions {
        date: Some("2026-12-01".parse().unwrap()),
        ..Default::default()
    }
}

/// Rendered diagnostics with the machine's paths replaced by stable ones.
/// The diagnostics as `ImportError::render` gives them, but with no line wrapped: miette wraps at
/// 100 columns, and the absolute path of the file (which depends on where the repository is
/// checked out) would move the wraps and break the snapshots on another machine.
fn unwrapped(err: &luxterm_data::import::ImportError) -> String {
    let handler =
        miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
            .with_width(100_000)
            .with_context_lines(1);
    let mut out = String::new();
    for d in &err.diagnostics {
        let mut one = String::new();
        if handler.render_report(&mut one, d).is_err() {
            one = d.short();
        }
        out.push_str(&one);
        out.push('\n');
    }
    out.push_str(&err.to_string());
    out.push('\n');
    out
}

fn stable(text: &str) -> String {
    text.replace(&fixtures().display().to_string(), "tests/fixtures/tbx")
        .replace(env!("CARGO_TARGET_TMPDIR"), "$TMP")
}

/// The code a fixture's name starts with.
fn expected_code(name: &str) -> Code {
    let table = [
        ("xml-", Code::Xml),
        ("tbx-root-", Code::TbxRoot),
        ("unknown-data-category", Code::UnknownDataCategory),
        ("unknown-picklist-value", Code::UnknownPicklistValue),
        ("unknown-category", Code::UnknownCategory),
        ("missing-language", Code::MissingLanguage),
        ("missing-preferred", Code::MissingPreferred),
        ("duplicate-", Code::Duplicate),
        ("conflict", Code::Conflict),
        ("external-entity", Code::ExternalEntity),
        ("dtd-", Code::Dtd),
        ("too-deep", Code::TooDeep),
    ];
    table
        .iter()
        .find(|(prefix, _)| name.starts_with(prefix))
        .map(|(_, c)| *c)
        .unwrap_or_else(|| panic!("fixture {name}: name it after the code it must give"))
}

#[test]
fn every_bad_input_is_refused_with_its_diagnostic_and_writes_nothing() {
    let mut names: Vec<String> = std::fs::read_dir(fixtures().join("bad"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".tbx"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "only {} bad fixtures", names.len());
    for name in &names {
        let file = fixtures().join("bad").join(name);
        let stem = name.trim_end_matches(".tbx");
        // Into an existing glossary folder: refused, and every byte of the folder unchanged.
        let dir = scratch(&format!("bad-existing-{stem}"));
        let into = dir.join("glossary");
        copy_dir(&valid_glossary(), &into);
        let before = contents(&dir);
        let err = import_tbx(&file, &into, &options())
            .expect_err(&format!("{name} imported into an existing folder"));
        assert_eq!(contents(&dir), before, "{name} changed the folder");
        let code = expected_code(stem);
        assert!(
            err.diagnostics.iter().any(|d| d.code == code),
            "{name}: expected {code:?}, got {:?}",
            err.diagnostics
        );
        for d in &err.diagnostics {
            assert!(
                d.file.ends_with(name),
                "{name}: diagnostic about {}",
                d.file
            );
            assert!(d.line > 0 && d.column > 0, "{name}: no place: {d:?}");
            assert!(!d.help.is_empty(), "{name}: no help: {d:?}");
        }
        insta::assert_snapshot!(format!("bad-{stem}"), stable(&unwrapped(&err)));
        // Into a new folder: refused (a conflict needs a folder to conflict with), and nothing
        // created, not even the folder or a temporary one beside it.
        if code != Code::Conflict {
            let dir = scratch(&format!("bad-new-{stem}"));
            let into = dir.join("new");
            assert!(import_tbx(&file, &into, &options()).is_err(), "{name}");
            assert!(
                contents(&dir).is_empty(),
                "{name} wrote {:?}",
                contents(&dir)
            );
        }
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = scratch("too-large");
    // A sparse 200 MB file: refused from its size alone, in no time and no memory.
    let big = dir.join("big.tbx");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let into = dir.join("new");
    let err = import_tbx(&big, &into, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.diagnostics[0].code, Code::TooLarge);
    assert!(!into.exists());
    insta::assert_snapshot!("too-large", stable(&unwrapped(&err)));
    // The limit is configurable.
    let small = ImportOptions {
        limits: Limits {
            max_bytes: 100,
            ..Limits::default()
        },
        ..options()
    };
    let err = import_tbx(&fixtures().join("good-dca.tbx"), &into, &small).unwrap_err();
    assert_eq!(err.diagnostics[0].code, Code::TooLarge);
    assert!(!into.exists());
}

#[test]
fn the_depth_limit_is_configurable() {
    let dir = scratch("depth");
    let shallow = ImportOptions {
        limits: Limits {
            max_depth: 5,
            ..Limits::default()
        },
        ..options()
    };
    let err = import_tbx(&fixtures().join("good-dca.tbx"), &dir.join("new"), &shallow).unwrap_err();
    assert_eq!(err.diagnostics[0].code, Code::TooDeep);
}

#[test]
fn a_luxterm_dca_file_imports_into_an_existing_folder_and_validates() {
    let dir = scratch("good-dca");
    let into = dir.join("glossary");
    copy_dir(&valid_glossary(), &into);
    let before = contents(&into);
    let report = import_tbx(&fixtures().join("good-dca.tbx"), &into, &options()).unwrap();
    assert_eq!(report.concepts, 2);
    assert_eq!(
        report.written,
        [
            "concepts/online-grooming.toml",
            "concepts/solicitation.toml"
        ]
    );
    // Only added to: every file there before is unchanged.
    let after = contents(&into);
    for (path, bytes) in &before {
        assert_eq!(after.get(path), Some(bytes), "{path:?} changed");
    }
    let g = luxterm_data::load_dir(&into, "glossary").unwrap();
    let c = g
        .concepts
        .iter()
        .find(|c| c.id == "online-grooming")
        .unwrap();
    assert_eq!(c.category, Category::OnlineConduct);
    let texts: Vec<(&str, &str)> = c
        .terms
        .iter()
        .map(|t| (t.text.as_ref(), t.status.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            ("online grooming", "preferred"),
            ("cyber grooming", "use-with-caution"),
            ("internet luring", "avoid"),
            ("pédopiégeage", "preferred"),
        ]
    );
    let t = &c.terms[0];
    assert_eq!(t.abbreviation.as_deref(), Some("OG"));
    assert_eq!(c.terms[2].instead.as_deref(), Some("online grooming"));
    assert_eq!(c.terms[2].why.as_deref(), Some("It hides the abuse."));
    // Imported citations are never marked verified.
    assert!(c.terms[2].legal_term_of.iter().all(|l| !l.verified));
    assert!(c.definitions.iter().all(|d| !d.source.verified));
    assert!(c.citations.iter().all(|x| !x.citation.verified));
    assert_eq!(
        c.citations[0].citation.pinpoint.as_deref(),
        Some("possession")
    );
    assert_eq!(c.guidance.len(), 1);
    assert_eq!(c.guidance[0].reason.len(), 2);
    assert_eq!(c.relations.len(), 2);
    insta::assert_snapshot!(
        "good-dca-online-grooming.toml",
        std::fs::read_to_string(into.join("concepts/online-grooming.toml")).unwrap()
    );
    insta::assert_snapshot!("good-dca-report", stable(&report.render()));
}

#[test]
fn a_tbx_2008_file_imports_into_a_new_folder_and_validates() {
    let dir = scratch("good-2008");
    let into = dir.join("new-glossary");
    let report = import_tbx(&fixtures().join("good-tbx2008.tbx"), &into, &options()).unwrap();
    assert!(report.new_folder);
    // The loader accepts the new folder as it is on disk.
    let g = luxterm_data::load_dir(&into, "new-glossary").unwrap();
    assert_eq!(g.releases.len(), 1);
    assert_eq!(g.releases[0].version.to_string(), "0.2.0");
    let c = &g.concepts[0];
    assert_eq!(c.terms.len(), 3);
    assert_eq!(
        c.terms[1].instead.as_deref(),
        Some("sexual extortion of children")
    );
    // A new folder has no instruments: the definition's source cannot be kept, so neither can
    // the definition, and the report says so.
    assert!(c.definitions.is_empty());
    assert!(
        report
            .omissions
            .iter()
            .any(|o| o.what.contains("names no instrument")),
        "{}",
        report.render()
    );
    // Nothing is left beside it.
    let beside: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(beside.len(), 1);
    insta::assert_snapshot!("good-tbx2008-report", stable(&report.render()));
}

#[test]
fn importing_twice_is_a_conflict_and_changes_nothing() {
    let dir = scratch("twice");
    let into = dir.join("glossary");
    copy_dir(&valid_glossary(), &into);
    import_tbx(&fixtures().join("good-dca.tbx"), &into, &options()).unwrap();
    let before = contents(&dir);
    let err = import_tbx(&fixtures().join("good-dca.tbx"), &into, &options()).unwrap_err();
    assert!(err.diagnostics.iter().all(|d| d.code == Code::Conflict));
    assert_eq!(err.diagnostics.len(), 2);
    assert_eq!(contents(&dir), before);
}

/// The interop schemas folder: `$LUXTERM_INTEROP_SCHEMAS`, else `../shared/interop-schemas`
/// beside the workspace.
fn interop_schemas() -> PathBuf {
    match std::env::var_os("LUXTERM_INTEROP_SCHEMAS") {
        Some(p) => PathBuf::from(p),
        None => manifest().join("../../../shared/interop-schemas"),
    }
}

#[test]
fn the_publishers_valid_example_imports() {
    let example = interop_schemas().join("tbx/Example_Astronomy_DCA_VALID.tbx");
    if !example.exists() {
        eprintln!(
            "SKIPPED: {} is absent (set LUXTERM_INTEROP_SCHEMAS to the folder holding tbx/)",
            example.display()
        );
        return;
    }
    let dir = scratch("astronomy");
    let into = dir.join("astronomy");
    // Its subject fields (General, Stellar Birth …) are not luxterm categories: without a
    // category for them, the import is refused, each entry pointed at.
    let err = import_tbx(&example, &into, &options()).unwrap_err();
    assert!(
        err.diagnostics
            .iter()
            .all(|d| d.code == Code::UnknownCategory)
    );
    assert!(!into.exists());
    let with_category = ImportOptions {
        category: Some(Category::Umbrella),
        ..options()
    };
    let report = import_tbx(&example, &into, &with_category).unwrap();
    // 45 entries, six of which are bibliographic records with no English term (skipped, and
    // reported).
    assert_eq!(report.concepts, 39, "{}", report.render());
    let skipped = report
        .omissions
        .iter()
        .find(|o| o.what == "an entry without an English term");
    assert_eq!(skipped.map(|o| o.count), Some(6), "{}", report.render());
    let g = luxterm_data::load_dir(&into, "astronomy").unwrap();
    assert_eq!(g.concepts.len(), 39);
    let c1 = g.concepts.iter().find(|c| c.id == "c1").unwrap();
    assert!(c1.terms.iter().any(|t| t.text == "open cluster"));
    assert!(c1.terms.iter().any(|t| t.lang == "es"));
    // Contexts, graphics, transactions and the back matter are reported, never invented.
    let report_text = report.render();
    for what in [
        "descrip type=\"context\"",
        "xref",
        "transacGrp",
        "back matter",
    ] {
        assert!(
            report_text.contains(what),
            "{what} not reported:\n{report_text}"
        );
    }
    let langs: std::collections::BTreeSet<&str> = g
        .concepts
        .iter()
        .flat_map(|c| c.terms.iter().map(|t| t.lang.as_ref()))
        .collect();
    assert!(langs.contains("en") && langs.contains("es"), "{langs:?}");
    let report_text = report_text.replace(
        &example.display().to_string(),
        "Example_Astronomy_DCA_VALID.tbx",
    );
    insta::assert_snapshot!("astronomy-report", report_text);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// The importer never panics, whatever a file holds: a good file cut, spliced or with
    /// bytes replaced gives an import or diagnostics.
    #[test]
    fn damaged_files_never_panic(
        cut in 0usize..4000,
        len in 0usize..200,
        insert in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40),
    ) {
        let good = std::fs::read(fixtures().join("good-dca.tbx")).unwrap();
        let cut = cut.min(good.len());
        let end = (cut + len).min(good.len());
        let mut bytes = good[..cut].to_vec();
        bytes.extend_from_slice(&insert);
        bytes.extend_from_slice(&good[end..]);
        let text = String::from_utf8_lossy(&bytes);
        let target = luxterm_data::import::Target::New;
        let _ = luxterm_data::import::plan_tbx("damaged.tbx", &text, &target, "new", &options());
    }
}

#[test]
fn an_empty_folder_is_a_new_folder_and_a_foreign_one_is_refused() {
    let dir = scratch("empty-target");
    let into = dir.join("empty");
    std::fs::create_dir_all(&into).unwrap();
    let report = import_tbx(&fixtures().join("good-tbx2008.tbx"), &into, &options()).unwrap();
    assert!(report.new_folder);
    luxterm_data::load_dir(&into, "empty").unwrap();
    // A folder that holds other things and no releases.toml is not a glossary: refused, untouched.
    let other = dir.join("other");
    std::fs::create_dir_all(&other).unwrap();
    std::fs::write(other.join("notes.txt"), "mine").unwrap();
    let before = contents(&dir);
    let err = import_tbx(&fixtures().join("good-tbx2008.tbx"), &other, &options()).unwrap_err();
    assert!(
        err.diagnostics[0].message.contains("not a glossary folder"),
        "{}",
        err.render(false)
    );
    assert_eq!(contents(&dir), before);
}
