//! Loading and validating glossary sources.
//!
//! Two passes. First every file is parsed on its own into source structs that keep the byte span
//! of every value (`toml::Spanned`); a file that is not valid TOML or does not fit the format gets
//! one diagnostic (the first structural problem: nothing after it can be read reliably). Then all
//! files that parsed are checked together (references, duplicates, cycles, history …) and every
//! problem found is reported. Only a glossary without any problem is returned: nothing half-loads.
//!
//! - `source.rs`: the source structs, mirroring the TOML format;
//! - `context.rs`: the validation context [`Cx`] that collects diagnostics, and what files may
//!   refer to ([`Refs`]);
//! - `convert.rs`: source → model, one step per kind of entry, calling the checks in order;
//! - `checks/`: the checks, one file per family.

mod checks;
mod context;
mod convert;
mod source;

pub use checks::formats::{is_provision_path, is_slug};

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::*;
use context::{Cx, FileRef, InstInfo, Refs};
use source::{SrcConcept, SrcElements, SrcInstrument, SrcReleases};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// A glossary that could not be loaded, with every problem found.
#[derive(Debug, Clone)]
pub struct LoadError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    /// Renders every diagnostic (see [`Diagnostic::render`]) followed by a summary line.
    pub fn render(&self, color: bool) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            out.push_str(&d.render(color));
            out.push('\n');
        }
        out.push_str(&self.to_string());
        out.push('\n');
        out
    }
}

impl LoadError {
    /// The number of errors (the problems that stop the load), leaving out warnings.
    ///
    /// ```
    /// let err = luxterm_data::load_sources("g", &[("releases.toml".into(), "x = \n".into())])
    ///     .unwrap_err();
    /// assert_eq!(err.errors(), 1);
    /// ```
    pub fn errors(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.errors();
        write!(
            f,
            "error: the glossary could not be loaded due to {n} problem{}",
            if n == 1 { "" } else { "s" }
        )?;
        let w = self.diagnostics.len() - n;
        if w > 0 {
            write!(f, " (and {w} warning{})", if w == 1 { "" } else { "s" })?;
        }
        Ok(())
    }
}

/// A glossary that loaded, with the warnings found on the way (see [`Severity`]).
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The validated glossary.
    pub glossary: GlossaryData,
    /// Problems that do not stop the load (stale `verified = false` flags, typography), in file
    /// order.
    pub warnings: Vec<Diagnostic>,
}

impl Loaded {
    /// Renders every warning (see [`Diagnostic::render`]) followed by a summary line; empty when
    /// there is none.
    ///
    /// ```
    /// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid");
    /// let loaded = luxterm_data::load_dir_with_warnings(&dir, "valid").unwrap();
    /// assert_eq!(loaded.render_warnings(false), "");
    /// ```
    pub fn render_warnings(&self, color: bool) -> String {
        let mut out = String::new();
        if self.warnings.is_empty() {
            return out;
        }
        for d in &self.warnings {
            out.push_str(&d.render(color));
            out.push('\n');
        }
        let w = self.warnings.len();
        out.push_str(&format!(
            "warning: the glossary loaded with {w} warning{}\n",
            if w == 1 { "" } else { "s" }
        ));
        out
    }
}

impl std::error::Error for LoadError {}

/// Reads every glossary file under `dir` (`releases.toml`, `instruments/*.toml`,
/// `concepts/*.toml`) and loads them with [`load_sources`]. File names in diagnostics start with
/// `display` (for example `glossary`). Warnings are dropped: [`load_dir_with_warnings`] keeps them.
///
/// ```
/// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
/// let glossary = luxterm_data::load_dir(&dir, "glossary").unwrap();
/// assert!(glossary.concepts.len() >= 12);
/// ```
pub fn load_dir(dir: &Path, display: &str) -> Result<GlossaryData, LoadError> {
    load_dir_with_warnings(dir, display).map(|l| l.glossary)
}

/// [`load_dir`], keeping the warnings. The glossary loads unless there is an error; a
/// [`LoadError`] lists the warnings too, in file order among the errors.
///
/// ```
/// let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/typography-zh");
/// let loaded = luxterm_data::load_dir_with_warnings(&dir, "typography-zh").unwrap();
/// assert!(loaded.warnings.iter().all(|w| w.code == luxterm_data::diag::Code::Typography));
/// assert!(!loaded.warnings.is_empty());
/// ```
pub fn load_dir_with_warnings(dir: &Path, display: &str) -> Result<Loaded, LoadError> {
    let (files, mut problems) = read_dir_sources(dir, display);
    match load_sources_with_warnings(display, &files) {
        Ok(g) if problems.is_empty() => Ok(g),
        Ok(mut g) => {
            problems.append(&mut g.warnings);
            Err(LoadError {
                diagnostics: problems,
            })
        }
        Err(mut e) => {
            problems.append(&mut e.diagnostics);
            Err(LoadError {
                diagnostics: problems,
            })
        }
    }
}

/// The glossary files under `dir` as `(relative path, text)` pairs, with a diagnostic for each
/// that could not be read (what [`load_dir_with_warnings`] loads; the importer reads a target
/// folder with it too).
pub(crate) fn read_dir_sources(
    dir: &Path,
    display: &str,
) -> (Vec<(String, String)>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let io = |path: &str, e: &dyn fmt::Display, help: &str| {
        Diagnostic::new(
            Code::Io,
            path,
            None,
            0..0,
            format!("cannot read {path}: {e}"),
            "",
            help,
        )
    };
    let releases = dir.join("releases.toml");
    match std::fs::read_to_string(&releases) {
        Ok(text) => files.push(("releases.toml".to_owned(), text)),
        Err(e) => problems.push(io(
            &format!("{display}/releases.toml"),
            &e,
            "a glossary folder holds releases.toml, instruments/ and concepts/; check the path",
        )),
    }
    // Optional: the vocabulary of elements for comparison matrices.
    if let Ok(text) = std::fs::read_to_string(dir.join("elements.toml")) {
        files.push(("elements.toml".to_owned(), text));
    }
    for sub in ["instruments", "concepts"] {
        let path = dir.join(sub);
        let entries = match std::fs::read_dir(&path) {
            Ok(e) => e,
            Err(e) => {
                problems.push(io(
                    &format!("{display}/{sub}"),
                    &e,
                    "a glossary folder holds releases.toml, instruments/ and concepts/; check the path",
                ));
                continue;
            }
        };
        let mut names: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        for name in names {
            let rel = format!("{sub}/{name}");
            match std::fs::read_to_string(path.join(&name)) {
                Ok(text) => files.push((rel, text)),
                Err(e) => problems.push(io(
                    &format!("{display}/{rel}"),
                    &e,
                    "glossary files must be readable UTF-8 text",
                )),
            }
        }
    }
    (files, problems)
}

/// Loads a glossary from in-memory sources: `(path relative to the glossary folder, text)` pairs,
/// such as `("concepts/child.toml", "…")`. Does no IO, so it works anywhere (wasm32 included).
///
/// ```
/// let files = vec![(
///     "releases.toml".to_string(),
///     "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"First.\"\n".to_string(),
/// )];
/// let glossary = luxterm_data::load_sources("glossary", &files).unwrap();
/// assert_eq!(glossary.releases.len(), 1);
/// assert!(glossary.concepts.is_empty());
/// ```
pub fn load_sources(display: &str, files: &[(String, String)]) -> Result<GlossaryData, LoadError> {
    load_sources_with_warnings(display, files).map(|l| l.glossary)
}

/// [`load_sources`], keeping the warnings (see [`load_dir_with_warnings`]).
///
/// ```
/// let files = vec![(
///     "releases.toml".to_string(),
///     "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"First.\"\n".to_string(),
/// )];
/// let loaded = luxterm_data::load_sources_with_warnings("glossary", &files).unwrap();
/// assert!(loaded.warnings.is_empty());
/// ```
pub fn load_sources_with_warnings(
    display: &str,
    files: &[(String, String)],
) -> Result<Loaded, LoadError> {
    let mut cx = Cx::new();
    let Parsed {
        releases,
        elements,
        instruments,
        concepts,
        mut broken,
    } = parse_files(&mut cx, display, files);
    let Some((rfile, rsrc)) = releases else {
        return Err(no_releases(cx, display));
    };

    cx.set(&rfile);
    let (rel_list, known_releases) = cx.releases(&rsrc);

    let (element_list, element_ids) = match &elements {
        Some((efile, esrc)) => {
            cx.set(efile);
            cx.elements(esrc)
        }
        None => (Vec::new(), BTreeSet::new()),
    };

    // Instruments: ids and provisions first, so that citations can be checked.
    let mut inst_index: BTreeMap<String, InstInfo> = BTreeMap::new();
    for (file, stem, i) in &instruments {
        cx.set(file);
        if !cx.index_instrument(i, stem, &mut inst_index) {
            broken.insert(stem.clone());
        }
    }
    let mut inst_list = Vec::new();
    for (file, _, i) in &instruments {
        cx.set(file);
        inst_list.push(cx.instrument(i));
    }

    let concept_index = index_concepts(&mut cx, &concepts, &mut broken);
    let refs = Refs {
        elements: &element_ids,
        broken: &broken,
        instruments: &inst_index,
        concepts: &concept_index,
        concept_src: &concepts,
        releases: &known_releases,
    };
    let mut concept_list = Vec::new();
    for (file, _, c) in &concepts {
        cx.set(file);
        concept_list.push(cx.concept(c, &refs));
    }
    cx.check_cycles(&concepts);

    if cx.diags.iter().any(|d| d.severity == Severity::Error) {
        return Err(LoadError {
            diagnostics: cx.diags,
        });
    }
    Ok(Loaded {
        glossary: finish(rel_list, inst_list, concept_list, element_list),
        warnings: cx.diags,
    })
}

/// Every file parsed into its source struct, by kind.
struct Parsed {
    releases: Option<(FileRef, SrcReleases)>,
    elements: Option<(FileRef, SrcElements)>,
    instruments: Vec<(FileRef, String, SrcInstrument)>,
    concepts: Vec<(FileRef, String, SrcConcept)>,
    /// Ids of files that could not be read: references to them are not reported again.
    broken: BTreeSet<String>,
}

/// The first pass: each file on its own.
fn parse_files(cx: &mut Cx, display: &str, files: &[(String, String)]) -> Parsed {
    let mut parsed = Parsed {
        releases: None,
        elements: None,
        instruments: Vec::new(),
        concepts: Vec::new(),
        broken: BTreeSet::new(),
    };
    for (rel, text) in files {
        let file = FileRef {
            name: format!("{display}/{rel}"),
            src: Arc::from(text.as_str()),
        };
        cx.set(&file);
        let stem = rel
            .rsplit('/')
            .next()
            .unwrap_or(rel)
            .trim_end_matches(".toml")
            .to_owned();
        if rel == "releases.toml" {
            if let Some(r) = cx.parse::<SrcReleases>(text) {
                parsed.releases = Some((file, r));
            }
        } else if rel == "elements.toml" {
            if let Some(e) = cx.parse::<SrcElements>(text) {
                parsed.elements = Some((file, e));
            }
        } else if rel.starts_with("instruments/") {
            match cx.parse::<SrcInstrument>(text) {
                Some(i) => parsed.instruments.push((file, stem, i)),
                None => {
                    parsed.broken.insert(stem);
                }
            }
        } else if rel.starts_with("concepts/") {
            match cx.parse::<SrcConcept>(text) {
                Some(c) => parsed.concepts.push((file, stem, c)),
                None => {
                    parsed.broken.insert(stem);
                }
            }
        }
    }
    parsed
}

/// Without releases.toml nothing else can be checked: the problems so far, and that one.
fn no_releases(mut cx: Cx, display: &str) -> LoadError {
    if !cx.diags.iter().any(|d| d.file.ends_with("releases.toml")) {
        cx.diags.push(Diagnostic::new(
            Code::Io,
            &format!("{display}/releases.toml"),
            None,
            0..0,
            "the glossary has no releases.toml",
            "",
            "add releases.toml with at least one [[release]] (see glossary/README.md)",
        ));
    }
    LoadError {
        diagnostics: cx.diags,
    }
}

/// Concept ids (checked against file names and each other), for references.
fn index_concepts(
    cx: &mut Cx,
    concepts: &[(FileRef, String, SrcConcept)],
    broken: &mut BTreeSet<String>,
) -> BTreeMap<String, usize> {
    let mut concept_index: BTreeMap<String, usize> = BTreeMap::new();
    for (n, (file, stem, c)) in concepts.iter().enumerate() {
        cx.set(file);
        if !cx.check_id(&c.id, stem) {
            broken.insert(stem.clone());
        }
        if cx.unique_concept(&concept_index, &c.id) {
            concept_index.insert(c.id.get_ref().clone(), n);
        }
    }
    concept_index
}

/// Sorts and indexes a validated glossary.
fn finish(
    releases: Vec<Release>,
    mut instruments: Vec<Instrument>,
    mut concepts: Vec<Concept>,
    elements: Vec<ElementDef>,
) -> GlossaryData {
    instruments.sort_by(|a, b| a.id.cmp(&b.id));
    concepts.sort_by(|a, b| a.id.cmp(&b.id));
    let term_index = crate::index_terms(&concepts);
    GlossaryData {
        releases: Cow::Owned(releases),
        instruments: Cow::Owned(instruments),
        concepts: Cow::Owned(concepts),
        term_index: Cow::Owned(term_index),
        elements: Cow::Owned(elements),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn line_and_column_count_characters() {
        let src = "a = 1\nb = \"été\" x\n";
        let x = src.find('x').unwrap();
        assert_eq!(crate::diag::line_col(src, x), (2, 11));
        assert_eq!(crate::diag::line_col(src, 0), (1, 1));
        assert_eq!(crate::diag::line_col(src, 10_000), (3, 1));
    }

    #[test]
    fn several_files_all_report_and_nothing_half_loads() {
        let files = vec![
            (
                "releases.toml".to_owned(),
                "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n"
                    .to_owned(),
            ),
            ("concepts/a.toml".to_owned(), "id = \"a\"\n".to_owned()),
            (
                "concepts/b.toml".to_owned(),
                "id = \"B\"\ncategory = \"people\"\nadded = \"0.1.0\"\n".to_owned(),
            ),
        ];
        let err = load_sources("g", &files).unwrap_err();
        let files: BTreeSet<&str> = err.diagnostics.iter().map(|d| d.file.as_str()).collect();
        assert_eq!(files.len(), 2, "{:#?}", err.diagnostics);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Whatever a concept file holds, loading returns a value or diagnostics; it never panics,
        /// and every diagnostic's place lies inside the file.
        #[test]
        fn loading_never_panics(body in ".{0,400}", key in "[a-z_]{1,12}", value in "\\PC{0,30}") {
            let releases = "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n".to_owned();
            let concept = format!("id = \"x\"\ncategory = \"people\"\nadded = \"0.1.0\"\n{key} = \"{value}\"\n{body}");
            let files = vec![("releases.toml".to_owned(), releases), ("concepts/x.toml".to_owned(), concept.clone())];
            if let Err(e) = load_sources("g", &files) {
                for d in &e.diagnostics {
                    prop_assert!(d.span.end <= concept.len().max(200));
                    let _ = d.render(false);
                }
            }
        }
    }
}
