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
//! Paths without a file extension that name no file (deep links such as `/concept/child`) are
//! answered with `index.html`, so the client-side router can open them.

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
/// - `require-trusted-types-for 'script'` with `trusted-types 'none'`: no string can reach an
///   HTML or script sink (`innerHTML`, `eval`, …), since the app never uses one.
pub const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; font-src 'self'; connect-src 'self'; manifest-src 'self'; object-src 'none'; \
base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; \
trusted-types 'none'";

/// The security headers of every answer, as `(name, value)`.
pub const HEADERS: [(&str, &str); 4] = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
];

/// The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages): [`HEADERS`]
/// on every path.
pub fn headers_file() -> String {
    let mut out = String::from(
        "# Security headers for static hosts that read a _headers file (Netlify, Cloudflare Pages).\n\
         # Written by `cargo xtask build` from xtask/src/serve.rs; `cargo xtask serve` sends the same.\n/*\n",
    );
    for (name, value) in HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out
}

/// Bounds on what one client can make the server do.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Connections served at once; the next is answered 503 and closed.
    pub max_connections: usize,
    /// Time allowed for the whole request head to arrive, and for each write of the answer.
    pub timeout: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 64,
            timeout: Duration::from_secs(10),
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
    let root = Arc::new(root);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let _ = stream.set_write_timeout(Some(limits.timeout));
        if open.fetch_add(1, Ordering::SeqCst) >= limits.max_connections {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = respond(&mut stream, Status::Unavailable, None);
            continue;
        }
        let root = Arc::clone(&root);
        let open = Arc::clone(&open);
        thread::spawn(move || {
            let _ = handle(stream, &root, limits);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
    Ok(())
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

fn handle(mut stream: TcpStream, root: &Path, limits: Limits) -> std::io::Result<()> {
    let head = match read_head(&mut stream, limits.timeout) {
        Ok(head) => head,
        Err(status) => return respond(&mut stream, status, None),
    };
    let request_line = head.split(|&b| b == b'\n').next().unwrap_or_default();
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
    let file = match resolve(root, target) {
        Ok(file) => file,
        Err(status) => return respond(&mut stream, status, Some(with_body)),
    };
    let body = fs::read(&file)?;
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: {}\r\n{}Connection: close\r\n\r\n",
        content_type(&file),
        body.len(),
        cache_control(&file),
        security_headers(),
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(&body)?;
    }
    stream.flush()
}

fn security_headers() -> String {
    HEADERS
        .iter()
        .map(|(name, value)| format!("{name}: {value}\r\n"))
        .collect()
}

/// The whole glossary's name changes with its content, so browsers may keep it for good; every
/// other file is checked with the server on each load.
fn cache_control(file: &Path) -> &'static str {
    let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name.starts_with(luxterm::parts::WHOLE_FILE) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Maps a request target to a file inside `root` (canonical), with the SPA fallback.
///
/// 400 for a target that is not a clean origin-form path (see the module docs), 404 for a
/// missing asset or a file that resolves outside `root`.
fn resolve(root: &Path, target: &str) -> std::result::Result<PathBuf, Status> {
    let path = target.split(['?', '#']).next().unwrap_or_default();
    let rest = path.strip_prefix('/').ok_or(Status::BadRequest)?;
    let decoded = percent_decode(rest).ok_or(Status::BadRequest)?;
    if decoded.contains(['\0', '\\']) || decoded.chars().any(char::is_control) {
        return Err(Status::BadRequest);
    }
    let mut relative = PathBuf::new();
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
        }
    }
    let candidate = root.join(&relative);
    let inside = |p: &Path| -> Option<PathBuf> {
        let real = p.canonicalize().ok()?;
        (real.starts_with(root) && real.is_file()).then_some(real)
    };
    if let Some(file) = inside(&candidate) {
        return Ok(file);
    }
    if candidate.is_dir() {
        return inside(&candidate.join("index.html")).ok_or(Status::NotFound);
    }
    let last = relative.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if last.contains('.') || candidate.symlink_metadata().is_ok() {
        // A missing asset, or a link that leads out of `dist` (or nowhere).
        Err(Status::NotFound)
    } else {
        inside(&root.join("index.html")).ok_or(Status::NotFound)
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
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "json" | "webmanifest" => "application/json",
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

    #[test]
    fn deep_links_fall_back_and_traversal_is_refused() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap_or_default();
        fs::write(dist.join("index.html"), "<!doctype html>").unwrap_or_default();
        fs::write(dist.join("app.js"), "").unwrap_or_default();
        let root = dist.canonicalize().unwrap_or_default();
        assert_eq!(resolve(&root, "/"), Ok(root.join("index.html")));
        assert_eq!(resolve(&root, "/app.js?v=1"), Ok(root.join("app.js")));
        assert_eq!(
            resolve(&root, "/concept/child"),
            Ok(root.join("index.html"))
        );
        assert_eq!(resolve(&root, "/missing.js"), Err(Status::NotFound));
        assert_eq!(resolve(&root, "/../etc/passwd"), Err(Status::BadRequest));
        assert_eq!(resolve(&root, "/%2e%2e/x"), Err(Status::BadRequest));
        assert_eq!(resolve(&root, "/a%2f..%2fx"), Err(Status::BadRequest));
        assert_eq!(resolve(&root, "/%c0%ae%c0%ae/x"), Err(Status::BadRequest));
        assert_eq!(resolve(&root, "app.js"), Err(Status::BadRequest));
        let _ = fs::remove_dir_all(&dist);
    }

    #[test]
    fn the_headers_file_carries_every_header() {
        let file = headers_file();
        for (name, value) in HEADERS {
            assert!(file.contains(&format!("  {name}: {value}\n")), "{name}");
        }
        for directive in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
            "connect-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval';",
            "style-src 'self';",
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
