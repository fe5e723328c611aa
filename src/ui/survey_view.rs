//! The survey tab: the survey the plan is judged against — who answered, each skill's share
//! with its 95 % interval, the context tables — editable, and replaceable by a questionnaire
//! imported from Wenjuanxing, Google Forms or Microsoft Forms exports.

use egui::{RichText, Ui};

use super::command::Command;
use super::view_context::ViewContext;
use crate::analysis::wilson_interval;
use crate::catalogue::Text;
use crate::editor::SurveyImport;
use crate::model::SkillId;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;

pub fn survey_tab_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    import: Option<&SurveyImport>,
    what_if: &mut super::what_if_view::WhatIfView,
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
                import_ui(ui, context, import, commands);
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
            super::survey_skills_industries_view::survey_ui(ui, context, commands);
            ui.add_space(6.0);
            ui.label(RichText::new(language.text(Text::SurveyDetails)).strong());
            super::survey_details_view::survey_details_ui(ui, context, commands);
        });
}

/// The questionnaire read but not yet accepted: the question, each option's count, share
/// and skill; accept or cancel.
fn import_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    import: &SurveyImport,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let questionnaire = &import.questionnaire;
    ui.heading(language.text(Text::ImportedQuestionnaire));
    ui.label(language.fill(
        Text::QuestionnaireRespondents,
        &[&questionnaire.respondents],
    ));
    for skipped in &questionnaire.skipped {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.fill(
                Text::QuestionnaireRowSkipped,
                &[
                    &format!("{}:{}", skipped.path.display(), skipped.row),
                    &skipped.cells,
                    &skipped.columns,
                ],
            ),
        );
    }
    let label = ui.label(language.text(Text::ImportQuestion));
    let current = questionnaire
        .questions
        .get(import.question)
        .map_or("", |question| question.title.as_str());
    egui::ComboBox::from_id_salt("import-question")
        .selected_text(current)
        .width(ui.available_width().min(600.0))
        .show_ui(ui, |ui| {
            for (index, question) in questionnaire.questions.iter().enumerate() {
                if ui
                    .selectable_label(index == import.question, &question.title)
                    .clicked()
                {
                    commands.push(Command::ChooseImportQuestion(index));
                }
            }
        })
        .response
        .labelled_by(label.id);
    let Some(question) = questionnaire.questions.get(import.question) else {
        return;
    };
    let skill_name = |id: Option<&SkillId>| match id {
        Some(id) => context
            .plan
            .skills
            .iter()
            .find(|skill| &skill.id == id)
            .map_or(id.as_str().to_owned(), |skill| {
                skill.name.in_language(language).to_owned()
            }),
        None => language.text(Text::ImportNoSkill).to_owned(),
    };
    egui::Grid::new("import-options")
        .num_columns(5)
        .striped(true)
        .show(ui, |ui| {
            ui.strong(language.text(Text::ImportOption));
            ui.strong(language.text(Text::ImportCount));
            ui.strong(language.text(Text::SurveyShare));
            ui.strong(language.text(Text::ImportSkill));
            ui.end_row();
            for (index, (option, matched)) in
                question.options.iter().zip(&import.matches).enumerate()
            {
                let label = ui.label(&option.label);
                ui.label(option.count.to_string());
                ui.label(format!(
                    "{:.1} %",
                    questionnaire.share(option.count) * 100.0
                ));
                egui::ComboBox::from_id_salt(("import-skill", index))
                    .selected_text(skill_name(matched.skill.as_ref()))
                    .show_ui(ui, |ui| {
                        let choices = std::iter::once(None)
                            .chain(context.plan.skills.iter().map(|skill| Some(&skill.id)));
                        for choice in choices {
                            if ui
                                .selectable_label(
                                    matched.skill.as_ref() == choice,
                                    skill_name(choice),
                                )
                                .clicked()
                            {
                                commands.push(Command::MapImportOption(index, choice.cloned()));
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                // A match made by hand can be remembered: the option becomes an alias of the
                // skill, and the next questionnaire using the word matches by itself.
                let skill = matched
                    .skill
                    .as_ref()
                    .and_then(|id| context.plan.skills.iter().find(|skill| &skill.id == id));
                match skill {
                    Some(skill) if matched.by_hand && !skill.aliases.contains(&option.label) => {
                        let remember = ui
                            .push_id(("alias", index), |ui| {
                                ui.button(language.text(Text::ImportRememberAlias))
                            })
                            .inner;
                        if remember.clicked() {
                            let mut known = skill.clone();
                            known.aliases.push(option.label.clone());
                            commands.push(Command::Apply(
                                Edit::PutSkill(Box::new(known)),
                                Coalesce::Never,
                            ));
                        }
                    }
                    _ => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
    ui.horizontal(|ui| {
        if ui.button(language.text(Text::ImportAccept)).clicked() {
            commands.push(Command::AcceptImport);
        }
        if ui.button(language.text(Text::Cancel)).clicked() {
            commands.push(Command::CancelImport);
        }
    });
}
