//! Chinese glyphs on any machine: a subset of Noto Sans SC is bundled and appended after
//! egui's Latin fonts; eframe's system-font fallback still covers rarer characters.

use std::sync::Arc;

/// The same bytes the printed document uses, held once in the binary.
const NOTO_SANS_SC: &[u8] = crate::export::programme::SANS_FONT;

pub fn install_fonts(context: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto_sans_sc".to_owned(),
        Arc::new(egui::FontData::from_static(NOTO_SANS_SC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto_sans_sc".to_owned());
    }
    context.set_fonts(fonts);
}
