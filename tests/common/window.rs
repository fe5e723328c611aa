//! The window-test kit: the planner opened headless as a user sees it (fonts, a laptop's
//! screen, the built worker), and widgets found by the catalogue's phrase, in the window's
//! language, never by retyped Chinese: a reworded phrase changes the test with it.

use std::path::PathBuf;

use curriculum_planner::catalogue::{Language, Text};
use curriculum_planner::ui::{PlannerApp, StartOptions, install_fonts};
use egui_kittest::Harness;

/// A 1366×768 laptop, the size the programme leaders work on.
pub const LAPTOP: egui::Vec2 = egui::vec2(1366.0, 768.0);

/// The window on `file` (or the bundled example plan), in Chinese, at `size`, drawn once.
pub fn open(file: Option<PathBuf>, size: egui::Vec2) -> Harness<'static, PlannerApp> {
    super::use_built_worker();
    let mut harness = around(PlannerApp::new(StartOptions::for_tests(file, None)), size);
    harness.run();
    harness
}

/// The window around `app` as it is, at `size`, not yet drawn.
pub fn around(app: PlannerApp, size: egui::Vec2) -> Harness<'static, PlannerApp> {
    Harness::builder()
        .with_size(size)
        .with_context_setup(install_fonts)
        .with_max_steps(12)
        .build_ui_state(|ui, app: &mut PlannerApp| app.ui_contents(ui), app)
}

/// The window's words for `text` (Chinese, the window's first language).
pub fn said(text: Text) -> &'static str {
    Language::Chinese.text(text)
}

/// The window's words for `text` with its places filled.
pub fn said_with(text: Text, values: &[&dyn std::fmt::Display]) -> String {
    Language::Chinese.fill(text, values)
}

/// Turns the mouse wheel by `delta` points over `at`, and lets the window settle.
pub fn wheel(harness: &mut Harness<'_, PlannerApp>, at: egui::Pos2, delta: egui::Vec2) {
    harness.hover_at(at);
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta,
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
    for _ in 0..4 {
        harness.step();
    }
}
