//! The programme document as Word (.docx), for the teaching office to finish in Word, WPS or
//! LibreOffice: real headings (the navigation pane lists them), real tables whose header rows
//! repeat on each page, the schedule on landscape pages. Fonts are named, not embedded: 宋体
//! and 黑体 are on every Chinese Windows, and WPS and LibreOffice substitute their own.

use docx_rs::{
    AlignmentType, Docx, Footer, NumPages, PageMargin, PageNum, PageOrientationType, Paragraph,
    Run, RunFonts, Section, Shading, Style, StyleType, Table, TableCell, TableRow, VMergeType,
    WidthType,
};

use super::data::{ProgrammeData, ScheduleRow};
use crate::catalogue::{Language, Text};

/// Twentieths of a point, Word's unit for page sizes: A4 is 210 × 297 mm.
const A4_WIDTH: u32 = 11_906;
const A4_HEIGHT: u32 = 16_838;
/// Header rows are marked so (Word writes `<w:cantSplit/>` for them) and then given
/// `<w:tblHeader/>`, which docx-rs cannot write itself: Word repeats such rows on each page.
const HEADER_MARK: &str = "<w:cantSplit />";

fn fonts(east_asia: &str, latin: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asia)
        .ascii(latin)
        .hi_ansi(latin)
}

fn styles(document: Docx, language: Language) -> Docx {
    let body = language.text(Text::WordBodyFont);
    let heading = language.text(Text::WordHeadingFont);
    document
        .default_fonts(fonts(body, "Times New Roman"))
        .default_size(21)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .size(44)
                .fonts(fonts(heading, "Arial"))
                .align(AlignmentType::Center),
        )
        .add_style(
            Style::new("Heading1", StyleType::Paragraph)
                .name("heading 1")
                .size(30)
                .bold()
                .fonts(fonts(heading, "Arial"))
                .outline_lvl(0),
        )
        .add_style(
            Style::new("Heading2", StyleType::Paragraph)
                .name("heading 2")
                .size(24)
                .bold()
                .fonts(fonts(heading, "Arial"))
                .outline_lvl(1),
        )
}

/// The plan's title and "第 N 页 / 共 M 页" at the foot of every page, as in the PDF.
fn footer(data: &ProgrammeData) -> Footer {
    let [before, between, after] = &data.page_pattern;
    Footer::new().add_paragraph(
        Paragraph::new()
            .add_run(
                Run::new()
                    .add_text(format!("{}    {before}", data.title))
                    .size(16),
            )
            .add_page_num(PageNum::new())
            .add_run(Run::new().add_text(between).size(16))
            .add_num_pages(NumPages::new())
            .add_run(Run::new().add_text(after).size(16)),
    )
}

fn paragraph(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text))
}

fn styled(text: &str, style: &str) -> Paragraph {
    paragraph(text).style(style)
}

/// Several paragraphs from a text with line breaks; the not-stated words for an empty one.
fn paragraphs(document: Docx, text: &str, not_stated: &str) -> Docx {
    if text.trim().is_empty() {
        return document.add_paragraph(paragraph(not_stated));
    }
    text.split('\n').fold(document, |document, part| {
        document.add_paragraph(paragraph(part))
    })
}

fn cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(paragraph(text))
}

fn centred_cell(text: &str) -> TableCell {
    TableCell::new().add_paragraph(paragraph(text).align(AlignmentType::Center))
}

fn header_cell(text: &str) -> TableCell {
    TableCell::new()
        .add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(text).bold())
                .align(AlignmentType::Center),
        )
        .shading(Shading::new().fill("E1E1E1"))
}

fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

/// The width of the text on a portrait and on a landscape A4 page with Word's default
/// margins, in twentieths of a point.
const PORTRAIT_TEXT: usize = 9_000;
const LANDSCAPE_TEXT: usize = 13_000;

/// Column widths in proportion to `weights`, filling `total`: Word and LibreOffice lay a table
/// out by its grid, and without one they squeeze the columns.
fn grid(weights: &[usize], total: usize) -> Vec<usize> {
    let sum: usize = weights.iter().sum::<usize>().max(1);
    weights.iter().map(|weight| weight * total / sum).collect()
}

/// A table with one header row and plain text rows, its columns as wide as `weights` say
/// (the last weight stands for any further columns).
fn simple_table(header: &[&str], rows: &[Vec<String>], weights: &[usize]) -> Table {
    let weights: Vec<usize> = (0..header.len())
        .map(|index| weights.get(index).or(weights.last()).copied().unwrap_or(1))
        .collect();
    let mut table_rows = vec![header_row(
        header.iter().map(|text| header_cell(text)).collect(),
    )];
    table_rows.extend(
        rows.iter()
            .map(|row| TableRow::new(row.iter().map(|text| cell(text)).collect())),
    );
    Table::new(table_rows)
        .set_grid(grid(&weights, PORTRAIT_TEXT))
        .width(PORTRAIT_TEXT, WidthType::Dxa)
}

fn schedule_row(row: &ScheduleRow, category: TableCell) -> TableRow {
    let mut cells = vec![
        category,
        cell(&row.code),
        cell(&row.name),
        centred_cell(&row.kind),
        centred_cell(&row.credits),
        centred_cell(&row.hours),
        centred_cell(&row.theory),
        centred_cell(&row.practice),
        centred_cell(&row.assessment),
    ];
    cells.extend(row.weekly.iter().map(|value| centred_cell(value)));
    TableRow::new(cells)
}

fn schedule_table(data: &ProgrammeData) -> Table {
    let schedule = &data.schedule;
    let columns = &schedule.columns;
    let terms = schedule.terms.len().max(1);
    let first = header_row(vec![
        header_cell(columns.category).vertical_merge(VMergeType::Restart),
        header_cell(columns.code).vertical_merge(VMergeType::Restart),
        header_cell(columns.name).vertical_merge(VMergeType::Restart),
        header_cell(columns.kind).vertical_merge(VMergeType::Restart),
        header_cell(columns.credits).vertical_merge(VMergeType::Restart),
        header_cell(columns.hours).grid_span(3),
        header_cell(columns.assessment).vertical_merge(VMergeType::Restart),
        header_cell(columns.weekly).grid_span(terms),
    ]);
    let mut second_cells = vec![
        header_cell("").vertical_merge(VMergeType::Continue),
        header_cell("").vertical_merge(VMergeType::Continue),
        header_cell("").vertical_merge(VMergeType::Continue),
        header_cell("").vertical_merge(VMergeType::Continue),
        header_cell("").vertical_merge(VMergeType::Continue),
        header_cell(columns.total),
        header_cell(columns.theory),
        header_cell(columns.practice),
        header_cell("").vertical_merge(VMergeType::Continue),
    ];
    if schedule.terms.is_empty() {
        second_cells.push(header_cell(""));
    }
    second_cells.extend(
        schedule
            .terms
            .iter()
            .map(|term| header_cell(&format!("{} ({})", term.name, term.weeks))),
    );
    let mut rows = vec![first, header_row(second_cells)];
    for group in &schedule.groups {
        for (index, row) in group.rows.iter().enumerate() {
            let category = if index == 0 {
                cell(group.category).vertical_merge(VMergeType::Restart)
            } else {
                cell("").vertical_merge(VMergeType::Continue)
            };
            rows.push(schedule_row(row, category));
        }
        rows.push(schedule_row(
            &group.subtotal,
            cell("").vertical_merge(VMergeType::Continue),
        ));
    }
    rows.push(schedule_row(&schedule.total, cell("")));
    if let Some(credits) = &schedule.term_credits {
        rows.push(schedule_row(credits, cell("")));
    }
    let mut weights = vec![10, 9, 30, 6, 7, 7, 7, 7, 8];
    weights.extend(std::iter::repeat_n(9, terms));
    Table::new(rows)
        .set_grid(grid(&weights, LANDSCAPE_TEXT))
        .width(LANDSCAPE_TEXT, WidthType::Dxa)
}

/// The .docx file's bytes.
pub fn word_bytes(data: &ProgrammeData, language: Language) -> Result<Vec<u8>, String> {
    let headings = &data.headings;
    let not_stated = data.not_stated;
    let mut document = styles(Docx::new(), language)
        .page_size(A4_WIDTH, A4_HEIGHT)
        .footer(footer(data))
        .add_paragraph(paragraph(&data.institution).align(AlignmentType::Center));
    // The title usually says what the document is; otherwise the kind goes above it.
    if !data.title.contains(data.cover.kind) {
        document = document.add_paragraph(styled(data.cover.kind, "Title"));
    }
    document = document.add_paragraph(styled(&data.title, "Title"));
    for line in &data.cover.lines {
        document = document.add_paragraph(paragraph(line).align(AlignmentType::Center));
    }
    document = document
        .add_paragraph(styled(headings.major, "Heading1").page_break_before(true))
        .add_table(simple_table(
            &[headings.major_name, headings.major_code],
            &[vec![data.major.clone(), data.major_code.clone()]],
            &[3, 1],
        ))
        .add_paragraph(styled(headings.entry, "Heading1"));
    document = paragraphs(document, &data.entry_requirement, not_stated)
        .add_paragraph(styled(headings.length, "Heading1"));
    document = paragraphs(document, &data.length_of_study, not_stated)
        .add_paragraph(styled(headings.occupations, "Heading1"));
    let occupations: Vec<Vec<String>> = data.occupations.iter().map(|row| row.to_vec()).collect();
    document = document
        .add_table(simple_table(&data.occupation_columns, &occupations, &[1]))
        .add_paragraph(styled(headings.objective_section, "Heading1"))
        .add_paragraph(styled(headings.objective, "Heading2"));
    document = paragraphs(document, &data.objective, not_stated)
        .add_paragraph(styled(headings.specifications, "Heading2"));
    for list in &data.specifications {
        document = document.add_paragraph(paragraph(list.heading));
        for (index, item) in list.items.iter().enumerate() {
            let mut text = language.fill(Text::DocumentListItem, &[&(index + 1), &item.text]);
            if !item.skills.is_empty() {
                text = language.fill(Text::DocumentSkillsNote, &[&text, &item.skills]);
            }
            document = document.add_paragraph(paragraph(&text));
        }
    }
    document = document.add_paragraph(styled(headings.courses, "Heading1"));
    for group in &data.courses {
        document = document.add_paragraph(styled(group.category, "Heading2"));
        for course in &group.courses {
            document = document
                .add_paragraph(
                    Paragraph::new().add_run(
                        Run::new()
                            .add_text(format!("{}  {}", course.code, course.name))
                            .bold(),
                    ),
                )
                .add_paragraph(paragraph(&course.facts));
            document = paragraphs(document, &course.description, not_stated);
        }
    }
    // The schedule on landscape pages of its own section; what came before keeps portrait.
    let portrait = PageMargin::new();
    document = document.add_section(
        Section::new()
            .page_size(docx_rs::PageSize::new().size(A4_WIDTH, A4_HEIGHT))
            .page_margin(portrait)
            .footer(footer(data)),
    );
    let schedule = Section::new()
        .footer(footer(data))
        .page_size(
            docx_rs::PageSize::new()
                .size(A4_HEIGHT, A4_WIDTH)
                .orient(PageOrientationType::Landscape),
        )
        .add_paragraph(styled(headings.schedule_section, "Heading1"))
        .add_paragraph(styled(headings.schedule, "Heading2"))
        .add_table(schedule_table(data));
    let schedule = data
        .schedule
        .group_lines
        .iter()
        .fold(schedule, |section, line| {
            section.add_paragraph(paragraph(line))
        })
        .add_paragraph(paragraph(data.schedule.note));
    document = document.add_section(schedule);
    if let Some(weeks) = &data.schedule.weeks {
        let mut rows = weeks.rows.clone();
        rows.push(weeks.total.clone());
        document = document
            .add_paragraph(styled(headings.weeks, "Heading2"))
            .add_table(simple_table(&weeks.columns, &rows, &[3, 2]));
    }

    let hours: Vec<Vec<String>> = data
        .hours
        .rows
        .iter()
        .chain(std::iter::once(&data.hours.total))
        .map(|row| row.to_vec())
        .collect();
    document = document
        .add_paragraph(styled(headings.hours, "Heading2"))
        .add_table(simple_table(&data.hours.columns, &hours, &[2, 1]))
        .add_paragraph(paragraph(&data.hours.sentence))
        .add_paragraph(styled(headings.rules, "Heading2"));
    let rules: Vec<Vec<String>> = data
        .rules
        .iter()
        .map(|rule| {
            vec![
                rule.name.clone(),
                rule.figure.clone(),
                rule.source.clone(),
                rule.verdict.to_owned(),
            ]
        })
        .collect();
    document = document
        .add_table(simple_table(&data.rule_columns, &rules, &[4, 3, 4, 1]))
        .add_paragraph(styled(headings.guarantees, "Heading1"));
    for item in &data.guarantees {
        document = document.add_paragraph(styled(item.title, "Heading2"));
        document = paragraphs(document, &item.text, not_stated);
    }
    document = document.add_paragraph(styled(headings.graduation, "Heading1"));
    for (index, item) in data.graduation_requirements.iter().enumerate() {
        document = document.add_paragraph(paragraph(&format!("{}. {item}", index + 1)));
    }
    document = document
        .add_paragraph(styled(headings.appendix, "Heading1"))
        .add_paragraph(styled(headings.matrix, "Heading2"));
    let mut matrix_header = vec![data.schedule.columns.code, data.schedule.columns.name];
    matrix_header.extend(data.matrix.skills.iter().map(String::as_str));
    let matrix: Vec<Vec<String>> = data
        .matrix
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.code.clone(), row.name.clone()];
            cells.extend(row.levels.iter().map(|level| (*level).to_owned()));
            cells
        })
        .collect();
    document = document
        .add_table(simple_table(&matrix_header, &matrix, &[2, 5, 2]))
        .add_paragraph(paragraph(data.matrix.note))
        .add_paragraph(styled(headings.alignment, "Heading2"));
    let alignment = &data.alignment;
    if alignment.present {
        let skills: Vec<Vec<String>> = alignment
            .skills
            .iter()
            .map(|skill| {
                vec![
                    skill.name.clone(),
                    skill.demand_text.clone(),
                    skill.effort_text.clone(),
                ]
            })
            .collect();
        document = document
            .add_paragraph(paragraph(&alignment.score))
            .add_paragraph(paragraph(&alignment.formula))
            .add_table(simple_table(
                &["", alignment.demand_label, alignment.effort_label],
                &skills,
                &[2, 1],
            ))
            .add_paragraph(paragraph(&alignment.survey));
    } else {
        document = document.add_paragraph(paragraph(alignment.absent));
    }
    let industries: Vec<Vec<String>> = data
        .industries
        .rows
        .iter()
        .map(|row| row.to_vec())
        .collect();
    document = document
        .add_paragraph(styled(headings.industries, "Heading2"))
        .add_table(simple_table(&data.industries.columns, &industries, &[3, 1]));
    if !data.industries.unserved.is_empty() {
        document = document.add_paragraph(paragraph(&data.industries.unserved));
    }

    let mut xml = document.build();
    let body = String::from_utf8_lossy(&xml.document).into_owned();
    xml.document = body
        .replace(HEADER_MARK, "<w:cantSplit /><w:tblHeader />")
        .into_bytes();
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|error| error.to_string())?;
    Ok(bytes.into_inner())
}
