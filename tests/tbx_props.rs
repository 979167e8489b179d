//! TBX export → import → export is a fixed point, over generated glossaries (`support/
//! glossary_gen.rs`), for TBX-Basic (ISO 30042:2019, DCA) and TBX 2008: each generated folder is
//! loaded by the real loader, exported, imported into a fresh folder holding only its releases
//! and instruments (`import_tbx`, as `luxterm import tbx` does), loaded again and exported again;
//! the two files must be the same bytes, and what the import kept must be what the file says.
//!
//! What TBX cannot carry, and is therefore allowed to differ between the glossary and its
//! import (docs/tbx.md, "Not exported"; [`view`] leaves it out):
//!
//! - the `verified` flag and `evidence` of every citation (imported as `verified = false` with
//!   an evidence naming the file);
//! - inflected `forms`, element-matrix rows, history texts and entry spans (`since`/`until`): the
//!   file is one release as it stood, so a retired entry is not in it, and only the releases
//!   that added the concept and last changed it are kept;
//! - the order of languages (TBX groups a concept's terms and definitions by language, in the
//!   glossary's language order) and of definitions across languages;
//! - the reasons of a guidance on a term other than the one written (the term's language, else
//!   English, else the first), and the boundary between two guidance entries on a concept
//!   with the same advice and citation whose reasons follow each other in language order (TBX
//!   writes one note per reason; the notes of the two read as one entry);
//! - `instead_concept` naming the term's own concept (the same as leaving it out);
//! - the guideline of a guidance, which the file gives only as the citation's instrument (the
//!   generator makes them the same, as the glossary does).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "support/glossary_gen.rs"]
mod glossary_gen;

use luxterm::export::{Format, Selection, export};
use luxterm::{Citation, Concept, Glossary, Status};
use luxterm_data::import::{ImportOptions, import_tbx};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// 64 cases unless `PROPTEST_CASES` asks for more (or fewer).
fn config() -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// A citation as TBX writes it: instrument, provision, pinpoint.
type Cite = (String, Option<String>, Option<String>);

fn cite(c: &Citation) -> Cite {
    (
        c.instrument.to_string(),
        c.provision.as_deref().map(str::to_owned),
        c.pinpoint.as_deref().map(str::to_owned),
    )
}

/// A guidance note: advice, citation, the reason's language and text.
type Note = (String, Cite, String, String);

#[derive(Debug, PartialEq)]
struct TermView {
    text: String,
    status: Status,
    abbreviation: Option<String>,
    pos: Option<String>,
    gender: Option<String>,
    note: Option<String>,
    why: Option<String>,
    instead: Option<(String, Option<String>)>,
    legal: Vec<Cite>,
    guidance: Vec<Note>,
}

/// What TBX carries of a concept as it stands in the exported release.
#[derive(Debug, PartialEq)]
struct ConceptView {
    id: String,
    category: String,
    added: String,
    modified: Option<String>,
    citations: Vec<Cite>,
    relations: Vec<(String, String)>,
    guidance: Vec<Note>,
    definitions: BTreeMap<String, Vec<(String, Cite)>>,
    terms: BTreeMap<String, Vec<TermView>>,
}

fn view(c: &Concept) -> ConceptView {
    let mut terms: BTreeMap<String, Vec<TermView>> = BTreeMap::new();
    for t in c.terms.iter() {
        let guidance = c
            .guidance
            .iter()
            .filter(|g| g.term.as_deref() == Some(&*t.text) && g.term_lang == t.lang)
            .map(|g| {
                let r = g
                    .reason
                    .iter()
                    .find(|r| r.lang == t.lang)
                    .or_else(|| g.reason.iter().find(|r| r.lang == "en"))
                    .or_else(|| g.reason.first())
                    .expect("a guidance has a reason");
                (
                    g.advice.as_str().to_owned(),
                    cite(&g.cite),
                    r.lang.to_string(),
                    r.text.to_string(),
                )
            })
            .collect();
        terms.entry(t.lang.to_string()).or_default().push(TermView {
            text: t.text.to_string(),
            status: t.status,
            abbreviation: t.abbreviation.as_deref().map(str::to_owned),
            pos: t.grammar.pos.map(|p| p.as_str().to_owned()),
            gender: t.grammar.gender.map(|g| g.as_str().to_owned()),
            note: t.note.as_deref().map(str::to_owned),
            why: t.why.as_deref().map(str::to_owned),
            instead: t.instead.as_deref().map(|i| {
                (
                    i.to_owned(),
                    t.instead_concept
                        .as_deref()
                        .filter(|ic| *ic != &*c.id)
                        .map(str::to_owned),
                )
            }),
            legal: t.legal_term_of.iter().map(cite).collect(),
            guidance,
        });
    }
    let mut definitions: BTreeMap<String, Vec<(String, Cite)>> = BTreeMap::new();
    for d in c.definitions.iter() {
        definitions
            .entry(d.lang.to_string())
            .or_default()
            .push((d.text.to_string(), cite(&d.source)));
    }
    ConceptView {
        id: c.id.to_string(),
        category: c.category.as_str().to_owned(),
        added: c.added.to_string(),
        modified: c
            .history
            .iter()
            .map(|h| h.release)
            .filter(|v| *v > c.added)
            .max()
            .map(|v| v.to_string()),
        citations: c.citations.iter().map(|e| cite(&e.citation)).collect(),
        relations: c
            .relations
            .iter()
            .map(|r| (r.kind.as_str().to_owned(), r.concept.to_string()))
            .collect(),
        guidance: c
            .guidance
            .iter()
            .filter(|g| g.term.is_none())
            .flat_map(|g| {
                g.reason.iter().map(|r| {
                    (
                        g.advice.as_str().to_owned(),
                        cite(&g.cite),
                        r.lang.to_string(),
                        r.text.to_string(),
                    )
                })
            })
            .collect(),
        definitions,
        terms,
    }
}

fn scratch() -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "tbx-props-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write_folder(dir: &Path, files: &[(String, String)]) {
    std::fs::create_dir_all(dir.join("concepts")).unwrap();
    std::fs::create_dir_all(dir.join("instruments")).unwrap();
    for (path, text) in files {
        std::fs::write(dir.join(path), text).unwrap();
    }
}

/// The first line where two files differ, for the failure message.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    let (mut x, mut y) = (a.lines(), b.lines());
    for n in 1.. {
        match (x.next(), y.next()) {
            (Some(l), Some(r)) if l == r => continue,
            (None, None) => break,
            (l, r) => {
                return format!(
                    "line {n}:\n  first:  {}\n  second: {}",
                    l.unwrap_or("<end>"),
                    r.unwrap_or("<end>")
                );
            }
        }
    }
    "no line differs (the ends of the files do)".to_owned()
}

/// Loads the folder, exports it in `format`, imports the file into a folder seeded with the
/// releases and instruments, and checks the fixed point and what the import kept.
fn round_trip(folder: &glossary_gen::Folder, format: Format) -> Result<(), TestCaseError> {
    let files = folder.files();
    let data = match luxterm_data::load_sources("generated", &files) {
        Ok(d) => d,
        Err(e) => {
            let text: Vec<String> = e.diagnostics.iter().map(|d| d.render(false)).collect();
            panic!(
                "the generator made a folder the loader refuses:\n{}\n{files:#?}",
                text.join("\n")
            );
        }
    };
    let g = Glossary::from_data(data);
    let selected = Selection::default().resolve(&g).unwrap();
    let first = export(&selected, format).unwrap();
    let dir = scratch();
    let file = dir.join("first.tbx");
    std::fs::write(&file, &first).unwrap();
    let into = dir.join("into");
    write_folder(&into, &folder.seed);
    if let Err(e) = import_tbx(&file, &into, &ImportOptions::default()) {
        return Err(TestCaseError::fail(format!(
            "{format}: the export does not import:\n{}\n{}",
            e.render(false),
            String::from_utf8_lossy(&first)
        )));
    }
    let back = Glossary::load_dir(&into).unwrap();
    let again = Selection::default().resolve(&back).unwrap();
    let second = export(&again, format).unwrap();
    prop_assert!(
        first == second,
        "{format}: the second export differs from the first at {}\n{}",
        first_difference(&first, &second),
        String::from_utf8_lossy(&first)
    );
    let before: Vec<ConceptView> = selected.concepts.iter().map(view).collect();
    let mut after: Vec<ConceptView> = again.concepts.iter().map(view).collect();
    // The import writes concepts by id; the export of both is in id order.
    after.sort_by(|a, b| a.id.cmp(&b.id));
    prop_assert_eq!(before, after, "{}: what the import kept", format);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// TBX-Basic (ISO 30042:2019, DCA).
    #[test]
    fn tbx_basic_export_import_export_is_a_fixed_point(folder in glossary_gen::folder()) {
        round_trip(&folder, Format::Tbx)?;
    }

    /// TBX 2008 (`martif`).
    #[test]
    fn tbx_2008_export_import_export_is_a_fixed_point(folder in glossary_gen::folder()) {
        round_trip(&folder, Format::Tbx2)?;
    }
}

/// What the property found, each fixed in the exporter or the importer, as one folder: white
/// space that is part of a text (a line break in a note, a tab, leading and trailing spaces),
/// once trimmed or collapsed by the import; a pinpoint without a provision holding ` (`, once
/// read as a provision; a guidance citation whose pinpoint's parentheses do not balance, once
/// not read as guidance; two guidance entries on a concept with the same advice and citation
/// (`{en, fr}` then `{ar}`), once merged into one with its reasons reordered; a term to use
/// with caution naming a replacement, once dropped; two terms that differ by case only, once
/// refused as a duplicate.
#[test]
fn what_the_property_found_round_trips() {
    let concept = r#"id = "child"
category = "people"
added = "0.1.0"

[[term]]
lang = "en"
text = "child"
status = "preferred"
note = "  a note\non two lines\twith a tab "

[[term]]
lang = "en"
text = "Child"
status = "use-with-caution"
instead = "child"

[[term]]
lang = "en"
text = "CHILD"
status = "admitted"

[[definition]]
lang = "en"
text = "A definition. "
source = { instrument = "opsc", pinpoint = "(c) a (nested (pinpoint))", verified = false }

[[guidance]]
guideline = "guidelines-2016"
advice = "use"
reason = { en = "one", fr = "un" }
cite = { instrument = "guidelines-2016", pinpoint = "a)b", verified = false }

[[guidance]]
guideline = "guidelines-2016"
advice = "use"
reason = { ar = "اثنان" }
cite = { instrument = "guidelines-2016", pinpoint = "a)b", verified = false }

[[history]]
release = "0.1.0"
summary = "Added."
"#;
    let folder = glossary_gen::Folder {
        seed: glossary_gen::seed(1),
        concepts: vec![("concepts/child.toml".to_owned(), concept.to_owned())],
    };
    for format in [Format::Tbx, Format::Tbx2] {
        round_trip(&folder, format).unwrap();
    }
}

/// The generator makes what the module says it does: over 200 folders from a fixed seed, every
/// kind of entry and text occurs (so the property is not passing on glossaries too plain to
/// fail).
#[test]
fn the_generator_covers_what_it_says() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]),
    );
    let strategy = glossary_gen::folder();
    let mut all = String::new();
    for _ in 0..200 {
        let folder = strategy.new_tree(&mut runner).unwrap().current();
        for (_, text) in &folder.concepts {
            all.push_str(text);
        }
    }
    for needle in [
        "status = \"preferred\"",
        "status = \"admitted\"",
        "status = \"use-with-caution\"",
        "status = \"avoid\"",
        "instead_concept = ",
        "until = ",
        "abbreviation = ",
        "grammar = { pos = ",
        "gender = ",
        "forms = [",
        "legal_term_of = [",
        "[[definition]]\nlang = \"de\"",
        "term_lang = ",
        "pinpoint = ",
        "kind = \"broader\"",
        "kind = \"narrower\"",
        "kind = \"related\"",
        "kind = \"replaced-by\"",
        "lang = \"ar\"",
        "lang = \"zh\"",
        "lang = \"pt-BR\"",
        "\\n",
        "\\t",
        "&",
        "<",
        "\\\"",
        "'",
        "\u{202e}",
        "\u{301}",
        "= \" ",
        " \"\n",
    ] {
        assert!(
            all.contains(needle),
            "no {needle:?} in 200 generated folders"
        );
    }
    assert!(
        all.lines()
            .any(|l| l.starts_with("id = \"") && l.as_bytes()[6].is_ascii_digit()),
        "no concept id starting with a digit (written c-<id> in TBX)"
    );
    assert!(
        all.chars().any(|c| ('\u{621}'..='\u{64a}').contains(&c))
            && all.chars().any(|c| ('\u{4e00}'..='\u{9fa5}').contains(&c)),
        "no Arabic or no Chinese text"
    );
}
