//! `luxterm export`: resolve the selection, call the core's writer for the format, save the
//! bytes. The formats are the core's (`luxterm::export`); this file only chooses and saves.

use luxterm::export::{Scope, Selection, csv, json, skos, xlsx};
use luxterm::{Category, Glossary, Version};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `luxterm export`.
#[derive(clap::Args)]
#[command(after_help = "Examples:
  luxterm export --format csv --bom -o glossary.csv
  luxterm export --format xlsx --lang en --lang fr -o glossary.xlsx
  luxterm export --format skos-ttl --release 1.0.0 -o glossary.ttl
  luxterm export --format skos-jsonld --base https://terms.example.org -o glossary.jsonld
  luxterm export --format json --category material")]
pub struct ExportArgs {
    /// The file format.
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Only the concepts of this category.
    #[arg(long, value_name = "C", conflicts_with = "concept")]
    category: Option<Category>,
    /// Only these concepts (repeat the flag), in this order.
    #[arg(long, value_name = "ID")]
    concept: Vec<String>,
    /// Only these languages (repeat the flag); every language by default.
    #[arg(long, value_name = "L")]
    lang: Vec<String>,
    /// The release to export (default: the current one).
    #[arg(long, value_name = "V")]
    release: Option<Version>,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV: start with a UTF-8 byte order mark (for Excel).
    #[arg(long)]
    bom: bool,
    /// SKOS: the base of concept URIs (BASE/concept/ID).
    #[arg(long, value_name = "URI", default_value = skos::DEFAULT_BASE)]
    base: String,
}

/// Export formats.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    /// CSV, one row a concept, columns per language (memoQ, MultiTerm Convert).
    Csv,
    /// The CSV's table as an Excel workbook.
    Xlsx,
    /// SKOS in Turtle.
    SkosTtl,
    /// SKOS in JSON-LD.
    SkosJsonld,
    /// The views' JSON (schema: crates/luxterm/schema/export.schema.json).
    Json,
}

/// Runs the command: 0 written, 1 a bad selection or a file that could not be written.
pub fn run(glossary: &Glossary, args: &ExportArgs) -> ExitCode {
    match export(glossary, args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn export(glossary: &Glossary, args: &ExportArgs) -> Result<(), String> {
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
    let selected = selection.resolve(glossary).map_err(|e| e.to_string())?;
    let bytes = match args.format {
        ExportFormat::Csv => csv::csv(
            &selected,
            &csv::CsvOptions {
                bom: args.bom,
                ..Default::default()
            },
        ),
        ExportFormat::Xlsx => xlsx::xlsx(&selected, &xlsx::XlsxOptions::default()),
        ExportFormat::SkosTtl | ExportFormat::SkosJsonld => {
            let options = skos::SkosOptions {
                base: args.base.clone(),
            };
            if args.format == ExportFormat::SkosTtl {
                skos::turtle(&selected, &options)
            } else {
                skos::json_ld(&selected, &options)
            }
        }
        ExportFormat::Json => json::json(&selected),
    }
    .map_err(|e| e.to_string())?;
    match &args.output {
        Some(path) => std::fs::write(path, &bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
        None => {
            // A closed pipe (`luxterm export … | head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(&bytes);
            Ok(())
        }
    }
}
