//! "What if management mattered more?": a slider per survey share that changes the weights
//! for a moment — marked as such, the score recomputed as the sliders move — until the
//! committee resets them or keeps them as an undoable edit of the survey.

use egui::{RichText, Ui};

use crate::analysis::alignment;
use crate::catalogue::{Text, words};
use crate::model::Survey;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

/// The temporary weights, if the user moved a slider; `None` shows the survey's own.
#[derive(Default)]
pub struct WhatIfView {
    weights: Option<Survey>,
}

impl WhatIfView {
    pub fn ui(&mut self, ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
        let language = context.language;
        let Some(survey) = &context.plan.survey else {
            return;
        };
        // A survey replaced meanwhile (an import, an undo) ends the what-if.
        if self
            .weights
            .as_ref()
            .is_some_and(|weights| weights.skills.len() != survey.skills.len())
        {
            self.weights = None;
        }
        ui.heading(language.text(Text::WhatIfHeading));
        ui.weak(language.text(Text::WhatIfExplained));
        let mut weights = self.weights.clone().unwrap_or_else(|| survey.clone());
        let mut moved = false;
        egui::Grid::new("what-if").num_columns(2).show(ui, |ui| {
            for demand in &mut weights.skills {
                let name = context.skill_name(&demand.skill);
                let label = ui.label(name);
                let mut percent = demand.share * 100.0;
                let response = ui
                    .add(
                        egui::Slider::new(&mut percent, 0.0..=100.0)
                            .suffix(" %")
                            .fixed_decimals(1),
                    )
                    .labelled_by(label.id);
                // The slider may round what it shows (96.67 → 96.7) and call that a change: only
                // a move beyond the shown precision is the user's.
                if response.changed() && (percent / 100.0 - demand.share).abs() >= 0.0005 {
                    demand.share = percent / 100.0;
                    moved = true;
                }
                ui.end_row();
            }
        });
        if moved {
            self.weights = Some(weights.clone());
        }
        let Some(weights) = self.weights.clone() else {
            return;
        };
        let temporary = alignment(context.plan, &weights);
        let assumed = temporary.score;
        let actual = alignment(context.plan, survey).score;
        ui.label(
            RichText::new(language.fill(
                Text::WhatIfScore,
                &[
                    &words::score(language, assumed),
                    &words::score(language, actual),
                ],
            ))
            .strong()
            .color(ui.visuals().warn_fg_color),
        );
        // Each skill's gap under the temporary weights, in points of the share.
        let gaps: Vec<String> = temporary
            .skills
            .iter()
            .map(|skill| {
                format!(
                    "{} {:+.1}",
                    skill.name.in_language(language),
                    skill.gap * 100.0
                )
            })
            .collect();
        ui.label(language.fill(
            Text::WhatIfGaps,
            &[&gaps.join(language.text(Text::ListSeparator))],
        ));
        // The compared plans ranked under the temporary weights, as the committee asks.
        if !context.compared.others().is_empty() {
            let mut ranked: Vec<(String, f64)> = std::iter::once((
                language.text(Text::ThisPlan).to_owned(),
                assumed.unwrap_or(f64::NAN),
            ))
            .chain(context.compared.others().iter().map(|other| {
                (
                    other.plan.title.in_language(language).to_owned(),
                    alignment(&other.plan, &weights).score.unwrap_or(f64::NAN),
                )
            }))
            .collect();
            // No alignment ranks last.
            ranked.sort_by(|first, second| {
                let key = |score: f64| {
                    if score.is_nan() {
                        f64::NEG_INFINITY
                    } else {
                        score
                    }
                };
                key(second.1).total_cmp(&key(first.1))
            });
            let order: Vec<String> = ranked
                .iter()
                .map(|(name, score)| {
                    format!(
                        "{name} {}",
                        words::score(language, score.is_finite().then_some(*score))
                    )
                })
                .collect();
            ui.label(language.fill(Text::WhatIfRanking, &[&order.join(" > ")]));
        }
        let mut reset = false;
        ui.horizontal(|ui| {
            reset = ui.button(language.text(Text::WhatIfReset)).clicked();
            if ui.button(language.text(Text::WhatIfKeep)).clicked() {
                commands.push(Command::Apply(
                    Edit::SetSurvey(Some(Box::new(weights))),
                    Coalesce::Never,
                ));
                reset = true;
            }
        });
        if reset {
            self.weights = None;
        }
    }
}
