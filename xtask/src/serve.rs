//! A tiny static file server for `web/dist` on loopback, for development and the end-to-end tests.
//!
//! Paths without a file extension that name no file (deep links such as `/concept/child`) are
//! answered with `index.html`, so the client-side router can open them.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;
use std::time::Duration;

use crate::Result;

/// Serves `dist` on `127.0.0.1:port` until the process is stopped.
pub fn run(dist: &Path, port: u16) -> Result {
    if !dist.join("index.html").is_file() {
        return Err(format!(
            "{} has no index.html: run `cargo xtask build`",
            dist.display()
        ));
    }
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    println!("luxterm is served at http://{address}/ (Ctrl-C to stop)");
    let _ = std::io::stdout().flush();
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let dist = dist.to_path_buf();
        thread::spawn(move || {
            let _ = handle(stream, &dist);
        });
    }
    Ok(())
}

fn handle(mut stream: TcpStream, dist: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Read and drop the headers.
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain; charset=utf-8",
            "no-cache",
            b"method not allowed\n",
            true,
        );
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let Some(file) = resolve(dist, path) else {
        return respond(
            &mut stream,
            "404 Not Found",
            "text/plain; charset=utf-8",
            "no-cache",
            b"not found\n",
            method == "GET",
        );
    };
    let body = fs::read(&file)?;
    respond(
        &mut stream,
        "200 OK",
        content_type(&file),
        cache_control(&file),
        &body,
        method == "GET",
    )
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

/// Maps a request path to a file in `dist`, with the SPA fallback; `None` for a missing asset.
fn resolve(dist: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let candidate = dist.join(relative);
    if candidate.is_file() {
        return Some(candidate);
    }
    if candidate.is_dir() && candidate.join("index.html").is_file() {
        return Some(candidate.join("index.html"));
    }
    let last = relative.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if last.contains('.') {
        None
    } else {
        Some(dist.join("index.html"))
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
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

fn respond(
    stream: &mut TcpStream,
    status: &str,
    content_type: &str,
    cache_control: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: {cache_control}\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if with_body {
        stream.write_all(body)?;
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
        assert_eq!(resolve(&dist, "/"), Some(dist.join("index.html")));
        assert_eq!(resolve(&dist, "/app.js"), Some(dist.join("app.js")));
        assert_eq!(
            resolve(&dist, "/concept/child"),
            Some(dist.join("index.html"))
        );
        assert_eq!(resolve(&dist, "/missing.js"), None);
        assert_eq!(resolve(&dist, "/../etc/passwd"), None);
        assert_eq!(resolve(&dist, "/%2e%2e/x"), None);
        let _ = fs::remove_dir_all(&dist);
    }
}
