//! Hours per target industry as bars, so that an industry the plan barely serves shows at a
//! glance; described for screen readers.

use egui::Ui;
use egui_plot::{Bar, BarChart};

use super::theme::EFFORT_COLOUR;
use crate::analysis::IndustryCoverage;
use crate::catalogue::{Language, Text};
use crate::model::Industry;

pub fn industry_chart_ui(
    ui: &mut Ui,
    language: Language,
    coverage: &IndustryCoverage,
    industries: &[Industry],
) {
    let targets: Vec<_> = coverage
        .industries
        .iter()
        .filter(|industry| industry.target)
        .collect();
    if targets.is_empty() {
        return;
    }
    let names: Vec<String> = targets
        .iter()
        .map(|industry| industry.name.in_language(language).to_owned())
        .collect();
    let description = language.fill(
        Text::IndustryChartDescription,
        &[&targets
            .iter()
            .zip(&names)
            .map(|(industry, name)| format!("{name} {}", industry.hours))
            .collect::<Vec<_>>()
            .join(language.text(Text::ListSeparator))],
    );
    let bars = BarChart::new(
        language.text(Text::Hours),
        targets
            .iter()
            .enumerate()
            .map(|(index, industry)| {
                Bar::new(index as f64, f64::from(industry.hours))
                    .width(0.6)
                    .name(&names[index])
            })
            .collect(),
    )
    .color(EFFORT_COLOUR);
    // Under a bar the place can go when it leads the name (平湖童车 → 童车): the bars are
    // narrow, and the tooltip and description keep the whole name.
    let axis_names: Vec<String> = targets
        .iter()
        .zip(&names)
        .map(|(industry, name)| {
            industries
                .iter()
                .find(|known| known.id == industry.industry)
                .and_then(|known| {
                    let region = known.region.in_language(language);
                    name.strip_prefix(region)
                        .map(str::trim_start)
                        .filter(|rest| !region.is_empty() && !rest.is_empty())
                })
                .unwrap_or(name)
                .to_owned()
        })
        .collect();
    let response = super::gap_chart::named_bars_plot(ui, "industry-hours", 180.0, &axis_names)
        .show(ui, |plot| plot.bar_chart(bars))
        .response;
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
}
