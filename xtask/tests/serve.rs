//! `cargo xtask serve` against hostile clients: the real binary is started on a free loopback
//! port (127.0.0.1, port 0) over a temporary `dist`, sent raw requests over TCP, and stopped.
//! Every loop is bounded; nothing leaves loopback.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// What lies next to `dist` and must never be served.
const SECRET: &str = "SECRET-OUTSIDE-DIST";

struct Server {
    child: Child,
    addr: SocketAddr,
    dir: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = fs::remove_dir_all(&self.dir);
    }
}

/// A temporary tree: `root/secret.txt`, `root/outside/x.txt`, and `root/dist` with the app's
/// files and two symlinks that lead out of it.
fn tree(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&root);
    let dist = root.join("dist");
    fs::create_dir_all(dist.join("sub")).unwrap();
    fs::create_dir_all(root.join("outside")).unwrap();
    fs::write(root.join("secret.txt"), SECRET).unwrap();
    fs::write(root.join("outside/x.txt"), SECRET).unwrap();
    fs::write(dist.join("index.html"), "<!doctype html><title>app</title>").unwrap();
    fs::write(dist.join("app.js"), "export {};").unwrap();
    fs::write(dist.join("sub/page.txt"), "inside").unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(root.join("secret.txt"), dist.join("link.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("outside"), dist.join("linkdir")).unwrap();
        std::os::unix::fs::symlink(root.join("secret.txt"), dist.join("linknoext")).unwrap();
    }
    root
}

fn start(name: &str, extra: &[&str]) -> Server {
    let dir = tree(name);
    let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(["serve", "--port", "0", "--dir"])
        .arg(dir.join("dist"))
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let addr: SocketAddr = url
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    assert!(addr.ip().is_loopback(), "serves on {addr} by default");
    Server { child, addr, dir }
}

fn connect(s: &Server) -> TcpStream {
    let stream = TcpStream::connect_timeout(&s.addr, Duration::from_secs(5)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    stream
}

/// Sends raw bytes, reads the whole answer (the server closes every connection).
fn raw(s: &Server, request: &[u8]) -> String {
    let mut stream = connect(s);
    // The server may answer (and close) before it has read everything sent.
    let _ = stream.write_all(request);
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

fn get(s: &Server, target: &str) -> String {
    raw(
        s,
        format!("GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").as_bytes(),
    )
}

fn status(answer: &str) -> u16 {
    answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {answer:?}"))
}

#[test]
fn files_inside_dist_are_served_with_the_security_headers() {
    let s = start("ok", &[]);
    let index = get(&s, "/");
    assert_eq!(status(&index), 200, "{index}");
    assert!(index.contains("<title>app</title>"));
    for header in [
        "Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval';",
        "frame-ancestors 'none'",
        "X-Content-Type-Options: nosniff\r\n",
        "Referrer-Policy: no-referrer\r\n",
    ] {
        assert!(index.contains(header), "{header} missing from {index}");
    }
    assert!(get(&s, "/app.js").contains("text/javascript"));
    assert!(get(&s, "/sub/page.txt").ends_with("inside"));
    assert!(get(&s, "/sub/page.txt?x=1#y").ends_with("inside"));
    // A deep link of the app opens it.
    assert!(get(&s, "/concept/child").contains("<title>app</title>"));
    assert_eq!(status(&get(&s, "/missing.js")), 404);
    // Errors carry the headers too.
    assert!(get(&s, "/missing.js").contains("Content-Security-Policy:"));
    let head = raw(&s, b"HEAD /app.js HTTP/1.1\r\n\r\n");
    assert_eq!(status(&head), 200);
    assert!(!head.contains("export"), "HEAD sent a body: {head}");
    assert_eq!(
        status(&raw(&s, b"POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")),
        405
    );
}

#[test]
fn nothing_outside_dist_is_ever_served() {
    let s = start("traversal", &[]);
    let targets = [
        // Plain and percent-encoded dot segments, any case.
        "/../secret.txt",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/sub%2f..%2f..%2fsecret.txt",
        "/./index.html",
        // Backslashes, raw and encoded.
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/sub\\..\\..\\secret.txt",
        // Absolute paths.
        "//etc/passwd",
        "///etc/passwd",
        "/%2fetc%2fpasswd",
        "http://127.0.0.1/../secret.txt",
        "secret.txt",
        "*",
        // Double encoding is decoded once only: `%252e` is the name `%2e`.
        "/%252e%252e/secret.txt",
        // Overlong and invalid UTF-8, malformed escapes.
        "/%c0%ae%c0%ae/secret.txt",
        "/%c0%af",
        "/%e0%80%ae%e0%80%ae/secret.txt",
        "/%ff%fe",
        "/%",
        "/%2",
        "/%zz",
        "/%+1",
        // NUL and control characters.
        "/index.html%00.js",
        "/%00",
        "/a%0d%0aSet-Cookie:%20x",
        // Symlinks out of dist.
        "/link.txt",
        "/linknoext",
        "/linkdir/x.txt",
        "/linkdir/",
    ];
    for target in targets {
        let answer = get(&s, target);
        let code = status(&answer);
        assert!(
            code == 400 || code == 404,
            "{target:?} answered {code}: {answer}"
        );
        assert!(!answer.contains(SECRET), "{target:?} leaked: {answer}");
    }
    // An absolute path the app could route is a deep link: the app, never the file.
    let passwd = get(&s, "/etc/passwd");
    assert!(
        passwd.contains("<title>app</title>") && !passwd.contains("root:"),
        "{passwd}"
    );
    // Raw bytes that are not UTF-8 in the request line, and a NUL in it.
    for request in [
        &b"GET /\xc0\xae\xc0\xae/secret.txt HTTP/1.1\r\n\r\n"[..],
        b"GET /\xff HTTP/1.1\r\n\r\n",
        b"GET /index.html\0 HTTP/1.1\r\n\r\n",
        b"GET  /  HTTP/1.1\r\n\r\n",
        b"GET / HTTP/1.1 extra\r\n\r\n",
        b"GET / SPDY/3\r\n\r\n",
        b"\r\n\r\n",
    ] {
        let answer = raw(&s, request);
        assert_eq!(status(&answer), 400, "{request:?}: {answer}");
    }
}

#[test]
fn oversized_request_lines_and_headers_are_refused() {
    let s = start("oversized", &[]);
    let long_target = format!("/{}", "a".repeat(9000));
    assert_eq!(status(&get(&s, &long_target)), 414);
    let many_headers: String = (0..40)
        .map(|i| format!("X-Filler-{i}: {}\r\n", "b".repeat(500)))
        .collect();
    let answer = raw(
        &s,
        format!("GET / HTTP/1.1\r\n{many_headers}\r\n").as_bytes(),
    );
    assert_eq!(status(&answer), 431, "{answer}");
    // One endless header line, never finished: refused once it passes the limit.
    let mut stream = connect(&s);
    let _ = stream.write_all(b"GET / HTTP/1.1\r\nX-Endless: ");
    let chunk = [b'c'; 1024];
    for _ in 0..64 {
        if stream.write_all(&chunk).is_err() {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    assert_eq!(status(&String::from_utf8_lossy(&answer)), 431);
    // The server still answers.
    assert_eq!(status(&get(&s, "/")), 200);
}

#[test]
fn slow_clients_are_cut_off_at_the_deadline() {
    let s = start("slowloris", &["--timeout-ms", "1000"]);
    let mut stream = connect(&s);
    let started = Instant::now();
    let _ = stream.write_all(b"GET / HTTP/1.1\r\n");
    // One byte every 100 ms: each read is quick, but the head never ends.
    let mut closed = false;
    for _ in 0..60 {
        if stream.write_all(b"X").is_err() {
            closed = true;
            break;
        }
        sleep(Duration::from_millis(100));
        if started.elapsed() > Duration::from_millis(1500) {
            break;
        }
    }
    let mut answer = Vec::new();
    let _ = stream.read_to_end(&mut answer);
    let answer = String::from_utf8_lossy(&answer);
    assert!(
        closed || status(&answer) == 408,
        "a slow client kept its connection: {answer:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    // A client that sends nothing at all is closed too.
    let mut idle = connect(&s);
    let started = Instant::now();
    let mut answer = Vec::new();
    let _ = idle.read_to_end(&mut answer);
    assert_eq!(status(&String::from_utf8_lossy(&answer)), 408);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn connections_beyond_the_cap_are_turned_away() {
    let s = start("cap", &["--max-connections", "4", "--timeout-ms", "3000"]);
    // Four idle connections take every place.
    let idle: Vec<TcpStream> = (0..4).map(|_| connect(&s)).collect();
    sleep(Duration::from_millis(300));
    let answer = get(&s, "/");
    assert_eq!(status(&answer), 503, "{answer}");
    drop(idle);
    // Places come back once the idle connections are gone.
    let mut code = 0;
    for _ in 0..50 {
        code = status(&get(&s, "/"));
        if code == 200 {
            break;
        }
        sleep(Duration::from_millis(100));
    }
    assert_eq!(code, 200);
}

#[test]
fn it_binds_loopback_unless_told_otherwise() {
    // `start` asserts the default; an explicit loopback address works, a bad one is refused.
    let s = start("host", &["--host", "127.0.0.1"]);
    assert_eq!(status(&get(&s, "/")), 200);
    let out = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args([
            "serve",
            "--no-build",
            "--port",
            "0",
            "--host",
            "localhost.example",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an IP address"));
}
