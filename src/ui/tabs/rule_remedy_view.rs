//! Under a rule the plan does not meet: how far off it is, in words, and the modules
//! concerned as a table (code, name, credits, theory and practice hours) to click through.

use egui::{Grid, Ui};

use crate::analysis::RuleRemedy;
use crate::catalogue::{Text, remedy_message, words};
use crate::ui::command::Command;
use crate::ui::selection::Selection;
use crate::ui::view_context::ViewContext;

pub fn remedy_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    rule: &str,
    remedy: &RuleRemedy,
    open: bool,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    ui.label(remedy_message(language, remedy));
    if remedy.modules.is_empty() {
        return;
    }
    // Open when few rules fail; a draft that misses many shows each list on a click (and a
    // closed list costs nothing to draw).
    egui::CollapsingHeader::new(language.fill(Text::RemedyModules, &[&remedy.modules.len()]))
        .id_salt(("rule-remedy", rule))
        .default_open(open)
        .show(ui, |ui| modules_table(ui, context, rule, remedy, commands));
}

fn modules_table(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    rule: &str,
    remedy: &RuleRemedy,
    commands: &mut Vec<Command>,
) {
    let language = context.language;
    Grid::new(("rule-remedy-modules", rule))
        .striped(true)
        .num_columns(5)
        .spacing([12.0, 2.0])
        .show(ui, |ui| {
            for heading in [
                Text::Code,
                Text::Name,
                Text::Credits,
                Text::TheoryHours,
                Text::PracticeHours,
            ] {
                ui.strong(language.text(heading));
            }
            ui.end_row();
            for id in &remedy.modules {
                let Some(module) = context.plan.module(id) else {
                    continue;
                };
                ui.monospace(&module.code);
                if ui.link(module.name.in_language(language)).clicked() {
                    commands.push(Command::Select(Selection::Module(id.clone())));
                }
                ui.label(words::number(module.credits));
                ui.label(module.theory_hours.to_string());
                ui.label(module.practice_hours.to_string());
                ui.end_row();
            }
        });
}
