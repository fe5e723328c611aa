//! The command palette (Ctrl+K or Ctrl+Shift+P): find any action by part of its name, in
//! Chinese or English, see its shortcut, run it with Enter or a click.

use egui::{Key, RichText, Ui};

use crate::catalogue::Text;
use crate::ui::actions::{Action, ActionState};
use crate::ui::command::Command;

#[derive(Default)]
pub struct PaletteView {
    query: String,
    /// The highlighted match (arrow keys move it).
    highlighted: usize,
    /// Set when the palette opens, so the search field takes the keyboard.
    focus_pending: bool,
}

/// An action the query finds, with its label in the window's language and, when the query
/// matched the other language, that label too.
struct Match {
    action: Action,
    label: String,
    other_label: Option<String>,
    enabled: bool,
}

impl PaletteView {
    /// Called when the palette opens: an empty query, the first entry highlighted.
    pub fn reset(&mut self) {
        self.query.clear();
        self.highlighted = 0;
        self.focus_pending = true;
    }

    pub fn ui(&mut self, ctx: &egui::Context, state: &ActionState, commands: &mut Vec<Command>) {
        let language = state.language;
        let matches = matches(&self.query, state);
        self.highlighted = self.highlighted.min(matches.len().saturating_sub(1));
        // Anchored near the top, as palettes are: the field stays put while the list changes.
        let id = egui::Id::unique("command-palette");
        let area = egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, [0.0, 80.0]);
        let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
            ui.set_width(520.0);
            let label = ui.label(language.text(Text::PaletteSearch));
            let search = ui.add(
                egui::TextEdit::singleline(&mut self.query)
                    .hint_text(language.text(Text::PaletteHint))
                    .desired_width(f32::INFINITY),
            );
            let search = search.labelled_by(label.id);
            if std::mem::take(&mut self.focus_pending) {
                search.request_focus();
            }
            if search.changed() {
                self.highlighted = 0;
            }
            let (down, up, enter) = ui.input_mut(|input| {
                (
                    input.consume_key(egui::Modifiers::NONE, Key::ArrowDown),
                    input.consume_key(egui::Modifiers::NONE, Key::ArrowUp),
                    input.key_pressed(Key::Enter),
                )
            });
            if down && self.highlighted + 1 < matches.len() {
                self.highlighted += 1;
            }
            if up {
                self.highlighted = self.highlighted.saturating_sub(1);
            }
            ui.separator();
            let mut chosen = None;
            // Tall enough for the matches (up to a dozen rows), so the list is not squeezed
            // to the modal's first size.
            let rows = matches.len().clamp(1, 12) as f32;
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .min_scrolled_height(rows * (ui.spacing().interact_size.y + 4.0))
                .show(ui, |ui| {
                    if matches.is_empty() {
                        ui.weak(language.text(Text::PaletteNoMatch));
                    }
                    for (index, found) in matches.iter().enumerate() {
                        if entry_ui(ui, found, index == self.highlighted).clicked() && found.enabled
                        {
                            chosen = Some(found.action);
                        }
                    }
                });
            if enter
                && let Some(found) = matches.get(self.highlighted).filter(|found| found.enabled)
            {
                chosen = Some(found.action);
            }
            chosen
        });
        if let Some(action) = modal.inner {
            commands.push(Command::ShowPalette(false));
            commands.push(action.command());
        } else if modal.should_close() {
            commands.push(Command::ShowPalette(false));
        }
    }
}

fn entry_ui(ui: &mut Ui, found: &Match, highlighted: bool) -> egui::Response {
    let shortcut = found
        .action
        .shortcuts()
        .first()
        .map(|shortcut| ui.ctx().format_shortcut(shortcut))
        .unwrap_or_default();
    let text = match &found.other_label {
        Some(other) => format!("{}  ·  {other}", found.label),
        None => found.label.clone(),
    };
    let text = if found.enabled {
        RichText::new(text)
    } else {
        RichText::new(text).weak()
    };
    let button = egui::Button::selectable(highlighted, text)
        .shortcut_text(shortcut)
        .min_size(egui::vec2(ui.available_width(), 0.0));
    let response = ui.add_enabled(found.enabled, button);
    if highlighted {
        response.scroll_to_me(None);
    }
    response
}

/// The actions whose name in either language contains every word of the query (ignoring
/// case and spaces between Chinese characters), available ones first.
fn matches(query: &str, state: &ActionState) -> Vec<Match> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let language = state.language;
    let mut found: Vec<Match> = Action::all()
        .into_iter()
        // Escape is a key, not something to look up.
        .filter(|action| action.place() != crate::ui::actions::Place::Keys)
        .filter_map(|action| {
            let label = action.label(language);
            let other = action.label(language.other());
            let finds = |text: &str| {
                let text = text.to_lowercase();
                words.iter().all(|word| text.contains(word.as_str()))
            };
            let other_label = if finds(&label) {
                None
            } else if finds(&other) {
                Some(other)
            } else {
                return None;
            };
            Some(Match {
                action,
                label,
                other_label,
                enabled: action.enabled(state),
            })
        })
        .collect();
    found.sort_by_key(|found| !found.enabled);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Language;

    #[test]
    fn a_query_finds_actions_in_either_language() {
        let state = ActionState {
            language: Language::Chinese,
            ..ActionState::default()
        };
        let found = matches("add term", &state);
        assert_eq!(
            found.first().map(|found| found.action),
            Some(Action::AddTerm)
        );
        assert!(found[0].other_label.is_some());
        let found = matches("ctrl", &state);
        assert!(found.is_empty());
    }
}
