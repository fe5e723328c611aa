//! Other plans compared with the open one against its survey: every figure side by side with
//! the better value marked, the ranking by alignment and how often it holds when the survey is
//! resampled, which plan comes closest to the demand per skill, and for one other plan the
//! modules added, removed and moved.

use egui::{Grid, RichText, Ui};

use crate::analysis::{
    BOOTSTRAP_DRAWS, BOOTSTRAP_SEED, Better, Comparison, PlanDifference, compare,
};
use crate::catalogue::words;
use crate::catalogue::{Language, Text};
use crate::editor::ComparedPlans;
use crate::model::{ModuleId, Plan, RuleBook, RuleBooks};
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

/// The comparison worked out last, kept until the open plan or the list of plans changes
/// (the resampling takes a thousand draws).
#[derive(Default)]
pub struct ComparisonView {
    /// (plan state, list version, comparison)
    cached: Option<(u64, u64, Comparison)>,
}

impl ComparisonView {
    /// Works out the comparison of `plan` (history state `state`) with the other plans,
    /// against the plan's own survey, unless it is up to date.
    /// Each plan is checked against the book of its id among those the open plan sees.
    fn refresh(&mut self, plan: &Plan, state: u64, compared: &ComparedPlans, books: &RuleBooks) {
        let Some(survey) = plan.survey.as_ref() else {
            self.cached = None;
            return;
        };
        if compared.others().is_empty() {
            self.cached = None;
            return;
        }
        let fresh = self
            .cached
            .as_ref()
            .is_some_and(|(cached_state, version, _)| {
                *cached_state == state && *version == compared.version()
            });
        if !fresh {
            let plans: Vec<&Plan> = std::iter::once(plan)
                .chain(compared.others().iter().map(|other| &other.plan))
                .collect();
            let rule_books: Vec<Option<&RuleBook>> = plans
                .iter()
                .map(|plan| books.resolve(&plan.rules))
                .collect();
            let comparison = compare(&plans, &rule_books, survey, BOOTSTRAP_DRAWS, BOOTSTRAP_SEED);
            self.cached = Some((state, compared.version(), comparison));
        }
    }

    /// The comparison last worked out.
    fn comparison(&self) -> Option<&Comparison> {
        self.cached.as_ref().map(|(_, _, comparison)| comparison)
    }
}

pub fn comparison_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    view: &mut ComparisonView,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    ui.heading(language.text(Text::CompareHeading));
    ui.horizontal_wrapped(|ui| {
        if ui.button(language.text(Text::CompareAdd)).clicked() {
            commands.push(Command::CompareDialog);
        }
        ui.label(RichText::new(language.text(Text::CompareHint)).weak());
    });
    if context.compared.others().is_empty() {
        return;
    }
    if context.plan.survey.is_none() {
        ui.label(language.text(Text::CompareNeedsSurvey));
        return;
    }
    let names: Vec<String> = std::iter::once(language.text(Text::ThisPlan).to_owned())
        .chain(
            context
                .compared
                .others()
                .iter()
                .map(|other| other.plan.title.in_language(language).to_owned()),
        )
        .collect();
    view.refresh(
        context.plan,
        context.plan_state,
        context.compared,
        context.rule_books,
    );
    let Some(comparison) = view.comparison() else {
        return;
    };
    let paths: Vec<String> = context
        .compared
        .others()
        .iter()
        .map(|other| other.path.display().to_string())
        .collect();
    crate::ui::charts::comparison_chart::comparison_chart_ui(ui, language, &names, comparison);
    egui::ScrollArea::horizontal()
        .id_salt("comparison-scroll")
        .show(ui, |ui| {
            figures_table(ui, language, &names, &paths, comparison, commands);
        });
    ranking_ui(ui, language, &names, comparison);
    if let Some(difference) = &comparison.difference {
        let other = context.compared.others().first().map(|other| &other.plan);
        if let Some(other) = other {
            difference_ui(ui, language, context.plan, other, difference);
        }
    }
}

/// `names`: the open plan's, then the others'; `paths`: the others' files.
fn figures_table(
    ui: &mut Ui,
    language: Language,
    names: &[String],
    paths: &[String],
    comparison: &Comparison,
    commands: &mut Vec<Command>,
) {
    Grid::new("comparison-figures")
        .striped(true)
        .num_columns(names.len() + 1)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (index, name) in names.iter().enumerate() {
                ui.horizontal(|ui| {
                    let label = ui.label(RichText::new(name).strong());
                    if let Some(path) = index.checked_sub(1).and_then(|other| paths.get(other)) {
                        label.on_hover_text(path);
                    }
                    // The open plan stays; the others can be dropped from the comparison.
                    if index > 0
                        && ui
                            .small_button("×")
                            .on_hover_text(language.text(Text::CompareRemove))
                            .clicked()
                    {
                        commands.push(Command::StopComparing(index - 1));
                    }
                });
            }
            ui.end_row();
            for figure in &comparison.figures {
                ui.label(words::figure_name(language, figure.id));
                for (index, &value) in figure.values.iter().enumerate() {
                    let text = words::figure_value(figure.id, value);
                    if figure.best == Some(index) {
                        ui.label(RichText::new(format!("{text} √")).strong())
                            .on_hover_text(language.text(better_text(figure.better)));
                    } else {
                        ui.label(text);
                    }
                }
                ui.end_row();
            }
            for (skill, winner) in &comparison.skill_winners {
                let name = comparison.reports[0]
                    .alignment
                    .as_ref()
                    .and_then(|alignment| {
                        alignment.skills.iter().find(|entry| &entry.skill == skill)
                    })
                    .map_or_else(
                        || skill.as_str().to_owned(),
                        |entry| entry.name.in_language(language).to_owned(),
                    );
                ui.label(language.fill(Text::CompareSkillGap, &[&name]));
                for (index, report) in comparison.reports.iter().enumerate() {
                    let gap = report
                        .alignment
                        .as_ref()
                        .and_then(|alignment| {
                            alignment.skills.iter().find(|entry| &entry.skill == skill)
                        })
                        .map_or_else(
                            || "—".to_owned(),
                            |entry| format!("{:+.1}", entry.gap * 100.0),
                        );
                    if index == *winner {
                        ui.label(RichText::new(format!("{gap} √")).strong());
                    } else {
                        ui.label(gap);
                    }
                }
                ui.end_row();
            }
        });
}

fn ranking_ui(ui: &mut Ui, language: Language, names: &[String], comparison: &Comparison) {
    let order: Vec<&str> = comparison
        .ranking
        .iter()
        .filter_map(|&index| names.get(index).map(String::as_str))
        .collect();
    ui.label(language.fill(Text::CompareRanking, &[&order.join(" > ")]));
    if let Some(stability) = comparison.ranking_stability {
        ui.label(language.fill(
            Text::CompareStability,
            &[&BOOTSTRAP_DRAWS, &format!("{:.0} %", stability * 100.0)],
        ));
    }
}

fn difference_ui(
    ui: &mut Ui,
    language: Language,
    plan: &Plan,
    other: &Plan,
    difference: &PlanDifference,
) {
    if difference.added.is_empty() && difference.removed.is_empty() && difference.moved.is_empty() {
        ui.label(language.text(Text::CompareSameModules));
        return;
    }
    // Lists as tables: a 57-module difference reads as rows, not as one paragraph.
    let term_of = |plan: &Plan, id: &ModuleId| {
        plan.term_of(id)
            .map_or_else(String::new, |term| format!("{}", term + 1))
    };
    for (text, ids, source) in [
        (Text::CompareAdded, &difference.added, other),
        (Text::CompareRemoved, &difference.removed, plan),
    ] {
        if ids.is_empty() {
            continue;
        }
        ui.label(language.fill(text, &[&ids.len(), &""]));
        let rows = ids.iter().map(|id| {
            let module = source.module(id);
            [
                module.map_or_else(|| id.as_str().to_owned(), |module| module.code.to_string()),
                module.map_or_else(String::new, |module| {
                    module.name.in_language(language).to_owned()
                }),
                module.map_or_else(String::new, |module| words::number(module.credits)),
                term_of(source, id),
            ]
        });
        module_table(
            ui,
            (text as usize, "difference"),
            language,
            [Text::Code, Text::Name, Text::Credits, Text::Term],
            rows,
        );
    }
    if !difference.moved.is_empty() {
        ui.label(language.fill(Text::CompareMoved, &[&difference.moved.len(), &""]));
        let rows = difference.moved.iter().map(|(id, from, to)| {
            let module = plan.module(id).or_else(|| other.module(id));
            [
                module.map_or_else(|| id.as_str().to_owned(), |module| module.code.to_string()),
                module.map_or_else(String::new, |module| {
                    module.name.in_language(language).to_owned()
                }),
                format!("{}", from + 1),
                format!("{}", to + 1),
            ]
        });
        module_table(
            ui,
            (0, "moved"),
            language,
            [Text::Code, Text::Name, Text::TermHere, Text::TermThere],
            rows,
        );
    }
}

/// A striped table of modules with four columns, scrolling within a bounded height.
fn module_table(
    ui: &mut Ui,
    id: (usize, &str),
    language: Language,
    headings: [Text; 4],
    rows: impl Iterator<Item = [String; 4]>,
) {
    egui::ScrollArea::vertical()
        .id_salt(("module-table-scroll", id))
        .max_height(TABLE_HEIGHT)
        .show(ui, |ui| {
            egui::Grid::new(("module-table", id))
                .striped(true)
                .num_columns(4)
                .spacing([12.0, 2.0])
                .show(ui, |ui| {
                    for heading in headings {
                        ui.strong(language.text(heading));
                    }
                    ui.end_row();
                    for row in rows {
                        for cell in row {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
}

/// The tallest a module table grows before it scrolls.
const TABLE_HEIGHT: f32 = 240.0;

fn better_text(better: Better) -> Text {
    match better {
        Better::Higher => Text::BetterHigher,
        Better::Lower => Text::BetterLower,
        Better::Neither => Text::FigureOther,
    }
}
