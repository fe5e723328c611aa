//! `report`, `compare` and `export`: analyses for people (text) and scripts (JSON).

use std::path::{Path, PathBuf};

use serde_json::json;

use super::{AnalysisOptions, Language, Outcome, report_unusable};
use crate::analysis::{
    BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, Better, Report, compare as compare_plans, report as analyse,
};
use crate::export::{curricular_analytics_csv, report_json, report_text};
use crate::io::{load_plan_input, load_survey, write_atomically};
use crate::model::{Plan, Survey};

/// Findings when a rule fails; the plan is still analysed.
fn outcome_of(report: &Report) -> Outcome {
    if report.rules.iter().all(|rule| rule.ok) && report.structure.is_ok() {
        Outcome::Clean
    } else {
        Outcome::Findings
    }
}

fn optional_survey(path: Option<&Path>) -> Result<Option<Survey>, Outcome> {
    path.map(|path| load_survey(path).map_err(|error| report_unusable(&error)))
        .transpose()
}

pub(super) fn report(file: &Path, options: &AnalysisOptions) -> Outcome {
    let plan = match load_plan_input(file) {
        Ok(plan) => plan,
        Err(error) => return report_unusable(&error),
    };
    let survey = match optional_survey(options.survey.as_deref()) {
        Ok(survey) => survey,
        Err(outcome) => return outcome,
    };
    let report = analyse(&plan, survey.as_ref());
    let chinese = options.lang.chinese();
    if options.json {
        println!("{:#}", report_json(&plan, &report, chinese));
    } else {
        print!("{}", report_text(&plan, &report, chinese));
    }
    outcome_of(&report)
}

pub(super) fn compare(files: &[PathBuf], options: &AnalysisOptions) -> Outcome {
    let mut plans: Vec<Plan> = Vec::new();
    for file in files {
        match load_plan_input(file) {
            Ok(plan) => plans.push(plan),
            Err(error) => return report_unusable(&error),
        }
    }
    let survey = match optional_survey(options.survey.as_deref()) {
        Ok(Some(survey)) => survey,
        Ok(None) => match plans.iter().find_map(|plan| plan.survey.clone()) {
            Some(survey) => survey,
            None => {
                eprintln!("none of the plans has a survey; pass one with --survey SURVEY.ron");
                return Outcome::Unusable;
            }
        },
        Err(outcome) => return outcome,
    };
    let references: Vec<&Plan> = plans.iter().collect();
    let comparison = compare_plans(&references, &survey, BOOTSTRAP_DRAWS, BOOTSTRAP_SEED);
    let chinese = options.lang.chinese();
    let title = |index: usize| plans[index].title.in_language(chinese).to_owned();
    if options.json {
        let value = json!({
            "plans": plans.iter().zip(&comparison.reports)
                .map(|(plan, report)| report_json(plan, report, chinese))
                .collect::<Vec<_>>(),
            "figures": comparison.figures.iter().map(|figure| json!({
                "id": figure.id,
                "values": figure.values.iter().map(|value| if value.is_finite() { json!(value) } else { json!(null) }).collect::<Vec<_>>(),
                "better": match figure.better { Better::Higher => "higher", Better::Lower => "lower", Better::Neither => "neither" },
                "best": figure.best,
            })).collect::<Vec<_>>(),
            "ranking": comparison.ranking,
            "ranking_titles": comparison.ranking.iter().map(|&index| title(index)).collect::<Vec<_>>(),
            "ranking_stability": comparison.ranking_stability,
            "bootstrap": {"draws": BOOTSTRAP_DRAWS, "seed": BOOTSTRAP_SEED},
            "skill_winners": comparison.skill_winners.iter().map(|(skill, winner)| json!({
                "skill": skill.as_str(), "plan": winner,
            })).collect::<Vec<_>>(),
            "survey_intervals": comparison.intervals.iter().map(|(skill, interval)| json!({
                "skill": skill.as_str(), "low": interval.low, "high": interval.high,
            })).collect::<Vec<_>>(),
            "difference": comparison.difference.as_ref().map(|difference| json!({
                "added": difference.added.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
                "removed": difference.removed.iter().map(|id| id.as_str()).collect::<Vec<_>>(),
                "moved": difference.moved.iter().map(|(id, from, to)| json!({
                    "id": id.as_str(), "from_term": from + 1, "to_term": to + 1,
                })).collect::<Vec<_>>(),
            })),
        });
        println!("{value:#}");
    } else {
        for (index, plan) in plans.iter().enumerate() {
            println!("[{}] {}", index + 1, plan.title.in_language(chinese));
        }
        println!();
        for figure in &comparison.figures {
            let cells: Vec<String> = figure
                .values
                .iter()
                .enumerate()
                .map(|(index, value)| {
                    let mark = if figure.best == Some(index) {
                        " *"
                    } else {
                        "  "
                    };
                    format!("{value:>10.3}{mark}")
                })
                .collect();
            println!("{:<28}{}", figure.id, cells.join(""));
        }
        println!("(* the better value)");
        println!();
        let order: Vec<String> = comparison
            .ranking
            .iter()
            .map(|&index| format!("[{}]", index + 1))
            .collect();
        println!("Ranking by alignment: {}", order.join(" > "));
        if let Some(stability) = comparison.ranking_stability {
            println!(
                "The ranking holds in {:.1} % of {BOOTSTRAP_DRAWS} resampled surveys (n = {}, seed {BOOTSTRAP_SEED}).",
                stability * 100.0,
                survey.respondents
            );
        }
        if let Some(difference) = &comparison.difference {
            let list = |ids: &[crate::model::ModuleId]| {
                ids.iter()
                    .map(|id| id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            println!();
            println!(
                "From [1] to [2]: added {}; removed {}",
                list(&difference.added),
                list(&difference.removed)
            );
            for (id, from, to) in &difference.moved {
                println!("  moved {id}: term {} → term {}", from + 1, to + 1);
            }
        }
    }
    comparison
        .reports
        .iter()
        .map(outcome_of)
        .max()
        .unwrap_or(Outcome::Clean)
}

pub(super) fn export(file: &Path, output: &Path, language: Language) -> Outcome {
    let plan = match load_plan_input(file) {
        Ok(plan) => plan,
        Err(error) => return report_unusable(&error),
    };
    let text = match curricular_analytics_csv(&plan, language.chinese()) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{}: cannot write CSV: {error}", output.display());
            return Outcome::Unusable;
        }
    };
    match write_atomically(output, |handle| {
        std::io::Write::write_all(handle, text.as_bytes())
    }) {
        Ok(()) => Outcome::Clean,
        Err(error) => report_unusable(&error),
    }
}
