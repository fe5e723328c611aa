//! The suggest tab: the constraints of a whole-plan suggestion (defaults from the plan), the
//! search under way with its best score so far and Cancel, and the preview of what came.

use std::collections::HashMap;
use std::time::Duration;

use egui::{DragValue, Grid, Ui};

use crate::catalogue::{Language, Text};
use crate::editor::SuggestRequest;
use crate::model::ModuleId;
use crate::ui::command::Command;
use crate::ui::suggesting::{Suggesting, SuggestionOutcome};
use crate::ui::tabs::suggest_groups_view::{FillForm, add_fills, fills_for, groups_ui};
use crate::ui::view_context::ViewContext;

/// What the user says of a module the plan places now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Keep {
    #[default]
    Free,
    Anywhere,
    InItsTerm,
    Never,
}

impl Keep {
    const ALL: [Keep; 4] = [Keep::Free, Keep::Anywhere, Keep::InItsTerm, Keep::Never];

    /// What a library module the plan does not place may be told.
    const FOR_LIBRARY: [Keep; 3] = [Keep::Free, Keep::Anywhere, Keep::Never];

    fn label(self, placed: bool) -> Text {
        match self {
            Keep::Free => Text::SuggestModuleFree,
            Keep::Anywhere if !placed => Text::SuggestModuleAdd,
            Keep::Anywhere => Text::SuggestModuleKeep,
            Keep::InItsTerm => Text::SuggestModuleKeepHere,
            Keep::Never => Text::SuggestModuleExclude,
        }
    }
}

struct Form {
    /// Which plan the form was filled for (its title and kind), so another plan refills it.
    plan_key: String,
    request: SuggestRequest,
    cap: Option<f64>,
    /// What the caps were when last set, for when they are ticked again.
    last_cap: f64,
    weekly_cap: Option<f64>,
    last_weekly_cap: f64,
    hours: Option<(f64, f64)>,
    seconds: f64,
    /// What the user says of modules, the plan's and the library's.
    keep: HashMap<ModuleId, Keep>,
    fills: Vec<FillForm>,
}

/// A cap per term and an hour range to start from when the user turns them on.
const USUAL_TERM_CAP: f64 = 30.0;
const USUAL_WEEKLY_CAP: f64 = 26.0;
/// Wide enough for "Suggestion decides" in English.
const KEEP_WIDTH: f32 = 170.0;
const USUAL_HOURS: (f64, f64) = (2500.0, 3000.0);

#[derive(Default)]
pub struct SuggestView {
    form: Option<Form>,
}

/// What the workspace holds of suggestions, for the view to read.
pub struct SuggestState<'a> {
    pub running: Option<&'a Suggesting>,
    pub outcome: Option<&'a SuggestionOutcome>,
}

impl SuggestView {
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        context: &ViewContext<'_>,
        state: &SuggestState<'_>,
        commands: &mut Vec<Command>,
    ) {
        let language = context.language;
        let plan_key = format!("{}/{:?}", context.plan.title.zh, context.plan.kind);
        if self
            .form
            .as_ref()
            .is_none_or(|form| form.plan_key != plan_key)
        {
            self.form = Some(form_for(context, plan_key));
        }
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let mut reset = false;
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.heading(language.text(Text::SuggestTitle));
                ui.add(egui::Label::new(language.text(Text::SuggestExplained)).wrap());
                if context.plan.survey.is_none() {
                    ui.label(language.text(Text::SuggestNoSurveyInPlan));
                    return;
                }
                let running = state.running.is_some();
                ui.add_enabled_ui(!running, |ui| {
                    constraints_ui(ui, context, form);
                    groups_ui(ui, context, &mut form.fills);
                    modules_ui(ui, context, form);
                    library_ui(ui, context, form);
                });
                ui.add_space(6.0);
                match state.running {
                    Some(job) => running_ui(ui, language, job, commands),
                    None => {
                        ui.horizontal(|ui| {
                            if ui.button(language.text(Text::SuggestRun)).clicked() {
                                commands.push(Command::StartSuggestion(Box::new(request_of(
                                    context, form,
                                ))));
                            }
                            reset = ui.button(language.text(Text::SuggestDefaults)).clicked();
                        });
                    }
                }
                if let Some(outcome) = state.outcome.filter(|_| !running) {
                    ui.separator();
                    crate::ui::tabs::suggest_preview_view::preview_ui(
                        ui, context, outcome, commands,
                    );
                }
            });
        if reset {
            self.form = None;
        }
    }
}

fn form_for(context: &ViewContext<'_>, plan_key: String) -> Form {
    let book = context.rule_books.resolve(&context.plan.rules);
    let request = SuggestRequest::for_plan(context.plan, book, context.report.totals.path.credits);
    Form {
        plan_key,
        cap: request.term_credits,
        last_cap: request.term_credits.unwrap_or(USUAL_TERM_CAP),
        weekly_cap: request.term_hours,
        last_weekly_cap: request.term_hours.unwrap_or(USUAL_WEEKLY_CAP),
        hours: request.hours,
        seconds: request.time_limit.map_or(60.0, |limit| limit.as_secs_f64()),
        keep: HashMap::new(),
        fills: fills_for(context),
        request,
    }
}

/// The request the form says, with the modules kept and left out.
fn request_of(context: &ViewContext<'_>, form: &Form) -> SuggestRequest {
    let mut request = form.request.clone();
    request.term_credits = form.cap;
    request.term_hours = form.weekly_cap;
    request.hours = form.hours;
    request.time_limit = Duration::try_from_secs_f64(form.seconds).ok();
    for (id, keep) in &form.keep {
        match keep {
            Keep::Free => {}
            Keep::Anywhere => request.locks.push((id.clone(), None)),
            Keep::InItsTerm => request.locks.push((id.clone(), context.plan.term_of(id))),
            Keep::Never => request.excludes.push(id.clone()),
        }
    }
    add_fills(&mut request, &form.fills);
    request
}

fn constraints_ui(ui: &mut Ui, context: &ViewContext<'_>, form: &mut Form) {
    let language = context.language;
    Grid::new("suggest-constraints")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(language.text(Text::SuggestPathCredits));
            range_ui(ui, &mut form.request.credits, 1.0, label.id);
            ui.end_row();
            let label = language.text(Text::SuggestTermCap);
            cap_ui(ui, label, &mut form.cap, &mut form.last_cap, 400.0);
            ui.end_row();
            let label = language.text(Text::SuggestTermHours);
            cap_ui(
                ui,
                label,
                &mut form.weekly_cap,
                &mut form.last_weekly_cap,
                80.0,
            );
            ui.end_row();
            let mut limited = form.hours.is_some();
            let check = ui.checkbox(&mut limited, language.text(Text::SuggestPathHours));
            if check.changed() {
                form.hours = limited.then_some(form.hours.unwrap_or(USUAL_HOURS));
            }
            if let Some(hours) = &mut form.hours {
                range_ui(ui, hours, 10.0, check.id);
            }
            ui.end_row();
            for (industry, hours) in &mut form.request.industries {
                let name = context
                    .plan
                    .industries
                    .iter()
                    .find(|known| &known.id == industry)
                    .map_or(industry.as_str(), |known| known.name.in_language(language));
                let label = ui.label(language.fill(Text::SuggestIndustryHours, &[&name]));
                ui.add(DragValue::new(hours).range(0.0..=2000.0).speed(4.0))
                    .labelled_by(label.id);
                ui.end_row();
            }
            let label = ui.label(language.text(Text::SuggestTimeLimit));
            ui.add(
                DragValue::new(&mut form.seconds)
                    .range(1.0..=3600.0)
                    .speed(1.0),
            )
            .labelled_by(label.id);
            ui.end_row();
        });
    // Below the grid: a long book name would widen its columns past the panel.
    let book = context
        .report
        .rule_book
        .as_ref()
        .map_or_else(String::new, |book| {
            crate::catalogue::book_name(language, &book.name)
        });
    ui.checkbox(
        &mut form.request.follow_rules,
        language.fill(Text::SuggestRules, &[&book]),
    );
}

/// A cap the user ticks on or off; ticked again, the number the user had comes back.
fn cap_ui(ui: &mut Ui, label: &str, cap: &mut Option<f64>, last: &mut f64, most: f64) {
    let mut capped = cap.is_some();
    let check = ui.checkbox(&mut capped, label);
    if check.changed() {
        *cap = capped.then_some(*last);
    }
    if let Some(value) = cap {
        ui.add(DragValue::new(value).range(0.0..=most).speed(0.5))
            .labelled_by(check.id);
        *last = *value;
    }
}

/// A least and a most, named by the row's label.
fn range_ui(ui: &mut Ui, (least, most): &mut (f64, f64), speed: f64, label: egui::Id) {
    ui.horizontal(|ui| {
        ui.add(DragValue::new(least).range(0.0..=10000.0).speed(speed))
            .labelled_by(label);
        ui.label("–");
        ui.add(DragValue::new(most).range(0.0..=10000.0).speed(speed))
            .labelled_by(label);
    });
    if *least > *most {
        *most = *least;
    }
}

/// The library's modules the plan does not place (of its kind), each for the suggestion to
/// decide, to add for sure or to leave out.
fn library_ui(ui: &mut Ui, context: &ViewContext<'_>, form: &mut Form) {
    let language = context.language;
    egui::CollapsingHeader::new(language.text(Text::SuggestLibraryHeading))
        .default_open(false)
        .show(ui, |ui| {
            Grid::new("suggest-library")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for module in &context.library.modules {
                        if context.plan.term_of(&module.id).is_some()
                            || !crate::editor::fits_the_plans_kind(context.plan, module)
                        {
                            continue;
                        }
                        let text = format!("{} {}", module.code, module.name.in_language(language));
                        let label = ui.label(text);
                        let keep = form.keep.entry(module.id.clone()).or_default();
                        keep_ui(ui, language, ("library", module.id.as_str()), keep, false)
                            .labelled_by(label.id);
                        ui.end_row();
                    }
                });
        });
}

/// The box that says what the suggestion may do with a module.
fn keep_ui(
    ui: &mut Ui,
    language: Language,
    salt: (&str, &str),
    keep: &mut Keep,
    placed: bool,
) -> egui::Response {
    let choices: &[Keep] = if placed {
        &Keep::ALL
    } else {
        &Keep::FOR_LIBRARY
    };
    egui::ComboBox::from_id_salt(salt)
        .width(KEEP_WIDTH)
        .selected_text(language.text(keep.label(placed)))
        .show_ui(ui, |ui| {
            for &choice in choices {
                ui.selectable_value(keep, choice, language.text(choice.label(placed)));
            }
        })
        .response
}

/// Each module the plan places, with what the suggestion may do with it.
fn modules_ui(ui: &mut Ui, context: &ViewContext<'_>, form: &mut Form) {
    let language = context.language;
    egui::CollapsingHeader::new(language.text(Text::SuggestModulesHeading))
        .default_open(false)
        .show(ui, |ui| {
            Grid::new("suggest-modules")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for (term, entry) in context.plan.terms.iter().enumerate() {
                        for id in entry.module_ids() {
                            if context.plan.term_of(id) != Some(term) {
                                continue;
                            }
                            let name = context
                                .plan
                                .module(id)
                                .map_or(id.as_str(), |module| module.name.in_language(language));
                            let label = ui.label(name);
                            ui.label(entry.name.in_language(language));
                            let keep = form.keep.entry(id.clone()).or_default();
                            keep_ui(ui, language, ("keep", id.as_str()), keep, true)
                                .labelled_by(label.id);
                            ui.end_row();
                        }
                    }
                });
        });
}

fn running_ui(ui: &mut Ui, language: Language, job: &Suggesting, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(language.fill(Text::SuggestRunning, &[&job.started.elapsed().as_secs()]));
        if let Some(best) = job.best {
            ui.strong(language.fill(Text::SuggestBestSoFar, &[&format!("{best:.4}")]));
        }
        if ui.button(language.text(Text::Cancel)).clicked() {
            commands.push(Command::CancelSuggestion);
        }
    });
}
