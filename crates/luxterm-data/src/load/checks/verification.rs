//! What was read and what is believed: a provision or citation marked `verified = true` says, in
//! `evidence`, which text was read and where; and a citation marked `verified = false` is not
//! left behind when its instrument file verifies the same provision (a warning: one of the two
//! files is wrong, and a person must read the text to say which).

use crate::diag::Code;
use crate::load::context::{Cx, InstInfo};
use crate::load::source::{SrcCitation, SrcProvision};

/// What a citation vouches for, which decides whether its instrument file's reading covers it
/// (glossary/README.md, "What must be read, per kind of fact").
#[derive(Clone, Copy)]
pub(crate) enum Claim<'a> {
    /// A provision's content and number (`[[citation]]`, a definition's `source`, guidance's
    /// `cite`, an element cell): read in any authentic language, the same fact the instrument
    /// file's `verified` records.
    Provision,
    /// A legal term (`legal_term_of`): its words read in that language's text. The instrument
    /// file's reading covers it only if its `quote` is in that language and holds the term.
    LegalTerm {
        /// The term's language.
        lang: &'a str,
        /// The term.
        text: &'a str,
    },
}

impl Cx {
    /// A verified citation has evidence.
    pub(crate) fn check_citation_evidence(&mut self, c: &SrcCitation, has_evidence: bool) {
        if *c.verified.get_ref() && !has_evidence {
            self.err(
                Code::VerifiedWithoutEvidence,
                c.verified.span(),
                "a citation is marked verified without evidence",
                "verified = true",
                "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
            );
        }
    }

    /// A verified provision has evidence.
    pub(crate) fn check_provision_evidence(&mut self, p: &SrcProvision, has_evidence: bool) {
        if *p.verified.get_ref() && !has_evidence {
            self.err(
                Code::VerifiedWithoutEvidence,
                p.verified.span(),
                "a provision is marked verified without evidence",
                "verified = true",
                "add `evidence = \"…\"` saying which text was read and where, or set verified = false",
            );
        }
    }

    /// A citation marked `verified = false` of a provision that its instrument file verifies
    /// (for a legal term: with a quote in the term's language that holds the term) is stale, or
    /// the instrument file is wrong to verify it.
    pub(crate) fn check_stale_unverified(
        &mut self,
        c: &SrcCitation,
        info: &InstInfo,
        claim: Claim<'_>,
    ) {
        if *c.verified.get_ref() {
            return;
        }
        let Some(path) = &c.provision else {
            return;
        };
        let Some(read) = info.verified.get(path.get_ref()) else {
            return;
        };
        let path = path.get_ref();
        let at = format!("{}:{}", info.file, read.line);
        let (message, help) = match claim {
            Claim::Provision => (
                format!(
                    "`{}` {path} is marked unverified here, but {at} verifies it",
                    c.instrument.get_ref()
                ),
                format!(
                    "re-read {path} (the evidence at {at} says where) and set verified = true with evidence naming the text read; if the instrument file is wrong to verify it, correct it there"
                ),
            ),
            Claim::LegalTerm { lang, text } => {
                let quoted = read.quote.as_ref().is_some_and(|(qlang, quote)| {
                    qlang == lang && crate::term_key(quote).contains(&crate::term_key(text))
                });
                if !quoted {
                    return;
                }
                (
                    format!(
                        "this {lang} legal term of `{}` {path} is marked unverified here, but {at} verifies the provision and quotes the term from its {lang} text",
                        c.instrument.get_ref()
                    ),
                    format!(
                        "check the term against the {lang} text that {at} quotes and set verified = true with evidence naming it; if the instrument file is wrong to verify it, correct it there"
                    ),
                )
            }
        };
        self.err(
            Code::StaleUnverified,
            c.verified.span(),
            message,
            "verified = false",
            help,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::Code;

    const RELEASES: &str =
        "[[release]]\nversion = \"0.1.0\"\ndate = \"2026-11-28\"\nnotes = \"x\"\n";
    const INSTRUMENT: &str = r#"id = "opsc"
kind = "protocol"
body = "UN"
adopted = "2000-05-25"
authentic_languages = ["en", "fr"]
title = { en = "OPSC" }

[[provision]]
path = "art. 2(c)"
kind = "defines"
summary = { en = "Defines." }
quote = { lang = "en", text = "child pornography" }
verified = true
evidence = "Read."

[[provision]]
path = "art. 3"
kind = "criminalises"
summary = { en = "Criminalises." }
verified = false
"#;

    /// The warnings for a concept whose citations and legal terms are `cites` (TOML lines).
    fn stale(terms: &str, cites: &str) -> Vec<(usize, String)> {
        let concept = format!(
            "id = \"x\"\ncategory = \"people\"\nadded = \"0.1.0\"\n\n[[term]]\nlang = \"en\"\ntext = \"x\"\nstatus = \"preferred\"\n{terms}\n{cites}\n[[history]]\nrelease = \"0.1.0\"\nsummary = \"Added.\"\n"
        );
        let files = vec![
            ("releases.toml".to_owned(), RELEASES.to_owned()),
            ("instruments/opsc.toml".to_owned(), INSTRUMENT.to_owned()),
            ("concepts/x.toml".to_owned(), concept),
        ];
        let loaded = crate::load_sources_with_warnings("g", &files).unwrap();
        assert!(
            loaded
                .warnings
                .iter()
                .all(|w| w.code == Code::StaleUnverified)
        );
        loaded
            .warnings
            .iter()
            .map(|w| (w.line, w.message.clone()))
            .collect()
    }

    fn citation(provision: &str, verified: bool) -> String {
        format!(
            "[[citation]]\ninstrument = \"opsc\"\nprovision = \"{provision}\"\nverified = {verified}\nevidence = \"e\"\n"
        )
    }

    #[test]
    fn an_unverified_citation_of_a_verified_provision_is_stale() {
        let w = stale("", &citation("art. 2(c)", false));
        assert_eq!(w.len(), 1, "{w:?}");
        assert!(w[0].1.contains("g/instruments/opsc.toml:13"), "{w:?}");
    }

    #[test]
    fn agreeing_flags_and_whole_instruments_are_not_stale() {
        assert!(stale("", &citation("art. 2(c)", true)).is_empty());
        assert!(stale("", &citation("art. 3", false)).is_empty());
        let whole = "[[citation]]\ninstrument = \"opsc\"\nverified = false\n";
        assert!(stale("", whole).is_empty());
    }

    #[test]
    fn a_legal_term_is_stale_only_if_its_language_was_read() {
        let term = |lang: &str| {
            format!(
                "[[term]]\nlang = \"{lang}\"\ntext = \"Child  Pornography\"\nstatus = \"admitted\"\nlegal_term_of = [{{ instrument = \"opsc\", provision = \"art. 2(c)\", verified = false }}]\n"
            )
        };
        // The instrument file quotes the English text: an English legal term is stale …
        assert_eq!(stale(&term("en"), "").len(), 1);
        // … a French one was not read in French, and stays unverified without a warning …
        assert!(stale(&term("fr"), "").is_empty());
        // … and an English term that the quote does not hold may well be unverified: the text
        // was read and does not use those words.
        let other = "[[term]]\nlang = \"en\"\ntext = \"sexual abuse of children\"\nstatus = \"admitted\"\nlegal_term_of = [{ instrument = \"opsc\", provision = \"art. 2(c)\", verified = false }]\n";
        assert!(stale(other, "").is_empty());
    }
}
