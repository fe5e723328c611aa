//! The `report` text for people: the figures that matter, with the formulas named, in the
//! chosen language.

use std::fmt::Write;

use crate::analysis::{Report, StructureError};
use crate::catalogue::{
    Language, Text, book_name, remedy_message, rule_message, rule_name, rule_source, words,
};
use crate::model::{Level, Plan};
use crate::text_width::pad_to;

/// Terminal cells for the name columns.
const SKILL_COLUMN: usize = 32;
const INDUSTRY_COLUMN: usize = 40;

use crate::analysis::GAP_WORTH_NAMING;

pub fn report_text(plan: &Plan, report: &Report, language: Language) -> String {
    let mut out = String::new();
    let totals = &report.totals;
    let fill = |text, values: &[&dyn std::fmt::Display]| language.fill(text, values);
    let list = |ids: &mut dyn Iterator<Item = &str>| {
        ids.collect::<Vec<_>>()
            .join(language.text(Text::ListSeparator))
    };
    // Writing to a String cannot fail.
    let _ = writeln!(out, "{}", plan.title.in_language(language));
    let _ = writeln!(
        out,
        "{}",
        fill(
            Text::ReportSummary,
            &[
                &totals.modules,
                &totals.credits,
                &totals.hours,
                &totals.practice_hours,
                &format!("{:.1} %", totals.practice_share * 100.0),
            ],
        )
    );
    // With elective groups: what a student takes, and what each group asks.
    if !report.groups.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            fill(
                Text::ReportPath,
                &[
                    &words::number(totals.path.credits),
                    &words::number(totals.path.hours),
                ],
            )
        );
        for group in &report.groups {
            let _ = writeln!(
                out,
                "  {}",
                fill(
                    Text::GroupRule,
                    &[
                        &group.name.in_language(language),
                        &group.modules.len(),
                        &words::number(group.offered_credits),
                        &words::number(group.path_credits),
                    ],
                )
            );
        }
    }
    for (index, (term, figures)) in plan.terms.iter().zip(&totals.terms).enumerate() {
        let _ = writeln!(
            out,
            "  {:>2}. {}",
            index + 1,
            fill(
                Text::ReportTerm,
                &[
                    &term.name.in_language(language),
                    &figures.modules,
                    &figures.credits,
                    &figures.hours,
                ],
            )
        );
    }

    let _ = writeln!(out);
    match &report.alignment {
        None => {
            let _ = writeln!(out, "{}", language.text(Text::ReportNoSurvey));
        }
        Some(alignment) => {
            let _ = writeln!(
                out,
                "{}",
                fill(
                    Text::ReportAlignment,
                    &[
                        &words::score(language, alignment.score),
                        &words::score(language, alignment.cosine)
                    ],
                )
            );
            if let Some(reason) = alignment.no_alignment() {
                let _ = writeln!(out, "{}", words::no_alignment(language, reason));
            }
            // The choices' reach, where students choose.
            if let (false, Some((low, high))) = (report.groups.is_empty(), alignment.score_range) {
                let ranges: Vec<String> = alignment
                    .skills
                    .iter()
                    .map(|skill| {
                        format!(
                            "{} {:.0}–{:.0}",
                            skill.name.in_language(language),
                            skill.effort_range.0,
                            skill.effort_range.1
                        )
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "{}",
                    fill(
                        Text::ReportChoiceRange,
                        &[
                            &format!("{low:.3}"),
                            &format!("{high:.3}"),
                            &ranges.join(language.text(Text::ListSeparator)),
                        ],
                    )
                );
            }
            let _ = writeln!(
                out,
                "  {} {} {:>7} {:>9} {:>7} {:>7}  {}",
                pad_to(language.text(Text::ReportColumnSkill), SKILL_COLUMN),
                pad_to_right(language.text(Text::ReportColumnDemand), 7),
                "d_s",
                "E_s",
                "e_s",
                "gap",
                language.text(Text::ReportColumnTop),
            );
            for skill in &alignment.skills {
                let verdict = if skill.gap < -GAP_WORTH_NAMING {
                    language.text(Text::ReportUnderServed)
                } else if skill.gap > GAP_WORTH_NAMING {
                    language.text(Text::ReportOverServed)
                } else {
                    ""
                };
                let _ = writeln!(
                    out,
                    "  {} {:>6.0}% {:>7.3} {:>9.1} {:>7.3} {:>+7.3}  {}  {}",
                    pad_to(skill.name.in_language(language), SKILL_COLUMN),
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
                let ids = list(&mut alignment.not_mastered.iter().map(|id| id.as_str()));
                let _ = writeln!(out, "  {}", fill(Text::ReportNotMastered, &[&ids]));
            }
            if !alignment.orphans.is_empty() {
                let ids = list(&mut alignment.orphans.iter().map(|id| id.as_str()));
                let _ = writeln!(out, "  {}", fill(Text::ReportOrphans, &[&ids]));
            }
            for issue in &alignment.progression {
                let _ = writeln!(
                    out,
                    "  {}",
                    fill(
                        Text::ReportProgression,
                        &[
                            &issue.skill,
                            &Level::as_str(issue.higher),
                            &(issue.higher_term + 1),
                            &Level::as_str(issue.lower),
                            &(issue.lower_term + 1),
                        ],
                    )
                );
            }
        }
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "{}", language.text(Text::ReportIndustries));
    for industry in &report.industries.industries {
        let target = if industry.target {
            language.text(Text::ReportTarget)
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {} {}{target}",
            pad_to(industry.name.in_language(language), INDUSTRY_COLUMN),
            fill(
                Text::ReportIndustryHours,
                &[
                    &format!("{:>5}", industry.hours),
                    &format!("{:>2}", industry.modules)
                ],
            ),
        );
    }
    if !report.industries.unserved_targets.is_empty() {
        let ids = list(
            &mut report
                .industries
                .unserved_targets
                .iter()
                .map(|id| id.as_str()),
        );
        let _ = writeln!(out, "  {}", fill(Text::UnservedTargets, &[&ids]));
    }

    let _ = writeln!(out);
    let _ = writeln!(out, "{}", language.text(Text::ReportRules));
    match (&report.rule_book, &report.missing_book) {
        (Some(book), _) => {
            let _ = writeln!(
                out,
                "  {}",
                fill(
                    Text::ReportRuleBook,
                    &[&book_name(language, &book.name), &book.id]
                )
            );
        }
        (None, Some(id)) => {
            let _ = writeln!(out, "  {}", fill(Text::ReportRuleBookMissing, &[id]));
        }
        (None, None) => {}
    }
    for rule in &report.rules {
        let _ = writeln!(
            out,
            "  [{}] {:<20} {}",
            if rule.ok { "ok" } else { "FAIL" },
            rule.id(),
            fill(
                Text::RuleNameAndFigure,
                &[
                    &rule_name(language, &rule.rule),
                    &rule_message(language, rule)
                ]
            )
        );
        let _ = writeln!(
            out,
            "         {}",
            fill(
                Text::ReportRuleSource,
                &[&rule_source(language, &rule.rule.source)]
            )
        );
        // A rule missed says how far off, and names the modules concerned by code.
        if let Some(remedy) = &rule.remedy {
            let codes: Vec<&str> = remedy
                .modules
                .iter()
                .map(|id| {
                    plan.module(id)
                        .map_or(id.as_str(), |module| module.code.as_str())
                })
                .collect();
            let _ = writeln!(
                out,
                "         {}{}",
                remedy_message(language, remedy),
                codes.join(language.text(Text::ListSeparator))
            );
        }
    }

    let _ = writeln!(out);
    match &report.structure {
        Ok(structure) => {
            let centrality = structure.centrality.map_or_else(
                || language.text(Text::TooLarge).to_owned(),
                |value| value.to_string(),
            );
            let _ = writeln!(
                out,
                "{}",
                fill(
                    Text::ReportStructure,
                    &[
                        &structure.complexity,
                        &structure.blocking,
                        &structure.delay,
                        &centrality
                    ],
                )
            );
            if let Some(distance) = structure.requisite_distance {
                let _ = writeln!(
                    out,
                    "  {}",
                    fill(Text::ReportRequisiteDistance, &[&distance])
                );
            }
            if let Some(balance) = &structure.credit_balance {
                let _ = writeln!(
                    out,
                    "  {}",
                    fill(
                        Text::ReportCreditBalance,
                        &[
                            &format!("{:.1}", balance.minimum),
                            &format!("{:.1}", balance.maximum),
                            &format!("{:.1}", balance.mean),
                            &format!("{:.2}", balance.standard_deviation),
                        ],
                    )
                );
            }
        }
        Err(StructureError::Cycle(modules)) => {
            let ids =
                crate::catalogue::echo::shortened_list(modules.iter().map(|id| id.as_str()), " → ");
            let _ = writeln!(out, "{}", fill(Text::StructureCycle, &[&ids]));
        }
        Err(StructureError::TooLarge { limit }) => {
            let _ = writeln!(out, "{}", fill(Text::StructureWithheld, &[limit]));
        }
    }
    out
}

/// Right-aligns `text` in `width` terminal cells (a Chinese character takes two).
fn pad_to_right(text: &str, width: usize) -> String {
    let shown = crate::text_width::display_width(text);
    format!("{}{text}", " ".repeat(width.saturating_sub(shown)))
}
