//! Bakes the glossary into the crate, as ICU4X bakes its data.
//!
//! The sources in `glossary/` are loaded and validated with the same loader users run
//! (`luxterm validate`); an invalid glossary fails the build with the same diagnostics. A valid
//! one is written as a Rust constant expression of `luxterm_data::GlossaryData` whose strings and
//! lists borrow static data, so `Glossary::embedded()` costs nothing at run time and needs no IO
//! (feature `embed`). The compact parts (feature `parts`) are written next to it: the whole
//! glossary and its search part, with a Rust file naming them by fingerprint.

use databake::Bake;
use luxterm_data::compact;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rerun-if-env-changed=LUXTERM_GLOSSARY_DIR");
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    // An explicit folder, else `glossary/` beside this manifest: in the repository a symbolic
    // link to the workspace's `glossary/` (the one source of truth), in a packaged crate the
    // files `cargo package` copied through that link. The workspace path is the fallback for
    // checkouts without symbolic links (Git on Windows without `core.symlinks`).
    let dir = std::env::var_os("LUXTERM_GLOSSARY_DIR")
        .map(PathBuf::from)
        .or_else(|| Some(manifest.join("glossary")).filter(|d| d.join("releases.toml").exists()))
        .unwrap_or_else(|| manifest.join("../../glossary"));
    watch(&dir);
    let data = match luxterm_data::load_dir(&dir, "glossary") {
        Ok(data) => data,
        Err(e) => {
            eprintln!("{}", e.render(false));
            println!(
                "cargo::error=the embedded glossary ({}) is invalid: {} problem(s); run `cargo run -p luxterm-cli -- validate glossary`",
                dir.display(),
                e.diagnostics.len()
            );
            std::process::exit(1);
        }
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    if std::env::var_os("CARGO_FEATURE_EMBED").is_some() {
        let tokens = data.bake(&Default::default());
        write(&out_dir.join("glossary.rs"), tokens.to_string().as_bytes());
    }
    let encode = |part| match compact::encode(&data, part) {
        Ok(bytes) => bytes,
        Err(e) => {
            println!("cargo::error=cannot encode the compact glossary: {e}");
            std::process::exit(1);
        }
    };
    let whole = encode(compact::Part::Whole);
    write(&out_dir.join("whole.lxtg"), &whole);
    write(&out_dir.join("search.lxtg"), &encode(compact::Part::Search));
    let fingerprint = compact::header(&whole)
        .map(|h| h.fingerprint)
        .unwrap_or_default();
    let names = format!(
        "/// The fingerprint of the whole glossary's compact form (its header's, and the search part's).\n\
         pub const FINGERPRINT: u64 = 0x{fingerprint:016x};\n\
         /// The file name under which the whole glossary is published: it changes whenever the\n\
         /// content does, so a host may let browsers cache it for good.\n\
         pub const WHOLE_FILE: &str = \"glossary-{fingerprint:016x}.lxtg\";\n\
         /// The name of its gzip copy, which a publisher may serve beside it (the web app's build\n\
         /// does, and the app fetches it when the browser can decompress it).\n\
         pub const WHOLE_FILE_GZ: &str = \"glossary-{fingerprint:016x}.lxtg.gz\";\n"
    );
    write(&out_dir.join("parts.rs"), names.as_bytes());
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        println!("cargo::error=cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

/// Rebuild when any glossary file is added, removed or changed.
fn watch(dir: &Path) {
    println!("cargo::rerun-if-changed={}", dir.display());
    for sub in ["", "instruments", "concepts"] {
        let d = dir.join(sub);
        println!("cargo::rerun-if-changed={}", d.display());
        if let Ok(entries) = std::fs::read_dir(&d) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "toml") {
                    println!("cargo::rerun-if-changed={}", e.path().display());
                }
            }
        }
    }
}
