//! What leaves the app for people and scripts: reports as JSON and text. No GUI.

mod curricular_analytics;
mod json;
mod text;

pub use curricular_analytics::curricular_analytics_csv;
pub use json::report_json;
pub use text::report_text;
