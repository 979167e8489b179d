//! Diagnostics for glossary source files: what failed, where (file, line, column), and how to fix it.
//!
//! Rendered like rustc and cargo by [`miette`]'s graphical handler.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

/// What a diagnostic is about: one code per check of the validator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Code {
    /// A file or folder could not be read.
    Io,
    /// The file is not valid TOML.
    Syntax,
    /// A key the format does not know (often a typo).
    UnknownKey,
    /// A required key is missing.
    MissingField,
    /// A value of the wrong type, or not one of the allowed values.
    WrongType,
    /// The file name does not match the `id` inside it.
    IdMismatch,
    /// An id that is not a lowercase kebab-case slug.
    MalformedId,
    /// A date that is not `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    MalformedDate,
    /// A version that is not `MAJOR.MINOR.PATCH`.
    MalformedVersion,
    /// A provision path not in the canonical form.
    MalformedPath,
    /// Two entries with the same identity.
    Duplicate,
    /// A reference to an instrument, provision, concept or release that does not exist.
    DanglingReference,
    /// A language tag that is not well-formed BCP 47.
    InvalidLanguageTag,
    /// Text not in Unicode NFC.
    NotNfc,
    /// Empty or blank text.
    EmptyText,
    /// More than one preferred term for one language.
    MultiplePreferred,
    /// A concept without a preferred English term.
    MissingPreferred,
    /// A term to avoid that names no replacement or gives no reason.
    AvoidWithoutReplacement,
    /// A replacement that is not a usable term of its concept in that language.
    BadReplacement,
    /// `verified = true` with nothing that backs it.
    VerifiedWithoutEvidence,
    /// Guidance that cites an instrument that is not a guideline.
    NotAGuideline,
    /// A cycle in broader/narrower or replaced-by relations.
    RelationCycle,
    /// Releases not in increasing order of version and date.
    ReleaseOrder,
    /// History entries and `since`/`until` releases that do not agree.
    HistoryMismatch,
    /// A citation marked `verified = false` for a provision that its instrument file verifies
    /// (a warning).
    StaleUnverified,
    /// Punctuation that does not follow the typography of the text's language: ASCII punctuation
    /// between Chinese characters, a French mark without its no-break space (a warning).
    Typography,
    /// An inflected form (`forms`) that is its term again, listed twice, or not in its term's
    /// script.
    BadForm,
    /// An imported file that is not well-formed XML or not UTF-8 (feature `import`).
    Xml,
    /// An imported file whose root element, namespace or dialect is not TBX-Basic (DCA, ISO
    /// 30042:2019) or TBX 2008 (`martif`).
    TbxRoot,
    /// A data category (`type` of `descrip`, `termNote`, `admin` …) that TBX-Basic does not
    /// define.
    UnknownDataCategory,
    /// A value that the data category's picklist does not hold (`administrativeStatus`,
    /// `partOfSpeech` …).
    UnknownPicklistValue,
    /// A language section without `xml:lang`.
    MissingLanguage,
    /// A subject field that is not one of the glossary's categories.
    UnknownCategory,
    /// An imported concept whose id the target folder already holds.
    Conflict,
    /// A document type declaration with an internal subset (entity declarations, the way of
    /// entity-expansion bombs), refused.
    Dtd,
    /// An external entity (`SYSTEM` or `PUBLIC`), refused and never resolved (XXE).
    ExternalEntity,
    /// Elements nested deeper than the import's limit.
    TooDeep,
    /// A file larger than the import's limit.
    TooLarge,
}

impl Code {
    /// The code's stable name, shown as `glossary::<name>`.
    ///
    /// ```
    /// use luxterm_data::diag::Code;
    /// assert_eq!(Code::UnknownKey.as_str(), "unknown-key");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Io => "io",
            Code::Syntax => "syntax",
            Code::UnknownKey => "unknown-key",
            Code::MissingField => "missing-field",
            Code::WrongType => "wrong-type",
            Code::IdMismatch => "id-mismatch",
            Code::MalformedId => "malformed-id",
            Code::MalformedDate => "malformed-date",
            Code::MalformedVersion => "malformed-version",
            Code::MalformedPath => "malformed-path",
            Code::Duplicate => "duplicate",
            Code::DanglingReference => "dangling-reference",
            Code::InvalidLanguageTag => "invalid-language-tag",
            Code::NotNfc => "not-nfc",
            Code::EmptyText => "empty-text",
            Code::MultiplePreferred => "multiple-preferred",
            Code::MissingPreferred => "missing-preferred",
            Code::AvoidWithoutReplacement => "avoid-without-replacement",
            Code::BadReplacement => "bad-replacement",
            Code::VerifiedWithoutEvidence => "verified-without-evidence",
            Code::NotAGuideline => "not-a-guideline",
            Code::RelationCycle => "relation-cycle",
            Code::ReleaseOrder => "release-order",
            Code::HistoryMismatch => "history-mismatch",
            Code::StaleUnverified => "stale-unverified",
            Code::Typography => "typography",
            Code::BadForm => "bad-form",
            Code::Xml => "xml",
            Code::TbxRoot => "tbx-root",
            Code::UnknownDataCategory => "unknown-data-category",
            Code::UnknownPicklistValue => "unknown-picklist-value",
            Code::MissingLanguage => "missing-language",
            Code::UnknownCategory => "unknown-category",
            Code::Conflict => "conflict",
            Code::Dtd => "dtd",
            Code::ExternalEntity => "external-entity",
            Code::TooDeep => "too-deep",
            Code::TooLarge => "too-large",
        }
    }

    /// How serious a problem of this kind is: every check is an error except the warnings
    /// `stale-unverified` and `typography`, which are reported but do not stop a glossary from
    /// loading.
    ///
    /// ```
    /// use luxterm_data::diag::{Code, Severity};
    /// assert_eq!(Code::Duplicate.severity(), Severity::Error);
    /// assert_eq!(Code::Typography.severity(), Severity::Warning);
    /// ```
    pub fn severity(self) -> Severity {
        match self {
            Code::StaleUnverified | Code::Typography => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The glossary cannot be loaded, and the build fails.
    Error,
    /// Reported (by `luxterm validate`, which fails on warnings only with `--deny warnings`); the
    /// glossary loads and builds.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as diagnostics print it.
    ///
    /// ```
    /// assert_eq!(luxterm_data::diag::Severity::Warning.as_str(), "warning");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem in a glossary source file.
#[derive(Clone)]
pub struct Diagnostic {
    /// Which check failed.
    pub code: Code,
    /// Error or warning (the code's [`Code::severity`]).
    pub severity: Severity,
    /// The file, as displayed (e.g. `glossary/concepts/child.toml`).
    pub file: String,
    /// 1-based line of the start of the problem (0 when the problem has no place in a file).
    pub line: usize,
    /// 1-based column, in characters (0 when the problem has no place in a file).
    pub column: usize,
    /// Byte range in the file.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: String,
    /// A short label under the offending text.
    pub label: String,
    /// How to fix it.
    pub help: String,
    source: Option<Arc<str>>,
}

impl Diagnostic {
    /// A diagnostic about `span` of `source`, shown as `file`.
    pub fn new(
        code: Code,
        file: &str,
        source: Option<Arc<str>>,
        span: Range<usize>,
        message: impl Into<String>,
        label: impl Into<String>,
        help: impl Into<String>,
    ) -> Self {
        let (line, column) = match &source {
            Some(src) => line_col(src, span.start),
            None => (0, 0),
        };
        let span = match &source {
            Some(src) => clamp(src, span),
            None => 0..0,
        };
        Diagnostic {
            code,
            severity: code.severity(),
            file: file.to_owned(),
            line,
            column,
            span,
            message: message.into(),
            label: label.into(),
            help: help.into(),
            source,
        }
    }

    /// Renders the diagnostic as rustc and cargo do: the message, `file:line:col`, the source lines
    /// with the offending text underlined and labelled, and the hint.
    ///
    /// ```
    /// use luxterm_data::load_sources;
    /// let err = load_sources("glossary", &[("releases.toml".into(), "[[release]]\nversion = 1\n".into())])
    ///     .unwrap_err();
    /// let text = err.diagnostics[0].render(false);
    /// assert!(text.contains("glossary/releases.toml:2:11"), "{text}");
    /// ```
    pub fn render(&self, color: bool) -> String {
        use miette::{GraphicalReportHandler, GraphicalTheme};
        let theme = if color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(100)
            .with_context_lines(1);
        let mut out = String::new();
        if handler.render_report(&mut out, self).is_err() {
            out = self.short();
        }
        out
    }

    /// One line: `file:line:col: error[code]: message` (or `warning[code]`).
    ///
    /// ```
    /// use luxterm_data::load_sources;
    /// let err = load_sources("g", &[("releases.toml".into(), "x = \n".into())]).unwrap_err();
    /// assert!(err.diagnostics[0].short().starts_with("g/releases.toml:1:"));
    /// ```
    pub fn short(&self) -> String {
        format!(
            "{}:{}:{}: {}[{}]: {}",
            self.file,
            self.line,
            self.column,
            self.severity.as_str(),
            self.code.as_str(),
            self.message
        )
    }
}

impl fmt::Debug for Diagnostic {
    /// Everything but the file's text, which would drown the rest.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Diagnostic")
            .field("code", &self.code)
            .field("severity", &self.severity)
            .field("file", &self.file)
            .field("line", &self.line)
            .field("column", &self.column)
            .field("span", &self.span)
            .field("message", &self.message)
            .field("label", &self.label)
            .field("help", &self.help)
            .finish_non_exhaustive()
    }
}

fn clamp(src: &str, span: Range<usize>) -> Range<usize> {
    let mut start = span.start.min(src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = span.end.clamp(start, src.len());
    while !src.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// 1-based line and column (in characters) of byte `offset` in `src`.
pub(crate) fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = clamp(src, offset..offset).start;
    let before = src.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("glossary::{}", self.code.as_str())))
    }

    fn severity(&self) -> Option<miette::Severity> {
        match self.severity {
            Severity::Error => None,
            Severity::Warning => Some(miette::Severity::Warning),
        }
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        if self.help.is_empty() {
            None
        } else {
            Some(Box::new(&self.help))
        }
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source
            .as_ref()
            .map(|_| self as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        self.source.as_ref()?;
        let label = (!self.label.is_empty()).then(|| self.label.clone());
        Some(Box::new(std::iter::once(
            miette::LabeledSpan::new_primary_with_span(label, self.span.clone()),
        )))
    }
}

impl miette::SourceCode for Diagnostic {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let text: &'a str = self.source.as_deref().unwrap_or("");
        let inner = text.read_span(span, before, after)?;
        // miette counts the column in bytes; the `file:line:col` it prints counts characters,
        // like `Diagnostic::column` (a Chinese or accented line would be off otherwise).
        let column = line_col(text, inner.span().offset()).1.saturating_sub(1);
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.file.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}
