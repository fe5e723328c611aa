//! The schedule, the skills matrix and the survey alignment as sheets of one Excel workbook,
//! laid out as a teaching office would: header rows that stay in view and repeat on each
//! printed page, columns wide enough for Chinese names, one page wide when printed. Figures
//! are numbers in the cells, so that a colleague can sum and chart them.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::data::{ProgrammeData, ScheduleRow};
use crate::catalogue::{Language, Text};
use crate::text_width::display_width;

/// Excel's A4 paper code.
const A4: u8 = 9;
/// Column widths in Excel's units (about one Latin character; a Chinese one takes two).
const NARROW: f64 = 7.0;
const WIDEST_NAME: usize = 44;

struct Formats {
    header: Format,
    cell: Format,
    text: Format,
    total: Format,
    total_text: Format,
    title: Format,
}

impl Formats {
    fn new() -> Self {
        let cell = Format::new()
            .set_border(FormatBorder::Thin)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        Self {
            header: cell
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0xE1_E1_E1)),
            text: cell.clone().set_align(FormatAlign::Left).set_text_wrap(),
            total: cell.clone().set_bold(),
            total_text: cell.clone().set_bold().set_align(FormatAlign::Left),
            title: Format::new().set_bold().set_font_size(14),
            cell,
        }
    }
}

/// The workbook's bytes.
pub fn workbook_bytes(data: &ProgrammeData, language: Language) -> Result<Vec<u8>, XlsxError> {
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    schedule_sheet(workbook.add_worksheet(), data, language, &formats)?;
    matrix_sheet(workbook.add_worksheet(), data, language, &formats)?;
    alignment_sheet(workbook.add_worksheet(), data, language, &formats)?;
    workbook.save_to_buffer()
}

/// A4, the columns on one page width, the header rows on every page.
fn print_setup(
    sheet: &mut Worksheet,
    header_rows: (u32, u32),
    landscape: bool,
) -> Result<(), XlsxError> {
    sheet.set_paper_size(A4);
    if landscape {
        sheet.set_landscape();
    }
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(header_rows.0, header_rows.1)?;
    sheet.set_freeze_panes(header_rows.1 + 1, 0)?;
    Ok(())
}

/// A figure as a number when it is one ("3", "2.7"), as text otherwise ("(56)", "考试").
fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    value: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    match value.parse::<f64>() {
        Ok(number) if !value.is_empty() => {
            sheet.write_number_with_format(row, column, number, format)?
        }
        _ => sheet.write_string_with_format(row, column, value, format)?,
    };
    Ok(())
}

/// A width that fits the longest of `texts`, within reason.
fn fitting_width<'a>(texts: impl IntoIterator<Item = &'a str>, least: usize) -> f64 {
    let widest = texts.into_iter().map(display_width).max().unwrap_or(0);
    (widest.clamp(least, WIDEST_NAME) + 2) as f64
}

/// The schedule's first column of terms: category, code, name, type, credits, three of
/// hours and assessment come before.
const FIRST_TERM: u16 = 9;

fn schedule_sheet(
    sheet: &mut Worksheet,
    data: &ProgrammeData,
    language: Language,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(language.text(Text::SheetSchedule))?;
    let schedule = &data.schedule;
    let columns = &schedule.columns;
    sheet.write_string_with_format(0, 0, &data.title, &formats.title)?;
    // Two header rows, as printed schedules have: 学时 and 各学期周学时 span their columns.
    let terms = schedule.terms.len() as u16;
    for (column, label) in [
        (0, columns.category),
        (1, columns.code),
        (2, columns.name),
        (3, columns.kind),
        (4, columns.credits),
        (8, columns.assessment),
    ] {
        sheet.merge_range(1, column, 2, column, label, &formats.header)?;
    }
    sheet.merge_range(1, 5, 1, 7, columns.hours, &formats.header)?;
    for (column, label) in [
        (5, columns.total),
        (6, columns.theory),
        (7, columns.practice),
    ] {
        sheet.write_string_with_format(2, column, label, &formats.header)?;
    }
    if terms > 0 {
        if terms > 1 {
            sheet.merge_range(
                1,
                FIRST_TERM,
                1,
                FIRST_TERM - 1 + terms,
                columns.weekly,
                &formats.header,
            )?;
        } else {
            sheet.write_string_with_format(1, FIRST_TERM, columns.weekly, &formats.header)?;
        }
        for (index, term) in schedule.terms.iter().enumerate() {
            let label = format!("{}\n{}", term.name, term.weeks);
            sheet.write_string_with_format(
                2,
                FIRST_TERM + index as u16,
                &label,
                &formats.header,
            )?;
        }
    }
    sheet.set_row_height(2, 30)?;

    let mut row = 3;
    let write_row = |sheet: &mut Worksheet,
                     row: u32,
                     line: &ScheduleRow,
                     total: bool|
     -> Result<(), XlsxError> {
        let (cell, text) = if total {
            (&formats.total, &formats.total_text)
        } else {
            (&formats.cell, &formats.text)
        };
        write_cell(sheet, row, 1, &line.code, cell)?;
        sheet.write_string_with_format(row, 2, &line.name, text)?;
        for (column, value) in [
            (3, &line.kind),
            (4, &line.credits),
            (5, &line.hours),
            (6, &line.theory),
            (7, &line.practice),
            (8, &line.assessment),
        ] {
            write_cell(sheet, row, column, value, cell)?;
        }
        for (index, value) in line.weekly.iter().enumerate() {
            write_cell(sheet, row, FIRST_TERM + index as u16, value, cell)?;
        }
        Ok(())
    };
    for group in &schedule.groups {
        let first = row;
        for line in &group.rows {
            write_row(sheet, row, line, false)?;
            row += 1;
        }
        write_row(sheet, row, &group.subtotal, true)?;
        if row > first {
            sheet.merge_range(first, 0, row, 0, group.category, &formats.text)?;
        } else {
            sheet.write_string_with_format(first, 0, group.category, &formats.text)?;
        }
        row += 1;
    }
    sheet.write_string_with_format(row, 0, "", &formats.total)?;
    write_row(sheet, row, &schedule.total, true)?;
    if let Some(credits) = &schedule.term_credits {
        row += 1;
        sheet.write_string_with_format(row, 0, "", &formats.total)?;
        write_row(sheet, row, credits, true)?;
    }
    let mut below = row + 2;
    for line in schedule
        .group_lines
        .iter()
        .map(String::as_str)
        .chain([schedule.note])
    {
        sheet.write_string(below, 0, line)?;
        below += 1;
    }
    // 教学周安排表 under the schedule: a row per term, a column per kind of week.
    if let Some(weeks) = &schedule.weeks {
        below += 1;
        sheet.write_string_with_format(below, 0, data.headings.weeks, &formats.title)?;
        below += 1;
        for (column, label) in weeks.columns.iter().enumerate() {
            sheet.write_string_with_format(below, column as u16, *label, &formats.header)?;
        }
        for line in weeks.rows.iter().chain([&weeks.total]) {
            below += 1;
            sheet.write_string_with_format(below, 0, &line[0], &formats.text)?;
            for (column, value) in line.iter().enumerate().skip(1) {
                write_cell(sheet, below, column as u16, value, &formats.cell)?;
            }
        }
    }

    let names = schedule
        .groups
        .iter()
        .flat_map(|group| group.rows.iter().map(|line| line.name.as_str()));
    let categories = schedule.groups.iter().map(|group| group.category);
    sheet.set_column_width(0, fitting_width(categories, 8))?;
    sheet.set_column_width(1, 9)?;
    sheet.set_column_width(2, fitting_width(names, 12))?;
    for column in 3..FIRST_TERM {
        sheet.set_column_width(column, NARROW)?;
    }
    sheet.set_column_width(8, 9)?;
    for index in 0..terms {
        sheet.set_column_width(FIRST_TERM + index, 10)?;
    }
    print_setup(sheet, (1, 2), true)?;
    // The groups' lines, the note and the week table print with the schedule.
    sheet.set_print_area(0, 0, below, FIRST_TERM - 1 + terms.max(1))?;
    Ok(())
}

fn matrix_sheet(
    sheet: &mut Worksheet,
    data: &ProgrammeData,
    language: Language,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(language.text(Text::SheetMatrix))?;
    let matrix = &data.matrix;
    sheet.write_string_with_format(0, 0, data.schedule.columns.code, &formats.header)?;
    sheet.write_string_with_format(0, 1, data.schedule.columns.name, &formats.header)?;
    for (index, skill) in matrix.skills.iter().enumerate() {
        sheet.write_string_with_format(0, 2 + index as u16, skill, &formats.header)?;
        sheet.set_column_width(2 + index as u16, fitting_width([skill.as_str()], 6))?;
    }
    for (index, line) in matrix.rows.iter().enumerate() {
        let row = 1 + index as u32;
        sheet.write_string_with_format(row, 0, &line.code, &formats.cell)?;
        sheet.write_string_with_format(row, 1, &line.name, &formats.text)?;
        for (column, level) in line.levels.iter().enumerate() {
            sheet.write_string_with_format(row, 2 + column as u16, *level, &formats.cell)?;
        }
    }
    sheet.write_string(matrix.rows.len() as u32 + 2, 0, matrix.note)?;
    sheet.set_column_width(0, 9)?;
    sheet.set_column_width(
        1,
        fitting_width(matrix.rows.iter().map(|line| line.name.as_str()), 12),
    )?;
    print_setup(sheet, (0, 0), false)
}

fn alignment_sheet(
    sheet: &mut Worksheet,
    data: &ProgrammeData,
    language: Language,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(language.text(Text::SheetAlignment))?;
    let alignment = &data.alignment;
    if !alignment.present {
        sheet.write_string(0, 0, alignment.absent)?;
        return Ok(());
    }
    let percent = formats.cell.clone().set_num_format("0.0%");
    let headers = [
        language.text(Text::ReportColumnSkill),
        alignment.demand_label,
        alignment.effort_label,
        language.text(Text::SheetGap),
    ];
    for (column, header) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *header, &formats.header)?;
    }
    for (index, skill) in alignment.skills.iter().enumerate() {
        let row = 1 + index as u32;
        sheet.write_string_with_format(row, 0, &skill.name, &formats.text)?;
        sheet.write_number_with_format(row, 1, skill.demand, &percent)?;
        sheet.write_number_with_format(row, 2, skill.effort, &percent)?;
        sheet.write_number_with_format(row, 3, skill.effort - skill.demand, &percent)?;
    }
    let below = alignment.skills.len() as u32 + 2;
    sheet.write_string(below, 0, &alignment.score)?;
    sheet.write_string(below + 1, 0, &alignment.formula)?;
    sheet.write_string(below + 2, 0, &alignment.survey)?;
    sheet.set_column_width(
        0,
        fitting_width(alignment.skills.iter().map(|skill| skill.name.as_str()), 10),
    )?;
    for column in 1..=3 {
        sheet.set_column_width(column, fitting_width([headers[column as usize]], 10))?;
    }
    print_setup(sheet, (0, 0), false)
}
