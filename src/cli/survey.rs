//! `survey import`: a questionnaire's answers counted, and the survey they make.

use std::path::{Path, PathBuf};

use super::output::{error_line, out_line};
use super::{Outcome, report_unusable, report_worker_failure};
use crate::catalogue::{Language, Text};
use crate::editor::bundled_library;
use crate::io::questionnaire::{
    QuestionKind, Questionnaire, SkillMatch, best_question, match_options, plain_title, survey_from,
};
use crate::io::save_document;
use crate::model::{Names, Skill, SkillId, SurveyDocument};

/// What `--map OPTION=none` says: the option names no skill (其他, 无).
const NOT_A_SKILL: [&str; 2] = ["none", "-"];

pub(super) struct ImportOptions<'a> {
    pub json: bool,
    pub output: Option<&'a Path>,
    /// Counted from 1, as printed.
    pub question: Option<usize>,
    pub mappings: &'a [(String, String)],
    /// What the survey says of itself; the region is empty unless given.
    pub title: Option<&'a str>,
    pub region: Option<&'a str>,
    pub year: Option<u16>,
    /// Write over an existing document anyway.
    pub force: bool,
}

pub(super) fn import(files: &[PathBuf], options: &ImportOptions, language: Language) -> Outcome {
    if let Some(output) = options.output.filter(|_| !options.force) {
        let inputs: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
        if let Err(refused) = crate::io::check_output(output, &inputs) {
            return report_unusable(language, &refused);
        }
    }
    let never = std::sync::atomic::AtomicBool::new(false);
    let questionnaire = match crate::worker::read_questionnaires(files, language, &never) {
        Ok(questionnaire) => questionnaire,
        Err(error) => return report_worker_failure(language, &error),
    };
    for skipped in &questionnaire.skipped {
        error_line(&language.fill(
            Text::QuestionnaireRowSkipped,
            &[
                &format!("{}:{}", skipped.path.display(), skipped.row),
                &skipped.cells,
                &skipped.columns,
            ],
        ));
    }
    if questionnaire.numbered_options() {
        error_line(language.text(Text::QuestionnaireNumbered));
    }
    if options.json {
        out_line(&format!("{:#}", counts_json(&questionnaire)));
    } else {
        print_counts(&questionnaire, language);
    }
    let mut outcome = if questionnaire.skipped.is_empty() && !questionnaire.numbered_options() {
        Outcome::Clean
    } else {
        Outcome::Findings
    };
    if let Some(output) = options.output {
        outcome = outcome.max(write_survey(
            files,
            &questionnaire,
            options,
            output,
            language,
        ));
    }
    outcome
}

/// `{"respondents": n, "numbered_options": bool, "questions": [{"title", "kind", "options": [{"label", "count",
/// "share", "typed"}]}]}`, shares as fractions, `typed` what respondents wrote with the option.
fn counts_json(questionnaire: &Questionnaire) -> serde_json::Value {
    serde_json::json!({
        "respondents": questionnaire.respondents,
        "numbered_options": questionnaire.numbered_options(),
        "questions": questionnaire.questions.iter().map(|question| serde_json::json!({
            "title": question.title,
            "kind": question.kind,
            "options": question.options.iter().map(|option| serde_json::json!({
                "label": option.label,
                "count": option.count,
                "share": questionnaire.share(option.count),
                "typed": option.typed,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

fn print_counts(questionnaire: &Questionnaire, language: Language) {
    out_line(&language.fill(
        Text::QuestionnaireRespondents,
        &[&questionnaire.respondents],
    ));
    for (index, question) in questionnaire.questions.iter().enumerate() {
        let kind = language.text(match question.kind {
            QuestionKind::Single => Text::QuestionSingle,
            QuestionKind::Multiple => Text::QuestionMultiple,
            QuestionKind::Text => Text::QuestionText,
        });
        out_line(&format!(
            "{}. {} ({kind})",
            index + 1,
            plain_title(&question.title)
        ));
        for option in &question.options {
            out_line(&format!(
                "    {:>6} {:>6.1}%  {}",
                option.count,
                questionnaire.share(option.count) * 100.0,
                option.label
            ));
            // What respondents wrote beside 其他, a few of them, with how many there are.
            if !option.typed.is_empty() {
                let shown: Vec<&str> = option.typed.iter().take(5).map(String::as_str).collect();
                out_line(&format!(
                    "            {}",
                    language.fill(
                        Text::QuestionnaireTyped,
                        &[
                            &option.typed.len(),
                            &shown.join(language.text(Text::ListSeparator))
                        ],
                    )
                ));
            }
        }
    }
}

fn write_survey(
    files: &[PathBuf],
    questionnaire: &Questionnaire,
    options: &ImportOptions,
    output: &Path,
    language: Language,
) -> Outcome {
    let skills = bundled_library().skills;
    let question = match options.question {
        Some(number) => number
            .checked_sub(1)
            .filter(|&index| index < questionnaire.questions.len()),
        None => best_question(questionnaire, &skills),
    };
    let Some(question) = question else {
        error_line(&language.fill(Text::QuestionnaireNoSkillQuestion, &[&output.display()]));
        return Outcome::Unusable;
    };
    // A mapping must name a skill (by id, name or alias) or `none`: a typo is not "no skill".
    for (option, skill) in options.mappings {
        let known = NOT_A_SKILL.contains(&skill.as_str())
            || skills.iter().any(|known| {
                known.id.as_str() == skill
                    || [&known.name.zh, &known.name.en].contains(&skill)
                    || known.aliases.contains(skill)
            });
        if !known {
            let ids: Vec<&str> = skills.iter().map(|known| known.id.as_str()).collect();
            error_line(&language.fill(
                Text::QuestionnaireUnknownSkill,
                &[option, skill, &ids.join(", ")],
            ));
            return Outcome::Unusable;
        }
    }
    let matches = match_options(
        &questionnaire.questions[question],
        &skills,
        options.mappings,
    );
    print_matches(&matches, &skills, language);
    if matches.iter().all(|matched| matched.skill.is_none()) {
        error_line(&language.fill(
            Text::QuestionnaireNoSkillMatched,
            &[
                &output.display(),
                &(question + 1),
                &crate::io::shortened(&questionnaire.questions[question].title),
            ],
        ));
        return Outcome::Findings;
    }
    let names: Vec<String> = files
        .iter()
        .filter_map(|file| file.file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    let title = options.title.map_or_else(
        || plain_title(&questionnaire.questions[question].title),
        str::to_owned,
    );
    let year = options
        .year
        .or(questionnaire.answered_in)
        .unwrap_or_else(|| crate::io::year_of_files(files.iter().map(PathBuf::as_path)));
    let Some(mut survey) = survey_from(
        questionnaire,
        question,
        &matches,
        Names::new(&title, &title),
        names.join(", "),
        year,
    ) else {
        return Outcome::Unusable;
    };
    if let Some(region) = options.region {
        survey.region = Names::new(region, region);
    }
    let used: Vec<_> = skills
        .into_iter()
        .filter(|skill| survey.share_of(&skill.id).is_some())
        .collect();
    let document = crate::io::Document::Survey(SurveyDocument {
        format_version: crate::io::CURRENT_FORMAT_VERSION,
        skills: used,
        survey,
    });
    match save_document(output, &document) {
        Ok(()) => {
            out_line(&language.fill(Text::QuestionnaireSurveyWritten, &[&output.display()]));
            // An option left without a skill by `--map OPTION=none` was the user's choice; one
            // matched by likeness of words is for the user to check (exit 1, as the window asks
            // to confirm it).
            if matches.iter().any(|matched| {
                (matched.skill.is_none() && !matched.by_hand())
                    || matched.reason == Some(crate::io::questionnaire::MatchReason::Similar)
            }) {
                Outcome::Findings
            } else {
                Outcome::Clean
            }
        }
        Err(error) => report_unusable(language, &error),
    }
}

/// Each match with why it was made; an option alike to several skills with the `--map`
/// lines that settle it.
fn print_matches(matches: &[SkillMatch], skills: &[Skill], language: Language) {
    let name = |id: &SkillId| {
        skills
            .iter()
            .find(|skill| &skill.id == id)
            .map_or(id.as_str(), |skill| skill.name.in_language(language))
            .to_owned()
    };
    for matched in matches {
        match (&matched.skill, matched.reason) {
            (Some(skill), Some(reason)) => out_line(&language.fill(
                Text::QuestionnaireMatched,
                &[
                    &matched.option,
                    &name(skill),
                    &language.text(reason.words()),
                ],
            )),
            (None, Some(reason)) => out_line(&language.fill(
                Text::QuestionnaireMatched,
                &[
                    &matched.option,
                    &language.text(Text::ImportNoSkill),
                    &language.text(reason.words()),
                ],
            )),
            _ if !matched.suggestions.is_empty() => {
                out_line(&language.fill(Text::QuestionnaireAmbiguous, &[&matched.option]));
                for suggestion in &matched.suggestions {
                    out_line(&language.fill(
                        Text::QuestionnaireMapLine,
                        &[&matched.option, suggestion, &name(suggestion)],
                    ));
                }
            }
            _ => out_line(&language.fill(Text::QuestionnaireUnmatched, &[&matched.option])),
        }
    }
}
