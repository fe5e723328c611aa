//! The programme document as Word (.docx), for the teaching office to finish in Word, WPS or
//! LibreOffice: a table of contents Word fills in on opening, real headings (the navigation
//! pane lists them) kept with the text after them, body text indented two characters, real
//! tables whose header rows repeat on each page, the schedule on landscape pages.

use super::data::{CourseGroup, ProgrammeData, Schedule, ScheduleRow};
use super::own_text::TitledText;
use super::training::TrainingData;
use crate::catalogue::{Language, Text};
use crate::export::word::{
    Alignment, BODY, Block, CONTENTS_1, CONTENTS_2, CONTENTS_HEADING, Cell, Fonts, HEADING_1,
    HEADING_2, Inline, Paragraph, Row, Run, Section, TITLE, Table, VerticalMerge, WordDocument,
    footer_relationship,
};

const HEADER_FILL: &str = "E1E1E1";

/// The plan's title and "第 N 页 / 共 M 页" at the foot of every page, as in the PDF.
fn footer(data: &ProgrammeData) -> Paragraph {
    let [before, between, after] = &data.page_pattern;
    let text = |text: String| {
        Inline::Run(Run {
            text,
            ..Run::default()
        })
    };
    Paragraph {
        inlines: vec![
            text(format!("{}    {before}", data.title)),
            Inline::Field {
                instruction: "PAGE".into(),
                shown: "1".into(),
                size: None,
            },
            text(between.clone()),
            Inline::Field {
                instruction: "NUMPAGES".into(),
                shown: "1".into(),
                size: None,
            },
            text(after.clone()),
        ],
        ..Paragraph::default()
    }
}

fn heading(text: &str, style: &str) -> Paragraph {
    Paragraph::text(text).styled(style)
}

/// Body paragraphs from a text with line breaks; the not-stated words for an empty one.
fn body(blocks: &mut Vec<Block>, text: &str, not_stated: &str) {
    if text.trim().is_empty() {
        blocks.push(Paragraph::text(not_stated).styled(BODY).into());
        return;
    }
    blocks.extend(
        text.split('\n')
            .map(|part| Paragraph::text(part).styled(BODY).into()),
    );
}

fn cell(text: &str) -> Cell {
    Cell::new(Paragraph::text(text))
}

fn centred_cell(text: &str) -> Cell {
    Cell::new(Paragraph::text(text).aligned(Alignment::Centre))
}

fn header_cell(text: &str) -> Cell {
    Cell::new(Paragraph::bold(text).aligned(Alignment::Centre)).shaded(HEADER_FILL)
}

/// Column widths in proportion to `weights`, filling `total`: Word and LibreOffice lay a table
/// out by its grid, and without one they squeeze the columns.
fn grid(weights: &[usize], total: u32) -> Vec<u32> {
    let sum = weights.iter().sum::<usize>().max(1);
    weights
        .iter()
        .map(|weight| u32::try_from(weight * total as usize / sum).unwrap_or(total))
        .collect()
}

/// A table with one header row and plain text rows, its columns as wide as `weights` say
/// (the last weight stands for any further columns).
fn simple_table<S: AsRef<str>>(header: &[S], rows: &[Vec<String>], weights: &[usize]) -> Table {
    let weights: Vec<usize> = (0..header.len())
        .map(|index| weights.get(index).or(weights.last()).copied().unwrap_or(1))
        .collect();
    let mut table_rows = vec![Row {
        header: true,
        cells: header
            .iter()
            .map(|text| header_cell(text.as_ref()))
            .collect(),
    }];
    table_rows.extend(rows.iter().map(|row| Row {
        header: false,
        cells: row.iter().map(|text| cell(text)).collect(),
    }));
    Table {
        widths: grid(&weights, Section::default().text_width()),
        rows: table_rows,
    }
}

/// The cells whose column is shown: a short course's schedule has no category and no
/// 课程性质 column, and none for credits when it counts none. The first five cells of every
/// row stand for those five columns.
fn shown_cells(schedule: &Schedule, cells: Vec<Cell>) -> Vec<Cell> {
    let shown = [
        schedule.by_category,
        true,
        true,
        schedule.by_category,
        schedule.counts_credits,
    ];
    cells
        .into_iter()
        .enumerate()
        .filter(|(index, _)| shown.get(*index).copied().unwrap_or(true))
        .map(|(_, cell)| cell)
        .collect()
}

fn schedule_row(schedule: &Schedule, row: &ScheduleRow, category: Cell) -> Row {
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
    Row {
        header: false,
        cells: shown_cells(schedule, cells),
    }
}

fn schedule_table(data: &ProgrammeData) -> Table {
    let schedule = &data.schedule;
    let columns = &schedule.columns;
    let terms = schedule.terms.len().max(1);
    let start = |text: &str| header_cell(text).merged(VerticalMerge::Start);
    let below = || header_cell("").merged(VerticalMerge::Continue);
    // The hours' three columns are one cell of the first row: it stands for its first column.
    let mut first = shown_cells(
        schedule,
        vec![
            start(columns.category),
            start(columns.code),
            start(columns.name),
            start(columns.kind),
            start(columns.credits),
            header_cell(columns.hours).spanning(3),
            start(columns.assessment),
        ],
    );
    first.push(header_cell(columns.weekly).spanning(terms));
    let mut second = vec![
        below(),
        below(),
        below(),
        below(),
        below(),
        header_cell(columns.total),
        header_cell(columns.theory),
        header_cell(columns.practice),
        below(),
    ];
    if schedule.terms.is_empty() {
        second.push(header_cell(""));
    }
    second.extend(
        schedule
            .terms
            .iter()
            .map(|term| header_cell(&format!("{} ({})", term.name, term.weeks))),
    );
    let mut rows = vec![
        Row {
            header: true,
            cells: first,
        },
        Row {
            header: true,
            cells: shown_cells(schedule, second),
        },
    ];
    for group in &schedule.groups {
        for (index, row) in group.rows.iter().enumerate() {
            let category = if index == 0 {
                cell(group.category).merged(VerticalMerge::Start)
            } else {
                cell("").merged(VerticalMerge::Continue)
            };
            rows.push(schedule_row(schedule, row, category));
        }
        if schedule.by_category {
            rows.push(schedule_row(
                schedule,
                &group.subtotal,
                cell("").merged(VerticalMerge::Continue),
            ));
        }
    }
    rows.push(schedule_row(schedule, &schedule.total, cell("")));
    if let Some(credits) = &schedule.term_credits {
        rows.push(schedule_row(schedule, credits, cell("")));
    }
    let mut weights: Vec<usize> = [10, 9, 28, 8, 7]
        .into_iter()
        .zip([
            schedule.by_category,
            true,
            true,
            schedule.by_category,
            schedule.counts_credits,
        ])
        .filter(|(_, shown)| *shown)
        .map(|(weight, _)| weight)
        .collect();
    weights.extend([7, 7, 7, 8]);
    weights.extend(std::iter::repeat_n(9, terms));
    let landscape = Section {
        landscape: true,
        footer: None,
    };
    Table {
        widths: grid(&weights, landscape.text_width()),
        rows,
    }
}

/// Ends the section the last block belongs to (a paragraph is added if it is a table).
fn end_section(blocks: &mut Vec<Block>, landscape: bool) {
    let section = Section {
        landscape,
        footer: Some(footer_relationship()),
    };
    if let Some(Block::Paragraph(last)) = blocks.last_mut()
        && last.section.is_none()
    {
        last.section = Some(section);
        return;
    }
    blocks.push(
        Paragraph {
            section: Some(section),
            ..Paragraph::default()
        }
        .into(),
    );
}

/// The table of contents: a TOC field over the headings, its entries written out (without
/// page numbers) so that readers that do not update fields still show them.
fn contents(data: &ProgrammeData, blocks: &[Block]) -> Vec<Block> {
    let entries: Vec<(&str, &str)> = blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(paragraph) => match paragraph.style.as_deref() {
                Some(HEADING_1) => Some(CONTENTS_1),
                Some(HEADING_2) => Some(CONTENTS_2),
                _ => None,
            }
            .zip(paragraph.inlines.first()),
            Block::Table(_) => None,
        })
        .filter_map(|(style, inline)| match inline {
            Inline::Run(run) => Some((style, run.text.as_str())),
            _ => None,
        })
        .collect();
    let mut out: Vec<Block> = vec![
        heading(data.headings.contents, CONTENTS_HEADING)
            .on_new_page()
            .into(),
    ];
    let start = Inline::FieldStart {
        instruction: "TOC \\o \"1-2\" \\h \\z \\u".into(),
        dirty: true,
    };
    let count = entries.len();
    for (index, (style, text)) in entries.into_iter().enumerate() {
        let mut inlines = Vec::new();
        if index == 0 {
            inlines.push(start.clone());
        }
        inlines.push(Inline::Run(Run {
            text: text.to_owned(),
            ..Run::default()
        }));
        if index + 1 == count {
            inlines.push(Inline::FieldEnd);
        }
        out.push(
            Paragraph {
                style: Some(style.to_owned()),
                inlines,
                ..Paragraph::default()
            }
            .into(),
        );
    }
    out
}

/// The approval page: a row per body, room for its opinion, then signature and date.
fn approval(data: &ProgrammeData) -> Vec<Block> {
    let Some(approval) = &data.approval else {
        return Vec::new();
    };
    let opinion_room = "\n".repeat(7);
    let rows = approval
        .bodies
        .iter()
        .map(|body| Row {
            header: false,
            cells: vec![
                centred_cell(body),
                cell(&format!("{opinion_room}{}", approval.signature)),
            ],
        })
        .collect();
    let widths = grid(&[1, 3], Section::default().text_width());
    vec![
        heading(approval.heading, CONTENTS_HEADING)
            .on_new_page()
            .into(),
        Table { widths, rows }.into(),
    ]
}

/// 变更审批表: the plan's major and intake, room for the change and its reason, and each
/// body's opinion with signature and date.
fn change_form(data: &ProgrammeData, blocks: &mut Vec<Block>) {
    let Some(form) = &data.change_form else {
        return;
    };
    let room = "\n".repeat(5);
    let mut rows: Vec<Row> = form
        .facts
        .iter()
        .map(|[label, value]| Row {
            header: false,
            cells: vec![centred_cell(label), cell(value)],
        })
        .collect();
    rows.extend(form.rooms.iter().map(|label| Row {
        header: false,
        cells: vec![centred_cell(label), cell(&room)],
    }));
    rows.extend(form.opinions.iter().map(|label| Row {
        header: false,
        cells: vec![
            centred_cell(label),
            cell(&format!("{}{}", "\n".repeat(3), form.signature)),
        ],
    }));
    blocks.push(heading(form.heading, HEADING_2).on_new_page().into());
    blocks.push(
        Table {
            widths: grid(&[1, 3], Section::default().text_width()),
            rows,
        }
        .into(),
    );
}

/// The institution, the title and the cover's lines ("二级学院：经济管理学院"); an empty
/// value is a line to write on.
fn cover(data: &ProgrammeData, language: Language) -> Vec<Block> {
    // Blank lines place the institution a third down the page and the fields below the title.
    let space = |lines: usize| Paragraph::text("\n".repeat(lines)).into();
    let mut blocks: Vec<Block> = vec![
        space(4),
        Paragraph {
            inlines: vec![Inline::Run(Run {
                text: data.institution.clone(),
                bold: false,
                size: Some(32),
            })],
            ..Paragraph::default()
        }
        .aligned(Alignment::Centre)
        .into(),
    ];
    // The title usually says what the document is; otherwise the kind goes above it.
    if !data.title.contains(data.cover.kind) {
        blocks.push(heading(data.cover.kind, TITLE).into());
    }
    blocks.push(heading(&data.title, TITLE).into());
    blocks.push(space(9));
    blocks.extend(data.cover.fields.iter().map(|[label, value]| {
        let value = if value.is_empty() {
            "_".repeat(24)
        } else {
            value.clone()
        };
        Paragraph::text(language.fill(Text::CoverFieldLine, &[label, &value]))
            .aligned(Alignment::Centre)
            .into()
    }));
    blocks
}

/// The 职业面向 table: the major's group and class once, spanning the occupations' rows.
fn occupations_table(data: &ProgrammeData) -> Table {
    let mut table = simple_table(&data.occupation_columns, &[], &[1]);
    table
        .rows
        .extend(data.occupations.iter().enumerate().map(|(index, row)| {
            let merge = if index == 0 {
                VerticalMerge::Start
            } else {
                VerticalMerge::Continue
            };
            let cells = row
                .iter()
                .enumerate()
                .map(|(column, text)| match column {
                    0 | 1 if index > 0 => cell("").merged(merge),
                    0 | 1 => cell(text).merged(merge),
                    _ => cell(text),
                })
                .collect();
            Row {
                header: false,
                cells,
            }
        }));
    table
}

/// A category's courses: the core courses as a table of 课程目标 / 主要内容 / 教学要求, the
/// others one after another with their facts and content.
fn course_group(data: &ProgrammeData, group: &CourseGroup, blocks: &mut Vec<Block>) {
    let not_stated = data.not_stated;
    if group.table {
        let or_not_stated = |text: &str| {
            if text.is_empty() {
                not_stated.to_owned()
            } else {
                text.to_owned()
            }
        };
        let rows: Vec<Vec<String>> = group
            .courses
            .iter()
            .map(|course| {
                vec![
                    format!("{} {}\n{}", course.code, course.name, course.facts),
                    or_not_stated(&course.objectives),
                    or_not_stated(&course.description),
                    or_not_stated(&course.requirements),
                ]
            })
            .collect();
        blocks.push(simple_table(&data.headings.core_columns, &rows, &[3, 4, 5, 4]).into());
        return;
    }
    for course in &group.courses {
        blocks.push(
            Paragraph::bold(format!("{}  {}", course.code, course.name))
                .kept_with_next()
                .into(),
        );
        blocks.push(Paragraph::text(&course.facts).kept_with_next().into());
        body(blocks, &course.description, not_stated);
    }
}

/// Sections one to five, up to the schedule.
fn front_matter(data: &ProgrammeData, language: Language, blocks: &mut Vec<Block>) {
    let headings = &data.headings;
    let not_stated = data.not_stated;
    blocks.push(heading(headings.major, HEADING_1).on_new_page().into());
    blocks.push(
        simple_table(
            &[headings.major_name, headings.major_code],
            &[vec![data.major.clone(), data.major_code.clone()]],
            &[3, 1],
        )
        .into(),
    );
    blocks.push(heading(headings.entry, HEADING_1).into());
    body(blocks, &data.entry_requirement, not_stated);
    blocks.push(heading(headings.length, HEADING_1).into());
    body(blocks, &data.length_of_study, not_stated);
    blocks.push(heading(headings.occupations, HEADING_1).into());
    if data.occupations.is_empty() {
        body(blocks, "", not_stated);
    } else {
        blocks.push(occupations_table(data).into());
    }
    blocks.push(heading(headings.objective_section, HEADING_1).into());
    blocks.push(heading(headings.objective, HEADING_2).into());
    body(blocks, &data.objective, not_stated);
    blocks.push(heading(headings.specifications, HEADING_2).into());
    for list in &data.specifications {
        blocks.push(Paragraph::bold(list.heading).kept_with_next().into());
        for (index, item) in list.items.iter().enumerate() {
            let mut text = language.fill(Text::DocumentListItem, &[&(index + 1), &item.text]);
            if !item.skills.is_empty() {
                text = language.fill(Text::DocumentSkillsNote, &[&text, &item.skills]);
            }
            blocks.push(Paragraph::text(text).styled(BODY).into());
        }
    }
    blocks.push(heading(headings.courses, HEADING_1).into());
    for group in &data.courses {
        blocks.push(heading(group.category, HEADING_2).into());
        course_group(data, group, blocks);
    }
}

/// The schedule on landscape pages of their own section, under `headings` (the section's
/// and the table's, or a short course's table heading alone).
fn schedule(data: &ProgrammeData, headings: &[(&str, &str)], blocks: &mut Vec<Block>) {
    end_section(blocks, false);
    for (text, style) in headings {
        blocks.push(heading(text, style).into());
    }
    blocks.push(schedule_table(data).into());
    blocks.extend(
        data.schedule
            .group_lines
            .iter()
            .map(|line| Paragraph::text(line).into()),
    );
    blocks.push(Paragraph::text(data.schedule.note).into());
    end_section(blocks, true);
}

/// The week plan, hours, rules, guarantees and graduation requirements.
fn back_matter(data: &ProgrammeData, blocks: &mut Vec<Block>) {
    let headings = &data.headings;
    if let Some(weeks) = &data.schedule.weeks {
        let mut rows = weeks.rows.clone();
        rows.push(weeks.total.clone());
        blocks.push(heading(headings.weeks, HEADING_2).into());
        blocks.push(simple_table(&weeks.columns, &rows, &[3, 2]).into());
    }
    let hours: Vec<Vec<String>> = data
        .hours
        .rows
        .iter()
        .chain(std::iter::once(&data.hours.total))
        .map(|row| row.to_vec())
        .collect();
    blocks.push(heading(headings.hours, HEADING_2).into());
    blocks.push(simple_table(&data.hours.columns, &hours, &[3, 2, 2]).into());
    blocks.push(Paragraph::text(&data.hours.sentence).styled(BODY).into());
    rules(data, headings.rules, blocks);
    blocks.push(heading(headings.guarantees, HEADING_1).into());
    for item in &data.guarantees {
        blocks.push(heading(item.title, HEADING_2).into());
        body(blocks, &item.text, data.not_stated);
    }
    blocks.push(heading(headings.graduation, HEADING_1).into());
    blocks.extend(
        data.graduation_requirements
            .iter()
            .enumerate()
            .map(|(index, item)| {
                Paragraph::text(format!("{}. {item}", index + 1))
                    .styled(BODY)
                    .into()
            }),
    );
}

/// The checks against the plan's rule book, which the sentence above the table names.
fn rules(data: &ProgrammeData, title: &str, blocks: &mut Vec<Block>) {
    blocks.push(heading(title, HEADING_2).into());
    blocks.push(Paragraph::text(&data.rule_book).kept_with_next().into());
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
    blocks.push(simple_table(&data.rule_columns, &rules, &[4, 3, 4, 1]).into());
}

/// A short course's document from its training sections (培训目标 … 组织与经费), the
/// modules in teaching order, the hours by phase and the delivery, each part present.
fn training_matter(data: &ProgrammeData, training: &TrainingData, blocks: &mut Vec<Block>) {
    let titled = |items: &[TitledText], style: &str, blocks: &mut Vec<Block>| {
        for (index, item) in items.iter().enumerate() {
            let paragraph = heading(item.title, style);
            blocks.push(
                if index == 0 && style == HEADING_1 && blocks.is_empty() {
                    paragraph.on_new_page()
                } else {
                    paragraph
                }
                .into(),
            );
            body(blocks, &item.text, data.not_stated);
        }
    };
    titled(&training.before, HEADING_1, blocks);
    blocks.push(heading(training.content, HEADING_1).into());
    blocks.push(heading(training.modules, HEADING_2).into());
    for group in &data.courses {
        course_group(data, group, blocks);
    }
    schedule(data, &[(training.schedule, HEADING_2)], blocks);
    rules(data, training.rules, blocks);
    titled(&training.after, HEADING_1, blocks);
    blocks.push(heading(training.delivery, HEADING_1).into());
    titled(&training.delivery_parts, HEADING_2, blocks);
}

/// The appendix (under `title`): skills matrix, survey alignment, industries and, for a
/// diploma or degree, the change request form.
fn appendix(data: &ProgrammeData, title: &str, blocks: &mut Vec<Block>) {
    let headings = &data.headings;
    blocks.push(heading(title, HEADING_1).into());
    blocks.push(heading(headings.matrix, HEADING_2).into());
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
    blocks.push(simple_table(&matrix_header, &matrix, &[2, 5, 2]).into());
    blocks.push(Paragraph::text(data.matrix.note).into());
    blocks.push(heading(headings.alignment, HEADING_2).into());
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
        blocks.push(Paragraph::text(&alignment.score).styled(BODY).into());
        blocks.push(Paragraph::text(&alignment.formula).styled(BODY).into());
        blocks.push(
            simple_table(
                &["", alignment.demand_label, alignment.effort_label],
                &skills,
                &[2, 1],
            )
            .into(),
        );
        blocks.push(Paragraph::text(&alignment.survey).styled(BODY).into());
    } else {
        blocks.push(Paragraph::text(alignment.absent).styled(BODY).into());
    }
    let industries: Vec<Vec<String>> = data
        .industries
        .rows
        .iter()
        .map(|row| row.to_vec())
        .collect();
    blocks.push(heading(headings.industries, HEADING_2).into());
    blocks.push(simple_table(&data.industries.columns, &industries, &[3, 1]).into());
    if !data.industries.unserved.is_empty() {
        blocks.push(
            Paragraph::text(&data.industries.unserved)
                .styled(BODY)
                .into(),
        );
    }
}

/// The .docx file's bytes.
pub fn word_bytes(data: &ProgrammeData, language: Language) -> Result<Vec<u8>, String> {
    let mut main = Vec::new();
    if let Some(training) = &data.training {
        training_matter(data, training, &mut main);
        appendix(data, training.appendix, &mut main);
    } else {
        front_matter(data, language, &mut main);
        let headings = &data.headings;
        schedule(
            data,
            &[
                (headings.schedule_section, HEADING_1),
                (headings.schedule, HEADING_2),
            ],
            &mut main,
        );
        back_matter(data, &mut main);
        appendix(data, headings.appendix, &mut main);
    }
    change_form(data, &mut main);
    let mut blocks = cover(data, language);
    blocks.extend(approval(data));
    blocks.extend(contents(data, &main));
    blocks.extend(main);
    WordDocument {
        title: data.title.clone(),
        language_tag: match language {
            Language::Chinese => "zh-CN",
            Language::English => "en-GB",
        },
        fonts: Fonts {
            latin_language: match language {
                Language::Chinese => "en-US",
                Language::English => "en-GB",
            },
        },
        blocks,
        landscape_at_end: false,
        footer: footer(data),
    }
    .bytes()
}
