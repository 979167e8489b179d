//! Benchmark of the exports (not a test): time to resolve the whole glossary and write it in
//! every implemented format, best of N runs, and the file's size (plain and gzip is for the
//! reader to measure). Peak memory of a whole-glossary export is measured on the CLI with
//! `/usr/bin/time -v luxterm export --format tbx -o /dev/null` (README, "Exports: TBX").
//!
//! ```text
//! nice -n 10 cargo run --release -p luxterm --features export --example export_bench [RUNS]
//! ```

// A benchmark program, not library code.
#![allow(clippy::panic, clippy::indexing_slicing)]

use luxterm::Glossary;
use luxterm::export::{ExportError, Format, Selection, export};
use std::time::{Duration, Instant};

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20);
    let g = Glossary::embedded();
    let mut best_resolve = Duration::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        let s = Selection::default().resolve(g);
        best_resolve = best_resolve.min(t.elapsed());
        assert!(s.is_ok());
    }
    let selected = match Selection::default().resolve(g) {
        Ok(s) => s,
        Err(e) => panic!("{e}"),
    };
    println!(
        "resolve: {} concepts, {} languages, best of {runs}: {:.2} ms",
        selected.concepts.len(),
        selected.languages.len(),
        best_resolve.as_secs_f64() * 1e3
    );
    for format in Format::ALL {
        let mut best = Duration::MAX;
        let mut size = 0;
        for _ in 0..runs {
            let t = Instant::now();
            match export(&selected, format) {
                Ok(bytes) => size = bytes.len(),
                Err(ExportError::Unsupported(_)) => break,
                Err(e) => panic!("{format}: {e}"),
            }
            best = best.min(t.elapsed());
        }
        if size == 0 {
            println!("{format}: not implemented in this build");
            continue;
        }
        println!(
            "{format}: {:.0} KiB, best of {runs}: {:.2} ms",
            size as f64 / 1024.0,
            best.as_secs_f64() * 1e3
        );
    }
}
