//! The text checker: terms to avoid (or to use with caution) in a draft or a translation, each
//! finding with what to use instead, why, and the citation behind it (feature `check`).
//!
//! A [`Checker`] is built once over a glossary: one automaton
//! ([`luxterm_text::matcher::PhraseMatcher`]) over every current term of every status, every
//! inflected form a term lists (`forms` in the glossary format) and the title of every
//! instrument in every language. Checking is one linear pass over the text; matching is on the
//! folded keys of search (case, diacritics, Arabic letter variants, width forms), by whole words
//! (UAX #29; Chinese by characters), leftmost-longest, with spans in the original text.
//!
//! ```
//! use luxterm::check::{CheckOptions, Checker, Level};
//!
//! let checker = Checker::new(luxterm::Glossary::embedded());
//! let text = "Le rapport porte sur la pédopornographie en ligne.";
//! let findings = checker.check(text, &CheckOptions::default());
//! let f = &findings[0];
//! assert_eq!((f.span.start, f.span.end), (24, 41));
//! assert_eq!(&text[f.span.start..f.span.end], "pédopornographie");
//! assert_eq!((f.span.line, f.span.column, f.span.start_utf16), (1, 25, 24));
//! assert_eq!(f.level, Level::Avoid);
//! assert_eq!(f.lang, "fr");
//! assert_eq!(f.instead.as_deref(), Some("matériel d'abus sexuels sur enfants"));
//! assert!(f.citations.iter().any(|c| c.instrument == "luxembourg-guidelines-2016"));
//! ```
//!
//! # What is not a finding
//!
//! * **Preferred and admitted terms** are in the pattern set: leftmost-longest matching means a
//!   term to avoid that is part of a longer preferred term is never reported (Vale's issue #1040).
//! * **The title of an instrument**, in any language the glossary has it in (the title of the
//!   OPSC contains "child pornography"), is reported at level [`Level::Info`] as
//!   [`FindingKind::InstrumentTitle`], not as a term to avoid.
//! * **A quoted legal term**: a term to avoid that is the legal term of an instrument
//!   (`legal_term_of`), next to a mention of that instrument (its short name, symbol or title,
//!   within [`QUOTE_DISTANCE`] bytes in the same paragraph), is reported at level
//!   [`Level::Info`] as [`FindingKind::QuotedLegalTerm`]: drafters must still quote the treaty's
//!   own words.
//! * **Ignored text**: a line containing `luxterm-ignore-next-line` makes the checker skip the next
//!   line; a line containing `luxterm-ignore` (for example the Markdown comment
//!   `<!-- luxterm-ignore -->`) makes it skip the next block (up to the next blank line). The
//!   line with the marker itself is checked.
//!
//! # Languages
//!
//! Each paragraph (text between blank lines; a block of a document) is checked in one language:
//! [`CheckOptions::lang`] if given, else the document's own (an XLIFF target's language), else
//! the language detected for that paragraph. Detection counts the paragraph's matches by language
//! (a Cyrillic term is Russian, a Han one Chinese, an Arabic one Arabic; a Latin one votes for
//! each language that has the same key); a tie among Latin-script languages is broken by the
//! function words (articles, prepositions) of the paragraph's first 64 words. Only terms of the
//! paragraph's language are findings; a paragraph with no match at all needs no language.
//! Languages are compared by their primary subtag (`zh-CN` is `zh`).

use crate::{Citation, Concept, Glossary, Status, Term};
use luxterm_data::model::pick;
use luxterm_text::matcher::{PhraseMatch, PhraseMatcher, Scratch};
use serde::{Deserialize, Serialize};

pub mod input;
pub mod report;
pub mod sarif;
pub mod view;

pub use input::{Block, Document, InputError, Location};
pub use report::{CheckReport, FileReport, Summary};

/// How far (in bytes of the paragraph) a mention of an instrument may be from its legal term for
/// the term to count as quoted.
pub const QUOTE_DISTANCE: usize = 240;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Not a problem: an instrument's title or a quoted legal term, reported for information.
    Info,
    /// A term to use with caution.
    Caution,
    /// A term to avoid.
    Avoid,
}

impl Level {
    /// The level's name as in `--deny` and the JSON output.
    ///
    /// ```
    /// assert_eq!(luxterm::check::Level::Caution.as_str(), "caution");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "info",
            Level::Caution => "caution",
            Level::Avoid => "avoid",
        }
    }
}

/// What was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A term to avoid or to use with caution.
    Term,
    /// The title of an instrument (info).
    InstrumentTitle,
    /// A term to avoid quoted as an instrument's legal term next to a mention of it (info).
    QuotedLegalTerm,
    /// A translation whose source has a concept's term but whose target has no term of that
    /// concept in the target language.
    MissingEquivalent,
}

/// Where a finding is: byte and UTF-16 offsets, line and column.
///
/// Offsets are in the text the finding was found in: the file as given for plain text, Markdown
/// and XLIFF; the paragraph's text for `.docx` (its [`Location`] says which paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TextSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// Offset of the first UTF-16 code unit (JavaScript's string index).
    pub start_utf16: usize,
    /// Offset after the last UTF-16 code unit.
    pub end_utf16: usize,
    /// Line of the start, from 1.
    pub line: usize,
    /// Column of the start, from 1, in characters (Unicode scalar values).
    pub column: usize,
}

/// A source behind a finding: the guideline that advises against the term, or the instrument
/// whose legal term it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FindingCitation {
    /// The instrument's id (`luxembourg-guidelines-2016`, `opsc`).
    pub instrument: String,
    /// Its short name in the finding's language (or English).
    pub name: String,
    /// The provision, section or paragraph, if known.
    pub provision: Option<String>,
    /// A pinpoint within it.
    pub pinpoint: Option<String>,
    /// Whether the project has checked this citation against the instrument's text.
    pub verified: bool,
    /// What the guideline advises (`avoid`, `use-with-caution`, `use`), for a guideline.
    pub advice: Option<String>,
    /// The guideline's reason in the project's words, in the finding's language or English.
    pub reason: Option<String>,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Finding {
    /// How serious it is.
    pub level: Level,
    /// What it is.
    pub kind: FindingKind,
    /// Where it is.
    pub span: TextSpan,
    /// In which part of a document (paragraph of a `.docx`, unit of an XLIFF file), if any.
    pub location: Option<Location>,
    /// The text as written (the original bytes of the span).
    pub found: String,
    /// The language of the term found (BCP 47).
    pub lang: String,
    /// The glossary term found (its base form when an inflected form matched).
    pub term: String,
    /// The inflected form that matched, when it was not the term itself.
    pub form: Option<String>,
    /// The term's status in the glossary (`avoid`, `use-with-caution`, …).
    pub status: Option<String>,
    /// The concept's id.
    pub concept: Option<String>,
    /// What to use instead, in the same language.
    pub instead: Option<String>,
    /// The concept of `instead` when it is not `concept`.
    pub instead_concept: Option<String>,
    /// Why, in the project's words.
    pub why: Option<String>,
    /// For an instrument title or a quoted legal term: the instrument.
    pub instrument: Option<String>,
    /// The sources behind the finding.
    pub citations: Vec<FindingCitation>,
    /// One sentence for people.
    pub message: String,
}

/// How to check.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Check every paragraph in this language (BCP 47) instead of detecting it.
    pub lang: Option<String>,
    /// Leave out findings at [`Level::Info`].
    pub no_info: bool,
    /// Report a legal term quoted next to its instrument as a term to avoid like any other
    /// (instrument titles stay exempt: they are quoted as they are).
    pub strict: bool,
}

/// What a pattern of the automaton stands for.
#[derive(Debug, Clone, Copy)]
enum Pattern {
    /// A term (or one of its forms): concept and term index; form index if a form.
    Term {
        concept: u32,
        term: u32,
        form: Option<u32>,
    },
    /// An instrument's title in one language (index in its `title` list).
    Title { instrument: u32, title: u32 },
    /// An instrument's short name or symbol (a mention: for quoted legal terms).
    Mention { instrument: u32 },
}

/// A match with what it means, before it becomes a finding.
#[derive(Debug, Clone, Copy)]
struct Hit {
    at: PhraseMatch,
    pattern: Pattern,
}

/// Checks texts against a glossary. Build it once: the automaton is the expensive part.
#[derive(Debug)]
pub struct Checker<'g> {
    glossary: &'g Glossary,
    matcher: PhraseMatcher,
    patterns: Vec<Pattern>,
}

impl<'g> Checker<'g> {
    /// Builds the checker over every current term, form and instrument title of `glossary`.
    ///
    /// ```
    /// let checker = luxterm::check::Checker::new(luxterm::Glossary::embedded());
    /// assert!(checker.pattern_count() > 500);
    /// ```
    pub fn new(glossary: &'g Glossary) -> Checker<'g> {
        let mut texts: Vec<&str> = Vec::new();
        let mut patterns = Vec::new();
        for (ci, c) in glossary.concepts().iter().enumerate() {
            let Ok(concept) = u32::try_from(ci) else {
                break;
            };
            for (ti, t) in c.terms.iter().enumerate() {
                let Ok(term) = u32::try_from(ti) else { break };
                if t.span.until.is_some() {
                    continue;
                }
                texts.push(&t.text);
                patterns.push(Pattern::Term {
                    concept,
                    term,
                    form: None,
                });
                if let Some(abbr) = &t.abbreviation {
                    texts.push(abbr);
                    patterns.push(Pattern::Term {
                        concept,
                        term,
                        form: None,
                    });
                }
                for (fi, f) in forms(t).iter().enumerate() {
                    texts.push(f);
                    patterns.push(Pattern::Term {
                        concept,
                        term,
                        form: u32::try_from(fi).ok(),
                    });
                }
            }
        }
        for (ii, i) in glossary.instruments().iter().enumerate() {
            let Ok(instrument) = u32::try_from(ii) else {
                break;
            };
            for (li, l) in i.title.iter().enumerate() {
                texts.push(&l.text);
                patterns.push(Pattern::Title {
                    instrument,
                    title: u32::try_from(li).unwrap_or(0),
                });
            }
            for l in i.short_name.iter() {
                texts.push(&l.text);
                patterns.push(Pattern::Mention { instrument });
            }
            if let Some(symbol) = &i.symbol {
                texts.push(symbol);
                patterns.push(Pattern::Mention { instrument });
            }
        }
        // The patterns are the glossary's own short texts; an automaton over them always builds.
        // Were it ever to fail, a checker that finds nothing is the honest fallback.
        let matcher = PhraseMatcher::new(&texts)
            .or_else(|_| PhraseMatcher::new(core::iter::empty::<&str>()))
            .unwrap_or_else(|_| unreachable_matcher());
        Checker {
            glossary,
            matcher,
            patterns,
        }
    }

    /// The glossary checked against.
    pub fn glossary(&self) -> &'g Glossary {
        self.glossary
    }

    /// How many patterns the automaton was built over (terms, forms, abbreviations, titles,
    /// short names and symbols; several may share a key).
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// Every pattern's text, in the automaton's order (for a benchmark's baseline).
    pub fn pattern_texts(&self) -> Vec<&'g str> {
        self.patterns
            .iter()
            .filter_map(|p| self.pattern_text(*p))
            .collect()
    }

    /// Heap bytes of the automaton and its tables.
    pub fn memory_usage(&self) -> usize {
        self.matcher.memory_usage() + self.patterns.capacity() * core::mem::size_of::<Pattern>()
    }

    /// Checks plain text (see the [module documentation](self) for the rules).
    ///
    /// ```
    /// use luxterm::check::{CheckOptions, Checker};
    /// let checker = Checker::new(luxterm::Glossary::embedded());
    /// let text = "Борьба с детской порнографией.";
    /// let f = &checker.check(text, &CheckOptions::default())[0];
    /// assert_eq!((f.span.start, f.span.end), (16, 55));
    /// assert_eq!(&text[f.span.start..f.span.end], "детской порнографией");
    /// assert_eq!(f.form.as_deref(), Some("детской порнографией"));
    /// assert_eq!(f.term, "детская порнография");
    /// assert_eq!(f.instead.as_deref(), Some("материалы сексуального насилия над детьми"));
    /// ```
    pub fn check(&self, text: &str, options: &CheckOptions) -> Vec<Finding> {
        let ignored = ignored_ranges(text);
        let mut scratch = Scratch::default();
        let mut findings = Vec::new();
        for (start, end) in paragraphs(text) {
            let Some(para) = text.get(start..end) else {
                continue;
            };
            self.check_paragraph(
                para,
                start,
                options.lang.as_deref(),
                options,
                &mut scratch,
                &mut findings,
            );
        }
        findings.retain(|f| !in_ranges(&ignored, f.span.start));
        locate(text, &mut findings);
        findings
    }

    /// Checks a document read by [`input`]: each block on its own, in the block's language unless
    /// `options.lang` says otherwise; a translation's targets against their sources too.
    ///
    /// ```
    /// use luxterm::check::{CheckOptions, Checker, Document, FindingKind};
    /// let checker = Checker::new(luxterm::Glossary::embedded());
    /// let doc = Document::translation(
    ///     ("en", "Child sexual abuse material online."),
    ///     ("fr", "Les contenus en ligne."),
    /// );
    /// let findings = checker.check_document(&doc, &CheckOptions::default());
    /// assert_eq!(findings[0].kind, FindingKind::MissingEquivalent);
    /// assert_eq!(findings[0].concept.as_deref(), Some("child-sexual-abuse-material"));
    /// ```
    pub fn check_document(&self, doc: &Document, options: &CheckOptions) -> Vec<Finding> {
        let to_source = doc.source.is_some();
        let mut findings: Vec<Finding> = self
            .block_findings(doc, options, to_source)
            .into_iter()
            .map(|(_, f)| f)
            .collect();
        if let Some(source) = &doc.source {
            findings.sort_by_key(|f| (f.span.start, f.span.end));
            for f in &mut findings {
                f.found = source
                    .get(f.span.start..f.span.end)
                    .unwrap_or("")
                    .to_owned();
            }
            locate(source, &mut findings);
        }
        findings
    }

    /// The findings of each block of `doc` with the block's index, in block order: spans mapped
    /// to the document's text form if `to_source` (not yet located there), else relative to the
    /// block's text and located in it.
    fn block_findings(
        &self,
        doc: &Document,
        options: &CheckOptions,
        to_source: bool,
    ) -> Vec<(usize, Finding)> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        let mut findings = Vec::new();
        let mut ignore_next = false;
        for (index, block) in doc.blocks.iter().enumerate() {
            let skip = ignore_next;
            ignore_next = block.text.contains("luxterm-ignore");
            if skip {
                continue;
            }
            let lang = options.lang.as_deref().or(block.lang.as_deref());
            self.check_paragraph(&block.text, 0, lang, options, &mut scratch, &mut findings);
            if let Some(source) = block.source.as_ref() {
                self.check_consistency(source, block, lang, &mut scratch, &mut findings);
            }
            if !to_source {
                // One pass over the block for all its findings (one pass each was quadratic).
                locate(&block.text, &mut findings);
            }
            for mut f in findings.drain(..) {
                f.location = block.location.clone();
                if to_source {
                    f.span.start = block.to_source(f.span.start);
                    f.span.end = block.to_source(f.span.end);
                }
                out.push((index, f));
            }
        }
        out
    }

    /// One paragraph: matches, language, findings (spans relative to `base`, not yet located).
    fn check_paragraph(
        &self,
        para: &str,
        base: usize,
        lang: Option<&str>,
        options: &CheckOptions,
        scratch: &mut Scratch,
        out: &mut Vec<Finding>,
    ) {
        let hits = self.hits(para, scratch);
        if hits.is_empty() {
            return;
        }
        let lang = match lang {
            Some(l) => Some(l.to_owned()),
            None => self.detect(para, &hits),
        };
        let lang = lang.as_deref();
        for (i, hit) in hits.iter().enumerate() {
            let Some(finding) = self.finding(para, &hits, i, hit, lang, options) else {
                continue;
            };
            if options.no_info && finding.level == Level::Info {
                continue;
            }
            let mut finding = finding;
            finding.span.start += base;
            finding.span.end += base;
            out.push(finding);
        }
    }

    /// A translation unit: every concept whose term the source has should have a term in the
    /// target (any status: a term to avoid there is already a finding of its own).
    fn check_consistency(
        &self,
        source: &input::SourceText,
        block: &Block,
        target_lang: Option<&str>,
        scratch: &mut Scratch,
        out: &mut Vec<Finding>,
    ) {
        let Some(target_lang) = target_lang else {
            return;
        };
        let source_hits = self.hits(&source.text, scratch);
        let target_hits = self.hits(&block.text, scratch);
        let mut seen: Vec<u32> = Vec::new();
        for hit in &source_hits {
            let Some((ci, ti, _)) = self.term_of(hit, Some(&source.lang)) else {
                continue;
            };
            if seen.contains(&ci) {
                continue;
            }
            seen.push(ci);
            let (Some(concept), Some(term)) = (self.concept(ci), self.term(ci, ti)) else {
                continue;
            };
            let present = target_hits.iter().any(|h| {
                self.term_of(h, Some(target_lang))
                    .is_some_and(|(c, _, _)| c == ci)
            });
            if present {
                continue;
            }
            let expected: Vec<&Term> = concept
                .terms
                .iter()
                .filter(|t| {
                    t.span.until.is_none()
                        && same_lang(&t.lang, target_lang)
                        && matches!(t.status, Status::Preferred | Status::Admitted)
                })
                .collect();
            let Some(first) = expected.first() else {
                continue;
            };
            let names: Vec<String> = expected.iter().map(|t| format!("\"{}\"", t.text)).collect();
            out.push(Finding {
                level: Level::Caution,
                kind: FindingKind::MissingEquivalent,
                span: TextSpan {
                    start: 0,
                    end: block.text.len(),
                    ..TextSpan::default()
                },
                location: None,
                found: block.text.clone(),
                lang: target_lang.to_owned(),
                term: term.text.to_string(),
                form: None,
                status: Some(status_str(term.status).to_owned()),
                concept: Some(concept.id.to_string()),
                instead: Some(first.text.to_string()),
                instead_concept: None,
                why: None,
                instrument: None,
                citations: self.citations(concept, first, target_lang),
                message: format!(
                    "the source has \"{}\" ({}); the translation has no term of that concept: expected {}",
                    source.text.get(hit.at.start..hit.at.end).unwrap_or(&term.text),
                    concept.id,
                    names.join(" or ")
                ),
            });
        }
    }

    /// Every leftmost-longest whole-word match in `text`, with what it means.
    fn hits(&self, text: &str, scratch: &mut Scratch) -> Vec<Hit> {
        let mut found = Vec::new();
        self.matcher.find_into(text, scratch, &mut found);
        let mut hits = Vec::with_capacity(found.len());
        for at in found {
            for &p in self.matcher.patterns(&at) {
                if let Some(&pattern) = usize::try_from(p).ok().and_then(|p| self.patterns.get(p)) {
                    hits.push(Hit { at, pattern });
                }
            }
        }
        hits
    }

    /// The paragraph's language: most matches, ties among Latin languages by function words.
    fn detect(&self, para: &str, hits: &[Hit]) -> Option<String> {
        let mut votes: Vec<(&str, usize)> = Vec::new();
        for h in hits {
            let lang = match h.pattern {
                Pattern::Term { concept, term, .. } => self.term(concept, term).map(|t| &*t.lang),
                Pattern::Title { instrument, title } => self
                    .glossary
                    .instruments()
                    .get(instrument as usize)
                    .and_then(|i| i.title.get(title as usize))
                    .map(|l| &*l.lang),
                Pattern::Mention { .. } => None,
            };
            let Some(lang) = lang else { continue };
            let lang = primary(lang);
            match votes.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, n)) => *n += 1,
                None => votes.push((lang, 1)),
            }
        }
        let best = votes.iter().map(|(_, n)| *n).max()?;
        let tied: Vec<&str> = votes
            .iter()
            .filter(|(_, n)| *n == best)
            .map(|(l, _)| *l)
            .collect();
        match tied.as_slice() {
            [one] => Some((*one).to_owned()),
            _ => function_word_language(para, &tied)
                .or_else(|| tied.first().copied())
                .map(str::to_owned),
        }
    }

    /// The finding for hit `i`, if it is one in `lang`.
    fn finding(
        &self,
        para: &str,
        hits: &[Hit],
        i: usize,
        hit: &Hit,
        lang: Option<&str>,
        options: &CheckOptions,
    ) -> Option<Finding> {
        // Several patterns may share a key: report the one in the paragraph's language, once.
        // The hits of one span are adjacent (`hits` lists each match's patterns together, in
        // text order): look back only over them, so that a paragraph costs linear time.
        let same_span = |h: &&Hit| h.at.start == hit.at.start && h.at.end == hit.at.end;
        let previous = hits.get(..i).unwrap_or(&[]);
        if previous
            .iter()
            .rev()
            .take_while(same_span)
            .any(|h| self.in_lang(h, lang))
        {
            return None;
        }
        if !self.in_lang(hit, lang) {
            return None;
        }
        let found = para.get(hit.at.start..hit.at.end)?.to_owned();
        let span = TextSpan {
            start: hit.at.start,
            end: hit.at.end,
            ..TextSpan::default()
        };
        match hit.pattern {
            Pattern::Mention { .. } => None,
            Pattern::Title { instrument, title } => {
                let inst = self.glossary.instruments().get(instrument as usize)?;
                let t = inst.title.get(title as usize)?;
                Some(Finding {
                    level: Level::Info,
                    kind: FindingKind::InstrumentTitle,
                    span,
                    location: None,
                    found,
                    lang: t.lang.to_string(),
                    term: t.text.to_string(),
                    form: None,
                    status: None,
                    concept: None,
                    instead: None,
                    instead_concept: None,
                    why: None,
                    instrument: Some(inst.id.to_string()),
                    citations: Vec::new(),
                    message: format!(
                        "the title of {}: quoted as it is, not a term to avoid",
                        self.glossary.short_name(&inst.id, &t.lang)
                    ),
                })
            }
            Pattern::Term {
                concept,
                term,
                form,
            } => {
                let c = self.concept(concept)?;
                let t = self.term(concept, term)?;
                let level = match t.status {
                    Status::Avoid => Level::Avoid,
                    Status::UseWithCaution => Level::Caution,
                    // Preferred, admitted (and any status a later format adds): not a finding.
                    _ => return None,
                };
                let replacement = self.replacement(c, t);
                let form_text = form
                    .and_then(|f| forms(t).get(f as usize))
                    .map(|f| f.to_string());
                let quoted = if options.strict {
                    None
                } else {
                    self.quoted_instrument(t, hits, hit)
                };
                let mut citations = self.citations(c, t, &t.lang);
                let (level, kind, message) = match quoted {
                    Some(inst) => {
                        citations = t
                            .legal_term_of
                            .iter()
                            .filter(|cit| cit.instrument == inst)
                            .map(|cit| self.citation(cit, &t.lang, None, None))
                            .collect();
                        let name = self.glossary.short_name(inst, &t.lang);
                        (
                            Level::Info,
                            FindingKind::QuotedLegalTerm,
                            format!("\"{}\" is quoted as the legal term of {name}", t.text),
                        )
                    }
                    None => {
                        let verb = if level == Level::Avoid {
                            "avoid"
                        } else {
                            "use with caution"
                        };
                        let message = match &replacement {
                            Some(r) => format!("{verb} \"{}\": use \"{r}\"", t.text),
                            None => format!("{verb} \"{}\"", t.text),
                        };
                        (level, FindingKind::Term, message)
                    }
                };
                Some(Finding {
                    level,
                    kind,
                    span,
                    location: None,
                    found,
                    lang: t.lang.to_string(),
                    term: t.text.to_string(),
                    form: form_text,
                    status: Some(status_str(t.status).to_owned()),
                    concept: Some(c.id.to_string()),
                    instead: replacement,
                    instead_concept: t.instead_concept.as_ref().map(|s| s.to_string()),
                    why: t.why.as_ref().map(|s| s.to_string()),
                    instrument: quoted.map(str::to_owned),
                    citations,
                    message,
                })
            }
        }
    }

    /// The instrument whose legal term `t` is and which the paragraph mentions near `hit`.
    fn quoted_instrument(&self, t: &'g Term, hits: &[Hit], hit: &Hit) -> Option<&'g str> {
        if t.legal_term_of.is_empty() {
            return None;
        }
        // Matches do not overlap and come in text order, so starts and ends both ascend: only
        // the hits within QUOTE_DISTANCE of this one are looked at (a paragraph of thousands of
        // legal terms stays linear).
        let from = hit.at.start.saturating_sub(QUOTE_DISTANCE);
        let to = hit.at.end.saturating_add(QUOTE_DISTANCE);
        let lo = hits.partition_point(|h| h.at.end < from);
        let hi = hits.partition_point(|h| h.at.start <= to);
        let near = hits.get(lo..hi.max(lo)).unwrap_or(&[]);
        t.legal_term_of.iter().map(|c| &*c.instrument).find(|inst| {
            near.iter().any(|h| {
                let id = match h.pattern {
                    Pattern::Mention { instrument } | Pattern::Title { instrument, .. } => self
                        .glossary
                        .instruments()
                        .get(instrument as usize)
                        .map(|i| &*i.id),
                    Pattern::Term { .. } => None,
                };
                id == Some(*inst) && distance(h.at, hit.at) <= QUOTE_DISTANCE
            })
        })
    }

    /// What to use instead of `t`, in its language.
    fn replacement(&self, c: &Concept, t: &Term) -> Option<String> {
        if let Some(instead) = &t.instead {
            return Some(instead.to_string());
        }
        c.preferred(&t.lang).map(|p| p.text.to_string())
    }

    /// The sources behind a finding on `t`: the guidance on that term; failing that, the
    /// concept's guidance that gives the same advice about another of its terms (the English
    /// term a guideline discusses, say) or that recommends the replacement; one entry per
    /// guideline and provision.
    fn citations(&self, c: &Concept, t: &Term, lang: &str) -> Vec<FindingCitation> {
        let current: Vec<&crate::Guidance> = c
            .guidance
            .iter()
            .filter(|g| g.span.until.is_none())
            .collect();
        let on_term: Vec<&crate::Guidance> = current
            .iter()
            .copied()
            .filter(|g| g.term.as_deref() == Some(&*t.text) && same_lang(&g.term_lang, &t.lang))
            .collect();
        let advice = match t.status {
            Status::Avoid => crate::Advice::Avoid,
            Status::UseWithCaution => crate::Advice::UseWithCaution,
            _ => crate::Advice::Use,
        };
        let chosen = if on_term.is_empty() {
            current
                .iter()
                .copied()
                .filter(|g| g.advice == advice || g.advice == crate::Advice::Use)
                .collect()
        } else {
            on_term
        };
        let mut out: Vec<FindingCitation> = Vec::new();
        for g in chosen {
            let reason = pick(&g.reason, lang).map(|(l, _)| l.text.to_string());
            let cite = self.citation(&g.cite, lang, Some(advice_str(g)), reason);
            let same = |x: &FindingCitation| {
                x.instrument == cite.instrument
                    && x.provision == cite.provision
                    && x.advice == cite.advice
            };
            if !out.iter().any(same) {
                out.push(cite);
            }
        }
        out
    }

    fn citation(
        &self,
        c: &Citation,
        lang: &str,
        advice: Option<&str>,
        reason: Option<String>,
    ) -> FindingCitation {
        FindingCitation {
            instrument: c.instrument.to_string(),
            name: self.glossary.short_name(&c.instrument, lang).to_owned(),
            provision: c.provision.as_ref().map(|s| s.to_string()),
            pinpoint: c.pinpoint.as_ref().map(|s| s.to_string()),
            verified: c.verified,
            advice: advice.map(str::to_owned),
            reason,
        }
    }

    /// The (concept, term, form) of a term hit in `lang` (any language if `None`).
    fn term_of(&self, hit: &Hit, lang: Option<&str>) -> Option<(u32, u32, Option<u32>)> {
        match hit.pattern {
            Pattern::Term {
                concept,
                term,
                form,
            } if self.in_lang(hit, lang) => Some((concept, term, form)),
            _ => None,
        }
    }

    fn in_lang(&self, hit: &Hit, lang: Option<&str>) -> bool {
        let Some(lang) = lang else { return true };
        match hit.pattern {
            Pattern::Term { concept, term, .. } => self
                .term(concept, term)
                .is_some_and(|t| same_lang(&t.lang, lang)),
            Pattern::Title { instrument, title } => self
                .glossary
                .instruments()
                .get(instrument as usize)
                .and_then(|i| i.title.get(title as usize))
                .is_some_and(|l| same_lang(&l.lang, lang)),
            Pattern::Mention { .. } => false,
        }
    }

    fn concept(&self, ci: u32) -> Option<&'g Concept> {
        self.glossary.concepts().get(ci as usize)
    }

    fn term(&self, ci: u32, ti: u32) -> Option<&'g Term> {
        self.concept(ci)?.terms.get(ti as usize)
    }

    fn pattern_text(&self, p: Pattern) -> Option<&'g str> {
        Some(match p {
            Pattern::Term {
                concept,
                term,
                form: Some(f),
            } => forms(self.term(concept, term)?).get(f as usize)?,
            Pattern::Term { concept, term, .. } => &self.term(concept, term)?.text,
            Pattern::Title { instrument, title } => {
                &self
                    .glossary
                    .instruments()
                    .get(instrument as usize)?
                    .title
                    .get(title as usize)?
                    .text
            }
            Pattern::Mention { instrument } => {
                &self.glossary.instruments().get(instrument as usize)?.id
            }
        })
    }
}

/// A matcher over no pattern (only reached if building over none failed, which it cannot).
fn unreachable_matcher() -> PhraseMatcher {
    // `PhraseMatcher::new` over no pattern builds no automaton and cannot fail; loop-free.
    match PhraseMatcher::new(core::iter::empty::<&str>()) {
        Ok(m) => m,
        Err(_) => unreachable_matcher(),
    }
}

/// The checker over the embedded glossary, built on first use (feature `embed`).
///
/// ```
/// let findings = luxterm::check::check("child porn", &Default::default());
/// assert_eq!(findings[0].instead.as_deref(), Some("child sexual abuse material"));
/// ```
#[cfg(feature = "embed")]
pub fn embedded() -> &'static Checker<'static> {
    static CHECKER: std::sync::OnceLock<Checker<'static>> = std::sync::OnceLock::new();
    CHECKER.get_or_init(|| Checker::new(Glossary::embedded()))
}

/// Checks plain text against the embedded glossary (feature `embed`); see [`Checker::check`].
#[cfg(feature = "embed")]
pub fn check(text: &str, options: &CheckOptions) -> Vec<Finding> {
    embedded().check(text, options)
}

/// The advice as in the glossary format (`avoid`, `use-with-caution`, `use`).
fn advice_str(g: &crate::Guidance) -> &'static str {
    g.advice.as_str()
}

/// A status as in the glossary format.
fn status_str(s: Status) -> &'static str {
    s.as_str()
}

/// A term's inflected forms (`forms` in the glossary format).
fn forms(t: &Term) -> &[crate::model::Text] {
    &t.forms
}

fn distance(a: PhraseMatch, b: PhraseMatch) -> usize {
    b.start
        .saturating_sub(a.end)
        .max(a.start.saturating_sub(b.end))
}

fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// Whether two BCP 47 tags have the same primary language subtag.
fn same_lang(a: &str, b: &str) -> bool {
    primary(a).eq_ignore_ascii_case(primary(b))
}

/// The language among `candidates` with most function words in the first 64 words of `para`.
fn function_word_language<'a>(para: &str, candidates: &[&'a str]) -> Option<&'a str> {
    const WORDS: &[(&str, &[&str])] = &[
        (
            "en",
            &[
                "the", "of", "and", "to", "is", "that", "for", "with", "on", "by",
            ],
        ),
        (
            "fr",
            &[
                "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "au",
            ],
        ),
        (
            "es",
            &[
                "el", "los", "las", "del", "y", "es", "una", "en", "por", "con", "al",
            ],
        ),
        (
            "pt",
            &[
                "o", "os", "as", "do", "da", "dos", "das", "e", "um", "uma", "no", "na", "em",
            ],
        ),
        (
            "de",
            &[
                "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "im",
            ],
        ),
    ];
    let mut counts = vec![0usize; candidates.len()];
    for word in para
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(64)
    {
        let lower = word.to_lowercase();
        for (i, cand) in candidates.iter().enumerate() {
            let hit = WORDS
                .iter()
                .any(|(l, ws)| l == cand && ws.contains(&lower.as_str()));
            if hit && let Some(n) = counts.get_mut(i) {
                *n += 1;
            }
        }
    }
    let best = counts.iter().copied().max().filter(|&n| n > 0)?;
    let i = counts.iter().position(|&n| n == best)?;
    candidates.get(i).copied()
}

/// The paragraphs of `text`: byte ranges between blank lines (lines of whitespace only).
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                out.push((s, pos));
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Byte ranges that ignore markers exclude: the line after `luxterm-ignore-next-line`; the block
/// after `luxterm-ignore` (up to the next blank line).
fn ignored_ranges(text: &str) -> Vec<(usize, usize)> {
    const MARKER: &str = "luxterm-ignore";
    const NEXT_LINE: &str = "luxterm-ignore-next-line";
    // One pass over the lines, then a look-up per marker: a text full of markers stays linear.
    let mut starts = Vec::new();
    let mut blank = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        starts.push(pos);
        blank.push(line.trim().is_empty());
        pos += line.len();
    }
    let n = starts.len();
    let start_of = |i: usize| starts.get(i).copied().unwrap_or(text.len());
    // For each line, the first blank line and the first line with text at or after it.
    let mut next_blank = vec![n; n + 1];
    let mut next_text = vec![n; n + 1];
    for i in (0..n).rev() {
        let (b, t) = (
            next_blank.get(i + 1).copied().unwrap_or(n),
            next_text.get(i + 1).copied().unwrap_or(n),
        );
        let is_blank = blank.get(i).copied().unwrap_or(true);
        if let Some(x) = next_blank.get_mut(i) {
            *x = if is_blank { i } else { b };
        }
        if let Some(x) = next_text.get_mut(i) {
            *x = if is_blank { t } else { i };
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (at, _) in text.match_indices(MARKER) {
        let after = starts.partition_point(|&s| s <= at);
        let range = if text.get(at..).is_some_and(|t| t.starts_with(NEXT_LINE)) {
            // The next line.
            (start_of(after), start_of(after + 1))
        } else {
            // The block after the marker: to the next blank line after a line with text.
            let first_text = next_text.get(after).copied().unwrap_or(n);
            let end = if first_text >= n {
                text.len()
            } else {
                start_of(next_blank.get(first_text).copied().unwrap_or(n))
            };
            (start_of(after), end)
        };
        // Markers come in text order, so ranges do by start: merge the overlapping ones.
        match out.last_mut() {
            Some(last) if range.0 <= last.1 => last.1 = last.1.max(range.1),
            _ => out.push(range),
        }
    }
    out
}

/// Whether `at` lies in one of `ranges`, sorted by start and not overlapping (as
/// [`ignored_ranges`] gives them): a binary search, so that many markers stay cheap.
fn in_ranges(ranges: &[(usize, usize)], at: usize) -> bool {
    let i = ranges.partition_point(|&(a, _)| a <= at);
    i.checked_sub(1)
        .and_then(|i| ranges.get(i))
        .is_some_and(|&(_, b)| at < b)
}

/// Fills line, column and UTF-16 offsets of findings sorted by start, in one pass over `text`.
fn locate(text: &str, findings: &mut [Finding]) {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| findings.get(i).map_or(0, |f| f.span.start));
    let (mut pos, mut line, mut col, mut u16s) = (0usize, 1usize, 1usize, 0usize);
    for i in order {
        let Some(f) = findings.get_mut(i) else {
            continue;
        };
        let start = f.span.start.min(text.len());
        for c in text.get(pos..start).unwrap_or("").chars() {
            u16s += c.len_utf16();
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        pos = start;
        f.span.line = line;
        f.span.column = col;
        f.span.start_utf16 = u16s;
        let len16: usize = text
            .get(start..f.span.end.min(text.len()))
            .unwrap_or("")
            .chars()
            .map(char::len_utf16)
            .sum();
        f.span.end_utf16 = u16s + len16;
    }
}

#[cfg(test)]
mod tests;
