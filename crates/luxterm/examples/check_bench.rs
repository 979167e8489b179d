//! Benchmark of the text checker (not a test): throughput on a generated 100 MB multilingual
//! corpus against ripgrep (`rg -F -i -w -f <every pattern>`) on the same file in the same run,
//! and the automaton's build time and memory.
//!
//! ```text
//! nice -n 10 cargo run --release -p luxterm --features check --example check_bench [MB]
//! ```
//!
//! The corpus is the glossary's own definitions in six languages (real sentences), paragraph by
//! paragraph, with a term of the glossary (any status) inserted every few sentences, written to
//! a temporary file. ripgrep is run if it is on PATH.

// A benchmark program, not library code: it stops on the first IO error.
#![allow(clippy::panic, clippy::indexing_slicing)]

use luxterm::Glossary;
use luxterm::check::{CheckOptions, Checker};
use std::io::Write;
use std::time::Instant;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100);
    let g = Glossary::embedded();

    let t = Instant::now();
    let checker = Checker::new(g);
    let build = t.elapsed();
    println!(
        "automaton: {} patterns, built in {:.1} ms, {:.0} KiB",
        checker.pattern_count(),
        build.as_secs_f64() * 1e3,
        checker.memory_usage() as f64 / 1024.0
    );

    let corpus = corpus(g, mb << 20);
    let dir = std::env::temp_dir().join(format!("luxterm-check-bench-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let corpus_path = dir.join("corpus.txt");
    let patterns_path = dir.join("patterns.txt");
    std::fs::write(&corpus_path, &corpus).unwrap_or_else(|e| panic!("writing the corpus: {e}"));
    let mut patterns = checker.pattern_texts();
    patterns.sort_unstable();
    patterns.dedup();
    let mut pf = std::fs::File::create(&patterns_path).unwrap_or_else(|e| panic!("{e}"));
    for p in &patterns {
        let _ = writeln!(pf, "{p}");
    }
    let size = corpus.len() as f64 / (1 << 20) as f64;
    println!(
        "corpus: {size:.1} MiB, {} paragraphs, {} distinct patterns",
        corpus.matches("\n\n").count(),
        patterns.len()
    );

    let options = CheckOptions::default();
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let findings = checker.check(&corpus, &options);
        best = best.min(t.elapsed().as_secs_f64());
        count = findings.len();
    }
    // The memory of the fold table grows with the scripts seen: measure after the run.
    println!(
        "checker: {count} findings, best of 3 {:.3} s = {:.0} MiB/s (automaton and tables after the run: {:.0} KiB)",
        best,
        size / best,
        checker.memory_usage() as f64 / 1024.0
    );

    // The matcher alone (fold, automaton, whole-word filter): what the checker adds on top of it
    // is paragraphs, languages, exceptions and building findings.
    let texts = checker.pattern_texts();
    let matcher =
        luxterm_text::matcher::PhraseMatcher::new(&texts).unwrap_or_else(|e| panic!("{e}"));
    let mut m_best = f64::MAX;
    let mut m_count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        m_count = matcher.find(&corpus).len();
        m_best = m_best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "matcher alone: {m_count} matches, best of 3 {m_best:.3} s = {:.0} MiB/s",
        size / m_best
    );

    let mut rg_best = f64::MAX;
    let mut rg_lines = String::new();
    for _ in 0..3 {
        let t = Instant::now();
        let out = std::process::Command::new("rg")
            .args(["-F", "-i", "-w", "-c", "-f"])
            .arg(&patterns_path)
            .arg(&corpus_path)
            .output();
        match out {
            Ok(o) if o.status.success() || o.status.code() == Some(1) => {
                rg_best = rg_best.min(t.elapsed().as_secs_f64());
                rg_lines = String::from_utf8_lossy(&o.stdout).trim().to_owned();
            }
            Ok(o) => {
                println!("ripgrep failed: {}", String::from_utf8_lossy(&o.stderr));
                break;
            }
            Err(e) => {
                println!(
                    "ripgrep not run ({e}): install it (apt install ripgrep) for the baseline"
                );
                break;
            }
        }
    }
    if rg_best < f64::MAX {
        println!(
            "ripgrep -F -i -w -f: {rg_lines} matching lines, best of 3 {:.3} s = {:.0} MiB/s",
            rg_best,
            size / rg_best
        );
        println!(
            "ratio: checker / ripgrep throughput = {:.2}x",
            rg_best / best
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Real sentences (the glossary's definitions in six languages) with terms inserted.
fn corpus(g: &Glossary, bytes: usize) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    for c in g.concepts() {
        for d in c.definitions.iter() {
            let terms: Vec<&str> = c
                .terms
                .iter()
                .filter(|t| t.lang == d.lang)
                .map(|t| &*t.text)
                .collect();
            let mut p = String::new();
            for (i, sentence) in d.text.split_inclusive(['.', '。', ';']).enumerate() {
                p.push_str(sentence);
                if let Some(t) = terms.get(i % terms.len().max(1)) {
                    p.push(' ');
                    p.push_str(t);
                    p.push(if d.lang == "zh" { '。' } else { '.' });
                    p.push(' ');
                }
            }
            paragraphs.push(p);
        }
    }
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0usize;
    while out.len() < bytes && !paragraphs.is_empty() {
        // A fixed stride through the paragraphs mixes the languages.
        let p = &paragraphs[(i * 7919) % paragraphs.len()];
        out.push_str(p);
        out.push_str("\n\n");
        i += 1;
    }
    out
}
