//! `cargo xtask`: build, serve and measure the luxterm web app without any tool beyond cargo,
//! `wasm-bindgen` (installed by `scripts/setup-web.sh`) and, when present, `wasm-opt`.
//!
//! ```text
//! cargo xtask build            # web/dist: index.html, CSS, JS glue, optimised WASM
//!                              # --out DIR: into DIR instead (with LUXTERM_GLOSSARY_DIR: another glossary)
//! cargo xtask serve [--port N] # build, then serve web/dist on 127.0.0.1 (deep links fall back to index.html)
//!                              # --host ADDR to listen elsewhere; see `serve` for the limits and headers
//! cargo xtask size [--check]   # bytes of the initial load, raw and gzip, against the budget
//! cargo xtask api [--out DIR]  # only the static JSON API, under DIR/api (default web/dist)
//! cargo xtask finish --from SITE --out DIR [--no-compress]
//!                              # fingerprint, service worker, routes, headers, .gz/.br of a site
//! ```

mod api;
mod assets;
mod exports;
mod serve;
mod size;
mod wasm;

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// The result type of every task: a message for people on failure.
type Result<T = ()> = std::result::Result<T, String>;

/// The wasm-bindgen glue in `web/dist`.
const JS: &str = "luxterm_web.js";
/// The optimised WebAssembly module in `web/dist`.
const WASM: &str = "luxterm_web_bg.wasm";
/// The first-load module's glue: the app without its views over the whole glossary (built
/// without the `full` feature), which `boot.js` starts on the home page, the results and the
/// categories of a first visit.
const LITE_JS: &str = "luxterm_web_lite.js";
/// See [`LITE_JS`].
const LITE_WASM: &str = "luxterm_web_lite_bg.wasm";
/// The folder of `web/dist` that holds the text checker's module, loaded on demand by the Check
/// page (not part of the first load).
const CHECKER_DIR: &str = "checker";
/// The checker's wasm-bindgen glue and module in [`CHECKER_DIR`].
const CHECKER_JS: &str = "luxterm_web_check.js";
/// See [`CHECKER_JS`].
const CHECKER_WASM: &str = "luxterm_web_check_bg.wasm";
/// The Check page's style sheet in [`CHECKER_DIR`] (from `web/check/check.css`).
const CHECKER_CSS: &str = "check.css";
/// The folder of the staging directory with the site: the built files under their plain
/// names, before `assets::finish` fingerprints and compresses them into `dist`.
const SITE: &str = "site";

const USAGE: &str = "\
usage: cargo xtask <task> [options]

tasks:
  build [--out DIR]     build the web app into web/dist (or DIR: with LUXTERM_GLOSSARY_DIR set, a build of
                        another glossary that leaves web/dist alone)
  serve [--port N] [--host ADDR] [--no-build] [--dir DIR] [--max-connections N] [--timeout-ms N]
                        build, then serve web/dist on http://127.0.0.1:N/ (default 8080; 0 picks a free port).
                        --host: the address to listen on (default 127.0.0.1, loopback only; 0.0.0.0 or ::
                        opens the server to the network). --dir: serve DIR instead of web/dist (implies
                        --no-build). At most --max-connections at once (default 64, then 503); the whole
                        request head must arrive within --timeout-ms (default 10000, then 408).
                        --log: one line a request on standard error (method, target, status, coding, bytes).
  api [--out DIR]       write only the static JSON API under DIR/api (default web/dist/api):
                        per release, index.json, concepts/<id>.json, instruments/<id>.json
  finish --from SITE --out DIR [--no-compress]
                        what build does after compiling, on a folder of plain files (SITE, by default
                        the last build's, under target/luxterm-web-dist/site): content-hash names, the
                        service worker, _redirects and _headers, and .gz/.br copies (not with --no-compress)
  size [--no-build] [--check]
                        report the bytes of the initial load (raw and gzip) against the 300 KB gzip
                        budget; with --check, fail when over it
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build_task(args.get(1..).unwrap_or_default()),
        Some("serve") => serve_task(args.get(1..).unwrap_or_default()),
        Some("size") => size_task(args.get(1..).unwrap_or_default()),
        Some("api") => api_task(args.get(1..).unwrap_or_default()),
        Some("finish") => finish_task(args.get(1..).unwrap_or_default()),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown or missing task\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve_task(args: &[String]) -> Result {
    let mut port: u16 = 8080;
    let mut host = std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST);
    let mut do_build = true;
    let mut dir = None;
    let mut limits = serve::Limits::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = |what: &str| -> Result<String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} needs {what}"))
        };
        match name {
            "--port" | "-p" => {
                let v = value("a number")?;
                port = v
                    .parse()
                    .map_err(|_| format!("--port: not a port number: {v}"))?;
            }
            "--host" => {
                let v = value("an IP address")?;
                host = v
                    .parse()
                    .map_err(|_| format!("--host: not an IP address: {v}"))?;
            }
            "--dir" => {
                dir = Some(PathBuf::from(value("a folder")?));
                do_build = false;
            }
            "--max-connections" => {
                let v = value("a number")?;
                limits.max_connections = v
                    .parse()
                    .ok()
                    .filter(|&n: &usize| n > 0)
                    .ok_or(format!("--max-connections: not a positive number: {v}"))?;
            }
            "--timeout-ms" => {
                let v = value("a number")?;
                let ms: u64 = v
                    .parse()
                    .ok()
                    .filter(|&n: &u64| n > 0)
                    .ok_or(format!("--timeout-ms: not a positive number: {v}"))?;
                limits.timeout = std::time::Duration::from_millis(ms);
            }
            "--no-build" if inline.is_none() => do_build = false,
            "--log" if inline.is_none() => limits.log = true,
            other => return Err(format!("serve: unknown option {other}\n\n{USAGE}")),
        }
    }
    if do_build {
        build()?;
    }
    serve::run(&dir.unwrap_or_else(dist_dir), host, port, limits)
}

fn api_task(args: &[String]) -> Result {
    let root = match args {
        [] => dist_dir(),
        [flag, dir] if flag == "--out" => PathBuf::from(dir),
        _ => return Err(format!("api takes only --out DIR\n\n{USAGE}")),
    };
    let (files, bytes) = api::write(&root)?;
    eprintln!(
        "xtask: JSON API: {files} files, {bytes} bytes under {}",
        root.join("api").display()
    );
    Ok(())
}

fn finish_task(args: &[String]) -> Result {
    let mut from = unoptimised_wasm()
        .parent()
        .map(|p| p.join(SITE))
        .ok_or("no staging directory")?;
    let mut out = None;
    let mut compress = true;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--from" => from = PathBuf::from(it.next().ok_or("--from needs a folder")?),
            "--out" => out = Some(PathBuf::from(it.next().ok_or("--out needs a folder")?)),
            "--no-compress" => compress = false,
            other => return Err(format!("finish: unknown option {other}\n\n{USAGE}")),
        }
    }
    let out = out.ok_or(format!("finish needs --out DIR\n\n{USAGE}"))?;
    if !from.join("index.html").is_file() {
        return Err(format!(
            "{} holds no site (run `cargo xtask build`)",
            from.display()
        ));
    }
    finish(&from, &out, compress)
}

/// Writes `dist` from the site (see `assets`), and says what it did.
fn finish(site: &Path, dist: &Path, compress: bool) -> Result {
    let template_path = root().join("web").join(assets::SERVICE_WORKER);
    let template = fs::read_to_string(&template_path)
        .map_err(|e| format!("{}: {e}", template_path.display()))?;
    let started = std::time::Instant::now();
    let done = assets::finish(site, dist, &template, assets::Options { compress })?;
    eprintln!(
        "xtask: build {}: {} fingerprinted files, {} precached by the service worker, {} .gz/.br copies ({:.1} s)",
        done.build,
        done.renamed.len(),
        done.precache.len(),
        done.compressed,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn size_task(args: &[String]) -> Result {
    let mut do_build = true;
    let mut check = false;
    for arg in args {
        match arg.as_str() {
            "--no-build" => do_build = false,
            "--check" => check = true,
            other => return Err(format!("size: unknown option {other}\n\n{USAGE}")),
        }
    }
    // Without wasm-opt the module keeps its name section and unoptimised code: its size says
    // nothing about what a visitor downloads.
    if find_tool("wasm-opt").is_none() {
        return Err(
            "the size report measures the optimised app, and wasm-opt is not installed: run scripts/setup-web.sh"
                .into(),
        );
    }
    if do_build {
        build()?;
    }
    let result = size::report(&root(), &dist_dir(), &unoptimised_lite_wasm(), check);
    exports::report(&dist_dir());
    result
}

/// The workspace root (this crate lives in `<root>/xtask`).
fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Cargo's target directory, honouring `CARGO_TARGET_DIR`.
fn target_dir() -> PathBuf {
    match env::var_os("CARGO_TARGET_DIR").or_else(|| env::var_os("CARGO_BUILD_TARGET_DIR")) {
        Some(dir) => {
            let dir = PathBuf::from(dir);
            if dir.is_absolute() {
                dir
            } else {
                root().join(dir)
            }
        }
        None => root().join("target"),
    }
}

fn dist_dir() -> PathBuf {
    root().join("web").join("dist")
}

/// The wasm-bindgen output before wasm-opt, kept (with its name section) for the size report.
fn unoptimised_wasm() -> PathBuf {
    target_dir().join("luxterm-web-dist").join(WASM)
}

/// The first-load module before wasm-opt (see [`LITE_JS`]).
fn unoptimised_lite_wasm() -> PathBuf {
    target_dir().join("luxterm-web-dist").join(LITE_WASM)
}

/// Finds an executable on `PATH`, then in the npm folders of the repository.
fn find_tool(name: &str) -> Option<PathBuf> {
    let on_path = env::var_os("PATH")
        .into_iter()
        .flat_map(|p| env::split_paths(&p).collect::<Vec<_>>());
    let npm = ["tests/e2e/node_modules/.bin", "web/node_modules/.bin"].map(|d| root().join(d));
    on_path
        .chain(npm)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// The version of `wasm-bindgen` recorded in Cargo.lock: the CLI must match it exactly.
fn locked_wasm_bindgen_version() -> Option<String> {
    let lock = fs::read_to_string(root().join("Cargo.lock")).ok()?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == "name = \"wasm-bindgen\"" {
            let version = lines
                .next()?
                .trim()
                .strip_prefix("version = \"")?
                .strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

fn run(command: &mut Command) -> Result {
    let shown = format!("{command:?}");
    let status = command
        .status()
        .map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

fn build_task(args: &[String]) -> Result {
    match args {
        [] => build(),
        [flag, dir] if flag == "--out" => {
            let dist = PathBuf::from(dir);
            let dist = if dist.is_absolute() {
                dist
            } else {
                env::current_dir().map_err(|e| e.to_string())?.join(dist)
            };
            build_into(&dist, &target_dir().join("luxterm-web-dist-out"))
        }
        _ => Err(format!("build: unknown options {args:?}\n\n{USAGE}")),
    }
}

/// Builds the app into `web/dist`.
fn build() -> Result {
    let staging = unoptimised_wasm()
        .parent()
        .map(Path::to_path_buf)
        .ok_or("no staging directory")?;
    build_into(&dist_dir(), &staging)
}

/// Builds the app into `dist`, with the wasm-bindgen output in `staging`.
fn build_into(dist: &Path, staging: &Path) -> Result {
    let root = root();
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("xtask: compiling luxterm-web for wasm32-unknown-unknown (profile wasm-release)");
    let compiled = cargo_wasm(
        &cargo,
        &root,
        &["-p", "luxterm-web", "--bin", "luxterm-web"],
    )?
    .join("luxterm-web.wasm");
    // The first-load module is the same binary without the `full` feature: cargo writes it to
    // the same path, so the full one is kept aside first.
    let compiled_full = target_dir().join("luxterm-web-full.wasm");
    copy(&compiled, &compiled_full)?;
    eprintln!(
        "xtask: compiling luxterm-web without its views over the whole glossary (the first-load module)"
    );
    cargo_wasm(
        &cargo,
        &root,
        &[
            "-p",
            "luxterm-web",
            "--bin",
            "luxterm-web",
            "--no-default-features",
        ],
    )?;
    let compiled_lite = target_dir().join("luxterm-web-lite.wasm");
    copy(&compiled, &compiled_lite)?;
    let compiled = compiled_full;

    let bindgen =
        find_tool("wasm-bindgen").ok_or("wasm-bindgen not found: run scripts/setup-web.sh")?;
    let locked = locked_wasm_bindgen_version();
    let output = Command::new(&bindgen)
        .arg("--version")
        .output()
        .map_err(|e| format!("wasm-bindgen: {e}"))?;
    let installed = String::from_utf8_lossy(&output.stdout)
        .trim()
        .replace("wasm-bindgen ", "");
    if let Some(locked) = &locked
        && !installed.starts_with(locked.as_str())
    {
        return Err(format!(
            "wasm-bindgen {installed} is installed but Cargo.lock has {locked}: run scripts/setup-web.sh \
             (cargo install wasm-bindgen-cli --version ={locked})"
        ));
    }

    // The text checker: a module of its own, built in a cargo run of its own so that its
    // features (the checker and its readers) are not unified into the app's.
    eprintln!(
        "xtask: compiling luxterm-web-check for wasm32-unknown-unknown (profile wasm-release)"
    );
    let compiled_checker = cargo_wasm(&cargo, &root, &["-p", "luxterm-web-check", "--lib"])?
        .join("luxterm_web_check.wasm");

    let _ = fs::remove_dir_all(staging);
    fs::create_dir_all(staging).map_err(|e| format!("{}: {e}", staging.display()))?;
    eprintln!("xtask: wasm-bindgen --target web");
    run(Command::new(&bindgen)
        .arg("--target")
        .arg("web")
        .arg("--no-typescript")
        .arg("--out-name")
        .arg("luxterm_web")
        .arg("--out-dir")
        .arg(staging)
        .arg(&compiled))?;
    run(Command::new(&bindgen)
        .arg("--target")
        .arg("web")
        .arg("--no-typescript")
        .arg("--out-name")
        .arg("luxterm_web_lite")
        .arg("--out-dir")
        .arg(staging)
        .arg(&compiled_lite))?;
    let staging_checker = staging.join(CHECKER_DIR);
    run(Command::new(&bindgen)
        .arg("--target")
        .arg("web")
        .arg("--no-typescript")
        .arg("--out-name")
        .arg("luxterm_web_check")
        .arg("--out-dir")
        .arg(&staging_checker)
        .arg(&compiled_checker))?;

    // The site: every file under its plain name; `assets::finish` makes `dist` of it.
    let final_dist = dist;
    let site = staging.join(SITE);
    let dist = site.as_path();
    let dist_checker = dist.join(CHECKER_DIR);
    fs::create_dir_all(&dist_checker).map_err(|e| format!("{}: {e}", dist_checker.display()))?;
    copy(&staging.join(JS), &dist.join(JS))?;
    copy(
        &staging_checker.join(CHECKER_JS),
        &dist_checker.join(CHECKER_JS),
    )?;
    copy(&staging.join(LITE_JS), &dist.join(LITE_JS))?;
    optimise(&staging.join(WASM), &dist.join(WASM))?;
    optimise(&staging.join(LITE_WASM), &dist.join(LITE_WASM))?;
    optimise(
        &staging_checker.join(CHECKER_WASM),
        &dist_checker.join(CHECKER_WASM),
    )?;
    copy(
        &root.join("web").join("check").join(CHECKER_CSS),
        &dist_checker.join(CHECKER_CSS),
    )?;
    let static_dir = root.join("web").join("static");
    let entries =
        fs::read_dir(&static_dir).map_err(|e| format!("{}: {e}", static_dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_type().map_err(|e| e.to_string())?.is_file() {
            copy(&entry.path(), &dist.join(entry.file_name()))?;
        }
    }
    copy(
        &root.join("web").join("index.html"),
        &dist.join("index.html"),
    )?;
    // `_headers` (the security headers and caching for static hosts), `_redirects` (the
    // routes) and 404.html (for unknown paths: the app's page, so it shows its not-found view)
    // are written by `assets::finish`, which knows the fingerprinted names.
    // The whole glossary, fetched by the app after its first paint: compressed by us, so that
    // it travels at a third of its size whatever the host; plain for browsers without
    // DecompressionStream.
    let whole = dist.join(luxterm::parts::WHOLE_FILE);
    fs::write(&whole, luxterm::parts::WHOLE).map_err(|e| format!("{}: {e}", whole.display()))?;
    let gz = dist.join(luxterm::parts::WHOLE_FILE_GZ);
    fs::write(&gz, size::gzip_bytes(luxterm::parts::WHOLE))
        .map_err(|e| format!("{}: {e}", gz.display()))?;
    // The static JSON API: per release, an index and one file per concept and instrument.
    let (files, bytes) = api::write(dist)?;
    eprintln!("xtask: JSON API: {files} files, {bytes} bytes under api/");
    // The Download menu: the whole glossary in each export format, and the module that exports
    // a selection in the browser.
    exports::write_files(dist)?;
    exports::build_module(&root, &cargo, &bindgen, dist)?;
    finish(dist, final_dist, true)?;
    eprintln!("xtask: built {}", final_dist.display());
    Ok(())
}

/// `cargo build --locked` of `what` (`-p PACKAGE` and its target, features) for
/// wasm32-unknown-unknown in the profile `wasm-release`; the folder the module is written to.
fn cargo_wasm(cargo: &std::ffi::OsStr, root: &Path, what: &[&str]) -> Result<PathBuf> {
    run(Command::new(cargo)
        .current_dir(root)
        .args([
            "build",
            "--locked",
            "--target",
            "wasm32-unknown-unknown",
            "--profile",
            "wasm-release",
        ])
        .args(what))?;
    Ok(target_dir()
        .join("wasm32-unknown-unknown")
        .join("wasm-release"))
}

/// Optimises a module for size with `wasm-opt` (a copy as it is when wasm-opt is missing).
fn optimise(from: &Path, to: &Path) -> Result {
    match find_tool("wasm-opt") {
        Some(wasm_opt) => {
            eprintln!("xtask: wasm-opt -Oz --converge {}", to.display());
            run(Command::new(wasm_opt)
                // --converge repeats the passes until the module stops shrinking: about 1 KB gzip
                // less for some 10 s more.
                .args(["-Oz", "--converge"])
                // The features rustc enables by default for wasm32-unknown-unknown.
                .args([
                    "--enable-bulk-memory",
                    "--enable-nontrapping-float-to-int",
                    "--enable-sign-ext",
                    "--enable-mutable-globals",
                    "--enable-reference-types",
                    "--enable-multivalue",
                    "--strip-debug",
                    "--strip-producers",
                ])
                .arg(from)
                .arg("-o")
                .arg(to))
        }
        None => {
            eprintln!(
                "xtask: warning: wasm-opt not found (npm ci in tests/e2e); the WASM is not size-optimised"
            );
            copy(from, to)
        }
    }
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(drop)
        .map_err(|e| format!("copy {} -> {}: {e}", from.display(), to.display()))
}
