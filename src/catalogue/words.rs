//! The names of the model's fixed choices in the chosen language.

use super::{Language, Text};
use crate::analysis::NoAlignment;
use crate::model::{Assessment, Category, Delivery, Level, Partner, ProgrammeKind, WeekKind};

pub fn category(language: Language, category: Category) -> &'static str {
    language.text(match category {
        Category::PublicBasic => Text::PublicBasic,
        Category::ProfessionalBasic => Text::ProfessionalBasic,
        Category::ProfessionalCore => Text::ProfessionalCore,
        Category::ProfessionalElective => Text::ProfessionalElective,
        Category::Practice => Text::Practice,
    })
}

pub fn delivery(language: Language, delivery: Delivery) -> &'static str {
    language.text(match delivery {
        Delivery::Classroom => Text::Classroom,
        Delivery::ComputerSimulation => Text::ComputerSimulation,
        Delivery::EnterpriseInternship => Text::EnterpriseInternship,
        Delivery::PractitionerLecture => Text::PractitionerLecture,
        Delivery::CertificateTraining => Text::CertificateTraining,
        Delivery::EntrepreneurshipMentoring => Text::EntrepreneurshipMentoring,
    })
}

pub fn partner(language: Language, partner: Partner) -> &'static str {
    language.text(match partner {
        Partner::School => Text::School,
        Partner::Enterprise => Text::Enterprise,
        Partner::Government => Text::Government,
    })
}

pub fn programme_kind(language: Language, kind: ProgrammeKind) -> &'static str {
    language.text(match kind {
        ProgrammeKind::HigherVocational3Year => Text::HigherVocational3Year,
        ProgrammeKind::Undergraduate4Year => Text::Undergraduate4Year,
        ProgrammeKind::ShortCourse => Text::ShortCourse,
    })
}

/// 考试 / 考查, or a dash when the plan does not say.
/// A kind of week as the 教学周安排表 heads its column.
pub fn week_kind(language: Language, kind: WeekKind) -> &'static str {
    language.text(match kind {
        WeekKind::Orientation => Text::WeekKindOrientation,
        WeekKind::Teaching => Text::WeekKindTeaching,
        WeekKind::Exams => Text::WeekKindExams,
        WeekKind::BlockPractice => Text::WeekKindBlockPractice,
        WeekKind::Internship => Text::WeekKindInternship,
        WeekKind::Flexible => Text::WeekKindFlexible,
    })
}

pub fn assessment(language: Language, assessment: Option<Assessment>) -> &'static str {
    match assessment {
        Some(Assessment::Exam) => language.text(Text::AssessmentExam),
        Some(Assessment::Coursework) => language.text(Text::AssessmentCoursework),
        None => "—",
    }
}

pub fn level(language: Language, level: Level) -> &'static str {
    language.text(match level {
        Level::I => Text::LevelIntroduced,
        Level::R => Text::LevelReinforced,
        Level::M => Text::LevelMastered,
    })
}

/// Credits as staff write them: `2`, `1.5`, never `2.0`.
pub fn number(value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// "3 学分", "3 credits", "1 credit".
pub fn credits(language: Language, credits: f64) -> String {
    let text = if credits == 1.0 {
        Text::StatusOneCredit
    } else {
        Text::StatusCredits
    };
    language.fill(text, &[&number(credits)])
}

/// The name of a compared figure (`analysis::compare`'s ids).
pub fn figure_name(language: Language, id: &str) -> &'static str {
    language.text(match id {
        "alignment" => Text::FigureAlignment,
        "cosine" => Text::FigureCosine,
        "modules" => Text::FigureModules,
        "credits" => Text::Credits,
        "hours" => Text::Hours,
        "practice_share" => Text::FigurePracticeShare,
        "rules_failed" => Text::FigureRulesFailed,
        "skills_not_mastered" => Text::FigureNotMastered,
        "unserved_target_industries" => Text::FigureUnservedTargets,
        "complexity" => Text::FigureComplexity,
        _ => Text::FigureOther,
    })
}

/// A compared figure's value as people read it: scores to three decimals, shares as
/// percentages, a dash where a plan has no value.
pub fn figure_value(id: &str, value: f64) -> String {
    if value.is_nan() {
        return "—".to_owned();
    }
    match id {
        "alignment" | "cosine" => format!("{value:.3}"),
        "practice_share" => format!("{:.1} %", value * 100.0),
        _ => number(value),
    }
}

/// An alignment score or cosine to three decimals, or the word for "no alignment".
pub fn score(language: Language, value: Option<f64>) -> String {
    match value {
        Some(value) => format!("{value:.3}"),
        None => language.text(Text::NoAlignmentShort).to_owned(),
    }
}

/// Why a plan has no alignment score, as a sentence.
pub fn no_alignment(language: Language, reason: NoAlignment) -> &'static str {
    language.text(match reason {
        NoAlignment::NoDemand => Text::NoAlignmentNoDemand,
        NoAlignment::NoEffort => Text::NoAlignmentNoEffort,
    })
}
