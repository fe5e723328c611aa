//! The elective groups a suggestion fills: per group of the plan, whether the suggestion
//! chooses its modules, the credits it offers and the least a student takes.

use egui::{DragValue, Ui};

use crate::catalogue::Text;
use crate::editor::{GroupFill, SuggestRequest};
use crate::model::GroupId;
use crate::ui::view_context::ViewContext;

/// One group's line of the form.
pub struct FillForm {
    group: GroupId,
    fill: bool,
    offered: f64,
    least: f64,
}

/// The plan's groups, none filled, each with what it offers and asks now.
pub fn fills_for(context: &ViewContext<'_>) -> Vec<FillForm> {
    context
        .report
        .groups
        .iter()
        .map(|group| FillForm {
            group: group.id.clone(),
            fill: false,
            offered: group.offered_credits,
            least: if group.min_credits.is_finite() {
                group.min_credits.max(0.0)
            } else {
                0.0
            },
        })
        .collect()
}

/// The groups ticked, into the request.
pub fn add_fills(request: &mut SuggestRequest, fills: &[FillForm]) {
    request.fills = fills
        .iter()
        .filter(|fill| fill.fill)
        .map(|fill| GroupFill {
            group: fill.group.clone(),
            offered: fill.offered,
            least: fill.least,
            modules: None,
        })
        .collect();
}

pub fn groups_ui(ui: &mut Ui, context: &ViewContext<'_>, fills: &mut [FillForm]) {
    if fills.is_empty() {
        return;
    }
    let language = context.language;
    egui::CollapsingHeader::new(language.text(Text::SuggestGroupsHeading))
        .default_open(true)
        .show(ui, |ui| {
            for fill in fills.iter_mut() {
                let name = context
                    .plan
                    .elective_groups
                    .iter()
                    .find(|group| group.id == fill.group)
                    .map_or(fill.group.as_str(), |group| {
                        group.name.in_language(language)
                    });
                let check = ui.checkbox(
                    &mut fill.fill,
                    language.fill(Text::SuggestFillGroup, &[&name]),
                );
                // The figures on a line of their own, under the box: a long group name in
                // English would push them past the panel.
                ui.indent(("fill", fill.group.as_str()), |ui| {
                    ui.add_enabled_ui(fill.fill, |ui| {
                        ui.horizontal_wrapped(|ui| {
                            let offered = language.text(Text::SuggestGroupOffered);
                            figure_ui(ui, offered, &mut fill.offered, check.id);
                            let least = language.text(Text::MinCredits);
                            figure_ui(ui, least, &mut fill.least, check.id);
                        });
                        // Said, not corrected: typing "14" passes through "1" on the way.
                        if fill.fill && fill.least > fill.offered {
                            ui.colored_label(
                                ui.visuals().error_fg_color,
                                language.text(Text::SuggestLeastAboveOffered),
                            );
                        }
                    });
                });
            }
        });
}

/// A figure of a group, named by its label and the group's box.
fn figure_ui(ui: &mut Ui, label: &str, value: &mut f64, group: egui::Id) {
    let label = ui.label(label);
    ui.add(DragValue::new(value).range(0.0..=200.0).speed(0.5))
        .labelled_by(label.id)
        .labelled_by(group);
}
