//! The release as browsers and static hosts get it: `finish` turns the folder of plain files the
//! build compiles (the *site*: `luxterm_web.js`, `boot.js`, `style.css` …) into `dist`:
//!
//! - **fingerprinted names**: the app's WebAssembly and its glue, `boot.js`, `style.css`, the
//!   icon, the text checker's and the exporter's modules and the Download menu's panel are
//!   renamed `name-<16 hex>.ext` after their content (FNV-1a, as the whole glossary's name), and
//!   every reference to them is rewritten, leaves first ([`VERSIONED`]), so a name changes
//!   whenever what it names (or anything it loads) changes: served `immutable`;
//! - **the service worker** `sw.js` (from `web/sw.js`), with the build's id and the app shell
//!   it precaches written in; the cache is named after the build, so a new release installs a
//!   new cache and deletes the old ones;
//! - **the routes** every known view answers at ([`routes`]), as a `_redirects` file (Netlify and
//!   Cloudflare Pages rewrite them to `index.html` with 200; any other path gets `404.html` with
//!   404), which `xtask serve` reads too;
//! - **`_headers`** for the same hosts: the security headers on every path and the caching of
//!   each file;
//! - **precompressed copies** `F.gz` and `F.br` beside every compressible file ([`compress`]),
//!   which `xtask serve` sends by `Accept-Encoding`, as a static host would.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use luxterm::{Glossary, compact, parts};

use crate::Result;

/// The service worker's script, at the root of `dist` (its scope is the whole app).
pub const SERVICE_WORKER: &str = "sw.js";
/// The list of the app's routes for static hosts and `xtask serve`.
pub const ROUTES: &str = "_redirects";
/// The page every route answers with.
pub const INDEX: &str = "index.html";
/// The page answering unknown paths on static hosts (a copy of [`INDEX`], so that the app
/// shows its not-found page).
pub const NOT_FOUND: &str = "404.html";
/// Hex digits of a fingerprint in a file name.
const HASH_LEN: usize = 16;

/// A file of the site that is renamed after its content, and the references to other such
/// files that it holds, each as written in it (ending with the named file's plain name) and the
/// site path of the file it names. The list is in dependency order: a file's references are
/// renamed before its own hash is taken.
pub struct Versioned {
    /// The file's path in the site.
    pub path: &'static str,
    /// `(as written in the file, site path of the file named)`.
    pub refs: &'static [(&'static str, &'static str)],
}

/// Every fingerprinted file of the site, leaves first. A reference that is no longer found
/// (wasm-bindgen wrote its glue differently, a file was renamed) fails the build.
pub const VERSIONED: &[Versioned] = &[
    Versioned {
        path: "luxterm_web_bg.wasm",
        refs: &[],
    },
    Versioned {
        path: "luxterm_web.js",
        refs: &[("luxterm_web_bg.wasm", "luxterm_web_bg.wasm")],
    },
    Versioned {
        path: "luxterm_web_lite_bg.wasm",
        refs: &[],
    },
    Versioned {
        path: "luxterm_web_lite.js",
        refs: &[("luxterm_web_lite_bg.wasm", "luxterm_web_lite_bg.wasm")],
    },
    Versioned {
        path: "checker/luxterm_web_check_bg.wasm",
        refs: &[],
    },
    Versioned {
        path: "checker/luxterm_web_check.js",
        refs: &[(
            "luxterm_web_check_bg.wasm",
            "checker/luxterm_web_check_bg.wasm",
        )],
    },
    Versioned {
        path: "exporter/luxterm_web_export_bg.wasm",
        refs: &[],
    },
    Versioned {
        path: "exporter/luxterm_web_export.js",
        refs: &[(
            "luxterm_web_export_bg.wasm",
            "exporter/luxterm_web_export_bg.wasm",
        )],
    },
    Versioned {
        path: "exporter/luxterm_web_export_xlsx_bg.wasm",
        refs: &[],
    },
    Versioned {
        path: "exporter/luxterm_web_export_xlsx.js",
        refs: &[(
            "luxterm_web_export_xlsx_bg.wasm",
            "exporter/luxterm_web_export_xlsx_bg.wasm",
        )],
    },
    Versioned {
        path: "exporter/downloads.css",
        refs: &[],
    },
    Versioned {
        path: "exporter/downloads.js",
        refs: &[
            ("./luxterm_web_export.js", "exporter/luxterm_web_export.js"),
            (
                "./luxterm_web_export_xlsx.js",
                "exporter/luxterm_web_export_xlsx.js",
            ),
            ("/exporter/downloads.css", "exporter/downloads.css"),
        ],
    },
    Versioned {
        path: "style.css",
        refs: &[],
    },
    Versioned {
        path: "favicon.svg",
        refs: &[],
    },
    Versioned {
        path: "boot.js",
        refs: &[
            ("./luxterm_web.js", "luxterm_web.js"),
            ("/luxterm_web_bg.wasm", "luxterm_web_bg.wasm"),
            ("./luxterm_web_lite.js", "luxterm_web_lite.js"),
            ("/luxterm_web_lite_bg.wasm", "luxterm_web_lite_bg.wasm"),
            (
                "./checker/luxterm_web_check.js",
                "checker/luxterm_web_check.js",
            ),
            ("./exporter/downloads.js", "exporter/downloads.js"),
        ],
    },
];

/// The references of `index.html` (kept under its name: it is the page, revalidated on each
/// visit): the first load's files. The app's module is not among them: `boot.js` picks the
/// first-load or the full module for the address and fetches it.
const INDEX_REFS: &[(&str, &str)] = &[
    ("/favicon.svg", "favicon.svg"),
    ("/style.css", "style.css"),
    ("/boot.js", "boot.js"),
];

/// The files the service worker precaches besides `index.html`: the app shell (the checker's
/// and the exporter's modules are cached when first used). The first-load module is not
/// precached: `boot.js` starts the full module on every page the worker controls.
const SHELL: &[&str] = &[
    "boot.js",
    "style.css",
    "favicon.svg",
    "luxterm_web.js",
    "luxterm_web_bg.wasm",
];

/// The lines of `web/sw.js` that the build fills in.
const SW_BUILD_LINE: &str = "const BUILD = \"dev\";";
/// See [`SW_BUILD_LINE`].
const SW_PRECACHE_LINE: &str = "const PRECACHE = [];";

/// `name` with its content's fingerprint before the extension: `boot.js` → `boot-<16 hex>.js`
/// (the extension is everything from the first dot).
pub fn fingerprinted_name(name: &str, bytes: &[u8]) -> String {
    let hash = format!("{:016x}", compact::fingerprint(bytes));
    match name.split_once('.') {
        Some((stem, ext)) => format!("{stem}-{hash}.{ext}"),
        None => format!("{name}-{hash}"),
    }
}

/// Whether a file name carries a content fingerprint (`-` and 16 lowercase hex digits, then a
/// dot or the end): such a file never changes under its name, so it may be cached for good.
pub fn is_fingerprinted(name: &str) -> bool {
    fingerprint_at(name).is_some()
}

/// The byte offset of the `-` that starts a name's fingerprint.
fn fingerprint_at(name: &str) -> Option<usize> {
    let bytes = name.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes.get(i) == Some(&b'-')
            && bytes.get(i + 1..i + 1 + HASH_LEN).is_some_and(|h| {
                h.iter()
                    .all(|&c| c.is_ascii_digit() || (b'a'..=b'f').contains(&c))
            })
            && matches!(bytes.get(i + 1 + HASH_LEN), None | Some(b'.'))
    })
}

/// A file name without its fingerprint: `luxterm_web-0123456789abcdef.js` → `luxterm_web.js`.
pub fn plain_name(name: &str) -> String {
    match fingerprint_at(name) {
        Some(i) => format!(
            "{}{}",
            name.get(..i).unwrap_or_default(),
            name.get(i + 1 + HASH_LEN..).unwrap_or_default()
        ),
        None => name.to_owned(),
    }
}

/// The one file in `dir` whose name without fingerprint is `plain` (`luxterm_web_bg.wasm`
/// finds `luxterm_web_bg-<hash>.wasm`; the plain name itself too, for a dist built before
/// fingerprints). Precompressed copies are not counted.
pub fn find(dir: &Path, plain: &str) -> Result<PathBuf> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| plain_name(name) == plain)
        .map(|name| dir.join(name))
        .collect();
    found.sort();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!(
            "{}: no {plain} (run `cargo xtask build`)",
            dir.display()
        )),
        many => Err(format!(
            "{}: {} files named {plain} with different fingerprints: {}",
            dir.display(),
            many.len(),
            many.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// What [`finish`] wrote, for the report and the tests.
#[derive(Debug, Default)]
pub struct Finished {
    /// The build's id: in the service worker's cache name.
    pub build: String,
    /// Site path → path in `dist` of each fingerprinted file.
    pub renamed: Vec<(String, String)>,
    /// What the service worker precaches, as URLs from the root.
    pub precache: Vec<String>,
    /// Precompressed copies written (`.gz` and `.br`).
    pub compressed: usize,
}

/// How [`finish`] treats the files.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Write `.gz` and `.br` copies (slow at brotli's best level: some seconds a megabyte).
    pub compress: bool,
}

/// Turns the site (plain names) into `dist` (see the module docs). `dist` is replaced. The
/// service worker's template is `sw_template` (the contents of `web/sw.js`).
pub fn finish(site: &Path, dist: &Path, sw_template: &str, options: Options) -> Result<Finished> {
    let _ = fs::remove_dir_all(dist);
    copy_tree(site, dist)?;
    let mut renamed: Vec<(String, String)> = Vec::new();
    for file in VERSIONED {
        let from = dist.join(file.path);
        let mut bytes = fs::read(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        if !file.refs.is_empty() {
            let text =
                String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8", from.display()))?;
            bytes = rewrite_refs(text, file.path, file.refs, &renamed)?.into_bytes();
        }
        let name = file.path.rsplit('/').next().unwrap_or(file.path);
        let hashed = fingerprinted_name(name, &bytes);
        let to_path = match file.path.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{hashed}"),
            None => hashed,
        };
        fs::remove_file(&from).map_err(|e| format!("{}: {e}", from.display()))?;
        let to = dist.join(&to_path);
        fs::write(&to, &bytes).map_err(|e| format!("{}: {e}", to.display()))?;
        renamed.push((file.path.to_owned(), to_path));
    }

    // index.html, and 404.html as a copy of it.
    let index_path = dist.join(INDEX);
    let index =
        fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let index = rewrite_refs(index, INDEX, INDEX_REFS, &renamed)?;
    fs::write(&index_path, &index).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let not_found = dist.join(NOT_FOUND);
    fs::write(&not_found, &index).map_err(|e| format!("{}: {e}", not_found.display()))?;

    // The service worker, with the shell it precaches and the build's id.
    let mut precache = vec![format!("/{INDEX}")];
    for file in SHELL {
        precache.push(format!("/{}", new_name(&renamed, file)?));
    }
    if dist.join(parts::WHOLE_FILE_GZ).is_file() {
        precache.push(format!("/{}", parts::WHOLE_FILE_GZ));
    }
    let mut versioned_names = BTreeSet::new();
    collect_fingerprinted(dist, dist, &mut versioned_names)?;
    let precache_json = format!(
        "[{}]",
        precache
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut identity = String::from(sw_template);
    identity.push('\n');
    identity.push_str(&index);
    for name in &versioned_names {
        identity.push('\n');
        identity.push_str(name);
    }
    let build = format!("{:016x}", compact::fingerprint(identity.as_bytes()));
    let sw = fill_worker(sw_template, &build, &precache_json)?;
    let sw_path = dist.join(SERVICE_WORKER);
    fs::write(&sw_path, sw).map_err(|e| format!("{}: {e}", sw_path.display()))?;

    // The routes, and the headers for static hosts.
    let routes_path = dist.join(ROUTES);
    fs::write(&routes_path, redirects_file(&routes()?))
        .map_err(|e| format!("{}: {e}", routes_path.display()))?;
    let headers = dist.join("_headers");
    fs::write(&headers, crate::serve::headers_file(&versioned_names))
        .map_err(|e| format!("{}: {e}", headers.display()))?;

    let compressed = if options.compress { compress(dist)? } else { 0 };
    Ok(Finished {
        build,
        renamed,
        precache,
        compressed,
    })
}

/// The fingerprinted site path of `path`, from the renames so far.
fn new_name(renamed: &[(String, String)], path: &str) -> Result<String> {
    renamed
        .iter()
        .find(|(from, _)| from == path)
        .map(|(_, to)| to.clone())
        .ok_or_else(|| format!("{path} is named before it is fingerprinted"))
}

/// `text`, the contents of the site file `file`, with each of its references `refs` renamed to
/// the fingerprinted name of the file it names; an error names a reference that is not there.
fn rewrite_refs(
    mut text: String,
    file: &str,
    refs: &[(&str, &str)],
    renamed: &[(String, String)],
) -> Result<String> {
    for (written, target) in refs {
        text = rewrite(&text, written, &new_name(renamed, target)?)
            .ok_or_else(|| format!("{file}: no reference {written:?}"))?;
    }
    Ok(text)
}

/// `text` with every `written` replaced by itself with its last path segment renamed to the
/// last segment of `target`; `None` when `written` is not in `text`.
fn rewrite(text: &str, written: &str, target: &str) -> Option<String> {
    if !text.contains(written) {
        return None;
    }
    let new_segment = target.rsplit('/').next().unwrap_or(target);
    let replacement = match written.rsplit_once('/') {
        Some((dir, _)) => format!("{dir}/{new_segment}"),
        None => new_segment.to_owned(),
    };
    Some(text.replace(written, &replacement))
}

/// The service worker's template with the build's id and its precache list written in.
fn fill_worker(template: &str, build: &str, precache_json: &str) -> Result<String> {
    for line in [SW_BUILD_LINE, SW_PRECACHE_LINE] {
        if template.matches(line).count() != 1 {
            return Err(format!(
                "web/sw.js must hold the line `{line}` exactly once (the build fills it in)"
            ));
        }
    }
    Ok(template
        .replace(SW_BUILD_LINE, &format!("const BUILD = \"{build}\";"))
        .replace(
            SW_PRECACHE_LINE,
            &format!("const PRECACHE = {precache_json};"),
        ))
}

/// Every fingerprinted file under `dir`, as URL paths from `root` (`/boot-….js`).
fn collect_fingerprinted(root: &Path, dir: &Path, out: &mut BTreeSet<String>) -> Result {
    for path in files_under(dir)? {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if is_fingerprinted(name) && !is_variant(name) {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            let url: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.insert(format!("/{}", url.join("/")));
        }
    }
    Ok(())
}

/// A precompressed copy (`F.br`, or `F.gz` of a compressible `F`).
fn is_variant(name: &str) -> bool {
    name.strip_suffix(".br")
        .or_else(|| name.strip_suffix(".gz"))
        .is_some_and(compressible)
}

/// Every file under `dir`, sorted.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| e.to_string())?;
            let kind = entry.file_type().map_err(|e| e.to_string())?;
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                out.push(entry.path());
            }
        }
    }
    out.sort();
    Ok(out)
}

fn copy_tree(from: &Path, to: &Path) -> Result {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for path in files_under(from)? {
        let relative = path.strip_prefix(from).map_err(|e| e.to_string())?;
        let target = to.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        crate::copy(&path, &target)?;
    }
    Ok(())
}

/// Whether a file of this name is worth compressing: text and WebAssembly, not what is
/// compressed already (`.gz`, `.xlsx`, images other than SVG) nor the host's own files.
pub fn compressible(name: &str) -> bool {
    let ext = name.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    matches!(
        ext,
        "html"
            | "js"
            | "mjs"
            | "css"
            | "svg"
            | "json"
            | "jsonld"
            | "webmanifest"
            | "wasm"
            | "txt"
            | "xml"
            | "tbx"
            | "csv"
            | "ttl"
            | "lxtg"
    )
}

/// Writes `F.gz` (gzip, best level) and `F.br` (brotli, best level) beside every compressible
/// file `F` under `dist`, each only when smaller than `F` and not there already (the whole
/// glossary's `.lxtg.gz` is the app's own file, the same bytes). Two threads. Returns how many
/// copies were written.
pub fn compress(dist: &Path) -> Result<usize> {
    let files: Vec<PathBuf> = files_under(dist)?
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(compressible)
        })
        .collect();
    let even: Vec<&PathBuf> = files.iter().step_by(2).collect();
    let odd: Vec<&PathBuf> = files.iter().skip(1).step_by(2).collect();
    let work = |list: Vec<&PathBuf>| -> Result<usize> {
        let mut written = 0;
        for path in list {
            let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            // The app's own files at brotli's best level; the downloads and the JSON API (some
            // 19 MB, fetched one file at a time, never in the first load) at level 5, which
            // takes a small fraction of the time for a few per cent more bytes.
            let bulk = path
                .strip_prefix(dist)
                .ok()
                .and_then(|p| p.components().next())
                .is_some_and(|c| c.as_os_str() == "api" || c.as_os_str() == "exports");
            let quality = if bulk { 5 } else { 11 };
            for (suffix, encoded) in [
                (".gz", crate::size::gzip_bytes(&bytes)),
                (".br", brotli_bytes(&bytes, quality)),
            ] {
                let mut target = path.clone().into_os_string();
                target.push(suffix);
                let target = PathBuf::from(target);
                if encoded.len() < bytes.len() && !target.exists() {
                    fs::write(&target, &encoded)
                        .map_err(|e| format!("{}: {e}", target.display()))?;
                    written += 1;
                }
            }
        }
        Ok(written)
    };
    let (a, b) = std::thread::scope(|s| {
        let other = s.spawn(|| work(odd));
        let mine = work(even);
        (mine, other.join())
    });
    let b = b.map_err(|_| "a compression thread failed".to_string())?;
    Ok(a? + b?)
}

/// `bytes` compressed with brotli at `quality` (0–11; 11 is the best and slowest), a 4 MiB window.
pub fn brotli_bytes(bytes: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, quality, 22);
        let _ = writer.write_all(bytes);
        let _ = writer.flush();
    }
    out
}

/// Every path the app answers with a view (web/src/route.rs), ids spelt as the glossary spells
/// them: the fixed pages, each concept's page and comparisons, each instrument, each category.
/// The concepts and instruments are those of the whole glossary the app fetches.
pub fn routes() -> Result<Vec<String>> {
    let glossary =
        Glossary::from_compact(parts::WHOLE).map_err(|e| format!("{}: {e}", parts::WHOLE_FILE))?;
    let mut out: Vec<String> = FIXED_ROUTES.iter().map(|r| (*r).to_owned()).collect();
    for concept in glossary.concepts() {
        for prefix in CONCEPT_ROUTES {
            out.push(format!("{prefix}{}", concept.id));
        }
    }
    for instrument in glossary.instruments() {
        out.push(format!("{INSTRUMENT_ROUTE}{}", instrument.id));
    }
    for category in luxterm::Category::ALL {
        out.push(format!("{CATEGORY_ROUTE}{}", category.as_str()));
    }
    Ok(out)
}

/// The routes without an id (web/src/route.rs).
const FIXED_ROUTES: &[&str] = &[
    "/",
    "/search",
    "/instruments",
    "/compare",
    "/compare/pair",
    "/check",
    "/releases",
];
/// The routes ending with a concept id.
const CONCEPT_ROUTES: &[&str] = &[
    "/concept/",
    "/compare/languages/",
    "/compare/instruments/",
    "/compare/releases/",
];
/// The route ending with an instrument id.
const INSTRUMENT_ROUTE: &str = "/instrument/";
/// The route ending with a category's name.
const CATEGORY_ROUTE: &str = "/category/";

/// The `_redirects` file: each route rewritten to `index.html` with status 200 (Netlify,
/// Cloudflare Pages); any other path falls to `404.html` with status 404.
fn redirects_file(routes: &[String]) -> String {
    let mut out = String::from(
        "# The app's routes (web/src/route.rs), answered with index.html and 200 by static hosts that\n\
         # read a _redirects file (Netlify, Cloudflare Pages); any other path gets 404.html with 404.\n\
         # Written by `cargo xtask build`; `cargo xtask serve` reads it too.\n",
    );
    for route in routes {
        if route != "/" {
            out.push_str(&format!("{route} /{INDEX} 200\n"));
        }
    }
    out
}

/// The routes of a `_redirects` file written by [`redirects_file`] (and `/`).
pub fn read_routes(text: &str) -> BTreeSet<String> {
    let mut out: BTreeSet<String> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut parts = l.split_whitespace();
            match (parts.next(), parts.next(), parts.next()) {
                (Some(from), Some(_), Some("200")) => Some(from.to_owned()),
                _ => None,
            }
        })
        .collect();
    out.insert("/".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_in_names_are_found_and_removed() {
        let name = fingerprinted_name("luxterm_web_bg.wasm", b"abc");
        assert_eq!(
            name,
            format!("luxterm_web_bg-{:016x}.wasm", compact::fingerprint(b"abc"))
        );
        assert!(is_fingerprinted(&name));
        assert_eq!(plain_name(&name), "luxterm_web_bg.wasm");
        assert_eq!(
            plain_name("glossary-0123456789abcdef.lxtg.gz"),
            "glossary.lxtg.gz"
        );
        assert!(is_fingerprinted("luxterm-1.1.0-tbx-0123456789abcdef.tbx"));
        for plain in [
            "luxterm_web.js",
            "sw.js",
            "index.html",
            "x-0123456789abcdeF.js",
            "x-0123456789abcde.js",
            "x-0123456789abcdef0.js",
        ] {
            assert!(!is_fingerprinted(plain), "{plain}");
            assert_eq!(plain_name(plain), plain);
        }
    }

    /// A site as the build writes it: every versioned file, with the references it holds.
    fn fake_site(dir: &Path, style: &str) {
        let _ = fs::remove_dir_all(dir);
        for sub in ["checker", "exporter", "api"] {
            fs::create_dir_all(dir.join(sub)).unwrap();
        }
        let files: &[(&str, String)] = &[
            ("luxterm_web_bg.wasm", "\0asm app".repeat(50)),
            (
                "luxterm_web.js",
                "new URL('luxterm_web_bg.wasm', import.meta.url)".into(),
            ),
            ("luxterm_web_lite_bg.wasm", "\0asm lite".repeat(50)),
            (
                "luxterm_web_lite.js",
                "new URL('luxterm_web_lite_bg.wasm', import.meta.url)".into(),
            ),
            ("checker/luxterm_web_check_bg.wasm", "\0asm checker".into()),
            (
                "checker/luxterm_web_check.js",
                "new URL('luxterm_web_check_bg.wasm', import.meta.url)".into(),
            ),
            ("checker/check.css", "p {}".into()),
            ("exporter/luxterm_web_export_bg.wasm", "\0asm export".into()),
            (
                "exporter/luxterm_web_export.js",
                "'luxterm_web_export_bg.wasm'".into(),
            ),
            (
                "exporter/luxterm_web_export_xlsx_bg.wasm",
                "\0asm xlsx".into(),
            ),
            (
                "exporter/luxterm_web_export_xlsx.js",
                "'luxterm_web_export_xlsx_bg.wasm'".into(),
            ),
            ("exporter/downloads.css", "a {}".into()),
            (
                "exporter/downloads.js",
                "import('./luxterm_web_export.js'); import('./luxterm_web_export_xlsx.js'); \
                 '/exporter/downloads.css'"
                    .into(),
            ),
            ("style.css", style.into()),
            ("favicon.svg", "<svg/>".into()),
            (
                "boot.js",
                "const full = ['./luxterm_web.js', '/luxterm_web_bg.wasm']; \
                 const lite = ['./luxterm_web_lite.js', '/luxterm_web_lite_bg.wasm']; \
                 import('./checker/luxterm_web_check.js'); import('./exporter/downloads.js');"
                    .into(),
            ),
            (
                "index.html",
                "<link rel=icon href=\"/favicon.svg\"><link rel=stylesheet href=\"/style.css\">\
                 <script type=module src=\"/boot.js\"></script>"
                    .into(),
            ),
            ("api/index.json", "{\"a\": 1}".repeat(40)),
        ];
        for (path, text) in files {
            fs::write(dir.join(path), text).unwrap();
        }
    }

    const SW: &str = "const BUILD = \"dev\";\nconst PRECACHE = [];\n";

    #[test]
    fn finish_renames_rewrites_and_writes_the_worker_routes_and_copies() {
        let tmp = std::env::temp_dir().join(format!("xtask-assets-{}", std::process::id()));
        let (site, dist) = (tmp.join("site"), tmp.join("dist"));
        fake_site(&site, "body { color: red }");
        let done = finish(&site, &dist, SW, Options { compress: true }).unwrap();
        // Every versioned file is under its fingerprinted name only, and named by its user.
        for (from, to) in &done.renamed {
            assert!(!dist.join(from).exists(), "{from} is renamed");
            let bytes = fs::read(dist.join(to)).unwrap();
            let name = to.rsplit('/').next().unwrap();
            assert_eq!(
                name,
                fingerprinted_name(from.rsplit('/').next().unwrap(), &bytes)
            );
        }
        let to = |from: &str| {
            let to = &done.renamed.iter().find(|(f, _)| f == from).unwrap().1;
            to.rsplit('/').next().unwrap().to_owned()
        };
        let boot = fs::read_to_string(dist.join(to("boot.js"))).unwrap();
        assert!(
            boot.contains(&format!("'./{}'", to("luxterm_web.js"))),
            "{boot}"
        );
        for (written, plain) in [
            ("./", "luxterm_web.js"),
            ("/", "luxterm_web_bg.wasm"),
            ("./", "luxterm_web_lite.js"),
            ("/", "luxterm_web_lite_bg.wasm"),
        ] {
            assert!(
                boot.contains(&format!("'{written}{}'", to(plain))),
                "{plain}: {boot}"
            );
        }
        let lite = fs::read_to_string(dist.join(to("luxterm_web_lite.js"))).unwrap();
        assert!(lite.contains(&to("luxterm_web_lite_bg.wasm")), "{lite}");
        assert!(boot.contains(&format!(
            "'./checker/{}'",
            to("checker/luxterm_web_check.js")
        )));
        let glue = fs::read_to_string(dist.join(to("luxterm_web.js"))).unwrap();
        assert!(glue.contains(&to("luxterm_web_bg.wasm")), "{glue}");
        let downloads =
            fs::read_to_string(dist.join("exporter").join(to("exporter/downloads.js"))).unwrap();
        assert!(downloads.contains(&format!("/exporter/{}", to("exporter/downloads.css"))));
        assert!(downloads.contains(&format!("./{}", to("exporter/luxterm_web_export_xlsx.js"))));
        let index = fs::read_to_string(dist.join(INDEX)).unwrap();
        for plain in ["style.css", "boot.js", "favicon.svg"] {
            assert!(
                index.contains(&format!("\"/{}\"", to(plain))),
                "{plain}: {index}"
            );
        }
        assert_eq!(fs::read_to_string(dist.join(NOT_FOUND)).unwrap(), index);
        // The checker's style sheet is named from inside its WebAssembly: it keeps its name.
        assert!(dist.join("checker/check.css").is_file());
        // The worker: the build's id and the shell.
        let sw = fs::read_to_string(dist.join(SERVICE_WORKER)).unwrap();
        assert!(
            sw.contains(&format!("const BUILD = \"{}\";", done.build)),
            "{sw}"
        );
        assert!(
            sw.contains(&format!("\"/{}\"", to("luxterm_web_bg.wasm"))),
            "{sw}"
        );
        assert!(sw.contains("\"/index.html\""), "{sw}");
        // Routes, headers, copies.
        let routes = read_routes(&fs::read_to_string(dist.join(ROUTES)).unwrap());
        assert!(
            routes.contains("/concept/child") && routes.contains("/"),
            "{routes:?}"
        );
        let headers = fs::read_to_string(dist.join("_headers")).unwrap();
        assert!(
            headers.contains(&format!(
                "/{}\n  Cache-Control: public, max-age=31536000, immutable\n",
                to("style.css")
            )),
            "{headers}"
        );
        let wasm = dist.join(to("luxterm_web_bg.wasm"));
        for suffix in [".gz", ".br"] {
            let mut copy = wasm.clone().into_os_string();
            copy.push(suffix);
            assert!(PathBuf::from(copy).is_file(), "{suffix}");
        }
        assert!(dist.join("api/index.json.br").is_file());
        assert!(
            !dist.join(format!("{}.br", to("favicon.svg"))).exists(),
            "not smaller: no copy"
        );
        assert!(done.compressed >= 4);

        // The same site gives the same build; one changed byte, another build and other names.
        let again = finish(&site, &tmp.join("again"), SW, Options { compress: false }).unwrap();
        assert_eq!(again.build, done.build);
        assert_eq!(again.renamed, done.renamed);
        fake_site(&site, "body { color: blue }");
        let next = finish(&site, &tmp.join("next"), SW, Options { compress: false }).unwrap();
        assert_ne!(next.build, done.build);
        let changed: Vec<&str> = next
            .renamed
            .iter()
            .zip(&done.renamed)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a.0.as_str())
            .collect();
        assert_eq!(changed, ["style.css"]);
        fs::remove_dir_all(&tmp).unwrap();
    }

    #[test]
    fn a_reference_that_is_gone_fails_the_build() {
        let tmp = std::env::temp_dir().join(format!("xtask-assets-gone-{}", std::process::id()));
        let site = tmp.join("site");
        fake_site(&site, "");
        fs::write(site.join("boot.js"), "import init from './app.js';").unwrap();
        let err = finish(&site, &tmp.join("dist"), SW, Options { compress: false }).unwrap_err();
        assert!(
            err.contains("boot.js") && err.contains("./luxterm_web.js"),
            "{err}"
        );
        fake_site(&site, "");
        let err = finish(
            &site,
            &tmp.join("dist"),
            "const BUILD = 1;",
            Options { compress: false },
        )
        .unwrap_err();
        assert!(err.contains("web/sw.js"), "{err}");
        fs::remove_dir_all(&tmp).unwrap();
    }

    #[test]
    fn the_worker_template_is_the_one_the_build_fills_in() {
        let template = fs::read_to_string(crate::root().join("web/sw.js")).unwrap();
        let sw = fill_worker(&template, "0123456789abcdef", "[\"/index.html\"]").unwrap();
        assert!(sw.contains("const BUILD = \"0123456789abcdef\";"));
        assert!(sw.contains("const PRECACHE = [\"/index.html\"];"));
    }

    /// Every `#[at(...)]` of web/src/route.rs is answered (but the not-found page's own).
    #[test]
    fn the_routes_cover_every_route_of_the_app() {
        let source = fs::read_to_string(crate::root().join("web/src/route.rs")).unwrap();
        let routes = routes().unwrap();
        let mut seen = 0;
        for at in source.split("#[at(\"").skip(1) {
            let pattern = at.split('"').next().unwrap();
            if pattern == "/404" {
                continue;
            }
            seen += 1;
            let covered = match pattern.strip_suffix(":id") {
                Some(prefix) => routes.iter().any(|r| {
                    r.strip_prefix(prefix)
                        .is_some_and(|id| !id.is_empty() && !id.contains('/'))
                }),
                None => routes.iter().any(|r| r == pattern),
            };
            assert!(
                covered,
                "route {pattern} of web/src/route.rs has no path in routes()"
            );
        }
        assert!(seen >= 13, "{seen} routes read");
        assert!(routes.contains(&"/concept/child".to_owned()));
        assert!(routes.contains(&"/instrument/opsc".to_owned()));
        assert!(routes.contains(&"/category/material".to_owned()));
        assert!(!routes.contains(&"/404".to_owned()));
        let file = redirects_file(&routes);
        assert!(file.contains("\n/concept/child /index.html 200\n"));
        assert_eq!(read_routes(&file), routes.iter().cloned().collect());
    }

    #[test]
    fn brotli_round_trips() {
        let text = "luxterm ".repeat(1000);
        let br = brotli_bytes(text.as_bytes(), 11);
        assert!(br.len() < 100, "{}", br.len());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
    }
}
