//! `report`, `compare` and `export`: analyses for people (text) and scripts (JSON).

use std::path::{Path, PathBuf};

use super::findings::{Verdict, name_errors};
use super::output::{error_line, out, out_line};
use super::rule_books::rule_books_near;
use super::{AnalysisOptions, Outcome, report_unusable};
use crate::analysis::{
    BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, Report, compare as compare_plans, report as analyse,
};
use crate::catalogue::{Language, Text};
use crate::export::{compare_json, compare_text, report_json, report_text};
use crate::io::{load_plan_input_with_text, load_survey};
use crate::model::{Plan, RuleBook, Survey};

/// Findings when a rule fails; the plan is still analysed.
fn outcome_of(report: &Report) -> Outcome {
    if report.rules.iter().all(|rule| rule.ok) && report.structure.is_ok() {
        Outcome::Clean
    } else {
        Outcome::Findings
    }
}

fn optional_survey(path: Option<&Path>, language: Language) -> Result<Option<Survey>, Outcome> {
    path.map(|path| load_survey(path).map_err(|error| report_unusable(language, &error)))
        .transpose()
}

/// Findings when the plan has errors, named before anything else.
fn outcome_of_verdict(verdict: Verdict) -> Outcome {
    if verdict == Verdict::Sound {
        Outcome::Clean
    } else {
        Outcome::Findings
    }
}

pub(super) fn report(file: &Path, options: &AnalysisOptions) -> Outcome {
    let language = options.lang;
    let (plan, text) = match load_plan_input_with_text(file) {
        Ok(loaded) => loaded,
        Err(error) => return report_unusable(language, &error),
    };
    let survey = match optional_survey(options.survey.as_deref(), options.lang) {
        Ok(survey) => survey,
        Err(outcome) => return outcome,
    };
    let verdict = name_errors(file, &text, &plan, options.lang);
    if verdict == Verdict::Distorted {
        return Outcome::Findings;
    }
    let books = rule_books_near(file, language);
    let report = analyse(&plan, books.resolve(&plan.rules), survey.as_ref());
    if options.json {
        out_line(&format!("{:#}", report_json(&plan, &report, options.lang)));
    } else {
        out(&report_text(&plan, &report, options.lang));
    }
    outcome_of(&report).max(outcome_of_verdict(verdict))
}

pub(super) fn compare(files: &[PathBuf], options: &AnalysisOptions) -> Outcome {
    let language = options.lang;
    let mut plans: Vec<Plan> = Vec::new();
    let mut books: Vec<Option<RuleBook>> = Vec::new();
    let mut verdict = Verdict::Sound;
    for file in files {
        match load_plan_input_with_text(file) {
            Ok((plan, text)) => {
                verdict = verdict.max(name_errors(file, &text, &plan, options.lang));
                books.push(
                    rule_books_near(file, language)
                        .resolve(&plan.rules)
                        .cloned(),
                );
                plans.push(plan);
            }
            Err(error) => return report_unusable(language, &error),
        }
    }
    if verdict == Verdict::Distorted {
        return Outcome::Findings;
    }
    let survey = match optional_survey(options.survey.as_deref(), options.lang) {
        Ok(Some(survey)) => survey,
        Ok(None) => match plans.iter().find_map(|plan| plan.survey.clone()) {
            Some(survey) => survey,
            None => {
                error_line(options.lang.text(Text::CompareNoSurvey));
                return Outcome::Unusable;
            }
        },
        Err(outcome) => return outcome,
    };
    let references: Vec<&Plan> = plans.iter().collect();
    let book_references: Vec<Option<&RuleBook>> = books.iter().map(Option::as_ref).collect();
    let comparison = compare_plans(
        &references,
        &book_references,
        &survey,
        BOOTSTRAP_DRAWS,
        BOOTSTRAP_SEED,
    );
    if options.json {
        out_line(&format!(
            "{:#}",
            compare_json(&plans, &comparison, options.lang)
        ));
    } else {
        out(&compare_text(&plans, &comparison, &survey, options.lang));
    }
    comparison
        .reports
        .iter()
        .map(outcome_of)
        .max()
        .unwrap_or(Outcome::Clean)
        .max(outcome_of_verdict(verdict))
}
