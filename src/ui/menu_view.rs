//! The menu bar, built from the list of actions: each entry with its shortcut beside it,
//! greyed out while it does not apply.

use std::path::PathBuf;

use egui::{Button, Ui};

use crate::catalogue::{Language, Text};
use crate::ui::actions::{Action, ActionState, Menu, Place};
use crate::ui::command::Command;

/// What the menu bar reads besides the actions' state.
pub struct MenuContext<'a> {
    pub state: ActionState,
    pub recent_files: &'a [PathBuf],
}

fn action_ui(ui: &mut Ui, action: Action, state: &ActionState, commands: &mut Vec<Command>) {
    let label = action.label(state.language);
    let mut button = match action.checked(state) {
        Some(checked) => Button::selectable(checked, label),
        None => Button::new(label),
    };
    if let Some(shortcut) = action.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(action.enabled(state), button).clicked() {
        commands.push(action.command());
    }
}

/// The actions of one menu, a separator between groups; `after_group` adds entries that
/// are not actions (the submenus) after a group.
fn menu_actions_ui(
    ui: &mut Ui,
    menu: Menu,
    state: &ActionState,
    commands: &mut Vec<Command>,
    mut after_action: impl FnMut(&mut Ui, Action, &mut Vec<Command>),
) {
    let mut last_group = None;
    for action in Action::all() {
        let Place::Menu(place, group) = action.place() else {
            continue;
        };
        if place != menu {
            continue;
        }
        if last_group.is_some_and(|last| last != group) {
            ui.separator();
        }
        last_group = Some(group);
        action_ui(ui, action, state, commands);
        after_action(ui, action, commands);
    }
}

pub fn menu_bar_ui(ui: &mut Ui, context: &MenuContext<'_>, commands: &mut Vec<Command>) {
    let state = &context.state;
    let language = state.language;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(language.text(Text::MenuFile), |ui| {
            menu_actions_ui(ui, Menu::File, state, commands, |ui, action, commands| {
                if action == Action::NewPlan {
                    ui.menu_button(language.text(Text::NewFromTemplate), |ui| {
                        for template in Action::all() {
                            if template.place() == Place::Submenu(Menu::File) {
                                // The submenu already says "from template": just the title.
                                let title = match template {
                                    Action::NewFromTemplate(index) => {
                                        crate::editor::template_title(index, language)
                                    }
                                    _ => template.label(language),
                                };
                                if ui.button(title).clicked() {
                                    commands.push(template.command());
                                }
                            }
                        }
                    });
                }
                if action == Action::Open {
                    recent_files_ui(ui, language, context.recent_files, commands);
                }
            });
        });
        ui.menu_button(language.text(Text::MenuEdit), |ui| {
            menu_actions_ui(ui, Menu::Edit, state, commands, |_, _, _| {});
        });
        ui.menu_button(language.text(Text::MenuView), |ui| {
            menu_actions_ui(ui, Menu::View, state, commands, |_, _, _| {});
        });
        ui.menu_button(language.text(Text::MenuHelp), |ui| {
            ui.set_max_width(360.0);
            if ui.button(Action::ShowHelp.label(language)).clicked() {
                commands.push(Command::ShowHelp(true));
            }
            if ui.button(language.text(Text::ShowAbout)).clicked() {
                commands.push(Command::ShowAbout(true));
            }
        });
        // The language switch stays one click away, at the right end of the bar.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let other = Action::SetLanguage(language.other());
            if ui.button(other.label(language)).clicked() {
                commands.push(other.command());
            }
        });
    });
}

fn recent_files_ui(
    ui: &mut Ui,
    language: Language,
    recent_files: &[PathBuf],
    commands: &mut Vec<Command>,
) {
    ui.menu_button(language.text(Text::OpenRecent), |ui| {
        if recent_files.is_empty() {
            ui.weak(language.text(Text::NoRecentFiles));
        }
        for path in recent_files {
            if ui.button(path.display().to_string()).clicked() {
                commands.push(Command::Open(path.clone()));
            }
        }
    });
}
