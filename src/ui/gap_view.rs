//! "Close the gap" in the analysis tab: the measured suggestions per skill, each one click
//! away as one undoable edit. Worked out once per state of the plan, not every frame.

use egui::{RichText, Ui};

use super::command::Command;
use super::view_context::ViewContext;
use crate::catalogue::Text;
use crate::editor::{Change, Suggestion, close_the_gap};
use crate::model::history::Coalesce;

#[derive(Default)]
pub struct GapView {
    /// The plan state and language the suggestions were worked out for.
    made_for: Option<u64>,
    suggestions: Vec<Suggestion>,
}

impl GapView {
    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        let Some(survey) = &context.plan.survey else {
            return;
        };
        if self.made_for != Some(context.plan_state) {
            self.suggestions = close_the_gap(context.plan, context.library, survey);
            self.made_for = Some(context.plan_state);
        }
        ui.heading(language.text(Text::GapHeading));
        ui.weak(language.text(Text::GapExplained));
        if self.suggestions.is_empty() {
            ui.label(language.text(Text::GapNone));
            return;
        }
        egui::Grid::new("close-the-gap")
            .num_columns(3)
            .striped(true)
            .show(ui, |ui| {
                for (index, suggestion) in self.suggestions.iter().enumerate() {
                    ui.label(context.skill_name(&suggestion.skill));
                    let module_name = |id: &crate::model::ModuleId| {
                        context
                            .plan
                            .module(id)
                            .or_else(|| {
                                context
                                    .library
                                    .modules
                                    .iter()
                                    .find(|module| &module.id == id)
                            })
                            .map_or(id.as_str().to_owned(), |module| {
                                module.name.in_language(language).to_owned()
                            })
                    };
                    let (button, what) = match &suggestion.change {
                        Change::Add { module, term } => (
                            Text::GapAdd,
                            language.fill(
                                Text::GapAddWhat,
                                &[
                                    &module_name(module),
                                    &context.plan.terms[*term].name.in_language(language),
                                ],
                            ),
                        ),
                        Change::Remove { module } => (Text::GapRemove, module_name(module)),
                        Change::Lower {
                            module,
                            to: Some(level),
                        } => (
                            Text::GapLower,
                            language
                                .fill(Text::GapLowerWhat, &[&module_name(module), &level.as_str()]),
                        ),
                        Change::Lower { module, to: None } => (
                            Text::GapLower,
                            language.fill(Text::GapDropWhat, &[&module_name(module)]),
                        ),
                    };
                    ui.label(language.fill(
                        Text::GapPromise,
                        &[
                            &what,
                            // Four places: one module moves the score in the fourth.
                            &format!("{:.4}", suggestion.score_before),
                            &format!("{:.4}", suggestion.score_after),
                            &format!("{:+.4}", suggestion.gain()),
                        ],
                    ));
                    let clicked = ui
                        .push_id(index, |ui| ui.button(RichText::new(language.text(button))))
                        .inner
                        .clicked();
                    if clicked {
                        commands.push(Command::Apply(suggestion.edit.clone(), Coalesce::Never));
                    }
                    ui.end_row();
                }
            });
    }
}
