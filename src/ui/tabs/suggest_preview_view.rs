//! The preview of a suggestion against the plan as it is: score, credits, hours and rules
//! before and after, the modules added, removed and moved, and what to do with it.

use egui::{Grid, RichText, Ui};

use crate::analysis::Report;
use crate::catalogue::{Language, Text, rule_name};
use crate::editor::constraint_text;
use crate::model::{ModuleId, Plan};
use crate::ui::command::Command;
use crate::ui::suggesting::{Failure, Finished, SuggestionOutcome};
use crate::ui::view_context::ViewContext;

pub fn preview_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    outcome: &SuggestionOutcome,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    match &outcome.result {
        Err(Failure::Infeasible(blocking)) => {
            ui.strong(language.text(Text::SuggestInfeasible));
            if blocking.is_empty() {
                ui.label(language.text(Text::SuggestBlockingNone));
            }
            for constraint in blocking {
                let name =
                    constraint_text(constraint, &outcome.prepared, &outcome.request, language);
                ui.label(language.fill(Text::SuggestBlocking, &[&name]));
            }
        }
        Err(Failure::Stopped) => {
            ui.strong(language.text(Text::SuggestStoppedInWindow));
        }
        Err(Failure::Other(error)) => {
            ui.strong(language.fill(Text::SuggestSolverFailed, &[error]));
        }
        Ok(finished) => finished_ui(ui, context, outcome, finished, commands),
    }
}

fn finished_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    outcome: &SuggestionOutcome,
    finished: &Finished,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let suggested = &finished.suggested;
    let figure = |value: f64| format!("{value:.4}");
    if suggested.optimal {
        ui.strong(language.text(Text::SuggestProvedInWindow));
    } else {
        ui.strong(language.fill(
            Text::SuggestBoundInWindow,
            &[&figure(suggested.bound), &figure(suggested.gap())],
        ));
    }
    let before = context.report;
    let after = &finished.report_after;
    Grid::new("suggest-before-after")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.strong(language.text(Text::SuggestNow));
            ui.strong(language.text(Text::SuggestAfter));
            ui.end_row();
            let score = |report: &Report| {
                report
                    .alignment
                    .as_ref()
                    .and_then(|alignment| alignment.score)
                    .map_or_else(|| "–".to_owned(), figure)
            };
            let rows: [(Text, String, String); 4] = [
                (Text::SuggestScoreRow, score(before), score(after)),
                (
                    Text::SuggestPathCredits,
                    format!("{:.1}", before.totals.path.credits),
                    format!("{:.1}", after.totals.path.credits),
                ),
                (
                    Text::SuggestPathHours,
                    format!("{:.0}", before.totals.path.hours),
                    format!("{:.0}", after.totals.path.hours),
                ),
                (Text::SuggestRulesRow, rules_met(before), rules_met(after)),
            ];
            for (label, now, then) in rows {
                ui.label(language.text(label));
                ui.label(now);
                ui.strong(then);
                ui.end_row();
            }
        });
    for rule in &after.rules {
        let was = before
            .rules
            .iter()
            .find(|check| check.rule.id == rule.rule.id)
            .is_some_and(|check| check.ok);
        // Every rule the suggestion misses, and those it newly meets.
        if !rule.ok || !was {
            let text = if rule.ok {
                Text::SuggestRuleNowMet
            } else {
                Text::SuggestRuleNowMissed
            };
            let line = language.fill(text, &[&rule_name(language, &rule.rule)]);
            ui.add(egui::Label::new(line).wrap());
        }
    }
    if !outcome.prepared.unchecked_rules.is_empty() {
        // By their names, as the analysis tab lists them.
        let names: Vec<String> = outcome
            .prepared
            .unchecked_rules
            .iter()
            .map(|id| {
                after
                    .rules
                    .iter()
                    .find(|check| &check.rule.id == id)
                    .map_or_else(|| id.clone(), |check| rule_name(language, &check.rule))
            })
            .collect();
        ui.add(
            egui::Label::new(
                RichText::new(language.fill(Text::SuggestUncheckedRules, &[&names.join(" · ")]))
                    .weak(),
            )
            .wrap(),
        );
    }
    changes_ui(ui, language, context.plan, finished);
    let current = outcome.made_for == context.plan_state;
    if !current {
        ui.label(language.text(Text::SuggestPlanChanged));
    }
    ui.horizontal(|ui| {
        let empty = finished.difference.added.is_empty()
            && finished.difference.removed.is_empty()
            && finished.difference.moved.is_empty();
        if ui
            .add_enabled(
                current && !empty,
                egui::Button::new(language.text(Text::SuggestApply)),
            )
            .clicked()
        {
            commands.push(Command::ApplySuggestion);
        }
        if ui.button(language.text(Text::SuggestOpenNew)).clicked() {
            commands.push(Command::OpenSuggestion);
        }
        if ui.button(language.text(Text::SuggestDiscard)).clicked() {
            commands.push(Command::DiscardSuggestion);
        }
    });
}

fn rules_met(report: &Report) -> String {
    let met = report.rules.iter().filter(|rule| rule.ok).count();
    format!("{met} / {}", report.rules.len())
}

/// The modules added, removed and moved, each list under its count.
fn changes_ui(ui: &mut Ui, language: Language, plan: &Plan, finished: &Finished) {
    let after = &finished.after;
    let name = |id: &ModuleId| {
        after
            .module(id)
            .or_else(|| plan.module(id))
            .map_or(id.as_str().to_owned(), |module| {
                module.name.in_language(language).to_owned()
            })
    };
    let term = |plan: &Plan, index: usize| {
        plan.terms.get(index).map_or_else(String::new, |term| {
            term.name.in_language(language).to_owned()
        })
    };
    let difference = &finished.difference;
    // Each group whose offer the suggestion chose, with what it offers now.
    let groups: Vec<(String, Vec<String>)> = after
        .elective_groups
        .iter()
        .filter(|group| !plan.elective_groups.contains(group))
        .map(|group| {
            let credits: f64 = group
                .modules
                .iter()
                .filter_map(|id| after.module(id))
                .map(|module| module.credits)
                .sum();
            let title = language.fill(
                Text::SuggestGroupOffers,
                &[
                    &group.name.in_language(language),
                    &group.modules.len(),
                    &credits,
                    &group.min_credits,
                ],
            );
            (title, group.modules.iter().map(&name).collect())
        })
        .collect();
    if difference.added.is_empty()
        && difference.removed.is_empty()
        && difference.moved.is_empty()
        && groups.is_empty()
    {
        ui.label(language.text(Text::SuggestNoChange));
        return;
    }
    let added: Vec<String> = difference
        .added
        .iter()
        .map(|id| {
            let at = after
                .term_of(id)
                .map(|index| term(after, index))
                .unwrap_or_default();
            language.fill(Text::SuggestInTerm, &[&name(id), &at])
        })
        .collect();
    let removed: Vec<String> = difference.removed.iter().map(&name).collect();
    let moved: Vec<String> = difference
        .moved
        .iter()
        .map(|(id, from, to)| {
            language.fill(
                Text::SuggestMovedWhat,
                &[&name(id), &term(plan, *from), &term(after, *to)],
            )
        })
        .collect();
    let lists = [
        (Text::SuggestAdded, added),
        (Text::SuggestRemoved, removed),
        (Text::SuggestMoved, moved),
    ]
    .into_iter()
    .map(|(heading, lines)| (language.fill(heading, &[&lines.len()]), lines));
    for (title, lines) in lists.chain(groups) {
        if lines.is_empty() {
            continue;
        }
        egui::CollapsingHeader::new(RichText::new(title).strong())
            .default_open(true)
            .show(ui, |ui| {
                for line in lines {
                    ui.label(line);
                }
            });
    }
}
