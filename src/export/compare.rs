//! The `compare` output: plans side by side against one survey, as text for people and JSON
//! for scripts.

use std::fmt::Write;

use serde_json::{Value, json};

use super::json::report_json;
use crate::analysis::{BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, Better, Comparison};
use crate::catalogue::{Language, Text, words};
use crate::model::{ModuleId, Plan, Survey};
use crate::text_width::pad_to;

/// Terminal cells for the figure names.
const FIGURE_COLUMN: usize = 28;

pub fn compare_json(plans: &[Plan], comparison: &Comparison, language: Language) -> Value {
    let title = |index: usize| plans[index].title.in_language(language).to_owned();
    json!({
        "plans": plans.iter().zip(&comparison.reports)
            .map(|(plan, report)| report_json(plan, report, language))
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
    })
}

pub fn compare_text(
    plans: &[Plan],
    comparison: &Comparison,
    survey: &Survey,
    language: Language,
) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    for (index, plan) in plans.iter().enumerate() {
        let _ = writeln!(out, "[{}] {}", index + 1, plan.title.in_language(language));
    }
    let _ = writeln!(out);
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
                format!("{:>10}{mark}", words::figure_value(figure.id, *value))
            })
            .collect();
        let _ = writeln!(
            out,
            "{}{}",
            pad_to(words::figure_name(language, figure.id), FIGURE_COLUMN),
            cells.join("")
        );
    }
    let _ = writeln!(out, "{}", language.text(Text::CompareBetterMark));
    let _ = writeln!(out);
    let order: Vec<String> = comparison
        .ranking
        .iter()
        .map(|&index| format!("[{}]", index + 1))
        .collect();
    let _ = writeln!(
        out,
        "{}",
        language.fill(Text::CompareRanking, &[&order.join(" > ")])
    );
    if let Some(stability) = comparison.ranking_stability {
        let _ = writeln!(
            out,
            "{}",
            language.fill(
                Text::CompareRankingHolds,
                &[
                    &format!("{:.1} %", stability * 100.0),
                    &BOOTSTRAP_DRAWS,
                    &survey.respondents,
                    &BOOTSTRAP_SEED,
                ],
            )
        );
    }
    if let Some(difference) = &comparison.difference {
        let list = |ids: &[ModuleId]| {
            ids.iter()
                .map(|id| id.as_str())
                .collect::<Vec<_>>()
                .join(language.text(Text::ListSeparator))
        };
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "{}",
            language.fill(
                Text::CompareFromTo,
                &[&list(&difference.added), &list(&difference.removed)],
            )
        );
        for (id, from, to) in &difference.moved {
            let _ = writeln!(
                out,
                "  {}",
                language.fill(Text::CompareMovedLine, &[id, &(from + 1), &(to + 1)])
            );
        }
    }
    out
}
