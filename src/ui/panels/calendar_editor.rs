//! The term inspector's calendar: a term's weeks by kind, or a short course phase's days,
//! hours and dates. Rows of the inspector's grid; returns the changed calendar.

use egui::Ui;

use crate::catalogue::{Language, Text, words};
use crate::model::{Calendar, WeekKind};

pub(in crate::ui) fn calendar_ui(
    ui: &mut Ui,
    language: Language,
    calendar: &Calendar,
) -> Option<Calendar> {
    let mut edited = calendar.clone();
    let mut changed = false;
    match &mut edited {
        Calendar::Weeks(weeks) => {
            changed |= number_row(ui, language.text(Text::TermWeeks), &mut weeks.weeks, 52);
            for kind in WeekKind::ALL {
                let mut value = weeks.weeks_of(kind);
                if number_row(ui, words::week_kind(language, kind), &mut value, 52) {
                    weeks.set_weeks_of(kind, value);
                    changed = true;
                }
            }
            let kinds = weeks.kinds_total();
            if kinds != weeks.weeks {
                ui.label("");
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    language.fill(Text::WeekKindsAddUp, &[&kinds]),
                );
                ui.end_row();
            }
        }
        Calendar::Phase(phase) => {
            changed |= number_row(ui, language.text(Text::PhaseDays), &mut phase.days, 365);
            changed |= number_row(ui, language.text(Text::PhaseHours), &mut phase.hours, 2000);
            let mut dates = phase.dates.clone().unwrap_or_default();
            let label = ui.label(language.text(Text::PhaseDates));
            if ui
                .text_edit_singleline(&mut dates)
                .labelled_by(label.id)
                .changed()
            {
                phase.dates = (!dates.trim().is_empty()).then_some(dates);
                changed = true;
            }
            ui.end_row();
        }
    }
    changed.then_some(edited)
}

/// A labelled whole number in a grid row.
pub(in crate::ui) fn number_row(ui: &mut Ui, label: &str, value: &mut u32, most: u32) -> bool {
    let label = ui.label(label);
    let changed = ui
        .add(
            egui::DragValue::new(value)
                .speed(0.2)
                .range(0..=most)
                .clamp_existing_to_range(false),
        )
        .labelled_by(label.id)
        .changed();
    ui.end_row();
    changed
}
