use crate::model::{Category, Plan};

use super::placement_hours::placement_hours;
use super::scope::Scope;

/// Sizes of a plan: what a plan document's summary table shows. The top-level figures are
/// what the plan *offers* (every placed module); `path` is what a student takes (`choice`).
#[derive(Clone, Debug, PartialEq)]
pub struct Totals {
    pub modules: usize,
    pub credits: f64,
    pub hours: u32,
    pub theory_hours: u32,
    pub practice_hours: u32,
    /// Practice hours / all hours; 0 for a plan without hours.
    pub practice_share: f64,
    pub terms: Vec<TermTotals>,
    /// Hours per category, in `Category::ALL` order.
    pub hours_by_category: Vec<(Category, u32)>,
    /// Number of professional core modules.
    pub core_modules: usize,
    /// A student's path: required modules and each group's minimum.
    pub path: PathTotals,
}

/// Totals on a student's path; fractional where a group's share counts part of its offer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PathTotals {
    pub credits: f64,
    pub hours: f64,
    pub theory_hours: f64,
    pub practice_hours: f64,
    /// Practice hours / all hours on the path.
    pub practice_share: f64,
    /// Hours per category, in `Category::ALL` order.
    pub hours_by_category: Vec<(Category, f64)>,
    /// Hours of electives on the path: modules of an elective group (a plan without groups
    /// counts the modules of the elective category, as version 2 did).
    pub elective_hours: f64,
}

impl PathTotals {
    pub fn hours_in(&self, category: Category) -> f64 {
        self.hours_by_category
            .iter()
            .find(|(candidate, _)| *candidate == category)
            .map_or(0.0, |(_, hours)| *hours)
    }

    /// `part / hours`, 0 for a path without hours.
    pub fn share_of_hours(&self, part: f64) -> f64 {
        if self.hours > 0.0 {
            part / self.hours
        } else {
            0.0
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermTotals {
    pub modules: usize,
    pub credits: f64,
    pub hours: u32,
    pub practice_hours: u32,
}

pub fn totals(plan: &Plan) -> Totals {
    totals_in(plan, &Scope::of(plan))
}

pub(super) fn totals_in(plan: &Plan, scope: &Scope) -> Totals {
    let mut hours_by_category: Vec<(Category, u32)> = Category::ALL
        .iter()
        .map(|&category| (category, 0))
        .collect();
    let (mut modules, mut credits, mut theory_hours, mut practice_hours, mut core_modules) =
        (0, 0.0, 0u32, 0u32, 0);
    for module in &scope.facts {
        modules += 1;
        credits += module.credits;
        theory_hours = theory_hours.saturating_add(module.theory_hours);
        practice_hours = practice_hours.saturating_add(module.practice_hours);
        if module.category == Category::ProfessionalCore {
            core_modules += 1;
        }
        if let Some(entry) = hours_by_category
            .iter_mut()
            .find(|(category, _)| *category == module.category)
        {
            entry.1 = entry.1.saturating_add(module.hours());
        }
    }
    let hours = theory_hours.saturating_add(practice_hours);
    let terms = term_totals(scope, plan.terms.len());
    Totals {
        modules,
        credits,
        hours,
        theory_hours,
        practice_hours,
        practice_share: share(practice_hours, hours),
        terms,
        hours_by_category,
        core_modules,
        path: path_totals(scope),
    }
}

/// Per term, what its placements teach (see `fill_terms`).
pub(super) fn term_totals(scope: &Scope, count: usize) -> Vec<TermTotals> {
    let mut terms = vec![TermTotals::default(); count];
    fill_terms(scope, &mut terms);
    terms
}

/// Per term, what its placements teach: a module in several terms counts its hours where
/// each placement teaches them and its credits in the same proportion.
fn fill_terms(scope: &Scope, terms: &mut [TermTotals]) {
    let hours = placement_hours(scope);
    let mut term_hours = vec![(0.0f64, 0.0f64); terms.len()];
    let mut credited = vec![false; scope.facts.len()];
    for (&(term, position, _), &placed) in scope.placements.iter().zip(&hours) {
        let (Some(totals), Some(module)) = (
            terms.get_mut(term as usize),
            scope.facts.get(position as usize),
        ) else {
            continue;
        };
        totals.modules += 1;
        let module_hours = f64::from(module.hours());
        if module_hours > 0.0 {
            totals.credits += module.credits * (placed / module_hours);
            term_hours[term as usize].0 += placed;
            term_hours[term as usize].1 += placed * f64::from(module.practice_hours) / module_hours;
        } else if !credited[position as usize] {
            totals.credits += module.credits;
        }
        credited[position as usize] = true;
    }
    for (totals, (hours, practice)) in terms.iter_mut().zip(term_hours) {
        totals.hours = hours.round() as u32;
        totals.practice_hours = practice.round() as u32;
    }
}

fn path_totals(scope: &Scope) -> PathTotals {
    let mut path = PathTotals {
        hours_by_category: Category::ALL
            .iter()
            .map(|&category| (category, 0.0))
            .collect(),
        ..PathTotals::default()
    };
    for module in &scope.facts {
        let share = module.path_share;
        let hours = share * f64::from(module.hours());
        path.credits += share * module.credits;
        path.theory_hours += share * f64::from(module.theory_hours);
        path.practice_hours += share * f64::from(module.practice_hours);
        if let Some(entry) = path
            .hours_by_category
            .iter_mut()
            .find(|(category, _)| *category == module.category)
        {
            entry.1 += hours;
        }
        // With groups, electives are what students choose; without, the elective category.
        let elective = if scope.groups.is_empty() {
            module.category == Category::ProfessionalElective
        } else {
            module.group().is_some()
        };
        if elective {
            path.elective_hours += hours;
        }
    }
    path.hours = path.theory_hours + path.practice_hours;
    path.practice_share = path.share_of_hours(path.practice_hours);
    path
}

pub(super) fn share(part: u32, whole: u32) -> f64 {
    if whole == 0 {
        0.0
    } else {
        f64::from(part) / f64::from(whole)
    }
}

impl Totals {
    pub fn hours_in(&self, category: Category) -> u32 {
        self.hours_by_category
            .iter()
            .find(|(candidate, _)| *candidate == category)
            .map_or(0, |(_, hours)| *hours)
    }
}
