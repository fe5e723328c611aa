//! The `report` text for people: the figures that matter, with the formulas named.

use std::fmt::Write;

use crate::analysis::Report;
use crate::model::{Level, Plan};
use crate::text_width::pad_to;

/// Terminal cells for the name columns.
const SKILL_COLUMN: usize = 32;
const INDUSTRY_COLUMN: usize = 40;

pub fn report_text(plan: &Plan, report: &Report, chinese: bool) -> String {
    let mut out = String::new();
    let totals = &report.totals;
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}", plan.title.in_language(chinese));
    let _ = writeln!(
        out,
        "{} modules · {} credits · {} hours ({} practice, {:.1} %)",
        totals.modules,
        totals.credits,
        totals.hours,
        totals.practice_hours,
        totals.practice_share * 100.0
    );
    for (index, (term, figures)) in plan.terms.iter().zip(&totals.terms).enumerate() {
        let _ = writeln!(
            out,
            "  {:>2}. {}: {} modules, {} credits, {} hours",
            index + 1,
            term.name.in_language(chinese),
            figures.modules,
            figures.credits,
            figures.hours
        );
    }

    let _ = writeln!(out);
    match &report.alignment {
        None => {
            let _ = writeln!(
                out,
                "Alignment: no survey (add one to the plan or pass --survey)."
            );
        }
        Some(alignment) => {
            let _ = writeln!(
                out,
                "Alignment with the survey: {:.3} (1 − ½ Σ|e_s − d_s|), cosine {:.3}",
                alignment.score, alignment.cosine
            );
            let _ = writeln!(
                out,
                "  {} {:>7} {:>7} {:>9} {:>7} {:>7}  top",
                pad_to("skill", SKILL_COLUMN),
                "demand",
                "d_s",
                "E_s",
                "e_s",
                "gap"
            );
            for skill in &alignment.skills {
                let verdict = if skill.gap < -0.02 {
                    "under-served"
                } else if skill.gap > 0.02 {
                    "over-served"
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "  {} {:>6.0}% {:>7.3} {:>9.1} {:>7.3} {:>+7.3}  {}  {}",
                    pad_to(skill.name.in_language(chinese), SKILL_COLUMN),
                    skill.demand * 100.0,
                    skill.demand_share,
                    skill.emphasis,
                    skill.emphasis_share,
                    skill.gap,
                    skill.top_level.map_or("-", Level::as_str),
                    verdict
                );
            }
            if !alignment.not_mastered.is_empty() {
                let ids: Vec<&str> = alignment
                    .not_mastered
                    .iter()
                    .map(|id| id.as_str())
                    .collect();
                let _ = writeln!(
                    out,
                    "  wanted by ≥ 50 % but never mastered (M): {}",
                    ids.join(", ")
                );
            }
            if !alignment.orphans.is_empty() {
                let ids: Vec<&str> = alignment.orphans.iter().map(|id| id.as_str()).collect();
                let _ = writeln!(out, "  built by no module: {}", ids.join(", "));
            }
            for issue in &alignment.progression {
                let _ = writeln!(
                    out,
                    "  progression: {} reaches {} in term {} before {} in term {}",
                    issue.skill,
                    Level::as_str(issue.higher),
                    issue.higher_term + 1,
                    Level::as_str(issue.lower),
                    issue.lower_term + 1
                );
            }
        }
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "Industries (hours of the modules serving each):");
    for industry in &report.industries.industries {
        let _ = writeln!(
            out,
            "  {} {:>5} h in {:>2} modules{}",
            pad_to(industry.name.in_language(chinese), INDUSTRY_COLUMN),
            industry.hours,
            industry.modules,
            if industry.target { "  (target)" } else { "" }
        );
    }
    if !report.industries.unserved_targets.is_empty() {
        let ids: Vec<&str> = report
            .industries
            .unserved_targets
            .iter()
            .map(|id| id.as_str())
            .collect();
        let _ = writeln!(
            out,
            "  target industries no module serves: {}",
            ids.join(", ")
        );
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "Rules:");
    for rule in &report.rules {
        let _ = writeln!(
            out,
            "  [{}] {:<20} {}",
            if rule.ok { "ok" } else { "FAIL" },
            rule.id.as_str(),
            rule.detail
        );
    }

    let _ = writeln!(out);
    match &report.structure {
        Ok(structure) => {
            let centrality = structure
                .centrality
                .map_or_else(|| "too large".to_owned(), |value| value.to_string());
            let _ = writeln!(
                out,
                "Structure: complexity {}, blocking {}, delay {}, centrality {}",
                structure.complexity, structure.blocking, structure.delay, centrality
            );
            if let Some(distance) = structure.requisite_distance {
                let _ = writeln!(out, "  requisite distance {distance}");
            }
            if let Some(balance) = &structure.credit_balance {
                let _ = writeln!(
                    out,
                    "  credits per term: {:.1}–{:.1}, mean {:.1}, standard deviation {:.2}",
                    balance.minimum, balance.maximum, balance.mean, balance.standard_deviation
                );
            }
        }
        Err(error) => {
            let _ = writeln!(out, "Structure: {error}");
        }
    }
    out
}
