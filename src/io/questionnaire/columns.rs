//! Which columns are which questions, and how many respondents chose each option.
//!
//! The three export layouts in use: Wenjuanxing (问卷星) joins the options of a multiple
//! choice with `┋` in one cell, or gives one 0/1 column per option headed `题目(选项)`;
//! Google Forms joins them with `, `; Microsoft Forms with `;` (and a trailing one). Columns of
//! the form's own bookkeeping (序号, 提交答卷时间, Timestamp, ID, Email…) are not questions.

use super::cells::Row;
use super::{OptionCount, Question, QuestionKind};
use crate::catalogue::questionnaire::{
    BOOKKEEPING_HEADERS, CHOSEN, NOT_CHOSEN, PROMPT_CLOSE, PROMPT_OPEN, PROMPT_WORD, SEPARATORS,
    TYPED_CLOSE, TYPED_OPEN,
};

/// A single choice has at most this many options, or answers that repeat (a fifth as many
/// distinct answers as respondents); more is free text. A multiple choice joined with an
/// unambiguous separator has any number of options.
const MOST_OPTIONS: usize = 40;

/// The questions of `rows` (the first is the header) and the rows that could not be read.
pub(super) fn questions_of(header: &[String], answers: &[&Row]) -> Vec<Question> {
    let columns: Vec<usize> = (0..header.len())
        .filter(|&column| !is_bookkeeping(&header[column]))
        .collect();
    let mut questions = Vec::new();
    let mut index = 0;
    while index < columns.len() {
        let column = columns[index];
        // A run of 0/1 columns headed by one question and its options.
        if let Some((title, _)) = split_option_header(&header[column]) {
            let run: Vec<usize> = columns[index..]
                .iter()
                .copied()
                .take_while(|&next| {
                    split_option_header(&header[next]).is_some_and(|(other, option)| {
                        other == title && is_flag_column(answers, next, option)
                    })
                })
                .collect();
            if !run.is_empty() {
                questions.push(flag_question(header, answers, title, &run));
                index += run.len();
                continue;
            }
        }
        questions.push(cell_question(&header[column], answers, column));
        index += 1;
    }
    questions
}

fn normalised(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn is_bookkeeping(header: &str) -> bool {
    let header = normalised(header);
    header.is_empty() || BOOKKEEPING_HEADERS.contains(&header.as_str())
}

/// `题目:选项`, `题目(选项)`, `题目（选项）`, `Question - Option`: the question and the option.
fn split_option_header(header: &str) -> Option<(&str, &str)> {
    let header = header.trim();
    for (open, close) in crate::catalogue::questionnaire::BRACKETS {
        if let Some(inner) = header.strip_suffix(close)
            && let Some(at) = inner.rfind(open)
        {
            let (question, option) = (inner[..at].trim(), inner[at + open.len()..].trim());
            if !question.is_empty() && !option.is_empty() {
                return Some((question, option));
            }
        }
    }
    for separator in crate::catalogue::questionnaire::OPTION_MARKS {
        if let Some((question, option)) = header.rsplit_once(separator) {
            let (question, option) = (question.trim(), option.trim());
            if !question.is_empty() && !option.is_empty() {
                return Some((question, option));
            }
        }
    }
    None
}

/// Whether the answer in a 0/1 column means "chosen": `1`, a tick, or the option's own text.
fn is_chosen(value: &str, option: &str) -> bool {
    CHOSEN.contains(&value) || (!value.is_empty() && value == option)
}

fn is_flag_column(answers: &[&Row], column: usize, option: &str) -> bool {
    answers.iter().all(|row| {
        let value = row.cells.get(column).map_or("", String::as_str);
        NOT_CHOSEN.contains(&value) || is_chosen(value, option)
    })
}

fn flag_question(header: &[String], answers: &[&Row], title: &str, run: &[usize]) -> Question {
    let labels: Vec<&str> = run
        .iter()
        .map(|&column| split_option_header(&header[column]).map_or("", |(_, option)| option))
        .collect();
    let chosen = answers
        .iter()
        .map(|row| {
            run.iter()
                .zip(&labels)
                .filter(|(column, option)| {
                    is_chosen(row.cells.get(**column).map_or("", String::as_str), option)
                })
                .map(|(_, option)| (*option).to_owned())
                .collect()
        })
        .collect();
    let options = run
        .iter()
        .map(|&column| {
            let (_, option) = split_option_header(&header[column]).unwrap_or(("", ""));
            let count = answers
                .iter()
                .filter(|row| is_chosen(row.cells.get(column).map_or("", String::as_str), option))
                .count();
            OptionCount {
                label: option.to_owned(),
                count,
                typed: Vec::new(),
            }
        })
        .collect();
    Question {
        title: title.to_owned(),
        kind: QuestionKind::Multiple,
        options,
        in_form_order: true,
        chosen,
    }
}

/// Options with how many gave each and what they typed with it, the most chosen first (ties
/// in the order respondents first gave them): a cell of joined answers does not say the
/// questionnaire's order.
fn tally<'a>(answers: impl Iterator<Item = Vec<&'a str>>) -> (Vec<OptionCount>, Vec<Vec<String>>) {
    let mut options: Vec<OptionCount> = Vec::new();
    let mut chosen_by: Vec<Vec<String>> = Vec::new();
    let mut positions: std::collections::HashMap<&str, usize> = Default::default();
    for chosen in answers {
        let mut seen: Vec<&str> = Vec::new();
        for part in chosen {
            let (option, typed) = option_and_typed(part);
            let at = match positions.get(option) {
                Some(&at) => at,
                None => {
                    positions.insert(option, options.len());
                    options.push(OptionCount {
                        label: option.to_owned(),
                        count: 0,
                        typed: Vec::new(),
                    });
                    options.len() - 1
                }
            };
            if let Some(typed) = typed {
                options[at].typed.push(typed.to_owned());
            }
            // One respondent counts once per option, however often a cell repeats it.
            if !seen.contains(&option) {
                seen.push(option);
                options[at].count += 1;
            }
        }
        chosen_by.push(seen.into_iter().map(str::to_owned).collect());
    }
    super::most_chosen_first(&mut options);
    (options, chosen_by)
}

/// 问卷星 writes what a respondent typed beside an option in 〖〗 after the form's prompt:
/// "其他【请注明】〖我妈买的。〗" is the option 其他 with the words 我妈买的。 — not an option of its
/// own per respondent.
fn option_and_typed(part: &str) -> (&str, Option<&str>) {
    let (label, typed) = match part.find(TYPED_OPEN) {
        Some(open) if part.ends_with(TYPED_CLOSE) => {
            let typed =
                part[open + TYPED_OPEN.len_utf8()..part.len() - TYPED_CLOSE.len_utf8()].trim();
            (
                part[..open].trim_end(),
                (!typed.is_empty()).then_some(typed),
            )
        }
        _ => (part, None),
    };
    // The prompt ("请注明", "请填写") belongs to the form, not to the option.
    let label = match label.rfind(PROMPT_OPEN) {
        Some(start)
            if label.ends_with(PROMPT_CLOSE)
                && label[start..].contains(PROMPT_WORD)
                && start > 0 =>
        {
            label[..start].trim_end()
        }
        _ => label,
    };
    (label, typed)
}

fn parts<'a>(value: &'a str, separator: &str) -> Vec<&'a str> {
    value
        .split(separator)
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .collect()
}

/// A question in one column: several options joined in a cell, one option, or free text.
fn cell_question(title: &str, answers: &[&Row], column: usize) -> Question {
    let values: Vec<&str> = answers
        .iter()
        .map(|row| row.cells.get(column).map_or("", String::as_str))
        .collect();
    let mut distinct: Vec<&str> = values.iter().copied().filter(|v| !v.is_empty()).collect();
    distinct.sort_unstable();
    distinct.dedup();
    // A single choice's answers, each typed text set aside ("其他〖…〗" is 其他).
    let mut distinct_options: Vec<&str> = distinct
        .iter()
        .map(|value| option_and_typed(value).0)
        .collect();
    distinct_options.sort_unstable();
    distinct_options.dedup();
    for separator in SEPARATORS {
        if !distinct
            .iter()
            .any(|value| parts(value, separator).len() > 1)
        {
            continue;
        }
        let mut vocabulary: Vec<&str> = distinct
            .iter()
            .flat_map(|value| parts(value, separator))
            .map(|part| option_and_typed(part).0)
            .collect();
        vocabulary.sort_unstable();
        vocabulary.dedup();
        // Joined choices repeat a small vocabulary in combinations; the options of a single
        // choice that happen to hold the separator split into more words than answers.
        let unambiguous = separator == SEPARATORS[0]
            || (separator == ";" && distinct.iter().all(|value| value.ends_with(';')));
        if unambiguous || vocabulary.len() <= distinct.len() {
            let (options, chosen) = tally(values.iter().map(|value| parts(value, separator)));
            return Question {
                title: title.to_owned(),
                kind: QuestionKind::Multiple,
                options,
                in_form_order: false,
                chosen,
            };
        }
    }
    let most = MOST_OPTIONS.max(values.len() / 5);
    let kind = if distinct_options.len() <= most && distinct_options.len() < values.len().max(2) {
        QuestionKind::Single
    } else {
        QuestionKind::Text
    };
    let (options, chosen) = if kind == QuestionKind::Single {
        tally(values.iter().map(|value| {
            if value.is_empty() {
                vec![]
            } else {
                vec![*value]
            }
        }))
    } else {
        (Vec::new(), Vec::new())
    };
    Question {
        title: title.to_owned(),
        kind,
        options,
        in_form_order: false,
        chosen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_other_answer_counts_as_its_option_with_the_words_kept() {
        assert_eq!(
            option_and_typed("其他【请注明】〖我妈买的。〗"),
            ("其他", Some("我妈买的。"))
        );
        assert_eq!(option_and_typed("其他【请注明】〖〗"), ("其他", None));
        assert_eq!(option_and_typed("其他【请注明】"), ("其他", None));
        assert_eq!(option_and_typed("外语能力"), ("外语能力", None));
        assert_eq!(option_and_typed("【重要】外语"), ("【重要】外语", None));
        let (counted, _) = tally(
            [
                vec!["外语能力", "其他【请注明】〖我妈买的。〗"],
                vec!["其他【请注明】〖朋友推荐〗"],
                vec!["外语能力"],
            ]
            .into_iter(),
        );
        assert_eq!(counted.len(), 2);
        assert_eq!((counted[1].label.as_str(), counted[1].count), ("其他", 2));
        assert_eq!(counted[1].typed, ["我妈买的。", "朋友推荐"]);
    }

    #[test]
    fn option_headers_of_the_three_forms_are_split() {
        assert_eq!(
            split_option_header("7、应具备的技能(外语能力)"),
            Some(("7、应具备的技能", "外语能力"))
        );
        assert_eq!(
            split_option_header("技能（团队合作能力）"),
            Some(("技能", "团队合作能力"))
        );
        assert_eq!(
            split_option_header("Skills - Teamwork"),
            Some(("Skills", "Teamwork"))
        );
        assert_eq!(
            split_option_header("技能:管理能力"),
            Some(("技能", "管理能力"))
        );
        assert_eq!(split_option_header("1、您所在的地区："), None);
    }
}
