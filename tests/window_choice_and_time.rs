//! Choice and time in the window: a module in several terms has a card in each, groups are
//! marked on the cards, the status bar gives path and offered credits, and the inspector
//! changes a module's group and a placement's time, each one undo step.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use common::window::said;
use curriculum_planner::catalogue::Text;

use curriculum_planner::model::{ModuleId, PlacementTime};
use curriculum_planner::ui::{Command, PlannerApp, Selection, StartOptions, install_fonts};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness() -> Harness<'static, PlannerApp> {
    common::window::open(None, egui::vec2(1600.0, 1400.0))
}

fn select(harness: &mut Harness<'_, PlannerApp>, id: &str) {
    harness
        .state_mut()
        .send(Command::Select(Selection::Module(ModuleId::from(id))));
    harness.run();
}

#[test]
fn the_board_shows_each_placement_and_the_groups_and_the_status_bar_both_totals() {
    let harness = harness();
    // 形势与政策 runs in all six terms: a card in each column, each with its 2×4 and the term's
    // share of its 3 credits (8 of 48 hours: 0.5), as the term's header counts it.
    assert!(harness.query_all_by_label("形势与政策").count() >= 6);
    assert!(
        harness
            .query_all_by_label_contains("2×4 · 0.5 学分")
            .count()
            >= 5
    );
    assert_eq!(
        harness.query_all_by_label_contains("2×4 · 3 学分").count(),
        0
    );
    // Electives carry their group's mark.
    assert!(
        harness
            .query_all_by_label_contains(said(Text::KindRestricted))
            .count()
            >= 1
    );
    harness.get_by_label_contains("学生修读 158 学分 · 开设 164 学分");
}

#[test]
fn a_module_taken_out_of_its_group_becomes_required_and_undo_puts_it_back() {
    let mut harness = harness();
    select(&mut harness, "product_selection");
    harness
        .get_by_role_and_label(Role::ComboBox, said(Text::ElectiveGroupsHeading))
        .click();
    harness.run();
    harness
        .get_all_by_label(said(Text::GroupNone))
        .last()
        .unwrap()
        .click();
    harness.run();
    let plan = harness.state().plan();
    assert!(plan.group_of(&"product_selection".into()).is_none());
    // Its 2 credits are now on every student's path; the group's other 13 still are.
    harness.get_by_label_contains("学生修读 160 学分 · 开设 164 学分");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness
            .state()
            .plan()
            .group_of(&"product_selection".into())
            .is_some()
    );
    harness.get_by_label_contains("学生修读 158 学分 · 开设 164 学分");
}

#[test]
fn a_placement_changed_to_plain_hours_in_the_inspector_is_one_undo_step() {
    let mut harness = harness();
    select(&mut harness, "situation_policy");
    harness.get_by_label(said(Text::PlacementsHeading));
    // The first term's placement: weekly hours × weeks, turned into plain hours.
    harness
        .get_by_role_and_label(Role::ComboBox, "第一学期")
        .click();
    harness.run();
    harness
        .get_all_by_label(said(Text::Hours))
        .last()
        .unwrap()
        .click();
    harness.run();
    let plan = harness.state().plan();
    assert_eq!(plan.terms[0].modules[1].time, PlacementTime::Hours(8));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().plan().terms[0].modules[1].time,
        PlacementTime::Weekly { hours: 2, weeks: 4 }
    );
}

/// A short course speaks of phases: "add a phase" names the next one after the last and
/// gives it the same length; no term system is offered.
#[test]
fn a_short_course_adds_phases_and_offers_no_term_system() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let app = PlannerApp::new(StartOptions::for_tests(Some(path), None));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .with_context_setup(install_fonts)
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut PlannerApp| app.ui_contents(ui), app);
    harness.run();
    assert!(harness.query_by_label(said(Text::TermSystem)).is_none());
    harness.get_by_label("＋ 添加阶段").click();
    harness.run();
    let plan = harness.state().plan();
    assert_eq!(plan.terms.len(), 3);
    assert_eq!(plan.terms[2].name.zh, "第三阶段");
    assert_eq!(plan.terms[2].calendar, plan.terms[1].calendar);
    // The status bar counts hours: what a participant takes of the offer.
    harness.get_by_label_contains("学生修读 70 学时 · 开设 80 学时");
}
