//! Native benchmark of the luxterm-text index on synthetic glossaries, and the data export for the
//! MiniSearch comparison (bench/run.sh).
//!
//! ```text
//! cargo run --release -p luxterm-text --example bench -- [--sizes 1k,10k,100k,1m] [--queries 200]
//! cargo run --release -p luxterm-text --example bench -- --export DIR --sizes 100k
//! ```
//!
//! Prints, per size: build time, heap memory, and per query kind the p50/p99 latency and
//! recall@10 (the expected concept among the first ten distinct concepts); then the growth of
//! p50 from the smallest to the largest size. With `BENCH_SLOWEST=1` in the environment, the four
//! slowest queries of each kind go to stderr. Timings are wall-clock on whatever machine runs it:
//! compare figures from one run, not across machines.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

mod synth;

use std::fmt::Write as _;
use std::io::Write as _;
use std::time::Instant;

use luxterm_text::{Entry, SearchIndex, SearchOptions};

fn parse_size(s: &str) -> usize {
    let s = s.trim().to_ascii_lowercase();
    let (num, mult) = if let Some(n) = s.strip_suffix('m') {
        (n, 1_000_000)
    } else if let Some(n) = s.strip_suffix('k') {
        (n, 1_000)
    } else {
        (s.as_str(), 1)
    };
    num.parse::<usize>().expect("size like 1k, 100k, 1m") * mult
}

fn label(n: usize) -> String {
    if n >= 1_000_000 && n % 1_000_000 == 0 {
        format!("{}M", n / 1_000_000)
    } else if n >= 1000 && n % 1000 == 0 {
        format!("{}k", n / 1000)
    } else {
        n.to_string()
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn tsv_escape(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

struct Args {
    sizes: Vec<usize>,
    per_kind: usize,
    export: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        sizes: vec![1_000, 10_000, 100_000, 1_000_000],
        per_kind: 200,
        export: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--sizes" => {
                a.sizes = it
                    .next()
                    .expect("--sizes 1k,10k")
                    .split(',')
                    .map(parse_size)
                    .collect()
            }
            "--queries" => a.per_kind = it.next().expect("--queries N").parse().expect("a number"),
            "--export" => a.export = Some(it.next().expect("--export DIR")),
            "-h" | "--help" => {
                println!("bench [--sizes 1k,10k,100k,1m] [--queries N] [--export DIR]");
                std::process::exit(0);
            }
            other => panic!("unknown argument {other:?}"),
        }
    }
    a
}

const SEED: u64 = 0x1u64 << 40 | 2016;

fn main() {
    let args = args();
    if let Some(dir) = &args.export {
        std::fs::create_dir_all(dir).unwrap();
        for &n in &args.sizes {
            let t0 = Instant::now();
            let terms = synth::glossary(n, SEED);
            let queries = synth::queries(&terms, args.per_kind, SEED + 1);
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(format!("{dir}/entries-{}.tsv", label(n))).unwrap(),
            );
            for (i, t) in terms.iter().enumerate() {
                writeln!(f, "{i}\t{}\t{}\t{}", t.concept, t.lang, tsv_escape(&t.text)).unwrap();
            }
            f.flush().unwrap();
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(format!("{dir}/queries-{}.tsv", label(n))).unwrap(),
            );
            for q in &queries {
                writeln!(f, "{}\t{}\t{}", q.kind, q.concept, tsv_escape(&q.text)).unwrap();
            }
            f.flush().unwrap();
            eprintln!(
                "exported {} concepts ({} terms, {} queries) in {:.1}s",
                label(n),
                terms.len(),
                queries.len(),
                t0.elapsed().as_secs_f64()
            );
        }
        return;
    }

    println!(
        "luxterm-text native benchmark (seed {SEED}, {} queries per kind)",
        args.per_kind
    );
    println!();
    let mut p50s: Vec<(usize, Vec<(String, f64)>)> = Vec::new();
    for &n in &args.sizes {
        let t0 = Instant::now();
        let terms = synth::glossary(n, SEED);
        let queries = synth::queries(&terms, args.per_kind, SEED + 1);
        let gen_s = t0.elapsed().as_secs_f64();

        let t0 = Instant::now();
        let index = SearchIndex::build(terms.iter().enumerate().map(|(i, t)| Entry {
            text: &t.text,
            lang: t.lang,
            payload: i as u32,
            bias: 0,
        }));
        let build_s = t0.elapsed().as_secs_f64();
        let heap = index.heap_bytes();

        let opts = SearchOptions {
            lang: None,
            limit: 10,
        };
        // Warm up caches and the allocator.
        for q in &queries {
            std::hint::black_box(index.search(&q.text, &opts));
        }
        let mut report = String::new();
        writeln!(
            report,
            "## {} concepts × 6 languages = {} terms (generated in {gen_s:.1}s)\n",
            label(n),
            terms.len()
        )
        .unwrap();
        writeln!(
            report,
            "build {build_s:.3} s, heap {:.1} MB ({:.0} B/term)\n",
            heap as f64 / 1e6,
            heap as f64 / terms.len() as f64
        )
        .unwrap();
        writeln!(report, "| query kind | n | p50 µs | p99 µs | recall@10 |").unwrap();
        writeln!(report, "|---|---:|---:|---:|---:|").unwrap();
        let mut row_p50 = Vec::new();
        for kind in synth::KINDS {
            let qs: Vec<&synth::Query> = queries.iter().filter(|q| q.kind == kind).collect();
            let mut lat = Vec::with_capacity(qs.len());
            let mut found = 0usize;
            for q in &qs {
                let t = Instant::now();
                let hits = index.search(&q.text, &opts);
                lat.push(t.elapsed().as_secs_f64() * 1e6);
                let mut concepts: Vec<u32> = Vec::new();
                for h in &hits {
                    let c = terms[h.payload as usize].concept;
                    if !concepts.contains(&c) {
                        concepts.push(c);
                    }
                }
                if concepts.iter().take(10).any(|&c| c == q.concept) {
                    found += 1;
                }
            }
            if std::env::var_os("BENCH_SLOWEST").is_some() {
                let mut by: Vec<(f64, &str)> = lat
                    .iter()
                    .copied()
                    .zip(qs.iter().map(|q| q.text.as_str()))
                    .collect();
                by.sort_by(|a, b| b.0.total_cmp(&a.0));
                for (t, q) in by.iter().take(4) {
                    eprintln!("slow {kind} {t:.0}µs {q:?}");
                }
            }
            lat.sort_by(f64::total_cmp);
            let p50 = percentile(&lat, 0.5);
            writeln!(
                report,
                "| {kind} | {} | {:.1} | {:.1} | {:.3} |",
                qs.len(),
                p50,
                percentile(&lat, 0.99),
                found as f64 / qs.len().max(1) as f64
            )
            .unwrap();
            row_p50.push((kind.to_string(), p50));
        }
        println!("{report}");
        p50s.push((n, row_p50));
    }
    if let (Some(first), Some(last)) = (p50s.first(), p50s.last()) {
        if first.0 != last.0 {
            let growth = last.0 as f64 / first.0 as f64;
            println!(
                "## p50 growth from {} to {} concepts (size ×{growth:.0})\n",
                label(first.0),
                label(last.0)
            );
            println!(
                "| query kind | p50 {} µs | p50 {} µs | ratio |",
                label(first.0),
                label(last.0)
            );
            println!("|---|---:|---:|---:|");
            for ((kind, a), (_, b)) in first.1.iter().zip(&last.1) {
                println!("| {kind} | {a:.1} | {b:.1} | ×{:.1} |", b / a);
            }
        }
    }
}
