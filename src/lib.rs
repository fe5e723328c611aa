//! Curriculum planner: design talent-training programmes against employer skill surveys.
//!
//! Layers: `model` ← `analysis` ← `export`; `io` ← `model`; the GUI (`ui`) and the CLI sit
//! on top. Nothing but `ui` touches egui, eframe or rfd.

pub mod analysis;
pub mod catalogue;
pub mod cli;
pub mod editor;
pub mod export;
pub mod io;
pub mod model;
pub mod text_width;
pub mod ui;
pub mod worker;
