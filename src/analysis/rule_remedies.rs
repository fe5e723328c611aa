//! For a rule the plan does not meet: how far it is from the rule, in something a programme
//! leader can place (hours, credits, modules, weeks), and the modules concerned — those that
//! break it, or those to change first.

use crate::model::{HoursCounted, Module, ModuleId, Plan, RuleBook, RuleKind};

use super::rules::{
    RemedyChange, RuleCheck, RuleFigures, RuleRemedy, book_rules, course_matches, is_internship,
    selects,
};
use super::scope::Scope;
use super::totals::Totals;

/// At most this many modules are named for one rule: the first ones to look at.
const MODULES_NAMED: usize = 8;

/// The rules of `book`, each pass/fail with its figures and, when failed, its remedy.
pub fn check_rules(plan: &Plan, book: &RuleBook, totals: &Totals) -> Vec<RuleCheck> {
    check_rules_in(plan, book, &Scope::of(plan), totals)
}

pub(super) fn check_rules_in(
    plan: &Plan,
    book: &RuleBook,
    scope: &Scope,
    totals: &Totals,
) -> Vec<RuleCheck> {
    let mut checks = book_rules(plan, book, scope, totals);
    for check in &mut checks {
        check.remedy = remedy(scope, totals, check);
    }
    checks
}

/// `None` when the rule is met.
fn remedy(scope: &Scope<'_>, totals: &Totals, rule: &RuleCheck) -> Option<RuleRemedy> {
    if rule.ok {
        return None;
    }
    let placed = || scope.modules.iter().map(|(_, module)| *module);
    let below = rule.minimum.is_some_and(|minimum| rule.value < minimum);
    // The amount outside the nearer limit, in the rule's unit.
    let outside = match (rule.minimum, rule.maximum) {
        (Some(minimum), _) if below => minimum - rule.value,
        (_, Some(maximum)) => rule.value - maximum,
        _ => 0.0,
    };
    let hours = totals.path.hours;
    let (change, amount, modules) = match &rule.rule.check {
        RuleKind::TotalHours { .. } if below => (RemedyChange::AddHours, outside, vec![]),
        RuleKind::TotalHours { .. } => (
            RemedyChange::RemoveHours,
            outside,
            largest(placed(), |module| f64::from(module.hours())),
        ),
        RuleKind::TotalCredits { .. } if below => (RemedyChange::AddCredits, outside, vec![]),
        RuleKind::TotalCredits { .. } => (
            RemedyChange::RemoveCredits,
            outside,
            largest(placed(), |module| module.credits),
        ),
        RuleKind::ShareOfHours {
            counting: HoursCounted::Practice,
            ..
        } if below => (
            RemedyChange::TheoryToPractice,
            outside * hours,
            largest(placed(), |module| f64::from(module.theory_hours)),
        ),
        RuleKind::ShareOfHours { of, .. } => {
            let selected: Vec<&Module> = scope
                .modules
                .iter()
                .zip(&scope.facts)
                .filter(|(_, facts)| selects(of, scope, facts))
                .map(|((_, module), _)| *module)
                .collect();
            if below {
                // x more hours of the selection: (in + x) / (all + x) = minimum.
                let minimum = rule.minimum.unwrap_or(0.0);
                let within = rule.value * hours;
                let more = (minimum * hours - within) / (1.0 - minimum).max(1e-9);
                (RemedyChange::AddSelectedHours, more, vec![])
            } else {
                // x fewer: (in − x) / (all − x) = maximum.
                let maximum = rule.maximum.unwrap_or(1.0);
                let within = rule.value * hours;
                let fewer = (within - maximum * hours) / (1.0 - maximum).max(1e-9);
                (
                    RemedyChange::RemoveSelectedHours,
                    fewer,
                    largest(selected.into_iter(), |module| f64::from(module.hours())),
                )
            }
        }
        RuleKind::HoursPerCredit { from, to } => {
            let outside_range: Vec<ModuleId> = placed()
                .filter(|module| !module.is_all_practice() && module.credits > 0.0)
                .filter(|module| {
                    !(*from..=*to).contains(&(f64::from(module.hours()) / module.credits))
                })
                .map(|module| module.id.clone())
                .take(MODULES_NAMED)
                .collect();
            (RemedyChange::FixHoursPerCredit, rule.value, outside_range)
        }
        RuleKind::ModuleCount { of, .. } => (
            if below {
                RemedyChange::AddModules
            } else {
                RemedyChange::RemoveModules
            },
            outside,
            scope
                .modules
                .iter()
                .zip(&scope.facts)
                .filter(|(_, facts)| selects(of, scope, facts))
                .map(|((_, module), _)| module.id.clone())
                .take(MODULES_NAMED)
                .collect(),
        ),
        RuleKind::Course {
            course,
            hours: wanted_hours,
            credits: wanted_credits,
            weeks: wanted_weeks,
        } => {
            let RuleFigures::Course {
                hours,
                credits,
                weeks,
                modules,
            } = rule.figures
            else {
                return None;
            };
            let matched: Vec<ModuleId> = placed()
                .filter(|module| course_matches(course, module))
                .map(|module| module.id.clone())
                .take(MODULES_NAMED)
                .collect();
            let lacking = |have: f64, wanted: Option<f64>| {
                wanted
                    .map(|wanted| wanted - have)
                    .filter(|lack| *lack > 1e-9)
            };
            if modules == 0 {
                (RemedyChange::AddCourse, 1.0, matched)
            } else if let Some(lack) = lacking(hours, *wanted_hours) {
                (RemedyChange::AddHours, lack, matched)
            } else if let Some(lack) = lacking(credits, *wanted_credits) {
                (RemedyChange::AddCredits, lack, matched)
            } else if let Some(lack) = lacking(weeks, *wanted_weeks) {
                (RemedyChange::AddWeeks, lack, matched)
            } else {
                return None;
            }
        }
        RuleKind::EveryTerm { course, .. } => (
            RemedyChange::PlaceInMoreTerms,
            rule.value,
            placed()
                .filter(|module| course_matches(course, module))
                .map(|module| module.id.clone())
                .take(MODULES_NAMED)
                .collect(),
        ),
        RuleKind::InternshipMonths { course, .. } => {
            let RuleFigures::Internship { weeks } = rule.figures else {
                return None;
            };
            let weeks_per_month = if rule.value > 0.0 {
                weeks / rule.value
            } else {
                52.0 / 12.0
            };
            (
                if below {
                    RemedyChange::AddInternshipWeeks
                } else {
                    RemedyChange::RemoveInternshipWeeks
                },
                outside * weeks_per_month,
                placed()
                    .filter(|module| is_internship(course.as_ref(), module.delivery, module))
                    .map(|module| module.id.clone())
                    .take(MODULES_NAMED)
                    .collect(),
            )
        }
    };
    Some(RuleRemedy {
        change,
        amount: amount.max(0.0),
        modules,
    })
}

/// The modules with the most of `measure`, most first (those with none left out).
fn largest<'a>(
    modules: impl Iterator<Item = &'a Module>,
    measure: impl Fn(&Module) -> f64,
) -> Vec<ModuleId> {
    let mut measured: Vec<(f64, &Module)> = modules
        .map(|module| (measure(module), module))
        .filter(|(value, _)| *value > 0.0)
        .collect();
    measured.sort_by(|left, right| right.0.total_cmp(&left.0));
    measured
        .into_iter()
        .take(MODULES_NAMED)
        .map(|(_, module)| module.id.clone())
        .collect()
}
