//! Where the plan misses the survey, as a picture: per skill, the employers' demand share and
//! the plan's effort share side by side, the demand with its 95 % interval as a whisker. The
//! same figures are in the table below it; the chart carries a description for screen
//! readers.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, Legend, Line, PlotPoints};

use crate::analysis::{Alignment, wilson_interval};
use crate::catalogue::{Language, Text};
use crate::model::Survey;

use crate::ui::theme::{DEMAND_COLOUR, EFFORT_COLOUR};

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
    let response =
        crate::ui::charts::named_bars::named_bars_plot(ui, "gap-chart", 220.0, &axis_names)
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
