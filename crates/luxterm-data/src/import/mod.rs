//! Importing terminology into a glossary folder of TOML sources (feature `import`).
//!
//! [`import_tbx`] reads a TBX-Basic file (ISO 30042:2019, DCA style) or a TBX 2008 file
//! (`martif`) and writes one `concepts/<id>.toml` per entry into a glossary folder: a new one
//! (with a `releases.toml` for the release the file names, and an empty `instruments/`), or an
//! existing one, to which it only adds files. Nothing is written unless the whole import
//! succeeds: the file is read and checked, the new sources are generated and validated together
//! with the folder's own by the real loader, and only then are they written, into a temporary
//! folder beside the target that is renamed (new folder) or whose files are moved in (existing
//! folder).
//!
//! The mapping is the exporter's (`docs/tbx.md`). What TBX cannot say — verification of a
//! source, element-matrix cells, history texts, inflected forms, entry spans — is never invented:
//! imported citations are `verified = false` with an `evidence` naming the file, and everything
//! left out is counted in the [`ImportReport`].
//!
//! The XML is read with no DTD processing: a document type declaration with an internal subset
//! (entities, entity-expansion bombs) is refused, external entities are never resolved and
//! nothing is fetched; the file's size and nesting depth are bounded by [`Limits`].
//!
//! ```
//! use luxterm_data::import::{plan_tbx, ImportOptions, Target};
//! let tbx = r#"<?xml version="1.0" encoding="UTF-8"?>
//! <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
//!   <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
//!   <text><body>
//!     <conceptEntry id="child">
//!       <descrip type="subjectField">people</descrip>
//!       <langSec xml:lang="en"><termSec><term>child</term>
//!         <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
//!       </termSec></langSec>
//!     </conceptEntry>
//!   </body></text>
//! </tbx>"#;
//! let options = ImportOptions { date: Some("2026-12-01".parse().unwrap()), ..Default::default() };
//! let plan = plan_tbx("test.tbx", tbx, &Target::New, "new-glossary", &options).unwrap();
//! assert!(plan.files.iter().any(|(path, _)| path == "concepts/child.toml"));
//! assert_eq!(plan.report.concepts, 1);
//! ```

mod tbx;
mod toml_out;
mod xml;

use crate::diag::{Code, Diagnostic, Severity};
use crate::model::{Category, Date};
use std::fmt;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Bounds on what an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest file read, in bytes (default 128 MiB; the benchmark's 100,000 concepts in two
    /// languages take about 100 MB). A larger file is refused before it is read.
    pub max_bytes: u64,
    /// The deepest nesting of elements (default 64; TBX needs about ten). Values are kept
    /// between 4 and 1,000.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 128 * 1024 * 1024,
            max_depth: 64,
        }
    }
}

/// How to import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Size and depth bounds.
    pub limits: Limits,
    /// The category of entries whose subject field is absent or not one of the glossary's
    /// categories (each is reported). Without it, such an entry is an error.
    pub category: Option<Category>,
    /// The date of the release a new folder gets when the file names none (default: today,
    /// UTC).
    pub date: Option<Date>,
}

/// What is imported into: a new folder, or the sources of an existing one.
#[derive(Debug, Clone)]
pub enum Target {
    /// A folder that does not exist yet (or is empty).
    New,
    /// An existing glossary folder: its files as `(relative path, text)` pairs.
    Existing(Vec<(String, String)>),
}

/// Why an import failed: every problem found, with file, line and column. Nothing was written.
#[derive(Debug, Clone)]
pub struct ImportError {
    /// The problems, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl ImportError {
    /// Renders every diagnostic (see [`Diagnostic::render`]) and a summary line.
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

    fn one(d: Diagnostic) -> Self {
        ImportError {
            diagnostics: vec![d],
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count();
        write!(
            f,
            "error: nothing was imported due to {n} problem{}; the folder is unchanged",
            if n == 1 { "" } else { "s" }
        )
    }
}

impl std::error::Error for ImportError {}

/// Something the file holds that the glossary's format cannot say, or that was read in a way
/// worth knowing: counted, with the place of its first occurrence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Omission {
    /// What (`descrip type="context"`, `a term without administrativeStatus` …).
    pub what: String,
    /// What became of it, and why.
    pub outcome: String,
    /// How many times it occurs.
    pub count: usize,
    /// `file:line:col` of the first occurrence.
    pub first: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Concepts imported.
    pub concepts: usize,
    /// Terms imported (abbreviations not counted).
    pub terms: usize,
    /// Definitions imported.
    pub definitions: usize,
    /// Whether a new glossary folder was made.
    pub new_folder: bool,
    /// The files written, relative to the folder (`concepts/child.toml`).
    pub written: Vec<String>,
    /// What was not imported, or imported in a way the user should know.
    pub omissions: Vec<Omission>,
}

impl ImportReport {
    /// A summary for people: the counts, then one line for each omission.
    ///
    /// ```
    /// let r = luxterm_data::import::ImportReport { concepts: 2, terms: 5, ..Default::default() };
    /// assert!(r.render().starts_with("imported 2 concepts, 5 terms, 0 definitions"));
    /// ```
    pub fn render(&self) -> String {
        let mut out = format!(
            "imported {} concept{}, {} term{}, {} definition{} ({} file{} written{})\n",
            self.concepts,
            plural(self.concepts),
            self.terms,
            plural(self.terms),
            self.definitions,
            plural(self.definitions),
            self.written.len(),
            plural(self.written.len()),
            if self.new_folder {
                ", into a new folder"
            } else {
                ""
            }
        );
        if !self.omissions.is_empty() {
            out.push_str("not imported as such (TBX cannot say it, or luxterm's format has no place for it):\n");
        }
        for o in &self.omissions {
            out.push_str(&format!(
                "  - {} ×{}: {} (first at {})\n",
                o.what, o.count, o.outcome, o.first
            ));
        }
        out
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The sources an import would write, and its report.
#[derive(Debug, Clone)]
pub struct Plan {
    /// `(path relative to the folder, text)` of every file to write.
    pub files: Vec<(String, String)>,
    /// What the import does.
    pub report: ImportReport,
    /// How many concepts the folder holds once the files are written (all validated).
    pub concepts: usize,
}

/// A problem found in the TBX file, before it becomes a [`Diagnostic`].
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    code: Code,
    span: Range<usize>,
    message: String,
    label: String,
    help: String,
}

impl Problem {
    pub(crate) fn new(
        code: Code,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        Problem {
            code,
            span,
            message: message.into(),
            label: label.into(),
            help: help.into(),
        }
    }
}

fn diagnostics(file: &str, text: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let source: Arc<str> = Arc::from(text);
    problems
        .into_iter()
        .map(|p| {
            Diagnostic::new(
                p.code,
                file,
                Some(source.clone()),
                p.span,
                p.message,
                p.label,
                p.help,
            )
        })
        .collect()
}

/// Works out what importing the TBX `text` (shown as `file`) into `target` (shown as
/// `into_display`) writes, validating the result with the loader; writes nothing.
pub fn plan_tbx(
    file: &str,
    text: &str,
    target: &Target,
    into_display: &str,
    options: &ImportOptions,
) -> Result<Plan, ImportError> {
    let existing = match target {
        Target::New => None,
        Target::Existing(files) => match crate::load_sources(into_display, files) {
            Ok(g) => Some((g, files)),
            Err(e) => {
                let mut diagnostics = e.diagnostics;
                diagnostics.push(Diagnostic::new(
                    Code::Io,
                    into_display,
                    None,
                    0..0,
                    format!("the folder {into_display} does not load"),
                    "",
                    "an import adds to a valid glossary folder only; fix the problems above, or import into a new folder",
                ));
                return Err(ImportError { diagnostics });
            }
        },
    };
    let read =
        tbx::read(file, text, options, existing.as_ref().map(|(g, _)| g)).map_err(|problems| {
            ImportError {
                diagnostics: diagnostics(file, text, problems),
            }
        })?;
    let today = options.date.unwrap_or_else(today);
    // The folder's files, then the new ones: validated together, then split again (no copy).
    let mut all: Vec<(String, String)> = match &existing {
        Some((_, f)) => (*f).clone(),
        None => Vec::new(),
    };
    let kept = all.len();
    let new_folder = existing.is_none();
    let mut files: Vec<(String, String)> = Vec::new();
    if new_folder {
        let (version, date) = match read.release {
            Some((v, d)) => (v, d),
            None => (crate::model::Version::new(0, 1, 0), today),
        };
        files.push((
            "releases.toml".to_owned(),
            toml_out::releases(
                &version.to_string(),
                &date.to_string(),
                &Path::new(file)
                    .file_name()
                    .map_or_else(|| file.to_owned(), |n| n.to_string_lossy().into_owned()),
            ),
        ));
    }
    for c in &read.concepts {
        files.push((format!("concepts/{}.toml", c.id), toml_out::concept(c)));
    }
    let mut report = ImportReport {
        concepts: read.concepts.len(),
        terms: read.concepts.iter().map(|c| c.terms.len()).sum(),
        definitions: read.concepts.iter().map(|c| c.definitions.len()).sum(),
        new_folder,
        written: files.iter().map(|(p, _)| p.clone()).collect(),
        omissions: read.omissions,
    };
    drop(read.concepts);
    all.append(&mut files);
    // Warnings (an imported `verified = false` where the instrument file verifies the provision
    // is one by design) do not stop the import; only errors are reported.
    let glossary = crate::load_sources(into_display, &all).map_err(|e| ImportError {
        diagnostics: e
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect(),
    })?;
    let files = all.split_off(kept);
    drop(all);
    report.omissions.shrink_to_fit();
    Ok(Plan {
        files,
        report,
        concepts: glossary.concepts.len(),
    })
}

/// Imports the TBX file `file` into the glossary folder `into` (created when it does not exist
/// or is empty; otherwise only added to). Nothing is written unless everything succeeds.
///
/// ```no_run
/// use luxterm_data::import::{import_tbx, ImportOptions};
/// let report = import_tbx("terms.tbx".as_ref(), "my-glossary".as_ref(), &ImportOptions::default())
///     .map_err(|e| eprint!("{}", e.render(false)))?;
/// print!("{}", report.render());
/// # Ok::<(), ()>(())
/// ```
pub fn import_tbx(
    file: &Path,
    into: &Path,
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    let shown = file.display().to_string();
    let into_shown = into.display().to_string();
    let text = read_limited(file, &shown, options.limits.max_bytes)?;
    let target = target_of(into, &into_shown)?;
    let plan = plan_tbx(&shown, &text, &target, &into_shown, options)?;
    write_plan(into, &into_shown, &plan)?;
    Ok(plan.report)
}

/// Reads `file` as UTF-8 text, refusing it when it is larger than `max` bytes (checked before
/// reading, and again while reading, for files that grow or report no size).
pub(crate) fn read_limited(file: &Path, shown: &str, max: u64) -> Result<String, ImportError> {
    let io = |e: &dyn fmt::Display| {
        ImportError::one(Diagnostic::new(
            Code::Io,
            shown,
            None,
            0..0,
            format!("cannot read {shown}: {e}"),
            "",
            "check the path and that the file is readable",
        ))
    };
    let too_large = |size: String| {
        ImportError::one(Diagnostic::new(
            Code::TooLarge,
            shown,
            None,
            0..0,
            format!("{shown} is {size}, more than the import's limit of {max} bytes"),
            "",
            format!(
                "a termbase of 100,000 concepts takes well under {} MiB; if this file really is one, raise the limit (`--max-size BYTES`, `Limits::max_bytes`)",
                max / (1024 * 1024)
            ),
        ))
    };
    let f = std::fs::File::open(file).map_err(|e| io(&e))?;
    if let Ok(meta) = f.metadata() {
        if meta.len() > max {
            return Err(too_large(format!("{} bytes", meta.len())));
        }
    }
    let mut bytes = Vec::new();
    f.take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io(&e))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > max {
        return Err(too_large("larger".to_owned()));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
        // The lossy text has the same bytes up to `at`, so the place is right.
        ImportError {
            diagnostics: diagnostics(
                shown,
                &lossy,
                vec![Problem::new(
                    Code::Xml,
                    at..at + 1,
                    "the file is not UTF-8",
                    "not UTF-8",
                    "save the file as UTF-8 (TBX files are UTF-8; convert with `iconv -t UTF-8`)",
                )],
            ),
        }
    })
}

/// What `into` is: a new folder (absent or empty) or an existing glossary folder's sources.
fn target_of(into: &Path, shown: &str) -> Result<Target, ImportError> {
    let not_glossary = |why: String| {
        ImportError::one(Diagnostic::new(
            Code::Io,
            shown,
            None,
            0..0,
            why,
            "",
            "import into a glossary folder (holding releases.toml, instruments/, concepts/) or into a folder that does not exist yet",
        ))
    };
    match std::fs::read_dir(into) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Target::New),
        Err(e) => Err(not_glossary(format!("cannot read {shown}: {e}"))),
        Ok(mut entries) => {
            if entries.next().is_none() {
                return Ok(Target::New);
            }
            if !into.join("releases.toml").is_file() {
                return Err(not_glossary(format!(
                    "{shown} is not empty and is not a glossary folder (it has no releases.toml)"
                )));
            }
            let (files, problems) = crate::load::read_dir_sources(into, shown);
            if problems.is_empty() {
                Ok(Target::Existing(files))
            } else {
                Err(ImportError {
                    diagnostics: problems,
                })
            }
        }
    }
}

/// Writes the plan: into a temporary folder beside `into`, then renamed to `into` (new folder)
/// or with its files moved into `into` (existing folder, none of whose files is replaced).
pub(crate) fn write_plan(into: &Path, shown: &str, plan: &Plan) -> Result<(), ImportError> {
    let io = |what: &str, e: &dyn fmt::Display| {
        ImportError::one(Diagnostic::new(
            Code::Io,
            shown,
            None,
            0..0,
            format!("cannot {what}: {e}"),
            "",
            "check that the folder's parent is writable; nothing was imported",
        ))
    };
    let parent = match into.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = into
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "glossary".to_owned());
    let stage = parent.join(format!(".{name}.import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&stage);
    let result = (|| {
        std::fs::create_dir_all(stage.join("concepts"))
            .map_err(|e| io("create a temporary folder", &e))?;
        if plan.report.new_folder {
            std::fs::create_dir_all(stage.join("instruments"))
                .map_err(|e| io("create a temporary folder", &e))?;
        }
        for (path, text) in &plan.files {
            std::fs::write(stage.join(path), text).map_err(|e| io(&format!("write {path}"), &e))?;
        }
        if plan.report.new_folder {
            // An empty folder may be replaced by rename; remove it first where it is not.
            if into.is_dir() {
                std::fs::remove_dir(into).map_err(|e| io("replace the empty folder", &e))?;
            }
            std::fs::rename(&stage, into).map_err(|e| io("move the new folder in place", &e))?;
            return Ok(());
        }
        let mut moved: Vec<PathBuf> = Vec::new();
        for (path, _) in &plan.files {
            let to = into.join(path);
            let outcome = if to.exists() {
                Err(io(&format!("add {path}"), &"it appeared during the import"))
            } else {
                std::fs::rename(stage.join(path), &to).map_err(|e| io(&format!("move {path}"), &e))
            };
            if let Err(e) = outcome {
                for m in &moved {
                    let _ = std::fs::remove_file(m);
                }
                return Err(e);
            }
            moved.push(to);
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&stage);
    result
}

/// Today's date (UTC) from the system clock.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year: u16::try_from(year).unwrap_or(2026),
        month: u8::try_from(month).ok(),
        day: u8::try_from(day).ok(),
    }
}
