//! What the `.docx` and XLIFF readers share: a quick-xml reader that refuses DTDs.

use super::InputError;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, BytesText, Event};

/// A reader over `text` that checks well-formedness (end tags match).
pub(super) fn reader(text: &str) -> Reader<&[u8]> {
    let mut r = Reader::from_str(text);
    let config = r.config_mut();
    config.check_end_names = true;
    config.trim_text(false);
    r
}

/// The next event; a DTD (and so any entity declaration) is refused, and so is a file that ends
/// inside an element (quick-xml reports the end of input as such): `open` counts the elements
/// open, starting from 0.
pub(super) fn next<'a>(
    r: &mut Reader<&'a [u8]>,
    part: Option<&str>,
    open: &mut usize,
) -> Result<Event<'a>, InputError> {
    let before = r.buffer_position();
    match r.read_event() {
        Ok(Event::DocType(_)) => Err(InputError::Dtd { offset: before }),
        Ok(Event::Eof) if *open > 0 => Err(InputError::Xml {
            part: part.map(str::to_owned),
            offset: r.buffer_position(),
            message: format!(
                "the file ends with {open} element(s) still open: it is truncated or not \
                 well-formed XML"
            ),
        }),
        Ok(e) => {
            match &e {
                Event::Start(_) => *open += 1,
                Event::End(_) => *open = open.saturating_sub(1),
                _ => {}
            }
            Ok(e)
        }
        Err(e) => Err(InputError::Xml {
            part: part.map(str::to_owned),
            offset: r.error_position(),
            message: e.to_string(),
        }),
    }
}

/// Text with its predefined entities and character references replaced; an undefined entity is
/// an error (none can be defined: DTDs are refused).
pub(super) fn unescape(
    t: &BytesText<'_>,
    r: &Reader<&[u8]>,
    part: Option<&str>,
) -> Result<String, InputError> {
    t.unescape()
        .map(|c| c.into_owned())
        .map_err(|e| InputError::Xml {
            part: part.map(str::to_owned),
            offset: r.buffer_position(),
            message: e.to_string(),
        })
}

/// An attribute's value by its qualified name (`xml:lang`, `TargetMode`).
pub(super) fn attr(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// An attribute's value by its local name (any prefix). Only XLIFF needs it.
#[cfg(feature = "xliff")]
pub(super) fn attr_local(e: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}
