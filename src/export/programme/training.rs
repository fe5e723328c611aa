//! A short course's document (培训方案): its own sections in place of a diploma programme's
//! major, length of study, occupations and graduation requirements, which mean nothing to a
//! two-week course for an exporter's staff.

use serde::Serialize;

use super::own_text::{TitledText, own_language};
use crate::catalogue::{Language, Text};
use crate::model::{Plan, ProgrammeKind};

#[derive(Clone, Debug, Serialize)]
pub struct TrainingData {
    /// 培训目标, 培训对象, 时间与地点.
    pub before: Vec<TitledText>,
    /// 四、培训内容与课时安排 and its parts.
    pub content: &'static str,
    pub modules: &'static str,
    pub schedule: &'static str,
    pub rules: &'static str,
    /// 师资, 考核与结业, 组织与经费.
    pub after: Vec<TitledText>,
    /// 教学实施与质量保障 and its parts (facilities, resources, methods, quality).
    pub delivery: &'static str,
    pub delivery_parts: Vec<TitledText>,
    pub appendix: &'static str,
}

/// The training document's sections; `None` for a diploma or degree programme.
pub fn training(plan: &Plan, language: Language) -> Option<TrainingData> {
    if plan.kind != ProgrammeKind::ShortCourse {
        return None;
    }
    let details = &plan.document.training;
    let guarantees = &plan.document.guarantees;
    let titled = |parts: &[(Text, &crate::model::Names)]| -> Vec<TitledText> {
        parts
            .iter()
            .map(|(title, text)| TitledText {
                title: language.text(*title),
                text: own_language(text, language),
            })
            .collect()
    };
    Some(TrainingData {
        before: titled(&[
            (Text::TrainingObjective, &details.objective),
            (Text::TrainingTrainees, &details.trainees),
            (Text::TrainingTimeAndPlace, &details.time_and_place),
        ]),
        content: language.text(Text::TrainingContent),
        modules: language.text(Text::TrainingModules),
        schedule: language.text(Text::TrainingSchedule),
        rules: language.text(Text::TrainingRules),
        after: titled(&[
            (Text::TrainingTrainers, &details.trainers),
            (Text::TrainingCompletion, &details.completion),
            (Text::TrainingOrganisation, &details.organisation),
        ]),
        delivery: language.text(Text::TrainingDelivery),
        delivery_parts: titled(&[
            (Text::TrainingFacilities, &guarantees.facilities),
            (Text::TrainingResources, &guarantees.resources),
            (Text::TrainingMethods, &guarantees.methods),
            (Text::TrainingQuality, &guarantees.quality_management),
        ]),
        appendix: language.text(Text::TrainingAppendix),
    })
}
