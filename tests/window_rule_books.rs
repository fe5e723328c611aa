//! The rule book in the window: the plan's details name it and list each rule with its
//! source; another book is chosen in one undo step; a shipped book is copied beside the plan
//! to be changed there, and the plan is then checked against the copy.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::catalogue::Text;

use common::window::said;

use curriculum_planner::model::RulesProfile;
use curriculum_planner::ui::PlannerApp;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn window_on(file: std::path::PathBuf) -> Harness<'static, PlannerApp> {
    common::window::open(Some(file), common::window::LAPTOP)
}

#[test]
fn the_plans_details_name_its_rule_book_and_each_rules_source() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window_on(common::copied_example(folder.path()));
    harness.run();
    harness.get_by_label_contains("规则与依据（17 条）").click();
    harness.run();
    harness.get_by_label(said(Text::RuleBookShipped));
    harness.get_by_label("专科生体育必修课不少于 108 学时");
    harness.get_by_label("《高等学校体育工作基本标准》（教体艺〔2014〕4号）");

    // Another book, in one step that one undo takes back.
    harness
        .get_by_role_and_label(Role::ComboBox, said(Text::HelpRulesTitle))
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, "四年制本科（学分范围）")
        .click();
    harness.run();
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("undergraduate-4-year")
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(
        harness.state().plan().rules,
        RulesProfile::book("higher-vocational-3-year")
    );
}

#[test]
fn a_shipped_book_copied_beside_the_plan_is_the_one_it_is_checked_against() {
    let folder = tempfile::tempdir().unwrap();
    let mut harness = window_on(common::copied_example(folder.path()));
    harness.run();
    harness.get_by_label_contains("规则与依据（17 条）").click();
    harness.run();
    harness.get_by_label(said(Text::CopyRuleBook)).click();
    harness.run();
    let copy = folder.path().join("higher-vocational-3-year.rules.ron");
    assert!(copy.exists());
    harness.get_by_label_contains("已写入");
    // The college changes a figure; the plan opened again is checked against the copy.
    let text = std::fs::read_to_string(&copy).unwrap();
    std::fs::write(
        &copy,
        text.replacen("at_least: 2500.0", "at_least: 3000.0", 1),
    )
    .unwrap();
    let mut reopened = window_on(folder.path().join("plan.ron"));
    reopened.run();
    reopened
        .get_by_label_contains("规则与依据（17 条）")
        .click();
    reopened.run();
    reopened.get_by_label_contains("higher-vocational-3-year.rules.ron");
    let report = reopened.state().report();
    let total = report
        .rules
        .iter()
        .find(|rule| rule.id() == "total_hours")
        .unwrap();
    assert!(!total.ok);
    assert_eq!(total.minimum, Some(3000.0));
    // The copy beside the plan is the one to edit: no second copy is offered.
    assert!(reopened.query_by_label(said(Text::CopyRuleBook)).is_none());
}
