//! The window. The only layer that knows egui, eframe or rfd.

mod app;
mod fonts;

use std::path::PathBuf;

pub use app::PlannerApp;
pub use fonts::install_fonts;

/// Opens the window on `file`, or on the bundled example plan.
pub fn run(file: Option<PathBuf>) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("课程规划 Curriculum planner")
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "curriculum-planner",
        options,
        Box::new(move |creation| {
            install_fonts(&creation.egui_ctx);
            Ok(Box::new(PlannerApp::open(file)))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}
