//! Exports of a selection of the glossary, in the formats translation and vocabulary tools
//! import (feature `export`). One file a format; this module holds what they share: the
//! [`Selection`] a user makes, resolved against a glossary into a [`Selected`] (the concepts as
//! they stood in the chosen release, the languages asked, the release's version and date for the
//! file's header), and the [`ExportError`] a bad selection gives.
//!
//! ```
//! use luxterm::export::{Scope, Selection};
//! use luxterm::{Category, Glossary};
//! let g = Glossary::embedded();
//! let all = Selection::default().resolve(g).unwrap();
//! assert_eq!(all.concepts.len(), g.concepts().iter().filter(|c| c.removed.is_none()).count());
//! assert_eq!(Some(&all.release), g.current_release());
//!
//! let some = Selection {
//!     scope: Scope::Category(Category::Material),
//!     languages: Some(vec!["en".into(), "fr".into()]),
//!     ..Default::default()
//! };
//! let picked = some.resolve(g).unwrap();
//! assert!(picked.concepts.iter().all(|c| c.category == Category::Material));
//! assert!(picked.concepts.iter().all(|c| c.terms.iter().all(|t| t.lang == "en" || t.lang == "fr")));
//! ```

use std::fmt;

use crate::{Category, Concept, Glossary, Release, Version};

pub mod api;
pub mod csv;
pub mod json;
pub mod skos;
pub mod tbx;
pub mod tbx2;
#[cfg(feature = "xlsx")]
pub mod xlsx;

/// A file format the glossary exports to.
///
/// ```
/// use luxterm::export::Format;
/// assert_eq!("tbx".parse::<Format>(), Ok(Format::Tbx));
/// assert_eq!(Format::SkosTtl.as_str(), "skos-ttl");
/// assert_eq!(Format::SkosTtl.extension(), "ttl");
/// assert!(Format::ALL.iter().all(|f| f.as_str().parse::<Format>() == Ok(*f)));
/// assert!("docx".parse::<Format>().unwrap_err().to_string().contains("tbx, tbx2"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Format {
    /// TBX-Basic, ISO 30042:2019, DCA style ([`tbx`]).
    Tbx,
    /// TBX 2008 (TBX v2, `martif`), for CAT tools that import only that ([`tbx2`]).
    Tbx2,
    /// CSV in the multilingual column layout of memoQ and MultiTerm Convert.
    Csv,
    /// The CSV's table as an Excel workbook.
    Xlsx,
    /// SKOS as Turtle.
    SkosTtl,
    /// SKOS as JSON-LD.
    SkosJsonld,
    /// The selection's views as JSON.
    Json,
}

impl Format {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [Format; 7] = [
        Format::Tbx,
        Format::Tbx2,
        Format::Csv,
        Format::Xlsx,
        Format::SkosTtl,
        Format::SkosJsonld,
        Format::Json,
    ];

    /// The format's name on the command line (`skos-ttl`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Tbx => "tbx",
            Format::Tbx2 => "tbx2",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::SkosTtl => "skos-ttl",
            Format::SkosJsonld => "skos-jsonld",
            Format::Json => "json",
        }
    }

    /// The file name extension, without the dot (both TBX versions are `.tbx`).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Tbx | Format::Tbx2 => "tbx",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::SkosTtl => "ttl",
            Format::SkosJsonld => "jsonld",
            Format::Json => "json",
        }
    }

    /// The media type to serve or save the file with. TBX has no registered media type of its
    /// own: it is served as XML (RFC 7303).
    ///
    /// ```
    /// assert_eq!(luxterm::export::Format::Tbx.media_type(), "application/xml");
    /// ```
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Tbx | Format::Tbx2 => "application/xml",
            Format::Csv => "text/csv",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::SkosTtl => "text/turtle",
            Format::SkosJsonld => "application/ld+json",
            Format::Json => "application/json",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is not one of [`Format::ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownFormat(pub String);

impl fmt::Display for UnknownFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown export format `{}`; expected one of ", self.0)?;
        for (i, format) in Format::ALL.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            f.write_str(format.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownFormat {}

impl std::str::FromStr for Format {
    type Err = UnknownFormat;
    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| UnknownFormat(s.to_owned()))
    }
}

/// Writes a resolved selection in a format: the file's bytes.
///
/// ```
/// use luxterm::export::{ExportError, Format, Selection, export};
/// let g = luxterm::Glossary::embedded();
/// let all = Selection::default().resolve(g).unwrap();
/// let tbx = export(&all, Format::Tbx).unwrap();
/// assert!(tbx.starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
/// ```
///
/// # Errors
///
/// What the format's writer returns ([`ExportError::Write`]), or
/// [`ExportError::Unsupported`] for XLSX in a build without the feature `xlsx`. CSV and SKOS
/// are written with their default options (no BOM; the default base URI): call
/// [`csv::csv`], [`skos::turtle`] or [`skos::json_ld`] for others.
pub fn export(selected: &Selected<'_>, format: Format) -> Result<Vec<u8>, ExportError> {
    match format {
        Format::Tbx => tbx::write(selected),
        Format::Tbx2 => tbx2::write(selected),
        Format::Csv => csv::csv(selected, &csv::CsvOptions::default()),
        #[cfg(feature = "xlsx")]
        Format::Xlsx => xlsx::xlsx(selected, &xlsx::XlsxOptions::default()),
        Format::SkosTtl => skos::turtle(selected, &skos::SkosOptions::default()),
        Format::SkosJsonld => skos::json_ld(selected, &skos::SkosOptions::default()),
        Format::Json => json::json(selected),
        #[allow(unreachable_patterns)]
        other => Err(ExportError::Unsupported(other)),
    }
}

/// Which concepts an export holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Every concept of the release.
    #[default]
    All,
    /// The concepts of one category.
    Category(Category),
    /// These concepts, by id, in this order.
    Concepts(Vec<String>),
}

/// What a user asks to export: which concepts, which languages, as of which release.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// Which concepts.
    pub scope: Scope,
    /// Which languages (BCP 47 tags as the glossary writes them); `None` for every language.
    /// Terms, definitions and other texts in other languages are left out.
    pub languages: Option<Vec<String>>,
    /// The release; `None` for the current one.
    pub release: Option<Version>,
}

/// A [`Selection`] resolved against a glossary: what every format writes.
#[derive(Debug, Clone)]
pub struct Selected<'g> {
    /// The glossary the selection was made from (instruments, provisions, releases).
    pub glossary: &'g Glossary,
    /// The release the export is of: its version and date go in every file's header.
    pub release: Release,
    /// The concepts, as they stood in that release, with only the languages asked.
    pub concepts: Vec<Concept>,
    /// The languages the export holds (every language a term of the release is in, or those
    /// asked), in the glossary's language order (`luxterm::lang::order`).
    pub languages: Vec<String>,
}

/// Why a selection or an export failed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExportError {
    /// The glossary has no release with this version.
    UnknownRelease(Version),
    /// The glossary has no release at all.
    NoRelease,
    /// The glossary has no concept with this id.
    UnknownConcept(String),
    /// The concept exists but was not in the selected release.
    NotInRelease(String, Version),
    /// No concept of the glossary has a term in this language.
    UnknownLanguage(String),
    /// The selection holds no concept.
    Empty,
    /// The format's writer failed (the message says how).
    Write(String),
    /// This build has no writer for the format (XLSX without the feature `xlsx`).
    Unsupported(Format),
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportError::UnknownRelease(v) => write!(f, "the glossary has no release {v}"),
            ExportError::NoRelease => write!(f, "the glossary has no release"),
            ExportError::UnknownConcept(id) => write!(f, "the glossary has no concept `{id}`"),
            ExportError::NotInRelease(id, v) => {
                write!(f, "the concept `{id}` is not in release {v}")
            }
            ExportError::UnknownLanguage(l) => {
                write!(
                    f,
                    "no concept of the glossary has a term in the language `{l}`"
                )
            }
            ExportError::Empty => write!(f, "the selection holds no concept"),
            ExportError::Write(why) => write!(f, "the export could not be written: {why}"),
            ExportError::Unsupported(format) => {
                write!(
                    f,
                    "the export format `{format}` is not in this build (luxterm's feature `{format}`)"
                )
            }
        }
    }
}

impl std::error::Error for ExportError {}

impl Selection {
    /// Resolves the selection: the concepts as of the release, with texts in other languages
    /// left out.
    ///
    /// ```
    /// use luxterm::export::{ExportError, Scope, Selection};
    /// use luxterm::{Glossary, Version};
    /// let g = Glossary::embedded();
    /// let bad = Selection { release: Some(Version::new(9, 0, 0)), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownRelease(Version::new(9, 0, 0)));
    /// let bad = Selection { scope: Scope::Concepts(vec!["nope".into()]), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownConcept("nope".into()));
    /// let bad = Selection { languages: Some(vec!["xx".into()]), ..Default::default() };
    /// assert_eq!(bad.resolve(g).unwrap_err(), ExportError::UnknownLanguage("xx".into()));
    /// ```
    pub fn resolve<'g>(&self, glossary: &'g Glossary) -> Result<Selected<'g>, ExportError> {
        let release = match self.release {
            Some(v) => glossary
                .release(v)
                .ok_or(ExportError::UnknownRelease(v))?
                .clone(),
            None => glossary
                .current_release()
                .ok_or(ExportError::NoRelease)?
                .clone(),
        };
        let version = release.version;
        let mut concepts: Vec<Concept> = match &self.scope {
            Scope::All => glossary
                .concepts()
                .iter()
                .filter_map(|c| c.as_of(version))
                .collect(),
            Scope::Category(category) => glossary
                .concepts_in(*category)
                .filter_map(|c| c.as_of(version))
                .collect(),
            Scope::Concepts(ids) => {
                let mut out = Vec::with_capacity(ids.len());
                for id in ids {
                    let concept = glossary
                        .concept(id)
                        .ok_or_else(|| ExportError::UnknownConcept(id.clone()))?;
                    let as_of = concept
                        .as_of(version)
                        .ok_or_else(|| ExportError::NotInRelease(id.clone(), version))?;
                    out.push(as_of);
                }
                out
            }
        };
        // Every language a term of the release's concepts is in, regional tags (`pt-BR`)
        // included: a language with admitted terms only is still exported.
        let present: Vec<String> = glossary
            .concepts()
            .iter()
            .filter_map(|c| c.as_of(version))
            .flat_map(|c| {
                c.terms
                    .iter()
                    .map(|t| t.lang.to_string())
                    .collect::<Vec<_>>()
            })
            .collect();
        let all_languages: Vec<String> =
            crate::lang::order(present.iter().map(String::as_str), None)
                .into_iter()
                .map(str::to_owned)
                .collect();
        let languages: Vec<String> = match &self.languages {
            None => all_languages,
            Some(asked) => {
                for lang in asked {
                    if !all_languages.iter().any(|l| l == lang) {
                        return Err(ExportError::UnknownLanguage(lang.clone()));
                    }
                }
                all_languages
                    .into_iter()
                    .filter(|l| asked.iter().any(|a| a == l))
                    .collect()
            }
        };
        if self.languages.is_some() {
            for concept in &mut concepts {
                keep_languages(concept, &languages);
            }
        }
        if concepts.is_empty() {
            return Err(ExportError::Empty);
        }
        Ok(Selected {
            glossary,
            release,
            concepts,
            languages,
        })
    }
}

/// Drops a concept's terms, definitions, guidance on terms and texts in languages not kept.
fn keep_languages(concept: &mut Concept, languages: &[String]) {
    let keep = |lang: &str| languages.iter().any(|l| l == lang);
    concept.terms.to_mut().retain(|t| keep(&t.lang));
    concept.definitions.to_mut().retain(|d| keep(&d.lang));
    let guidance = concept.guidance.to_mut();
    guidance.retain(|g| g.term.is_none() || keep(&g.term_lang));
    for g in guidance.iter_mut() {
        g.reason.to_mut().retain(|r| keep(&r.lang));
    }
}
