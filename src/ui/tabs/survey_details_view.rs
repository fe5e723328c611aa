//! The survey's own words in the survey tab — title, source, region, year — and its context
//! tables (the seed's Tables 1–3: each row's label and share), edited as one undoable edit of
//! the survey per field typed.

use egui::{RichText, Ui};

use crate::catalogue::Text;
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

pub fn survey_details_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    let Some(survey) = &context.plan.survey else {
        return;
    };
    let mut edited = survey.clone();
    let mut changed: Option<&'static str> = None;
    egui::Grid::new("survey-details")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (text, value, key) in [
                (Text::SurveyTitleChinese, &mut edited.title.zh, "title.zh"),
                (Text::SurveyTitleEnglish, &mut edited.title.en, "title.en"),
                (Text::SurveySource, &mut edited.source, "source"),
                (
                    Text::SurveyRegionChinese,
                    &mut edited.region.zh,
                    "region.zh",
                ),
                (
                    Text::SurveyRegionEnglish,
                    &mut edited.region.en,
                    "region.en",
                ),
            ] {
                if crate::ui::panels::inspector_view::text_field(ui, language.text(text), value) {
                    changed = Some(key);
                }
            }
            let label = ui.label(language.text(Text::SurveyYear));
            if ui
                .add(egui::DragValue::new(&mut edited.year).range(1950..=2100))
                .labelled_by(label.id)
                .changed()
            {
                changed = Some("year");
            }
            ui.end_row();
        });
    for (table_index, table) in edited.context.iter_mut().enumerate() {
        ui.add_space(6.0);
        ui.label(RichText::new(table.title.in_language(language)).strong());
        egui::Grid::new(("survey-context", table_index))
            .num_columns(2)
            .show(ui, |ui| {
                for row in &mut table.rows {
                    let label = ui.label(row.label.in_language(language));
                    let mut percent = row.share * 100.0;
                    if ui
                        .add(
                            egui::DragValue::new(&mut percent)
                                .range(0.0..=100.0)
                                .max_decimals(1)
                                .suffix(" %"),
                        )
                        .labelled_by(label.id)
                        .changed()
                    {
                        row.share = percent / 100.0;
                        changed = Some("context");
                    }
                    ui.end_row();
                }
            });
    }
    if let Some(key) = changed {
        commands.push(Command::Apply(
            Edit::SetSurvey(Some(Box::new(edited))),
            Coalesce::Key("survey".to_owned(), key),
        ));
    }
}
