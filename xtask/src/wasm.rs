//! Just enough of the WebAssembly binary format to tell where the bytes of a module go:
//! its sections, and the size of each function body by the name the name section gives it.

/// A section of a module: its id (0 for custom sections), custom name, and its bytes.
pub struct Section<'a> {
    /// The section id: 1 type, 2 import, 10 code, 11 data, 0 custom …
    pub id: u8,
    /// The name of a custom section.
    pub name: String,
    /// The section's content (without id and size).
    pub bytes: &'a [u8],
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }
    fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn leb(&mut self) -> Option<u64> {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b & 0x80 == 0 {
                return Some(value);
            }
            shift += 7;
        }
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }
    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.leb()?).ok()
    }
    fn name(&mut self) -> Option<String> {
        let n = self.len()?;
        Some(String::from_utf8_lossy(self.take(n)?).into_owned())
    }
    fn limits(&mut self) -> Option<()> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 != 0 {
            self.leb()?;
        }
        Some(())
    }
}

/// Splits a module into its sections; `None` if it is not a well-formed module.
pub fn sections(module: &[u8]) -> Option<Vec<Section<'_>>> {
    if module.get(0..4)? != b"\0asm" {
        return None;
    }
    let mut r = Reader::new(module.get(8..)?);
    let mut out = Vec::new();
    while !r.done() {
        let id = r.byte()?;
        let size = r.len()?;
        let bytes = r.take(size)?;
        let name = if id == 0 {
            Reader::new(bytes).name()?
        } else {
            String::new()
        };
        out.push(Section { id, name, bytes });
    }
    Some(out)
}

fn imported_functions(import: &[u8]) -> Option<u64> {
    let mut r = Reader::new(import);
    let mut functions = 0;
    for _ in 0..r.leb()? {
        r.name()?;
        r.name()?;
        match r.byte()? {
            0 => {
                r.leb()?;
                functions += 1;
            }
            1 => {
                r.byte()?;
                r.limits()?;
            }
            2 => r.limits()?,
            3 => {
                r.byte()?;
                r.byte()?;
            }
            4 => {
                r.byte()?;
                r.leb()?;
            }
            _ => return None,
        }
    }
    Some(functions)
}

/// Function body sizes by function name, from the code and name sections.
pub fn function_sizes(module: &[u8]) -> Option<Vec<(String, usize)>> {
    let sections = sections(module)?;
    let imports = match sections.iter().find(|s| s.id == 2) {
        Some(s) => imported_functions(s.bytes)?,
        None => 0,
    };
    let mut names = std::collections::HashMap::new();
    if let Some(name_section) = sections.iter().find(|s| s.id == 0 && s.name == "name") {
        let mut r = Reader::new(name_section.bytes);
        r.name()?;
        while !r.done() {
            let sub = r.byte()?;
            let size = r.len()?;
            let body = r.take(size)?;
            if sub == 1 {
                let mut s = Reader::new(body);
                for _ in 0..s.leb()? {
                    let index = s.leb()?;
                    names.insert(index, s.name()?);
                }
            }
        }
    }
    let code = sections.iter().find(|s| s.id == 10)?;
    let mut r = Reader::new(code.bytes);
    let mut out = Vec::new();
    for i in 0..r.leb()? {
        let size = r.len()?;
        r.take(size)?;
        let name = names
            .remove(&(imports + i))
            .unwrap_or_else(|| format!("<function {}>", imports + i));
        out.push((name, size));
    }
    Some(out)
}

/// Removes the `[0123456789abcdef]` crate hashes of v0-demangled names.
fn strip_hashes(symbol: &str) -> String {
    let mut out = String::with_capacity(symbol.len());
    let mut rest = symbol;
    while let Some(start) = rest.find('[') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let hash = after
            .get(1..17)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()));
        if hash.is_some() && after.get(17..18) == Some("]") {
            rest = after.get(18..).unwrap_or("");
        } else {
            out.push('[');
            rest = after.get(1..).unwrap_or("");
        }
    }
    out.push_str(rest);
    out
}

/// The crate a (demangled) Rust symbol belongs to: `<yew::html::X as core::Y>::f` → `yew`;
/// methods of primitive types (`<str>::to_lowercase`) → `core`.
pub fn crate_of(symbol: &str) -> String {
    let symbol = strip_hashes(symbol);
    let s = symbol.trim_start_matches(['<', '&', '*', '(', '[', ' ']);
    let s = s
        .strip_prefix("mut ")
        .or_else(|| s.strip_prefix("dyn "))
        .unwrap_or(s);
    let end = s
        .find([':', ' ', '<', '>', '[', ']', ',', ';', '(', ')'])
        .unwrap_or(s.len());
    let (head, rest) = s.split_at(end);
    const PRIMITIVES: [&str; 17] = [
        "str", "char", "bool", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32",
        "i64", "i128", "isize", "f32", "f64",
    ];
    if rest.starts_with("::") && !head.is_empty() {
        head.to_string()
    } else if let Some(position) = s.find(" as ") {
        crate_of(s.get(position + 4..).unwrap_or(""))
    } else if PRIMITIVES.contains(&head) || rest.starts_with(']') {
        "core".into()
    } else if s.starts_with("_ZN") {
        "(mangled)".into()
    } else {
        "(other)".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crate_names_come_from_the_first_path_segment() {
        assert_eq!(crate_of("yew::html::component::lifecycle::h0123"), "yew");
        assert_eq!(
            crate_of("<luxterm_web::app::App as yew::Component>::view"),
            "luxterm_web"
        );
        assert_eq!(crate_of("<&T as core::fmt::Debug>::fmt"), "core");
        assert_eq!(crate_of("memcpy"), "(other)");
        assert_eq!(
            crate_of("core[c5930c85a12de822]::fmt::float::f::<f64>"),
            "core"
        );
        assert_eq!(
            crate_of("<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<x>>::malloc"),
            "dlmalloc"
        );
        assert_eq!(crate_of("<str>::to_lowercase"), "core");
    }

    #[test]
    fn a_minimal_module_has_no_sections() {
        let module = b"\0asm\x01\0\0\0";
        assert_eq!(sections(module).map(|s| s.len()), Some(0));
        assert!(sections(b"nope").is_none());
    }
}
