//! The programme document tab: the text of the 人才培养方案 that is not modules and terms —
//! major, entry, length of study, occupations, objective, specifications, guarantees,
//! graduation — each in Chinese and English, edited in place. Every change is one edit of
//! the document; typing in one field is one undo step.

use egui::{RichText, Ui};

use crate::catalogue::{Language, Text};
use crate::model::edit::Edit;
use crate::model::history::Coalesce;
use crate::model::{
    CoverDetails, Names, Occupation, ProgrammeDocument, ProgrammeKind, SkillId, Specification,
};
use crate::ui::command::Command;
use crate::ui::view_context::ViewContext;

/// Which part of the document changed this frame (the undo step's key).
type Changed = Option<&'static str>;

pub fn document_ui(ui: &mut Ui, context: &ViewContext<'_>, commands: &mut Vec<Command>) {
    let language = context.language;
    let mut document = context.plan.document.clone();
    let mut changed: Changed = None;
    // A short course prints as a training plan (培训方案): its own sections, not a major's.
    let short = context.plan.kind == ProgrammeKind::ShortCourse;
    egui::ScrollArea::vertical()
        .id_salt("programme-document")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.weak(language.text(if short {
                Text::TrainingDocumentHint
            } else {
                Text::DocumentHint
            }));
            cover_ui(ui, language, short, &mut document.cover, &mut changed);
            if short {
                training_ui(ui, language, &mut document, &mut changed);
            } else {
                programme_ui(ui, context, &mut document, &mut changed);
            }
        });
    if let Some(key) = changed {
        commands.push(Command::Apply(
            Edit::SetDocument(Box::new(document)),
            Coalesce::Key("document".to_owned(), key),
        ));
    }
}

/// Labelled fields, each in Chinese and English.
fn titled_fields(
    ui: &mut Ui,
    language: Language,
    fields: Vec<(Text, &'static str, &mut Names)>,
    several_lines: bool,
    changed: &mut Changed,
) {
    for (title, key, names) in fields {
        ui.label(RichText::new(language.text(title)).strong());
        names_fields(ui, language, key, names, several_lines, changed);
    }
}

/// What the cover states: the school, the intake, who leads and who wrote it, when.
fn cover_ui(
    ui: &mut Ui,
    language: Language,
    short: bool,
    cover: &mut CoverDetails,
    changed: &mut Changed,
) {
    heading(ui, language, Text::DocumentCoverSection);
    let (school, intake, leader) = if short {
        (
            Text::TrainingCoverSchool,
            Text::TrainingCoverIntake,
            Text::TrainingCoverLeader,
        )
    } else {
        (Text::CoverSchool, Text::CoverIntake, Text::CoverLeader)
    };
    titled_fields(
        ui,
        language,
        vec![
            (school, "cover.school", &mut cover.school),
            (intake, "cover.intake", &mut cover.intake),
            (leader, "cover.leader", &mut cover.leader),
            (Text::CoverAuthors, "cover.authors", &mut cover.authors),
            (Text::CoverDrawnUp, "cover.drawn_up", &mut cover.drawn_up),
            (Text::CoverRevised, "cover.revised", &mut cover.revised),
        ],
        false,
        changed,
    );
}

/// A short course's sections, and the parts of 实施保障 it prints.
fn training_ui(
    ui: &mut Ui,
    language: Language,
    document: &mut ProgrammeDocument,
    changed: &mut Changed,
) {
    let training = &mut document.training;
    heading(ui, language, Text::TrainingKindTitle);
    titled_fields(
        ui,
        language,
        vec![
            (
                Text::TrainingObjective,
                "training.objective",
                &mut training.objective,
            ),
            (
                Text::TrainingTrainees,
                "training.trainees",
                &mut training.trainees,
            ),
            (
                Text::TrainingTimeAndPlace,
                "training.time_and_place",
                &mut training.time_and_place,
            ),
            (
                Text::TrainingTrainers,
                "training.trainers",
                &mut training.trainers,
            ),
            (
                Text::TrainingCompletion,
                "training.completion",
                &mut training.completion,
            ),
            (
                Text::TrainingOrganisation,
                "training.organisation",
                &mut training.organisation,
            ),
        ],
        true,
        changed,
    );
    heading(ui, language, Text::TrainingDelivery);
    let guarantees = &mut document.guarantees;
    titled_fields(
        ui,
        language,
        vec![
            (
                Text::TrainingFacilities,
                "facilities",
                &mut guarantees.facilities,
            ),
            (
                Text::TrainingResources,
                "resources",
                &mut guarantees.resources,
            ),
            (Text::TrainingMethods, "methods", &mut guarantees.methods),
            (
                Text::TrainingQuality,
                "quality",
                &mut guarantees.quality_management,
            ),
        ],
        true,
        changed,
    );
}

/// A diploma's or degree's sections, in the order the document prints them.
fn programme_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    document: &mut ProgrammeDocument,
    changed: &mut Changed,
) {
    let language = context.language;
    heading(ui, language, Text::SectionMajor);
    names_fields(ui, language, "major", &mut document.major, false, changed);
    single_line(
        ui,
        language.text(Text::MajorCode),
        ("major_code", 0),
        &mut document.major_code,
        changed,
    );
    heading(ui, language, Text::SectionEntry);
    names_fields(
        ui,
        language,
        "entry",
        &mut document.entry_requirement,
        true,
        changed,
    );
    heading(ui, language, Text::SectionLength);
    names_fields(
        ui,
        language,
        "length",
        &mut document.length_of_study,
        false,
        changed,
    );
    heading(ui, language, Text::SectionOccupations);
    titled_fields(
        ui,
        language,
        vec![
            (
                Text::OccupationMajorGroup,
                "major_group",
                &mut document.major_group,
            ),
            (
                Text::OccupationMajorClass,
                "major_class",
                &mut document.major_class,
            ),
        ],
        false,
        changed,
    );
    occupations_ui(ui, language, &mut document.occupations, changed);
    heading(ui, language, Text::SectionObjective);
    names_fields(
        ui,
        language,
        "objective",
        &mut document.objective,
        true,
        changed,
    );
    specifications_ui(ui, context, document, changed);
    heading(ui, language, Text::SectionGuarantees);
    let guarantees = &mut document.guarantees;
    titled_fields(
        ui,
        language,
        vec![
            (Text::GuaranteeStaff, "staff", &mut guarantees.staff),
            (
                Text::GuaranteeFacilities,
                "facilities",
                &mut guarantees.facilities,
            ),
            (
                Text::GuaranteeResources,
                "resources",
                &mut guarantees.resources,
            ),
            (Text::GuaranteeMethods, "methods", &mut guarantees.methods),
            (
                Text::GuaranteeAssessment,
                "assessment",
                &mut guarantees.assessment,
            ),
            (
                Text::GuaranteeQuality,
                "quality",
                &mut guarantees.quality_management,
            ),
        ],
        true,
        changed,
    );
    heading(ui, language, Text::SectionGraduation);
    names_list_ui(
        ui,
        language,
        "graduation",
        &mut document.graduation_requirements,
        changed,
    );
}

fn heading(ui: &mut Ui, language: Language, text: Text) {
    ui.add_space(10.0);
    ui.heading(language.text(text));
}

/// A field's label and its editor, the label naming it for screen readers and tests.
fn labelled(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> egui::Response) -> bool {
    let label = ui.label(label);
    let response = add(ui).labelled_by(label.id);
    response.changed()
}

fn single_line(
    ui: &mut Ui,
    label: &str,
    id: (&'static str, usize),
    value: &mut String,
    changed: &mut Changed,
) {
    if labelled(ui, label, |ui| {
        ui.add(
            egui::TextEdit::singleline(value)
                .id_salt(id)
                .desired_width(f32::INFINITY),
        )
    }) {
        *changed = Some(id.0);
    }
}

/// The Chinese and the English text of one field, one above the other.
fn names_fields(
    ui: &mut Ui,
    language: Language,
    key: &'static str,
    names: &mut Names,
    several_lines: bool,
    changed: &mut Changed,
) {
    names_fields_at(ui, language, (key, 0), names, several_lines, changed);
}

fn names_fields_at(
    ui: &mut Ui,
    language: Language,
    id: (&'static str, usize),
    names: &mut Names,
    several_lines: bool,
    changed: &mut Changed,
) {
    for (text, value, which) in [
        (Text::InChinese, &mut names.zh, "zh"),
        (Text::InEnglish, &mut names.en, "en"),
    ] {
        let edited = labelled(ui, language.text(text), |ui| {
            let editor = if several_lines {
                egui::TextEdit::multiline(value).desired_rows(3)
            } else {
                egui::TextEdit::singleline(value)
            };
            ui.add(editor.id_salt((id, which)).desired_width(f32::INFINITY))
        });
        if edited {
            *changed = Some(id.0);
        }
    }
}

fn occupations_ui(
    ui: &mut Ui,
    language: Language,
    occupations: &mut Vec<Occupation>,
    changed: &mut Changed,
) {
    list_ui(
        ui,
        language,
        "occupations",
        occupations,
        changed,
        |ui, index, occupation, changed| {
            for (text, names) in [
                (Text::OccupationSector, &mut occupation.sector),
                (Text::OccupationName, &mut occupation.occupation),
                (Text::OccupationPosts, &mut occupation.posts),
                (Text::OccupationCertificates, &mut occupation.certificates),
            ] {
                ui.label(RichText::new(language.text(text)).strong());
                names_fields_at(
                    ui,
                    language,
                    (occupation_key(text), index),
                    names,
                    false,
                    changed,
                );
            }
        },
    );
}

fn occupation_key(text: Text) -> &'static str {
    match text {
        Text::OccupationSector => "occupation.sector",
        Text::OccupationName => "occupation.name",
        Text::OccupationPosts => "occupation.posts",
        _ => "occupation.certificates",
    }
}

fn specifications_ui(
    ui: &mut Ui,
    context: &ViewContext<'_>,
    document: &mut ProgrammeDocument,
    changed: &mut Changed,
) {
    let language = context.language;
    ui.label(RichText::new(language.text(Text::SpecificationsHeading)).strong());
    let specifications = &mut document.specifications;
    for (text, key, items) in [
        (
            Text::SpecificationQuality,
            "quality",
            &mut specifications.quality,
        ),
        (
            Text::SpecificationKnowledge,
            "knowledge",
            &mut specifications.knowledge,
        ),
        (
            Text::SpecificationAbility,
            "ability",
            &mut specifications.ability,
        ),
    ] {
        ui.label(RichText::new(language.text(text)).strong());
        list_ui(
            ui,
            language,
            key,
            items,
            changed,
            |ui, index, item: &mut Specification, changed| {
                names_fields_at(ui, language, (key, index), &mut item.text, true, changed);
                if skills_ui(ui, context, &mut item.skills) {
                    *changed = Some(key);
                }
            },
        );
    }
}

fn names_list_ui(
    ui: &mut Ui,
    language: Language,
    key: &'static str,
    items: &mut Vec<Names>,
    changed: &mut Changed,
) {
    list_ui(
        ui,
        language,
        key,
        items,
        changed,
        |ui, index, item, changed| {
            names_fields_at(ui, language, (key, index), item, true, changed);
        },
    );
}

/// The items of a list, each in a frame with a button that removes it, and a button that
/// adds an empty one.
fn list_ui<T: Default>(
    ui: &mut Ui,
    language: Language,
    key: &'static str,
    items: &mut Vec<T>,
    changed: &mut Changed,
    mut item_ui: impl FnMut(&mut Ui, usize, &mut T, &mut Changed),
) {
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            item_ui(ui, index, item, changed);
            if ui.button(language.text(Text::DocumentRemoveRow)).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        items.remove(index);
        *changed = Some(key);
    }
    if ui.button(language.text(Text::DocumentAddRow)).clicked() {
        items.push(T::default());
        *changed = Some(key);
    }
}

/// The survey skills an item stands for, one box each; the document prints their names.
fn skills_ui(ui: &mut Ui, context: &ViewContext<'_>, chosen: &mut Vec<SkillId>) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        ui.weak(context.language.text(Text::SpecificationSkillsLabel));
        for skill in &context.plan.skills {
            let mut on = chosen.contains(&skill.id);
            if ui
                .checkbox(&mut on, skill.name.in_language(context.language))
                .changed()
            {
                if on {
                    chosen.push(skill.id.clone());
                } else {
                    chosen.retain(|id| id != &skill.id);
                }
                changed = true;
            }
        }
    });
    changed
}
