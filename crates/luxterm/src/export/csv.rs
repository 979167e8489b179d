//! CSV: the selection as one table, one row a concept and a group of columns a language, the
//! multilingual layout that memoQ's term base import and SDL MultiTerm Convert (spreadsheet
//! input) read: in either you map each column to a language and a field once, in the import
//! wizard. The XLSX export (`export::xlsx`, feature `xlsx`) writes the same [`table`].
//!
//! Columns, in this order:
//!
//! | column | holds |
//! | --- | --- |
//! | `id` | the concept's id (its permanent address in the app: `/concept/ID`) |
//! | `category` | its category id (`material`, `people` …) |
//! | `release`, `release date` | the release exported (the same on every row) |
//!
//! then, for each language `L` of the selection (BCP 47 tags, in the glossary's order):
//!
//! | column | holds |
//! | --- | --- |
//! | `L` | the preferred term(s) |
//! | `L admitted` | admitted terms |
//! | `L use with caution` | terms to use with care |
//! | `L avoid` | terms to avoid |
//! | `L use instead` | for each term to avoid, in the same order, what to say instead (empty where none is named) |
//! | `L definition` | the definitions, one a line |
//! | `L definition source` | each definition's source as a drafter cites it (`OPSC art. 2(c)`), one a line |
//!
//! Several terms in one cell are separated by [`CsvOptions::separator`] (`; ` by default); a
//! cell with no term is empty. Line breaks inside a cell are LF (a CR LF or lone CR in a text
//! becomes LF), as spreadsheets write them. Quoting is RFC 4180's (a cell with a comma, quote or line break
//! is quoted, quotes doubled), lines end in CRLF, text is UTF-8, with a byte order mark when
//! [`CsvOptions::bom`] is set (what Excel needs to read UTF-8).
//!
//! ```
//! use luxterm::export::{Selection, csv};
//! let g = luxterm::Glossary::embedded();
//! let selected = Selection { languages: Some(vec!["en".into()]), ..Default::default() }
//!     .resolve(g).unwrap();
//! let text = String::from_utf8(csv::csv(&selected, &csv::CsvOptions::default()).unwrap()).unwrap();
//! let header = text.lines().next().unwrap();
//! assert_eq!(header, "id,category,release,release date,en,en admitted,en use with caution,\
//!     en avoid,en use instead,en definition,en definition source");
//! ```

use super::{ExportError, Selected};
use crate::{Concept, Status};

/// How the CSV is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvOptions {
    /// Start the file with a UTF-8 byte order mark (EF BB BF), for Excel. Off by default.
    pub bom: bool,
    /// What separates several terms in one cell. `; ` by default.
    pub separator: String,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions {
            bom: false,
            separator: "; ".to_owned(),
        }
    }
}

/// The table the CSV and XLSX exports write: a header row and one row a concept, every row as
/// long as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The column names.
    pub header: Vec<String>,
    /// One row a concept, in the selection's order.
    pub rows: Vec<Vec<String>>,
}

/// The columns of one language, after its tag.
const LANGUAGE_COLUMNS: [&str; 7] = [
    "",
    " admitted",
    " use with caution",
    " avoid",
    " use instead",
    " definition",
    " definition source",
];

/// The selection as a [`Table`] (see the module's documentation for the columns).
///
/// ```
/// use luxterm::export::{Selection, Scope, csv};
/// let g = luxterm::Glossary::embedded();
/// let selected = Selection {
///     scope: Scope::Concepts(vec!["child-sexual-abuse-material".into()]),
///     languages: Some(vec!["en".into()]),
///     ..Default::default()
/// }
/// .resolve(g)
/// .unwrap();
/// let t = csv::table(&selected, "; ");
/// let row = &t.rows[0];
/// let col = |name: &str| &row[t.header.iter().position(|h| h == name).unwrap()];
/// assert_eq!(col("en"), "child sexual abuse material");
/// assert!(col("en avoid").split("; ").any(|t| t == "child pornography"));
/// ```
pub fn table(selected: &Selected<'_>, separator: &str) -> Table {
    let mut header: Vec<String> = ["id", "category", "release", "release date"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    for lang in &selected.languages {
        header.extend(LANGUAGE_COLUMNS.iter().map(|c| format!("{lang}{c}")));
    }
    let rows = selected
        .concepts
        .iter()
        .map(|c| {
            row(selected, c, separator)
                .into_iter()
                .map(lf_breaks)
                .collect()
        })
        .collect();
    Table { header, rows }
}

/// A cell's text with every line break as LF.
fn lf_breaks(cell: String) -> String {
    if cell.contains('\r') {
        cell.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        cell
    }
}

fn row(selected: &Selected<'_>, c: &Concept, separator: &str) -> Vec<String> {
    let g = selected.glossary;
    let mut row = vec![
        c.id.to_string(),
        c.category.as_str().to_owned(),
        selected.release.version.to_string(),
        selected.release.date.to_string(),
    ];
    for lang in &selected.languages {
        let terms = |status: Status| {
            c.terms
                .iter()
                .filter(|t| t.lang == *lang && t.status == status)
                .collect::<Vec<_>>()
        };
        let texts = |status: Status| {
            terms(status)
                .iter()
                .map(|t| t.text.to_string())
                .collect::<Vec<_>>()
                .join(separator)
        };
        row.push(texts(Status::Preferred));
        row.push(texts(Status::Admitted));
        row.push(texts(Status::UseWithCaution));
        row.push(texts(Status::Avoid));
        let avoid = terms(Status::Avoid);
        row.push(if avoid.iter().any(|t| t.instead.is_some()) {
            avoid
                .iter()
                .map(|t| t.instead.as_deref().unwrap_or(""))
                .collect::<Vec<_>>()
                .join(separator)
        } else {
            String::new()
        });
        let defs: Vec<_> = c.definitions.iter().filter(|d| d.lang == *lang).collect();
        row.push(
            defs.iter()
                .map(|d| d.text.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        );
        row.push(
            defs.iter()
                .map(|d| {
                    d.source
                        .display_with(g.short_name(&d.source.instrument, lang))
                })
                .collect::<Vec<_>>()
                .join("\n"),
        );
    }
    row
}

/// The selection as CSV (see the module's documentation for the layout).
///
/// ```
/// use luxterm::export::{Selection, csv};
/// let selected = Selection::default().resolve(luxterm::Glossary::embedded()).unwrap();
/// let options = csv::CsvOptions { bom: true, ..Default::default() };
/// let bytes = csv::csv(&selected, &options).unwrap();
/// assert!(bytes.starts_with(b"\xEF\xBB\xBFid,category,"));
/// ```
///
/// # Errors
///
/// [`ExportError::Write`] if the CSV writer fails (it writes to memory, so only on a bug).
pub fn csv(selected: &Selected<'_>, options: &CsvOptions) -> Result<Vec<u8>, ExportError> {
    write(&table(selected, &options.separator), options.bom)
}

/// A [`Table`] as RFC 4180 CSV.
fn write(table: &Table, bom: bool) -> Result<Vec<u8>, ExportError> {
    let fail = |e: ::csv::Error| ExportError::Write(format!("CSV: {e}"));
    let out: Vec<u8> = if bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(&table.header).map_err(fail)?;
    for row in &table.rows {
        w.write_record(row).map_err(fail)?;
    }
    w.into_inner()
        .map_err(|e| ExportError::Write(format!("CSV: {}", e.error())))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn cells_with_quotes_commas_and_breaks_are_quoted_as_rfc_4180_says() {
        let t = Table {
            header: vec!["a".into(), "b".into(), "c".into()],
            rows: vec![vec![
                "say \"no\"".into(),
                "x, y".into(),
                "line 1\nline 2 𝒳".into(),
            ]],
        };
        let bytes = write(&t, false).unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "a,b,c\r\n\"say \"\"no\"\"\",\"x, y\",\"line 1\nline 2 𝒳\"\r\n"
        );
        assert!(
            write(&t, true)
                .unwrap()
                .starts_with(b"\xEF\xBB\xBFa,b,c\r\n")
        );
    }

    #[test]
    fn line_breaks_in_cells_are_lf() {
        assert_eq!(lf_breaks("a\r\nb\rc\nd".into()), "a\nb\nc\nd");
    }

    #[test]
    fn every_row_is_as_long_as_the_header() {
        let g = crate::Glossary::embedded();
        let selected = super::super::Selection::default().resolve(g).unwrap();
        let t = table(&selected, "; ");
        assert_eq!(t.header.len(), 4 + 7 * selected.languages.len());
        assert!(t.rows.iter().all(|r| r.len() == t.header.len()));
        assert_eq!(t.rows.len(), selected.concepts.len());
    }
}
