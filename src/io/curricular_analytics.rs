//! CurricularAnalytics CSV: the curriculum and degree-plan files of the Curricular Analytics
//! platform and toolbox. Keyword rows (`Curriculum`, `Degree Plan`, `Institution`, `Degree
//! Type`, `System Type`, `CIP`), then `Courses`, a header row and one course a row; a degree
//! plan adds a `Term` column and may add an `Additional Courses` section.
//!
//! Imported courses become modules with no skills; hours are credits × 16 (the low end of
//! the 16–18 hours per credit Chinese plans count), all theory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::catalogue::{Language, Text};
use crate::model::{
    Calendar, Category, Delivery, Module, ModuleId, Names, Partner, Placement, PlacementTime, Plan,
    ProgrammeKind, RulesProfile, Term, TermSystem, WeekCalendar, validate::requisite_cycles,
};

use super::versions::CURRENT_FORMAT_VERSION;
use crate::catalogue::echo::{shortened, shortened_list};

/// Hours an imported credit stands for.
const HOURS_PER_CREDIT: f64 = 16.0;

/// More terms than any programme has (a 4-year degree in quarters has 16; a part-time one
/// might double that). A larger term number is an error in the file, and refusing it keeps the
/// import from allocating by a number it read.
pub const MAX_TERMS: usize = 64;

/// A CSV that cannot be imported, with the file's row number (1-based, as a spreadsheet shows).
#[derive(Debug)]
pub struct CsvError {
    pub path: PathBuf,
    pub row: usize,
    pub problem: CsvProblem,
}

/// What is wrong at a row; file text in it is already cut to `MAX_ECHOED_CHARACTERS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    Unreadable(String),
    MissingColumn(&'static str),
    NoCoursesSection,
    NoCourseId,
    CreditsNotANumber { course: String, credits: String },
    TermOutOfRange { course: String, term: String },
    CourseTwice { course: String, first_row: usize },
    UnknownRequisite { course: String, requisite: String },
    Cycle(String),
}

impl CsvError {
    pub fn message(&self, language: Language) -> String {
        use CsvProblem::*;
        let fill = |text, values: &[&dyn std::fmt::Display]| language.fill(text, values);
        let what = match &self.problem {
            Unreadable(reason) => fill(Text::CsvUnreadable, &[reason]),
            MissingColumn(column) => fill(Text::CsvMissingColumn, &[column]),
            NoCoursesSection => language.text(Text::CsvNoCourses).to_owned(),
            NoCourseId => language.text(Text::CsvNoCourseId).to_owned(),
            CreditsNotANumber { course, credits } => {
                fill(Text::CsvCreditsNotANumber, &[course, credits])
            }
            TermOutOfRange { course, term } => {
                fill(Text::CsvTermOutOfRange, &[course, term, &MAX_TERMS])
            }
            CourseTwice { course, first_row } => fill(Text::CsvCourseTwice, &[course, first_row]),
            UnknownRequisite { course, requisite } => {
                fill(Text::CsvUnknownRequisite, &[course, requisite])
            }
            Cycle(courses) => fill(Text::CsvCycle, &[courses]),
        };
        format!("{}:{}: {what}", self.path.display(), self.row)
    }
}

impl std::fmt::Display for CsvError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for CsvError {}

impl super::error::Localised for CsvError {
    fn message(&self, language: Language) -> String {
        CsvError::message(self, language)
    }
}

/// The course columns of the format, in its order.
pub const COLUMNS: [&str; 10] = [
    "Course ID",
    "Course Name",
    "Prefix",
    "Number",
    "Prerequisites",
    "Corequisites",
    "Strict-Corequisites",
    "Credit Hours",
    "Institution",
    "Canonical Name",
];

/// The courses as read, before requisites are resolved: each module with its row and term
/// index side by side, so that each module is held once (a row type moved into the plan's
/// list afterwards held every module twice at the peak).
#[derive(Default)]
struct Courses {
    modules: Vec<Module>,
    rows: Vec<usize>,
    terms: Vec<Option<u8>>,
}

/// Reads a curriculum or degree-plan CSV as a plan. `text` is the decoded file.
pub fn parse_curricular_analytics(path: &Path, text: &str) -> Result<Plan, CsvError> {
    let error = |row: usize, problem: CsvProblem| CsvError {
        path: path.to_owned(),
        row,
        problem,
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator_of(text))
        .from_reader(text.as_bytes());
    let mut keywords: HashMap<String, String> = HashMap::new();
    let mut header: Option<HashMap<String, usize>> = None;
    let mut expecting_header = false;
    let mut courses = Courses::default();
    let mut last_row = 0;
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = record.map_err(|problem| {
            let row = problem
                .position()
                .map_or(last_row + 1, |at| lines.line_at(at.byte()));
            error(row, CsvProblem::Unreadable(shortened(&problem.to_string())))
        })?;
        let row = record
            .position()
            .map_or(last_row + 1, |at| lines.line_at(at.byte()));
        last_row = row;
        let cell = |index: usize| record.get(index).unwrap_or("").trim();
        if record.iter().all(|value| value.trim().is_empty()) {
            continue;
        }
        if expecting_header {
            let columns: HashMap<String, usize> = record
                .iter()
                .enumerate()
                .map(|(index, name)| (name.trim().to_owned(), index))
                .collect();
            for required in ["Course ID", "Course Name", "Credit Hours"] {
                if !columns.contains_key(required) {
                    return Err(error(row, CsvProblem::MissingColumn(required)));
                }
            }
            header = Some(columns);
            expecting_header = false;
            continue;
        }
        match cell(0) {
            "Courses" | "Additional Courses" => {
                expecting_header = true;
                continue;
            }
            _ => {}
        }
        let Some(columns) = &header else {
            keywords.insert(cell(0).to_owned(), cell(1).to_owned());
            continue;
        };
        // Format files describe each column's type in the row after the header.
        if cell(0).starts_with("Integer") {
            continue;
        }
        let (module, term) =
            read_course(&record, columns).map_err(|problem| error(row, problem))?;
        courses.modules.push(module);
        courses.rows.push(row);
        courses.terms.push(term);
    }
    if header.is_none() {
        return Err(error(last_row.max(1), CsvProblem::NoCoursesSection));
    }
    build_plan(path, keywords, courses)
}

/// Each Course ID once, every requisite a course of the file, no cycle; the row at fault.
fn check_references(modules: &[Module], row_of: &[usize]) -> Result<(), (usize, CsvProblem)> {
    let mut rows: HashMap<&ModuleId, usize> = HashMap::with_capacity(modules.len());
    for (module, &row) in modules.iter().zip(row_of) {
        if let Some(first) = rows.insert(&module.id, row) {
            return Err((
                row,
                CsvProblem::CourseTwice {
                    course: shortened(module.id.as_str()),
                    first_row: first,
                },
            ));
        }
    }
    for (module, &row) in modules.iter().zip(row_of) {
        if let Some(unknown) = module
            .requisites()
            .find(|requisite| !rows.contains_key(requisite))
        {
            return Err((
                row,
                CsvProblem::UnknownRequisite {
                    course: shortened(module.id.as_str()),
                    requisite: shortened(unknown.as_str()),
                },
            ));
        }
    }
    if let Some(cycle) = requisite_cycles(modules).into_iter().next() {
        let row = cycle
            .first()
            .and_then(|id| rows.get(id))
            .copied()
            .unwrap_or(1);
        return Err((
            row,
            CsvProblem::Cycle(shortened_list(cycle.iter().map(ModuleId::as_str), " → ")),
        ));
    }
    Ok(())
}

/// The separator of the file's first line: spreadsheets in Chinese and European locales
/// save "CSV" with `;`, and some exports use tabs.
fn separator_of(text: &str) -> u8 {
    let first = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    let count = |separator: char| first.matches(separator).count();
    [b';', b'\t']
        .into_iter()
        .find(|&separator| count(separator as char) > count(','))
        .unwrap_or(b',')
}

/// Line numbers of byte positions that come in increasing order (records as the reader
/// meets them): each call counts only the line breaks since the last one, so a file is
/// counted once in all, not once per row.
struct LineCounter<'a> {
    bytes: &'a [u8],
    /// A position already counted, and the line it is on.
    position: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            bytes: text.as_bytes(),
            position: 0,
            line: 1,
        }
    }

    /// The 1-based line where a record starting at `byte` begins. With CRLF files the
    /// reader reports the start of a record at the `\n` of the line before, so line breaks
    /// are skipped.
    fn line_at(&mut self, byte: u64) -> usize {
        let bytes = self.bytes;
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.position {
            // Never happens with the reader's order; count from the start to stay right.
            self.position = 0;
            self.line = 1;
        }
        self.line += bytes[self.position..start]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count();
        self.position = start;
        self.line
    }
}

/// The module a course row describes, and the index of its term if it has one.
fn read_course(
    record: &csv::StringRecord,
    columns: &HashMap<String, usize>,
) -> Result<(Module, Option<u8>), CsvProblem> {
    let value = |name: &str| {
        columns
            .get(name)
            .and_then(|&index| record.get(index))
            .unwrap_or("")
            .trim()
    };
    let id = value("Course ID");
    if id.is_empty() {
        return Err(CsvProblem::NoCourseId);
    }
    let credits_text = value("Credit Hours");
    let credits: f64 = credits_text
        .parse()
        .ok()
        .filter(|credits: &f64| credits.is_finite() && *credits >= 0.0)
        .ok_or_else(|| CsvProblem::CreditsNotANumber {
            course: shortened(id),
            credits: shortened(credits_text),
        })?;
    let term = match value("Term") {
        "" => None,
        text => Some(
            text.parse::<usize>()
                .ok()
                .filter(|term| (1..=MAX_TERMS).contains(term))
                .and_then(|term| u8::try_from(term - 1).ok())
                .ok_or_else(|| CsvProblem::TermOutOfRange {
                    course: shortened(id),
                    term: shortened(text),
                })?,
        ),
    };
    let split = |text: &str| -> Vec<ModuleId> {
        let mut ids: Vec<ModuleId> = text
            .split([';', '.', ',', ':'])
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(ModuleId::from)
            .collect();
        // A filtered collect starts at four places; most courses list one or two.
        ids.shrink_to_fit();
        ids
    };
    let mut corequisites = split(value("Corequisites"));
    corequisites.extend(split(value("Strict-Corequisites")));
    let name = value("Course Name");
    let canonical = value("Canonical Name");
    let code = format!("{} {}", value("Prefix"), value("Number"))
        .trim()
        .to_owned();
    Ok((
        Module {
            id: id.into(),
            code: if code.is_empty() { id.to_owned() } else { code },
            name: Names::new(
                name,
                if canonical.is_empty() {
                    name
                } else {
                    canonical
                },
            ),
            credits,
            theory_hours: (credits * HOURS_PER_CREDIT).round() as u32,
            practice_hours: 0,
            category: Category::ProfessionalCore,
            delivery: Delivery::Classroom,
            partner: Partner::School,
            skills: Vec::new(),
            industries: Vec::new(),
            prerequisites: split(value("Prerequisites")),
            corequisites,
            assessment: None,
            description: Names::default(),
            objectives: Names::default(),
            requirements: Names::default(),
            tags: Vec::new(),
        },
        term,
    ))
}

fn build_plan(
    path: &Path,
    keywords: HashMap<String, String>,
    courses: Courses,
) -> Result<Plan, CsvError> {
    let error = |row: usize, problem: CsvProblem| CsvError {
        path: path.to_owned(),
        row,
        problem,
    };
    let Courses {
        mut modules,
        rows: row_of,
        terms: term_of,
    } = courses;
    // The list grew by doubling; give back the slack before the plan holds it for good.
    modules.shrink_to_fit();
    check_references(&modules, &row_of).map_err(|(row, problem)| error(row, problem))?;

    let term_count = term_of
        .iter()
        .flatten()
        .max()
        .map_or(0, |&last| usize::from(last) + 1);
    let keyword = |name: &str| keywords.get(name).cloned().unwrap_or_default();
    let term_system = if keyword("System Type").eq_ignore_ascii_case("quarter") {
        TermSystem::Quarter
    } else {
        TermSystem::Semester
    };
    let mut terms: Vec<Term> = (0..term_count)
        .map(|index| {
            Term::new(
                crate::catalogue::term_name(index + 1),
                Calendar::Weeks(WeekCalendar::usual(term_system, index)),
            )
        })
        .collect();
    for (module, term) in modules.iter().zip(&term_of) {
        if let Some(term) = term.and_then(|term| terms.get_mut(usize::from(term))) {
            // A CA file has no weekly hours: whole weekly hours over the term's teaching weeks.
            let weeks = term.teaching_weeks().unwrap_or(0);
            term.modules.push(Placement {
                module: module.id.clone(),
                time: PlacementTime::fitting(module.hours(), weeks),
            });
        }
    }
    let title = [keyword("Degree Plan"), keyword("Curriculum")]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    Ok(Plan {
        format_version: CURRENT_FORMAT_VERSION,
        title: Names::new(&title, &title),
        kind: ProgrammeKind::Undergraduate4Year,
        term_system,
        institution: Names::new(keyword("Institution"), keyword("Institution")),
        rules: RulesProfile::book(crate::model::NO_RULES_BOOK),
        target_industries: Vec::new(),
        terms,
        elective_groups: Vec::new(),
        survey: None,
        skills: Vec::new(),
        industries: Vec::new(),
        modules,
        document: Default::default(),
    })
}
