//! The module inspector's time and choice: each term the module runs in, with its weekly
//! hours × weeks, block weeks or hours; another term to run in; the elective group it
//! belongs to. Every change is one edit (typing in one field merges into one undo step).

use egui::Ui;

use crate::catalogue::{Language, Text, words};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{ElectiveGroup, GroupId, Module, PlacementTime, Plan};
use crate::ui::command::Command;
use crate::ui::panels::calendar_editor::number_row;

/// The kinds of placement time, as the combo box offers them.
#[derive(Clone, Copy, PartialEq)]
enum TimeKind {
    Weekly,
    Block,
    Hours,
}

fn kind_of(time: PlacementTime) -> TimeKind {
    match time {
        PlacementTime::Weekly { .. } => TimeKind::Weekly,
        PlacementTime::Block { .. } => TimeKind::Block,
        PlacementTime::Hours(_) => TimeKind::Hours,
    }
}

/// The same hours in another form: whole weekly hours over the term, a block of weeks (of
/// 28 hours, a usual practice week), or plain hours. A block states no hours: it stands for
/// `block_hours`, what the module's other placements leave it.
fn converted(
    time: PlacementTime,
    kind: TimeKind,
    teaching_weeks: Option<u32>,
    block_hours: u32,
) -> PlacementTime {
    let hours = time.stated_hours().unwrap_or(block_hours);
    match kind {
        TimeKind::Weekly => PlacementTime::fitting(hours.max(1), teaching_weeks.unwrap_or(16)),
        TimeKind::Block => PlacementTime::Block {
            weeks: (hours / 28).max(1),
        },
        TimeKind::Hours => PlacementTime::Hours(hours),
    }
}

pub(in crate::ui) fn placements_ui(
    ui: &mut Ui,
    language: Language,
    plan: &Plan,
    module: &Module,
    commands: &mut Vec<Command>,
) {
    let placements = plan.placements_of(&module.id);
    ui.strong(language.text(Text::PlacementsHeading));
    egui::Grid::new("module-placements")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for &(term, index) in &placements {
                let entry = &plan.terms[term];
                let time = entry.modules[index].time;
                let key = |field: &'static str| {
                    Coalesce::Key(format!("{} in term {term}", module.id), field)
                };
                let mut edited = time;
                let label = ui.label(entry.name.in_language(language));
                let mut kind = kind_of(time);
                ui.horizontal(|ui| {
                    egui::ComboBox::from_id_salt(("placement-kind", term))
                        .selected_text(kind_label(language, kind))
                        .show_ui(ui, |ui| {
                            for choice in [TimeKind::Weekly, TimeKind::Block, TimeKind::Hours] {
                                ui.selectable_value(
                                    &mut kind,
                                    choice,
                                    kind_label(language, choice),
                                );
                            }
                        })
                        .response
                        .labelled_by(label.id);
                    if ui
                        .small_button("×")
                        .on_hover_text(language.text(Text::RemoveFromTerm))
                        .clicked()
                    {
                        commands.push(Command::Apply(
                            Edit::Unschedule {
                                module: module.id.clone(),
                                term: Some(term),
                            },
                            Coalesce::Never,
                        ));
                    }
                });
                ui.end_row();
                if kind != kind_of(time) {
                    let others = placements
                        .iter()
                        .filter(|&&(at, _)| at != term)
                        .filter_map(|&(at, at_index)| {
                            plan.terms[at].modules[at_index].time.stated_hours()
                        })
                        .fold(0u32, u32::saturating_add);
                    let block_hours = module.hours().saturating_sub(others);
                    edited = converted(time, kind, entry.teaching_weeks(), block_hours);
                }
                match &mut edited {
                    PlacementTime::Weekly { hours, weeks } => {
                        // "2 × 4" on one line, as plan documents write it.
                        let label = ui.label(language.text(Text::PlacementWeekly));
                        ui.horizontal(|ui| {
                            ui.add(
                                egui::DragValue::new(hours)
                                    .speed(0.2)
                                    .range(0..=40)
                                    .clamp_existing_to_range(false),
                            )
                            .labelled_by(label.id);
                            ui.label("×");
                            ui.add(
                                egui::DragValue::new(weeks)
                                    .speed(0.2)
                                    .range(0..=52)
                                    .clamp_existing_to_range(false),
                            )
                            .labelled_by(label.id);
                        });
                        ui.end_row();
                    }
                    PlacementTime::Block { weeks } => {
                        number_row(ui, language.text(Text::PlacementBlock), weeks, 52);
                    }
                    PlacementTime::Hours(hours) => {
                        number_row(ui, language.text(Text::PlacementHours), hours, 2000);
                    }
                }
                if edited != time {
                    commands.push(Command::Apply(
                        Edit::SetPlacementTime {
                            module: module.id.clone(),
                            term,
                            time: edited,
                        },
                        key("time"),
                    ));
                }
            }
        });
    // What the placements state against the module's hours.
    let stated = placements
        .iter()
        .filter_map(|&(term, index)| plan.terms[term].modules[index].time.stated_hours())
        .fold(0u32, u32::saturating_add);
    let has_block = placements.iter().any(|&(term, index)| {
        matches!(
            plan.terms[term].modules[index].time,
            PlacementTime::Block { .. }
        )
    });
    if !placements.is_empty() && !has_block {
        let line = language.fill(Text::PlacementsAddUp, &[&stated, &module.hours()]);
        if stated == module.hours() {
            ui.small(line);
        } else {
            ui.colored_label(ui.visuals().warn_fg_color, line);
        }
    }
    let free: Vec<usize> = (0..plan.terms.len())
        .filter(|&term| !plan.terms[term].holds(&module.id))
        .collect();
    if !free.is_empty() {
        ui.menu_button(language.text(Text::PlaceInAnotherTerm), |ui| {
            for term in free {
                if ui
                    .button(plan.terms[term].name.in_language(language))
                    .clicked()
                {
                    commands.push(Command::Apply(
                        Edit::Schedule {
                            placement: plan.another_placement(module, term),
                            term,
                            index: usize::MAX,
                        },
                        Coalesce::Never,
                    ));
                }
            }
        });
    }
}

fn kind_label(language: Language, kind: TimeKind) -> &'static str {
    language.text(match kind {
        TimeKind::Weekly => Text::PlacementWeekly,
        TimeKind::Block => Text::PlacementBlock,
        TimeKind::Hours => Text::PlacementHours,
    })
}

/// Which elective group offers the module: none (required) or one of the plan's groups.
pub(in crate::ui) fn group_choice_ui(
    ui: &mut Ui,
    language: Language,
    plan: &Plan,
    module: &Module,
    commands: &mut Vec<Command>,
) {
    if plan.elective_groups.is_empty() {
        return;
    }
    let current: Option<GroupId> = plan.group_of(&module.id).map(|group| group.id.clone());
    let name_of = |id: &Option<GroupId>| match id {
        Some(id) => plan
            .elective_groups
            .iter()
            .find(|group| &group.id == id)
            .map_or_else(
                || id.to_string(),
                |group| group.name.in_language(language).to_owned(),
            ),
        None => language.text(Text::GroupNone).to_owned(),
    };
    let mut chosen = current.clone();
    ui.horizontal(|ui| {
        let label = ui.label(language.text(Text::ElectiveGroupsHeading));
        egui::ComboBox::from_id_salt("module-group")
            .selected_text(name_of(&chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, name_of(&None));
                for group in &plan.elective_groups {
                    let id = Some(group.id.clone());
                    let text = name_of(&id);
                    ui.selectable_value(&mut chosen, id, text);
                }
            })
            .response
            .labelled_by(label.id);
    });
    if let Some(group) = plan.group_of(&module.id) {
        let rule = group_rule(language, plan, group);
        ui.add(egui::Label::new(egui::RichText::new(rule).small()).wrap());
    }
    if chosen != current {
        let mut groups = plan.elective_groups.clone();
        for group in &mut groups {
            group.modules.retain(|member| member != &module.id);
            if Some(&group.id) == chosen.as_ref() {
                group.modules.push(module.id.clone());
            }
        }
        commands.push(Command::Apply(
            Edit::SetElectiveGroups(groups),
            Coalesce::Never,
        ));
    }
}

/// "专业拓展课（限选）：开设 8 门 15 学分，至少选修 13 学分".
pub(in crate::ui) fn group_rule(language: Language, plan: &Plan, group: &ElectiveGroup) -> String {
    let index = plan.module_index();
    let offered: f64 = group
        .modules
        .iter()
        .filter_map(|id| index.get(id))
        .map(|module| module.credits)
        .sum();
    language.fill(
        Text::GroupRule,
        &[
            &group.name.in_language(language),
            &group.modules.len(),
            &words::number(offered),
            &words::number(group.min_credits),
        ],
    )
}
