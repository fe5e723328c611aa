//! The two side panels (the library on the left, the inspector on the right): resizable,
//! collapsible to a thin strip with a button that brings them back (or Ctrl+B / Ctrl+I, or
//! the View menu), never wider than a share of the window so that the centre keeps room.

use crate::ui::actions::Action;
use egui::{Panel, Ui};

use crate::catalogue::{Language, Text};
use crate::ui::command::Command;
pub use crate::ui::preferences::SidePanel;

/// Neither panel takes more than this share of the window's width.
const MOST_OF_WINDOW: f32 = 0.28;
const NARROWEST: f32 = 200.0;
/// The collapsed strip: room for one button.
const STRIP_WIDTH: f32 = 26.0;

/// What each panel shows and says.
trait PanelTexts {
    fn title(self) -> Text;
    fn show_hint(self) -> Text;
    fn hide_hint(self) -> Text;
    fn arrow(self, shown: bool) -> &'static str;
    fn panels(self) -> (Panel, Panel);
}

impl PanelTexts for SidePanel {
    fn title(self) -> Text {
        match self {
            SidePanel::Library => Text::Library,
            SidePanel::Inspector => Text::Inspector,
        }
    }

    fn show_hint(self) -> Text {
        match self {
            SidePanel::Library => Text::ShowLibraryHint,
            SidePanel::Inspector => Text::ShowInspectorHint,
        }
    }

    fn hide_hint(self) -> Text {
        match self {
            SidePanel::Library => Text::HideLibraryHint,
            SidePanel::Inspector => Text::HideInspectorHint,
        }
    }

    /// The arrow that points the way the panel would move.
    fn arrow(self, shown: bool) -> &'static str {
        match (self, shown) {
            (SidePanel::Library, true) | (SidePanel::Inspector, false) => "«",
            (SidePanel::Library, false) | (SidePanel::Inspector, true) => "»",
        }
    }

    fn panels(self) -> (Panel, Panel) {
        match self {
            SidePanel::Library => (Panel::left("library-collapsed"), Panel::left("library")),
            SidePanel::Inspector => (
                Panel::right("inspector-collapsed"),
                Panel::right("inspector"),
            ),
        }
    }
}

/// What a side panel needs from the window: whether it is open and its remembered width.
pub struct PanelState {
    pub shown: bool,
    pub width: f32,
}

/// Draws `which` open (with `contents`) or as its collapsed strip. Returns its width when open;
/// a drag that collapses or opens it becomes a command.
pub fn side_panel_ui(
    ui: &mut Ui,
    which: SidePanel,
    state: &PanelState,
    language: Language,
    commands: &mut Vec<Command>,
    contents: impl FnOnce(&mut Ui, &mut Vec<Command>),
) -> f32 {
    let widest = (ui.ctx().content_rect().width() * MOST_OF_WINDOW).max(NARROWEST);
    let (collapsed, expanded) = which.panels();
    let mut shown = state.shown;
    let response = Panel::show_switched(
        ui,
        &mut shown,
        collapsed.exact_size(STRIP_WIDTH).resizable(false),
        expanded
            .resizable(true)
            .default_size(state.width.min(widest))
            .size_range(NARROWEST..=widest),
        |ui, open| {
            if open {
                contained(ui, |ui| contents(ui, commands));
            } else if arrow_button(
                ui,
                which.arrow(false),
                &Action::TogglePanel(which).hint(ui.ctx(), language, which.show_hint()),
            ) {
                commands.push(Command::ShowPanel(which, true));
            }
        },
    );
    if shown != state.shown {
        commands.push(Command::ShowPanel(which, shown));
    }
    if state.shown {
        response.response.rect.width()
    } else {
        state.width
    }
}

/// Runs `contents` in the panel's own rectangle and reports exactly that rectangle to the
/// panel: a widget wider than the panel is cut at its edge instead of widening the panel (a
/// right panel that grows keeps its right edge and slides under the centre, egui 0.37).
fn contained(ui: &mut Ui, contents: impl FnOnce(&mut Ui)) {
    let rect = ui.max_rect();
    let mut inner = ui.new_child(egui::UiBuilder::new().max_rect(rect).layout(*ui.layout()));
    inner.shrink_clip_rect(rect);
    contents(&mut inner);
    ui.advance_cursor_after_rect(rect);
}

/// The panel's title with the button that collapses it, for the top of its contents.
pub fn panel_heading_ui(
    ui: &mut Ui,
    which: SidePanel,
    language: Language,
    commands: &mut Vec<Command>,
    add_more: impl FnOnce(&mut Ui),
) {
    ui.horizontal(|ui| {
        ui.heading(language.text(which.title()));
        add_more(ui);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let hint = Action::TogglePanel(which).hint(ui.ctx(), language, which.hide_hint());
            if arrow_button(ui, which.arrow(true), &hint) {
                commands.push(Command::ShowPanel(which, false));
            }
        });
    });
}

/// A small arrow button named by what it does (for its tooltip and for screen readers).
fn arrow_button(ui: &mut Ui, arrow: &str, hint: &str) -> bool {
    let response = ui.small_button(arrow).on_hover_text(hint);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, hint));
    response.clicked()
}
