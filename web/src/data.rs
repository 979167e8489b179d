//! The glossary in the browser, in two parts so that the first load stays small.
//!
//! - The **search part** ([`luxterm::parts::SEARCH`]: every concept's current terms, categories,
//!   releases) is compiled into the app: home, search as you type, categories and releases work
//!   from the first paint.
//! - The **whole glossary** is a static file of the app's own origin,
//!   [`luxterm::parts::WHOLE_FILE`] (and its gzip copy, which is what current browsers fetch),
//!   fetched right after the first paint ([`fetch_whole`]). Its name carries its fingerprint, so
//!   a host may let browsers cache it for good, and the app refuses a file that does not belong
//!   to its search part. Views that need it (concepts,
//!   instruments, compare) wait for it behind [`crate::components::loading::NeedsWhole`].
//!
//! Once both are in memory the app sends no other request.

use std::fmt;
use std::sync::OnceLock;

use luxterm::compact::{self, CompactError, Part};
use luxterm::{Glossary, parts};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

static SEARCH: OnceLock<Glossary> = OnceLock::new();
static WHOLE: OnceLock<Glossary> = OnceLock::new();
static WHOLE_BYTES: OnceLock<Vec<u8>> = OnceLock::new();

/// The search part, decoded on first use (it was validated and encoded by the build, and a test
/// decodes it; should that ever fail, the part is empty rather than a panic).
pub fn search_part() -> &'static Glossary {
    SEARCH.get_or_init(|| {
        Glossary::from_compact(parts::SEARCH)
            .unwrap_or_else(|_| Glossary::from_data(Default::default()))
    })
}

/// The whole glossary, once it has arrived.
pub fn whole() -> Option<&'static Glossary> {
    WHOLE.get()
}

/// The compact bytes of the whole glossary, once it has arrived: the Check page hands them to the
/// checker's module, which decodes its own copy (so that the checker is not in the first load).
pub fn whole_bytes() -> Option<&'static [u8]> {
    WHOLE_BYTES.get().map(Vec::as_slice)
}

/// The whole glossary if it has arrived, else the search part. Views behind
/// [`crate::components::loading::NeedsWhole`] only render once it has.
pub fn glossary() -> &'static Glossary {
    whole().unwrap_or_else(search_part)
}

/// Where the whole glossary is published, from the app's root.
pub fn whole_url() -> String {
    format!("/{}", parts::WHOLE_FILE)
}

/// Its gzip copy ([`luxterm::parts::WHOLE_FILE_GZ`], written by `cargo xtask build`): a third of
/// the bytes on any host, even one that does not compress files it does not know.
pub fn whole_gz_url() -> String {
    format!("/{}", parts::WHOLE_FILE_GZ)
}

/// Why the whole glossary could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed (offline, blocked, or the server did not answer).
    Network(String),
    /// The server answered with an HTTP error status.
    Http(u16),
    /// The bytes are not a compact glossary this app can read.
    Compact(CompactError),
    /// A compact glossary, but not the whole one this app's search part was cut from (a stale
    /// copy from another release, say).
    Mismatch {
        /// The fingerprint the app expects.
        expected: u64,
        /// The one in the file.
        found: u64,
    },
    /// A compact glossary part, but not the whole glossary.
    NotWhole,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network(e) => write!(
                f,
                "the request for the whole glossary ({}) failed: {e}",
                parts::WHOLE_FILE
            ),
            LoadError::Http(status) => write!(f, "{} answered HTTP {status}", whole_url()),
            LoadError::Compact(e) => write!(f, "{}: {e}", whole_url()),
            LoadError::Mismatch { expected, found } => write!(
                f,
                "{} holds glossary {found:016x}, but this app was built with {expected:016x}: reload the page",
                whole_url()
            ),
            LoadError::NotWhole => write!(f, "{} holds only part of the glossary", whole_url()),
        }
    }
}

/// Checks that `bytes` are the whole glossary this app was built with, and keeps it.
///
/// # Errors
///
/// A [`LoadError`] if they are not; nothing is kept then.
pub fn install(bytes: &[u8]) -> Result<&'static Glossary, LoadError> {
    let header = compact::header(bytes).map_err(LoadError::Compact)?;
    if header.part != Part::Whole {
        return Err(LoadError::NotWhole);
    }
    if header.fingerprint != parts::FINGERPRINT {
        return Err(LoadError::Mismatch {
            expected: parts::FINGERPRINT,
            found: header.fingerprint,
        });
    }
    if let Some(g) = whole() {
        return Ok(g);
    }
    let g = Glossary::from_compact(bytes).map_err(LoadError::Compact)?;
    let _ = WHOLE_BYTES.set(bytes.to_vec());
    Ok(WHOLE.get_or_init(|| g))
}

fn js_message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "no reason given".to_owned())
}

fn network(e: JsValue) -> LoadError {
    LoadError::Network(js_message(&e))
}

/// The bytes of a response's body.
async fn body_bytes(response: &web_sys::Response) -> Result<Vec<u8>, LoadError> {
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The browser's own `DecompressionStream` for gzip, if it has one (every current browser does).
fn gzip_decompressor(window: &web_sys::Window) -> Option<web_sys::ReadableWritablePair> {
    let class = js_sys::Reflect::get(window, &JsValue::from_str("DecompressionStream")).ok()?;
    let class: js_sys::Function = class.dyn_into().ok()?;
    let args = js_sys::Array::of1(&JsValue::from_str("gzip"));
    let stream = js_sys::Reflect::construct(&class, &args).ok()?;
    let readable = js_sys::Reflect::get(&stream, &JsValue::from_str("readable")).ok()?;
    let writable = js_sys::Reflect::get(&stream, &JsValue::from_str("writable")).ok()?;
    Some(web_sys::ReadableWritablePair::new(
        &readable.dyn_into().ok()?,
        &writable.dyn_into().ok()?,
    ))
}

/// `bytes` decompressed by the browser.
async fn gunzip(
    bytes: &mut [u8],
    pair: &web_sys::ReadableWritablePair,
) -> Result<Vec<u8>, LoadError> {
    let compressed = web_sys::Response::new_with_opt_u8_array(Some(bytes)).map_err(network)?;
    let body = compressed
        .body()
        .ok_or_else(|| LoadError::Network("empty body".to_owned()))?;
    let plain = web_sys::Response::new_with_opt_readable_stream(Some(&body.pipe_through(pair)))
        .map_err(network)?;
    body_bytes(&plain).await
}

/// Fetches the whole glossary from the app's origin and keeps it (at most once): the gzip copy
/// when the browser can decompress it, else the plain file. A host that adds its own
/// `Content-Encoding` is fine too: the bytes are recognised by their first bytes, not their name.
///
/// # Errors
///
/// A [`LoadError`] naming what failed: the request, the HTTP status, or the bytes.
pub async fn fetch_whole() -> Result<&'static Glossary, LoadError> {
    if let Some(g) = whole() {
        return Ok(g);
    }
    let window = web_sys::window().ok_or_else(|| LoadError::Network("no window".to_owned()))?;
    let decompressor = gzip_decompressor(&window);
    let url = match decompressor {
        Some(_) => whole_gz_url(),
        None => whole_url(),
    };
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(network)?;
    let response: web_sys::Response = response.dyn_into().map_err(network)?;
    if !response.ok() {
        return Err(LoadError::Http(response.status()));
    }
    let mut bytes = body_bytes(&response).await?;
    if let (Some([0x1f, 0x8b]), Some(pair)) = (bytes.first_chunk::<2>(), &decompressor) {
        bytes = gunzip(&mut bytes, pair).await?;
    }
    install(&bytes)
}

/// Where the whole glossary stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Requested, not arrived.
    Loading,
    /// In memory.
    Ready,
    /// Failed, with the reason.
    Failed(String),
}
