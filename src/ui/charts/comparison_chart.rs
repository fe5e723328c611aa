//! The compared plans side by side per skill: the employers' demand, then one bar per plan
//! for its effort, so that a committee sees which draft follows the survey where.

use egui::{Color32, Ui};
use egui_plot::{Bar, BarChart, Legend};

use crate::analysis::Comparison;
use crate::catalogue::{Language, Text};
use crate::ui::theme::{DEMAND_COLOUR, EFFORT_COLOUR};

/// Colours of the second, third… plan (the open plan has the effort colour).
const OTHERS: [Color32; 4] = [
    Color32::from_rgb(0x59, 0xa1, 0x4f),
    Color32::from_rgb(0xb0, 0x7a, 0xa1),
    Color32::from_rgb(0x9c, 0x75, 0x5f),
    Color32::from_rgb(0x76, 0xb7, 0xb2),
];
const GROUP_WIDTH: f64 = 0.8;

/// `names`: the open plan's, then the others'.
pub fn comparison_chart_ui(
    ui: &mut Ui,
    language: Language,
    names: &[String],
    comparison: &Comparison,
) {
    let Some(first) = comparison
        .reports
        .first()
        .and_then(|report| report.alignment.as_ref())
    else {
        return;
    };
    let skills: Vec<String> = first
        .skills
        .iter()
        .map(|skill| skill.name.in_language(language).to_owned())
        .collect();
    let series = comparison.reports.len() + 1;
    let width = GROUP_WIDTH / series as f64;
    let place = |skill: usize, series_index: usize| {
        skill as f64 - GROUP_WIDTH / 2.0 + width * (series_index as f64 + 0.5)
    };
    let mut charts = vec![
        BarChart::new(
            language.text(Text::ChartDemand),
            first
                .skills
                .iter()
                .enumerate()
                .map(|(index, skill)| {
                    Bar::new(place(index, 0), skill.demand_share * 100.0).width(width)
                })
                .collect(),
        )
        .color(DEMAND_COLOUR),
    ];
    let mut description = Vec::new();
    for (plan, (report, name)) in comparison.reports.iter().zip(names).enumerate() {
        let Some(alignment) = &report.alignment else {
            continue;
        };
        let colour = if plan == 0 {
            EFFORT_COLOUR
        } else {
            OTHERS[(plan - 1) % OTHERS.len()]
        };
        charts.push(
            BarChart::new(
                name.as_str(),
                first
                    .skills
                    .iter()
                    .enumerate()
                    .map(|(index, skill)| {
                        let share = alignment
                            .skills
                            .iter()
                            .find(|entry| entry.skill == skill.skill)
                            .map_or(0.0, |entry| entry.emphasis_share);
                        Bar::new(place(index, plan + 1), share * 100.0).width(width)
                    })
                    .collect(),
            )
            .color(colour),
        );
        description.push(format!(
            "{name}: {}",
            alignment
                .skills
                .iter()
                .map(|skill| format!(
                    "{} {:.1}%",
                    skill.name.in_language(language),
                    skill.emphasis_share * 100.0
                ))
                .collect::<Vec<_>>()
                .join(language.text(Text::ListSeparator))
        ));
    }
    let description = language.fill(Text::ComparisonChartDescription, &[&description.join("; ")]);
    let response =
        crate::ui::charts::named_bars::named_bars_plot(ui, "comparison-chart", 220.0, &skills)
            .legend(Legend::default())
            .y_axis_formatter(|mark, _| format!("{:.0} %", mark.value))
            .show(ui, |plot| {
                for chart in charts {
                    plot.bar_chart(chart);
                }
            })
            .response;
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
}
