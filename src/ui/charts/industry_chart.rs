//! Hours per target industry as bars, so that an industry the plan barely serves shows at a
//! glance; described for screen readers.

use egui::Ui;
use egui_plot::{Bar, BarChart};

use crate::analysis::IndustryCoverage;
use crate::catalogue::{Language, Text};
use crate::model::Industry;
use crate::ui::theme::EFFORT_COLOUR;

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
                .and_then(|known| without_place(name, known.region.in_language(language)))
                .unwrap_or(name)
                .to_owned()
        })
        .collect();
    let response =
        crate::ui::charts::named_bars::named_bars_plot(ui, "industry-hours", 180.0, &axis_names)
            .show(ui, |plot| plot.bar_chart(bars))
            .response;
    response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, description.clone()));
}

/// The name without the place it starts with, when the region names that place: 平湖童车 in
/// 浙江平湖 → 童车; "Pinghu strollers" in "Pinghu, Zhejiang" → "strollers".
fn without_place<'a>(name: &'a str, region: &str) -> Option<&'a str> {
    // Each word of the region and its endings: 浙江海宁（中国皮革城） → 浙江海宁, 江海宁, 海宁, …
    region
        .split(|character: char| !character.is_alphanumeric())
        .flat_map(|word| {
            let characters: Vec<char> = word.chars().collect();
            (0..characters.len().saturating_sub(1))
                .map(move |start| characters[start..].iter().collect::<String>())
                .collect::<Vec<_>>()
        })
        .filter_map(|place| name.strip_prefix(place.as_str()).map(str::trim_start))
        .filter(|rest| !rest.is_empty())
        .min_by_key(|rest| rest.len())
}

#[cfg(test)]
mod tests {
    use super::without_place;

    #[test]
    fn the_place_leading_a_name_goes_under_a_narrow_bar() {
        assert_eq!(without_place("平湖童车", "浙江平湖"), Some("童车"));
        assert_eq!(without_place("嘉兴卫浴", "浙江嘉兴"), Some("卫浴"));
        assert_eq!(
            without_place("海宁皮革服装", "浙江海宁（中国皮革城）"),
            Some("皮革服装")
        );
        assert_eq!(
            without_place("Pinghu strollers and baby carriages", "Pinghu, Zhejiang"),
            Some("strollers and baby carriages")
        );
        assert_eq!(without_place("童车", "浙江平湖"), None);
        assert_eq!(without_place("平湖", "浙江平湖"), None);
    }
}
