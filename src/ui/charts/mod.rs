//! Pictures of the figures: demand against effort, the radar of the two profiles, industry
//! hours, compared plans; names under the bars that fit.

pub(in crate::ui) mod comparison_chart;
pub(in crate::ui) mod gap_chart;
pub(in crate::ui) mod industry_chart;
pub(in crate::ui) mod name_lines;
pub(in crate::ui) mod named_bars;
pub(in crate::ui) mod radar_chart;
