//! The programme document as Word (.docx), for the teaching office to finish in Word, WPS or
//! LibreOffice: a table of contents Word fills in on opening, real headings (the navigation
//! pane lists them) kept with the text after them, body text indented two characters, real
//! tables whose header rows repeat on each page, the schedule on landscape pages.

use super::data::{ProgrammeData, ScheduleRow};
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

fn schedule_row(row: &ScheduleRow, category: Cell) -> Row {
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
        cells,
    }
}

fn schedule_table(data: &ProgrammeData) -> Table {
    let schedule = &data.schedule;
    let columns = &schedule.columns;
    let terms = schedule.terms.len().max(1);
    let start = |text: &str| header_cell(text).merged(VerticalMerge::Start);
    let below = || header_cell("").merged(VerticalMerge::Continue);
    let first = Row {
        header: true,
        cells: vec![
            start(columns.category),
            start(columns.code),
            start(columns.name),
            start(columns.kind),
            start(columns.credits),
            header_cell(columns.hours).spanning(3),
            start(columns.assessment),
            header_cell(columns.weekly).spanning(terms),
        ],
    };
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
        first,
        Row {
            header: true,
            cells: second,
        },
    ];
    for group in &schedule.groups {
        for (index, row) in group.rows.iter().enumerate() {
            let category = if index == 0 {
                cell(group.category).merged(VerticalMerge::Start)
            } else {
                cell("").merged(VerticalMerge::Continue)
            };
            rows.push(schedule_row(row, category));
        }
        rows.push(schedule_row(
            &group.subtotal,
            cell("").merged(VerticalMerge::Continue),
        ));
    }
    rows.push(schedule_row(&schedule.total, cell("")));
    if let Some(credits) = &schedule.term_credits {
        rows.push(schedule_row(credits, cell("")));
    }
    let mut weights = vec![10, 9, 28, 8, 7, 7, 7, 7, 8];
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
    let approval = &data.approval;
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

fn cover(data: &ProgrammeData) -> Vec<Block> {
    let mut blocks: Vec<Block> = vec![
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
    blocks.extend(
        data.cover
            .lines
            .iter()
            .map(|line| Paragraph::text(line).aligned(Alignment::Centre).into()),
    );
    blocks
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
    let occupations: Vec<Vec<String>> = data.occupations.iter().map(|row| row.to_vec()).collect();
    blocks.push(simple_table(&data.occupation_columns, &occupations, &[1]).into());
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
}

/// The schedule on landscape pages of their own section.
fn schedule(data: &ProgrammeData, blocks: &mut Vec<Block>) {
    end_section(blocks, false);
    blocks.push(heading(data.headings.schedule_section, HEADING_1).into());
    blocks.push(heading(data.headings.schedule, HEADING_2).into());
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
    blocks.push(heading(headings.rules, HEADING_2).into());
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

/// The appendix: skills matrix, survey alignment, industries.
fn appendix(data: &ProgrammeData, blocks: &mut Vec<Block>) {
    let headings = &data.headings;
    blocks.push(heading(headings.appendix, HEADING_1).into());
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
    front_matter(data, language, &mut main);
    schedule(data, &mut main);
    back_matter(data, &mut main);
    appendix(data, &mut main);
    let mut blocks = cover(data);
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
