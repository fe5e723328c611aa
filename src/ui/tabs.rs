//! The views of the centre of the window, listed once: each tab's label and shortcut. The
//! tab strip, the View menu, the shortcuts and the command palette all read this list;
//! `central_view.rs` draws the chosen one.

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
}

impl Tab {
    pub const ALL: [Tab; 6] = [
        Tab::Board,
        Tab::Matrix,
        Tab::Analysis,
        Tab::Survey,
        Tab::Document,
        Tab::Print,
    ];

    pub fn label(self) -> Text {
        match self {
            Tab::Board => Text::TermBoard,
            Tab::Matrix => Text::Matrix,
            Tab::Analysis => Text::Analysis,
            Tab::Survey => Text::SurveyTab,
            Tab::Document => Text::ProgrammeDocumentTab,
            Tab::Print => Text::PrintPreview,
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
        match self {
            Tab::Board => BOARD,
            Tab::Matrix => MATRIX,
            Tab::Analysis => ANALYSIS,
            Tab::Survey => SURVEY,
            Tab::Document => DOCUMENT,
            Tab::Print => PRINT,
        }
    }
}
