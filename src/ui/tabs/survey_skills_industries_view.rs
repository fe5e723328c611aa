//! The plan's own definitions in the inspector: the survey it is judged against (respondents
//! and each skill's share), its skills and its industries, each name editable, and new skills
//! and industries added here.

use egui::Ui;

use crate::catalogue::{Language, Text};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{Industry, IndustryId, Names, Skill, SkillDemand, SkillId, Survey};
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

/// Survey respondents and shares; a plan without a survey can take the bundled one.
pub fn survey_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    let plan = context.plan;
    let Some(survey) = &plan.survey else {
        ui.weak(language.text(Text::NoSurvey));
        return;
    };
    let mut changed = survey.clone();
    let mut field = None;
    egui::Grid::new("survey-fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            let label = ui.label(language.text(Text::Respondents));
            let response = ui
                .add(egui::DragValue::new(&mut changed.respondents).range(1..=100_000))
                .labelled_by(label.id);
            if response.changed() {
                field = Some("respondents");
            }
            ui.end_row();
            for skill in &plan.skills {
                let label = ui.label(skill.name.in_language(language));
                let mut percent = changed.share_of(&skill.id).unwrap_or(0.0) * 100.0;
                let response = ui
                    .add(
                        egui::DragValue::new(&mut percent)
                            .range(0.0..=100.0)
                            .max_decimals(1)
                            .suffix(" %"),
                    )
                    .labelled_by(label.id);
                if response.changed() {
                    set_share(&mut changed, &skill.id, percent / 100.0);
                    field = Some("share");
                }
                ui.end_row();
            }
        });
    if let Some(field) = field {
        commands.push(Command::Apply(
            Edit::SetSurvey(Some(Box::new(changed))),
            Coalesce::Key("survey".to_owned(), field),
        ));
    }
}

fn set_share(survey: &mut Survey, skill: &SkillId, share: f64) {
    match survey
        .skills
        .iter_mut()
        .find(|demand| &demand.skill == skill)
    {
        Some(demand) => demand.share = share,
        None => survey.skills.push(SkillDemand {
            skill: skill.clone(),
            share,
        }),
    }
}

/// What happened to a skill's or industry's row.
enum RowChange {
    Renamed(Names),
    Removed,
}

/// One name in two languages, edited in place, and a remove button that is enabled only
/// while nothing in the plan uses the definition.
fn names_row(ui: &mut Ui, language: Language, names: &Names, in_use: bool) -> Option<RowChange> {
    let mut edited = names.clone();
    let mut renamed = false;
    let mut removed = false;
    ui.horizontal(|ui| {
        // Both fields share the row evenly (measured before the first takes its part).
        let width = ((ui.available_width() - 100.0) / 2.0).max(60.0);
        for (short, text, value) in [
            (Text::MarkChinese, Text::NameChinese, &mut edited.zh),
            (Text::MarkEnglish, Text::NameEnglish, &mut edited.en),
        ] {
            let label = ui
                .weak(language.text(short))
                .on_hover_text(language.text(text));
            let response = ui
                .add(egui::TextEdit::singleline(value).desired_width(width))
                .labelled_by(label.id);
            renamed |= response.changed();
        }
        let remove = ui
            .add_enabled(!in_use, egui::Button::new("×").small())
            .on_hover_text(language.text(Text::RemoveDefinition))
            .on_disabled_hover_text(language.text(Text::DefinitionInUse));
        removed = remove.clicked();
    });
    if removed {
        Some(RowChange::Removed)
    } else {
        renamed.then_some(RowChange::Renamed(edited))
    }
}

pub fn skills_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    for skill in &context.plan.skills {
        let plan = context.plan;
        let in_use = plan
            .modules
            .iter()
            .any(|module| module.skills.iter().any(|entry| entry.skill == skill.id))
            || plan
                .survey
                .as_ref()
                .is_some_and(|survey| survey.share_of(&skill.id).is_some());
        ui.push_id(skill.id.as_str(), |ui| {
            match names_row(ui, language, &skill.name, in_use) {
                Some(RowChange::Renamed(name)) => commands.push(Command::Apply(
                    Edit::PutSkill(Box::new(Skill {
                        name,
                        ..skill.clone()
                    })),
                    Coalesce::Key(format!("skill {}", skill.id), "name"),
                )),
                Some(RowChange::Removed) => commands.push(Command::Apply(
                    Edit::RemoveSkill {
                        skill: skill.id.clone(),
                    },
                    Coalesce::Never,
                )),
                None => {}
            }
        });
    }
    if ui.button(language.text(Text::AddSkill)).clicked() {
        let id = free_id("skill", |id| {
            context
                .plan
                .skills
                .iter()
                .any(|skill| skill.id.as_str() == id)
        });
        commands.push(Command::Apply(
            Edit::PutSkill(Box::new(Skill {
                id: SkillId::new(id),
                name: Names::new(
                    Language::Chinese.text(Text::AddSkill),
                    Language::English.text(Text::AddSkill),
                ),
                aliases: Vec::new(),
            })),
            Coalesce::Never,
        ));
    }
}

pub fn industries_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    for industry in &context.plan.industries {
        let plan = context.plan;
        let in_use = plan
            .modules
            .iter()
            .any(|module| module.industries.contains(&industry.id))
            || plan.target_industries.contains(&industry.id);
        ui.push_id(industry.id.as_str(), |ui| {
            match names_row(ui, language, &industry.name, in_use) {
                Some(RowChange::Renamed(name)) => {
                    let mut changed = industry.clone();
                    changed.name = name;
                    commands.push(Command::Apply(
                        Edit::PutIndustry(Box::new(changed)),
                        Coalesce::Key(format!("industry {}", industry.id), "name"),
                    ));
                }
                Some(RowChange::Removed) => commands.push(Command::Apply(
                    Edit::RemoveIndustry {
                        industry: industry.id.clone(),
                    },
                    Coalesce::Never,
                )),
                None => {}
            }
        });
    }
    if ui.button(language.text(Text::AddIndustry)).clicked() {
        let id = free_id("industry", |id| {
            context
                .plan
                .industries
                .iter()
                .any(|industry| industry.id.as_str() == id)
        });
        commands.push(Command::Apply(
            Edit::PutIndustry(Box::new(Industry {
                id: IndustryId::new(id),
                name: Names::new(
                    Language::Chinese.text(Text::AddIndustry),
                    Language::English.text(Text::AddIndustry),
                ),
                region: Names::default(),
                products: Vec::new(),
                platforms: Vec::new(),
            })),
            Coalesce::Never,
        ));
    }
}

/// `base_1`, `base_2`… the first that `taken` does not claim.
fn free_id(base: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|number| format!("{base}_{number}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| base.to_owned())
}
