//! The About box: the app's name in both languages, its version, and the licences and sources
//! of what it bundles (fonts, the example survey, the rule books).

use egui::{RichText, Ui};

use crate::catalogue::{Language, Text};
use crate::ui::command::Command;

const FONT_LICENCE: &str = include_str!("../../../assets/fonts/OFL.txt");

pub(super) fn about_dialog(ctx: &egui::Context, language: Language, commands: &mut Vec<Command>) {
    let shown = egui::Modal::new(egui::Id::unique("about")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.horizontal(|ui| {
            ui.heading(Language::Chinese.text(Text::AppName));
            ui.heading(RichText::new(Language::English.text(Text::AppName)).weak());
        });
        ui.label(language.fill(Text::AboutVersion, &[&env!("CARGO_PKG_VERSION")]));
        ui.add_space(6.0);
        ui.label(language.text(Text::AboutText));
        ui.add_space(6.0);
        licences_ui(ui, language);
        ui.add_space(6.0);
        if ui.button(language.text(Text::Close)).clicked() {
            commands.push(Command::ShowAbout(false));
        }
    });
    if shown.should_close() {
        commands.push(Command::ShowAbout(false));
    }
}

fn licences_ui(ui: &mut Ui, language: Language) {
    ui.strong(language.text(Text::AboutLicences));
    ui.label(language.text(Text::AboutProgramLicence));
    ui.label(language.text(Text::AboutFontsLicence));
    let source = crate::editor::bundled_survey_source();
    if !source.is_empty() {
        ui.label(language.fill(Text::AboutSurveySource, &[&source]));
    }
    ui.label(language.text(Text::AboutRulesSource));
    ui.collapsing(language.text(Text::AboutFontLicenceText), |ui| {
        egui::ScrollArea::vertical()
            .max_height(220.0)
            .show(ui, |ui| {
                ui.label(RichText::new(FONT_LICENCE).monospace().small());
            });
    });
}
