//! `Glossary::embedded()` against loading the same glossary from its TOML sources.
//!
//! Prints, in one run: the time of each way of getting a glossary (median of many runs), the
//! ratios against the TOML baseline, and memory: the embedded glossary's static data against the
//! heap a loaded glossary keeps. Run with `cargo bench -p luxterm --bench embedded`.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]
// A counting global allocator needs `unsafe impl GlobalAlloc`; it only forwards to `System`.
#![allow(unsafe_code)]

use luxterm::Glossary;
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::path::PathBuf;
use std::sync::atomic::{AtomicIsize, Ordering};
use std::time::{Duration, Instant};

/// Counts live heap bytes, so the bench can report what a loaded glossary keeps.
struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Median time of one call of `f`, over batches sized so each batch takes about 2 ms.
fn median<T>(mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    let mut per_batch = 1u32;
    while {
        let t = Instant::now();
        for _ in 0..per_batch {
            black_box(f());
        }
        t.elapsed() < Duration::from_millis(2)
    } {
        per_batch = per_batch.saturating_mul(2);
    }
    let mut samples = Vec::new();
    while samples.len() < 31 || (start.elapsed() < Duration::from_secs(2) && samples.len() < 301) {
        let t = Instant::now();
        for _ in 0..per_batch {
            black_box(f());
        }
        samples.push(t.elapsed() / per_batch);
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn fmt(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns < 10_000 {
        format!("{ns} ns")
    } else if ns < 10_000_000 {
        format!("{:.1} µs", ns as f64 / 1e3)
    } else {
        format!("{:.2} ms", ns as f64 / 1e6)
    }
}

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../glossary");
    let mut files: Vec<(String, String)> = ["releases.toml", "elements.toml"]
        .iter()
        .filter_map(|f| Some((f.to_string(), std::fs::read_to_string(dir.join(f)).ok()?)))
        .collect();
    for sub in ["instruments", "concepts"] {
        let mut names: Vec<_> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        names.sort();
        for n in names {
            let text = std::fs::read_to_string(dir.join(sub).join(&n)).unwrap();
            files.push((format!("{sub}/{n}"), text));
        }
    }
    let source_bytes: usize = files.iter().map(|(_, t)| t.len()).sum();
    let g = Glossary::embedded();
    println!(
        "glossary: {} concepts, {} instruments, {} releases, {} source files ({} KiB of TOML)",
        g.concepts().len(),
        g.instruments().len(),
        g.releases().len(),
        files.len(),
        source_bytes / 1024
    );

    if let Err(e) = luxterm_data::load_sources("glossary", &files) {
        eprint!("{}", e.render(false));
        std::process::exit(1);
    }
    let toml_dir = median(|| luxterm_data::load_dir(&dir, "glossary").unwrap());
    let toml_mem = median(|| luxterm_data::load_sources("glossary", &files).unwrap());
    let compact: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/whole.lxtg"));
    let decode = median(|| Glossary::from_compact(compact).unwrap());
    let search_part: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/search.lxtg"));
    let decode_search = median(|| Glossary::from_compact(search_part).unwrap());
    let embedded = median(|| Glossary::embedded().concepts().len());
    let first_lookup = median(|| {
        Glossary::embedded()
            .concept(black_box("sale-of-children"))
            .is_some()
    });

    let before = LIVE.load(Ordering::Relaxed);
    let loaded = luxterm_data::load_sources("glossary", &files).unwrap();
    let heap = LIVE.load(Ordering::Relaxed) - before;
    black_box(&loaded);

    // Below the timer's resolution a call is counted as 1 ns, so the ratio is a lower bound.
    let ratio = |d: Duration| toml_dir.as_secs_f64() / d.as_secs_f64().max(1e-9);
    println!();
    println!(
        "{:<52} {:>12} {:>16}",
        "way of getting the glossary", "median", "vs TOML from disk"
    );
    println!(
        "{:<52} {:>12} {:>15.1}×",
        "load_dir: read + parse + validate TOML (baseline)",
        fmt(toml_dir),
        1.0
    );
    println!(
        "{:<52} {:>12} {:>15.1}×",
        "load_sources: parse + validate TOML, no IO",
        fmt(toml_mem),
        ratio(toml_mem)
    );
    println!(
        "{:<52} {:>12} {:>15.1}×",
        "compact whole glossary decoded (the web fetches it)",
        fmt(decode),
        ratio(decode)
    );
    println!(
        "{:<52} {:>12} {:>15.1}×",
        "compact search part decoded (the web embeds it)",
        fmt(decode_search),
        ratio(decode_search)
    );
    println!(
        "{:<52} {:>12} {:>14.0}×{}",
        "Glossary::embedded() (baked static data)",
        fmt(embedded),
        ratio(embedded),
        if embedded.as_nanos() == 0 {
            " (at least)"
        } else {
            ""
        }
    );
    println!(
        "{:<52} {:>12} {:>15.0}×",
        "Glossary::embedded() + concept(id) look-up",
        fmt(first_lookup),
        ratio(first_lookup)
    );
    println!();
    println!("memory");
    println!(
        "  embedded glossary: {} KiB of static data (strings and lists in the binary), 0 bytes of heap",
        g.data_bytes() / 1024
    );
    println!(
        "  loaded from TOML:  {} KiB of heap kept (strings, vectors, term index)",
        heap / 1024
    );
    println!(
        "  compact form:      {} KiB for the whole glossary, {} KiB for its search part (postcard)",
        compact.len() / 1024,
        search_part.len() / 1024
    );
}
