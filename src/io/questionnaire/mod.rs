//! Employer questionnaires as exported by Wenjuanxing (问卷星), Google Forms and Microsoft
//! Forms — CSV (UTF-8, BOM, GBK) or a workbook — counted per question and option, pooled
//! across files, and turned into a survey by matching options to skills (`skills.rs`).
//!
//! A file is read whole or refused whole: a row the parser cannot read (a broken quote)
//! refuses the file with that row's number; a row with more answers than the header has
//! columns is left out and listed.

mod cells;
mod columns;
mod skills;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::catalogue::{Language, Text};

pub use skills::{SkillMatch, best_question, match_options, survey_from};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Single,
    Multiple,
    Text,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OptionCount {
    pub label: String,
    pub count: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    pub title: String,
    pub kind: QuestionKind,
    pub options: Vec<OptionCount>,
}

/// A row left out, with its number as a spreadsheet shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct SkippedRow {
    pub path: PathBuf,
    pub row: usize,
    pub cells: usize,
    pub columns: usize,
}

/// The answers of one or more files, counted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Questionnaire {
    pub respondents: usize,
    pub questions: Vec<Question>,
    pub skipped: Vec<SkippedRow>,
}

impl Questionnaire {
    /// The share of respondents who chose an option (blank answers count as not chosen).
    pub fn share(&self, count: usize) -> f64 {
        if self.respondents == 0 {
            0.0
        } else {
            count as f64 / self.respondents as f64
        }
    }

    /// Adds another wave or county: the same questions (by title) add their counts.
    pub fn pool(mut self, other: Questionnaire) -> Questionnaire {
        self.respondents += other.respondents;
        self.skipped.extend(other.skipped);
        for question in other.questions {
            let known = self
                .questions
                .iter_mut()
                .find(|known| same_title(&known.title, &question.title));
            match known {
                Some(known) => {
                    if question.kind == QuestionKind::Multiple {
                        known.kind = QuestionKind::Multiple;
                    }
                    for option in question.options {
                        match known
                            .options
                            .iter_mut()
                            .find(|known| known.label == option.label)
                        {
                            Some(known) => known.count += option.count,
                            None => known.options.push(option),
                        }
                    }
                }
                None => self.questions.push(question),
            }
        }
        self
    }
}

/// Titles that differ only in spaces and marks (a full-width colon, say) are one question.
fn same_title(first: &str, second: &str) -> bool {
    let key = |text: &str| -> String { text.chars().filter(|c| c.is_alphanumeric()).collect() };
    key(first) == key(second)
}

#[derive(Debug)]
pub enum QuestionnaireProblem {
    Load(Box<crate::io::LoadError>),
    Unreadable(String),
    NoAnswers,
}

/// A file that cannot be imported, and where.
#[derive(Debug)]
pub struct QuestionnaireError {
    pub path: PathBuf,
    pub row: Option<usize>,
    pub problem: QuestionnaireProblem,
}

impl QuestionnaireError {
    pub fn message(&self, language: Language) -> String {
        let place = match self.row {
            Some(row) => format!("{}:{row}", self.path.display()),
            None => self.path.display().to_string(),
        };
        match &self.problem {
            QuestionnaireProblem::Load(error) => error.message(language),
            QuestionnaireProblem::Unreadable(reason) => {
                language.fill(Text::QuestionnaireUnreadable, &[&place, reason])
            }
            QuestionnaireProblem::NoAnswers => {
                language.fill(Text::QuestionnaireNoAnswers, &[&place])
            }
        }
    }
}

impl std::fmt::Display for QuestionnaireError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message(Language::English))
    }
}

impl std::error::Error for QuestionnaireError {}

impl super::error::Localised for QuestionnaireError {
    fn message(&self, language: Language) -> String {
        QuestionnaireError::message(self, language)
    }
}

/// Reads one export: the first row with two or more cells is the header, each later row a
/// respondent; empty rows are not respondents.
pub fn read_questionnaire(path: &Path) -> Result<Questionnaire, QuestionnaireError> {
    let rows = cells::rows_of(path)?;
    let header_at = rows
        .iter()
        .position(|row| row.cells.iter().filter(|cell| !cell.is_empty()).count() >= 2)
        .ok_or_else(|| QuestionnaireError {
            path: path.to_owned(),
            row: None,
            problem: QuestionnaireProblem::NoAnswers,
        })?;
    let header = &rows[header_at].cells;
    let mut skipped = Vec::new();
    let answers: Vec<&cells::Row> = rows[header_at + 1..]
        .iter()
        .filter(|row| row.cells.iter().any(|cell| !cell.is_empty()))
        .filter(|row| {
            let used = row
                .cells
                .iter()
                .rposition(|cell| !cell.is_empty())
                .map_or(0, |last| last + 1);
            let fits = used <= header.len();
            if !fits {
                skipped.push(SkippedRow {
                    path: path.to_owned(),
                    row: row.number,
                    cells: used,
                    columns: header.len(),
                });
            }
            fits
        })
        .collect();
    if answers.is_empty() {
        return Err(QuestionnaireError {
            path: path.to_owned(),
            row: None,
            problem: QuestionnaireProblem::NoAnswers,
        });
    }
    Ok(Questionnaire {
        respondents: answers.len(),
        questions: columns::questions_of(header, &answers),
        skipped,
    })
}

/// Reads and pools several exports; the first file that cannot be read refuses them all.
pub fn read_questionnaires(paths: &[PathBuf]) -> Result<Questionnaire, QuestionnaireError> {
    let mut pooled: Option<Questionnaire> = None;
    for path in paths {
        let questionnaire = read_questionnaire(path)?;
        pooled = Some(match pooled {
            Some(pooled) => pooled.pool(questionnaire),
            None => questionnaire,
        });
    }
    pooled.ok_or_else(|| QuestionnaireError {
        path: PathBuf::new(),
        row: None,
        problem: QuestionnaireProblem::NoAnswers,
    })
}
