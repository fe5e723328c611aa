//! The first window, driven headless with egui_kittest: it shows the plan's terms and modules.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test fails loudly by design

mod common;

use curriculum_planner::ui::{PlannerApp, install_fonts};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(app: PlannerApp) -> Harness<'static, PlannerApp> {
    Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(install_fonts)
        .build_ui_state(|ui, app: &mut PlannerApp| app.ui_contents(ui), app)
}

#[test]
fn opens_on_the_example_plan_in_chinese() {
    let mut harness = harness(PlannerApp::open(None));
    harness.run();
    harness.get_by_label("跨境电子商务专业人才培养方案（三年制高职）");
    harness.get_by_label("跨境电商店铺运营");
    assert!(harness.query_by_label_contains("第六学期").is_some());
}

#[test]
fn opens_a_file_and_lists_its_terms_and_modules() {
    let path = common::repository_path("curricula/pinghu-stroller-bag-staff-short-course.ron");
    let mut harness = harness(PlannerApp::open(Some(path)));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("第一阶段：平台与产品")
            .is_some()
    );
    harness.get_by_label("阿里巴巴国际站运营速成");
    // Switch to English: names follow.
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Alibaba.com Store Operation Workshop");
    assert!(
        harness
            .query_by_label_contains("Phase 2: inquiries and delivery")
            .is_some()
    );
}

#[test]
fn a_broken_file_shows_its_error_and_keeps_the_plan() {
    let folder = tempfile::tempdir().unwrap();
    let broken = folder.path().join("broken.ron");
    std::fs::write(&broken, "Plan(format_version: 1, title: (zh: \"x\",").unwrap();
    let mut app = PlannerApp::open(None);
    let before = app.plan().cloned();
    app.load(&broken);
    assert_eq!(app.plan().cloned(), before);
    let mut harness = harness(app);
    harness.run();
    assert!(harness.query_by_label_contains("broken.ron:1:").is_some());
    harness.get_by_label("跨境电商店铺运营");
}
