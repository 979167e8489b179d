//! Benchmark of the TBX import: generates a TBX-Basic file of 100,000 concepts (and the same
//! content as TBX 2008), imports each into a fresh glossary folder holding the real glossary's
//! releases and instruments, and prints the time and the peak resident memory (VmHWM). When a
//! Python with translate-toolkit is at hand, also times `translate.storage.tbx` parsing the
//! TBX 2008 file (it reads no other TBX), and prints the ratio.
//!
//! ```sh
//! cargo run --release -p luxterm-data --features import --example import_bench
//! # optional: CONCEPTS=20000, TBX_PYTHON=path/to/venv/bin/python (default: target/venv-tbx)
//! ```

use luxterm_data::import::{ImportOptions, Limits, Target, import_tbx, plan_tbx};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Words that recur across terms, as in a real termbase (a few hundred, Zipf-like reuse).
const WORDS: &[&str] = &[
    "child",
    "sexual",
    "abuse",
    "exploitation",
    "material",
    "online",
    "offender",
    "victim",
    "trafficking",
    "sale",
    "prostitution",
    "grooming",
    "solicitation",
    "image",
    "video",
    "content",
    "live",
    "streaming",
    "extortion",
    "coercion",
    "consent",
    "age",
    "minor",
    "jurisdiction",
    "offence",
    "possession",
    "production",
    "distribution",
    "access",
    "travel",
    "tourism",
    "marriage",
    "labour",
    "adoption",
    "organ",
    "removal",
    "survivor",
    "support",
    "protection",
    "prevention",
    "report",
    "hotline",
    "platform",
    "service",
    "provider",
    "digital",
    "virtual",
    "generated",
    "depiction",
    "representation",
    "purpose",
    "commercial",
    "network",
];
const FR: &[&str] = &[
    "enfant",
    "sexuel",
    "abus",
    "exploitation",
    "matériel",
    "en ligne",
    "auteur",
    "victime",
    "traite",
    "vente",
    "prostitution",
    "pédopiégeage",
    "sollicitation",
    "image",
    "vidéo",
    "contenu",
    "direct",
    "diffusion",
    "extorsion",
    "contrainte",
    "consentement",
    "âge",
    "mineur",
];
const CATEGORIES: &[&str] = &[
    "people",
    "umbrella",
    "sale-and-trafficking",
    "prostitution",
    "travel-and-tourism",
    "material",
    "online-conduct",
    "offence-elements",
    "ict",
    "legal-framework",
    "institution",
];

/// A deterministic pseudo-random sequence (xorshift), so every run generates the same file.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        usize::try_from(self.0 % 1_000_000).unwrap_or(0)
    }
    /// Skewed towards the first words (Zipf-like).
    fn word<'a>(&mut self, words: &[&'a str]) -> &'a str {
        let a = self.next() % words.len();
        let b = self.next() % words.len();
        words.get(a.min(b)).copied().unwrap_or("term")
    }
    fn phrase(&mut self, words: &[&str], n: usize) -> String {
        (0..n)
            .map(|_| self.word(words))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

fn generate(path: &Path, n: usize, v2: bool) -> std::io::Result<()> {
    let f = std::fs::File::create(path)?;
    let mut w = std::io::BufWriter::new(f);
    let (entry, lang, term) = if v2 {
        ("termEntry", "langSet", "tig")
    } else {
        ("conceptEntry", "langSec", "termSec")
    };
    if v2 {
        writeln!(
            w,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE martif SYSTEM \"TBXBasiccoreStructV02.dtd\">\n<martif type=\"TBX-Basic\" xml:lang=\"en\">\n  <martifHeader><fileDesc><publicationStmt><p>luxterm glossary, release 1.1.0 of 2026-12-01</p></publicationStmt><sourceDesc><p>benchmark</p></sourceDesc></fileDesc></martifHeader>\n  <text>\n    <body>"
        )?;
    } else {
        writeln!(
            w,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n  <tbxHeader><fileDesc><publicationStmt><p>luxterm glossary, release 1.1.0 of 2026-12-01</p></publicationStmt><sourceDesc><p>benchmark</p></sourceDesc></fileDesc></tbxHeader>\n  <text>\n    <body>"
        )?;
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut prev = String::new();
    for i in 0..n {
        let id = format!("c-{i}-{}", rng.word(WORDS));
        let cat = CATEGORIES
            .get(i % CATEGORIES.len())
            .copied()
            .unwrap_or("people");
        writeln!(w, "      <{entry} id=\"{id}\">")?;
        writeln!(w, "        <descrip type=\"subjectField\">{cat}</descrip>")?;
        if i % 3 == 0 && !prev.is_empty() {
            writeln!(
                w,
                "        <ref type=\"crossReference\" target=\"{prev}\">related</ref>"
            )?;
        }
        // English: a definition, a preferred term, sometimes an admitted one and a deprecated one.
        writeln!(w, "        <{lang} xml:lang=\"en\">")?;
        let words = 2 + rng.next() % 10;
        writeln!(
            w,
            "          <descripGrp><descrip type=\"definition\">{}.</descrip><admin type=\"source\">opsc art. 2(c)</admin></descripGrp>",
            rng.phrase(WORDS, 6 + words)
        )?;
        let k = 1 + rng.next() % 3;
        let preferred = format!("{} {i}", rng.phrase(WORDS, k));
        writeln!(
            w,
            "          <{term} id=\"{id}-en-1\"><term>{preferred}</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote><termNote type=\"partOfSpeech\">noun</termNote></{term}>"
        )?;
        if i % 2 == 0 {
            writeln!(
                w,
                "          <{term} id=\"{id}-en-2\"><term>{} {i} alt</term><termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote><note>{}.</note></{term}>",
                rng.phrase(WORDS, 2),
                rng.phrase(WORDS, 5)
            )?;
        }
        if i % 5 == 0 {
            writeln!(
                w,
                "          <{term} id=\"{id}-en-3\"><term>{} {i} old</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote><note>luxterm why: {}.</note><ref type=\"crossReference\" target=\"{id}-en-1\">{preferred}</ref></{term}>",
                rng.phrase(WORDS, 2),
                rng.phrase(WORDS, 6)
            )?;
        }
        writeln!(w, "        </{lang}>")?;
        if i % 3 != 2 {
            writeln!(w, "        <{lang} xml:lang=\"fr\">")?;
            writeln!(
                w,
                "          <{term} id=\"{id}-fr-1\"><term>{} {i}</term><termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote><termNote type=\"grammaticalGender\">masculine</termNote></{term}>",
                {
                    let k = 1 + rng.next() % 3;
                    rng.phrase(FR, k)
                }
            )?;
            writeln!(w, "        </{lang}>")?;
        }
        writeln!(w, "      </{entry}>")?;
        prev = id;
    }
    if v2 {
        writeln!(w, "    </body>\n  </text>\n</martif>")?;
    } else {
        writeln!(w, "    </body>\n  </text>\n</tbx>")?;
    }
    w.flush()
}

/// Peak resident memory of this process so far, in MiB (`VmHWM`).
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// A folder holding the real glossary's releases, elements and instruments (no concepts).
fn seed(into: &Path, glossary: &Path) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(into);
    std::fs::create_dir_all(into.join("instruments"))?;
    std::fs::create_dir_all(into.join("concepts"))?;
    for f in ["releases.toml", "elements.toml"] {
        std::fs::copy(glossary.join(f), into.join(f))?;
    }
    for e in std::fs::read_dir(glossary.join("instruments"))? {
        let e = e?;
        std::fs::copy(e.path(), into.join("instruments").join(e.file_name()))?;
    }
    Ok(())
}

/// The glossary files of a folder (no concepts yet), as the importer's `Target::Existing`.
fn sources(dir: &Path) -> std::io::Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for f in ["releases.toml", "elements.toml"] {
        out.push((f.to_owned(), std::fs::read_to_string(dir.join(f))?));
    }
    let mut names: Vec<_> = std::fs::read_dir(dir.join("instruments"))?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for n in names {
        let text = std::fs::read_to_string(dir.join("instruments").join(&n))?;
        out.push((format!("instruments/{n}"), text));
    }
    Ok(out)
}

/// Seconds translate-toolkit takes to parse `file`, and the units it found.
fn translate_toolkit(python: &Path, file: &Path) -> Option<(f64, String)> {
    let script = "import sys, time\nfrom translate.storage import tbx\nt = time.perf_counter()\nwith open(sys.argv[1], 'rb') as f:\n    store = tbx.tbxfile.parsefile(f)\nunits = len(store.units)\nprint(time.perf_counter() - t, units)\n";
    let out = std::process::Command::new(python)
        .args(["-c", script])
        .arg(file)
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "translate-toolkit failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut parts = text.split_whitespace();
    let secs: f64 = parts.next()?.parse().ok()?;
    Some((secs, parts.next().unwrap_or("?").to_owned()))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::var("CONCEPTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let work = root.join("target/import-bench");
    std::fs::create_dir_all(&work)?;
    let python = std::env::var_os("TBX_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("target/venv-tbx/bin/python"));
    let options = ImportOptions {
        limits: Limits {
            max_bytes: 512 * 1024 * 1024,
            ..Limits::default()
        },
        ..ImportOptions::default()
    };
    for (name, v2) in [("TBX-Basic (DCA)", false), ("TBX 2008 (martif)", true)] {
        let file = work.join(if v2 {
            "bench-2008.tbx"
        } else {
            "bench-dca.tbx"
        });
        generate(&file, n, v2)?;
        let size = std::fs::metadata(&file)?.len();
        let into = work.join("glossary");
        seed(&into, &root.join("glossary"))?;
        // The plan alone (parse, map, validate with the folder; no writing), in memory.
        let plan_secs = {
            let text = std::fs::read_to_string(&file)?;
            let target = Target::Existing(sources(&into)?);
            let t = Instant::now();
            let plan = plan_tbx("bench.tbx", &text, &target, "glossary", &options)
                .map_err(|e| e.render(false))?;
            let secs = t.elapsed().as_secs_f64();
            drop(plan);
            secs
        };
        let t = Instant::now();
        let report = import_tbx(&file, &into, &options).map_err(|e| e.render(false))?;
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{name}: {n} concepts, {:.1} MB: imported {} concepts, {} terms, {} definitions in {secs:.2} s (of which {plan_secs:.2} s reading, mapping and validating in memory, measured apart); peak RSS so far {:.0} MiB",
            size as f64 / 1e6,
            report.concepts,
            report.terms,
            report.definitions,
            peak_rss_mib().unwrap_or(f64::NAN)
        );
        if !v2 {
            println!(
                "  translate-toolkit: not timed (translate.storage.tbx reads TBX 2008 `martif` only; it refuses the ISO 30042:2019 root)"
            );
        } else if python.exists() {
            match translate_toolkit(&python, &file) {
                Some((tt, units)) => println!(
                    "  translate-toolkit {} parses it in {tt:.2} s ({units} units): luxterm reads, maps and validates it in {:.2}× that time; the whole import, writing {} files, takes {:.2}×",
                    python.display(),
                    plan_secs / tt,
                    report.written.len(),
                    secs / tt
                ),
                None => println!("  translate-toolkit: could not run {}", python.display()),
            }
        } else {
            println!(
                "  translate-toolkit: no Python at {} (set TBX_PYTHON, or run scripts/check-tbx.sh to create the venv)",
                python.display()
            );
        }
        let _ = std::fs::remove_dir_all(&into);
    }
    Ok(())
}
