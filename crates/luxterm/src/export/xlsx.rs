//! XLSX (feature `xlsx`): the CSV export's table ([`super::csv::table`]) as an Excel workbook,
//! for translators who keep termbases in spreadsheets and for memoQ and MultiTerm Convert,
//! which import Excel files in the same column layout.
//!
//! One worksheet, `luxterm`: the header row in bold and frozen, with an autofilter; text cells
//! wrap. The workbook's properties carry the release (title `luxterm 1.1.0 (2026-12-01)`), as the
//! CSV's `release` columns do. Its creation date is the release's date, not the time of the
//! export, so the same selection of the same release always gives the same bytes.
//!
//! ```
//! use luxterm::export::{Selection, xlsx};
//! let selected = Selection::default().resolve(luxterm::Glossary::embedded()).unwrap();
//! let bytes = xlsx::xlsx(&selected, &xlsx::XlsxOptions::default()).unwrap();
//! assert!(bytes.starts_with(b"PK")); // a zip package
//! // Reproducible: the same selection gives the same bytes.
//! assert_eq!(bytes, xlsx::xlsx(&selected, &xlsx::XlsxOptions::default()).unwrap());
//! ```

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, XlsxError};

use super::{ExportError, Selected, csv};

/// How the workbook is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XlsxOptions {
    /// What separates several terms in one cell, as in [`csv::CsvOptions::separator`].
    pub separator: String,
}

impl Default for XlsxOptions {
    fn default() -> XlsxOptions {
        XlsxOptions {
            separator: csv::CsvOptions::default().separator,
        }
    }
}

/// The selection as an XLSX workbook.
///
/// # Errors
///
/// [`ExportError::Write`] when the writer refuses a cell (a text over Excel's 32,767
/// characters) or the table is larger than a worksheet.
pub fn xlsx(selected: &Selected<'_>, options: &XlsxOptions) -> Result<Vec<u8>, ExportError> {
    let table = csv::table(selected, &options.separator);
    write(selected, &table).map_err(|e| ExportError::Write(format!("XLSX: {e}")))
}

fn write(selected: &Selected<'_>, table: &csv::Table) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let title = format!(
        "luxterm {} ({})",
        selected.release.version, selected.release.date
    );
    let d = selected.release.date;
    let created = ExcelDateTime::from_ymd(d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))?;
    let properties = DocProperties::new()
        .set_creation_datetime(&created)
        .set_title(&title)
        .set_subject("Terminology of the sale and sexual exploitation of children")
        .set_comment(format!(
            "Exported from luxterm release {}: {} concepts, languages {}.",
            selected.release.version,
            table.rows.len(),
            selected.languages.join(", ")
        ));
    workbook.set_properties(&properties);
    let sheet = workbook.add_worksheet();
    sheet.set_name("luxterm")?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let too_big = || XlsxError::ParameterError("the table is larger than a worksheet".into());
    for (col, name) in table.header.iter().enumerate() {
        let col = u16::try_from(col).map_err(|_| too_big())?;
        sheet.write_string_with_format(0, col, name, &bold)?;
        sheet.set_column_width(col, if col == 0 { 36 } else { 24 })?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).map_err(|_| too_big())?;
        for (col, cell) in row.iter().enumerate() {
            let col = u16::try_from(col).map_err(|_| too_big())?;
            if !cell.is_empty() {
                sheet.write_string_with_format(r, col, cell, &wrap)?;
            }
        }
    }
    let last_row = u32::try_from(table.rows.len()).map_err(|_| too_big())?;
    let last_col = u16::try_from(table.header.len().saturating_sub(1)).map_err(|_| too_big())?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    workbook.save_to_buffer()
}
