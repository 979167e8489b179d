//! Writes an export of the embedded glossary, as `luxterm export` does, for the validators in
//! `scripts/check-exports.sh` and for timing (it prints the time and size of each file).
//!
//! ```text
//! cargo run -p luxterm --example export --features export,xlsx -- FORMAT [-o FILE]
//!     [--release V] [--lang L]… [--category C] [--concept ID]… [--base URI] [--bom]
//! ```
//!
//! FORMAT: `csv`, `xlsx` (with the feature `xlsx`), `skos-ttl`, `skos-jsonld`, `json`.
//!
//! `--tricky` replaces the first concept's first definition with [`TRICKY`] (quotes, a
//! backslash, line breaks, a tab, separators, characters outside the BMP), for the validators to
//! check that each format escapes it and reads back the same text.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

use luxterm::export::{Scope, Selection, csv, json, skos};
use luxterm::{Glossary, Version};

/// The text `--tricky` puts in a definition.
const TRICKY: &str = "Tricky \"quoted\" text, a back\\slash, a comma; a semicolon | a bar,\na new line,\r\na CRLF,\ta tab, and 𝒳😀 outside the BMP.";

fn main() {
    if let Err(e) = run() {
        eprintln!("export: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let format = args
        .next()
        .ok_or("usage: export FORMAT [-o FILE] [options]")?;
    let mut out: Option<String> = None;
    let mut selection = Selection::default();
    let mut concepts: Vec<String> = Vec::new();
    let mut langs: Vec<String> = Vec::new();
    let mut skos_options = skos::SkosOptions::default();
    let mut csv_options = csv::CsvOptions::default();
    let mut tricky = false;
    while let Some(a) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "-o" => out = Some(value()?),
            "--release" => selection.release = Some(value()?.parse::<Version>()?),
            "--lang" => langs.push(value()?),
            "--concept" => concepts.push(value()?),
            "--category" => selection.scope = Scope::Category(value()?.parse()?),
            "--base" => skos_options.base = value()?,
            "--bom" => csv_options.bom = true,
            "--tricky" => tricky = true,
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    if !concepts.is_empty() {
        selection.scope = Scope::Concepts(concepts);
    }
    if !langs.is_empty() {
        selection.languages = Some(langs);
    }
    let g = Glossary::embedded();
    let start = Instant::now();
    let mut selected = selection.resolve(g)?;
    if tricky {
        let def = selected
            .concepts
            .first_mut()
            .and_then(|c| c.definitions.to_mut().first_mut())
            .ok_or("--tricky: the first concept has no definition")?;
        def.text = TRICKY.into();
    }
    let bytes = match format.as_str() {
        "csv" => csv::csv(&selected, &csv_options)?,
        #[cfg(feature = "xlsx")]
        "xlsx" => luxterm::export::xlsx::xlsx(&selected, &Default::default())?,
        "json" => json::json(&selected)?,
        "skos-ttl" => skos::turtle(&selected, &skos_options)?,
        "skos-jsonld" => skos::json_ld(&selected, &skos_options)?,
        other => return Err(format!("unknown format {other}").into()),
    };
    let took = start.elapsed();
    match &out {
        Some(path) => std::fs::write(path, &bytes)?,
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&bytes)?;
        }
    }
    eprintln!(
        "export {format}: {} concepts, {} languages, {} bytes in {:.1} ms",
        selected.concepts.len(),
        selected.languages.len(),
        bytes.len(),
        took.as_secs_f64() * 1000.0
    );
    Ok(())
}
