//! The web app's downloads: the whole glossary in every export format the core writes, as
//! static files named by their content's fingerprint, with a small manifest the Download menu
//! reads; and the module that exports a selection in the browser (`web/export`), loaded on
//! demand. The files come from the core's export API on the same compact glossary the app
//! fetches; this module only writes them.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use luxterm::export::{ExportError, Format, Selection, export};
use luxterm::{Glossary, compact, parts};

use crate::{Result, copy, optimise, run, target_dir};

/// The folder of `web/dist` with the whole-glossary files and their manifest.
pub const DIR: &str = "exports";
/// The manifest in [`DIR`]: the release, and per format its file, download name and size.
pub const MANIFEST: &str = "manifest.json";
/// The folder of `web/dist` with the selection exporter's module (not part of the first load).
pub const MODULE_DIR: &str = "exporter";
/// The Download menu's panel script, in `web/export`, shipped in [`MODULE_DIR`].
const PANEL_JS: &str = "downloads.js";
/// The panel's style sheet, beside it.
const PANEL_CSS: &str = "downloads.css";
/// The exporter's wasm-bindgen output name.
const MODULE_NAME: &str = "luxterm_web_export";
/// The same with the XLSX writer (feature `xlsx` of `web/export`).
const MODULE_NAME_XLSX: &str = "luxterm_web_export_xlsx";

/// A whole-glossary file written to [`DIR`].
struct Written {
    format: Format,
    file: String,
    download: String,
    size: usize,
}

/// Writes the whole glossary in each format whose export succeeds into `dist/exports`, and the
/// manifest. A format the core has no writer for yet is skipped with a line saying so.
pub fn write_files(dist: &Path) -> Result {
    let glossary =
        Glossary::from_compact(parts::WHOLE).map_err(|e| format!("{}: {e}", parts::WHOLE_FILE))?;
    let selected = Selection::default()
        .resolve(&glossary)
        .map_err(|e| format!("the whole glossary's export selection: {e}"))?;
    let version = selected.release.version;
    let dir = dist.join(DIR);
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for format in Format::ALL {
        let bytes = match export(&selected, format) {
            Ok(bytes) => bytes,
            Err(ExportError::Unsupported(_)) => {
                eprintln!(
                    "xtask: export format {format} skipped: the core has no writer for it yet"
                );
                continue;
            }
            // The project's glossary must export in every format (the build fails otherwise);
            // a glossary of one's own (LUXTERM_GLOSSARY_DIR) may hold what a format cannot say,
            // such as a text over Excel's 32,767 characters a cell: that format is left out.
            Err(e @ ExportError::Write(_))
                if std::env::var_os("LUXTERM_GLOSSARY_DIR").is_some() =>
            {
                eprintln!(
                    "xtask: warning: export format {format} left out of the Download menu: {e}"
                );
                continue;
            }
            Err(e) => return Err(format!("exporting the whole glossary as {format}: {e}")),
        };
        let stem = format!("luxterm-{version}-{}", format.as_str());
        let file = format!(
            "{stem}-{:016x}.{}",
            compact::fingerprint(&bytes),
            format.extension()
        );
        let path = dir.join(&file);
        fs::write(&path, &bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(Written {
            format,
            file: format!("{DIR}/{file}"),
            download: format!("{stem}.{}", format.extension()),
            size: bytes.len(),
        });
    }
    let path = dir.join(MANIFEST);
    let manifest = manifest(
        &version.to_string(),
        &selected.release.date.to_string(),
        &written,
    );
    fs::write(&path, manifest).map_err(|e| format!("{}: {e}", path.display()))?;
    eprintln!(
        "xtask: wrote {} whole-glossary exports to {}",
        written.len(),
        dir.display()
    );
    Ok(())
}

/// The manifest as JSON: `{"release": "1.1.0", "date": "…", "files": [{"format", "file",
/// "download", "size", "mediaType"}]}`; paths are from the app's root.
fn manifest(version: &str, date: &str, files: &[Written]) -> String {
    let mut out = format!(
        "{{\"release\":{},\"date\":{},\"files\":[",
        json_string(version),
        json_string(date)
    );
    for (i, w) in files.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            "{{\"format\":{},\"file\":{},\"download\":{},\"size\":{},\"mediaType\":{}}}",
            json_string(w.format.as_str()),
            json_string(&w.file),
            json_string(&w.download),
            w.size,
            json_string(w.format.media_type())
        ));
    }
    out.push_str("]}\n");
    out
}

/// A JSON string literal.
fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Compiles the selection exporter (`web/export`) for the browser, twice: without XLSX (the
/// module every other format uses, `luxterm_web_export`) and with it (`luxterm_web_export_xlsx`,
/// four times larger with the spreadsheet writer and its zip, imported only for an XLSX
/// selection). Each is a cargo run of its own (so that the `export` feature is not unified into
/// the app's), then wasm-bindgen and wasm-opt, into `dist/exporter` with the menu's panel.
pub fn build_module(root: &Path, cargo: &std::ffi::OsStr, bindgen: &Path, dist: &Path) -> Result {
    let out = dist.join(MODULE_DIR);
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    // The menu's panel and its style sheet; the panel imports a module beside it when a
    // selection is asked for.
    for file in [PANEL_JS, PANEL_CSS] {
        copy(&root.join("web").join("export").join(file), &out.join(file))?;
    }
    for (name, features) in [(MODULE_NAME, ""), (MODULE_NAME_XLSX, "xlsx")] {
        build_variant(root, cargo, bindgen, &out, name, features)?;
    }
    Ok(())
}

fn build_variant(
    root: &Path,
    cargo: &std::ffi::OsStr,
    bindgen: &Path,
    out: &Path,
    name: &str,
    features: &str,
) -> Result {
    eprintln!(
        "xtask: compiling luxterm-web-export [{features}] for wasm32-unknown-unknown (profile wasm-release)"
    );
    let mut what = vec!["-p", "luxterm-web-export", "--lib"];
    if !features.is_empty() {
        what.extend(["--features", features]);
    }
    let compiled = crate::cargo_wasm(cargo, root, &what)?.join(format!("{MODULE_NAME}.wasm"));
    let staging: PathBuf = target_dir().join(format!("{name}-dist"));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    run(Command::new(bindgen)
        .args(["--target", "web", "--no-typescript", "--out-name", name])
        .arg("--out-dir")
        .arg(&staging)
        .arg(&compiled))?;
    let js = format!("{name}.js");
    copy(&staging.join(&js), &out.join(&js))?;
    let wasm = format!("{name}_bg.wasm");
    // The same optimisation as the app and the checker module (or a copy without wasm-opt).
    optimise(&staging.join(&wasm), &out.join(&wasm))
}

/// Prints what the Download menu loads on demand (not part of the initial load): its panel's
/// script on the first click, the exporter module when a selection is asked for, and the
/// whole-glossary files, with their gzip sizes.
pub fn report(dist: &Path) {
    let kb = |n: usize| format!("{:.1} KB", n as f64 / 1000.0);
    let line = |name: &str, bytes: &[u8]| {
        println!(
            "  {name:<56} {:>10}  {:>10}",
            kb(bytes.len()),
            kb(crate::size::gzip_bytes(bytes).len())
        );
    };
    println!();
    println!("on demand, from the Download menu (not in the initial load)");
    let module = dist.join(MODULE_DIR);
    for file in [
        PANEL_JS.to_owned(),
        PANEL_CSS.to_owned(),
        format!("{MODULE_NAME}.js"),
        format!("{MODULE_NAME}_bg.wasm"),
        format!("{MODULE_NAME_XLSX}.js"),
        format!("{MODULE_NAME_XLSX}_bg.wasm"),
    ] {
        // Under its fingerprinted name (`assets`).
        if let Ok(path) = crate::assets::find(&module, &file)
            && let Ok(bytes) = fs::read(&path)
        {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(&file);
            line(&format!("{MODULE_DIR}/{name}"), &bytes);
        }
    }
    let Ok(entries) = fs::read_dir(dist.join(DIR)) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    // The precompressed copies are the same files again.
    names.retain(|n| !n.ends_with(".br") && !n.ends_with(".gz"));
    for name in names {
        if let Ok(bytes) = fs::read(dist.join(DIR).join(&name)) {
            line(&format!("{DIR}/{name}"), &bytes);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_the_core_writes_is_a_fingerprinted_file_in_the_manifest() {
        let dist =
            std::env::temp_dir().join(format!("luxterm-xtask-exports-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        write_files(&dist).unwrap();
        let manifest = fs::read_to_string(dist.join(DIR).join(MANIFEST)).unwrap();
        let glossary = Glossary::from_compact(parts::WHOLE).unwrap();
        let selected = Selection::default().resolve(&glossary).unwrap();
        let mut written = 0;
        for format in Format::ALL {
            match export(&selected, format) {
                Ok(bytes) => {
                    let name = format!(
                        "luxterm-{}-{}-{:016x}.{}",
                        selected.release.version,
                        format.as_str(),
                        compact::fingerprint(&bytes),
                        format.extension()
                    );
                    assert_eq!(fs::read(dist.join(DIR).join(&name)).unwrap(), bytes);
                    assert!(
                        manifest.contains(&format!("\"file\":\"exports/{name}\"")),
                        "{manifest}"
                    );
                    written += 1;
                }
                Err(ExportError::Unsupported(_)) => {
                    assert!(
                        !manifest.contains(&format!("\"format\":\"{format}\"")),
                        "{manifest}"
                    );
                }
                Err(e) => panic!("{format}: {e}"),
            }
        }
        assert!(written >= 2, "TBX-Basic and TBX 2008 at least");
        assert_eq!(fs::read_dir(dist.join(DIR)).unwrap().count(), written + 1);
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn the_manifest_is_json_with_one_entry_a_file() {
        let files = [Written {
            format: Format::Tbx,
            file: "exports/luxterm-1.1.0-tbx-0123456789abcdef.tbx".into(),
            download: "luxterm-1.1.0-tbx.tbx".into(),
            size: 12,
        }];
        assert_eq!(
            manifest("1.1.0", "2026-12-01", &files),
            "{\"release\":\"1.1.0\",\"date\":\"2026-12-01\",\"files\":[{\"format\":\"tbx\",\
             \"file\":\"exports/luxterm-1.1.0-tbx-0123456789abcdef.tbx\",\"download\":\
             \"luxterm-1.1.0-tbx.tbx\",\"size\":12,\"mediaType\":\"application/xml\"}]}\n"
        );
        assert_eq!(json_string("a\"b\\c\n"), "\"a\\\"b\\\\c\\u000a\"");
    }
}
