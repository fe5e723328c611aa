//! The analysis tab: what the report says about the plan, for people — how its effort across
//! skills compares with what the survey's employers want (and which skills it under- and
//! over-serves), the industries it serves, its rules and its structure.

use egui::{Grid, ProgressBar, RichText, Ui};

use crate::analysis::{Alignment, IndustryCoverage, RuleCheck, Structure, StructureError};
use crate::catalogue::{Language, Text};
use crate::catalogue::{book_name, rule_message, rule_name, rule_source, words};
use crate::ui::charts::radar_chart::radar_ui;
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::tabs::comparison_view::{ComparisonView, comparison_ui};
use crate::ui::view_context::ViewContext;

/// How many of the most complex modules the structure section lists.
const MOST_COMPLEX: usize = 5;
/// Width of the share bars in the skills table.
const SHARE_BAR_WIDTH: f32 = 90.0;
/// Up to this many rules missed, their modules' tables open by themselves.
const OPEN_REMEDIES: usize = 2;
/// From this width the radar and the figures sit side by side.
const TWO_COLUMNS_FROM: f32 = 960.0;

pub fn analysis_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    comparison: &mut ComparisonView,
    gap: &mut crate::ui::tabs::gap_view::GapView,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(language.text(Text::AnalysisAlignment));
            match &context.report.alignment {
                Some(alignment) => {
                    advice_ui(ui, language, alignment);
                    let description = context.plan.survey.as_ref().map(|survey| {
                        crate::ui::charts::gap_chart::gap_chart_ui(ui, language, alignment, survey)
                    });
                    let radar = |ui: &mut Ui| {
                        if let Some(description) = &description {
                            radar_ui(ui, language, alignment, description);
                        }
                    };
                    // Side by side when there is room, one under the other when narrow.
                    if ui.available_width() >= TWO_COLUMNS_FROM {
                        ui.columns(2, |columns| {
                            radar(&mut columns[0]);
                            alignment_ui(&mut columns[1], language, alignment);
                        });
                    } else {
                        radar(ui);
                        alignment_ui(ui, language, alignment);
                    }
                    ui.separator();
                    gap.ui(ui, context, commands);
                }
                None => {
                    ui.label(language.text(Text::NoSurvey));
                }
            }
            ui.separator();
            comparison_ui(ui, context, comparison, commands);
            ui.separator();
            ui.heading(language.text(Text::Industries));
            industries_ui(ui, context, &context.report.industries);
            ui.separator();
            ui.heading(language.text(Text::Rules));
            rules_ui(ui, context, &context.report.rules, commands);
            ui.separator();
            ui.heading(language.text(Text::AnalysisStructure));
            match &context.report.structure {
                Ok(structure) => structure_ui(ui, context, structure, commands),
                Err(StructureError::Cycle(modules)) => {
                    let names: Vec<String> = modules
                        .iter()
                        .map(|id| module_name(context, id.as_str()))
                        .collect();
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        language.fill(
                            Text::StructureCycle,
                            &[&crate::catalogue::echo::shortened_list(
                                names.iter().map(String::as_str),
                                " → ",
                            )],
                        ),
                    );
                }
                Err(StructureError::TooLarge { limit }) => {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        language.fill(Text::StructureWithheld, &[limit]),
                    );
                }
            }
        });
}

fn alignment_ui(ui: &mut Ui, language: Language, alignment: &Alignment) {
    ui.label(
        RichText::new(language.fill(
            Text::AnalysisScore,
            &[
                &words::score(language, alignment.score),
                &words::score(language, alignment.cosine),
            ],
        ))
        .strong(),
    );
    if let Some(reason) = alignment.no_alignment() {
        ui.label(
            RichText::new(words::no_alignment(language, reason)).color(ui.visuals().warn_fg_color),
        );
    }
    ui.label(RichText::new(language.text(Text::AnalysisScoreExplained)).weak());
    ui.add_space(4.0);
    // The table keeps its columns on a narrow panel and scrolls sideways instead.
    egui::ScrollArea::horizontal()
        .id_salt("analysis-skills-scroll")
        .show(ui, |ui| skills_table(ui, language, alignment));
    alignment_notes(ui, language, alignment);
}

fn skills_table(ui: &mut Ui, language: Language, alignment: &Alignment) {
    let headings = [
        Text::Skill,
        Text::ColumnDemand,
        Text::ColumnDemandShare,
        Text::ColumnEmphasisShare,
        Text::ColumnGap,
        Text::ColumnTopLevel,
    ];
    // The bars share one scale, the largest share filling a bar, so that 7 % and 19 % look
    // as different as they are.
    let largest = alignment
        .skills
        .iter()
        .map(|skill| skill.demand_share.max(skill.emphasis_share))
        .fold(0.0, f64::max);
    figures_grid(ui, "analysis-skills", language, &headings, |ui| {
        for skill in &alignment.skills {
            ui.label(skill.name.in_language(language));
            ui.label(percent(skill.demand));
            share_bar(ui, skill.demand_share, largest);
            share_bar(ui, skill.emphasis_share, largest);
            let gap = format!("{:+.1}", skill.gap * 100.0);
            if skill.gap < 0.0 {
                ui.colored_label(ui.visuals().warn_fg_color, gap);
            } else {
                ui.label(gap);
            }
            ui.label(
                skill
                    .top_level
                    .map_or("—", |level| words::level(language, level)),
            );
            ui.end_row();
        }
    });
}

/// What to do about the alignment, in hours a programme leader can place: first in the tab,
/// above the charts.
fn advice_ui(ui: &mut Ui, language: Language, alignment: &Alignment) {
    let name_of = |index: usize| {
        alignment.skills[index]
            .name
            .in_language(language)
            .to_owned()
    };
    if let Some(advice) = alignment.effort_move() {
        ui.label(
            RichText::new(language.fill(
                Text::EffortMoveAdvice,
                &[
                    &format!("{:.0}", advice.hours_at_r()),
                    &format!("{:.0}", advice.weighted_hours),
                    &name_of(advice.from),
                    &name_of(advice.to),
                    // Four places, as the suggestions below show them.
                    &format!("{:.4}", advice.score_before),
                    &format!("{:.4}", advice.score_after),
                ],
            ))
            .strong(),
        );
    }
}

/// Which skills the plan under- and over-serves most, and what no module covers well.
fn alignment_notes(ui: &mut Ui, language: Language, alignment: &Alignment) {
    let name_of = |index: usize| {
        alignment.skills[index]
            .name
            .in_language(language)
            .to_owned()
    };
    let by_gap = |wanted: std::cmp::Ordering| {
        (0..alignment.skills.len())
            .filter(|&index| alignment.skills[index].gap.partial_cmp(&0.0) == Some(wanted))
            .min_by(|&left, &right| {
                let (left, right) = (alignment.skills[left].gap, alignment.skills[right].gap);
                match wanted {
                    std::cmp::Ordering::Less => left.total_cmp(&right),
                    _ => right.total_cmp(&left),
                }
            })
    };
    if let Some(index) = by_gap(std::cmp::Ordering::Less) {
        let points = format!("{:.1}", alignment.skills[index].gap * 100.0);
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(Text::MostUnderServed, &[&name_of(index), &points]),
        );
    }
    if let Some(index) = by_gap(std::cmp::Ordering::Greater) {
        let points = format!("{:.1}", alignment.skills[index].gap * 100.0);
        ui.label(language.fill(Text::MostOverServed, &[&name_of(index), &points]));
    }
    let names = |ids: &[crate::model::SkillId]| {
        ids.iter()
            .map(|id| {
                alignment
                    .skills
                    .iter()
                    .find(|skill| &skill.skill == id)
                    .map_or_else(
                        || id.as_str().to_owned(),
                        |skill| skill.name.in_language(language).to_owned(),
                    )
            })
            .collect::<Vec<_>>()
            .join(language.text(Text::ListSeparator))
    };
    if !alignment.not_mastered.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(Text::NotMastered, &[&names(&alignment.not_mastered)]),
        );
    }
    if !alignment.orphans.is_empty() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(Text::Orphans, &[&names(&alignment.orphans)]),
        );
    }
    for issue in &alignment.progression {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(
                Text::ProgressionIssue,
                &[
                    &names(std::slice::from_ref(&issue.skill)),
                    &issue.higher.as_str(),
                    &(issue.higher_term + 1),
                    &issue.lower.as_str(),
                    &(issue.lower_term + 1),
                ],
            ),
        );
    }
}

fn industries_ui(ui: &mut Ui, context: &ViewContext<'_>, coverage: &IndustryCoverage) {
    let language = context.language;
    if coverage.industries.is_empty() {
        ui.label(language.text(Text::NoIndustries));
        return;
    }
    crate::ui::charts::industry_chart::industry_chart_ui(
        ui,
        language,
        coverage,
        &context.plan.industries,
    );
    let headings = [
        Text::Industry,
        Text::Hours,
        Text::ColumnModules,
        Text::ColumnTarget,
    ];
    figures_grid(ui, "analysis-industries", language, &headings, |ui| {
        for industry in &coverage.industries {
            ui.label(industry.name.in_language(language));
            ui.label(industry.hours.to_string());
            ui.label(industry.modules.to_string());
            ui.label(if industry.target { "√" } else { "" });
            ui.end_row();
        }
    });
    if !coverage.unserved_targets.is_empty() {
        let names: Vec<&str> = coverage
            .industries
            .iter()
            .filter(|industry| coverage.unserved_targets.contains(&industry.industry))
            .map(|industry| industry.name.in_language(language))
            .collect();
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(
                Text::UnservedTargets,
                &[&names.join(language.text(Text::ListSeparator))],
            ),
        );
    }
}

fn rules_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    rules: &[RuleCheck],
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    match (&context.report.rule_book, &context.report.missing_book) {
        (_, Some(id)) => {
            ui.colored_label(
                crate::ui::theme::warning_colour(ui.visuals()),
                language.fill(Text::ReportRuleBookMissing, &[id]),
            );
            return;
        }
        (Some(book), None) => {
            ui.label(
                egui::RichText::new(language.fill(
                    Text::ReportRuleBook,
                    &[&book_name(language, &book.name), &book.id],
                ))
                .weak(),
            );
        }
        (None, None) => {}
    }
    if rules.is_empty() {
        ui.label(language.text(Text::NoRules));
        return;
    }
    let failed = rules.iter().filter(|rule| !rule.ok).count();
    for rule in rules {
        let text = format!(
            "{} {}",
            if rule.ok { "√" } else { "×" },
            language.fill(
                Text::RuleNameAndFigure,
                &[
                    &rule_name(language, &rule.rule),
                    &rule_message(language, rule)
                ]
            )
        );
        let label = if rule.ok {
            ui.label(text)
        } else {
            ui.colored_label(ui.visuals().error_fg_color, text)
        };
        // What the rule rests on, a hover away.
        label.on_hover_text(language.fill(
            Text::ReportRuleSource,
            &[&rule_source(language, &rule.rule.source)],
        ));
        if let Some(remedy) = &rule.remedy {
            ui.indent(("rule-remedy", rule.id()), |ui| {
                crate::ui::tabs::rule_remedy_view::remedy_ui(
                    ui,
                    context,
                    rule.id(),
                    remedy,
                    failed <= OPEN_REMEDIES,
                    commands,
                );
            });
        }
    }
}

fn structure_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    structure: &Structure,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let centrality = structure.centrality.map_or_else(
        || language.text(Text::TooLarge).to_owned(),
        |value| value.to_string(),
    );
    ui.label(language.fill(
        Text::StructureTotals,
        &[
            &structure.blocking,
            &structure.delay,
            &centrality,
            &words::number(structure.complexity),
        ],
    ));
    ui.label(RichText::new(language.text(Text::StructureExplained)).weak());
    if let Some(distance) = structure.requisite_distance {
        ui.label(language.fill(Text::RequisiteDistance, &[&distance]));
    }
    // A short course counted in hours only has no credits to balance.
    if let Some(balance) = structure
        .credit_balance
        .as_ref()
        .filter(|balance| balance.maximum > 0.0)
    {
        ui.label(language.fill(
            Text::CreditBalance,
            &[
                &words::number(balance.minimum),
                &words::number(balance.maximum),
                &words::number(balance.mean),
                &words::number(balance.standard_deviation),
            ],
        ));
    }
    let mut ranked: Vec<_> = structure
        .modules
        .iter()
        // A module outside every requisite chain has complexity 1 and tells nothing.
        .filter(|module| module.blocking > 0 || module.delay > 1)
        .collect();
    ranked.sort_by(|left, right| right.complexity.total_cmp(&left.complexity));
    if ranked.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.label(RichText::new(language.text(Text::MostComplex)).strong());
    for module in ranked.into_iter().take(MOST_COMPLEX) {
        ui.horizontal_wrapped(|ui| {
            let name = module_name(context, module.module.as_str());
            if ui.link(name).clicked() {
                commands.push(Command::Select(Selection::Module(module.module.clone())));
            }
            ui.label(language.fill(
                Text::ComplexityOf,
                &[
                    &words::number(module.complexity),
                    &module.blocking,
                    &module.delay,
                ],
            ));
        });
    }
}

/// A striped grid with a bold heading row; `rows` adds the rest.
fn figures_grid(
    ui: &mut Ui,
    id: &str,
    language: Language,
    headings: &[Text],
    rows: impl FnOnce(&mut Ui),
) {
    Grid::new(id)
        .striped(true)
        .num_columns(headings.len())
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for &heading in headings {
                let label = ui.label(RichText::new(language.text(heading)).strong());
                if let Some(tip) = heading_tip(heading) {
                    label.on_hover_text(language.text(tip));
                }
            }
            ui.end_row();
            rows(ui);
        });
}

/// A share as a bar with its percentage.
fn share_bar(ui: &mut Ui, share: f64, largest: f64) {
    let filled = if largest > 0.0 { share / largest } else { 0.0 };
    ui.add(
        ProgressBar::new(filled as f32)
            .desired_width(SHARE_BAR_WIDTH)
            .corner_radius(1.0)
            .text(percent(share)),
    );
}

fn percent(share: f64) -> String {
    format!("{:.1} %", share * 100.0)
}

/// A module's code and name, or its id when the plan does not define it.
fn module_name(context: &ViewContext<'_>, id: &str) -> String {
    context
        .plan
        .modules
        .iter()
        .find(|module| module.id.as_str() == id)
        .map_or_else(
            || id.to_owned(),
            |module| {
                format!(
                    "{} {}",
                    module.code,
                    module.name.in_language(context.language)
                )
            },
        )
}

/// What a column of the analysis means, for its header's tooltip.
fn heading_tip(heading: Text) -> Option<Text> {
    Some(match heading {
        Text::ColumnDemand => Text::TipDemand,
        Text::ColumnDemandShare => Text::TipDemandShare,
        Text::ColumnEmphasisShare => Text::TipEmphasisShare,
        Text::ColumnGap => Text::TipGap,
        Text::ColumnTopLevel => Text::TipTopLevel,
        Text::Hours => Text::TipIndustryHours,
        Text::ColumnModules => Text::TipIndustryModules,
        Text::ColumnTarget => Text::TipTarget,
        _ => return None,
    })
}
