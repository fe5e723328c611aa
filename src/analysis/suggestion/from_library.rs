//! A suggestion problem from a module library and a survey.

use std::collections::HashMap;

use crate::model::{Library, ModuleId, Survey};

use super::{Candidate, Choice, Problem};

/// The plan's shape and budget, as the user gives them.
#[derive(Clone, Debug, PartialEq)]
pub struct Budget {
    pub terms: usize,
    pub credits: (f64, f64),
    pub hours: Option<(f64, f64)>,
    pub term_credits: Option<f64>,
}

impl Problem {
    /// Every library module as a candidate, the survey's skills first and then the library's
    /// others (weight zero), as the alignment report orders them. `choices` says which
    /// modules are locked or excluded. A requisite the library does not hold cannot be met,
    /// so a free module naming one is never chosen; a locked one stays (the plan's check
    /// then names the missing requisite).
    pub fn from_library(
        library: &Library,
        survey: &Survey,
        budget: &Budget,
        choices: &HashMap<ModuleId, Choice>,
    ) -> Problem {
        let mut skills: Vec<&str> = Vec::new();
        let survey_skills = survey.skills.iter().map(|demand| demand.skill.as_str());
        for id in survey_skills.chain(library.skills.iter().map(|skill| skill.id.as_str())) {
            if !skills.contains(&id) {
                skills.push(id);
            }
        }
        let demand = skills
            .iter()
            .map(|id| {
                survey
                    .skills
                    .iter()
                    .find(|demand| demand.skill.as_str() == *id)
                    .map_or(0.0, |demand| demand.share)
            })
            .collect();
        let index: HashMap<&ModuleId, usize> = library
            .modules
            .iter()
            .enumerate()
            .map(|(position, module)| (&module.id, position))
            .collect();
        let candidates = library
            .modules
            .iter()
            .map(|module| {
                let hours = f64::from(module.hours());
                let mut effort = vec![0.0; skills.len()];
                for entry in &module.skills {
                    if let Some(slot) = skills.iter().position(|id| *id == entry.skill.as_str()) {
                        effort[slot] += hours * f64::from(entry.level.weight()) / 3.0;
                    }
                }
                let resolve = |ids: &[ModuleId]| -> Vec<usize> {
                    ids.iter().filter_map(|id| index.get(id).copied()).collect()
                };
                let (prerequisites, corequisites) = (
                    resolve(&module.prerequisites),
                    resolve(&module.corequisites),
                );
                let unmet = prerequisites.len() + corequisites.len()
                    < module.prerequisites.len() + module.corequisites.len();
                let choice = match choices.get(&module.id).copied().unwrap_or_default() {
                    Choice::Free if unmet => Choice::Excluded,
                    choice => choice,
                };
                Candidate {
                    credits: module.credits,
                    hours,
                    share: 1.0,
                    effort,
                    prerequisites,
                    corequisites,
                    choice,
                    usual_term: None,
                    may_be_required: true,
                    spread: None,
                }
            })
            .collect();
        Problem {
            candidates,
            demand,
            terms: budget.terms,
            credits: budget.credits,
            hours: budget.hours,
            term_credits: budget.term_credits,
            term_loads: Vec::new(),
            rows: Vec::new(),
            groups: Vec::new(),
        }
    }
}
