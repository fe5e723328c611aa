//! The window. The only layer that knows egui, eframe or rfd.

mod analysis_view;
mod app;
mod app_commands;
mod board_view;
mod command;
mod comparison_view;
mod definitions_view;
mod dialogs;
mod document;
mod drag;
mod files;
mod findings_view;
mod fonts;
mod i18n;
mod inspector_view;
mod library_view;
mod matrix_view;
mod menu_view;
mod panel_context;
mod preferences;
mod theme;
mod words;

use std::path::PathBuf;

pub use app::{PlannerApp, RECOVERY_INTERVAL, StartOptions, Tab};
pub use command::{Command, Selection, Theme};
pub use dialogs::{Message, Pending};
pub use files::{TEMPLATES, blank_plan, bundled_library, template};
pub use fonts::install_fonts;
pub use i18n::{Language, Text};
pub use matrix_view::next_level;
pub use preferences::Preferences;

/// Opens the window on `file`, or on the bundled example plan. `started` is when the process
/// began; with `CURRICULUM_PLANNER_STARTUP_PROBE=1` the window prints the time to its first
/// frame and closes.
pub fn run(file: Option<PathBuf>, started: std::time::Instant) -> anyhow::Result<()> {
    let probe = std::env::var_os("CURRICULUM_PLANNER_STARTUP_PROBE").map(|_| started);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("人才培养方案规划 — Curriculum planner")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "curriculum-planner",
        options,
        Box::new(move |creation| {
            Ok(Box::new(PlannerApp::from_creation_context(
                creation, file, probe,
            )))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}
