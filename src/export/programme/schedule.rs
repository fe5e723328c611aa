//! The 教学进程表 as CSV rows, for colleagues who rework it in a spreadsheet.

use super::data::{ProgrammeData, ScheduleRow};
use crate::catalogue::{Language, Text};

/// UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads the file as GBK.
/// Block practice, "(56)" on paper, is written "集中 56": a spreadsheet reads "(56)" as −56.
pub(super) fn schedule_csv(
    data: &ProgrammeData,
    language: Language,
) -> Result<Vec<u8>, csv::Error> {
    let schedule = &data.schedule;
    let columns = &schedule.columns;
    let mut writer = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    let mut header = vec![
        columns.category.to_owned(),
        columns.code.to_owned(),
        columns.name.to_owned(),
        columns.kind.to_owned(),
        columns.credits.to_owned(),
        format!("{} {}", columns.hours, columns.total),
        format!("{} {}", columns.hours, columns.theory),
        format!("{} {}", columns.hours, columns.practice),
        columns.assessment.to_owned(),
    ];
    header.extend(
        schedule
            .terms
            .iter()
            .map(|term| format!("{} ({})", term.name, term.weeks)),
    );
    writer.write_record(&header)?;
    let record = |category: &str, row: &ScheduleRow| {
        let mut cells = vec![
            category.to_owned(),
            row.code.clone(),
            row.name.clone(),
            row.kind.clone(),
            row.credits.clone(),
            row.hours.clone(),
            row.theory.clone(),
            row.practice.clone(),
            row.assessment.clone(),
        ];
        cells.extend(
            row.weekly
                .iter()
                .map(|cell| spreadsheet_cell(cell, language)),
        );
        cells
    };
    for group in &schedule.groups {
        for row in &group.rows {
            writer.write_record(record(group.category, row))?;
        }
        writer.write_record(record(group.category, &group.subtotal))?;
    }
    writer.write_record(record("", &schedule.total))?;
    if let Some(credits) = &schedule.term_credits {
        writer.write_record(record("", credits))?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
}

/// "(56)" → "集中 56", "21.5 (56)" → "21.5 集中 56"; other cells as they are.
pub(super) fn spreadsheet_cell(cell: &str, language: Language) -> String {
    match cell.find('(') {
        Some(open) if cell.ends_with(')') => {
            let hours = &cell[open + 1..cell.len() - 1];
            let block = language.fill(Text::ScheduleBlockCell, &[&hours]);
            format!("{}{block}", &cell[..open])
        }
        _ => cell.to_owned(),
    }
}
