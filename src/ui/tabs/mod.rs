//! The centre of the window: its tabs listed once here (`Tab`, each with its label and
//! shortcut; the tab strip, the View menu, the shortcuts and the command palette all read
//! the list), `central_view.rs` draws the strip and the chosen tab, and one view per tab.

pub(in crate::ui) mod analysis_view;
pub(in crate::ui) mod board_view;
pub(in crate::ui) mod central_view;
pub(in crate::ui) mod comparison_view;
pub(in crate::ui) mod document_view;
pub(in crate::ui) mod gap_view;
pub(in crate::ui) mod matrix_view;
pub(in crate::ui) mod print_preview_view;
pub(in crate::ui) mod rule_remedy_view;
pub(in crate::ui) mod suggest_groups_view;
pub(in crate::ui) mod suggest_preview_view;
pub(in crate::ui) mod suggest_view;
pub(in crate::ui) mod survey_details_view;
pub(in crate::ui) mod survey_import_view;
pub(in crate::ui) mod survey_skills_industries_view;
pub(in crate::ui) mod survey_view;
pub(in crate::ui) mod what_if_view;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::catalogue::Text;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Board,
    Matrix,
    Analysis,
    Survey,
    Document,
    Print,
    Suggest,
}

impl Tab {
    pub const ALL: [Tab; 7] = [
        Tab::Board,
        Tab::Matrix,
        Tab::Analysis,
        Tab::Survey,
        Tab::Document,
        Tab::Print,
        Tab::Suggest,
    ];

    pub fn label(self) -> Text {
        match self {
            Tab::Board => Text::TermBoard,
            Tab::Matrix => Text::Matrix,
            Tab::Analysis => Text::Analysis,
            Tab::Survey => Text::SurveyTab,
            Tab::Document => Text::ProgrammeDocumentTab,
            Tab::Print => Text::PrintPreview,
            Tab::Suggest => Text::SuggestTitle,
        }
    }

    /// Ctrl+1, Ctrl+2, … in the order of the tab strip.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn command(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const BOARD: &[KeyboardShortcut] = &[command(Key::Num1)];
        const MATRIX: &[KeyboardShortcut] = &[command(Key::Num2)];
        const ANALYSIS: &[KeyboardShortcut] = &[command(Key::Num3)];
        const SURVEY: &[KeyboardShortcut] = &[command(Key::Num4)];
        const DOCUMENT: &[KeyboardShortcut] = &[command(Key::Num5)];
        const PRINT: &[KeyboardShortcut] = &[command(Key::Num6)];
        const SUGGEST: &[KeyboardShortcut] = &[command(Key::Num7)];
        match self {
            Tab::Board => BOARD,
            Tab::Matrix => MATRIX,
            Tab::Analysis => ANALYSIS,
            Tab::Survey => SURVEY,
            Tab::Document => DOCUMENT,
            Tab::Print => PRINT,
            Tab::Suggest => SUGGEST,
        }
    }
}
