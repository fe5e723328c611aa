//! Every action a menu, a shortcut or the command palette offers, declared once (as rerun's
//! `UICommand`): its label, its shortcuts, the menu it sits in, when it is available and
//! the command it sends. A new action is one variant here; menus and the palette follow.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::catalogue::{Language, Text};
use crate::editor::{TEMPLATES, template_title};
use crate::export::programme::DocumentFormat;
use crate::ui::command::{Command, Direction};
use crate::ui::preferences::SidePanel;
use crate::ui::selection::Selection;
use crate::ui::tabs::Tab;
use crate::ui::theme::Theme;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    NewPlan,
    NewFromTemplate(usize),
    Open,
    CompareWithPlan,
    Save,
    SaveAs,
    Revert,
    Export(DocumentFormat),
    Print,
    Quit,
    Undo,
    Redo,
    NewModule,
    DuplicateModule,
    RemoveFromTerm,
    AddTerm,
    RemoveTerm,
    ShowTab(Tab),
    SetLanguage(Language),
    SetTheme(Theme),
    ShowFindings,
    CommandPalette,
    ShowHelp,
    TogglePanel(SidePanel),
    /// Moves the selected module: within its term, or to the term before or after.
    MoveModule(Direction),
    /// Closes the topmost window (help, findings), or the notice, or goes back from a module
    /// or a term to the plan's own details.
    Dismiss,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
}

/// Where an action sits: its menu, a group within it (separators fall between groups), or
/// `Submenu` for actions listed under a submenu of their own (the templates).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Menu(Menu, u8),
    Submenu(Menu),
    /// A key only (Escape): listed in the help, not in menus or the palette.
    Keys,
}

/// What decides whether an action is available now.
#[derive(Clone, Copy, Debug, Default)]
pub struct ActionState {
    pub can_undo: bool,
    pub can_redo: bool,
    pub has_file: bool,
    pub dirty: bool,
    pub module_selected: bool,
    pub module_placed: bool,
    pub term_selected: bool,
    pub tab: Tab,
    pub language: Language,
    pub theme: Theme,
    pub library_shown: bool,
    pub inspector_shown: bool,
}

impl ActionState {
    pub fn selection(mut self, selection: &Selection, plan: &crate::model::Plan) -> Self {
        self.module_selected =
            matches!(selection, Selection::Module(id) if plan.module(id).is_some());
        self.module_placed =
            matches!(selection, Selection::Module(id) if plan.term_of(id).is_some());
        self.term_selected = matches!(selection, Selection::Term(term) if *term < plan.terms.len());
        self
    }
}

const fn command_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift_key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

impl Action {
    /// Every action, in menu order.
    pub fn all() -> Vec<Action> {
        let mut actions = vec![Action::NewPlan];
        actions.extend((0..TEMPLATES.len()).map(Action::NewFromTemplate));
        actions.extend([
            Action::Open,
            Action::CompareWithPlan,
            Action::Save,
            Action::SaveAs,
            Action::Revert,
        ]);
        actions.extend(DocumentFormat::ALL.map(Action::Export));
        actions.extend([
            Action::Print,
            Action::Quit,
            Action::Undo,
            Action::Redo,
            Action::NewModule,
            Action::DuplicateModule,
            Action::RemoveFromTerm,
            Action::AddTerm,
            Action::RemoveTerm,
        ]);
        actions.extend(Direction::ALL.map(Action::MoveModule));
        actions.extend(Tab::ALL.map(Action::ShowTab));
        actions.extend([SidePanel::Library, SidePanel::Inspector].map(Action::TogglePanel));
        actions.extend(Language::ALL.map(Action::SetLanguage));
        actions.extend([Theme::Light, Theme::Dark].map(Action::SetTheme));
        actions.extend([
            Action::ShowFindings,
            Action::CommandPalette,
            Action::ShowHelp,
            Action::Dismiss,
        ]);
        actions
    }

    /// The label in `language`, as the menu and the palette show it.
    pub fn label(self, language: Language) -> String {
        let text = match self {
            Action::NewPlan => Text::New,
            Action::NewFromTemplate(index) => {
                return language.fill(
                    Text::NewFromTemplateEntry,
                    &[&template_title(index, language)],
                );
            }
            Action::Open => Text::Open,
            Action::CompareWithPlan => Text::CompareMenu,
            Action::Save => Text::Save,
            Action::SaveAs => Text::SaveAs,
            Action::Revert => Text::Revert,
            Action::Export(format) => format.action(),
            Action::Print => Text::Print,
            Action::Quit => Text::Quit,
            Action::Undo => Text::Undo,
            Action::Redo => Text::Redo,
            Action::NewModule => Text::NewModule,
            Action::DuplicateModule => Text::DuplicateModule,
            Action::RemoveFromTerm => Text::RemoveFromTerm,
            Action::AddTerm => Text::AddTerm,
            Action::RemoveTerm => Text::RemoveTerm,
            Action::ShowTab(tab) => tab.label(),
            // A language is named in itself, so that someone who cannot read the other
            // one still finds their own.
            Action::SetLanguage(Language::Chinese) => {
                return Text::LanguageChinese
                    .in_language(Language::Chinese)
                    .to_owned();
            }
            Action::SetLanguage(Language::English) => {
                return Text::LanguageEnglish
                    .in_language(Language::English)
                    .to_owned();
            }
            Action::SetTheme(Theme::Light) => Text::ThemeLight,
            Action::SetTheme(Theme::Dark) => Text::ThemeDark,
            Action::ShowFindings => Text::ShowFindings,
            Action::CommandPalette => Text::CommandPalette,
            Action::ShowHelp => Text::ShowHelp,
            Action::TogglePanel(SidePanel::Library) => Text::ShowLibrary,
            Action::TogglePanel(SidePanel::Inspector) => Text::ShowInspector,
            Action::MoveModule(Direction::Up) => Text::MoveModuleUp,
            Action::MoveModule(Direction::Down) => Text::MoveModuleDown,
            Action::MoveModule(Direction::Left) => Text::MoveModuleLeft,
            Action::MoveModule(Direction::Right) => Text::MoveModuleRight,
            Action::Dismiss => Text::HelpEscape,
        };
        language.text(text).to_owned()
    }

    /// The keys that run it; the first is the one menus show. `COMMAND` is Ctrl (⌘ on a Mac).
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: &[KeyboardShortcut] = &[command_key(Key::N)];
        const OPEN: &[KeyboardShortcut] = &[command_key(Key::O)];
        const SAVE: &[KeyboardShortcut] = &[command_key(Key::S)];
        const SAVE_AS: &[KeyboardShortcut] = &[command_shift_key(Key::S)];
        const QUIT: &[KeyboardShortcut] = &[command_key(Key::Q)];
        const PRINT: &[KeyboardShortcut] = &[command_key(Key::P)];
        const UNDO: &[KeyboardShortcut] = &[command_key(Key::Z)];
        const REDO: &[KeyboardShortcut] = &[command_shift_key(Key::Z), command_key(Key::Y)];
        const DELETE: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::Delete)];
        const PALETTE: &[KeyboardShortcut] = &[command_key(Key::K), command_shift_key(Key::P)];
        const HELP: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        const LIBRARY: &[KeyboardShortcut] = &[command_key(Key::B)];
        const INSPECTOR: &[KeyboardShortcut] = &[command_key(Key::I)];
        const fn alt_key(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::ALT, key)
        }
        const UP: &[KeyboardShortcut] = &[alt_key(Key::ArrowUp)];
        const DOWN: &[KeyboardShortcut] = &[alt_key(Key::ArrowDown)];
        const LEFT: &[KeyboardShortcut] = &[alt_key(Key::ArrowLeft)];
        const RIGHT: &[KeyboardShortcut] = &[alt_key(Key::ArrowRight)];
        const ESCAPE: &[KeyboardShortcut] = &[KeyboardShortcut::new(Modifiers::NONE, Key::Escape)];
        match self {
            Action::NewPlan => NEW,
            Action::Open => OPEN,
            Action::Save => SAVE,
            Action::SaveAs => SAVE_AS,
            Action::Quit => QUIT,
            Action::Print => PRINT,
            Action::Undo => UNDO,
            Action::Redo => REDO,
            Action::RemoveFromTerm => DELETE,
            Action::CommandPalette => PALETTE,
            Action::ShowHelp => HELP,
            Action::TogglePanel(SidePanel::Library) => LIBRARY,
            Action::TogglePanel(SidePanel::Inspector) => INSPECTOR,
            Action::ShowTab(tab) => tab.shortcuts(),
            Action::MoveModule(Direction::Up) => UP,
            Action::MoveModule(Direction::Down) => DOWN,
            Action::MoveModule(Direction::Left) => LEFT,
            Action::MoveModule(Direction::Right) => RIGHT,
            Action::Dismiss => ESCAPE,
            _ => &[],
        }
    }

    pub fn place(self) -> Place {
        match self {
            Action::NewPlan | Action::Open | Action::CompareWithPlan => Place::Menu(Menu::File, 0),
            Action::NewFromTemplate(_) => Place::Submenu(Menu::File),
            Action::Save | Action::SaveAs | Action::Revert => Place::Menu(Menu::File, 1),
            Action::Export(_) | Action::Print => Place::Menu(Menu::File, 2),
            Action::Quit => Place::Menu(Menu::File, 3),
            Action::Undo | Action::Redo => Place::Menu(Menu::Edit, 0),
            Action::NewModule | Action::DuplicateModule | Action::RemoveFromTerm => {
                Place::Menu(Menu::Edit, 1)
            }
            Action::AddTerm | Action::RemoveTerm => Place::Menu(Menu::Edit, 2),
            Action::MoveModule(_) => Place::Menu(Menu::Edit, 3),
            Action::Dismiss => Place::Keys,
            Action::ShowTab(_) => Place::Menu(Menu::View, 0),
            Action::TogglePanel(_) => Place::Menu(Menu::View, 4),
            Action::SetLanguage(_) => Place::Menu(Menu::View, 1),
            Action::SetTheme(_) => Place::Menu(Menu::View, 2),
            Action::ShowFindings | Action::CommandPalette | Action::ShowHelp => {
                Place::Menu(Menu::View, 3)
            }
        }
    }

    pub fn enabled(self, state: &ActionState) -> bool {
        match self {
            Action::Undo => state.can_undo,
            Action::Redo => state.can_redo,
            Action::Revert => state.has_file && state.dirty,
            Action::DuplicateModule => state.module_selected,
            Action::RemoveFromTerm | Action::MoveModule(_) => state.module_placed,
            Action::RemoveTerm => state.term_selected,
            _ => true,
        }
    }

    /// For choices shown as radio buttons or a selected entry: whether it is the current one.
    pub fn checked(self, state: &ActionState) -> Option<bool> {
        match self {
            Action::ShowTab(tab) => Some(state.tab == tab),
            Action::SetLanguage(language) => Some(state.language == language),
            Action::SetTheme(theme) => Some(state.theme == theme),
            Action::TogglePanel(SidePanel::Library) => Some(state.library_shown),
            Action::TogglePanel(SidePanel::Inspector) => Some(state.inspector_shown),
            _ => None,
        }
    }

    pub fn command(self) -> Command {
        match self {
            Action::NewPlan => Command::NewDialog(true),
            Action::NewFromTemplate(index) => Command::New(Some(index)),
            Action::Open => Command::OpenDialog,
            Action::CompareWithPlan => Command::CompareDialog,
            Action::Save => Command::Save,
            Action::SaveAs => Command::SaveAsDialog,
            Action::Revert => Command::Revert,
            Action::Export(format) => Command::ExportDialog(format),
            Action::Print => Command::Print,
            Action::Quit => Command::Quit,
            Action::Undo => Command::Undo,
            Action::Redo => Command::Redo,
            Action::NewModule => Command::NewModule,
            Action::DuplicateModule => Command::DuplicateSelected,
            Action::RemoveFromTerm | Action::RemoveTerm => Command::DeleteSelection,
            Action::AddTerm => Command::AddTerm,
            Action::ShowTab(tab) => Command::ShowTab(tab),
            Action::SetLanguage(language) => Command::SetLanguage(language),
            Action::SetTheme(theme) => Command::SetTheme(theme),
            Action::ShowFindings => Command::ShowFindings(true),
            Action::CommandPalette => Command::ShowPalette(true),
            Action::ShowHelp => Command::ShowHelp(true),
            Action::TogglePanel(panel) => Command::TogglePanel(panel),
            Action::MoveModule(direction) => Command::MoveSelected(direction),
            Action::Dismiss => Command::Dismiss,
        }
    }

    /// `text` with the action's first shortcut, as a tooltip says it: "收起课程库（Ctrl+B）".
    pub fn hint(self, ctx: &egui::Context, language: Language, text: Text) -> String {
        match self.shortcuts().first() {
            Some(shortcut) => language.fill(
                Text::WithShortcut,
                &[&language.text(text), &ctx.format_shortcut(shortcut)],
            ),
            None => language.text(text).to_owned(),
        }
    }
}

/// The commands of the shortcuts pressed this frame, consumed so that text fields do not
/// also see them. Keys without Ctrl (Delete, Escape, Alt+arrows) act only while no text
/// field has the keyboard.
pub fn pressed_shortcuts(ctx: &egui::Context) -> Vec<Command> {
    let typing = ctx.egui_wants_keyboard_input();
    let mut shortcuts: Vec<(KeyboardShortcut, Action)> = Action::all()
        .into_iter()
        .flat_map(|action| {
            action
                .shortcuts()
                .iter()
                .map(move |shortcut| (*shortcut, action))
        })
        // While a text field has the keyboard only Ctrl (⌘) shortcuts act: it uses bare keys,
        // Escape and Alt+arrows (a word at a time on a Mac) itself.
        .filter(|(shortcut, _)| !typing || shortcut.modifiers.command || shortcut.modifiers.ctrl)
        .collect();
    // Ctrl+Shift+Z before Ctrl+Z: egui lets Ctrl+Z match with Shift held too.
    shortcuts.sort_by_key(|(shortcut, _)| std::cmp::Reverse(modifier_count(shortcut.modifiers)));
    ctx.input_mut(|input| {
        shortcuts
            .iter()
            .filter(|(shortcut, _)| input.consume_shortcut(shortcut))
            .map(|(_, action)| action.command())
            .collect()
    })
}

fn modifier_count(modifiers: Modifiers) -> u8 {
    u8::from(modifiers.alt)
        + u8::from(modifiers.shift)
        + u8::from(modifiers.ctrl || modifiers.command || modifiers.mac_cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_actions_share_a_shortcut() {
        let mut seen = Vec::new();
        for action in Action::all() {
            for shortcut in action.shortcuts() {
                assert!(!seen.contains(shortcut), "{action:?} repeats {shortcut:?}");
                seen.push(*shortcut);
            }
        }
    }

    /// A number per kind of action. The match fails to compile when a variant is added, and
    /// the test below fails until the new action is listed in `Action::all` (else it has no
    /// menu entry, shortcut or palette entry).
    fn kind(action: Action) -> usize {
        match action {
            Action::NewPlan => 0,
            Action::NewFromTemplate(_) => 1,
            Action::Open => 2,
            Action::CompareWithPlan => 3,
            Action::Save => 4,
            Action::SaveAs => 5,
            Action::Revert => 6,
            Action::Quit => 7,
            Action::Undo => 8,
            Action::Redo => 9,
            Action::NewModule => 10,
            Action::DuplicateModule => 11,
            Action::RemoveFromTerm => 12,
            Action::AddTerm => 13,
            Action::RemoveTerm => 14,
            Action::ShowTab(_) => 15,
            Action::SetLanguage(_) => 16,
            Action::SetTheme(_) => 17,
            Action::ShowFindings => 18,
            Action::CommandPalette => 19,
            Action::Export(_) => 20,
            Action::Print => 21,
            Action::ShowHelp => 22,
            Action::TogglePanel(_) => 23,
            Action::MoveModule(_) => 24,
            Action::Dismiss => 25,
        }
    }

    #[test]
    fn every_kind_of_action_is_listed() {
        let mut kinds: Vec<usize> = Action::all().into_iter().map(kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds, (0..26).collect::<Vec<_>>());
        let listed = Action::all();
        for tab in Tab::ALL {
            assert!(listed.contains(&Action::ShowTab(tab)), "{tab:?}");
        }
    }

    #[test]
    fn every_action_has_a_label_in_both_languages() {
        for action in Action::all() {
            for language in Language::ALL {
                assert!(!action.label(language).trim().is_empty(), "{action:?}");
            }
        }
    }
}
