//! Employer questionnaires as exported by Wenjuanxing (问卷星), Google Forms and Microsoft
//! Forms — CSV (UTF-8, BOM, GBK) or a workbook — counted per question and option, pooled
//! across files, and turned into a survey by matching options to skills (`skills.rs`).
//!
//! A file is read whole or refused whole: a row the parser cannot read (a broken quote)
//! refuses the file with that row's number; a row with more answers than the header has
//! columns is left out and listed.

mod cells;
mod columns;
mod similarity;
mod skills;
mod workbook_guard;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::catalogue::{Language, Text};

pub use skills::{MatchReason, SkillMatch, best_question, match_options, survey_from};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    Single,
    Multiple,
    Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionCount {
    pub label: String,
    pub count: usize,
    /// What respondents typed with this option (问卷星's 其他【请注明】〖…〗), in file order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub typed: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub title: String,
    pub kind: QuestionKind,
    /// In the questionnaire's order where the export gives it (one column per option),
    /// else the most chosen first.
    pub options: Vec<OptionCount>,
    /// Whether `options` are in the questionnaire's own order.
    #[serde(default)]
    pub in_form_order: bool,
    /// Each respondent's chosen options (by label), for counting the respondents who chose
    /// any of several options once (two options matched to one skill).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub chosen: Vec<Vec<String>>,
}

/// A row left out, with its number as a spreadsheet shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SkippedRow {
    pub path: PathBuf,
    pub row: usize,
    pub cells: usize,
    pub columns: usize,
}

/// The answers of one or more files, counted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub respondents: usize,
    pub questions: Vec<Question>,
    pub skipped: Vec<SkippedRow>,
    /// The year of the latest submission time the export records (提交答卷时间), if any: when
    /// the survey was run, better than when its file was written.
    #[serde(default)]
    pub answered_in: Option<u16>,
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

    /// Whether the answers are option numbers, not the options' words: every choice question's
    /// options are numbers ("1", "2", "3"), as in an export "by option number". Nothing can
    /// be matched to a skill then; the text export can.
    pub fn numbered_options(&self) -> bool {
        let mut choices = self
            .questions
            .iter()
            .filter(|question| question.kind != QuestionKind::Text)
            .peekable();
        choices.peek().is_some()
            && choices.all(|question| {
                question.options.iter().all(|option| {
                    !option.label.is_empty() && option.label.chars().all(|c| c.is_ascii_digit())
                })
            })
    }

    /// Adds another wave or county: the same questions (by title without its number, and
    /// which of the questions with that title it is) add their counts.
    pub fn pool(mut self, other: Questionnaire) -> Questionnaire {
        let keys = question_keys(&other);
        self.respondents += other.respondents;
        self.answered_in = self.answered_in.max(other.answered_in);
        self.skipped.extend(other.skipped);
        let mut known: HashMap<QuestionKey, usize> = question_keys(&self)
            .into_iter()
            .enumerate()
            .map(|(at, key)| (key, at))
            .collect();
        for (question, key) in other.questions.into_iter().zip(keys) {
            match known.get(&key) {
                Some(&at) => merge_counts(&mut self.questions[at], question),
                None => {
                    known.insert(key, self.questions.len());
                    self.questions.push(question);
                }
            }
        }
        self
    }
}

/// A question's title without its number, and how many questions before it have that title.
type QuestionKey = (String, usize);

fn question_keys(questionnaire: &Questionnaire) -> Vec<QuestionKey> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    questionnaire
        .questions
        .iter()
        .map(|question| {
            let key = title_key(&question.title);
            let occurrence = seen.entry(key.clone()).or_default();
            let this = *occurrence;
            *occurrence += 1;
            (key, this)
        })
        .collect()
}

fn merge_counts(known: &mut Question, question: Question) {
    if question.kind == QuestionKind::Multiple {
        known.kind = QuestionKind::Multiple;
    }
    let mut positions: HashMap<String, usize> = known
        .options
        .iter()
        .enumerate()
        .map(|(at, option)| (option.label.clone(), at))
        .collect();
    for option in question.options {
        match positions.get(&option.label) {
            Some(&at) => {
                known.options[at].count += option.count;
                known.options[at].typed.extend(option.typed);
            }
            None => {
                positions.insert(option.label.clone(), known.options.len());
                known.options.push(option);
            }
        }
    }
    known.in_form_order &= question.in_form_order;
    known.chosen.extend(question.chosen);
    if !known.in_form_order {
        most_chosen_first(&mut known.options);
    }
}

/// Options without an order of their own: the most chosen first, ties as they came.
fn most_chosen_first(options: &mut [OptionCount]) {
    options.sort_by_key(|option| std::cmp::Reverse(option.count));
}

/// A question's title without its number, as letters and digits in lower case.
pub fn title_key(title: &str) -> String {
    without_numbering(title)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A question's text as a survey's title: without its number and the mark of its kind
/// and its closing question mark or colon, which would stand before the citation's own
/// full stop ("2、需要哪些能力？（多选）" → "需要哪些能力").
pub fn plain_title(title: &str) -> String {
    let mut title = without_numbering(title).trim();
    let ends_with = |title: &str, mark: &str| {
        title
            .len()
            .checked_sub(mark.len())
            .and_then(|start| title.get(start..))
            .is_some_and(|end| end.eq_ignore_ascii_case(mark))
    };
    while let Some(mark) = crate::catalogue::questionnaire::KIND_MARKS
        .iter()
        .find(|mark| ends_with(title, mark))
    {
        title = title[..title.len() - mark.len()].trim_end();
    }
    let title = title
        .trim_end_matches(crate::catalogue::questionnaire::TITLE_ENDS)
        .trim_end();
    title.to_owned()
}

/// "2、题目", "2. 题目", "Q3. 题目", "Q3：题目", "第3题 题目", "(3) 题目" → "题目".
fn without_numbering(title: &str) -> &str {
    use crate::catalogue::questionnaire::{
        NUMBER_CLOSERS, NUMBER_ENDS, NUMBER_OPENERS, NUMBER_WORD_AFTER, NUMBER_WORD_BEFORE,
    };
    let title = title.trim();
    let digits_after = |text: &str| -> Option<usize> {
        let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (digits > 0).then_some(digits)
    };
    let rest = if let Some(after) = title.strip_prefix(NUMBER_WORD_BEFORE)
        && let Some(digits) = digits_after(after)
        && let Some(rest) = after[digits..].strip_prefix(NUMBER_WORD_AFTER)
    {
        rest
    } else if let Some(after) = title.strip_prefix(NUMBER_OPENERS)
        && let Some(digits) = digits_after(after)
        && let Some(rest) = after[digits..].strip_prefix(NUMBER_CLOSERS)
    {
        rest
    } else {
        let after = title.strip_prefix(['Q', 'q']).unwrap_or(title);
        match digits_after(after) {
            Some(digits) => match after[digits..].strip_prefix(NUMBER_ENDS) {
                Some(rest) => rest,
                // "2018年销售额" is a title, not question 2018.
                None => return title,
            },
            None => return title,
        }
    };
    let rest = rest.trim_start_matches(NUMBER_ENDS).trim();
    if rest.is_empty() { title } else { rest }
}

#[derive(Debug)]
pub enum QuestionnaireProblem {
    Load(Box<crate::io::LoadError>),
    Unreadable(String),
    /// Named as a workbook (.xlsx, .xls, .ods) but not one inside: a text file renamed, say.
    NotAWorkbook,
    /// A workbook the reader could not open or whose first sheet it could not read; the
    /// library's words are not for people, so they are not kept.
    DamagedWorkbook,
    NoAnswers,
    /// The first row holds answers, not questions: the export was made without its header
    /// row (or the header row was deleted).
    NoHeaderRow,
    /// The workbook declares sizes no questionnaire has.
    Declares(workbook_guard::Declared),
    /// A formula cell whose value was never saved.
    FormulaWithoutValue {
        cell: String,
    },
    /// The file does not ask the questions `first` asks.
    NotAligned {
        first: PathBuf,
        only_first: Vec<String>,
        only_other: Vec<String>,
    },
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
            QuestionnaireProblem::NotAWorkbook => {
                language.fill(Text::QuestionnaireNotAWorkbook, &[&place])
            }
            QuestionnaireProblem::DamagedWorkbook => {
                language.fill(Text::QuestionnaireDamagedWorkbook, &[&place])
            }
            QuestionnaireProblem::NoHeaderRow => {
                language.fill(Text::QuestionnaireNoHeaderRow, &[&place])
            }
            QuestionnaireProblem::NoAnswers => {
                language.fill(Text::QuestionnaireNoAnswers, &[&place])
            }
            QuestionnaireProblem::Declares(declared) => {
                let what = match declared {
                    workbook_guard::Declared::Cells { rows, columns } => {
                        language.fill(Text::QuestionnaireDeclaresCells, &[rows, columns])
                    }
                    workbook_guard::Declared::SharedStrings(count) => {
                        language.fill(Text::QuestionnaireDeclaresStrings, &[count])
                    }
                    workbook_guard::Declared::LargePart { name, bytes } => language.fill(
                        Text::QuestionnaireDeclaresLargePart,
                        &[name, &(bytes / (1024 * 1024))],
                    ),
                };
                language.fill(Text::QuestionnaireDeclaresTooMuch, &[&place, &what])
            }
            QuestionnaireProblem::FormulaWithoutValue { cell } => {
                language.fill(Text::QuestionnaireFormulaWithoutValue, &[&place, cell])
            }
            QuestionnaireProblem::NotAligned {
                first,
                only_first,
                only_other,
            } => {
                let list = |titles: &[String]| -> String {
                    if titles.is_empty() {
                        String::from("—")
                    } else {
                        crate::io::shortened_list(titles.iter().map(String::as_str), "; ")
                    }
                };
                language.fill(
                    Text::QuestionnaireNotAligned,
                    &[
                        &place,
                        &first.display(),
                        &first.display(),
                        &list(only_first),
                        &self.path.display(),
                        &list(only_other),
                    ],
                )
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

/// Whether a would-be header row is a respondent's answers: it starts with a bare number (a
/// respondent's 序号) and holds joined choices ("外语能力┋管理能力") or a date and time, which
/// no question's title does.
fn looks_like_answers(header: &[String]) -> bool {
    let numbered = header
        .first()
        .is_some_and(|first| !first.is_empty() && first.chars().all(|c| c.is_ascii_digit()));
    let answer_like = |cell: &String| {
        cell.contains(crate::catalogue::questionnaire::SEPARATORS[0]) || is_date_and_time(cell)
    };
    numbered && header.iter().skip(1).any(answer_like)
}

/// The year of a submission time ("2025/11/3 9:00" → 2025), if the cell is one.
fn year_submitted(cell: &str) -> Option<u16> {
    if !is_date_and_time(cell) {
        return None;
    }
    let year: u16 = cell.trim().split(['/', '-']).next()?.parse().ok()?;
    (1990..=2200).contains(&year).then_some(year)
}

/// "2026/3/1 9:00", "2026-03-01 09:00:12": a submission time.
fn is_date_and_time(cell: &str) -> bool {
    let Some((date, time)) = cell.trim().split_once(' ') else {
        return false;
    };
    let date_parts: Vec<&str> = date.split(['/', '-']).collect();
    let time_parts: Vec<&str> = time.split(':').collect();
    let numbers = |parts: &[&str]| {
        parts
            .iter()
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()))
    };
    date_parts.len() == 3 && time_parts.len() >= 2 && numbers(&date_parts) && numbers(&time_parts)
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
    if looks_like_answers(header) {
        return Err(QuestionnaireError {
            path: path.to_owned(),
            row: Some(rows[header_at].number),
            problem: QuestionnaireProblem::NoHeaderRow,
        });
    }
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
    let answered_in = answers
        .iter()
        .flat_map(|row| &row.cells)
        .filter_map(|cell| year_submitted(cell))
        .max();
    Ok(Questionnaire {
        respondents: answers.len(),
        questions: columns::questions_of(header, &answers),
        skipped,
        answered_in,
    })
}

/// Reads and pools several exports; the first file that cannot be read refuses them all.
pub fn read_questionnaires(paths: &[PathBuf]) -> Result<Questionnaire, QuestionnaireError> {
    let mut read = Vec::with_capacity(paths.len());
    for path in paths {
        read.push((path.clone(), read_questionnaire(path)?));
    }
    pool_all(read)
}

/// Pools exports already read (each with its file, for messages). Files of one
/// questionnaire ask the same questions, whatever their numbers; files that do not are
/// refused, naming the questions one has and the other lacks (pooling them would halve the
/// shares of every question only one file asks).
pub fn pool_all(read: Vec<(PathBuf, Questionnaire)>) -> Result<Questionnaire, QuestionnaireError> {
    if let Some(((first_path, first), rest)) = read.split_first() {
        let first_keys = question_keys(first);
        for (path, other) in rest {
            let other_keys = question_keys(other);
            // The titles of `of`'s questions that `from` does not ask.
            let missing = |from: &[QuestionKey], of: &Questionnaire, keys: &[QuestionKey]| {
                let asked: HashSet<&QuestionKey> = from.iter().collect();
                of.questions
                    .iter()
                    .zip(keys)
                    .filter(|(_, key)| !asked.contains(key))
                    .map(|(question, _)| crate::io::shortened(&question.title))
                    .collect::<Vec<String>>()
            };
            let only_first = missing(&other_keys, first, &first_keys);
            let only_other = missing(&first_keys, other, &other_keys);
            if !only_first.is_empty() || !only_other.is_empty() {
                return Err(QuestionnaireError {
                    path: path.clone(),
                    row: None,
                    problem: QuestionnaireProblem::NotAligned {
                        first: first_path.clone(),
                        only_first,
                        only_other,
                    },
                });
            }
        }
    }
    let mut pooled: Option<Questionnaire> = None;
    for (_, questionnaire) in read {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(options: &[(&str, usize, &[&str])]) -> Questionnaire {
        Questionnaire {
            respondents: 10,
            questions: vec![Question {
                title: "2、需要哪些能力？".to_owned(),
                kind: QuestionKind::Multiple,
                options: options
                    .iter()
                    .map(|(label, count, typed)| OptionCount {
                        label: (*label).to_owned(),
                        count: *count,
                        typed: typed.iter().map(|text| (*text).to_owned()).collect(),
                    })
                    .collect(),
                in_form_order: false,
                chosen: Vec::new(),
            }],
            skipped: Vec::new(),
            answered_in: None,
        }
    }

    #[test]
    fn pooled_files_add_their_counts_keep_what_was_typed_and_put_the_most_chosen_first() {
        let pooled = answered(&[("外语能力", 5, &[]), ("其他", 1, &["推车"])]).pool(answered(&[
            ("其他", 6, &["箱包", "光伏"]),
            ("管理能力", 2, &[]),
        ]));
        let options = &pooled.questions[0].options;
        let counted: Vec<(&str, usize)> = options
            .iter()
            .map(|option| (option.label.as_str(), option.count))
            .collect();
        assert_eq!(counted, [("其他", 7), ("外语能力", 5), ("管理能力", 2)]);
        assert_eq!(options[0].typed, ["推车", "箱包", "光伏"]);
        assert_eq!(pooled.respondents, 20);
    }

    #[test]
    fn a_question_title_loses_its_number_and_kind_mark() {
        assert_eq!(plain_title("2、需要哪些能力？（多选）"), "需要哪些能力");
        assert_eq!(
            plain_title("Q3. Skills needed (select all that apply)"),
            "Skills needed"
        );
        assert_eq!(plain_title("需要哪些能力？【多选题】"), "需要哪些能力");
        assert_eq!(plain_title("2018年销售额"), "2018年销售额");
        assert_eq!(plain_title("1、贵企业所在地区："), "贵企业所在地区");
    }

    #[test]
    fn question_numbers_are_not_part_of_a_title() {
        let key = title_key("需要哪些能力？（多选）");
        for numbered in [
            "2、需要哪些能力？（多选）",
            "3、需要哪些能力？（多选） ",
            "Q3. 需要哪些能力？（多选）",
            "q12：需要哪些能力？（多选）",
            "第3题 需要哪些能力？（多选）",
            "第12题：需要哪些能力？（多选）",
            "(4) 需要哪些能力？（多选）",
            "（4）需要哪些能力？（多选）",
            "5. 需要哪些能力？（多选）",
        ] {
            assert_eq!(title_key(numbered), key, "{numbered}");
        }
        // A title that starts with a number it needs keeps it.
        assert_ne!(title_key("2018年销售额"), title_key("销售额"));
        assert_ne!(title_key("Q3"), title_key(""));
    }
}
