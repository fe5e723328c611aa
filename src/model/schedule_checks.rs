//! Checks of choice and time: placements against their module's hours and their term's
//! weeks, calendars that add up, elective groups that can be met.

use std::collections::{HashMap, HashSet};

use super::finding::{Problem, Severity};
use super::{Calendar, Category, ModuleId, PlacementTime, Plan};

/// Placements and calendars: hours that add up to the module's, weeks that fit the term.
pub(super) fn check_time(plan: &Plan, report: &mut impl FnMut(Severity, Problem)) {
    let index = plan.module_index();
    // Per module: the hours its placements state, whether one is a block, its last placement.
    let mut placed: HashMap<&ModuleId, (u32, bool, usize)> = HashMap::new();
    for (term_index, term) in plan.terms.iter().enumerate() {
        let mut block_weeks = 0u32;
        let mut last_block = None;
        for placement in &term.modules {
            let Some(module) = index.get(&placement.module) else {
                continue;
            };
            let entry = placed.entry(&placement.module).or_insert((0, false, 0));
            entry.0 = entry
                .0
                .saturating_add(placement.time.stated_hours().unwrap_or(0));
            entry.1 |= matches!(placement.time, PlacementTime::Block { .. });
            entry.2 = term_index;
            match (&term.calendar, placement.time) {
                (Calendar::Weeks(calendar), PlacementTime::Weekly { weeks, .. })
                    if weeks > calendar.teaching =>
                {
                    report(
                        Severity::Warning,
                        Problem::LongerThanTeachingWeeks {
                            module: module.id.clone(),
                            term: term_index,
                            weeks,
                            teaching_weeks: calendar.teaching,
                        },
                    );
                }
                (Calendar::Weeks(calendar), PlacementTime::Hours(hours))
                    if plan.kind != super::ProgrammeKind::ShortCourse =>
                {
                    report(
                        Severity::Warning,
                        Problem::HoursWithoutWeeklyForm {
                            module: module.id.clone(),
                            term: term_index,
                            hours,
                            teaching_weeks: calendar.teaching,
                        },
                    );
                }
                (
                    Calendar::Phase(_),
                    PlacementTime::Weekly { .. } | PlacementTime::Block { .. },
                ) => {
                    report(
                        Severity::Warning,
                        Problem::WeeksInPhase {
                            module: module.id.clone(),
                            term: term_index,
                        },
                    );
                }
                _ => {}
            }
            if let PlacementTime::Block { weeks } = placement.time {
                block_weeks = block_weeks.saturating_add(weeks);
                last_block = Some(&module.id);
            }
        }
        if let Calendar::Weeks(calendar) = &term.calendar {
            let kinds = calendar.kinds_total();
            if kinds != calendar.weeks {
                report(
                    Severity::Warning,
                    Problem::CalendarDoesNotAddUp {
                        term: term_index,
                        kinds,
                        weeks: calendar.weeks,
                    },
                );
            }
            if let Some(module) = last_block
                && block_weeks > calendar.weeks_for_blocks()
            {
                report(
                    Severity::Warning,
                    Problem::BlocksOverfillTerm {
                        module: module.clone(),
                        term: term_index,
                        block_weeks,
                        free_weeks: calendar.weeks_for_blocks(),
                    },
                );
            }
        }
    }
    // Hours stated by placements must add up to the module's; a block takes what is left.
    for module in &plan.modules {
        let Some(&(stated, has_block, last_term)) = placed.get(&module.id) else {
            continue;
        };
        let differs = if has_block {
            stated > module.hours()
        } else {
            stated != module.hours()
        };
        if differs {
            report(
                Severity::Warning,
                Problem::PlacedHoursDiffer {
                    module: module.id.clone(),
                    term: last_term,
                    placed: stated,
                    hours: module.hours(),
                },
            );
        }
    }
}

/// Elective groups: known and placed members, each in one group, a minimum that can be met.
pub(super) fn check_groups(plan: &Plan, report: &mut impl FnMut(Severity, Problem)) {
    let index = plan.module_index();
    let placed: HashSet<&ModuleId> = plan
        .terms
        .iter()
        .flat_map(|term| term.module_ids())
        .collect();
    let mut group_ids = HashSet::new();
    let mut member_of: HashMap<&ModuleId, &super::GroupId> = HashMap::new();
    for group in &plan.elective_groups {
        if !group_ids.insert(&group.id) {
            report(Severity::Error, Problem::DuplicateGroupId(group.id.clone()));
        }
        let (mut offered_credits, mut offered_modules) = (0.0, 0u32);
        for id in &group.modules {
            let Some(module) = index.get(id) else {
                report(
                    Severity::Error,
                    Problem::UnknownModuleInGroup {
                        group: group.id.clone(),
                        module: id.clone(),
                    },
                );
                continue;
            };
            if let Some(first) = member_of.get(id) {
                if *first != &group.id {
                    report(
                        Severity::Error,
                        Problem::ModuleInTwoGroups {
                            module: id.clone(),
                            first: (*first).clone(),
                            second: group.id.clone(),
                        },
                    );
                }
                continue;
            }
            member_of.insert(id, &group.id);
            if placed.contains(id) {
                offered_credits += module.credits;
                offered_modules += 1;
            } else {
                report(
                    Severity::Warning,
                    Problem::GroupModuleNotPlaced {
                        group: group.id.clone(),
                        module: id.clone(),
                    },
                );
            }
        }
        if offered_credits + 1e-9 < group.min_credits || offered_modules < group.min_modules {
            report(
                Severity::Error,
                Problem::GroupCannotBeMet {
                    group: group.id.clone(),
                    offered_credits,
                    min_credits: group.min_credits,
                    offered_modules,
                    min_modules: group.min_modules,
                },
            );
        }
    }
    // With groups declared, an elective in none of them is required of every student. A
    // short course has no elective category to speak of: its groups are all its choice.
    if !plan.elective_groups.is_empty() && plan.kind != super::ProgrammeKind::ShortCourse {
        for module in &plan.modules {
            if module.category == Category::ProfessionalElective
                && placed.contains(&module.id)
                && !member_of.contains_key(&module.id)
            {
                report(
                    Severity::Warning,
                    Problem::ElectiveInNoGroup(module.id.clone()),
                );
            }
        }
    }
}
