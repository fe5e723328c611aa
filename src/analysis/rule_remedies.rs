//! For a rule the plan does not meet: how far it is from the rule, in something a programme
//! leader can place (hours, credits, modules, weeks), and the modules concerned — those that
//! break it, or those to change first.

use crate::model::{Category, Delivery, Module, ModuleId, Plan};

use super::rules::{RemedyChange, RuleCheck, RuleFigures, RuleId, RuleRemedy, profile_rules};
use super::scope::Scope;
use super::totals::Totals;

/// At most this many modules are named for one rule: the first ones to look at.
const MODULES_NAMED: usize = 8;

/// The rules of the plan's profile, each pass/fail with its figures and, when failed, its
/// remedy.
pub fn check_rules(plan: &Plan, totals: &Totals) -> Vec<RuleCheck> {
    check_rules_in(plan, &Scope::of(plan), totals)
}

pub(super) fn check_rules_in(plan: &Plan, scope: &Scope, totals: &Totals) -> Vec<RuleCheck> {
    let mut checks = profile_rules(plan, scope, totals);
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
    let (change, amount, modules) = match rule.id {
        RuleId::TotalHours | RuleId::Hours if below => (RemedyChange::AddHours, outside, vec![]),
        RuleId::TotalHours | RuleId::Hours => (
            RemedyChange::RemoveHours,
            outside,
            largest(placed(), |module| f64::from(module.hours())),
        ),
        RuleId::Credits if below => (RemedyChange::AddCredits, outside, vec![]),
        RuleId::Credits => (
            RemedyChange::RemoveCredits,
            outside,
            largest(placed(), |module| module.credits),
        ),
        RuleId::PublicBasicShare | RuleId::ElectiveShare => {
            let category = if rule.id == RuleId::PublicBasicShare {
                Category::PublicBasic
            } else {
                Category::ProfessionalElective
            };
            // x more hours of the category: (in + x) / (all + x) = minimum.
            let minimum = rule.minimum.unwrap_or(0.0);
            let within = if rule.id == RuleId::PublicBasicShare {
                totals.path.hours_in(category)
            } else {
                totals.path.elective_hours
            };
            let more = (minimum * hours - within) / (1.0 - minimum).max(1e-9);
            (RemedyChange::AddHoursIn(category), more, vec![])
        }
        RuleId::PracticeShare => (
            RemedyChange::TheoryToPractice,
            outside * hours,
            largest(placed(), |module| f64::from(module.theory_hours)),
        ),
        RuleId::HoursPerCredit => {
            let RuleFigures::HoursPerCredit { low, high, .. } = rule.figures else {
                return None;
            };
            let outside_range: Vec<ModuleId> = placed()
                .filter(|module| !module.is_all_practice() && module.credits > 0.0)
                .filter(|module| {
                    !(low..=high).contains(&(f64::from(module.hours()) / module.credits))
                })
                .map(|module| module.id.clone())
                .take(MODULES_NAMED)
                .collect();
            (RemedyChange::FixHoursPerCredit, rule.value, outside_range)
        }
        RuleId::CoreModules => (
            if below {
                RemedyChange::AddCoreModules
            } else {
                RemedyChange::RemoveCoreModules
            },
            outside,
            placed()
                .filter(|module| module.category == Category::ProfessionalCore)
                .map(|module| module.id.clone())
                .take(MODULES_NAMED)
                .collect(),
        ),
        RuleId::InternshipMonths => {
            let RuleFigures::Internship { weeks } = rule.figures else {
                return None;
            };
            // Months are weeks / (52 / 12); a week is one credit.
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
                    .filter(|module| module.delivery == Delivery::EnterpriseInternship)
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
