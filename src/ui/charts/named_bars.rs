//! A still bar chart with one bar (or group of bars) per name, every name under its bar: on
//! one line when it fits, else on two (外语 / 能力, "Economic and" / "trade knowledge"), cut
//! short with "…" only when two lines cannot hold it. The full names are in the bars'
//! tooltips and the chart's description.

use egui::{FontId, Ui};
use egui_plot::Plot;

/// The size of the names under the bars: a little smaller than body text, so that two lines
/// of a skill's name fit a narrow window's bar.
const NAME_SIZE: f32 = 12.0;

pub(in crate::ui) fn named_bars_plot(
    ui: &Ui,
    id: &str,
    height: f32,
    names: &[String],
) -> Plot<'static> {
    // The value axis and the margins take about this much of the width.
    const AXIS_ROOM: f32 = 56.0;
    let spacing = (ui.available_width() - AXIS_ROOM) / (names.len().max(1) as f32 + 0.5);
    let font = FontId::proportional(NAME_SIZE);
    let fitted: Vec<String> = names
        .iter()
        .map(|name| fit_name(ui, &font, name, spacing - 6.0))
        .collect();
    let lines = if fitted.iter().any(|name| name.contains('\n')) {
        2.0
    } else {
        1.0
    };
    let line_height = ui.fonts_mut(|fonts| fonts.row_height(&font));
    still_plot(id, height).custom_x_axes(vec![
        egui_plot::AxisHints::new_x()
            // egui_plot hides labels closer than 60 points; these are one per bar.
            .label_spacing(16.0..=20.0)
            .tick_label_font(font)
            .min_thickness(lines * line_height + 4.0)
            .formatter(names_on_axis(fitted)),
    ])
}

/// `name` as it fits in `width` points: whole, on two lines, or its first characters with "…".
fn fit_name(ui: &Ui, font: &FontId, name: &str, width: f32) -> String {
    let fits = |text: &str| {
        ui.fonts_mut(|fonts| {
            fonts
                .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::PLACEHOLDER)
                .size()
                .x
        }) <= width
    };
    if fits(name) {
        return name.to_owned();
    }
    if let Some((first, second)) = crate::ui::charts::name_lines::two_lines(name, &fits) {
        return format!("{first}\n{second}");
    }
    let characters: Vec<char> = name.chars().collect();
    (1..characters.len())
        .rev()
        .map(|count| format!("{}…", characters[..count].iter().collect::<String>()))
        .find(|short| fits(short))
        .unwrap_or_default()
}

/// An axis that names each bar at its whole-number place and says nothing in between.
pub(in crate::ui) fn names_on_axis(
    names: Vec<String>,
) -> impl Fn(egui_plot::GridMark, &std::ops::RangeInclusive<f64>) -> String {
    move |mark, _| {
        let index = mark.value.round();
        if (mark.value - index).abs() < 1e-6 && index >= 0.0 {
            names.get(index as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    }
}

/// A chart to read, not to explore: no zoom, drag or scroll (the page scrolls under the
/// wheel), the value axis from zero.
pub(in crate::ui) fn still_plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
}
