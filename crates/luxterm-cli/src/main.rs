//! `luxterm`: the command line of the luxterm glossary.
//!
//! A face over the `luxterm` crate: it parses arguments, calls the core and renders what it
//! returns, as text for people or as stable JSON (`--json`) for programs. It holds no domain logic.

use clap::{Parser, Subcommand};
use luxterm::{Category, Concept, Glossary, Status, Version};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

mod check;
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
    Validate {
        /// The folder (holding releases.toml, instruments/, concepts/).
        #[arg(default_value = "glossary")]
        dir: PathBuf,
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
        /// What to look for: a term or its beginning, in any language or script.
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
    /// List instruments, or show one with its provisions and the concepts citing each.
    Instruments {
        /// An instrument id (`opsc`).
        id: Option<String>,
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
    /// List the glossary's releases.
    Releases {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
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
    if let Command::Validate { dir } = &cli.command {
        return validate(dir, color);
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
    let mut out = String::new();
    let result = match cli.command {
        Command::Validate { .. } | Command::Check(_) => Ok(()),
        Command::Show {
            query,
            lang,
            release,
            json,
        } => show(glossary, &query, lang.as_deref(), release, json, &mut out),
        Command::Search {
            query,
            lang,
            limit,
            json,
        } => {
            let opts = luxterm::SearchOptions { lang, limit };
            let hits = glossary.search(&query, &opts);
            if json {
                render::json(&render::search_json(glossary, &hits), &mut out)
            } else if hits.is_empty() {
                Err(format!("no term matches `{query}`"))
            } else {
                render::search(glossary, &hits, &mut out);
                Ok(())
            }
        }
        Command::Compare {
            ids,
            by,
            lang,
            from,
            to,
            json,
        } => compare(
            glossary,
            &ids,
            by,
            lang.as_deref(),
            from,
            to,
            json,
            &mut out,
        ),
        Command::Diff { from, to, json } => match glossary.diff(from, to) {
            Err(e) => Err(e.to_string()),
            Ok(d) if json => render::json(&d, &mut out),
            Ok(d) => {
                render::release_diff(&d, &mut out);
                Ok(())
            }
        },
        Command::List {
            category,
            lang,
            json,
        } => {
            let concepts: Vec<&Concept> = match category {
                Some(c) => glossary.concepts_in(c).collect(),
                None => glossary.concepts().iter().collect(),
            };
            if json {
                render::json(&render::list_json(&concepts, &lang), &mut out)
            } else {
                render::list(&concepts, &lang, &mut out);
                Ok(())
            }
        }
        Command::Instruments { id, json } => match id {
            None if json => render::json(&glossary.instruments(), &mut out),
            None => {
                render::instruments(glossary, &mut out);
                Ok(())
            }
            Some(id) => match glossary.instrument(&id) {
                None => Err(format!(
                    "no instrument has the id `{id}`; `luxterm instruments` lists them"
                )),
                Some(i) if json => render::json(&render::instrument_json(glossary, i), &mut out),
                Some(i) => {
                    render::instrument(glossary, i, &mut out);
                    Ok(())
                }
            },
        },
        Command::Coverage { json } => {
            let c = glossary.coverage();
            if json {
                render::json(&c, &mut out)
            } else {
                render::coverage(&c, &mut out);
                Ok(())
            }
        }
        Command::Releases { json } => {
            if json {
                render::json(&glossary.releases(), &mut out)
            } else {
                render::releases(glossary, &mut out);
                Ok(())
            }
        }
    };
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

fn validate(dir: &std::path::Path, color: bool) -> ExitCode {
    match Glossary::load_dir(dir) {
        Ok(g) => {
            let verified = g
                .instruments()
                .iter()
                .flat_map(|i| i.provisions.iter())
                .filter(|p| p.verified)
                .count();
            let provisions: usize = g.instruments().iter().map(|i| i.provisions.len()).sum();
            println!(
                "ok: {} concepts, {} instruments ({} of {} provisions verified), {} releases; no problems",
                g.concepts().len(),
                g.instruments().len(),
                verified,
                provisions,
                g.releases().len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprint!("{}", e.render(color));
            ExitCode::FAILURE
        }
    }
}

fn show(
    glossary: &Glossary,
    query: &str,
    lang: Option<&str>,
    release: Option<Version>,
    json: bool,
    out: &mut String,
) -> Result<(), String> {
    // An id first, then a term in any language.
    let mut found: Vec<(&Concept, Option<&luxterm::Term>)> = Vec::new();
    if let Some(c) = glossary.concept(query) {
        found.push((c, None));
    } else {
        for hit in glossary.find_by_term(query) {
            if !found.iter().any(|(c, _)| c.id == hit.concept.id) {
                found.push((hit.concept, Some(hit.term)));
            }
        }
    }
    if found.is_empty() {
        return Err(format!(
            "no concept has the id or a term `{query}`; `luxterm list` lists the concepts"
        ));
    }
    // By default a concept is shown as it stands in the current release.
    let as_of = release.or_else(|| glossary.current_release().map(|r| r.version));
    let mut shown = Vec::new();
    for (concept, matched) in found {
        let concept = match as_of {
            None => concept.clone(),
            Some(v) => match glossary.concept_as_of(&concept.id, v) {
                Ok(Some(c)) => c,
                Ok(None) => {
                    return Err(format!(
                        "the concept `{}` did not exist in release {v}",
                        concept.id
                    ));
                }
                Err(e) => return Err(e.to_string()),
            },
        };
        shown.push((concept, matched));
    }
    if json {
        let items: Vec<_> = shown
            .iter()
            .map(|(c, m)| render::concept_json(glossary, c, *m, lang, release))
            .collect();
        let value = if items.len() == 1 {
            items.into_iter().next().unwrap_or_default()
        } else {
            serde_json::Value::Array(items)
        };
        return render::json(&value, out);
    }
    for (concept, matched) in &shown {
        if let Some(t) = matched {
            if t.status == Status::Avoid {
                render::avoid_notice(t, out);
            }
        }
        render::concept(glossary, concept, lang, release, out);
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn compare(
    glossary: &Glossary,
    ids: &[String],
    by: By,
    lang: Option<&str>,
    from: Option<Version>,
    to: Option<Version>,
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
    match by {
        By::Concepts => {
            if ids.len() < 2 {
                return Err("give two to four concept ids to compare side by side".into());
            }
            let t = glossary
                .compare_concepts(ids, lang.unwrap_or("en"))
                .map_err(|e| e.to_string())?;
            if json {
                return render::json(&t, out);
            }
            render::side_by_side(glossary, &t, out);
        }
        By::Languages => {
            let langs: Vec<&str> = lang
                .map(|l| l.split(',').map(str::trim).collect())
                .unwrap_or_default();
            let t = glossary
                .compare_languages(one()?, &langs)
                .map_err(|e| e.to_string())?;
            if json {
                return render::json(&t, out);
            }
            render::across_languages(glossary, &t, out);
        }
        By::Instruments => {
            let m = glossary
                .compare_instruments(one()?)
                .map_err(|e| e.to_string())?;
            if json {
                return render::json(&m, out);
            }
            render::element_matrix(glossary, &m, lang.unwrap_or("en"), out);
        }
        By::Releases => {
            let first = glossary.releases().first().map(|r| r.version);
            let current = glossary.current_release().map(|r| r.version);
            let (Some(from), Some(to)) = (from.or(first), to.or(current)) else {
                return Err("the glossary has no releases".into());
            };
            let d = glossary
                .concept_diff(one()?, from, to)
                .map_err(|e| e.to_string())?;
            if json {
                return render::json(&d, out);
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
