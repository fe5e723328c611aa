//! Everything the user can ask the window to do. Menus, shortcuts and views send commands
//! during a frame; the app carries them out in one place after the panels are drawn.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::Tab;
use super::i18n::{Language, Text};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{ModuleId, Names};

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

/// What is selected: the inspector shows it and Delete removes it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// The plan's own fields.
    #[default]
    Plan,
    Module(ModuleId),
    Term(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A blank plan, or a copy of one of the bundled example plans (`Some(index)`).
    New(Option<usize>),
    /// Asks for a file with a dialog.
    OpenDialog,
    Open(PathBuf),
    Save,
    SaveAsDialog,
    SaveAs(PathBuf),
    Revert,
    Quit,
    Undo,
    Redo,
    Apply(Edit, Coalesce),
    /// Adds a library module (and the industries and skills it names) to the plan's pool
    /// and places it in a term.
    AddFromLibrary {
        module: ModuleId,
        term: usize,
        index: usize,
    },
    Select(Selection),
    /// Removes the selection: a module from its term, or an empty term.
    DeleteSelection,
    DuplicateSelected,
    NewModule,
    AddTerm(Names),
    SetLanguage(Language),
    ShowTab(Tab),
    SetTheme(Theme),
    ShowFindings(bool),
    /// Keeps the recovery copy and opens it.
    Recover,
    DiscardRecovery,
    /// Asks for a plan to compare the open one with.
    CompareDialog,
    /// Reads a plan (`.ron` or CurricularAnalytics `.csv`) to compare the open one with.
    CompareWith(PathBuf),
    /// Drops the other plan at this index from the comparison.
    StopComparing(usize),
    /// Answers to "save changes?".
    SaveAndContinue,
    DiscardAndContinue,
    CancelPending,
}

/// Shortcuts that act anywhere in the window. `COMMAND` is Ctrl, or ⌘ on a Mac.
pub const SHORTCUTS: &[(KeyboardShortcut, Text)] = &[
    // With Shift first: Ctrl+Z also matches Ctrl+Shift+Z (egui ignores extra Shift).
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::S),
        Text::SaveAs,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
        Text::Redo,
    ),
    (KeyboardShortcut::new(Modifiers::COMMAND, Key::N), Text::New),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::O),
        Text::Open,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::S),
        Text::Save,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Y),
        Text::Redo,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Z),
        Text::Undo,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Q),
        Text::Quit,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num1),
        Text::TermBoard,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num2),
        Text::Matrix,
    ),
    (
        KeyboardShortcut::new(Modifiers::COMMAND, Key::Num3),
        Text::Analysis,
    ),
];

/// The command behind a menu entry that has a shortcut.
pub fn command_for(text: Text) -> Option<Command> {
    Some(match text {
        Text::New => Command::New(None),
        Text::Open => Command::OpenDialog,
        Text::Save => Command::Save,
        Text::SaveAs => Command::SaveAsDialog,
        Text::Redo => Command::Redo,
        Text::Undo => Command::Undo,
        Text::Quit => Command::Quit,
        Text::TermBoard => Command::ShowTab(Tab::Board),
        Text::Matrix => Command::ShowTab(Tab::Matrix),
        Text::Analysis => Command::ShowTab(Tab::Analysis),
        _ => return None,
    })
}

/// The shortcut shown beside a menu entry.
pub fn shortcut_for(text: Text) -> Option<KeyboardShortcut> {
    SHORTCUTS
        .iter()
        .find(|(_, entry)| *entry == text)
        .map(|(shortcut, _)| *shortcut)
}

/// Shortcuts pressed this frame, consumed so that text fields do not also see them.
pub fn pressed_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    ctx.input_mut(|input| {
        SHORTCUTS
            .iter()
            .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
            .filter_map(|(_, text)| command_for(*text))
            .collect()
    })
}
