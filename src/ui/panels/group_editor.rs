//! The plan's elective groups in the inspector: name, how they are chosen from, what a
//! student must take; a group's members are chosen on each module (`placement_editor`).

use egui::Ui;

use crate::catalogue::{Language, Text};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{Choice, ElectiveGroup, GroupId, Names};
use crate::ui::command::Command;
use crate::ui::panels::calendar_editor::number_row;
use crate::ui::view_context::ViewContext;

pub(in crate::ui) fn groups_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    let plan = context.plan;
    let mut groups = plan.elective_groups.clone();
    let mut changed = None;
    let mut removed = None;
    for (index, group) in groups.iter_mut().enumerate() {
        ui.push_id(("elective-group", index), |ui| {
            egui::Grid::new("group-fields")
                .num_columns(2)
                .spacing([8.0, 4.0])
                .show(ui, |ui| {
                    if labelled_text(ui, language.text(Text::NameChinese), &mut group.name.zh) {
                        changed = Some("name.zh");
                    }
                    if labelled_text(ui, language.text(Text::NameEnglish), &mut group.name.en) {
                        changed = Some("name.en");
                    }
                    let label = ui.label(language.text(Text::ScheduleKind));
                    egui::ComboBox::from_id_salt("group-choice")
                        .selected_text(choice_label(language, group.choice))
                        .show_ui(ui, |ui| {
                            for choice in [Choice::Restricted, Choice::Free] {
                                if ui
                                    .selectable_value(
                                        &mut group.choice,
                                        choice,
                                        choice_label(language, choice),
                                    )
                                    .changed()
                                {
                                    changed = Some("choice");
                                }
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    ui.end_row();
                    // Credits in halves, as plan documents count them.
                    let label = ui.label(language.text(Text::MinCredits));
                    if ui
                        .add(
                            egui::DragValue::new(&mut group.min_credits)
                                .speed(0.5)
                                .range(0.0..=200.0)
                                .clamp_existing_to_range(false)
                                .fixed_decimals(1),
                        )
                        .labelled_by(label.id)
                        .changed()
                    {
                        changed = Some("min_credits");
                    }
                    ui.end_row();
                    if number_row(
                        ui,
                        language.text(Text::MinModules),
                        &mut group.min_modules,
                        100,
                    ) {
                        changed = Some("min_modules");
                    }
                });
            // The button first, so that the sentence wraps in what is left of the panel
            // instead of running past its edge (a group's English name is long).
            ui.horizontal(|ui| {
                if ui
                    .small_button("×")
                    .on_hover_text(language.text(Text::RemoveGroup))
                    .clicked()
                {
                    removed = Some(index);
                }
                let rule = crate::ui::panels::placement_editor::group_rule(language, plan, group);
                ui.add(egui::Label::new(egui::RichText::new(rule).small()).wrap());
            });
            ui.separator();
        });
    }
    if ui.button(language.text(Text::AddGroup)).clicked() {
        let number = groups.len() + 1;
        groups.push(ElectiveGroup {
            id: free_group_id(&groups),
            name: Names::new(
                language_name(Language::Chinese, number),
                language_name(Language::English, number),
            ),
            ..ElectiveGroup::default()
        });
        changed = Some("added");
    }
    if let Some(index) = removed {
        groups.remove(index);
        commands.push(Command::Apply(
            Edit::SetElectiveGroups(groups),
            Coalesce::Never,
        ));
    } else if let Some(field) = changed {
        commands.push(Command::Apply(
            Edit::SetElectiveGroups(groups),
            Coalesce::Key("elective groups".to_owned(), field),
        ));
    }
}

fn choice_label(language: Language, choice: Choice) -> &'static str {
    language.text(match choice {
        Choice::Restricted => Text::KindRestricted,
        Choice::Free => Text::KindFree,
    })
}

fn language_name(language: Language, number: usize) -> String {
    language.fill(Text::NewGroupName, &[&number])
}

/// `group_2`, `group_3`… whichever no group uses.
fn free_group_id(groups: &[ElectiveGroup]) -> GroupId {
    (1..)
        .map(|number| GroupId::new(format!("group_{number}")))
        .find(|id| !groups.iter().any(|group| &group.id == id))
        .unwrap_or_default()
}

/// A labelled one-line text field in a grid row; true when it changed.
fn labelled_text(ui: &mut Ui, label: &str, value: &mut String) -> bool {
    let label = ui.label(label);
    let changed = ui
        .text_edit_singleline(value)
        .labelled_by(label.id)
        .changed();
    ui.end_row();
    changed
}
