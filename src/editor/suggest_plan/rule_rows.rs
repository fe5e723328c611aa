//! A rule book's rules as linear rows over the candidates, where they are linear.
//!
//! On a student's path a required module counts whole and a group's module by its group's
//! share (`analysis::choice`); a group is kept as the plan has it or filled with a fixed
//! share, so every share is a constant and these rules are linear in the choice, each module
//! with one coefficient when required and one per group to fill: total hours and credits, a
//! share of hours, a count of modules, a course's hours and credits. Hours per credit is a rule on each
//! module: a free module outside the range is left out. Internship months and a course's
//! weeks count block weeks, which `placing` fixes for each module whatever its term. A rule on
//! every term counts, of each module it names, the hours of its lightest term: a module
//! taught in every term takes its hours' equal part (`placing::every_term_hours`), one kept
//! as the plan has it the least any of its terms holds.

use super::GroupFill;
use super::placing::{block_weeks, every_term_hours, term_parts};
use crate::analysis::suggestion::Row;
use crate::analysis::{WEEKS_PER_MONTH, course_matches};
use crate::model::{
    Category, Delivery, GroupId, HoursCounted, Library, Module, Plan, Requirement, RuleBook,
    RuleKind, Selector,
};

/// Each candidate's group and share when the suggestion does not put it in a group to fill,
/// and the groups to fill.
pub(super) struct Roles<'a> {
    pub groups: Vec<Option<&'a GroupId>>,
    pub shares: &'a [f64],
    pub fills: &'a [GroupFill],
    /// Candidates kept as the plan places them.
    pub kept: &'a [bool],
    /// Candidates taught in every term, an equal part in each.
    pub every_term: &'a [bool],
}

pub(super) struct RuleRows {
    pub rows: Vec<Row>,
    /// Candidates no rule-abiding plan can use.
    pub unusable: Vec<usize>,
    /// Rules left to the check of the result.
    pub unchecked: Vec<String>,
}

pub(super) fn rule_rows(plan: &Plan, book: &RuleBook, pool: &Library, roles: &Roles) -> RuleRows {
    let mut stated = RuleRows {
        rows: Vec::new(),
        unusable: Vec::new(),
        unchecked: Vec::new(),
    };
    let has_groups = !plan.elective_groups.is_empty() || !roles.fills.is_empty();
    // `value` of a module in a group (or none); `weighted`: counted by the share on the path.
    type Value<'v> = &'v dyn Fn(&Module, Option<&GroupId>) -> f64;
    let row = |name: &str, value: Value, least, most, weighted: bool| Row {
        name: name.to_owned(),
        coefficients: pool
            .modules
            .iter()
            .zip(roles.shares)
            .zip(&roles.groups)
            .map(|((module, share), group)| {
                value(module, *group) * if weighted { *share } else { 1.0 }
            })
            .collect(),
        in_group: roles
            .fills
            .iter()
            .map(|fill| {
                let share = if weighted { fill.share() } else { 1.0 };
                pool.modules
                    .iter()
                    .map(|module| value(module, Some(&fill.group)) * share)
                    .collect()
            })
            .collect(),
        at_least: least,
        at_most: most,
    };
    let selects = |selector: &Selector, module: &Module, group: Option<&GroupId>| {
        selects(has_groups, selector, module, group)
    };
    let hours = |module: &Module, _: Option<&GroupId>| f64::from(module.hours());
    for rule in &book.rules {
        let name = rule.id.as_str();
        match &rule.check {
            RuleKind::TotalHours { at_least, at_most } => {
                stated
                    .rows
                    .push(row(name, &hours, *at_least, *at_most, true));
            }
            RuleKind::TotalCredits { at_least, at_most } => {
                stated.rows.push(row(
                    name,
                    &|module, _| module.credits,
                    *at_least,
                    *at_most,
                    true,
                ));
            }
            RuleKind::HoursPerCredit { from, to } => {
                for (position, module) in pool.modules.iter().enumerate() {
                    if !module.is_all_practice() && module.credits > 0.0 {
                        let per_credit = f64::from(module.hours()) / module.credits;
                        if !(*from..=*to).contains(&per_credit) {
                            stated.unusable.push(position);
                        }
                    }
                }
            }
            RuleKind::ShareOfHours {
                of,
                counting,
                at_least,
                at_most,
            } => {
                // selected ≥ least × hours and selected ≤ most × hours.
                let counted = |module: &Module| match counting {
                    HoursCounted::All => f64::from(module.hours()),
                    HoursCounted::Practice => f64::from(module.practice_hours),
                };
                let selected = |module: &Module, group: Option<&GroupId>| {
                    if selects(of, module, group) {
                        counted(module)
                    } else {
                        0.0
                    }
                };
                if let Some(least) = at_least {
                    let value = |module: &Module, group: Option<&GroupId>| {
                        selected(module, group) - least * hours(module, group)
                    };
                    stated.rows.push(row(name, &value, Some(0.0), None, true));
                }
                if let Some(most) = at_most {
                    let value = |module: &Module, group: Option<&GroupId>| {
                        selected(module, group) - most * hours(module, group)
                    };
                    stated.rows.push(row(name, &value, None, Some(0.0), true));
                }
            }
            RuleKind::ModuleCount {
                of,
                at_least,
                at_most,
            } => {
                let value = |module: &Module, group: Option<&GroupId>| {
                    f64::from(u8::from(selects(of, module, group)))
                };
                stated
                    .rows
                    .push(row(name, &value, *at_least, *at_most, false));
            }
            RuleKind::Course {
                course,
                hours: wanted_hours,
                credits: wanted_credits,
                weeks: wanted_weeks,
            } => {
                let matching = |value: f64, module: &Module| {
                    if course_matches(course, module) {
                        value
                    } else {
                        0.0
                    }
                };
                if wanted_hours.is_some() {
                    let value = |module: &Module, _: Option<&GroupId>| {
                        matching(f64::from(module.hours()), module)
                    };
                    stated
                        .rows
                        .push(row(name, &value, *wanted_hours, None, true));
                }
                if wanted_credits.is_some() {
                    let value =
                        |module: &Module, _: Option<&GroupId>| matching(module.credits, module);
                    stated
                        .rows
                        .push(row(name, &value, *wanted_credits, None, true));
                }
                if wanted_weeks.is_some() {
                    let value = |module: &Module, _: Option<&GroupId>| {
                        matching(block_weeks(plan, module), module)
                    };
                    stated
                        .rows
                        .push(row(name, &value, *wanted_weeks, None, true));
                }
            }
            RuleKind::InternshipMonths {
                course,
                at_least,
                at_most,
            } => {
                // Weeks are a module's block weeks, or its credits when it has none, as the
                // analysis counts them; `placing` fixes both whatever the module's term.
                let value = |module: &Module, _: Option<&GroupId>| {
                    let internship = match course {
                        Some(course) => course_matches(course, module),
                        None => module.delivery == Delivery::EnterpriseInternship,
                    };
                    if internship {
                        let weeks = block_weeks(plan, module);
                        (if weeks > 0.0 { weeks } else { module.credits }) / WEEKS_PER_MONTH
                    } else {
                        0.0
                    }
                };
                stated
                    .rows
                    .push(row(name, &value, *at_least, *at_most, true));
            }
            RuleKind::EveryTerm {
                course,
                hours_each_term,
            } => {
                let lightest = |position: usize, module: &Module| -> f64 {
                    if !course_matches(course, module) {
                        return 0.0;
                    }
                    let terms = plan.terms.len();
                    if roles.every_term.get(position).copied().unwrap_or(false) {
                        let parts = every_term_hours(module, terms);
                        return parts.into_iter().min().map_or(0.0, f64::from);
                    }
                    if !roles.kept.get(position).copied().unwrap_or(false) {
                        return 0.0;
                    }
                    let parts = term_parts(plan, module);
                    let hours = f64::from(module.hours());
                    (0..terms)
                        .map(|term| {
                            parts
                                .iter()
                                .find(|(at, _)| *at == term)
                                .map_or(0.0, |(_, part)| hours * part)
                        })
                        .fold(f64::INFINITY, f64::min)
                };
                let (least, value): (f64, Vec<f64>) = match hours_each_term {
                    Some(hours) => (
                        *hours,
                        pool.modules
                            .iter()
                            .enumerate()
                            .map(|(position, module)| lightest(position, module))
                            .collect(),
                    ),
                    // Placed in every term, whatever its hours.
                    None => (
                        1.0,
                        pool.modules
                            .iter()
                            .enumerate()
                            .map(|(position, module)| {
                                f64::from(u8::from(lightest(position, module) > 0.0))
                            })
                            .collect(),
                    ),
                };
                stated.rows.push(Row {
                    name: name.to_owned(),
                    in_group: vec![value.clone(); roles.fills.len()],
                    coefficients: value,
                    at_least: Some(least),
                    at_most: None,
                });
            }
        }
    }
    stated
}

/// Whether a rule's selector takes a module in a group (or none), in a plan with or without
/// elective groups.
fn selects(
    has_groups: bool,
    selector: &Selector,
    module: &Module,
    group: Option<&GroupId>,
) -> bool {
    selector
        .category
        .is_none_or(|category| module.category == category)
        && selector
            .delivery
            .is_none_or(|delivery| module.delivery == delivery)
        && selector
            .group
            .as_ref()
            .is_none_or(|wanted| group == Some(wanted))
        && selector.choice.is_none_or(|choice| {
            let elective = if has_groups {
                group.is_some()
            } else {
                module.category == Category::ProfessionalElective
            };
            elective == (choice == Requirement::Elective)
        })
}
