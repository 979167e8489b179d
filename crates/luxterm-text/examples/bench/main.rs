//! Native benchmark of the luxterm-text index on synthetic glossaries, and the data export for the
//! MiniSearch comparison (bench/run.sh).
//!
//! ```text
//! cargo run --release -p luxterm-text --example bench -- [--sizes 1k,10k,100k,1m] [--queries 200]
//!     [--shape growing|zipf|both]
//! cargo run --release -p luxterm-text --example bench -- --export DIR --sizes 100k --shape zipf
//! cargo run --release -p luxterm-text --example bench -- --build-tsv DIR/entries-zipf-1M.tsv
//! ```
//!
//! Prints, per shape and size: build time (folding, then sorting), heap memory, peak RSS, the
//! time to serialise and to load the index against the time to build it, and per query kind the
//! p50/p99 latency and recall@10 (the expected concept among the first ten distinct concepts);
//! then the growth of p50 from the smallest to the largest size. `--build-tsv` builds from an
//! exported TSV read in blocks in a fresh process, so that its peak RSS is the index's and
//! the build's own (no corpus in memory), then saves and loads the index (with `BENCH_KEEP=1`
//! in the environment the saved index stays beside the TSV as `FILE.lxti`, to `cmp` the
//! output of two builds). With `BENCH_SLOWEST=1` in the environment, the four
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

use luxterm_text::{Entry, MatchKind, SearchIndex, SearchOptions};

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
    shapes: Vec<synth::Shape>,
    build_tsv: Option<String>,
    threads: usize,
    load: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        sizes: vec![1_000, 10_000, 100_000, 1_000_000],
        per_kind: 200,
        export: None,
        shapes: vec![synth::Shape::Growing, synth::Shape::Zipf],
        build_tsv: None,
        threads: 1,
        load: None,
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
            "--shape" => {
                let v = it.next().expect("--shape growing|zipf|both");
                a.shapes = if v == "both" {
                    vec![synth::Shape::Growing, synth::Shape::Zipf]
                } else {
                    vec![synth::Shape::parse(&v).expect("--shape growing|zipf|both")]
                }
            }
            "--build-tsv" => a.build_tsv = Some(it.next().expect("--build-tsv FILE")),
            "--load" => a.load = Some(it.next().expect("--load FILE")),
            "--threads" => a.threads = it.next().expect("--threads N").parse().expect("a number"),
            "-h" | "--help" => {
                println!(
                    "bench [--sizes 1k,10k,100k,1m] [--queries N] [--shape growing|zipf|both] [--export DIR] [--build-tsv FILE [--threads N]] [--load FILE]"
                );
                std::process::exit(0);
            }
            other => panic!("unknown argument {other:?}"),
        }
    }
    a
}

const SEED: u64 = 0x1u64 << 40 | 2016;

/// A line of /proc/self/status in bytes (Linux), e.g. `VmHWM` (peak RSS) or `VmRSS`.
fn proc_status(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Resets the peak RSS to the current RSS (Linux ≥ 4.0), so that VmHWM measures what follows.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Passes over each kind's queries for the mean CPU time per query.
const CPU_PASSES: usize = 10;

/// CPU time of this thread so far, in seconds (Linux, 10 ms resolution): what a query costs
/// when other processes share the cores, beside its wall-clock time.
fn thread_cpu_s() -> f64 {
    cpu_s("/proc/thread-self/stat")
}

/// CPU time of the whole process so far, in seconds: a build's, with the threads it sorted on
/// (the kernel adds a thread's time to the process's when it ends).
fn process_cpu_s() -> f64 {
    cpu_s("/proc/self/stat")
}

fn cpu_s(stat: &str) -> f64 {
    let Ok(stat) = std::fs::read_to_string(stat) else {
        return f64::NAN;
    };
    // Fields after the command name (which is in parentheses): utime is the 14th field.
    let Some(rest) = stat.rsplit(')').next() else {
        return f64::NAN;
    };
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        f.get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(f64::NAN)
    };
    (ticks(11) + ticks(12)) / 100.0
}

fn mb(b: u64) -> String {
    format!("{:.1}", b as f64 / 1e6)
}

/// Builds from a TSV file read in blocks, then saves and loads the index.
fn build_from_tsv(path: &str, threads: usize) {
    reset_peak_rss();
    let rss0 = proc_status("VmRSS").unwrap_or(0);
    let cpu0 = process_cpu_s();
    let t0 = Instant::now();
    // Blocks of 4 MiB, each cut after its last full line; the entries of a block borrow from
    // it and go to the builder as one batch (folded on the builder's threads, if it has more
    // than one).
    use std::io::Read as _;
    const BLOCK: usize = 4 << 20;
    let mut file = std::fs::File::open(path).unwrap();
    let mut b = luxterm_text::IndexBuilder::with_threads(threads);
    let mut buf: Vec<u8> = Vec::with_capacity(2 * BLOCK);
    let mut lines = 0usize;
    loop {
        let had = buf.len();
        buf.resize(had + BLOCK, 0);
        let got = file.read(&mut buf[had..]).unwrap();
        buf.truncate(had + got);
        if buf.is_empty() {
            break;
        }
        let cut = if got == 0 {
            buf.len()
        } else {
            buf.iter().rposition(|&c| c == b'\n').map_or(0, |p| p + 1)
        };
        {
            let block = std::str::from_utf8(&buf[..cut]).unwrap();
            let mut entries: Vec<Entry> = Vec::with_capacity(cut / 32);
            for l in block.lines() {
                let mut p = l.splitn(4, '\t');
                if let (Some(id), Some(_concept), Some(lang), Some(text)) =
                    (p.next(), p.next(), p.next(), p.next())
                {
                    entries.push(Entry {
                        text,
                        lang,
                        payload: id.parse().unwrap(),
                        bias: 0,
                    });
                }
            }
            lines += entries.len();
            b.push_batch(&entries);
        }
        buf.drain(..cut);
    }
    let push_s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let index = b.finish();
    let finish_s = t1.elapsed().as_secs_f64();
    let build_s = t0.elapsed().as_secs_f64();
    let build_cpu = process_cpu_s() - cpu0;
    let peak = proc_status("VmHWM").unwrap_or(0);
    let t2 = Instant::now();
    let bytes = index.to_bytes();
    let save_s = t2.elapsed().as_secs_f64();
    let idx_path = format!("{path}.lxti");
    std::fs::write(&idx_path, &bytes).unwrap();
    drop(index);
    drop(bytes);
    let t3 = Instant::now();
    let file = std::fs::read(&idx_path).unwrap();
    let read_s = t3.elapsed().as_secs_f64();
    let file_len = file.len();
    let t4 = Instant::now();
    let loaded = SearchIndex::from_vec(file).unwrap();
    let load_s = t4.elapsed().as_secs_f64();
    println!(
        "## {path}: {lines} terms, built from the file read in 4 MiB blocks, folded and sorted on {} thread{}\n",
        threads.max(1),
        if threads > 1 { "s" } else { "" }
    );
    println!(
        "| build s (read + fold, sort; CPU) | heap MB | peak RSS MB (from {} MB before) | bytes MB | to_bytes s | file read + from_vec s | build / load (from_vec alone) |",
        mb(rss0)
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|");
    println!(
        "| {build_s:.2} ({push_s:.2}, {finish_s:.2}; CPU {build_cpu:.2}) | {} | {} | {} | {save_s:.2} | {read_s:.3} + {load_s:.3} | ×{:.0} (×{:.0}) |",
        mb(loaded.heap_bytes() as u64),
        mb(peak),
        mb(file_len as u64),
        build_s / (read_s + load_s),
        build_s / load_s
    );
    print_memory(&loaded.memory());
    if std::env::var_os("BENCH_KEEP").is_none() {
        let _ = std::fs::remove_file(&idx_path);
    }
}

/// Where the index's memory goes ([`SearchIndex::memory`]): each part in MB and bytes a term.
fn print_memory(m: &luxterm_text::IndexMemory) {
    let per = |b: usize| b as f64 / m.terms.max(1) as f64;
    let mib = |b: usize| mb(b as u64);
    let anchors = m.full_anchors + m.word_anchors + m.inner_anchors + m.end_anchors;
    println!(
        "\nWhere it goes ({:.2} anchors a term: {} full keys, {} word starts, {} inner boundaries, {} word ends):\n",
        anchors as f64 / m.terms.max(1) as f64,
        m.full_anchors,
        m.word_anchors,
        m.inner_anchors,
        m.end_anchors
    );
    println!("| part | MB | B/term |");
    println!("|---|---:|---:|");
    for (part, b) in [
        ("keys (folded text, one byte after each)", m.key_bytes),
        ("entries (key start, payload, bias)", m.entry_bytes),
        ("anchors (4 bytes each)", m.anchor_bytes()),
        (
            "rebuilt when loading (min-trees, samples, directory)",
            m.rebuilt_bytes,
        ),
        ("other (language tags and parts)", m.other_bytes),
        ("total", m.total()),
    ] {
        println!("| {part} | {} | {:.1} |", mib(b), per(b));
    }
}

/// Loads a saved index (`BENCH_KEEP=1 bench --build-tsv` leaves one beside the TSV) five
/// times each way in this process, each into fresh memory (the index before is dropped first),
/// and prints each time: `from_bytes` of the file's bytes (copies them), `from_vec` of a copy of
/// them made before the clock starts (the views of that buffer: what loading itself costs), and
/// the file read with `std::fs::read` then `from_vec` (what a program pays from a file in the
/// page cache). Loading is bound by memory (copying, page faults of fresh allocations), which
/// other processes on the machine move from one run to the next.
fn load_repeatedly(path: &str) {
    let file = std::fs::read(path).unwrap();
    let mut rows: [(&str, Vec<f64>); 3] = [
        ("from_bytes", Vec::new()),
        ("from_vec", Vec::new()),
        ("read + from_vec", Vec::new()),
    ];
    for _ in 0..5 {
        let t = Instant::now();
        let index = SearchIndex::from_bytes(&file).unwrap();
        rows[0].1.push(t.elapsed().as_secs_f64());
        drop(index);
        let copy = file.clone();
        let t = Instant::now();
        let index = SearchIndex::from_vec(copy).unwrap();
        rows[1].1.push(t.elapsed().as_secs_f64());
        drop(index);
        let t = Instant::now();
        let index = SearchIndex::from_vec(std::fs::read(path).unwrap()).unwrap();
        rows[2].1.push(t.elapsed().as_secs_f64());
        drop(index);
    }
    println!("{path}: {} MB", mb(file.len() as u64));
    for (name, mut times) in rows {
        let shown: Vec<String> = times.iter().map(|t| format!("{t:.3}")).collect();
        times.sort_by(f64::total_cmp);
        println!("  {name} s: {} (median {:.3})", shown.join(", "), times[2]);
    }
}

fn export(args: &Args, dir: &str) {
    std::fs::create_dir_all(dir).unwrap();
    for &shape in &args.shapes {
        for &n in &args.sizes {
            let t0 = Instant::now();
            let g = synth::glossary(n, SEED, shape);
            let queries = synth::queries(&g, args.per_kind, SEED + 1);
            let terms = &g.terms;
            let name = format!("{}-{}", shape.name(), label(n));
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(format!("{dir}/entries-{name}.tsv")).unwrap(),
            );
            for (i, t) in terms.iter().enumerate() {
                writeln!(f, "{i}\t{}\t{}\t{}", t.concept, t.lang, tsv_escape(&t.text)).unwrap();
            }
            f.flush().unwrap();
            let mut f = std::io::BufWriter::new(
                std::fs::File::create(format!("{dir}/queries-{name}.tsv")).unwrap(),
            );
            for q in &queries {
                writeln!(f, "{}\t{}\t{}", q.kind, q.concept, tsv_escape(&q.text)).unwrap();
            }
            f.flush().unwrap();
            eprintln!(
                "exported {name} ({} terms, {} queries) in {:.1}s",
                terms.len(),
                queries.len(),
                t0.elapsed().as_secs_f64()
            );
        }
    }
}

fn main() {
    let args = args();
    if let Some(path) = &args.load {
        load_repeatedly(path);
        return;
    }
    if let Some(path) = &args.build_tsv {
        build_from_tsv(path, args.threads);
        return;
    }
    if let Some(dir) = &args.export {
        export(&args, dir);
        return;
    }
    println!(
        "luxterm-text native benchmark (seed {SEED}, {} queries per kind)",
        args.per_kind
    );
    println!();
    for &shape in &args.shapes {
        bench_shape(&args, shape);
    }
}

fn bench_shape(args: &Args, shape: synth::Shape) {
    let mut p50s: Vec<(usize, Vec<(String, f64)>)> = Vec::new();
    println!("# corpus shape: {}\n", shape.name());
    for &n in &args.sizes {
        let t0 = Instant::now();
        let g = synth::glossary(n, SEED, shape);
        let queries = synth::queries(&g, args.per_kind, SEED + 1);
        let terms = &g.terms;
        let gen_s = t0.elapsed().as_secs_f64();

        reset_peak_rss();
        let rss0 = proc_status("VmRSS").unwrap_or(0);
        let cpu0 = thread_cpu_s();
        let t0 = Instant::now();
        let mut b = luxterm_text::IndexBuilder::default();
        for (i, t) in terms.iter().enumerate() {
            b.push(Entry {
                text: &t.text,
                lang: t.lang,
                payload: i as u32,
                bias: 0,
            });
        }
        let push_s = t0.elapsed().as_secs_f64();
        let t1 = Instant::now();
        let index = b.finish();
        let finish_s = t1.elapsed().as_secs_f64();
        let build_s = t0.elapsed().as_secs_f64();
        let build_cpu = thread_cpu_s() - cpu0;
        let peak = proc_status("VmHWM").unwrap_or(0);
        let heap = index.heap_bytes();
        let t2 = Instant::now();
        let bytes = index.to_bytes();
        let save_s = t2.elapsed().as_secs_f64();
        let t3 = Instant::now();
        let cpu3 = thread_cpu_s();
        let copied = SearchIndex::from_bytes(&bytes).unwrap();
        let load_s = t3.elapsed().as_secs_f64();
        let load_cpu = thread_cpu_s() - cpu3;
        assert_eq!(copied.len(), index.len());
        drop(copied);
        let kept = bytes.clone();
        let t4 = Instant::now();
        let loaded = SearchIndex::from_vec(kept).unwrap();
        let view_s = t4.elapsed().as_secs_f64();
        // BENCH_LOADED=1 runs the queries on the loaded index (its arrays views of the bytes)
        // instead of the built one: what a glossary that ships its index prebuilt searches.
        let index = if std::env::var_os("BENCH_LOADED").is_some() {
            drop(index);
            loaded
        } else {
            drop(loaded);
            index
        };

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
            "## {} {} concepts = {} terms ({:.2} a concept; generated in {gen_s:.1}s)\n",
            shape.name(),
            label(n),
            terms.len(),
            terms.len() as f64 / g.concepts() as f64
        )
        .unwrap();
        writeln!(
            report,
            "build {build_s:.3} s (fold {push_s:.3} + sort {finish_s:.3}; CPU {build_cpu:.2} s), heap {} MB ({:.0} B/term), \
             peak RSS during the build {} MB (of which {} MB before it: the corpus and queries)\n",
            mb(heap as u64),
            heap as f64 / terms.len() as f64,
            mb(peak),
            mb(rss0)
        )
        .unwrap();
        writeln!(
            report,
            "serialised {} MB: to_bytes {save_s:.3} s, from_bytes {load_s:.3} s (CPU {load_cpu:.2} s), \
             from_vec {view_s:.3} s; loading is ×{:.0} (from_bytes) and ×{:.0} (from_vec) faster than building \
             (wall clock); queries on the {} index\n",
            mb(bytes.len() as u64),
            build_s / load_s,
            build_s / view_s,
            if std::env::var_os("BENCH_LOADED").is_some() { "loaded (from_vec)" } else { "built" }
        )
        .unwrap();
        drop(bytes);
        writeln!(
            report,
            "| query kind | n | p50 µs | p99 µs | mean CPU µs ({CPU_PASSES} passes) | recall@10 |"
        )
        .unwrap();
        writeln!(report, "|---|---:|---:|---:|---:|---:|").unwrap();
        // BENCH_DUMP=FILE writes every query's hits, to compare two versions' results.
        let mut dump = std::env::var_os("BENCH_DUMP").map(|p| {
            std::io::BufWriter::new(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .unwrap(),
            )
        });
        let mut row_p50 = Vec::new();
        let mut all_lat = Vec::new();
        for kind in synth::KINDS {
            let qs: Vec<&synth::Query> = queries.iter().filter(|q| q.kind == kind).collect();
            let mut lat = Vec::with_capacity(qs.len());
            let mut found = 0usize;
            for q in &qs {
                let t = Instant::now();
                let hits = index.search(&q.text, &opts);
                lat.push(t.elapsed().as_secs_f64() * 1e6);
                if let Some(f) = dump.as_mut() {
                    let h: Vec<(u32, MatchKind, u8)> = hits
                        .iter()
                        .map(|h| (h.payload, h.kind, h.distance))
                        .collect();
                    writeln!(f, "{kind}\t{:?}\t{h:?}", q.text).unwrap();
                }
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
            // The thread's CPU time over repeated passes: what a query costs when it is not
            // descheduled (the machine the figures are recorded on is shared).
            let cpu0 = thread_cpu_s();
            let mut n_cpu = 0usize;
            for _ in 0..CPU_PASSES {
                for q in &qs {
                    std::hint::black_box(index.search(&q.text, &opts));
                    n_cpu += 1;
                }
            }
            let cpu_us = (thread_cpu_s() - cpu0) * 1e6 / n_cpu.max(1) as f64;
            all_lat.extend_from_slice(&lat);
            lat.sort_by(f64::total_cmp);
            let p50 = percentile(&lat, 0.5);
            writeln!(
                report,
                "| {kind} | {} | {:.1} | {:.1} | {cpu_us:.1} | {:.3} |",
                qs.len(),
                p50,
                percentile(&lat, 0.99),
                found as f64 / qs.len().max(1) as f64
            )
            .unwrap();
            row_p50.push((kind.to_string(), p50));
        }
        all_lat.sort_by(f64::total_cmp);
        writeln!(
            report,
            "| all kinds | {} | {:.1} | {:.1} | | |",
            all_lat.len(),
            percentile(&all_lat, 0.5),
            percentile(&all_lat, 0.99)
        )
        .unwrap();
        println!("{report}");
        p50s.push((n, row_p50));
    }
    if let (Some(first), Some(last)) = (p50s.first(), p50s.last()) {
        if first.0 != last.0 {
            let growth = last.0 as f64 / first.0 as f64;
            println!(
                "## {}: p50 growth from {} to {} concepts (size ×{growth:.0})\n",
                shape.name(),
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
            println!();
        }
    }
}
