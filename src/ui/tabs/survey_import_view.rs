//! A questionnaire read but not yet adopted, in the survey tab: what the survey says of
//! itself (confirmed by the user, never taken from the survey it replaces), the question the
//! skills come from, each option's count, share, skill and why it was matched — a close call
//! offered as buttons, never taken silently — then adopt or cancel.

use egui::Ui;

use crate::catalogue::{Language, Text};
use crate::editor::{ImportBlocked, SurveyImport};
use crate::io::questionnaire::{MatchReason, SkillMatch};
use crate::model::SkillId;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

pub fn import_ui(
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
    if questionnaire.numbered_options() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            language.text(Text::QuestionnaireNumbered),
        );
    }
    details_ui(ui, language, import, commands);
    ui.add_space(6.0);
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
    options_ui(ui, context, import, commands);
    ui.horizontal(|ui| {
        let blocked = import.blocked();
        if ui
            .add_enabled(
                blocked.is_none(),
                egui::Button::new(language.text(Text::ImportAccept)),
            )
            .clicked()
        {
            commands.push(Command::AcceptImport);
        }
        if ui.button(language.text(Text::Cancel)).clicked() {
            commands.push(Command::CancelImport);
        }
        if let Some(blocked) = blocked {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                language.text(match blocked {
                    ImportBlocked::NoTitle => Text::ImportNeedsTitle,
                    ImportBlocked::NoRegion => Text::ImportNeedsRegion,
                    ImportBlocked::NoSkillMatched => Text::ImportNeedsSkill,
                    ImportBlocked::UnconfirmedMatch => Text::ImportNeedsConfirmation,
                }),
            );
        }
    });
}

/// Title, region, year and source, filled in from the files where they tell.
fn details_ui(ui: &mut Ui, language: Language, import: &SurveyImport, commands: &mut Vec<Command>) {
    ui.add_space(4.0);
    ui.strong(language.text(Text::ImportDetailsHeading));
    let mut details = import.details.clone();
    let mut changed = false;
    egui::Grid::new("import-details")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (text, value) in [
                (Text::SurveyTitleChinese, &mut details.title.zh),
                (Text::SurveyTitleEnglish, &mut details.title.en),
                (Text::SurveyRegionChinese, &mut details.region.zh),
                (Text::SurveyRegionEnglish, &mut details.region.en),
                (Text::SurveySource, &mut details.source),
            ] {
                changed |=
                    crate::ui::panels::inspector_view::text_field(ui, language.text(text), value);
            }
            let label = ui.label(language.text(Text::SurveyYear));
            changed |= ui
                .add(egui::DragValue::new(&mut details.year).range(1950..=2100))
                .labelled_by(label.id)
                .changed();
            ui.end_row();
        });
    if changed {
        commands.push(Command::SetImportDetails(details));
    }
}

/// Each option with its count, share, skill and why; the skills a close call could be.
fn options_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    import: &SurveyImport,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let questionnaire = &import.questionnaire;
    let Some(question) = questionnaire.questions.get(import.question) else {
        return;
    };
    let skill_name = |id: Option<&SkillId>| match id {
        Some(id) => context.skill_name(id).to_owned(),
        None => language.text(Text::ImportNoSkill).to_owned(),
    };
    egui::Grid::new("import-options")
        .num_columns(6)
        .striped(true)
        .show(ui, |ui| {
            for header in [
                Text::ImportOption,
                Text::ImportCount,
                Text::SurveyShare,
                Text::ImportSkill,
                Text::ImportMatchedBy,
            ] {
                ui.strong(language.text(header));
            }
            ui.end_row();
            for (index, (option, matched)) in
                question.options.iter().zip(&import.matches).enumerate()
            {
                let mut label = ui.label(&option.label);
                // What respondents wrote beside 其他, on hover: a few, and how many there are.
                if !option.typed.is_empty() {
                    let shown: Vec<&str> =
                        option.typed.iter().take(20).map(String::as_str).collect();
                    label = label.on_hover_text(language.fill(
                        Text::QuestionnaireTyped,
                        &[
                            &option.typed.len(),
                            &shown.join(language.text(Text::ListSeparator)),
                        ],
                    ));
                }
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
                ui.push_id(("why", index), |ui| {
                    why_ui(ui, context, index, matched, commands);
                });
                ui.end_row();
            }
        });
}

/// Why the option has its skill, and what the user can do about it: confirm a match by
/// likeness, choose among close skills, remember a match by hand as an alias.
fn why_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    index: usize,
    matched: &SkillMatch,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    ui.horizontal(|ui| match (&matched.skill, matched.reason) {
        (Some(skill), Some(MatchReason::Similar)) => {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                language.text(Text::MatchSimilar),
            );
            if ui.button(language.text(Text::MatchConfirm)).clicked() {
                commands.push(Command::MapImportOption(index, Some(skill.clone())));
            }
        }
        (Some(skill), Some(MatchReason::ByHand)) => {
            ui.label(language.text(Text::MatchByHand));
            // A match made by hand can be remembered: the option becomes an alias of the
            // skill, and the next questionnaire using the word matches by itself.
            let known = context.plan.skills.iter().find(|known| &known.id == skill);
            if let Some(known) = known.filter(|known| !known.aliases.contains(&matched.option))
                && ui
                    .button(language.text(Text::ImportRememberAlias))
                    .clicked()
            {
                let mut remembered = known.clone();
                remembered.aliases.push(matched.option.clone());
                commands.push(Command::Apply(
                    Edit::PutSkill(Box::new(remembered)),
                    Coalesce::Never,
                ));
            }
        }
        (Some(_), Some(reason)) => {
            ui.label(language.text(reason.words()));
        }
        _ if !matched.suggestions.is_empty() => {
            ui.label(language.text(Text::MatchPerhaps));
            for suggestion in &matched.suggestions {
                if ui.button(context.skill_name(suggestion)).clicked() {
                    commands.push(Command::MapImportOption(index, Some(suggestion.clone())));
                }
            }
        }
        _ => {
            ui.label("");
        }
    });
}
