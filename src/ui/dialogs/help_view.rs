//! Help (F1): what the levels, the emphasis, the alignment score and the rules mean, worked
//! through on the open plan's own figures, and every keyboard shortcut — in the window's
//! language.

use egui::RichText;

use crate::catalogue::{Text, words};
use crate::ui::actions::Action;
use crate::ui::view_context::ViewContext;

/// Shows the help window; `false` once the user closed it (×; Escape is `Action::Dismiss`).
pub fn help_window(ctx: &egui::Context, context: &ViewContext<'_>) -> bool {
    let language = context.language;
    let mut open = true;
    egui::Window::new(language.text(Text::HelpTitle))
        .open(&mut open)
        .default_size([560.0, 520.0])
        // Below the menu bar, which stays in reach.
        .default_pos([80.0, 48.0])
        .vscroll(true)
        .show(ctx, |ui| {
            let section = |ui: &mut egui::Ui, title: Text, body: Text| {
                ui.add_space(6.0);
                ui.label(RichText::new(language.text(title)).strong());
                ui.label(language.text(body));
            };
            section(ui, Text::HelpLevelsTitle, Text::HelpLevels);
            section(ui, Text::HelpEmphasisTitle, Text::HelpEmphasis);
            section(ui, Text::HelpScoreTitle, Text::HelpScore);
            // The formula on the open plan's own figures.
            if let Some(alignment) = &context.report.alignment
                && let Some(skill) = alignment.skills.first()
            {
                ui.label(
                    RichText::new(language.fill(
                        Text::HelpWorkedExample,
                        &[
                            &skill.name.in_language(language),
                            &format!("{:.1}", skill.emphasis),
                            &format!("{:.1}", skill.emphasis_share * 100.0),
                            &format!("{:.1}", skill.demand * 100.0),
                            &format!("{:.1}", skill.demand_share * 100.0),
                            &format!("{:+.1}", skill.gap * 100.0),
                            &words::score(language, alignment.score),
                            &words::score(language, alignment.cosine),
                        ],
                    ))
                    .italics(),
                );
            }
            section(ui, Text::HelpRulesTitle, Text::HelpRules);
            ui.add_space(6.0);
            ui.label(RichText::new(language.text(Text::HelpShortcutsTitle)).strong());
            egui::Grid::new("help-shortcuts")
                .striped(true)
                .show(ui, |ui| {
                    for action in Action::all() {
                        let keys: Vec<String> = action
                            .shortcuts()
                            .iter()
                            .map(|shortcut| ctx.format_shortcut(shortcut))
                            .collect();
                        if keys.is_empty() {
                            continue;
                        }
                        ui.label(action.label(language));
                        ui.monospace(keys.join("  "));
                        ui.end_row();
                    }
                });
            // The matrix's own keys, while one of its cells is selected.
            section(ui, Text::Matrix, Text::MatrixCellsTip);
        });
    open
}
