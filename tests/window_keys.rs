//! Keys as the help lists them, all from the action registry: Escape closes the topmost
//! window, then goes back to the plan's details; Alt+arrows move a module and stand in the
//! Edit menu and the help with their keys; while a text field has the keyboard they are its.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::window::{LAPTOP, open, said};
use curriculum_planner::catalogue::Text;
use curriculum_planner::model::ModuleId;
use curriculum_planner::ui::{Command, Selection};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn escape_closes_the_topmost_window_first_then_goes_back_to_the_plan() {
    let mut harness = open(None, LAPTOP);
    let module = ModuleId::from("ideology_morality_law");
    harness
        .state_mut()
        .send(Command::Select(Selection::Module(module.clone())));
    harness.state_mut().send(Command::ShowFindings(true));
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    // The help lists the moves with their keys, from the same registry as the menus.
    for text in [
        Text::MoveModuleUp,
        Text::MoveModuleDown,
        Text::MoveModuleLeft,
        Text::MoveModuleRight,
        Text::HelpEscape,
        // The matrix's own keys too.
        Text::MatrixCellsTip,
    ] {
        assert!(
            harness.query_all_by_label(said(text)).next().is_some(),
            "{text:?} is not in the help"
        );
    }
    // A window's title, counted: the menu bar has a 帮助 of its own.
    let shown = |harness: &egui_kittest::Harness<'_, _>, title: Text| {
        harness.query_all_by_label(said(title)).count()
    };
    let (help, findings) = (
        shown(&harness, Text::HelpTitle),
        shown(&harness, Text::FindingsTitle),
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(
        shown(&harness, Text::HelpTitle),
        help - 1,
        "help closes first"
    );
    assert_eq!(
        shown(&harness, Text::FindingsTitle),
        findings,
        "findings stay"
    );
    assert_eq!(
        harness.state().selection(),
        &Selection::Module(module.clone())
    );
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(shown(&harness, Text::FindingsTitle), findings - 1);
    assert_eq!(harness.state().selection(), &Selection::Module(module));
    harness.key_press(Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection(), &Selection::Plan);
}

/// Alt+→ moves the selected module to the next term — but not while the inspector's name
/// field has the keyboard, where Alt+arrows belong to the text.
#[test]
fn alt_arrows_move_the_module_unless_a_text_field_has_the_keyboard() {
    let mut harness = open(None, LAPTOP);
    let module = ModuleId::from("ideology_morality_law");
    let before = harness.state().plan().term_of(&module).unwrap();
    harness
        .state_mut()
        .send(Command::Select(Selection::Module(module.clone())));
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    harness.run();
    assert_eq!(harness.state().plan().term_of(&module), Some(before + 1));
    // In the name field, Alt+← is the field's.
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::TextInput, said(Text::NameChinese))
        .next()
        .unwrap()
        .click();
    harness.run();
    harness.key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    harness.run();
    assert_eq!(harness.state().plan().term_of(&module), Some(before + 1));
}
