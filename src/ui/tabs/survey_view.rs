//! The survey tab: the survey the plan is judged against — who answered, each skill's share
//! with its 95 % interval, the context tables — editable, and replaceable by a questionnaire
//! imported from Wenjuanxing, Google Forms or Microsoft Forms exports.

use egui::{RichText, Ui};

use crate::analysis::wilson_interval;
use crate::catalogue::Text;
use crate::editor::SurveyImport;
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

pub fn survey_tab_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    import: Option<&SurveyImport>,
    what_if: &mut crate::ui::tabs::what_if_view::WhatIfView,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    egui::ScrollArea::vertical()
        .id_salt("survey-tab")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if ui
                .button(language.text(Text::ImportQuestionnaire))
                .clicked()
            {
                commands.push(Command::ImportQuestionnaireDialog);
            }
            if let Some(import) = import {
                crate::ui::tabs::survey_import_view::import_ui(ui, context, import, commands);
                ui.separator();
            }
            let Some(survey) = &context.plan.survey else {
                ui.weak(language.text(Text::NoSurvey));
                return;
            };
            ui.heading(survey.title.in_language(language));
            ui.label(language.fill(
                Text::SurveyFacts,
                &[
                    &survey.region.in_language(language),
                    &survey.year,
                    &survey.respondents,
                ],
            ));
            ui.weak(&survey.source);
            ui.add_space(6.0);
            egui::Grid::new("survey-intervals")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    ui.strong(language.text(Text::ReportColumnSkill));
                    ui.strong(language.text(Text::SurveyShare));
                    ui.strong(language.text(Text::SurveyInterval));
                    ui.end_row();
                    for demand in &survey.skills {
                        let name = context.skill_name(&demand.skill);
                        ui.label(name);
                        ui.label(format!("{:.1} %", demand.share * 100.0));
                        let interval = wilson_interval(demand.share, survey.respondents);
                        ui.label(format!(
                            "{:.1} – {:.1} %",
                            interval.low * 100.0,
                            interval.high * 100.0
                        ));
                        ui.end_row();
                    }
                });
            ui.add_space(6.0);
            what_if.ui(ui, context, commands);
            ui.add_space(6.0);
            ui.label(RichText::new(language.text(Text::SurveyEditShares)).strong());
            crate::ui::tabs::survey_skills_industries_view::survey_ui(ui, context, commands);
            ui.add_space(6.0);
            ui.label(RichText::new(language.text(Text::SurveyDetails)).strong());
            crate::ui::tabs::survey_details_view::survey_details_ui(ui, context, commands);
        });
}
