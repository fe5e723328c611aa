//! Plans of format versions 1 and 2, and their migration to version 3.
//!
//! Version 3 placed modules with their time (weekly hours × weeks, block weeks, hours), gave
//! each term a calendar instead of a count of teaching weeks, and added elective groups. An
//! older plan keeps its meaning: every module required, its hours in its one term, spread
//! over the term's teaching weeks as whole weekly hours where they divide (plain hours, which
//! `validate` warns about, where they do not).

use serde::Deserialize;

use crate::model::{
    Calendar, Industry, IndustryId, Module, ModuleId, Names, PhaseLength, Placement, PlacementTime,
    Plan, ProgrammeDocument, ProgrammeKind, RulesProfile, Skill, Survey, Term, TermSystem,
    WeekCalendar,
};

/// `Plan` as versions 1 and 2 wrote it.
#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
pub(super) struct PlanVersionTwo {
    format_version: u32,
    title: Names,
    kind: ProgrammeKind,
    #[serde(default)]
    term_system: TermSystem,
    institution: Names,
    rules: RulesProfile,
    #[serde(default)]
    target_industries: Vec<IndustryId>,
    terms: Vec<TermVersionTwo>,
    #[serde(default)]
    survey: Option<Survey>,
    #[serde(default)]
    skills: Vec<Skill>,
    #[serde(default)]
    industries: Vec<Industry>,
    #[serde(default)]
    modules: Vec<Module>,
    #[serde(default)]
    document: ProgrammeDocument,
}

#[derive(Deserialize)]
#[serde(rename = "Term", deny_unknown_fields)]
struct TermVersionTwo {
    name: Names,
    modules: Vec<ModuleId>,
    #[serde(default = "usual_teaching_weeks")]
    teaching_weeks: u32,
}

/// Version 2's default: a Chinese semester of 18 teaching weeks.
fn usual_teaching_weeks() -> u32 {
    18
}

impl PlanVersionTwo {
    pub(super) fn migrate(self) -> Plan {
        // The first definition of each id, as analyses count it.
        let mut hours: std::collections::HashMap<&ModuleId, u32> = std::collections::HashMap::new();
        for module in &self.modules {
            hours.entry(&module.id).or_insert_with(|| module.hours());
        }
        let hours_of = |id: &ModuleId| hours.get(id).copied().unwrap_or(0);
        let short_course = self.kind == ProgrammeKind::ShortCourse;
        let terms = self
            .terms
            .iter()
            .enumerate()
            .map(|(index, term)| {
                let modules: Vec<Placement> = term
                    .modules
                    .iter()
                    .map(|id| Placement {
                        module: id.clone(),
                        time: if short_course {
                            PlacementTime::Hours(hours_of(id))
                        } else {
                            PlacementTime::over_term(hours_of(id), term.teaching_weeks)
                        },
                    })
                    .collect();
                let calendar = if short_course {
                    let hours = modules
                        .iter()
                        .filter_map(|placement| placement.time.stated_hours())
                        .fold(0u32, u32::saturating_add);
                    Calendar::Phase(PhaseLength {
                        // A training day is eight hours.
                        days: hours.div_ceil(8).max(1),
                        hours,
                        dates: None,
                    })
                } else {
                    Calendar::Weeks(calendar_with_teaching(
                        self.term_system,
                        index,
                        term.teaching_weeks,
                    ))
                };
                Term {
                    name: term.name.clone(),
                    calendar,
                    modules,
                }
            })
            .collect();
        Plan {
            format_version: self.format_version,
            title: self.title,
            kind: self.kind,
            term_system: self.term_system,
            institution: self.institution,
            rules: self.rules,
            target_industries: self.target_industries,
            terms,
            elective_groups: Vec::new(),
            survey: self.survey,
            skills: self.skills,
            industries: self.industries,
            modules: self.modules,
            document: self.document,
        }
    }
}

/// The term's weeks as the old plan stated them: its teaching weeks, and no more than the
/// usual term around them — a week of exams where the term leaves room, the rest to spare.
/// Nothing is invented that the old file did not say (no orientation weeks).
fn calendar_with_teaching(system: TermSystem, _index: usize, teaching: u32) -> WeekCalendar {
    let usual = match system {
        TermSystem::Semester => WeekCalendar::SEMESTER,
        TermSystem::Quarter => WeekCalendar::QUARTER,
    };
    let weeks = usual.weeks.max(teaching);
    let exams = u32::from(teaching < weeks);
    WeekCalendar {
        weeks,
        teaching,
        exams,
        flexible: weeks - teaching - exams,
        ..WeekCalendar::default()
    }
}
