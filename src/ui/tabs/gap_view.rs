//! "Close the gap" in the analysis tab: the measured suggestions per skill, each one click
//! away as one undoable edit. Worked out once per state of the plan, not every frame.

use egui::{RichText, Ui};

use crate::catalogue::Text;
use crate::editor::{Change, Suggestion, close_the_gap};
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

/// The suggestions' buttons share one width, so that their sentences line up.
const BUTTON_WIDTH: f32 = 72.0;

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
        for (index, suggestion) in self.suggestions.iter().enumerate() {
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
                    language.fill(Text::GapLowerWhat, &[&module_name(module), &level.as_str()]),
                ),
                Change::Lower { module, to: None } => (
                    Text::GapLower,
                    language.fill(Text::GapDropWhat, &[&module_name(module)]),
                ),
                Change::Raise { module, to } => (
                    Text::GapRaise,
                    language.fill(Text::GapRaiseWhat, &[&module_name(module), &to.as_str()]),
                ),
            };
            let promise = language.fill(
                Text::GapPromise,
                &[
                    &what,
                    // Four places: one module moves the score in the fourth.
                    &format!("{:.4}", suggestion.score_before),
                    &format!("{:.4}", suggestion.score_after),
                    &format!("{:+.4}", suggestion.gain()),
                ],
            );
            // The button first, so that it stays in reach on a narrow window; the
            // sentence wraps after it.
            ui.horizontal(|ui| {
                let clicked = ui
                    .push_id(index, |ui| {
                        ui.add(
                            egui::Button::new(RichText::new(language.text(button)))
                                .min_size(egui::vec2(BUTTON_WIDTH, 0.0)),
                        )
                    })
                    .inner
                    .clicked();
                if clicked {
                    commands.push(Command::Apply(suggestion.edit.clone(), Coalesce::Never));
                }
                ui.strong(context.skill_name(&suggestion.skill));
                ui.add(egui::Label::new(promise).wrap());
            });
        }
    }
}
