//! SKOS: the selection as a `skos:ConceptScheme`, in Turtle ([`turtle`]) or JSON-LD
//! ([`json_ld`]), for vocabulary tools (Skosmos, VocBench) and linked-data pipelines.
//!
//! - The scheme is `<BASE/>`: `owl:versionInfo` is the release's version, `dct:issued` its date
//!   (`xsd:date`, or `xsd:gYearMonth`/`xsd:gYear` when the day is not known), with
//!   `skos:hasTopConcept` for the concepts that have no broader concept in the selection.
//! - Each concept is `<BASE/concept/ID>`, the web app's address of the concept (its permalink
//!   without `?release=`, which would pin it), `skos:inScheme` the scheme, `skos:topConceptOf` it
//!   when it has no broader concept in the selection, `dct:identifier` its id.
//! - Labels by status, per language: the first preferred term is the `skos:prefLabel` (SKOS
//!   allows one a language), other preferred, admitted and use-with-caution terms and
//!   abbreviations are `skos:altLabel`, terms to avoid `skos:hiddenLabel` (so a vocabulary's
//!   search still finds them, while no tool shows them as a name).
//! - The same terms as SKOS-XL labels `<BASE/concept/ID#term-N>` (`skosxl:Label` with
//!   `skosxl:literalForm`), carrying what plain labels cannot: `lt:status` (`lt:preferred`,
//!   `lt:admitted`, `lt:use-with-caution`, `lt:avoid`), for a term to avoid `lt:useInstead` (the
//!   replacement, a literal in the term's language) and `lt:useInsteadConcept` when it is another
//!   concept's term, `lt:why`, `skos:note`, `lt:partOfSpeech`, `lt:gender`, and `lt:legalTermOf`
//!   for each instrument whose authentic text uses the term. `lt:` is [`VOCAB`].
//! - `skos:definition` with its language; `dct:source` for each definition's source and each
//!   citation: `<BASE/instrument/ID#provision-…>`, the provision on the app's instrument page
//!   (the instrument alone when it does not list the provision), with an `rdfs:label` as a
//!   drafter writes the citation (`OPSC art. 2(c)`).
//! - Relations: `skos:broader`, `skos:narrower`, `skos:related` (with their inverses where the
//!   target is in the selection) and `dct:isReplacedBy`.
//! - Each category is a `skos:Collection` `<BASE/category/ID>` with its concepts as
//!   `skos:member`.
//!
//! ```
//! use luxterm::export::{Selection, skos};
//! let selected = Selection::default().resolve(luxterm::Glossary::embedded()).unwrap();
//! let ttl = String::from_utf8(skos::turtle(&selected, &skos::SkosOptions::default()).unwrap()).unwrap();
//! assert!(ttl.contains(&format!("owl:versionInfo \"{}\"", selected.release.version)));
//! assert!(ttl.contains("<https://luxterm.github.io/luxterm/concept/child> a skos:Concept"));
//! ```

mod rdf;

use super::{ExportError, Selected};
use crate::{Citation, Concept, Date, Gender, PartOfSpeech, RelationKind, Status};
use rdf::{Node, Object};

/// The base the URIs are made from when none is given: the address the web app is published at
/// by the repository's GitHub Pages (`https://luxterm.github.io/luxterm`, from the repository in
/// Cargo.toml). Pass your own in [`SkosOptions::base`] when you serve the app elsewhere; concept
/// URIs are then `BASE/concept/ID`, the app's own addresses.
pub const DEFAULT_BASE: &str = "https://luxterm.github.io/luxterm";

/// The namespace (`lt:`) of what SKOS has no property for (a term's status, its replacement).
/// Fixed, whatever the base, so that every copy of the glossary uses the same properties.
pub const VOCAB: &str = "https://luxterm.github.io/luxterm/vocab#";

/// How the SKOS files are made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkosOptions {
    /// The base of every URI, without a trailing `/` (one is dropped): the scheme is `BASE/`,
    /// concepts `BASE/concept/ID`. Defaults to [`DEFAULT_BASE`].
    pub base: String,
}

impl Default for SkosOptions {
    fn default() -> SkosOptions {
        SkosOptions {
            base: DEFAULT_BASE.to_owned(),
        }
    }
}

/// The selection as SKOS in Turtle (UTF-8), with a comment header naming the release.
///
/// # Errors
///
/// [`ExportError::Write`] when the base is not an absolute `http(s)` IRI that Turtle can write.
pub fn turtle(selected: &Selected<'_>, options: &SkosOptions) -> Result<Vec<u8>, ExportError> {
    let nodes = graph(selected, options)?;
    let header = format!(
        "luxterm {} ({}), SKOS export: {} concepts, languages {}.",
        selected.release.version,
        selected.release.date,
        selected.concepts.len(),
        selected.languages.join(", ")
    );
    Ok(rdf::to_turtle(&header, &nodes).into_bytes())
}

/// The selection as SKOS in JSON-LD (UTF-8, pretty-printed): the same graph as [`turtle`].
///
/// ```
/// use luxterm::export::{Selection, skos};
/// let selected = Selection::default().resolve(luxterm::Glossary::embedded()).unwrap();
/// let doc: serde_json::Value =
///     serde_json::from_slice(&skos::json_ld(&selected, &Default::default()).unwrap()).unwrap();
/// assert_eq!(doc["@graph"][0]["@type"][0], "skos:ConceptScheme");
/// ```
///
/// # Errors
///
/// As [`turtle`].
pub fn json_ld(selected: &Selected<'_>, options: &SkosOptions) -> Result<Vec<u8>, ExportError> {
    let nodes = graph(selected, options)?;
    let mut out = serde_json::to_vec_pretty(&rdf::to_json_ld(&nodes))
        .map_err(|e| ExportError::Write(e.to_string()))?;
    out.push(b'\n');
    Ok(out)
}

/// Checks the base: absolute http(s), no character an IRI may not hold.
fn check_base(base: &str) -> Result<String, ExportError> {
    let base = base.trim_end_matches('/');
    let scheme_ok = base.starts_with("https://") || base.starts_with("http://");
    let bad = base
        .chars()
        .find(|c| c.is_whitespace() || c.is_control() || "<>\"{}|^`\\#?".contains(*c));
    match (scheme_ok, bad) {
        (true, None) if base.len() > "https://".len() => Ok(base.to_owned()),
        (_, Some(c)) => Err(ExportError::Write(format!(
            "the SKOS base URI `{base}` holds {c:?}, which an IRI base may not: give an address \
             such as {DEFAULT_BASE}"
        ))),
        _ => Err(ExportError::Write(format!(
            "the SKOS base URI `{base}` is not an absolute http(s) address: give one such as \
             {DEFAULT_BASE}"
        ))),
    }
}

fn date_literal(d: Date) -> Object {
    let dt = match (d.month, d.day) {
        (Some(_), Some(_)) => "xsd:date",
        (Some(_), None) => "xsd:gYearMonth",
        _ => "xsd:gYear",
    };
    Object::Typed(d.to_string(), dt)
}

fn status_term(s: Status) -> &'static str {
    match s {
        Status::Preferred => "lt:preferred",
        Status::Admitted => "lt:admitted",
        Status::UseWithCaution => "lt:use-with-caution",
        _ => "lt:avoid",
    }
}

struct Uris {
    base: String,
}

impl Uris {
    fn scheme(&self) -> String {
        format!("{}/", self.base)
    }
    fn concept(&self, id: &str) -> String {
        format!("{}/concept/{}", self.base, rdf::segment(id))
    }
    fn category(&self, id: &str) -> String {
        format!("{}/category/{}", self.base, rdf::segment(id))
    }
    /// A citation's resource: the provision on its instrument's page, or the instrument.
    fn source(&self, selected: &Selected<'_>, c: &Citation) -> (String, String) {
        let g = selected.glossary;
        let mut iri = format!("{}/instrument/{}", self.base, rdf::segment(&c.instrument));
        if let Some(p) = c.provision.as_deref()
            && g.provision(&c.instrument, p).is_some()
        {
            iri.push('#');
            iri.push_str(&rdf::segment(&crate::view::provision_anchor(p)));
        }
        let mut label = c.display_with(g.short_name(&c.instrument, "en"));
        if let Some(pin) = c.pinpoint.as_deref() {
            label.push_str(", ");
            label.push_str(pin);
        }
        (iri, label)
    }
}

/// The graph every SKOS file writes.
fn graph(selected: &Selected<'_>, options: &SkosOptions) -> Result<Vec<Node>, ExportError> {
    let uris = Uris {
        base: check_base(&options.base)?,
    };
    let in_selection = |id: &str| selected.concepts.iter().any(|c| c.id == id);
    let has_broader = |c: &Concept| {
        c.relations
            .iter()
            .any(|r| r.kind == RelationKind::Broader && in_selection(&r.concept))
            || selected.concepts.iter().any(|o| {
                o.relations
                    .iter()
                    .any(|r| r.kind == RelationKind::Narrower && r.concept == c.id)
            })
    };

    let mut scheme = Node::new(uris.scheme());
    scheme.add("a", Object::Term("skos:ConceptScheme"));
    let title = Object::Lang(
        "luxterm: terminology of the sale and sexual exploitation of children".into(),
        "en".into(),
    );
    scheme.add("skos:prefLabel", title.clone());
    scheme.add("dct:title", title);
    scheme.add(
        "owl:versionInfo",
        Object::Plain(selected.release.version.to_string()),
    );
    scheme.add("dct:issued", date_literal(selected.release.date));

    let mut categories: Vec<Node> = Vec::new();
    let mut concepts: Vec<Node> = Vec::new();
    let mut sources: Vec<Node> = Vec::new();
    let mut add_source = |subject: &mut Node, c: &Citation, predicate: &'static str| {
        let (iri, label) = uris.source(selected, c);
        subject.add(predicate, Object::Iri(iri.clone()));
        match sources.iter_mut().find(|n| n.iri == iri) {
            Some(n) => n.add("rdfs:label", Object::Plain(label)),
            None => {
                let mut n = Node::new(iri);
                n.add("rdfs:label", Object::Plain(label));
                sources.push(n);
            }
        }
    };

    for c in &selected.concepts {
        let iri = uris.concept(&c.id);
        let mut node = Node::new(iri.clone());
        node.add("a", Object::Term("skos:Concept"));
        node.add("skos:inScheme", Object::Iri(uris.scheme()));
        if !has_broader(c) {
            node.add("skos:topConceptOf", Object::Iri(uris.scheme()));
            scheme.add("skos:hasTopConcept", Object::Iri(iri.clone()));
        }
        node.add("dct:identifier", Object::Plain(c.id.to_string()));

        let cat = c.category.as_str();
        match categories.iter_mut().find(|n| n.iri == uris.category(cat)) {
            Some(n) => n.add("skos:member", Object::Iri(iri.clone())),
            None => {
                let mut n = Node::new(uris.category(cat));
                n.add("a", Object::Term("skos:Collection"));
                n.add("dct:identifier", Object::Plain(cat.to_owned()));
                n.add("skos:member", Object::Iri(iri.clone()));
                categories.push(n);
            }
        }

        // Plain labels, by status; every (language, text) once, so the label kinds stay
        // disjoint as SKOS requires.
        let mut labels: Vec<Node> = Vec::new();
        let mut used: Vec<(&str, &str)> = Vec::new();
        let mut has_pref: Vec<&str> = Vec::new();
        for lang in &selected.languages {
            for (i, t) in c.terms.iter().enumerate().filter(|(_, t)| t.lang == *lang) {
                let kind = match t.status {
                    Status::Preferred if !has_pref.contains(&&*t.lang) => {
                        has_pref.push(&t.lang);
                        "pref"
                    }
                    Status::Avoid => "hidden",
                    _ => "alt",
                };
                if used.contains(&(&*t.lang, &*t.text)) {
                    continue;
                }
                used.push((&t.lang, &t.text));
                let (plain, xl) = match kind {
                    "pref" => ("skos:prefLabel", "skosxl:prefLabel"),
                    "hidden" => ("skos:hiddenLabel", "skosxl:hiddenLabel"),
                    _ => ("skos:altLabel", "skosxl:altLabel"),
                };
                let literal = Object::Lang(t.text.to_string(), t.lang.to_string());
                node.add(plain, literal.clone());
                let label_iri = format!("{iri}#term-{i}");
                node.add(xl, Object::Iri(label_iri.clone()));
                let mut label = Node::new(label_iri);
                label.add("a", Object::Term("skosxl:Label"));
                label.add("skosxl:literalForm", literal);
                label.add("lt:status", Object::Term(status_term(t.status)));
                if let Some(instead) = t.instead.as_deref() {
                    label.add(
                        "lt:useInstead",
                        Object::Lang(instead.to_owned(), t.lang.to_string()),
                    );
                    if let Some(other) = t.instead_concept.as_deref() {
                        label.add("lt:useInsteadConcept", Object::Iri(uris.concept(other)));
                    }
                }
                if let Some(why) = t.why.as_deref() {
                    label.add(
                        "lt:why",
                        Object::Lang(why.to_owned(), t.lang_of(why).to_owned()),
                    );
                }
                if let Some(note) = t.note.as_deref() {
                    label.add(
                        "skos:note",
                        Object::Lang(note.to_owned(), t.lang_of(note).to_owned()),
                    );
                }
                if let Some(pos) = t.grammar.pos {
                    label.add("lt:partOfSpeech", Object::Plain(pos_str(pos).to_owned()));
                }
                if let Some(gender) = t.grammar.gender {
                    label.add("lt:gender", Object::Plain(gender_str(gender).to_owned()));
                }
                for cite in t.legal_term_of.iter() {
                    add_source(&mut label, cite, "lt:legalTermOf");
                }
                labels.push(label);
            }
        }
        for t in c.terms.iter() {
            if let Some(abbr) = t.abbreviation.as_deref()
                && !used.contains(&(&*t.lang, abbr))
            {
                used.push((&t.lang, abbr));
                node.add(
                    "skos:altLabel",
                    Object::Lang(abbr.to_owned(), t.lang.to_string()),
                );
            }
        }

        for d in c.definitions.iter() {
            node.add(
                "skos:definition",
                Object::Lang(d.text.to_string(), d.lang.to_string()),
            );
            add_source(&mut node, &d.source, "dct:source");
        }
        for e in c.citations.iter() {
            add_source(&mut node, &e.citation, "dct:source");
        }
        for r in c.relations.iter() {
            let predicate = match r.kind {
                RelationKind::Broader => "skos:broader",
                RelationKind::Narrower => "skos:narrower",
                RelationKind::Related => "skos:related",
                _ => "dct:isReplacedBy",
            };
            node.add(predicate, Object::Iri(uris.concept(&r.concept)));
        }
        // Inverses stated by the other concepts of the selection.
        for o in &selected.concepts {
            for r in o.relations.iter().filter(|r| r.concept == c.id) {
                let inverse = match r.kind {
                    RelationKind::Broader => "skos:narrower",
                    RelationKind::Narrower => "skos:broader",
                    RelationKind::Related => "skos:related",
                    _ => continue,
                };
                node.add(inverse, Object::Iri(uris.concept(&o.id)));
            }
        }
        concepts.push(node);
        concepts.extend(labels);
    }

    let mut nodes = vec![scheme];
    nodes.extend(categories);
    nodes.extend(concepts);
    sources.sort_by(|a, b| a.iri.cmp(&b.iri));
    nodes.extend(sources);
    Ok(nodes)
}

fn pos_str(p: PartOfSpeech) -> &'static str {
    match p {
        PartOfSpeech::Noun => "noun",
        PartOfSpeech::Verb => "verb",
        PartOfSpeech::Adjective => "adjective",
        _ => "phrase",
    }
}

fn gender_str(g: Gender) -> &'static str {
    match g {
        Gender::Masculine => "masculine",
        Gender::Feminine => "feminine",
        Gender::Neuter => "neuter",
        _ => "common",
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;
    use crate::Glossary;
    use crate::export::Selection;

    fn selected() -> Selected<'static> {
        Selection::default().resolve(Glossary::embedded()).unwrap()
    }

    #[test]
    fn bad_bases_are_refused_with_the_reason() {
        let s = selected();
        for base in [
            "luxterm.org",
            "https://x.org/a b",
            "https://x.org/<>",
            "ftp://x",
        ] {
            let err = turtle(
                &s,
                &SkosOptions {
                    base: base.to_owned(),
                },
            )
            .unwrap_err();
            assert!(matches!(err, ExportError::Write(_)), "{base}: {err}");
        }
        let ok = SkosOptions {
            base: "https://example.org/terms/".into(),
        };
        let ttl = String::from_utf8(turtle(&s, &ok).unwrap()).unwrap();
        assert!(ttl.contains("<https://example.org/terms/> a skos:ConceptScheme"));
        assert!(ttl.contains("<https://example.org/terms/concept/child> a skos:Concept"));
    }

    #[test]
    fn terms_to_avoid_are_hidden_labels_with_status_and_replacement() {
        let s = selected();
        let ttl = String::from_utf8(turtle(&s, &SkosOptions::default()).unwrap()).unwrap();
        let csam = ttl
            .split("\n\n")
            .find(|b| b.starts_with("<https://luxterm.github.io/luxterm/concept/child-sexual-abuse-material> a skos:Concept"))
            .unwrap();
        assert!(csam.contains("skos:hiddenLabel"));
        assert!(csam.contains("\"child pornography\"@en"));
        let pref = csam
            .split(" ;\n    ")
            .find(|p| p.starts_with("skos:prefLabel"))
            .unwrap();
        assert!(pref.contains("\"child sexual abuse material\"@en"));
        let label = ttl
            .split("\n\n")
            .find(|b| {
                b.contains("skosxl:literalForm \"child pornography\"@en")
                    && b.contains("concept/child-sexual-abuse-material#term-")
            })
            .unwrap();
        assert!(label.contains("lt:status lt:avoid"));
        assert!(label.contains("lt:useInstead \"child sexual abuse material\"@en"));
        assert!(
            label.contains("lt:legalTermOf <https://luxterm.github.io/luxterm/instrument/opsc")
        );
    }

    #[test]
    fn at_most_one_pref_label_a_language_and_labels_disjoint() {
        let s = selected();
        let nodes = graph(&s, &SkosOptions::default()).unwrap();
        for n in nodes
            .iter()
            .filter(|n| n.props.contains(&("a", Object::Term("skos:Concept"))))
        {
            let mut seen: Vec<(&str, &str)> = Vec::new();
            let mut prefs: Vec<&str> = Vec::new();
            for (p, o) in &n.props {
                if let Object::Lang(text, lang) = o
                    && matches!(*p, "skos:prefLabel" | "skos:altLabel" | "skos:hiddenLabel")
                {
                    assert!(
                        !seen.contains(&(text, lang)),
                        "{}: {text}@{lang} twice",
                        n.iri
                    );
                    seen.push((text, lang));
                    if *p == "skos:prefLabel" {
                        assert!(
                            !prefs.contains(&lang.as_str()),
                            "{}: two prefLabels @{lang}",
                            n.iri
                        );
                        prefs.push(lang);
                    }
                }
            }
        }
    }

    #[test]
    fn the_release_is_in_the_scheme() {
        let s = selected();
        let doc: serde_json::Value =
            serde_json::from_slice(&json_ld(&s, &SkosOptions::default()).unwrap()).unwrap();
        let scheme = &doc["@graph"][0];
        assert_eq!(scheme["@id"], "https://luxterm.github.io/luxterm/");
        assert_eq!(
            scheme["owl:versionInfo"][0]["@value"],
            s.release.version.to_string()
        );
        assert_eq!(
            scheme["dct:issued"][0]["@value"],
            s.release.date.to_string()
        );
    }
}
