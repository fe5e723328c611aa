//! Close the gap: for each skill the plan under-serves, the placed modules whose higher level
//! helps most and the library modules not in the plan that raise the alignment score most per
//! hour; for each skill it over-serves, the placed modules whose lower level or removal helps
//! most. Computed, not guessed: each candidate's
//! edit is applied to a copy of the plan and the score measured after it.

use crate::analysis::alignment;
use crate::model::edit::{Edit, apply};
use crate::model::{Level, Library, Module, ModuleId, Plan, ProgrammeKind, SkillId, Survey};

use crate::analysis::GAP_WORTH_NAMING as GAP_WORTH_CLOSING;
/// Suggestions kept per skill and kind: level changes (no hours) and added or removed modules.
const PER_KIND: usize = 2;

#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Add a library module in this term (its prerequisites are in earlier terms).
    Add { module: ModuleId, term: usize },
    /// Take a placed module out of its term.
    Remove { module: ModuleId },
    /// Bring a module's level of the skill down by one (I: take it away).
    Lower { module: ModuleId, to: Option<Level> },
    /// Bring a placed module's level of the skill up by one (I → R, R → M).
    Raise { module: ModuleId, to: Level },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub skill: SkillId,
    pub change: Change,
    /// The one undoable edit that makes the change.
    pub edit: Edit,
    pub score_before: f64,
    /// The score the plan will have after the edit, measured.
    pub score_after: f64,
    /// Hours the change adds (or takes away), for the gain per hour.
    pub hours: u32,
}

impl Suggestion {
    pub fn gain(&self) -> f64 {
        self.score_after - self.score_before
    }

    /// Gain per hour added or removed; a change of no hours counts as one.
    pub fn gain_per_hour(&self) -> f64 {
        self.gain() / f64::from(self.hours.max(1))
    }
}

fn score_after(plan: &Plan, survey: &Survey, edit: &Edit) -> Option<f64> {
    let mut changed = plan.clone();
    apply(&mut changed, edit.clone()).ok()?;
    alignment(&changed, survey).score
}

/// The first term after every prerequisite and no earlier than any co-requisite's; `None`
/// when a requisite is not placed (adding the module would break the plan's order).
fn fitting_term(plan: &Plan, module: &Module) -> Option<usize> {
    let mut earliest = 0;
    for prerequisite in &module.prerequisites {
        earliest = earliest.max(plan.term_of(prerequisite)? + 1);
    }
    for corequisite in &module.corequisites {
        earliest = earliest.max(plan.term_of(corequisite)?);
    }
    (earliest < plan.terms.len()).then_some(earliest)
}

/// Every suggestion for the plan against `survey`, the best per hour first within a skill.
pub fn close_the_gap(plan: &Plan, library: &Library, survey: &Survey) -> Vec<Suggestion> {
    let current = alignment(plan, survey);
    let Some(score_before) = current.score else {
        return Vec::new();
    };
    let mut suggestions = Vec::new();
    for skill in &current.skills {
        let mut found: Vec<Suggestion> = Vec::new();
        if skill.gap < -GAP_WORTH_CLOSING {
            // Teach a skill the plan already builds to a higher level: no hours added.
            for (_, module) in plan.scheduled_modules() {
                let Some(to) = module.level_of(&skill.skill).and_then(raise) else {
                    continue;
                };
                let edit = Edit::SetLevel {
                    module: module.id.clone(),
                    skill: skill.skill.clone(),
                    level: Some(to),
                };
                if let Some(after) = score_after(plan, survey, &edit) {
                    found.push(Suggestion {
                        skill: skill.skill.clone(),
                        change: Change::Raise {
                            module: module.id.clone(),
                            to,
                        },
                        edit,
                        score_before,
                        score_after: after,
                        hours: 0,
                    });
                }
            }
            for module in library.modules.iter().filter(|module| {
                plan.module(&module.id).is_none()
                    && module.level_of(&skill.skill).is_some()
                    && super::fits_the_plans_kind(plan, module)
                    && serves_the_targets(plan, module)
            }) {
                let Some(term) = fitting_term(plan, module) else {
                    continue;
                };
                let Some(edit) =
                    super::add_from_library(plan, library, &module.id, term, usize::MAX)
                else {
                    continue;
                };
                if let Some(after) = score_after(plan, survey, &edit) {
                    found.push(Suggestion {
                        skill: skill.skill.clone(),
                        change: Change::Add {
                            module: module.id.clone(),
                            term,
                        },
                        edit,
                        score_before,
                        score_after: after,
                        hours: module.hours(),
                    });
                }
            }
        } else if skill.gap > GAP_WORTH_CLOSING {
            let placed = plan.scheduled_modules();
            for (_, module) in placed {
                let Some(level) = module.level_of(&skill.skill) else {
                    continue;
                };
                let optional = optional(plan, module);
                // A module the plan requires keeps the skills it builds (大学英语 goes on
                // building 外语能力): only its level may come down, not away.
                let lowered = lower(level);
                if lowered.is_none() && !optional {
                    continue;
                }
                let mut candidates = vec![(
                    Change::Lower {
                        module: module.id.clone(),
                        to: lowered,
                    },
                    Edit::SetLevel {
                        module: module.id.clone(),
                        skill: skill.skill.clone(),
                        level: lowered,
                    },
                    0,
                )];
                if optional {
                    candidates.push((
                        Change::Remove {
                            module: module.id.clone(),
                        },
                        Edit::Unschedule {
                            module: module.id.clone(),
                            term: None,
                        },
                        module.hours(),
                    ));
                }
                for (change, edit, hours) in candidates {
                    if let Some(after) = score_after(plan, survey, &edit) {
                        found.push(Suggestion {
                            skill: skill.skill.clone(),
                            change,
                            edit,
                            score_before,
                            score_after: after,
                            hours,
                        });
                    }
                }
            }
        }
        found.retain(|suggestion| suggestion.gain() > 1e-9);
        found.sort_by(|first, second| {
            second
                .gain_per_hour()
                .total_cmp(&first.gain_per_hour())
                .then(second.gain().total_cmp(&first.gain()))
        });
        // A level change costs no hours, so per hour it always wins: keep the best of each
        // kind, so that a module to add is still offered beside a level to raise.
        let (levels, modules): (Vec<_>, Vec<_>) = found
            .into_iter()
            .partition(|suggestion| suggestion.hours == 0);
        suggestions.extend(levels.into_iter().take(PER_KIND));
        suggestions.extend(modules.into_iter().take(PER_KIND));
    }
    // What helps most first, whatever the skill; a change that helps two skills (one module
    // serves both) is listed once, under the first.
    suggestions.sort_by(|first, second| second.gain().total_cmp(&first.gain()));
    let mut seen: Vec<&Edit> = Vec::new();
    let mut unique = Vec::with_capacity(suggestions.len());
    for suggestion in &suggestions {
        if !seen.contains(&&suggestion.edit) {
            seen.push(&suggestion.edit);
            unique.push(suggestion.clone());
        }
    }
    unique
}

/// A module serves the plan's target industries, or none in particular: a Haining plan is
/// not offered a Pinghu exporters' forum.
fn serves_the_targets(plan: &Plan, module: &Module) -> bool {
    plan.target_industries.is_empty()
        || module.industries.is_empty()
        || module
            .industries
            .iter()
            .any(|industry| plan.target_industries.contains(industry))
}

/// Whether the plan leader may drop a module for a score: one no placed module requires,
/// and that students choose — a professional elective, or in a short course (whose modules
/// are all filed as electives) one offered in an elective group; what every trainee takes is
/// the course's core. A public course, a core course or the graduation project is not the
/// plan leader's to drop for a score.
fn optional(plan: &Plan, module: &Module) -> bool {
    if placed_requires(plan, &module.id) {
        return false;
    }
    if plan.kind == ProgrammeKind::ShortCourse {
        plan.group_of(&module.id).is_some()
    } else {
        module.category == crate::model::Category::ProfessionalElective
    }
}

fn raise(level: Level) -> Option<Level> {
    match level {
        Level::I => Some(Level::R),
        Level::R => Some(Level::M),
        Level::M => None,
    }
}

fn lower(level: Level) -> Option<Level> {
    match level {
        Level::M => Some(Level::R),
        Level::R => Some(Level::I),
        Level::I => None,
    }
}

/// Whether a placed module names `id` as a requisite (removing `id` would break it).
fn placed_requires(plan: &Plan, id: &ModuleId) -> bool {
    plan.scheduled_modules()
        .iter()
        .any(|(_, module)| module.requisites().any(|requisite| requisite == id))
}
