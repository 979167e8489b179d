//! `luxterm import tbx`: parse the arguments, call the core's importer (`luxterm::import`), print
//! its report or its diagnostics. Reading, mapping, checking and writing are the core's.

use luxterm::Category;
use luxterm::import::{ImportOptions, Limits, import_tbx};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `luxterm import`.
#[derive(clap::Args)]
pub struct ImportArgs {
    #[command(subcommand)]
    format: ImportFormat,
}

#[derive(clap::Subcommand)]
enum ImportFormat {
    /// Import a TBX file (TBX-Basic of ISO 30042:2019 in the DCA style, or TBX 2008 `martif`)
    /// into a glossary folder of TOML sources.
    ///
    /// The folder is created when it does not exist (with a releases.toml for the file's release
    /// and an empty instruments/); an existing glossary folder is only added to: a concept id it
    /// already has is a conflict. Nothing is written unless the whole import succeeds and the
    /// result validates. What TBX cannot say (verified flags, element cells, history, forms) is
    /// reported, never invented: imported citations are `verified = false`.
    #[command(after_help = "Examples:
  luxterm import tbx termbase.tbx --into my-glossary
      a new glossary folder from a termbase
  luxterm export --format tbx -o luxterm.tbx && luxterm import tbx luxterm.tbx --into copy
      read back luxterm's own export (into a folder holding the instruments it cites,
      to keep definitions: cp -r glossary/instruments glossary/releases.toml copy/)
  luxterm import tbx Example_Astronomy_DCA_VALID.tbx --into astro --category umbrella
      a termbase whose subject fields are not luxterm categories

Exit status: 0 imported, 1 problems found (nothing written), 2 wrong usage.")]
    Tbx {
        /// The TBX file (UTF-8).
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The glossary folder to create or add to.
        #[arg(long, value_name = "DIR")]
        into: PathBuf,
        /// The category of entries whose subject field is absent or not a luxterm category.
        #[arg(long, value_name = "CATEGORY")]
        category: Option<Category>,
        /// Refuse files larger than this many bytes.
        #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_bytes)]
        max_size: u64,
        /// Refuse elements nested deeper than this.
        #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth)]
        max_depth: usize,
    },
}

/// Runs `luxterm import`.
pub fn run(args: &ImportArgs, color: bool) -> ExitCode {
    match &args.format {
        ImportFormat::Tbx {
            file,
            into,
            category,
            max_size,
            max_depth,
        } => {
            let options = ImportOptions {
                limits: Limits {
                    max_bytes: *max_size,
                    max_depth: *max_depth,
                },
                category: *category,
                date: None,
            };
            match import_tbx(file, into, &options) {
                Ok(report) => {
                    print!("{}", report.render());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{}", e.render(color));
                    ExitCode::FAILURE
                }
            }
        }
    }
}
