//! Fixed colours and sizes, in one place.

use egui::{Color32, Visuals};

use crate::model::Level;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

pub const MATRIX_NAME_WIDTH: f32 = 210.0;
pub const ROW_HEIGHT: f32 = 22.0;

pub fn visuals(theme: Theme) -> Visuals {
    match theme {
        Theme::Light => Visuals::light(),
        Theme::Dark => Visuals::dark(),
    }
}

/// Sizes the visuals do not carry: scroll bars that are always there (a board or matrix wider
/// than the window must show that it scrolls) and small text that stays readable (chips,
/// matrix headers, card figures).
pub fn apply_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.spacing.scroll = egui::style::ScrollStyle::solid();
        if let Some(small) = style.text_styles.get_mut(&egui::TextStyle::Small) {
            small.size = small.size.max(SMALL_TEXT_SIZE);
        }
    });
}

/// Chinese at egui's default 9 px small size is hard to read.
const SMALL_TEXT_SIZE: f32 = 11.0;

/// Introduced, reinforced, mastered: one hue, deeper with the level, readable in both themes.
pub fn level_colour(level: Level, dark: bool) -> Color32 {
    match (level, dark) {
        (Level::I, false) => Color32::from_rgb(0xd6, 0xe9, 0xf8),
        (Level::R, false) => Color32::from_rgb(0x8e, 0xc3, 0xec),
        (Level::M, false) => Color32::from_rgb(0x3b, 0x8b, 0xd0),
        (Level::I, true) => Color32::from_rgb(0x1f, 0x3a, 0x52),
        (Level::R, true) => Color32::from_rgb(0x2c, 0x5f, 0x8a),
        (Level::M, true) => Color32::from_rgb(0x3f, 0x8f, 0xd4),
    }
}

pub fn level_text_colour(level: Level, dark: bool) -> Color32 {
    if level == Level::M || dark {
        Color32::WHITE
    } else {
        Color32::from_rgb(0x10, 0x2a, 0x43)
    }
}

pub fn warning_colour(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

pub fn error_colour(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

pub fn good_colour(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x7c, 0xd3, 0x8c)
    } else {
        Color32::from_rgb(0x1e, 0x7b, 0x34)
    }
}

/// The employers' demand in every chart (the blue of the printed document's bars).
pub const DEMAND_COLOUR: egui::Color32 = egui::Color32::from_rgb(0x4e, 0x79, 0xa7);
/// The plan's effort in every chart (the orange of the printed document's bars).
pub const EFFORT_COLOUR: egui::Color32 = egui::Color32::from_rgb(0xf2, 0x8e, 0x2b);
