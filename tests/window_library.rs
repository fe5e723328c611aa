//! The library panel beside a plan, driven as a user would: it shows the modules for the
//! plan's kind until told to show all, and a right click on a row adds the module to a term.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::window::{LAPTOP, open, said, said_with};
use curriculum_planner::catalogue::Text;
use curriculum_planner::model::ModuleId;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};

fn search(harness: &mut Harness<'_, curriculum_planner::ui::PlannerApp>, words: &str) {
    let field = || (Role::TextInput, said(Text::Search));
    harness.get_by_role_and_label(field().0, field().1).click();
    harness.run();
    harness
        .get_by_role_and_label(field().0, field().1)
        .type_text(words);
    harness.run();
}

/// A staff training class counted in hours is not offered 思想道德与法治 (a college course of
/// credits) until the user clears the filter that says so.
#[test]
fn a_short_course_sees_training_modules_until_the_filter_is_cleared() {
    let short_course =
        common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let mut harness = open(Some(short_course), LAPTOP);
    let college_course = curriculum_planner::editor::bundled_library()
        .modules
        .into_iter()
        .find(|module| module.code == "GB101")
        .unwrap();
    search(&mut harness, "GB101");
    assert!(
        harness.query_by_label(&college_course.name.zh).is_none(),
        "a credit course is hidden beside a short course"
    );
    // Every module the panel could show: the plan's and the library's others.
    let plan = harness.state().plan().clone();
    let library = curriculum_planner::editor::bundled_library();
    let total = plan.modules.len()
        + library
            .modules
            .iter()
            .filter(|module| plan.module(&module.id).is_none())
            .count();
    harness.get_by_label(&said_with(Text::ModulesShown, &[&0, &total]));
    harness
        .get_by_role_and_label(Role::CheckBox, said(Text::LibraryFittingOnly))
        .click();
    harness.run();
    harness.get_by_label(&college_course.name.zh);
    harness.get_by_label(&said_with(Text::ModulesShown, &[&1, &total]));
}

/// The library's row of `name` (the leftmost of the nodes so named: the board may show it too).
fn library_row<'h>(
    harness: &'h Harness<'_, curriculum_planner::ui::PlannerApp>,
    name: &'h str,
) -> egui_kittest::Node<'h> {
    harness
        .get_all_by_label(name)
        .min_by(|left, right| left.rect().left().total_cmp(&right.rect().left()))
        .unwrap()
}

/// A right click on a library row offers each term; choosing one adds the module there (one
/// undoable step), and a term that holds it already is not offered.
#[test]
fn a_library_rows_context_menu_adds_the_module_to_a_term() {
    let mut harness = open(None, LAPTOP);
    let before = harness.state().plan().clone();
    let id = ModuleId::from("knitwear_sanitary_export");
    assert!(before.module(&id).is_none());
    search(&mut harness, "ZX416");
    let name = "毛衫与卫浴产品跨境营销";
    harness.get_by_label(name).click_secondary();
    harness.run();
    let term_three = before.terms[2].name.zh.clone();
    harness
        .get_by_role_and_label(Role::Button, &said_with(Text::AddToTerm, &[&term_three]))
        .click();
    harness.run();
    let plan = harness.state().plan().clone();
    assert_eq!(plan.term_of(&id), Some(2), "added to the third term");
    // Its menu again: the third term holds it now and is not offered; the first is.
    library_row(&harness, name).click_secondary();
    harness.run();
    let add_to_third = said_with(Text::AddToTerm, &[&term_three]);
    let third = harness.get_by_role_and_label(Role::Button, &add_to_third);
    assert!(third.accesskit_node().is_disabled());
    // Undone in one step.
    harness.key_press(egui::Key::Escape);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(harness.state().plan(), &before);
}
