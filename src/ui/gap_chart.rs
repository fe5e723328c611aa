//! Where the plan misses the survey, as a picture: per skill, the employers' demand share and
//! the plan's effort share side by side, the demand with its 95 % interval as a whisker. The
//! same figures are in the table below it; the chart carries a description for screen
//! readers.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, Plot, PlotPoints};

use crate::analysis::{Alignment, wilson_interval};
use crate::catalogue::{Language, Text};
use crate::model::Survey;

use super::theme::{DEMAND_COLOUR, EFFORT_COLOUR};

const BAR_WIDTH: f64 = 0.38;

/// Draws the bar chart; returns each skill's two shares in words, which the radar carries
/// too.
pub fn gap_chart_ui(
    ui: &mut Ui,
    language: Language,
    alignment: &Alignment,
    survey: &Survey,
) -> String {
    let skills = &alignment.skills;
    if skills.is_empty() {
        return String::new();
    }
    // The whisker of a normalised share: the raw share's interval over the same total.
    let total_demand: f64 = skills.iter().map(|skill| skill.demand).sum();
    let names: Vec<String> = skills
        .iter()
        .map(|skill| skill.name.in_language(language).to_owned())
        .collect();
    let demand_label = language.text(Text::ChartDemand);
    let effort_label = language.text(Text::ChartEffort);
    // Each skill's two shares in words: what both pictures say, for screen readers.
    let skill_figures = skills
        .iter()
        .zip(&names)
        .map(|(skill, name)| {
            language.fill(
                Text::ChartDescriptionSkill,
                &[
                    name,
                    &format!("{:.1}", skill.demand_share * 100.0),
                    &format!("{:.1}", skill.emphasis_share * 100.0),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(language.text(Text::ListSeparator));
    let description = language.fill(Text::ChartDescription, &[&skill_figures]);
    let demand = bars(
        demand_label,
        -BAR_WIDTH / 2.0,
        skills.iter().map(|skill| skill.demand_share),
        &names,
        DEMAND_COLOUR,
    );
    let effort = bars(
        effort_label,
        BAR_WIDTH / 2.0,
        skills.iter().map(|skill| skill.emphasis_share),
        &names,
        EFFORT_COLOUR,
    );
    let whiskers: Vec<Line<'_>> = if total_demand > 0.0 {
        skills
            .iter()
            .enumerate()
            .map(|(index, skill)| {
                let interval = wilson_interval(skill.demand, survey.respondents);
                let x = index as f64 - BAR_WIDTH / 2.0;
                Line::new(
                    language.text(Text::SurveyInterval),
                    PlotPoints::new(vec![
                        [x, interval.low / total_demand * 100.0],
                        [x, interval.high / total_demand * 100.0],
                    ]),
                )
                .color(Color32::DARK_GRAY)
                .width(2.0)
            })
            .collect()
    } else {
        Vec::new()
    };
    let axis_names = names.clone();
    // Headroom above the tallest bar for the legend in the corner.
    let tallest = skills
        .iter()
        .map(|skill| skill.demand_share.max(skill.emphasis_share))
        .fold(0.0, f64::max);
    let response = named_bars_plot(ui, "gap-chart", 220.0, &axis_names)
        .legend(Legend::default())
        .include_y(tallest * 100.0 * 1.45)
        .y_axis_formatter(|mark, _| format!("{:.0} %", mark.value))
        .show(ui, |plot| {
            plot.bar_chart(demand);
            plot.bar_chart(effort);
            for whisker in whiskers {
                plot.line(whisker);
            }
        })
        .response;
    // What the picture says, for screen readers (and tests).
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
    skill_figures
}

/// One bar per skill, beside the skill's place on the axis by `offset`, shares in percent.
fn bars(
    label: &str,
    offset: f64,
    shares: impl Iterator<Item = f64>,
    names: &[String],
    colour: Color32,
) -> BarChart {
    BarChart::new(
        label,
        shares
            .zip(names)
            .enumerate()
            .map(|(index, (share, name))| {
                Bar::new(index as f64 + offset, share * 100.0)
                    .width(BAR_WIDTH)
                    .name(name)
            })
            .collect(),
    )
    .color(colour)
}

/// A still chart of one bar (or group of bars) per name at its whole-number place: every
/// name shows under its bar, cut short to its share of the width when the chart is narrow
/// (the full names are in the bars' tooltips and the chart's description).
pub(super) fn named_bars_plot(ui: &Ui, id: &str, height: f32, names: &[String]) -> Plot<'static> {
    // The value axis and the margins take about this much of the width.
    const AXIS_ROOM: f32 = 56.0;
    let spacing = (ui.available_width() - AXIS_ROOM) / (names.len().max(1) as f32 + 0.5);
    let fitted: Vec<String> = names
        .iter()
        .map(|name| fit_name(ui, name, spacing - 6.0))
        .collect();
    still_plot(id, height).custom_x_axes(vec![
        egui_plot::AxisHints::new_x()
            // egui_plot hides labels closer than 60 points; these are one per bar.
            .label_spacing(16.0..=20.0)
            .formatter(names_on_axis(fitted)),
    ])
}

/// `name` as it fits in `width` points: whole, its first word, or its first characters
/// with "…".
fn fit_name(ui: &Ui, name: &str, width: f32) -> String {
    let font = egui::TextStyle::Body.resolve(ui.style());
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
    if let Some(first_word) = name.split_whitespace().next()
        && first_word != name
        && fits(first_word)
    {
        return first_word.to_owned();
    }
    let characters: Vec<char> = name.chars().collect();
    (1..characters.len())
        .rev()
        .map(|count| format!("{}…", characters[..count].iter().collect::<String>()))
        .find(|short| fits(short))
        .unwrap_or_default()
}

/// An axis that names each bar at its whole-number place and says nothing in between.
pub(super) fn names_on_axis(
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
pub(super) fn still_plot(id: &str, height: f32) -> Plot<'static> {
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
}
