//! What ships inside the app: the example plans (File ▸ New from template), the module
//! library and the seed survey, and the blank plan a new document starts from.

use std::path::Path;
use std::sync::OnceLock;

use crate::catalogue::{Language, Text, term_name};
use crate::io::parse_plan;
use crate::model::{
    Calendar, HIGHER_VOCATIONAL_BOOK, Library, Names, PhaseLength, Plan, ProgrammeKind,
    RulesProfile, SHORT_COURSE_BOOK, Survey, SurveyDocument, Term, TermSystem, UNDERGRADUATE_BOOK,
    WeekCalendar,
};

/// The example plans in `curricula/`, offered under File ▸ New from template.
pub const TEMPLATES: &[(&str, &str)] = &[
    (
        "cbec-higher-vocational-3-year.ron",
        include_str!("../../curricula/cbec-higher-vocational-3-year.ron"),
    ),
    (
        "pinghu-stroller-bag-staff-short-course.ron",
        include_str!("../../curricula/pinghu-stroller-bag-staff-short-course.ron"),
    ),
    (
        "farmers-cooperative-agricultural-cbec.ron",
        include_str!("../../curricula/farmers-cooperative-agricultural-cbec.ron"),
    ),
];

const LIBRARY: &str = include_str!("../../assets/library.ron");
const SURVEY: &str = include_str!("../../assets/surveys/jiaxing-2018.ron");

/// A bundled template as a plan; `None` if the index is out of range (or, impossibly, the
/// bundled file does not parse — a test checks every one).
pub fn template(index: usize) -> Option<Plan> {
    let (name, text) = TEMPLATES.get(index)?;
    parse_plan(Path::new(name), text).ok()
}

/// A template's title, for menus and the palette (read once: the palette asks every frame).
pub fn template_title(index: usize, language: Language) -> String {
    static TITLES: OnceLock<Vec<Option<Names>>> = OnceLock::new();
    let titles = TITLES.get_or_init(|| {
        (0..TEMPLATES.len())
            .map(|index| template(index).map(|plan| plan.title))
            .collect()
    });
    match titles.get(index) {
        Some(Some(title)) => title.in_language(language).to_owned(),
        _ => TEMPLATES.get(index).map_or("", |(name, _)| name).to_owned(),
    }
}

/// The bundled module library: 74 modules, the seed skills and the Jiaxing industries.
pub fn bundled_library() -> Library {
    match crate::io::parse_document(Path::new("library.ron"), LIBRARY) {
        Ok(crate::io::Document::Library(library)) => library,
        _ => Library {
            format_version: crate::io::CURRENT_FORMAT_VERSION,
            skills: Vec::new(),
            industries: Vec::new(),
            modules: Vec::new(),
        },
    }
}

/// Where the bundled survey's figures come from, as its file cites them (the About box).
pub fn bundled_survey_source() -> String {
    bundled_survey()
        .map(|survey| survey.source)
        .unwrap_or_default()
}

fn bundled_survey() -> Option<Survey> {
    match crate::io::parse_document(Path::new("jiaxing-2018.ron"), SURVEY) {
        Ok(crate::io::Document::Survey(SurveyDocument { survey, .. })) => Some(survey),
        _ => None,
    }
}

/// A new plan: six empty terms, the library's skills and industries, the seed survey.
pub fn blank_plan(library: &Library) -> Plan {
    blank_plan_of_kind(library, ProgrammeKind::HigherVocational3Year)
}

/// A new plan of `kind`, started as such programmes are: a three-year vocational plan has six
/// semesters under the MOE 2019 rules, a degree eight semesters within a credit range, a
/// short course two phases of a week within an hour range.
/// The rule book a plan of this kind is checked against unless its author chooses another.
pub fn rules_for_kind(kind: ProgrammeKind) -> RulesProfile {
    RulesProfile::book(match kind {
        ProgrammeKind::HigherVocational3Year => HIGHER_VOCATIONAL_BOOK,
        ProgrammeKind::Undergraduate4Year => UNDERGRADUATE_BOOK,
        ProgrammeKind::ShortCourse => SHORT_COURSE_BOOK,
    })
}

/// `count` semesters with the usual calendars.
fn semesters(count: usize) -> Vec<Term> {
    (0..count)
        .map(|index| {
            Term::new(
                term_name(index + 1),
                Calendar::Weeks(WeekCalendar::usual(TermSystem::Semester, index)),
            )
        })
        .collect()
}

/// Six semesters with the calendars of the shipped 3-year example: weeks for block practice
/// beside teaching in the first four, and the last two given mostly to block practice and
/// about six months of 岗位实习 (教职成〔2019〕13号: "学生顶岗实习时间一般为6个月，可根据专业
/// 实际，集中或分阶段安排"), so that the internship its rule book asks for fits the calendar.
fn vocational_semesters() -> Vec<Term> {
    let mut terms = semesters(6);
    if let Some(example) = template(0) {
        for (term, shaped) in terms.iter_mut().zip(&example.terms) {
            term.calendar = shaped.calendar.clone();
        }
    }
    terms
}

pub fn blank_plan_of_kind(library: &Library, kind: ProgrammeKind) -> Plan {
    let rules = rules_for_kind(kind);
    let terms = match kind {
        ProgrammeKind::HigherVocational3Year => vocational_semesters(),
        ProgrammeKind::Undergraduate4Year => semesters(8),
        // Two one-day phases of eight hours.
        ProgrammeKind::ShortCourse => (1..=2)
            .map(|number| {
                Term::new(
                    crate::catalogue::phase_name(number),
                    Calendar::Phase(PhaseLength {
                        days: 1,
                        hours: 8,
                        dates: None,
                    }),
                )
            })
            .collect(),
    };
    Plan {
        format_version: crate::io::CURRENT_FORMAT_VERSION,
        title: Names::new(
            Language::Chinese.text(Text::NewPlanTitle),
            Language::English.text(Text::NewPlanTitle),
        ),
        kind,
        term_system: TermSystem::Semester,
        institution: Names::default(),
        rules,
        target_industries: Vec::new(),
        terms,
        elective_groups: Vec::new(),
        survey: bundled_survey(),
        skills: library.skills.clone(),
        industries: library.industries.clone(),
        modules: Vec::new(),
        document: Default::default(),
    }
}
