//! The Chinese fonts a Word file names. Every Chinese Windows and WPS installs them under these
//! names (SimSun and SimHei in English); a file that names them keeps its look when a
//! colleague opens it, with nothing embedded.

/// 宋体: body text.
pub const BODY_CHINESE_FONT: &str = "宋体";
/// 黑体: titles and headings.
pub const HEADING_CHINESE_FONT: &str = "黑体";
