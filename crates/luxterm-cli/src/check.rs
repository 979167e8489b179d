//! `luxterm check`: read files, run the core's checker, print its findings (human, JSON, SARIF).
//! Reading and the findings are the core's (`luxterm::check`); this file only renders them.

use luxterm::Glossary;
use luxterm::check::input::{self, Format};
use luxterm::check::{CheckOptions, CheckReport, Checker, Document, FileReport, Finding, Level};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use unicode_width::UnicodeWidthStr;

/// Arguments of `luxterm check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files to check (.txt, .md, .docx, .xlf/.xliff; anything else is read as plain text);
    /// `-` reads standard input as plain text.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Check every paragraph in this language (BCP 47) instead of detecting it.
    #[arg(long, value_name = "L")]
    lang: Option<String>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Exit with 1 if a finding is at this level or above.
    #[arg(long, value_enum, default_value_t = Deny::Avoid)]
    deny: Deny,
    /// Leave out info findings (instrument titles, quoted legal terms).
    #[arg(long)]
    no_info: bool,
    /// Report legal terms quoted next to their instrument like any other term to avoid.
    #[arg(long)]
    strict: bool,
}

/// Output formats.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OutputFormat {
    /// As rustc prints diagnostics.
    Human,
    /// The report's stable JSON form (schema: crates/luxterm/schema/check-report.schema.json).
    Json,
    /// SARIF 2.1.0.
    Sarif,
}

/// `--deny` levels.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Deny {
    /// Terms to avoid.
    Avoid,
    /// Terms to avoid and terms to use with caution.
    Caution,
}

/// Runs the command: 0 clean, 1 findings at or above `--deny`, 2 a file could not be read.
pub fn run(glossary: &Glossary, args: &CheckArgs) -> ExitCode {
    let checker = Checker::new(glossary);
    let options = CheckOptions {
        lang: args.lang.clone(),
        no_info: args.no_info,
        strict: args.strict,
    };
    let mut files = Vec::new();
    let mut docs = Vec::new();
    for path in &args.files {
        let name = path.display().to_string();
        match read(path).and_then(|bytes| findings(&checker, &name, &bytes, &options)) {
            Ok((findings, doc)) => {
                files.push(FileReport {
                    path: name,
                    findings,
                    error: None,
                });
                docs.push(doc);
            }
            Err(e) => {
                eprintln!("error: {name}: {e}");
                files.push(FileReport {
                    path: name,
                    findings: Vec::new(),
                    error: Some(e),
                });
                docs.push(Source::None);
            }
        }
    }
    let report = CheckReport::new(glossary, files);
    let mut out = String::new();
    let printed = match args.format {
        OutputFormat::Json => serde_json::to_string_pretty(&report).map(|s| out = s + "\n"),
        OutputFormat::Sarif => serde_json::to_string_pretty(&luxterm::check::sarif::log(&report))
            .map(|s| out = s + "\n"),
        OutputFormat::Human => {
            human(&report, &docs, &mut out);
            Ok(())
        }
    };
    if let Err(e) = printed {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    let deny = match args.deny {
        Deny::Avoid => Level::Avoid,
        Deny::Caution => Level::Caution,
    };
    if report.summary.errors > 0 {
        ExitCode::from(2)
    } else if report.fails(deny) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What the human output quotes lines from.
enum Source {
    None,
    Text(String),
    Doc(Document),
}

fn read(path: &PathBuf) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| e.to_string())?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| e.to_string())
    }
}

fn findings(
    checker: &Checker<'_>,
    name: &str,
    bytes: &[u8],
    options: &CheckOptions,
) -> Result<(Vec<Finding>, Source), String> {
    let err = |e: input::InputError| e.to_string();
    Ok(match Format::from_name(name) {
        Format::Text => {
            let text = input::text(bytes).map_err(err)?;
            (checker.check(text, options), Source::Text(text.to_owned()))
        }
        Format::Markdown => {
            let doc = input::markdown(input::text(bytes).map_err(err)?);
            (checker.check_document(&doc, options), Source::Doc(doc))
        }
        Format::Xliff => {
            let doc = input::xliff(input::text(bytes).map_err(err)?).map_err(err)?;
            (checker.check_document(&doc, options), Source::Doc(doc))
        }
        Format::Docx => {
            let doc = input::docx(bytes).map_err(err)?;
            (checker.check_document(&doc, options), Source::Doc(doc))
        }
    })
}

/// rustc-style: the level and message, file:line:col, the line with a caret under the span, the
/// suggestion, why, and the citations.
fn human(report: &CheckReport, docs: &[Source], out: &mut String) {
    use std::fmt::Write as _;
    for (file, doc) in report.files.iter().zip(docs) {
        for f in &file.findings {
            let level = match f.level {
                Level::Avoid => "error",
                Level::Caution => "warning",
                Level::Info => "info",
            };
            let _ = writeln!(out, "{level}[{}]: {}", kind(f), f.message);
            let (text, where_) = match (doc, &f.location) {
                (Source::Doc(d), Some(loc)) if d.source.is_none() => {
                    let block = d.blocks.iter().find(|b| b.location.as_ref() == Some(loc));
                    let part = loc.part.as_deref().unwrap_or("");
                    (
                        block.map_or("", |b| b.text.as_str()),
                        format!(
                            "{} ({part}, paragraph {})",
                            file.path,
                            loc.paragraph.unwrap_or(0)
                        ),
                    )
                }
                (Source::Doc(d), _) => (d.source.as_deref().unwrap_or(""), file.path.clone()),
                (Source::Text(t), _) => (t.as_str(), file.path.clone()),
                (Source::None, _) => ("", file.path.clone()),
            };
            let _ = writeln!(out, "  --> {where_}:{}:{}", f.span.line, f.span.column);
            let line_start = text
                .get(..f.span.start)
                .and_then(|t| t.rfind('\n'))
                .map_or(0, |i| i + 1);
            let line_end = text
                .get(f.span.start..)
                .and_then(|t| t.find('\n'))
                .map_or(text.len(), |i| f.span.start + i);
            let line = text.get(line_start..line_end).unwrap_or("");
            let number = f.span.line.to_string();
            let pad = " ".repeat(number.len());
            // Columns as a terminal shows them: wide (CJK) characters take two.
            let col = text
                .get(line_start..f.span.start)
                .map_or(0, UnicodeWidthStr::width);
            let width = text
                .get(f.span.start..f.span.end.min(line_end))
                .map_or(1, |t| t.width().max(1));
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {}", line.replace('\t', " "));
            let _ = writeln!(out, "{pad} | {}{}", " ".repeat(col), "^".repeat(width));
            // An info finding is not a term to replace: no suggestion, no reason against it.
            if f.level != Level::Info {
                if let Some(instead) = &f.instead {
                    let _ = writeln!(out, "{pad} = help: use \"{instead}\" ({})", f.lang);
                }
                if let Some(why) = &f.why {
                    let _ = writeln!(out, "{pad} = why: {why}");
                }
            }
            for c in &f.citations {
                let mut cite = c.name.clone();
                if let Some(p) = &c.provision {
                    let _ = write!(cite, ", {p}");
                }
                if let Some(p) = &c.pinpoint {
                    let _ = write!(cite, " ({p})");
                }
                if let Some(a) = &c.advice {
                    let _ = write!(cite, ": {a}");
                }
                if !c.verified {
                    cite.push_str(" [unverified]");
                }
                let _ = writeln!(out, "{pad} = source: {cite}");
            }
            out.push('\n');
        }
    }
    let s = report.summary;
    let _ = writeln!(
        out,
        "{} to avoid, {} to use with caution, {} info{}",
        s.avoid,
        s.caution,
        s.info,
        if s.errors > 0 {
            format!(", {} unreadable", s.errors)
        } else {
            String::new()
        }
    );
}

fn kind(f: &Finding) -> &'static str {
    use luxterm::check::FindingKind;
    match (f.kind, f.level) {
        (FindingKind::Term, Level::Avoid) => "avoid",
        (FindingKind::Term, _) => "caution",
        (FindingKind::InstrumentTitle, _) => "instrument-title",
        (FindingKind::QuotedLegalTerm, _) => "quoted-legal-term",
        (FindingKind::MissingEquivalent, _) => "missing-equivalent",
        // FindingKind is non-exhaustive: a kind added in the core before this face names it.
        _ => "finding",
    }
}
