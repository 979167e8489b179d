//! `cargo xtask size`: the bytes a browser downloads on first load, raw and gzip, and where they go;
//! then the whole glossary the app fetches after its first paint.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::Compression;
use flate2::write::GzEncoder;

use crate::wasm;
use crate::{
    CHECKER_CSS, CHECKER_DIR, CHECKER_JS, CHECKER_WASM, JS, LITE_JS, LITE_WASM, Result, WASM,
};

/// The budget for the initial load, gzip, in bytes (300 KB).
const BUDGET_GZIP: usize = 300_000;

/// `bytes` compressed with gzip at the best level.
pub fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn gzip(bytes: &[u8]) -> usize {
    gzip_bytes(bytes).len()
}

fn kb(n: usize) -> String {
    format!("{:.1} KB", n as f64 / 1000.0)
}

fn row(label: &str, raw: usize, gz: usize) {
    println!("  {label:<54} {:>11} {:>11}", kb(raw), kb(gz));
}

/// Prints the report; with `check`, fails when the initial load is over budget.
pub fn report(root: &Path, dist: &Path, unoptimised: &Path, check: bool) -> Result {
    let read = |name: &str| {
        fs::read(dist.join(name)).map_err(|e| {
            format!(
                "{}: {e} (run `cargo xtask build`)",
                dist.join(name).display()
            )
        })
    };
    // The names carry their content's fingerprint (`luxterm_web_bg-<hash>.wasm`). The budget
    // is the first load's: the first-load module (`boot.js` starts it on a first visit to the
    // home page, the results or a category); the full module is reported after it.
    let wasm_name = file_name(&crate::assets::find(dist, LITE_WASM)?);
    let module = read(&wasm_name)?;

    println!(
        "luxterm web app: first load of the home page ({}), budget {} gzip",
        dist.display(),
        kb(BUDGET_GZIP)
    );
    println!("  {:<54} {:>11} {:>11}", "file", "raw", "gzip");
    let files: Vec<String> = fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().map(|t| t.is_file()).unwrap_or(false))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| in_first_load(name))
        .collect();
    // The full module: not in the first load of the home page.
    let (mut full, first): (Vec<String>, Vec<String>) = files.into_iter().partition(|name| {
        let plain = crate::assets::plain_name(name);
        plain == JS || plain == WASM
    });
    let mut files = first;
    full.sort();
    files.sort();
    let (mut total_raw, mut total_gzip) = (0, 0);
    let (mut js_raw, mut js_gzip, mut other_raw, mut other_gzip) = (0, 0, 0, 0);
    for name in &files {
        let bytes = read(name)?;
        let (raw, gz) = (bytes.len(), gzip(&bytes));
        row(name, raw, gz);
        total_raw += raw;
        total_gzip += gz;
        let plain = crate::assets::plain_name(name);
        if plain == LITE_JS {
            (js_raw, js_gzip) = (raw, gz);
        } else if plain != LITE_WASM {
            other_raw += raw;
            other_gzip += gz;
        }
    }
    row("total", total_raw, total_gzip);
    // What a browser that accepts brotli receives for the same files (the .br copies).
    let brotli: usize = files
        .iter()
        .map(|name| {
            fs::metadata(dist.join(format!("{name}.br")))
                .map(|m| m.len() as usize)
                .or_else(|_| fs::metadata(dist.join(name)).map(|m| m.len() as usize))
                .unwrap_or(0)
        })
        .sum();
    println!(
        "  {:<54} {:>11} (as served with Content-Encoding: br)",
        "total, brotli",
        kb(brotli)
    );
    if let Ok(sw) = fs::read(dist.join(crate::assets::SERVICE_WORKER)) {
        row(
            "after load: sw.js (the service worker; not in the budget)",
            sw.len(),
            gzip(&sw),
        );
    }

    let sections = wasm::sections(&module).ok_or("the WASM module is malformed")?;
    let (mut code_raw, mut code_gzip, mut data_raw, mut data_gzip) = (0, 0, 0, 0);
    for section in &sections {
        match section.id {
            10 => (code_raw, code_gzip) = (section.bytes.len(), gzip(section.bytes)),
            11 => (data_raw, data_gzip) = (section.bytes.len(), gzip(section.bytes)),
            _ => {}
        }
    }
    println!();
    println!(
        "by kind (gzip of each part alone, so the parts add up to a little more than the file)"
    );
    row(
        "wasm: code (the app, yew, the core's logic)",
        code_raw,
        code_gzip,
    );
    row(
        "wasm: data (search part, UI strings, Unicode tables)",
        data_raw,
        data_gzip,
    );
    let rest = module.len().saturating_sub(code_raw + data_raw);
    println!(
        "  {:<54} {:>11}",
        "wasm: other sections (types, imports, tables)",
        kb(rest)
    );
    row("js: wasm-bindgen glue", js_raw, js_gzip);
    row("html, css, icon, bootstrap", other_raw, other_gzip);
    let part = luxterm::parts::SEARCH;
    row(
        "  of which the search part of the glossary (in data)",
        part.len(),
        gzip(part),
    );

    let whole = read(luxterm::parts::WHOLE_FILE)?;
    let gz_name = luxterm::parts::WHOLE_FILE_GZ;
    let gz = read(gz_name)?;
    println!();
    println!("after the first paint (fetched by the app; views other than search wait for it)");
    row(gz_name, gz.len(), gz.len());
    row(
        "  or, without DecompressionStream, the plain file",
        whole.len(),
        gzip(&whole),
    );

    // Any other view opened directly: the same page with the full module instead.
    let (mut full_raw, mut full_gzip) = (0, 0);
    println!();
    println!(
        "the full module (a first visit to any other view; every visit with the service worker)"
    );
    for name in &full {
        let bytes = read(name)?;
        let (raw, gz) = (bytes.len(), gzip(&bytes));
        row(name, raw, gz);
        full_raw += raw;
        full_gzip += gz;
    }
    let shell_raw = total_raw.saturating_sub(js_raw + module.len());
    let shell_gzip = total_gzip.saturating_sub(js_gzip + gzip(&module));
    row(
        "a concept page opened directly: page + full module",
        shell_raw + full_raw,
        shell_gzip + full_gzip,
    );
    row(
        "  and the glossary, fetched after its first paint",
        shell_raw + full_raw + gz.len(),
        shell_gzip + full_gzip + gz.len(),
    );

    // The text checker: loaded only when the Check page opens, after the whole glossary.
    let checker = dist.join(CHECKER_DIR);
    let found = |plain: &str| crate::assets::find(&checker, plain).ok();
    if let (Some(js_path), Some(wasm_path)) = (found(CHECKER_JS), found(CHECKER_WASM))
        && let (Ok(js), Ok(module)) = (fs::read(&js_path), fs::read(&wasm_path))
    {
        println!();
        println!("on demand, when the Check page opens (not in the initial load)");
        row(
            &format!("{CHECKER_DIR}/{}", file_name(&js_path)),
            js.len(),
            gzip(&js),
        );
        row(
            &format!("{CHECKER_DIR}/{}", file_name(&wasm_path)),
            module.len(),
            gzip(&module),
        );
        if let Ok(css) = fs::read(checker.join(CHECKER_CSS)) {
            row(
                &format!("{CHECKER_DIR}/{CHECKER_CSS}"),
                css.len(),
                gzip(&css),
            );
        }
    }

    glossary_sources(root);
    code_by_crate(unoptimised);

    println!();
    let share = total_gzip as f64 * 100.0 / BUDGET_GZIP as f64;
    if total_gzip <= BUDGET_GZIP {
        println!(
            "within budget: {} gzip of {} ({share:.0} %)",
            kb(total_gzip),
            kb(BUDGET_GZIP)
        );
        Ok(())
    } else if check {
        Err(format!(
            "over budget: {} gzip of {} ({share:.0} %)",
            kb(total_gzip),
            kb(BUDGET_GZIP)
        ))
    } else {
        println!(
            "OVER BUDGET: {} gzip of {} ({share:.0} %)",
            kb(total_gzip),
            kb(BUDGET_GZIP)
        );
        Ok(())
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned()
}

/// Whether a file at the root of `dist` is part of the first load: not 404.html (a copy of
/// index.html for static hosts, never loaded with it), the whole glossary (fetched after the
/// first paint, reported below), the service worker (registered once the app runs), the
/// precompressed copies (the same bytes again) or the host's own files.
fn in_first_load(name: &str) -> bool {
    !(name.starts_with("glossary-")
        || name == crate::assets::NOT_FOUND
        || name == crate::assets::SERVICE_WORKER
        || name.starts_with('_')
        || name.ends_with(".br")
        || (name.ends_with(".gz") && crate::assets::compressible(name.trim_end_matches(".gz"))))
}

/// The glossary's TOML sources, for comparison with the data section.
fn glossary_sources(root: &Path) {
    let mut raw = Vec::new();
    let mut stack = vec![root.join("glossary")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "toml") {
                raw.extend(fs::read(&path).unwrap_or_default());
            }
        }
    }
    println!();
    println!("for comparison");
    row(
        "glossary/**/*.toml (sources, all fields)",
        raw.len(),
        gzip(&raw),
    );
}

/// Code bytes per crate, from the name section of the first-load module before wasm-opt.
fn code_by_crate(unoptimised: &Path) {
    let Ok(module) = fs::read(unoptimised) else {
        return;
    };
    let Some(functions) = wasm::function_sizes(&module) else {
        return;
    };
    let total: usize = functions.iter().map(|(_, size)| size).sum();
    let mut by_crate: BTreeMap<String, usize> = BTreeMap::new();
    for (name, size) in &functions {
        *by_crate.entry(wasm::crate_of(name)).or_default() += size;
    }
    let mut ranked: Vec<(String, usize)> = by_crate.into_iter().collect();
    ranked.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    println!();
    println!(
        "code by crate, before wasm-opt ({} in {} functions; shares carry over roughly)",
        kb(total),
        functions.len()
    );
    for (name, size) in ranked.iter().take(14) {
        println!(
            "  {name:<54} {:>11} {:>10.1} %",
            kb(*size),
            *size as f64 * 100.0 / total.max(1) as f64
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first load is the page and what it loads under fingerprinted names; nothing the
    /// build writes beside them for hosts, later or again compressed.
    #[test]
    fn the_first_load_is_found_under_fingerprinted_names() {
        let dist = std::env::temp_dir().join(format!("xtask-size-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(&dist).unwrap();
        let wasm = crate::assets::fingerprinted_name(WASM, b"m");
        let js = crate::assets::fingerprinted_name(JS, b"j");
        for name in [
            "index.html",
            "404.html",
            "sw.js",
            "_headers",
            "_redirects",
            &wasm,
            &format!("{wasm}.br"),
            &format!("{wasm}.gz"),
            &js,
            &format!("{js}.br"),
            "boot-0123456789abcdef.js",
            "style-0123456789abcdef.css",
            "favicon-0123456789abcdef.svg",
            "glossary-0123456789abcdef.lxtg",
            "glossary-0123456789abcdef.lxtg.gz",
            "glossary-0123456789abcdef.lxtg.br",
        ] {
            fs::write(dist.join(name), name).unwrap();
        }
        assert_eq!(crate::assets::find(&dist, WASM).unwrap(), dist.join(&wasm));
        assert_eq!(crate::assets::find(&dist, JS).unwrap(), dist.join(&js));
        let mut first: Vec<String> = fs::read_dir(&dist)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| in_first_load(n))
            .collect();
        first.sort();
        let mut expected = vec![
            "boot-0123456789abcdef.js".to_owned(),
            "favicon-0123456789abcdef.svg".to_owned(),
            "index.html".to_owned(),
            js.clone(),
            wasm.clone(),
            "style-0123456789abcdef.css".to_owned(),
        ];
        expected.sort();
        assert_eq!(first, expected);
        // Two builds' modules side by side: which one is meant is unclear, and said.
        fs::write(
            dist.join(crate::assets::fingerprinted_name(WASM, b"other")),
            "",
        )
        .unwrap();
        let err = crate::assets::find(&dist, WASM).unwrap_err();
        assert!(err.contains("different fingerprints"), "{err}");
        fs::remove_dir_all(&dist).unwrap();
    }
}
