//! `luxterm export`: parse the selection flags, let the core resolve and write the file
//! (`luxterm::export`), and save its bytes. No format logic lives here.

use luxterm::export::{ExportError, Format, Scope, Selected, Selection, csv, export, skos};
use luxterm::{Category, Glossary, Version};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `luxterm export`.
#[derive(clap::Args)]
#[command(after_help = "\
Examples:
  luxterm export --format tbx -o luxterm.tbx
      the whole current glossary as TBX-Basic (ISO 30042:2019, DCA)
  luxterm export --format tbx2 --lang en --lang fr -o luxterm-en-fr.tbx
      English and French only, as TBX 2008 (martif) for older CAT tools
  luxterm export --format tbx --category material --release 1.0.0
      the concepts of one category as they stood in release 1.0.0, on standard output
  luxterm export --format tbx --concept child --concept sale-of-children
  luxterm export --format csv --bom -o luxterm.csv
      one row a concept, columns per language (memoQ, MultiTerm Convert), for Excel
  luxterm export --format xlsx --lang en --lang fr -o luxterm-en-fr.xlsx
  luxterm export --format skos-ttl --base https://terms.example.org -o luxterm.ttl
      SKOS with concept URIs https://terms.example.org/concept/ID
  luxterm export --format json --release 1.0.0 -o luxterm-1.0.0.json

Exit status: 0 written, 2 a bad selection (unknown release, concept, language or category),
1 the file could not be written. The TBX mapping: docs/tbx.md.")]
pub struct ExportArgs {
    /// The file format: tbx (TBX-Basic, ISO 30042:2019), tbx2 (TBX 2008, martif), csv, xlsx,
    /// skos-ttl, skos-jsonld, json.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    format: Format,
    /// Only the concepts of this category (people, umbrella, sale-and-trafficking, material …).
    #[arg(long, value_name = "C", conflicts_with = "concept")]
    category: Option<Category>,
    /// Only this concept, by id (repeat for more, in that order).
    #[arg(long, value_name = "ID")]
    concept: Vec<String>,
    /// Only this language's terms and texts (BCP 47 tag; repeat for more). Default: all.
    #[arg(long, value_name = "L")]
    lang: Vec<String>,
    /// The glossary as it stood in this release (default: the current one).
    #[arg(long, value_name = "V")]
    release: Option<Version>,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV: start with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    bom: bool,
    /// SKOS: the base of the URIs (the scheme is BASE/, concepts BASE/concept/ID).
    #[arg(long, value_name = "URI", default_value = skos::DEFAULT_BASE)]
    base: String,
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse::<Format>().map_err(|e| e.to_string())
}

/// Runs the command: 0 written, 2 a bad selection, 1 the file could not be written.
pub fn run(glossary: &Glossary, args: &ExportArgs) -> ExitCode {
    let scope = match (&args.category, args.concept.is_empty()) {
        (Some(c), _) => Scope::Category(*c),
        (None, false) => Scope::Concepts(args.concept.clone()),
        (None, true) => Scope::All,
    };
    let selection = Selection {
        scope,
        languages: (!args.lang.is_empty()).then(|| args.lang.clone()),
        release: args.release,
    };
    let selected = match selection.resolve(glossary) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}; {}", hint(&e));
            return ExitCode::from(2);
        }
    };
    let bytes = match write(&selected, args) {
        Ok(b) => b,
        Err(e @ ExportError::Empty) => {
            eprintln!("error: {e}; {}", hint(&e));
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let written = match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => std::io::stdout()
            .lock()
            .write_all(&bytes)
            .map_err(|e| format!("cannot write to standard output: {e}")),
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The file's bytes: the core's writer for the format, with the options the flags give.
fn write(selected: &Selected<'_>, args: &ExportArgs) -> Result<Vec<u8>, ExportError> {
    let base = || skos::SkosOptions {
        base: args.base.clone(),
    };
    match args.format {
        Format::Csv => csv::csv(
            selected,
            &csv::CsvOptions {
                bom: args.bom,
                ..Default::default()
            },
        ),
        Format::SkosTtl => skos::turtle(selected, &base()),
        Format::SkosJsonld => skos::json_ld(selected, &base()),
        format => export(selected, format),
    }
}

/// How to fix a bad selection.
fn hint(e: &ExportError) -> &'static str {
    match e {
        ExportError::UnknownRelease(_) | ExportError::NotInRelease(..) => {
            "`luxterm releases` lists the releases and what each added"
        }
        ExportError::UnknownConcept(_) => "`luxterm list` lists the concepts with their ids",
        ExportError::UnknownLanguage(_) => {
            "`luxterm coverage` lists the languages the glossary has terms in"
        }
        _ => "widen the selection: no concept in it has a term in the languages asked",
    }
}
