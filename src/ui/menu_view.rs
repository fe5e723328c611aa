//! The menu bar: every action of the window, with its shortcut beside it.

use egui::{Button, Ui};

use super::app::{PlannerApp, Tab};
use super::command::{Command, Selection, Theme, command_for, shortcut_for};
use super::files::{TEMPLATES, template_title};
use super::i18n::{Language, Text};
use crate::model::Names;

/// A menu entry with its shortcut text; sends the entry's command when clicked.
fn entry(ui: &mut Ui, language: Language, text: Text, enabled: bool, commands: &mut Vec<Command>) {
    let mut button = Button::new(language.text(text));
    if let Some(shortcut) = shortcut_for(text) {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    if ui.add_enabled(enabled, button).clicked()
        && let Some(command) = command_for(text)
    {
        commands.push(command);
    }
}

fn action(ui: &mut Ui, label: &str, enabled: bool, command: Command, commands: &mut Vec<Command>) {
    if ui.add_enabled(enabled, Button::new(label)).clicked() {
        commands.push(command);
    }
}

pub fn menu_bar_ui(ui: &mut Ui, app: &mut PlannerApp, commands: &mut Vec<Command>) {
    let language = app.language();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(language.text(Text::MenuFile), |ui| {
            entry(ui, language, Text::New, true, commands);
            ui.menu_button(language.text(Text::NewFromTemplate), |ui| {
                for index in 0..TEMPLATES.len() {
                    action(ui, &template_title(index, language), true, Command::New(Some(index)), commands);
                }
            });
            entry(ui, language, Text::Open, true, commands);
            ui.menu_button(language.text(Text::OpenRecent), |ui| {
                if app.preferences().recent_files.is_empty() {
                    ui.weak(language.text(Text::NoRecentFiles));
                }
                for path in app.preferences().recent_files.clone() {
                    action(ui, &path.display().to_string(), true, Command::Open(path), commands);
                }
            });
            ui.separator();
            entry(ui, language, Text::Save, true, commands);
            entry(ui, language, Text::SaveAs, true, commands);
            action(
                ui,
                language.text(Text::Revert),
                app.path().is_some() && app.is_dirty(),
                Command::Revert,
                commands,
            );
            ui.separator();
            entry(ui, language, Text::Quit, true, commands);
        });
        ui.menu_button(language.text(Text::MenuEdit), |ui| {
            entry(ui, language, Text::Undo, app.document.can_undo(), commands);
            entry(ui, language, Text::Redo, app.document.can_redo(), commands);
            ui.separator();
            action(ui, language.text(Text::NewModule), true, Command::NewModule, commands);
            let module_selected = matches!(app.selection(), Selection::Module(id) if app.plan().module(id).is_some());
            action(
                ui,
                language.text(Text::DuplicateModule),
                module_selected,
                Command::DuplicateSelected,
                commands,
            );
            let placed = matches!(app.selection(), Selection::Module(id) if app.plan().term_of(id).is_some());
            let delete = egui::KeyboardShortcut::new(egui::Modifiers::NONE, egui::Key::Delete);
            let remove = Button::new(language.text(Text::RemoveFromTerm))
                .shortcut_text(ui.ctx().format_shortcut(&delete));
            if ui.add_enabled(placed, remove).clicked() {
                commands.push(Command::DeleteSelection);
            }
            ui.separator();
            let number = app.plan().terms.len() + 1;
            action(
                ui,
                language.text(Text::AddTerm),
                true,
                Command::AddTerm(Names::new(
                    Language::Chinese.fill(Text::TermNumber, &[&number]),
                    Language::English.fill(Text::TermNumber, &[&number]),
                )),
                commands,
            );
            action(
                ui,
                language.text(Text::RemoveTerm),
                matches!(app.selection(), Selection::Term(_)),
                Command::DeleteSelection,
                commands,
            );
        });
        ui.menu_button(language.text(Text::MenuView), |ui| {
            for (tab, text) in [(Tab::Board, Text::TermBoard), (Tab::Matrix, Text::Matrix), (Tab::Analysis, Text::Analysis)] {
                let mut button = Button::selectable(app.tab == tab, language.text(text));
                if let Some(shortcut) = shortcut_for(text) {
                    button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                }
                if ui.add(button).clicked() {
                    commands.push(Command::ShowTab(tab));
                }
            }
            ui.separator();
            for (choice, text) in [(Language::Chinese, Text::LanguageChinese), (Language::English, Text::LanguageEnglish)] {
                if ui.radio(language == choice, language.text(text)).clicked() {
                    commands.push(Command::SetLanguage(choice));
                }
            }
            ui.separator();
            let theme = app.preferences().theme;
            for (choice, text) in [(Theme::Light, Text::ThemeLight), (Theme::Dark, Text::ThemeDark)] {
                if ui.radio(theme == choice, language.text(text)).clicked() {
                    commands.push(Command::SetTheme(choice));
                }
            }
            ui.separator();
            action(ui, language.text(Text::ShowFindings), true, Command::ShowFindings(true), commands);
        });
        ui.menu_button(language.text(Text::MenuHelp), |ui| {
            ui.set_max_width(360.0);
            ui.label(language.text(Text::AboutText));
            ui.weak(format!("curriculum-planner {}", env!("CARGO_PKG_VERSION")));
        });
        // The language switch stays one click away, at the right end of the bar.
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let (other, text) = match language {
                Language::Chinese => (Language::English, Text::LanguageEnglish),
                Language::English => (Language::Chinese, Text::LanguageChinese),
            };
            if ui.button(other.text(text)).clicked() {
                commands.push(Command::SetLanguage(other));
            }
        });
    });
}
