//! A small RDF graph and its two serialisations, Turtle and JSON-LD, for the SKOS export.
//!
//! Both are written from the same triples, so the two files always hold the same graph
//! (`scripts/check-exports.sh` has rdflib check that they are isomorphic). Written here rather
//! than with an RDF crate: the graph is a few node kinds with literals and IRIs only (no blank
//! nodes, no lists), and the crates that write JSON-LD are far heavier than these ~200 lines.

use std::fmt::Write as _;

/// The prefixes the graph's predicates, classes and datatypes are written with.
pub(crate) const PREFIXES: [(&str, &str); 7] = [
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("skosxl", "http://www.w3.org/2008/05/skos-xl#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("lt", super::VOCAB),
];

/// The object of a triple.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Object {
    /// A resource by its full IRI.
    Iri(String),
    /// A term of one of the [`PREFIXES`]' vocabularies, written `prefix:local`.
    Term(&'static str),
    /// A string in a language.
    Lang(String, String),
    /// A string without language.
    Plain(String),
    /// A literal of an XSD datatype (`xsd:date` …).
    Typed(String, &'static str),
}

/// A subject and its predicate–object pairs, in the order they were added (no duplicates).
#[derive(Debug, Clone)]
pub(crate) struct Node {
    pub iri: String,
    /// `prefix:local` predicate (`a` for rdf:type) and object.
    pub props: Vec<(&'static str, Object)>,
}

impl Node {
    pub fn new(iri: String) -> Node {
        Node {
            iri,
            props: Vec::new(),
        }
    }

    /// Adds a triple unless the node has it already.
    pub fn add(&mut self, predicate: &'static str, object: Object) {
        if !self
            .props
            .iter()
            .any(|(p, o)| *p == predicate && *o == object)
        {
            self.props.push((predicate, object));
        }
    }
}

/// A string as a Turtle `"…"` literal: `\`, `"` and line breaks escaped with ECHARs, other
/// control characters as `\uXXXX`; everything else (non-BMP included) as UTF-8.
pub(crate) fn turtle_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// An IRI as a Turtle `<…>`. The export builds IRIs only from a checked base and
/// percent-encoded segments, so none holds a character Turtle forbids there.
fn turtle_iri(iri: &str) -> String {
    format!("<{iri}>")
}

fn turtle_object(o: &Object) -> String {
    match o {
        Object::Iri(i) => turtle_iri(i),
        Object::Term(t) => (*t).to_owned(),
        Object::Lang(s, l) => format!("{}@{l}", turtle_string(s)),
        Object::Plain(s) => turtle_string(s),
        Object::Typed(s, dt) => format!("{}^^{dt}", turtle_string(s)),
    }
}

/// The graph as Turtle: prefixes, then one block a subject, predicates grouped.
pub(crate) fn to_turtle(header: &str, nodes: &[Node]) -> String {
    let mut out = String::new();
    for line in header.lines() {
        let _ = writeln!(out, "# {line}");
    }
    for (p, ns) in PREFIXES {
        let _ = writeln!(out, "@prefix {p}: <{ns}> .");
    }
    for node in nodes {
        out.push('\n');
        out.push_str(&turtle_iri(&node.iri));
        let mut predicates: Vec<&'static str> = Vec::new();
        for (p, _) in &node.props {
            if !predicates.contains(p) {
                predicates.push(p);
            }
        }
        for (i, p) in predicates.iter().enumerate() {
            out.push_str(if i == 0 { " " } else { " ;\n    " });
            out.push_str(p);
            let objects: Vec<String> = node
                .props
                .iter()
                .filter(|(q, _)| q == p)
                .map(|(_, o)| turtle_object(o))
                .collect();
            out.push(' ');
            out.push_str(&objects.join(",\n        "));
        }
        out.push_str(" .\n");
    }
    out
}

fn json_object(o: &Object) -> serde_json::Value {
    use serde_json::json;
    match o {
        Object::Iri(i) => json!({ "@id": i }),
        Object::Term(t) => json!({ "@id": t }),
        Object::Lang(s, l) => json!({ "@value": s, "@language": l }),
        Object::Plain(s) => json!({ "@value": s }),
        Object::Typed(s, dt) => json!({ "@value": s, "@type": dt }),
    }
}

/// The graph as JSON-LD 1.0: a context of the prefixes and a `@graph` of node objects, every
/// value in its explicit form (`@id`, `@value` with `@language` or `@type`).
pub(crate) fn to_json_ld(nodes: &[Node]) -> serde_json::Value {
    use serde_json::{Map, Value};
    let mut context = Map::new();
    for (p, ns) in PREFIXES {
        context.insert(p.to_owned(), Value::String(ns.to_owned()));
    }
    let graph: Vec<Value> = nodes
        .iter()
        .map(|node| {
            let mut obj = Map::new();
            obj.insert("@id".into(), Value::String(node.iri.clone()));
            for (p, o) in &node.props {
                let (key, value) = if *p == "a" {
                    let Object::Term(t) = o else {
                        continue;
                    };
                    ("@type", Value::String((*t).to_owned()))
                } else {
                    (*p, json_object(o))
                };
                match obj.get_mut(key) {
                    Some(Value::Array(values)) => values.push(value),
                    _ => {
                        obj.insert(key.to_owned(), Value::Array(vec![value]));
                    }
                }
            }
            Value::Object(obj)
        })
        .collect();
    let mut doc = Map::new();
    doc.insert("@context".into(), Value::Object(context));
    doc.insert("@graph".into(), Value::Array(graph));
    Value::Object(doc)
}

/// `s` percent-encoded for a path segment or fragment of an IRI: everything but ASCII letters,
/// digits and `-._~` as `%XX` of its UTF-8 bytes.
pub(crate) fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turtle_strings_escape_quotes_backslashes_and_breaks() {
        assert_eq!(
            turtle_string("a \"b\" \\ c\nd\re\tf"),
            r#""a \"b\" \\ c\nd\re\tf""#
        );
        assert_eq!(turtle_string("\u{7}\u{85}"), r#""\u0007\u0085""#);
        // Non-BMP characters are written as they are (UTF-8 is Turtle's encoding).
        assert_eq!(turtle_string("𝒳 😀"), "\"𝒳 😀\"");
    }

    #[test]
    fn segments_are_percent_encoded() {
        assert_eq!(segment("art. 2(c)"), "art.%202%28c%29");
        assert_eq!(segment("é"), "%C3%A9");
        assert_eq!(segment("child-sexual-abuse"), "child-sexual-abuse");
    }

    #[test]
    fn both_forms_hold_the_same_triples() {
        let mut n = Node::new("http://x/a".into());
        n.add("a", Object::Term("skos:Concept"));
        n.add("skos:prefLabel", Object::Lang("x\"y".into(), "en".into()));
        n.add("skos:prefLabel", Object::Lang("x\"y".into(), "en".into()));
        n.add("skos:broader", Object::Iri("http://x/b".into()));
        let ttl = to_turtle("h", std::slice::from_ref(&n));
        assert!(ttl.contains(
            "<http://x/a> a skos:Concept ;\n    skos:prefLabel \"x\\\"y\"@en ;\n    skos:broader <http://x/b> ."
        ));
        let json = to_json_ld(&[n]);
        let node = &json["@graph"][0];
        assert_eq!(node["@type"][0], "skos:Concept");
        assert_eq!(node["skos:prefLabel"].as_array().map(Vec::len), Some(1));
        assert_eq!(node["skos:prefLabel"][0]["@value"], "x\"y");
    }
}
