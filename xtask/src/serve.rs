//! A tiny static file server for `web/dist`, for development and the end-to-end tests.
//!
//! It binds 127.0.0.1 unless told otherwise (`--host`), and is built to be safe to leave running
//! on a shared machine:
//!
//! - only files inside `dist` are ever answered: request paths are decoded once, strictly
//!   (invalid or overlong percent-encoding, invalid UTF-8, NUL, encoded `/` or `\`, backslashes,
//!   `.` and `..` segments, empty segments and anything but an origin-form target answer 400),
//!   and the file found is canonicalised and must still lie inside `dist` (no symlinks out);
//! - the request head is bounded in size (8 KiB request line, 16 KiB in all: 414 and 431) and in
//!   time (one deadline for the whole head, however slowly it trickles in: slowloris gets 408),
//!   responses are bounded by a write timeout, and at most [`Limits::max_connections`]
//!   connections are served at once (the next gets 503 and is closed);
//! - every answer carries the same security headers as a static host (`_headers`):
//!   [`HEADERS`], including the Content-Security-Policy.
//!
//! It answers as a static host configured as README.md describes would:
//!
//! - the app's routes (deep links such as `/concept/child`, listed in `dist/_redirects`, the id
//!   in any case) are answered with `index.html` and 200; any other path without a file with
//!   `404.html` (the same page, so the app shows its not-found view) and **404**;
//! - fingerprinted files (`name-<16 hex>.ext`) are sent `Cache-Control: public,
//!   max-age=31536000, immutable`, everything else (`index.html`, `sw.js`, the JSON API …)
//!   `no-cache`; every file has a strong `ETag` (the FNV-1a hash of the bytes sent), and
//!   `If-None-Match` answers 304 Not Modified without a body;
//! - a file with precompressed copies beside it (`F.br`, `F.gz`, written by the build) is sent
//!   as the best one the request's `Accept-Encoding` accepts (brotli, then gzip, then the file
//!   itself; `q=0` refuses a coding), with `Content-Encoding`, `Vary: Accept-Encoding` and the
//!   original's `Content-Type`;
//! - `HEAD` answers the same headers as `GET`, without a body.

use std::fs;
use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::{Duration, Instant};

use crate::Result;

/// The Content-Security-Policy of the app, sent by `xtask serve` and written to `dist/_headers`
/// for static hosts. `index.html` carries the same policy in a `<meta>` element, less the
/// directives a `<meta>` cannot carry (`frame-ancestors`); a test keeps the two in step.
///
/// - `default-src 'none'`: nothing not listed below;
/// - `script-src 'self' 'wasm-unsafe-eval'`: the app's own module scripts and the compilation
///   of its own WebAssembly; no inline script, no `eval`;
/// - `style-src 'self'`: the stylesheet; no inline `<style>` or `style=""` attributes;
/// - `connect-src 'self'`: the app fetches its own glossary file and nothing else;
/// - `worker-src 'self'`: the app's own service worker (`/sw.js`), nothing else;
/// - `require-trusted-types-for 'script'` with `trusted-types luxterm-sw`: no string can reach an
///   HTML or script sink (`innerHTML`, `eval`, …), since the app never uses one; the one policy
///   allowed is `boot.js`'s, which turns exactly `/sw.js` into the worker's script URL (and no
///   second policy of that name can be made).
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; \
require-trusted-types-for 'script'; trusted-types luxterm-sw";

/// The security headers of every answer, as `(name, value)`.
pub const HEADERS: [(&str, &str); 4] = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

/// `Cache-Control` of a file whose name carries its content's fingerprint.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of every other answer: kept, but checked with the server on each use.
pub const REVALIDATE: &str = "no-cache";

/// The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages): [`HEADERS`]
/// on every path, then [`IMMUTABLE`] on each fingerprinted file (`versioned`: URL paths) and
/// [`REVALIDATE`] on the page and the service worker. (Such hosts join the values of a header
/// set by two matching rules, so `Cache-Control` is set per file, never on `/*`.)
pub fn headers_file(versioned: &std::collections::BTreeSet<String>) -> String {
    let mut out = String::from(
        "# Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).\n\
         # Written by `cargo xtask build` from xtask/src/serve.rs; `cargo xtask serve` sends the same.\n/*\n",
    );
    for (name, value) in HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for path in ["/", "/index.html", "/404.html", "/sw.js"] {
        out.push_str(&format!("{path}\n  Cache-Control: {REVALIDATE}\n"));
    }
    for path in versioned {
        out.push_str(&format!("{path}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    out
}

/// Bounds on what one client can make the server do, and what it tells.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once; the next is answered 503 and closed.
    pub max_connections: usize,
    /// Time allowed for the whole request head to arrive, and for each write of the answer.
    pub timeout: Duration,
    /// Print one line a request on standard error: method, target, status, encoding, bytes
    /// (`--log`; the end-to-end tests count what reaches the network with it).
    pub log: bool,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 64,
            timeout: Duration::from_secs(10),
            log: false,
        }
    }
}

/// The longest request line accepted (414 beyond).
const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The longest request head (request line and headers) accepted (431 beyond).
const MAX_HEAD: usize = 16 * 1024;

/// Serves `dist` on `host:port` until the process is stopped.
pub fn run(dist: &Path, host: IpAddr, port: u16, limits: Limits) -> Result {
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html: run `cargo xtask build`",
            dist.display()
        ));
    }
    let root = dist
        .canonicalize()
        .map_err(|e| format!("{}: {e}", dist.display()))?;
    let routes = Routes::of(&root);
    let listener = TcpListener::bind(SocketAddr::new(host, port))
        .map_err(|e| format!("{host}:{port}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    if !host.is_loopback() {
        eprintln!(
            "xtask: warning: serving on {host}, not loopback: other machines can reach this server"
        );
    }
    let shown = match address {
        SocketAddr::V6(a) => format!("[{}]:{}", a.ip(), a.port()),
        SocketAddr::V4(a) => a.to_string(),
    };
    println!("luxterm is served at http://{shown}/ (Ctrl-C to stop)");
    let _ = std::io::stdout().flush();
    let site = Arc::new(Site { root, routes });
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let _ = stream.set_write_timeout(Some(limits.timeout));
        if open.fetch_add(1, Ordering::SeqCst) >= limits.max_connections {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = respond(&mut stream, Status::Unavailable, None);
            continue;
        }
        let site = Arc::clone(&site);
        let open = Arc::clone(&open);
        thread::spawn(move || {
            let _ = handle(stream, &site, limits);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
    Ok(())
}

/// What is served: the canonical root and the app's routes.
struct Site {
    root: PathBuf,
    routes: Routes,
}

/// The paths the app answers with a view: those of `dist/_redirects` (written by the build),
/// or, for a dist without one, every path without an extension.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Routes(Option<std::collections::BTreeSet<String>>);

impl Routes {
    fn of(root: &Path) -> Routes {
        Routes(
            fs::read_to_string(root.join(crate::assets::ROUTES))
                .ok()
                .map(|text| crate::assets::read_routes(&text)),
        )
    }

    /// Whether `path` (decoded, from the root, without a trailing slash) names a view. Ids
    /// are the last segment and match in any case, as the app resolves them
    /// (`/concept/CHILD`).
    fn contains(&self, path: &str) -> bool {
        let Some(routes) = &self.0 else {
            return true;
        };
        if routes.contains(path) {
            return true;
        }
        match path.rsplit_once('/') {
            Some((dir, last)) => routes.contains(&format!("{dir}/{}", last.to_lowercase())),
            None => false,
        }
    }
}

/// The answers the server gives besides files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    BadRequest,
    NotFound,
    MethodNotAllowed,
    Timeout,
    UriTooLong,
    HeadersTooLarge,
    Unavailable,
}

impl Status {
    fn code(self) -> &'static str {
        self.line().split(' ').next().unwrap_or("")
    }

    fn line(self) -> &'static str {
        match self {
            Status::BadRequest => "400 Bad Request",
            Status::NotFound => "404 Not Found",
            Status::MethodNotAllowed => "405 Method Not Allowed",
            Status::Timeout => "408 Request Timeout",
            Status::UriTooLong => "414 URI Too Long",
            Status::HeadersTooLarge => "431 Request Header Fields Too Large",
            Status::Unavailable => "503 Service Unavailable",
        }
    }
}

/// Reads the request head (up to the blank line), within [`MAX_HEAD`] bytes and one deadline.
fn read_head(stream: &mut TcpStream, timeout: Duration) -> std::result::Result<Vec<u8>, Status> {
    let deadline = Instant::now() + timeout;
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    loop {
        let end = find(&head, b"\r\n\r\n").or_else(|| find(&head, b"\n\n"));
        let line_end = find(&head, b"\n").unwrap_or(head.len());
        if line_end > MAX_REQUEST_LINE {
            return Err(Status::UriTooLong);
        }
        if end.unwrap_or(head.len()) > MAX_HEAD {
            return Err(Status::HeadersTooLarge);
        }
        if let Some(end) = end {
            head.truncate(end);
            return Ok(head);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(Status::Timeout);
        }
        stream
            .set_read_timeout(Some(left))
            .map_err(|_| Status::Timeout)?;
        match stream.read(&mut buf) {
            Ok(0) => return Err(Status::BadRequest),
            Ok(n) => head.extend_from_slice(buf.get(..n).unwrap_or_default()),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return Err(Status::Timeout),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn handle(mut stream: TcpStream, site: &Site, limits: Limits) -> std::io::Result<()> {
    let head = match read_head(&mut stream, limits.timeout) {
        Ok(head) => head,
        Err(status) => return respond(&mut stream, status, None),
    };
    let mut head_lines = head.split(|&b| b == b'\n');
    let request_line = head_lines.next().unwrap_or_default();
    let Ok(request_line) = std::str::from_utf8(request_line) else {
        return respond(&mut stream, Status::BadRequest, None);
    };
    let mut parts = request_line.trim_end_matches('\r').split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return respond(&mut stream, Status::BadRequest, None);
    };
    if !version.starts_with("HTTP/1.") {
        return respond(&mut stream, Status::BadRequest, None);
    }
    let with_body = match method {
        "GET" => true,
        "HEAD" => false,
        _ => return respond(&mut stream, Status::MethodNotAllowed, None),
    };
    let headers: Vec<(String, String)> = head_lines
        .filter_map(|line| std::str::from_utf8(line).ok())
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let found = match resolve(&site.root, &site.routes, target) {
        Ok(found) => found,
        Err(status) => {
            if limits.log {
                eprintln!("{method} {target} {}", status.code());
            }
            return respond(&mut stream, status, Some(with_body));
        }
    };
    let answer = answer(&found, header("accept-encoding"), header("if-none-match"))?;
    if limits.log {
        eprintln!(
            "{method} {target} {} {} {}",
            if answer.not_modified {
                "304"
            } else {
                answer.status.split(' ').next().unwrap_or("")
            },
            answer.encoding.unwrap_or("identity"),
            if answer.not_modified {
                0
            } else {
                answer.body.len()
            }
        );
    }
    stream.write_all(answer.head().as_bytes())?;
    if with_body && !answer.not_modified {
        stream.write_all(&answer.body)?;
    }
    stream.flush()
}

/// A file's answer, before it is written.
#[derive(Debug)]
struct Answer {
    status: &'static str,
    not_modified: bool,
    content_type: &'static str,
    cache_control: &'static str,
    encoding: Option<&'static str>,
    vary: bool,
    etag: Option<String>,
    body: Vec<u8>,
}

impl Answer {
    fn head(&self) -> String {
        let mut head = if self.not_modified {
            "HTTP/1.1 304 Not Modified\r\n".to_owned()
        } else {
            format!(
                "HTTP/1.1 {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n",
                self.status,
                self.content_type,
                self.body.len()
            )
        };
        if let (Some(encoding), false) = (self.encoding, self.not_modified) {
            head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
        }
        if self.vary {
            head.push_str("Vary: Accept-Encoding\r\n");
        }
        if let Some(etag) = &self.etag {
            head.push_str(&format!("ETag: {etag}\r\n"));
        }
        head.push_str(&format!(
            "Cache-Control: {}\r\n{}Connection: close\r\n\r\n",
            self.cache_control,
            security_headers()
        ));
        head
    }
}

/// The answer for a file found: the representation `accept_encoding` prefers among those on
/// disk, its ETag, and 304 when `if_none_match` names it (only for a 200: the app's page sent
/// for an unknown path is always sent whole, with its 404).
fn answer(
    found: &Found,
    accept_encoding: Option<&str>,
    if_none_match: Option<&str>,
) -> std::io::Result<Answer> {
    let (file, status) = match found {
        Found::File(file) => (file, "200 OK"),
        Found::Missing(page) => (page, "404 Not Found"),
    };
    let variant = |suffix: &str| {
        let mut path = file.clone().into_os_string();
        path.push(suffix);
        let path = PathBuf::from(path);
        path.is_file().then_some(path)
    };
    let compressible = file
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(crate::assets::compressible);
    let (br, gz) = if compressible {
        (variant(".br"), variant(".gz"))
    } else {
        (None, None)
    };
    let vary = br.is_some() || gz.is_some();
    let (path, encoding) = match choose_encoding(accept_encoding, br.is_some(), gz.is_some()) {
        Some("br") => (br.unwrap_or_else(|| file.clone()), Some("br")),
        Some("gzip") => (gz.unwrap_or_else(|| file.clone()), Some("gzip")),
        _ => (file.clone(), None),
    };
    let body = fs::read(&path)?;
    let ok = matches!(found, Found::File(_));
    let etag = ok.then(|| format!("\"{:016x}\"", luxterm::compact::fingerprint(&body)));
    let not_modified = match (&etag, if_none_match) {
        (Some(etag), Some(header)) => none_match_hits(header, etag),
        _ => false,
    };
    Ok(Answer {
        status,
        not_modified,
        content_type: content_type(file),
        cache_control: if ok { cache_control(file) } else { REVALIDATE },
        encoding,
        vary,
        etag,
        body,
    })
}

/// Whether an `If-None-Match` header names `etag` (weak comparison, as RFC 9110 asks for this
/// header; `*` names any).
fn none_match_hits(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|tag| {
        tag == "*" || tag.strip_prefix("W/").unwrap_or(tag) == etag.trim_start_matches("W/")
    })
}

/// The content coding to send, from an `Accept-Encoding` header and the copies there are:
/// the acceptable one with the highest `q`, brotli before gzip before none on a tie; a coding
/// with `q=0` is refused, one not named is refused unless `*` accepts it; the file as it is
/// when nothing else is acceptable, or when `identity` has a higher q. `None`: the file as it
/// is.
fn choose_encoding(header: Option<&str>, br: bool, gzip: bool) -> Option<&'static str> {
    let header = header?;
    let mut star: Option<f32> = None;
    let (mut q_br, mut q_gzip, mut q_identity) = (None, None, None);
    for item in header.split(',') {
        let mut parts = item.split(';');
        let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
        let mut q = 1.0_f32;
        for param in parts {
            if let Some((name, value)) = param.split_once('=')
                && name.trim().eq_ignore_ascii_case("q")
            {
                q = value.trim().parse().unwrap_or(0.0);
            }
        }
        match coding.as_str() {
            "br" => q_br = Some(q),
            "gzip" | "x-gzip" => q_gzip = Some(q),
            "identity" => q_identity = Some(q),
            "*" => star = Some(q),
            _ => {}
        }
    }
    let q_br = if br {
        q_br.or(star).unwrap_or(0.0)
    } else {
        0.0
    };
    let q_gzip = if gzip {
        q_gzip.or(star).unwrap_or(0.0)
    } else {
        0.0
    };
    // Identity is always acceptable as the last resort; it wins only when asked for with a
    // higher q than the codings there are.
    let q_identity = q_identity.unwrap_or(0.0);
    let best = q_br.max(q_gzip);
    if best <= 0.0 || best < q_identity {
        None
    } else if q_br >= q_gzip {
        Some("br")
    } else {
        Some("gzip")
    }
}

fn security_headers() -> String {
    HEADERS
        .iter()
        .map(|(name, value)| format!("{name}: {value}\r\n"))
        .collect()
}

/// A name that carries its content's fingerprint never changes what it names, so browsers may
/// keep it for good; every other file is checked with the server on each use.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if crate::assets::is_fingerprinted(name) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

/// What a request target names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Found {
    /// A file (or `index.html` for one of the app's routes): 200.
    File(PathBuf),
    /// No file and no route: this page (`404.html`, else `index.html`) with 404.
    Missing(PathBuf),
}

/// Maps a request target to a file inside `root` (canonical): a file, `index.html` for one of
/// the app's `routes`, or the not-found page for any other path without an extension.
///
/// 400 for a target that is not a clean origin-form path (see the module docs), 404 for a
/// missing asset or a file that resolves outside `root`.
fn resolve(root: &Path, routes: &Routes, target: &str) -> std::result::Result<Found, Status> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let rest = path.strip_prefix('/').ok_or(Status::BadRequest)?;
    let decoded = percent_decode(rest).ok_or(Status::BadRequest)?;
    if decoded.contains(['\0', '\\']) || decoded.chars().any(char::is_control) {
        return Err(Status::BadRequest);
    }
    let mut relative = PathBuf::new();
    let mut segments = Vec::new();
    if !decoded.is_empty() {
        for segment in decoded.split('/') {
            if segment.is_empty() && relative.as_os_str().is_empty() {
                // `//etc/passwd`: an absolute path in disguise.
                return Err(Status::BadRequest);
            }
            if segment.is_empty() {
                continue; // a trailing slash: `/concept/`
            }
            let mut components = Path::new(segment).components();
            if !matches!(
                (components.next(), components.next()),
                (Some(Component::Normal(_)), None)
            ) {
                return Err(Status::BadRequest);
            }
            relative.push(segment);
            segments.push(segment);
        }
    }
    let candidate = root.join(&relative);
    let inside = |p: &Path| -> Option<PathBuf> {
        let real = p.canonicalize().ok()?;
        (real.starts_with(root) && real.is_file()).then_some(real)
    };
    if let Some(file) = inside(&candidate) {
        return Ok(Found::File(file));
    }
    if candidate.is_dir() && !relative.as_os_str().is_empty() {
        return inside(&candidate.join("index.html"))
            .map(Found::File)
            .ok_or(Status::NotFound);
    }
    let last = relative.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if !relative.as_os_str().is_empty()
        && (last.contains('.') || candidate.symlink_metadata().is_ok())
    {
        // A missing asset, or a link that leads out of `dist` (or nowhere).
        return Err(Status::NotFound);
    }
    let index = inside(&root.join("index.html")).ok_or(Status::NotFound)?;
    if routes.contains(&format!("/{}", segments.join("/"))) {
        Ok(Found::File(index))
    } else {
        Ok(Found::Missing(
            inside(&root.join(crate::assets::NOT_FOUND)).unwrap_or(index),
        ))
    }
}

/// Decodes `%XX` escapes once; `None` for a malformed escape, an escaped `/` or `\` (which would
/// change how the path splits), or bytes that are not UTF-8 (overlong forms such as `%c0%ae`
/// included).
fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            if !hex.bytes().all(|h| h.is_ascii_hexdigit()) {
                return None;
            }
            let byte = u8::from_str_radix(hex, 16).ok()?;
            if byte == b'/' || byte == b'\\' {
                return None;
            }
            out.push(byte);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "gz" => "application/gzip",
        "br" => "application/octet-stream",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" | "webmanifest" => "application/json",
        "jsonld" => "application/ld+json",
        "tbx" | "xml" => "application/xml",
        "csv" => "text/csv; charset=utf-8",
        "ttl" => "text/turtle; charset=utf-8",
        "png" => "image/png",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// An answer without a file: the status line as its body. `with_body` is `None` when the
/// method is not known yet (then the body is sent).
fn respond(stream: &mut TcpStream, status: Status, with_body: Option<bool>) -> std::io::Result<()> {
    let body = format!("{}\n", status.line());
    let head = format!(
        "HTTP/1.1 {}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-cache\r\n{}Connection: close\r\n\r\n",
        status.line(),
        body.len(),
        security_headers(),
    );
    stream.write_all(head.as_bytes())?;
    if with_body.unwrap_or(true) {
        stream.write_all(body.as_bytes())?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_routes() -> Routes {
        Routes(None)
    }

    #[test]
    fn deep_links_fall_back_and_traversal_is_refused() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap_or_default();
        fs::write(dist.join("index.html"), "<!doctype html>").unwrap_or_default();
        fs::write(dist.join("app.js"), "").unwrap_or_default();
        let root = dist.canonicalize().unwrap_or_default();
        let routes = no_routes();
        let file = |p: &str| Ok(Found::File(root.join(p)));
        assert_eq!(resolve(&root, &routes, "/"), file("index.html"));
        assert_eq!(resolve(&root, &routes, "/app.js?v=1"), file("app.js"));
        assert_eq!(
            resolve(&root, &routes, "/concept/child"),
            file("index.html")
        );
        assert_eq!(
            resolve(&root, &routes, "/missing.js"),
            Err(Status::NotFound)
        );
        assert_eq!(
            resolve(&root, &routes, "/../etc/passwd"),
            Err(Status::BadRequest)
        );
        assert_eq!(
            resolve(&root, &routes, "/%2e%2e/x"),
            Err(Status::BadRequest)
        );
        assert_eq!(
            resolve(&root, &routes, "/a%2f..%2fx"),
            Err(Status::BadRequest)
        );
        assert_eq!(
            resolve(&root, &routes, "/%c0%ae%c0%ae/x"),
            Err(Status::BadRequest)
        );
        assert_eq!(resolve(&root, &routes, "app.js"), Err(Status::BadRequest));
        let _ = fs::remove_dir_all(&dist);
    }

    /// With the build's routes: known views 200 (ids in any case), any other path 404 with
    /// the app's page.
    #[test]
    fn unknown_paths_are_not_found_and_routes_are_found() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-routes-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap_or_default();
        fs::write(dist.join("index.html"), "<!doctype html>").unwrap_or_default();
        fs::write(dist.join("404.html"), "<!doctype html>").unwrap_or_default();
        fs::write(
            dist.join(crate::assets::ROUTES),
            "# routes\n/concept/child /index.html 200\n/compare/pair /index.html 200\n",
        )
        .unwrap_or_default();
        let root = dist.canonicalize().unwrap_or_default();
        let routes = Routes::of(&root);
        let page = Ok(Found::File(root.join("index.html")));
        let missing = Ok(Found::Missing(root.join("404.html")));
        assert_eq!(resolve(&root, &routes, "/"), page);
        assert_eq!(resolve(&root, &routes, "/?q=child"), page);
        assert_eq!(resolve(&root, &routes, "/concept/child"), page);
        assert_eq!(resolve(&root, &routes, "/concept/CHILD"), page);
        assert_eq!(
            resolve(&root, &routes, "/concept/child?release=1.0.0"),
            page
        );
        assert_eq!(resolve(&root, &routes, "/compare/pair"), page);
        assert_eq!(resolve(&root, &routes, "/COMPARE/pair"), missing);
        assert_eq!(resolve(&root, &routes, "/concept/no-such-concept"), missing);
        assert_eq!(resolve(&root, &routes, "/no/such/page"), missing);
        assert_eq!(resolve(&root, &routes, "/404"), missing);
        assert_eq!(resolve(&root, &routes, "/x.js"), Err(Status::NotFound));
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn accept_encoding_is_negotiated() {
        let all = |h: &str| choose_encoding(Some(h), true, true);
        assert_eq!(all("gzip, deflate, br, zstd"), Some("br"));
        assert_eq!(all("gzip, deflate"), Some("gzip"));
        assert_eq!(all("br;q=0, gzip"), Some("gzip"));
        assert_eq!(all("br;q=0.5, gzip;q=0.8"), Some("gzip"));
        assert_eq!(all("BR;Q=1"), Some("br"));
        assert_eq!(all("gzip;q=0, br;q=0"), None);
        assert_eq!(all("*"), Some("br"));
        assert_eq!(all("*;q=0, gzip"), Some("gzip"));
        assert_eq!(all("identity"), None);
        assert_eq!(all("deflate"), None);
        assert_eq!(all(""), None);
        assert_eq!(choose_encoding(None, true, true), None);
        assert_eq!(choose_encoding(Some("br, gzip"), false, true), Some("gzip"));
        assert_eq!(choose_encoding(Some("br"), false, true), None);
        assert_eq!(choose_encoding(Some("br, gzip"), false, false), None);
    }

    /// A real exchange over loopback: content coding, ETag and 304, HEAD, cache headers, 404.
    #[test]
    fn files_are_sent_compressed_with_etags_and_revalidated() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-http-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dist);
        fs::create_dir_all(&dist).unwrap_or_default();
        let page = "<!doctype html><title>luxterm</title>";
        fs::write(dist.join("index.html"), page).unwrap_or_default();
        fs::write(dist.join("404.html"), page).unwrap_or_default();
        fs::write(
            dist.join(crate::assets::ROUTES),
            "/concept/child /index.html 200\n",
        )
        .unwrap_or_default();
        let wasm = "app-0123456789abcdef.wasm";
        let module = b"\0asm".repeat(400);
        fs::write(dist.join(wasm), &module).unwrap_or_default();
        fs::write(
            dist.join(format!("{wasm}.br")),
            crate::assets::brotli_bytes(&module, 11),
        )
        .unwrap_or_default();
        fs::write(
            dist.join(format!("{wasm}.gz")),
            crate::size::gzip_bytes(&module),
        )
        .unwrap_or_default();
        let root = dist.canonicalize().unwrap_or_default();
        let site = Arc::new(Site {
            routes: Routes::of(&root),
            root,
        });
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let server = {
            let site = Arc::clone(&site);
            thread::spawn(move || {
                for stream in listener.incoming().take(9) {
                    let _ = handle(stream.unwrap(), &site, Limits::default());
                }
            })
        };
        let exchange = |request: &str| -> (String, Vec<u8>) {
            let mut stream = TcpStream::connect(address).unwrap();
            stream.write_all(request.as_bytes()).unwrap();
            let mut answer = Vec::new();
            stream.read_to_end(&mut answer).unwrap();
            let split = find(&answer, b"\r\n\r\n").unwrap() + 4;
            (
                String::from_utf8_lossy(&answer[..split]).into_owned(),
                answer[split..].to_vec(),
            )
        };
        let header = |head: &str, name: &str| -> Option<String> {
            head.lines().find_map(|l| {
                let (n, v) = l.split_once(": ")?;
                n.eq_ignore_ascii_case(name).then(|| v.to_owned())
            })
        };
        // 1. brotli when asked for, with the original's type and caching.
        let (head, body) = exchange(&format!(
            "GET /{wasm} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n"
        ));
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert_eq!(header(&head, "content-encoding").as_deref(), Some("br"));
        assert_eq!(
            header(&head, "content-type").as_deref(),
            Some("application/wasm")
        );
        assert_eq!(header(&head, "vary").as_deref(), Some("Accept-Encoding"));
        assert_eq!(header(&head, "cache-control").as_deref(), Some(IMMUTABLE));
        assert!(body.len() < module.len() / 10, "{}", body.len());
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut decoded).unwrap();
        assert_eq!(decoded, module);
        let etag = header(&head, "etag").unwrap();
        assert!(etag.starts_with('"') && etag.len() == 18, "{etag}");
        // 2. the same ETag is not modified: 304, no body, same validators.
        let (head, body) = exchange(&format!(
            "GET /{wasm} HTTP/1.1\r\nAccept-Encoding: gzip, deflate, br\r\nIf-None-Match: \"x\", {etag}\r\n\r\n"
        ));
        assert!(head.starts_with("HTTP/1.1 304 Not Modified\r\n"), "{head}");
        assert!(body.is_empty());
        assert_eq!(header(&head, "etag").as_deref(), Some(etag.as_str()));
        assert!(header(&head, "content-security-policy").is_some());
        // 3. gzip only, and br refused: gzip, with another ETag (another representation).
        let (head, body) = exchange(&format!(
            "GET /{wasm} HTTP/1.1\r\nAccept-Encoding: br;q=0, gzip\r\nIf-None-Match: {etag}\r\n\r\n"
        ));
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert_eq!(header(&head, "content-encoding").as_deref(), Some("gzip"));
        assert_ne!(header(&head, "etag").unwrap(), etag);
        assert_eq!(body, crate::size::gzip_bytes(&module));
        // 4. no Accept-Encoding: the file itself; HEAD: the headers only.
        let (head, body) = exchange(&format!("HEAD /{wasm} HTTP/1.1\r\n\r\n"));
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert_eq!(header(&head, "content-encoding"), None);
        assert_eq!(
            header(&head, "content-length"),
            Some(module.len().to_string())
        );
        assert!(body.is_empty());
        // 5. the page: no-cache, revalidated.
        let (head, body) = exchange("GET /concept/CHILD HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 200 OK\r\n"), "{head}");
        assert_eq!(header(&head, "cache-control").as_deref(), Some(REVALIDATE));
        assert_eq!(body, page.as_bytes());
        let etag = header(&head, "etag").unwrap();
        let (head, _) = exchange(&format!("GET / HTTP/1.1\r\nIf-None-Match: {etag}\r\n\r\n"));
        assert!(head.starts_with("HTTP/1.1 304 Not Modified\r\n"), "{head}");
        // 6. an unknown path: the page, with 404, whatever the validators.
        let (head, body) = exchange(&format!(
            "GET /no/such/page HTTP/1.1\r\nIf-None-Match: {etag}\r\n\r\n"
        ));
        assert!(head.starts_with("HTTP/1.1 404 Not Found\r\n"), "{head}");
        assert_eq!(
            header(&head, "content-type").as_deref(),
            Some("text/html; charset=utf-8")
        );
        assert_eq!(body, page.as_bytes());
        // 7. a missing asset: a plain 404.
        let (head, _) = exchange("GET /gone-0123456789abcdef.js HTTP/1.1\r\n\r\n");
        assert!(head.starts_with("HTTP/1.1 404 Not Found\r\n"), "{head}");
        assert_eq!(
            header(&head, "content-type").as_deref(),
            Some("text/plain; charset=utf-8")
        );
        // 8. a weak validator matches too (If-None-Match compares weakly).
        let (head, _) = exchange(&format!(
            "GET / HTTP/1.1\r\nIf-None-Match: W/{etag}\r\n\r\n"
        ));
        assert!(head.starts_with("HTTP/1.1 304"), "{head}");
        server.join().unwrap();
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_headers_file_carries_every_header() {
        let versioned: std::collections::BTreeSet<String> =
            ["/boot-0123456789abcdef.js".to_owned()].into();
        let file = headers_file(&versioned);
        for (name, value) in HEADERS {
            assert!(file.contains(&format!("  {name}: {value}\n")), "{name}");
        }
        assert!(file.contains(&format!(
            "\n/boot-0123456789abcdef.js\n  Cache-Control: {IMMUTABLE}\n"
        )));
        assert!(file.contains(&format!("\n/sw.js\n  Cache-Control: {REVALIDATE}\n")));
        assert!(file.contains(&format!("\n/index.html\n  Cache-Control: {REVALIDATE}\n")));
        // Never on every path: hosts would join it with the per-file values.
        let all = file.split("\n/*\n").nth(1).unwrap_or_default();
        let all = all.split("\n/").next().unwrap_or_default();
        assert!(!all.contains("Cache-Control"), "{all}");
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "connect-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval';",
            "style-src 'self';",
            "worker-src 'self';",
            "require-trusted-types-for 'script'; trusted-types luxterm-sw",
        ] {
            assert!(CSP.contains(directive), "{directive}");
        }
        assert!(!CSP.contains("unsafe-inline"));
    }

    /// The `<meta>` policy in index.html is the served one, less what a `<meta>` cannot carry.
    #[test]
    fn index_html_carries_the_same_policy() {
        let index = fs::read_to_string(crate::root().join("web/index.html")).unwrap_or_default();
        let meta = index
            .split("http-equiv=\"Content-Security-Policy\" content=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap_or_default();
        let served: Vec<&str> = CSP
            .split("; ")
            .filter(|d| !d.starts_with("frame-ancestors"))
            .collect();
        assert_eq!(meta, served.join("; "));
    }
}
