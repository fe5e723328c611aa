//! The status bar (totals, alignment, the number of findings) and the findings window that
//! opens from it: validation problems and rules not met; a click selects what it concerns.

use egui::{RichText, Ui};

use crate::analysis::RuleCheck;
use crate::catalogue::{Language, Text};
use crate::catalogue::{problem_message, rule_message, rule_name, words};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::validate::{Location, Problem, Severity};
use crate::model::{ModuleId, Plan};
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::theme;
use crate::ui::view_context::ViewContext;

fn failed_rules<'a>(context: &'a ViewContext<'_>) -> impl Iterator<Item = &'a RuleCheck> {
    context.report.rules.iter().filter(|rule| !rule.ok)
}

/// Findings and rules not met: what the status bar counts.
pub fn findings_count(context: &ViewContext<'_>) -> usize {
    context.findings.len() + failed_rules(context).count()
}

pub fn status_bar_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    let totals = &context.report.totals;
    ui.horizontal(|ui| {
        // With elective groups, what a student takes beside what the plan offers.
        if context.report.groups.is_empty() {
            ui.label(context.size_text(totals.credits, totals.hours));
        } else if context.shows_credits() {
            let hours = language.fill(Text::StatusHours, &[&totals.hours]);
            ui.label(format!(
                "{} · {hours}",
                language.fill(
                    Text::StatusPathCredits,
                    &[
                        &words::number(totals.path.credits),
                        &words::number(totals.credits)
                    ],
                )
            ));
        } else {
            ui.label(language.fill(
                Text::StatusPathHours,
                &[&words::number(totals.path.hours), &totals.hours],
            ));
        }
        ui.separator();
        ui.label(language.fill(
            Text::StatusPractice,
            &[&format!("{:.1} %", totals.practice_share * 100.0)],
        ));
        ui.separator();
        match &context.report.alignment {
            Some(alignment) => {
                let response = ui
                    .label(language.fill(
                        Text::StatusAlignment,
                        &[&words::score(language, alignment.score)],
                    ))
                    .on_hover_text(language.fill(
                        Text::AlignmentFormula,
                        &[&words::score(language, alignment.cosine)],
                    ));
                // What the last change did, to four places: one level often moves the score
                // less than the three shown.
                if let (Some(now), Some(before)) = (alignment.score, context.previous_score) {
                    let change = now - before;
                    if change.abs() >= 0.000_05 {
                        let (mark, colour) = if change > 0.0 {
                            ("▲", egui::Color32::from_rgb(0x2e, 0x7d, 0x32))
                        } else {
                            ("▼", ui.visuals().warn_fg_color)
                        };
                        ui.colored_label(colour, format!("{mark} {change:+.4}"))
                            .on_hover_text(language.text(Text::StatusScoreChange));
                    }
                }
                response
            }
            None => ui.weak(language.text(Text::StatusNoSurvey)),
        };
        ui.separator();
        let count = findings_count(context);
        // "√ 0 项检查结果" read as "0 checks passed"; none found says so in words.
        let text = if count == 0 {
            language.text(Text::StatusNoFindings).to_owned()
        } else {
            language.fill(Text::StatusFindings, &[&count])
        };
        let colour = if context
            .findings
            .iter()
            .any(|finding| finding.severity == Severity::Error)
        {
            theme::error_colour(ui.visuals())
        } else if count > 0 {
            theme::warning_colour(ui.visuals())
        } else {
            theme::good_colour(ui.visuals().dark_mode)
        };
        let marker = if count > 0 { "▲" } else { "√" };
        if ui
            .add(
                egui::Button::new(RichText::new(format!("{marker} {text}")).color(colour))
                    .frame(false),
            )
            .clicked()
        {
            commands.push(Command::ShowFindings(true));
        }
        // The last export's or print's notice, right-aligned, closed by its ×.
        if let Some(notice) = context.notice {
            ui.separator();
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .small_button("×")
                    .on_hover_text(language.text(Text::Close))
                    .clicked()
                {
                    commands.push(Command::DismissNotice);
                }
                ui.add(
                    egui::Label::new(
                        RichText::new(format!("√ {notice}"))
                            .color(theme::good_colour(ui.visuals().dark_mode)),
                    )
                    .truncate(),
                )
                .on_hover_text(notice);
            });
        }
    });
}

/// The findings window; `false` once the user closed it.
pub fn findings_window(
    ctx: &egui::Context,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) -> bool {
    let language = context.language;
    let mut still_open = true;
    egui::Window::new(language.text(Text::FindingsTitle))
        .open(&mut still_open)
        .default_size([520.0, 360.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                if findings_count(context) == 0 {
                    ui.label(language.text(Text::NoFindings));
                }
                for rule in failed_rules(context) {
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(
                            theme::warning_colour(ui.visuals()),
                            language.text(Text::RuleFailed),
                        );
                        ui.label(language.fill(
                            Text::RuleNameAndFigure,
                            &[
                                &rule_name(language, &rule.rule),
                                &rule_message(language, rule),
                            ],
                        ));
                    });
                }
                for finding in context.findings {
                    ui.horizontal_wrapped(|ui| {
                        let (severity, colour) = match finding.severity {
                            Severity::Error => (Text::Error, theme::error_colour(ui.visuals())),
                            Severity::Warning => {
                                (Text::Warning, theme::warning_colour(ui.visuals()))
                            }
                        };
                        ui.colored_label(colour, language.text(severity));
                        let text =
                            finding_text(language, context.plan, context.library, &finding.problem);
                        if ui.link(text).clicked() {
                            commands
                                .push(Command::Select(selection_of(finding.problem.location())));
                        }
                        fix_buttons(ui, context, &finding.problem, commands);
                    });
                }
            });
        });
    // Escape closes it too: `Action::Dismiss`.
    still_open
}

fn selection_of(location: Location) -> Selection {
    match location {
        Location::Module(module) | Location::ModuleField(module, _) => Selection::Module(module),
        Location::Term { term, .. } | Location::TermCalendar(term) => Selection::Term(term),
        Location::Skill(_)
        | Location::Industry(_)
        | Location::Survey(_)
        | Location::Field(_)
        | Location::Group(_)
        | Location::Rule(_) => Selection::Plan,
    }
}

/// A finding in the window: modules named by name and code in the window's language ("国际贸易
/// 实务（ZH303）"); one the plan lacks but the library has, as the library names it; an id
/// only when neither knows it (an internal id reads as a broken file).
pub fn finding_text(
    language: Language,
    plan: &Plan,
    library: &crate::model::Library,
    problem: &Problem,
) -> String {
    problem_message(language, problem, &|id: &ModuleId| {
        let named = |module: &crate::model::Module, text: Text| {
            language.fill(text, &[&module.name.in_language(language), &module.code])
        };
        match plan.module(id) {
            Some(module) => named(module, Text::FindingModuleName),
            None => library
                .modules
                .iter()
                .find(|module| &module.id == id)
                .map_or_else(
                    || id.as_str().to_owned(),
                    |module| named(module, Text::FindingLibraryModuleName),
                ),
        }
    })
}

/// The obvious fixes of a finding, as buttons under it: a requisite the plan lacks is added
/// from the library (a prerequisite a term earlier, a corequisite in the same term) or the
/// requirement is removed.
fn fix_buttons(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    problem: &Problem,
    commands: &mut Vec<Command>,
) {
    let Problem::UnknownRequisite { module, requisite } = problem else {
        return;
    };
    let language = context.language;
    let Some(owner) = context.plan.module(module) else {
        return;
    };
    let prerequisite = owner.prerequisites.contains(requisite);
    if let Some(found) = context
        .library
        .modules
        .iter()
        .find(|found| &found.id == requisite)
        && let Some(term) = context.plan.term_of(module)
    {
        let term = if prerequisite {
            term.saturating_sub(1)
        } else {
            term
        };
        let index = context
            .plan
            .terms
            .get(term)
            .map_or(0, |entry| entry.modules.len());
        let label = language.fill(
            Text::FixAddFromLibrary,
            &[
                &found.name.in_language(language),
                &context
                    .plan
                    .terms
                    .get(term)
                    .map_or("", |entry| entry.name.in_language(language)),
            ],
        );
        if ui.small_button(label).clicked() {
            commands.push(Command::AddFromLibrary {
                module: requisite.clone(),
                term,
                index,
            });
        }
    }
    if ui
        .small_button(language.text(Text::FixRemoveRequisite))
        .clicked()
    {
        let mut changed = owner.clone();
        changed.prerequisites.retain(|id| id != requisite);
        changed.corequisites.retain(|id| id != requisite);
        commands.push(Command::Apply(
            Edit::PutModule(Box::new(changed)),
            Coalesce::Never,
        ));
    }
}
