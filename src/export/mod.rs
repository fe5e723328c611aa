//! What leaves the app for people and scripts: reports and comparisons as text and JSON,
//! CurricularAnalytics CSV, the printed programme document. Every sentence comes from `crate::catalogue`. No GUI.

mod compare;
mod curricular_analytics;
mod json;
pub mod programme;
mod text;
mod word;

pub use compare::{compare_json, compare_text};
pub use curricular_analytics::curricular_analytics_csv;
pub use json::report_json;
pub use text::report_text;
