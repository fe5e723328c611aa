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

fn workbook_rows(path: &Path) -> Result<Vec<Row>, QuestionnaireError> {
    let refused = |reason: String| QuestionnaireError {
        path: path.to_owned(),
        row: None,
        problem: QuestionnaireProblem::Unreadable(crate::io::shortened(&reason)),
    };
    let mut workbook = open_workbook_auto(path).map_err(|error| refused(error.to_string()))?;
    let sheet = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| refused(String::from("no sheet")))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|error| refused(error.to_string()))?;
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

/// A cell as the text a person sees: whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Float(value) if value.fract() == 0.0 && value.abs() < 1e15 => {
            format!("{value:.0}")
        }
        Data::Empty => String::new(),
        other => other.to_string().trim().to_owned(),
    }
}
