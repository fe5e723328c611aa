//! The pages a teaching office fills in by hand around the plan: the cover's lines (二级学院,
//! 适用年级, 专业负责人, 编制人员, dates), the approval page after it and the change request
//! form (变更审批表) of the appendix. Empty fields print as blank lines to write on.

use serde::Serialize;

use super::own_text::own_language;
use crate::catalogue::{Language, Text, words};
use crate::model::{Plan, ProgrammeKind};

#[derive(Clone, Debug, Serialize)]
pub struct Cover {
    /// 专业人才培养方案, or 培训方案 for a short course.
    pub kind: &'static str,
    /// Label and value; an empty value is a line to write on.
    pub fields: Vec<[String; 2]>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Approval {
    pub heading: &'static str,
    /// The bodies that approve, in the order they sign.
    pub bodies: [&'static str; 4],
    pub signature: &'static str,
}

/// 变更审批表: filled in when the plan is changed after approval.
#[derive(Clone, Debug, Serialize)]
pub struct ChangeForm {
    pub heading: &'static str,
    /// Label and value, printed from the plan (major, intake).
    pub facts: Vec<[String; 2]>,
    /// Labels of the rows left to write in, each with room for a paragraph.
    pub rooms: [&'static str; 2],
    /// Labels of the rows that end in a signature and date.
    pub opinions: [&'static str; 3],
    pub signature: &'static str,
}

/// The cover's label-and-value lines, by the kind of programme.
pub fn cover(plan: &Plan, language: Language) -> Cover {
    let text = |text: Text| language.text(text).to_owned();
    let own = |names: &crate::model::Names| own_language(names, language);
    let details = &plan.document.cover;
    let short = plan.kind == ProgrammeKind::ShortCourse;
    let mut fields = Vec::new();
    if short {
        fields.push([text(Text::TrainingCoverSchool), own(&details.school)]);
        fields.push([text(Text::TrainingCoverIntake), own(&details.intake)]);
        fields.push([text(Text::TrainingCoverLeader), own(&details.leader)]);
    } else {
        fields.push([text(Text::CoverSchool), own(&details.school)]);
        fields.push([text(Text::CoverMajor), major_and_code(plan, language)]);
        fields.push([text(Text::CoverIntake), own(&details.intake)]);
        fields.push([
            text(Text::CoverLevel),
            words::programme_kind(language, plan.kind).to_owned(),
        ]);
        fields.push([text(Text::CoverLeader), own(&details.leader)]);
    }
    fields.push([text(Text::CoverAuthors), own(&details.authors)]);
    fields.push([text(Text::CoverDrawnUp), own(&details.drawn_up)]);
    let revised = own(&details.revised);
    if !revised.is_empty() {
        fields.push([text(Text::CoverRevised), revised]);
    }
    Cover {
        kind: language.text(if short {
            Text::TrainingKindTitle
        } else {
            Text::DocumentKindTitle
        }),
        fields,
    }
}

/// "跨境电子商务（530702）", the name alone without a code, empty when neither is stated.
pub fn major_and_code(plan: &Plan, language: Language) -> String {
    let major = own_language(&plan.document.major, language);
    let code = plan.document.major_code.trim();
    if major.is_empty() || code.is_empty() {
        format!("{major}{code}")
    } else {
        language.fill(Text::CoverMajorValue, &[&major, &code])
    }
}

pub fn approval(language: Language) -> Approval {
    let text = |text: Text| language.text(text);
    Approval {
        heading: text(Text::ApprovalHeading),
        bodies: [
            text(Text::ApprovalCommittee),
            text(Text::ApprovalSchool),
            text(Text::ApprovalAcademicAffairs),
            text(Text::ApprovalCollege),
        ],
        signature: text(Text::ApprovalSignature),
    }
}

pub fn change_form(plan: &Plan, language: Language) -> ChangeForm {
    let text = |text: Text| language.text(text);
    ChangeForm {
        heading: text(Text::AppendixChange),
        facts: vec![
            [
                text(Text::CoverMajor).to_owned(),
                major_and_code(plan, language),
            ],
            [
                text(Text::CoverIntake).to_owned(),
                own_language(&plan.document.cover.intake, language),
            ],
        ],
        rooms: [text(Text::ChangeContent), text(Text::ChangeReason)],
        opinions: [
            text(Text::ChangeApplicant),
            text(Text::ChangeCollege),
            text(Text::ChangeAcademicAffairs),
        ],
        signature: text(Text::ApprovalSignature),
    }
}
