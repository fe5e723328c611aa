//! What is dragged between the library and the terms, and the card that follows the pointer.

use egui::{Align2, Color32, Id, LayerId, Order, Stroke};

use crate::catalogue::Language;
use crate::model::{Module, ModuleId};

/// The payload of a module drag (egui's built-in drag and drop).
#[derive(Clone, Debug, PartialEq)]
pub struct DragModule {
    pub module: ModuleId,
    /// Only in the bundled library: dropping it adds it to the plan first.
    pub from_library: bool,
    /// The term whose card is dragged: a module in several terms moves that placement only.
    pub from_term: Option<usize>,
    pub preview: String,
}

pub fn drag_preview_text(module: &Module, language: Language) -> String {
    format!("{}  {}", module.code, module.name.in_language(language))
}

/// Draws the dragged module's code and name beside the pointer, above everything.
pub fn paint_drag_preview(ctx: &egui::Context) {
    let Some(payload) = egui::DragAndDrop::payload::<DragModule>(ctx) else {
        return;
    };
    let Some(pointer) = ctx.pointer_interact_pos() else {
        return;
    };
    let painter = ctx.layer_painter(LayerId::new(Order::Tooltip, Id::unique("module-drag")));
    let style = ctx.global_style();
    let font = egui::TextStyle::Body.resolve(&style);
    let visuals = &style.visuals;
    let galley = painter.layout_no_wrap(payload.preview.clone(), font, visuals.text_color());
    let rect = Align2::LEFT_TOP
        .anchor_size(pointer + egui::vec2(14.0, 10.0), galley.size())
        .expand(6.0);
    painter.rect(
        rect,
        4.0,
        visuals.window_fill,
        Stroke::new(1.0, visuals.selection.stroke.color),
        egui::StrokeKind::Outside,
    );
    painter.galley(
        rect.min + egui::vec2(6.0, 6.0),
        galley,
        Color32::PLACEHOLDER,
    );
}
