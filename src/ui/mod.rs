//! The window. The only layer that knows egui, eframe or rfd (ARCHITECTURE.md, "Layers").

mod actions;
mod app;
mod charts;
mod command;
mod dialogs;
mod drag;
mod fonts;
mod menu_view;
mod panels;
mod preferences;
mod printing;
mod selection;
mod suggesting;
mod survey_reading;
mod tabs;
mod theme;
mod view_context;
mod workspace;
mod workspace_commands;
mod workspace_suggestion;

use std::path::PathBuf;

pub use crate::export::programme::DocumentFormat;
pub use actions::Action;
pub use app::{PlannerApp, StartOptions};
pub use command::Command;
pub use fonts::install_fonts;
pub use preferences::Preferences;
pub use printing::Printing;
pub use selection::Selection;
pub use tabs::Tab;
pub use theme::Theme;
pub use workspace::{Message, Pending, RECOVERY_INTERVAL};

const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icon/curriculum-planner-256.png");

/// Opens the window on `file`, or on the bundled example plan. `started` is when the process
/// began; with `CURRICULUM_PLANNER_STARTUP_PROBE=1` the window prints the time to its first
/// frame and closes.
pub fn run(file: Option<PathBuf>, started: std::time::Instant) -> anyhow::Result<()> {
    let probe = std::env::var_os("CURRICULUM_PLANNER_STARTUP_PROBE").map(|_| started);
    let title = crate::catalogue::Language::ALL
        .map(|language| language.text(crate::catalogue::Text::AppName))
        .join(" — ");
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        // The desktop entry's name: Wayland docks find the icon by it.
        .with_app_id("curriculum-planner")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([900.0, 560.0])
        .with_drag_and_drop(true);
    // The title bar's and taskbar's icon (the Windows exe carries its own as a resource too).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
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
