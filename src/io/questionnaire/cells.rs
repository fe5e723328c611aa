//! A questionnaire export as rows of cells: CSV (UTF-8, with or without a byte-order mark,
//! or GB18030/GBK as a Chinese Windows saves it) or a workbook (.xlsx, .xls), first sheet.

use std::path::Path;

use calamine::{Data, Reader, open_workbook_auto};

use super::{QuestionnaireError, QuestionnaireProblem};
use crate::io::read_text;

/// A row of the file: its number as a spreadsheet shows it (1 = the header) and its cells.
pub(super) struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

pub(super) fn rows_of(path: &Path) -> Result<Vec<Row>, QuestionnaireError> {
    let is_workbook = path.extension().is_some_and(|extension| {
        ["xlsx", "xls", "xlsm", "ods"]
            .iter()
            .any(|known| extension.eq_ignore_ascii_case(known))
    });
    if is_workbook {
        workbook_rows(path)
    } else {
        csv_rows(path)
    }
}

fn csv_rows(path: &Path) -> Result<Vec<Row>, QuestionnaireError> {
    let text = read_text(path).map_err(|error| QuestionnaireError {
        path: path.to_owned(),
        row: None,
        problem: QuestionnaireProblem::Load(Box::new(error)),
    })?;
    let separator = separator_of(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|error| QuestionnaireError {
            path: path.to_owned(),
            row: error.position().map(|at| at.line() as usize),
            problem: QuestionnaireProblem::Unreadable(crate::io::shortened(&error.to_string())),
        })?;
        let number = record
            .position()
            .map_or(rows.len() + 1, |at| at.line() as usize);
        rows.push(Row {
            number,
            cells: record.iter().map(|cell| cell.trim().to_owned()).collect(),
        });
    }
    Ok(rows)
}

/// Exports from European or Chinese spreadsheets use `;` or tabs.
fn separator_of(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or_default();
    let count = |separator: char| first.matches(separator).count();
    [b'\t', b';']
        .into_iter()
        .find(|&separator| count(separator as char) > count(','))
        .unwrap_or(b',')
}

/// Whether the file starts as a workbook does: a zip package (.xlsx, .xlsm, .ods) or an OLE
/// compound file (.xls). A CSV or a web page saved under a workbook's name does not.
fn has_workbook_signature(path: &Path) -> bool {
    const ZIP: &[u8] = b"PK\x03\x04";
    const COMPOUND_FILE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    // A file that cannot be opened is left to the reader, which says why.
    let Ok(mut file) = std::fs::File::open(path) else {
        return true;
    };
    let mut start = [0u8; 8];
    let read = std::io::Read::read(&mut file, &mut start).unwrap_or(0);
    let start = &start[..read];
    start.starts_with(ZIP) || start.starts_with(COMPOUND_FILE)
}

fn workbook_rows(path: &Path) -> Result<Vec<Row>, QuestionnaireError> {
    let problem = |problem: QuestionnaireProblem| QuestionnaireError {
        path: path.to_owned(),
        row: None,
        problem,
    };
    if !has_workbook_signature(path) {
        return Err(problem(QuestionnaireProblem::NotAWorkbook));
    }
    // The same size limit as every other file (`--max-file-size`).
    if let Ok(metadata) = std::fs::metadata(path)
        && metadata.len() > crate::io::size_limit()
    {
        return Err(QuestionnaireError {
            path: path.to_owned(),
            row: None,
            problem: QuestionnaireProblem::Load(Box::new(crate::io::LoadError::TooLarge {
                path: path.to_owned(),
                size: metadata.len(),
                limit: crate::io::size_limit(),
            })),
        });
    }
    super::workbook_guard::check_workbook(path).map_err(|declared| QuestionnaireError {
        path: path.to_owned(),
        row: None,
        problem: QuestionnaireProblem::Declares(declared),
    })?;
    let mut workbook =
        open_workbook_auto(path).map_err(|_| problem(QuestionnaireProblem::DamagedWorkbook))?;
    let sheet = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| problem(QuestionnaireProblem::NoAnswers))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|_| problem(QuestionnaireProblem::DamagedWorkbook))?;
    // A formula whose value was never saved (a file made by a program, not yet opened in
    // a spreadsheet) reads as an empty answer: refused, naming the cell, not counted.
    if let Ok(formulas) = workbook.worksheet_formula(&sheet) {
        let unsaved = formulas.used_cells().find(|(row, column, formula)| {
            let at = (
                formulas.start().map_or(0, |(first, _)| first) + *row as u32,
                formulas.start().map_or(0, |(_, first)| first) + *column as u32,
            );
            !formula.is_empty() && matches!(range.get_value(at), None | Some(Data::Empty))
        });
        if let Some((row, column, _)) = unsaved {
            let row = formulas.start().map_or(0, |(first, _)| first) as usize + row;
            let column = formulas.start().map_or(0, |(_, first)| first) as usize + column;
            return Err(QuestionnaireError {
                path: path.to_owned(),
                row: Some(row + 1),
                problem: QuestionnaireProblem::FormulaWithoutValue {
                    cell: cell_name(row, column),
                },
            });
        }
    }
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(index, cells)| Row {
            number: first_row + index + 1,
            cells: cells.iter().map(cell_text).collect(),
        })
        .collect())
}

/// A cell as the text a person sees: whole numbers without ".0", dates and times as a
/// spreadsheet shows them (2026-03-01 09:05), not as the day count they are stored as.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{value:.0}")
        }
        Data::DateTime(moment) if moment.is_datetime() => {
            let (year, month, day, hour, minute, second, _) = moment.to_ymd_hms_milli();
            match (hour, minute, second) {
                (0, 0, 0) => format!("{year:04}-{month:02}-{day:02}"),
                (_, _, 0) => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}"),
                _ => format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"),
            }
        }
        Data::DateTime(duration) => {
            let seconds = (duration.as_f64() * 86_400.0).round() as i64;
            format!(
                "{}:{:02}:{:02}",
                seconds / 3600,
                seconds % 3600 / 60,
                seconds % 60
            )
        }
        Data::Empty => String::new(),
        other => other.to_string().trim().to_owned(),
    }
}

/// Row and column counted from 0 → "B7".
fn cell_name(row: usize, column: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        let remainder = (rest - 1) % 26;
        letters.push(char::from(b'A' + remainder as u8));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(row + 1).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 1), "B7");
        assert_eq!(cell_name(0, 25), "Z1");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(1_048_575, 16_383), "XFD1048576");
    }
}
