//! `luxterm`: the command line of the luxterm glossary.
//!
//! A face over the `luxterm` crate: it parses arguments, calls the core and renders what it
//! returns, as text for people or as stable JSON (`--json`) for programs. It holds no domain logic.

use clap::{Parser, Subcommand};
use luxterm::view::Reader;
use luxterm::{Category, Glossary, Version};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod check;
mod export;
mod import;
mod json;
mod render;

/// The terminology of the sale and sexual exploitation of children: terms in many languages,
/// their status, definitions and the treaty provisions they come from.
#[derive(Parser)]
#[command(name = "luxterm", version, about, long_about = None)]
struct Cli {
    /// Read this glossary source folder instead of the glossary compiled into luxterm.
    #[arg(long, global = true, value_name = "DIR")]
    glossary: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a glossary source folder; print every problem with file, line and column.
    /// Errors fail; warnings (stale unverified flags, typography) are printed and fail only with
    /// `--deny warnings`.
    Validate {
        /// The folder (holding releases.toml, instruments/, concepts/).
        #[arg(default_value = "glossary")]
        dir: PathBuf,
        /// Fail on warnings too.
        #[arg(long, value_name = "WHAT")]
        deny: Option<Deny>,
    },
    /// Show a concept, found by its id or by any of its terms in any language.
    Show {
        /// A concept id (`child-sexual-abuse-material`) or a term (`pédopornographie`).
        query: String,
        /// Show only this language's terms and definitions (BCP 47 tag).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// Show the concept as it stood in this release.
        #[arg(long, value_name = "VERSION")]
        release: Option<Version>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Search every term in every language (accents, case, scripts and small typos forgiven).
    Search {
        /// What to look for: a term or its beginning, in any language or script (a longer
        /// phrase finds the terms it holds).
        query: String,
        /// Only terms in this language (BCP 47 tag).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The most hits to show.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Compare concepts side by side, one concept across languages, across instruments (the
    /// element matrix), or across two releases.
    Compare {
        /// Concept ids or terms (two to four for `--by concepts`; one otherwise).
        #[arg(required = true, num_args = 1..=4)]
        ids: Vec<String>,
        /// What to compare by.
        #[arg(long, value_enum, default_value_t = By::Concepts)]
        by: By,
        /// The language of a side-by-side comparison; the languages (comma-separated) of
        /// `--by languages` (default: all the concept has).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// With `--by releases`: the earlier release (default: the first).
        #[arg(long, value_name = "VERSION")]
        from: Option<Version>,
        /// With `--by releases`: the later release (default: the current).
        #[arg(long, value_name = "VERSION")]
        to: Option<Version>,
        /// With `--by instruments`: only these instruments (comma-separated ids, shown in order
        /// of adoption; default: every instrument in play).
        #[arg(long, value_name = "IDS")]
        instruments: Option<String>,
        /// With `--by instruments` and no `--instruments`: leave out the columns that are empty
        /// all the way down (as the web app does by default).
        #[arg(long)]
        hide_empty: bool,
        /// With `--by instruments`: print the matrix as CSV (RFC 4180), as the web app downloads it.
        #[arg(long, conflicts_with = "json")]
        csv: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// What changed between two releases, down to the field.
    Diff {
        /// The earlier release.
        from: Version,
        /// The later release.
        to: Version,
        /// Names of concepts, instruments and elements in this language.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List concepts, optionally of one category.
    List {
        /// people, umbrella, sale-and-trafficking, prostitution, travel-and-tourism, material,
        /// online-conduct, offence-elements, ict, legal-framework or institution.
        #[arg(long)]
        category: Option<Category>,
        /// Preferred terms in this language.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// List instruments, or show one with its provisions (in document order) and the concepts
    /// citing each.
    Instruments {
        /// An instrument id (`opsc`).
        id: Option<String>,
        /// Texts and concept names in this language.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// How complete the glossary is, per language and per field, and which facts are unverified.
    Coverage {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Check texts for terms to avoid: plain text, Markdown, .docx, XLIFF (exit 1 on findings).
    Check(check::CheckArgs),
    /// Export a selection of the glossary as a file for terminology tools: TBX-Basic, TBX 2008,
    /// CSV, XLSX, SKOS (Turtle, JSON-LD) or JSON.
    Export(export::ExportArgs),
    /// Import terminology into a glossary folder of TOML sources (`luxterm import tbx FILE --into DIR`).
    Import(import::ImportArgs),
    /// List the glossary's releases, each with the concepts it added, changed and removed.
    Releases {
        /// Names of concepts in this language.
        #[arg(long, default_value = "en", value_name = "LANG")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print the JSON Schema of a command's `--json` output (or write every one to a folder).
    Schema {
        /// The command whose output to describe.
        #[arg(value_enum, required_unless_present = "out")]
        command: Option<json::SchemaOf>,
        /// Write the schema of every command into this folder as COMMAND.schema.json.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// What `luxterm validate --deny` makes fatal.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Deny {
    /// Warnings fail validation, as errors do.
    Warnings,
}

/// What `luxterm compare` compares by.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum By {
    /// Two to four concepts side by side.
    Concepts,
    /// One concept across languages.
    Languages,
    /// One concept across instruments: the element matrix.
    Instruments,
    /// One concept across two releases.
    Releases,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    match &cli.command {
        Command::Validate { dir, deny } => return validate(dir, deny.is_some(), color),
        Command::Schema { command, out } => return schema(*command, out.as_deref()),
        Command::Import(args) => return import::run(args, color),
        _ => {}
    }
    let loaded;
    let glossary = match &cli.glossary {
        None => Glossary::embedded(),
        Some(dir) => match Glossary::load_dir(dir) {
            Ok(g) => {
                loaded = g;
                &loaded
            }
            Err(e) => {
                eprint!("{}", e.render(color));
                return ExitCode::FAILURE;
            }
        },
    };
    if let Command::Check(args) = &cli.command {
        return check::run(glossary, args);
    }
    if let Command::Export(args) = &cli.command {
        return export::run(glossary, args);
    }
    let mut out = String::new();
    let result = run(glossary, cli.command, &mut out);
    match result {
        Ok(()) => {
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`luxterm list | head`) is not an error worth reporting.
            let _ = stdout.write_all(out.as_bytes());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Runs a command on the glossary, writing what it prints to `out`.
fn run(glossary: &Glossary, command: Command, out: &mut String) -> Result<(), String> {
    match command {
        Command::Validate { .. }
        | Command::Schema { .. }
        | Command::Check(_)
        | Command::Export(_)
        | Command::Import(_) => Ok(()),
        Command::Show {
            query,
            lang,
            release,
            json,
        } => {
            let reader = Reader::new(lang.as_deref().unwrap_or("en"));
            let mut pages = glossary
                .concept_pages_for(&query, &reader, release)
                .map_err(|e| match e {
                    luxterm::Error::UnknownConcept(_) => format!(
                        "no concept has the id or a term `{query}`; `luxterm list` lists the concepts"
                    ),
                    e => e.to_string(),
                })?;
            if let Some(l) = &lang {
                for p in &mut pages {
                    p.restrict_to(l);
                }
            }
            if json {
                let value = match pages.len() {
                    1 => match pages.pop() {
                        Some(p) => json::Show::One(Box::new(p)),
                        None => json::Show::Many(Vec::new()),
                    },
                    _ => json::Show::Many(pages),
                };
                return render::json(&value, out);
            }
            for p in &pages {
                render::concept(p, out);
            }
            Ok(())
        }
        Command::Search {
            query,
            lang,
            limit,
            json,
        } => {
            let reader = Reader::new(lang.as_deref().unwrap_or("en"));
            let opts = luxterm::SearchOptions { lang, limit };
            let results = glossary.search_view(&query, &opts, false, &reader);
            if json {
                render::json(&results, out)
            } else if results.hits.is_empty() {
                Err(format!("no term matches `{query}`"))
            } else {
                render::search(&results, out);
                Ok(())
            }
        }
        Command::Compare {
            ids,
            by,
            lang,
            from,
            to,
            instruments,
            hide_empty,
            csv,
            json,
        } => {
            let matrix = MatrixFlags {
                instruments,
                hide_empty,
                csv,
            };
            compare(
                glossary,
                &ids,
                by,
                lang.as_deref(),
                (from, to),
                &matrix,
                json,
                out,
            )
        }
        Command::Diff {
            from,
            to,
            lang,
            json,
        } => {
            let d = glossary
                .diff(from, to, &Reader::new(&lang))
                .map_err(|e| e.to_string())?;
            if json {
                return render::json(&d, out);
            }
            render::release_diff(&d, out);
            Ok(())
        }
        Command::List {
            category,
            lang,
            json,
        } => {
            let list = glossary.concept_list(category, &Reader::new(&lang));
            if json {
                return render::json(&list, out);
            }
            render::list(&list, out);
            Ok(())
        }
        Command::Instruments { id, lang, json } => {
            let reader = Reader::new(&lang);
            match id {
                None => {
                    let list = glossary.instrument_list(&reader);
                    if json {
                        return render::json(&json::Instruments::List(list), out);
                    }
                    render::instruments(&list, out);
                    Ok(())
                }
                Some(id) => match glossary.instrument_page(&id, &reader) {
                    None => Err(format!(
                        "no instrument has the id `{id}`; `luxterm instruments` lists them"
                    )),
                    Some(page) if json => {
                        render::json(&json::Instruments::One(Box::new(page)), out)
                    }
                    Some(page) => {
                        render::instrument(&page, out);
                        Ok(())
                    }
                },
            }
        }
        Command::Coverage { json } => {
            let c = glossary.coverage();
            if json {
                return render::json(&c, out);
            }
            render::coverage(&c, out);
            Ok(())
        }
        Command::Releases { lang, json } => {
            let list = glossary.release_list(&Reader::new(&lang));
            if json {
                return render::json(&list, out);
            }
            render::releases(&list, out);
            Ok(())
        }
    }
}

/// `luxterm schema`: prints one schema, or writes them all.
fn schema(command: Option<json::SchemaOf>, out: Option<&std::path::Path>) -> ExitCode {
    let pretty = |v: &schemars::Schema| serde_json::to_string_pretty(v).map(|s| s + "\n");
    if let Some(dir) = out {
        for c in json::SchemaOf::ALL {
            let path = dir.join(format!("{}.schema.json", c.name()));
            let written = pretty(&c.schema())
                .map_err(|e| e.to_string())
                .and_then(|s| std::fs::write(&path, s).map_err(|e| e.to_string()));
            if let Err(e) = written {
                eprintln!("error: cannot write {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    let Some(command) = command else {
        return ExitCode::FAILURE;
    };
    match pretty(&command.schema()) {
        Ok(s) => {
            let _ = std::io::stdout().lock().write_all(s.as_bytes());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn validate(dir: &std::path::Path, deny_warnings: bool, color: bool) -> ExitCode {
    match Glossary::load_dir_with_warnings(dir) {
        Ok((g, warnings)) => {
            for w in &warnings {
                eprintln!("{}", w.render(color));
            }
            let provisions = g.coverage().provisions_verified;
            let problems = match warnings.len() {
                0 => "no problems".to_owned(),
                1 => "1 warning".to_owned(),
                n => format!("{n} warnings"),
            };
            println!(
                "ok: {} concepts, {} instruments ({} of {} provisions verified), {} releases; {problems}",
                g.concepts().len(),
                g.instruments().len(),
                provisions.have,
                provisions.of,
                g.releases().len()
            );
            if deny_warnings && !warnings.is_empty() {
                eprintln!("error: {problems}, denied by --deny warnings");
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{}", e.render(color));
            ExitCode::FAILURE
        }
    }
}

/// The flags of `compare --by instruments`.
struct MatrixFlags {
    instruments: Option<String>,
    hide_empty: bool,
    csv: bool,
}

#[allow(clippy::too_many_arguments)]
fn compare(
    glossary: &Glossary,
    ids: &[String],
    by: By,
    lang: Option<&str>,
    (from, to): (Option<Version>, Option<Version>),
    matrix: &MatrixFlags,
    json: bool,
    out: &mut String,
) -> Result<(), String> {
    // Ids or terms: each resolves to a concept id.
    let mut resolved: Vec<&str> = Vec::new();
    for q in ids {
        match glossary.resolve(q) {
            Some(c) => resolved.push(&c.id),
            None => return Err(format!("no concept has the id or a term `{q}`")),
        }
    }
    let ids = &resolved[..];
    let one = || -> Result<&str, String> {
        match ids {
            [id] => Ok(id),
            _ => Err(
                "compare one concept at a time with --by languages, instruments or releases".into(),
            ),
        }
    };
    let err = |e: luxterm::Error| e.to_string();
    match by {
        By::Concepts => {
            if ids.len() < 2 {
                return Err("give two to four concept ids to compare side by side".into());
            }
            let t = glossary
                .compare_concepts(ids, lang.unwrap_or("en"))
                .map_err(err)?;
            if json {
                return render::json(&json::Compare::Concepts(t), out);
            }
            render::side_by_side(&t, out);
        }
        By::Languages => {
            let langs: Vec<&str> = lang
                .map(|l| l.split(',').map(str::trim).collect())
                .unwrap_or_default();
            let t = glossary
                .compare_languages(one()?, &langs, &Reader::default())
                .map_err(err)?;
            if json {
                return render::json(&json::Compare::Languages(t), out);
            }
            render::across_languages(&t, out);
        }
        By::Instruments => {
            let asked: Vec<&str> = matrix
                .instruments
                .as_deref()
                .map(|l| l.split(',').map(str::trim).collect())
                .unwrap_or_default();
            let options = luxterm::compare::MatrixOptions::default()
                .with_instruments(asked)
                .with_empty(!matrix.hide_empty);
            let m = glossary
                .compare_instruments_with(one()?, &Reader::new(lang.unwrap_or("en")), &options)
                .map_err(err)?;
            if matrix.csv {
                out.push_str(&m.to_csv());
                return Ok(());
            }
            if json {
                return render::json(&json::Compare::Instruments(m), out);
            }
            render::element_matrix(&m, out);
        }
        By::Releases => {
            let Some((first, current)) = glossary.default_release_range() else {
                return Err("the glossary has no releases".into());
            };
            let (from, to) = (from.unwrap_or(first), to.unwrap_or(current));
            let d = glossary
                .concept_diff(one()?, from, to, &Reader::new(lang.unwrap_or("en")))
                .map_err(err)?;
            if json {
                return render::json(&json::Compare::Releases(d), out);
            }
            match d {
                None => {
                    use std::fmt::Write;
                    let _ = writeln!(out, "{}: no change between {from} and {to}", one()?);
                }
                Some(d) => render::concept_diff(&d, out),
            }
        }
    }
    Ok(())
}
